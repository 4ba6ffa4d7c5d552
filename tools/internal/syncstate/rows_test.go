package syncstate

import (
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
