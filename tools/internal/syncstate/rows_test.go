package syncstate

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/wpsync/wpsync/tools/internal/dump"
)

func TestDiff(t *testing.T) {
	prev := map[int64]uint64{1: 10, 2: 20, 3: 30, 5: 50}
	cur := []dump.RowSum{{Key: 1, Sum: 10}, {Key: 2, Sum: 21}, {Key: 4, Sum: 40}, {Key: 5, Sum: 50}}
	changed, deleted := Diff(prev, cur)
	if fmt.Sprint(changed) != "[{2 21 true false} {4 40 true false}]" || fmt.Sprint(deleted) != "[3]" {
		t.Errorf("changed %v, deleted %v", changed, deleted)
	}
	// Nothing recorded: every row is new.
	if changed, deleted := Diff(nil, cur); len(changed) != 4 || len(deleted) != 0 {
		t.Errorf("no record: changed %v, deleted %v", changed, deleted)
	}
}

func TestMerge(t *testing.T) {
	prev := []dump.RowSum{{Key: 1, Sum: 10}, {Key: 2, Sum: 20, Moved: true}, {Key: 3, Moved: true, Gone: true}, {Key: 4, Sum: 40}}
	tests := []struct {
		name string
		rs   dump.RowSums
		want string
	}{
		// The last sync's marks go; this sync's changes are the moved rows.
		{"partial", dump.RowSums{Sums: []dump.RowSum{{Key: 4, Sum: 41, Moved: true}, {Key: 6, Sum: 60, Moved: true}}, Deleted: []int64{1}},
			"[{1 0 true true} {2 20 false false} {4 41 true false} {6 60 true false}]"},
		// A whole copy records what it is given.
		{"whole", dump.RowSums{All: true, Sums: []dump.RowSum{{Key: 1, Sum: 10}, {Key: 7, Sum: 70, Moved: true}}, Deleted: []int64{2}},
			"[{1 10 false false} {2 0 true true} {7 70 true false}]"},
	}
	for _, tc := range tests {
		if got := fmt.Sprint(Merge(prev, &tc.rs)); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestSumExprSeparatesValues(t *testing.T) {
	e := sumExpr(KindCRC, []string{"a", "b"})
	for _, part := range []string{"CONCAT(`a` IS NULL, `b` IS NULL)", "LENGTH(`a`), LENGTH(`b`)", "CRC32(", "CRC32C("} {
		if !strings.Contains(e, part) {
			t.Errorf("%s lacks %s", e, part)
		}
	}
}

// fakeQ answers by the first substring of the query it finds.
type fakeQ map[string]func() ([][]string, error)

func (f fakeQ) Query(_ context.Context, _, sql string) ([][]string, error) {
	for k, answer := range f {
		if strings.Contains(sql, k) {
			return answer()
		}
	}
	return nil, nil
}

func TestSourceSumsLeavesOutWhatCannotBeFingerprinted(t *testing.T) {
	q := fakeQ{
		"CRC32C('')": func() ([][]string, error) { return nil, errors.New("FUNCTION CRC32C does not exist") },
		"`wp_a`":     func() ([][]string, error) { return [][]string{{"1", "10"}, {"2", "20"}}, nil },
		"`wp_b`":     func() ([][]string, error) { return nil, errors.New("ERROR 1267 (HY000): Illegal mix of collations") },
		"`wp_c`":     func() ([][]string, error) { return [][]string{{"18446744073709551615", "1"}}, nil },
	}
	tables := map[string]Keyed{"wp_a": {"id", []string{"id", "v"}}, "wp_b": {"id", []string{"id", "v"}}, "wp_c": {"id", []string{"id"}}}
	sums, kind, failed := SourceSums(context.Background(), q, "db", tables)
	if kind != KindMD5 {
		t.Errorf("kind %s without CRC32C", kind)
	}
	if fmt.Sprint(sums) != "map[wp_a:[{1 10 false false} {2 20 false false}]]" || failed["wp_b"] == nil || failed["wp_c"] == nil {
		t.Errorf("sums %v, failed %v", sums, failed)
	}
}
