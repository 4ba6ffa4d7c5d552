package syncstate

import "testing"

func TestPlan(t *testing.T) {
	state := map[string]Row{
		"wp_a": {SourceSum: 1, Schema: "s", TargetSum: 10},
		"wp_b": {SourceSum: 2, Schema: "s", TargetSum: 20},
		"wp_c": {SourceSum: 3, Schema: "s", TargetSum: 30},
		"wp_d": {SourceSum: 4, Schema: "s", TargetSum: 40},
		"wp_e": {SourceSum: 5, Schema: "s", TargetSum: 50},
	}
	src := map[string]int64{"wp_a": 1, "wp_b": 99, "wp_c": 3, "wp_d": 4, "wp_e": 5, "wp_f": 6}
	schemas := map[string]string{"wp_a": "s", "wp_b": "s", "wp_c": "s2", "wp_d": "s", "wp_e": "s", "wp_f": "s"}
	target := map[string]int64{"wp_a": 10, "wp_b": 20, "wp_c": 30, "wp_d": 41}
	want := map[string]string{
		"wp_a": "unchanged", "wp_b": "rows changed on the source", "wp_c": "definition changed on the source",
		"wp_d": "rows changed on the target", "wp_e": "missing on the target", "wp_f": "not copied incrementally before",
	}
	same := func(s string) string { return s }
	for _, d := range Plan([]string{"wp_a", "wp_b", "wp_c", "wp_d", "wp_e", "wp_f"}, state, src, schemas, target, same) {
		if d.Reason != want[d.Table] || d.Copy != (d.Reason != "unchanged") {
			t.Errorf("%s: %+v, want %s", d.Table, d, want[d.Table])
		}
	}
}
