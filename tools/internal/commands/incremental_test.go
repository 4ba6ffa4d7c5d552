package commands

import (
	"testing"

	"github.com/wpsync/wpsync/tools/internal/dump"
)

func TestWhereKeys(t *testing.T) {
	rows := func(keys ...int64) []dump.RowSum {
		var out []dump.RowSum
		for _, k := range keys {
			out = append(out, dump.RowSum{Key: k})
		}
		return out
	}
	tests := []struct {
		keys []dump.RowSum
		want string
	}{
		{nil, "FALSE"},
		{rows(7), "`id` IN (7)"},
		{rows(9, 1, 2, 3, 4, 20, 21), "`id` BETWEEN 1 AND 4 OR `id` IN (9,20,21)"},
	}
	for _, tc := range tests {
		if got := whereKeys("id", tc.keys); got != tc.want {
			t.Errorf("%v: %s, want %s", tc.keys, got, tc.want)
		}
	}
}
