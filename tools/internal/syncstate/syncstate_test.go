package syncstate

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestPlan(t *testing.T) {
	state := map[string]Row{
		"wp_a": {SourceSum: 1, Schema: "s", TargetSum: 10},
		"wp_b": {SourceSum: 2, Schema: "s", TargetSum: 20},
		"wp_c": {SourceSum: 3, Schema: "s", TargetSum: 30},
		"wp_d": {SourceSum: 4, Schema: "s", TargetSum: 40},
		"wp_e": {SourceSum: 5, Schema: "s", TargetSum: 50},
		// Compared by rows last time and this time: the rows decide.
		"wp_g": {SourceSum: ByRows, Schema: "s", TargetSum: 70},
		"wp_h": {SourceSum: ByRows, Schema: "s", TargetSum: 80},
		// Compared by rows last time, checksummed now: copied.
		"wp_i": {SourceSum: ByRows, Schema: "s", TargetSum: 90},
	}
	src := map[string]int64{"wp_a": 1, "wp_b": 99, "wp_c": 3, "wp_d": 4, "wp_e": 5, "wp_f": 6, "wp_g": ByRows, "wp_h": ByRows, "wp_i": 4294967295}
	rowsChanged := map[string]bool{"wp_g": false, "wp_h": true}
	schemas := map[string]string{"wp_a": "s", "wp_b": "s", "wp_c": "s2", "wp_d": "s", "wp_e": "s", "wp_f": "s", "wp_g": "s", "wp_h": "s", "wp_i": "s"}
	target := map[string]int64{"wp_a": 10, "wp_b": 20, "wp_c": 30, "wp_d": 41, "wp_g": 70, "wp_h": 80, "wp_i": 90}
	want := map[string]string{
		"wp_a": "unchanged", "wp_b": "rows changed on the source", "wp_c": "definition changed on the source",
		"wp_d": "rows changed on the target", "wp_e": "missing on the target", "wp_f": "not copied incrementally before",
		"wp_g": "unchanged", "wp_h": "rows changed on the source", "wp_i": "rows changed on the source",
	}
	same := func(s string) string { return s }
	for _, d := range Plan([]string{"wp_a", "wp_b", "wp_c", "wp_d", "wp_e", "wp_f", "wp_g", "wp_h", "wp_i"}, state, src, rowsChanged, schemas, target, same) {
		if d.Reason != want[d.Table] || d.Copy != (d.Reason != "unchanged") {
			t.Errorf("%s: %+v, want %s", d.Table, d, want[d.Table])
		}
	}
}

// The biggest table is checksummed on its own, the others beside it, at
// once; every table's checksum comes back.
func TestChecksumsAtOnce(t *testing.T) {
	var mu sync.Mutex
	var asked []string
	inFlight, most := 0, 0
	release := make(chan struct{})
	q := queryFunc(func(sql string) ([][]string, error) {
		if strings.HasPrefix(sql, "SELECT TABLE_NAME, IFNULL(DATA_LENGTH") {
			return [][]string{{"wp_posts", "1000"}, {"wp_postmeta", "300"}, {"wp_options", "200"}, {"wp_users", "100"}}, nil
		}
		mu.Lock()
		asked = append(asked, sql)
		inFlight++
		most = max(most, inFlight)
		if inFlight == 2 {
			close(release)
		}
		mu.Unlock()
		<-release // both statements run at once
		var rows [][]string
		for _, n := range []string{"wp_posts", "wp_postmeta", "wp_options", "wp_users"} {
			if strings.Contains(sql, "`"+n+"`") {
				rows = append(rows, []string{"db." + n, fmt.Sprint(len(n))})
			}
		}
		return rows, nil
	})
	sums, err := ChecksumsAtOnce(context.Background(), q, "db", []string{"wp_options", "wp_postmeta", "wp_posts", "wp_users"})
	if err != nil || len(sums) != 4 || sums["wp_postmeta"] != 11 || most != 2 {
		t.Fatalf("sums %v, err %v, at once %d", sums, err, most)
	}
	slices.Sort(asked)
	if fmt.Sprint(asked) != "[CHECKSUM TABLE `db`.`wp_postmeta`, `db`.`wp_options`, `db`.`wp_users` CHECKSUM TABLE `db`.`wp_posts`]" {
		t.Errorf("asked %q", asked)
	}
}
