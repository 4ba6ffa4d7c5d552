package syncstate

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/wpsync/wpsync/tools/internal/dump"
)

func TestDiff(t *testing.T) {
	prev := []dump.RowSum{{Key: 1, Sum: 10}, {Key: 2, Sum: 20}, {Key: 3, Sum: 30}, {Key: 4, Moved: true, Gone: true}, {Key: 5, Sum: 50}}
	// Out of order, as a server may return them.
	cur := []dump.RowSum{{Key: 5, Sum: 50}, {Key: 1, Sum: 10}, {Key: 2, Sum: 21}, {Key: 4, Sum: 40}, {Key: 6, Sum: 60}}
	changed, deleted := Diff(prev, cur)
	if fmt.Sprint(changed) != "[{2 21 true false} {4 40 true false} {6 60 true false}]" || fmt.Sprint(deleted) != "[3]" {
		t.Errorf("changed %v, deleted %v", changed, deleted)
	}
	if fmt.Sprint(cur) != "[{1 10 false false} {2 21 true false} {4 40 true false} {5 50 false false} {6 60 true false}]" {
		t.Errorf("cur marked %v", cur)
	}
	// Nothing recorded: every row is new.
	if changed, deleted := Diff(nil, cur); len(changed) != 5 || len(deleted) != 0 {
		t.Errorf("no record: changed %v, deleted %v", changed, deleted)
	}
}

// The merges of sorted lists agree with the obvious maps on random rows.
func TestDiffAndMergeAgreeWithMaps(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 200; round++ {
		var prev, cur []dump.RowSum
		was := map[int64]uint64{}
		for k := int64(0); k < 60; k++ {
			switch rng.IntN(4) {
			case 0:
			case 1:
				prev = append(prev, dump.RowSum{Key: k, Moved: true, Gone: true})
			default:
				s := rng.Uint64N(3)
				prev = append(prev, dump.RowSum{Key: k, Sum: s, Moved: rng.IntN(2) == 0})
				was[k] = s
			}
			if rng.IntN(3) > 0 {
				cur = append(cur, dump.RowSum{Key: k, Sum: rng.Uint64N(3)})
			}
		}
		rng.Shuffle(len(cur), func(i, j int) { cur[i], cur[j] = cur[j], cur[i] })
		changed, deleted := Diff(prev, cur)
		now := map[int64]bool{}
		var wantChanged []dump.RowSum
		for _, r := range cur {
			now[r.Key] = true
			if s, ok := was[r.Key]; !ok || s != r.Sum {
				wantChanged = append(wantChanged, dump.RowSum{Key: r.Key, Sum: r.Sum, Moved: true})
			}
		}
		var wantDeleted []int64
		for _, r := range prev {
			if !r.Gone && !now[r.Key] {
				wantDeleted = append(wantDeleted, r.Key)
			}
		}
		if fmt.Sprint(changed) != fmt.Sprint(wantChanged) || fmt.Sprint(deleted) != fmt.Sprint(wantDeleted) {
			t.Fatalf("round %d: Diff gave %v %v, want %v %v", round, changed, deleted, wantChanged, wantDeleted)
		}
		for _, all := range []bool{false, true} {
			rs := &dump.RowSums{All: all, Sums: changed, Deleted: deleted}
			if all {
				rs.Sums = cur
			}
			if got, want := Merge(prev, rs), mergeByMap(prev, rs); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("round %d all=%v: Merge gave %v, want %v", round, all, got, want)
			}
		}
	}
}

// mergeByMap is Merge as a map: slower, obviously right.
func mergeByMap(prev []dump.RowSum, rs *dump.RowSums) []dump.RowSum {
	byKey := map[int64]dump.RowSum{}
	if !rs.All {
		for _, r := range prev {
			if !r.Gone {
				byKey[r.Key] = dump.RowSum{Key: r.Key, Sum: r.Sum}
			}
		}
	}
	for _, r := range rs.Sums {
		byKey[r.Key] = dump.RowSum{Key: r.Key, Sum: r.Sum, Moved: r.Moved || !rs.All}
	}
	for _, k := range rs.Deleted {
		byKey[k] = dump.RowSum{Key: k, Moved: true, Gone: true}
	}
	out := make([]dump.RowSum, 0, len(byKey))
	for _, r := range byKey {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
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
	tables := map[string]Keyed{"wp_a": {Key: "id", Columns: []string{"id", "v"}}, "wp_b": {Key: "id", Columns: []string{"id", "v"}}, "wp_c": {Key: "id", Columns: []string{"id"}}}
	kind := SumKind(context.Background(), q)
	sums, failed := SourceSums(context.Background(), q, "db", tables, kind)
	if kind != KindMD5 {
		t.Errorf("kind %s without CRC32C", kind)
	}
	if fmt.Sprint(sums) != "map[wp_a:[{1 10 false false} {2 20 false false}]]" || failed["wp_b"] == nil || failed["wp_c"] == nil {
		t.Errorf("sums %v, failed %v", sums, failed)
	}
}

// queryFunc is a Querier made of a function (safe for concurrent use if
// the function is).
type queryFunc func(sql string) ([][]string, error)

func (f queryFunc) Query(_ context.Context, _, sql string) ([][]string, error) { return f(sql) }

// A big table is hashed in two halves that cover every key, even one
// added after the halves were chosen; a small one in one query.
func TestSourceSumsSplitsBigTables(t *testing.T) {
	var mu sync.Mutex
	var asked []string
	q := queryFunc(func(sql string) ([][]string, error) {
		mu.Lock()
		asked = append(asked, sql)
		mu.Unlock()
		switch {
		case strings.HasPrefix(sql, "SELECT MIN("):
			return [][]string{{"1", "100"}}, nil
		case strings.HasSuffix(sql, "WHERE `id` <= 50"):
			return [][]string{{"1", "10"}, {"50", "500"}}, nil
		case strings.HasSuffix(sql, "WHERE `id` > 50"):
			return [][]string{{"51", "510"}, {"101", "1010"}}, nil
		case strings.Contains(sql, "`wp_small`"):
			return [][]string{{"7", "70"}}, nil
		}
		return nil, nil
	})
	tables := map[string]Keyed{"wp_big": {Key: "id", Columns: []string{"id", "v"}, Rows: SplitMinRows}, "wp_small": {Key: "id", Columns: []string{"id", "v"}, Rows: SplitMinRows - 1}}
	sums, failed := SourceSums(context.Background(), q, "db", tables, KindCRC)
	if len(failed) != 0 || fmt.Sprint(sums["wp_big"]) != "[{1 10 false false} {50 500 false false} {51 510 false false} {101 1010 false false}]" ||
		fmt.Sprint(sums["wp_small"]) != "[{7 70 false false}]" {
		t.Errorf("sums %v, failed %v", sums, failed)
	}
	for _, sql := range asked {
		if strings.Contains(sql, "`wp_small`") && strings.Contains(sql, "WHERE") {
			t.Errorf("a small table was split: %s", sql)
		}
	}
	// A failed half fails the table (it is then copied whole).
	q2 := queryFunc(func(sql string) ([][]string, error) {
		if strings.HasPrefix(sql, "SELECT MIN(") {
			return [][]string{{"1", "100"}}, nil
		}
		if strings.HasSuffix(sql, "> 50") {
			return nil, errors.New("connection lost")
		}
		return [][]string{{"1", "10"}}, nil
	})
	if _, failed := SourceSums(context.Background(), q2, "db", map[string]Keyed{"wp_big": tables["wp_big"]}, KindCRC); failed["wp_big"] == nil {
		t.Error("a failed half was not reported")
	}
}

// Changes laid over what is stored, sync after sync, read back as exactly
// what was written each time.
func TestChangesReadBackAsWritten(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var stored, effective []dump.RowSum
	for round := 0; round < 100; round++ {
		var rows []dump.RowSum
		for k := int64(0); k < 40; k++ {
			switch rng.IntN(5) {
			case 0: // absent
			case 1:
				rows = append(rows, dump.RowSum{Key: k, Moved: true, Gone: true})
			default:
				rows = append(rows, dump.RowSum{Key: k, Sum: rng.Uint64N(3), Moved: rng.IntN(2) == 0})
			}
		}
		c := changes(effective, rows)
		if round%7 == 0 {
			stored = rows // written anew now and then
		} else {
			stored = overlay(stored, c)
		}
		effective = slices.DeleteFunc(slices.Clone(stored), isTombstone)
		if fmt.Sprint(effective) != fmt.Sprint(rows) {
			t.Fatalf("round %d: read back %v, wrote %v", round, effective, rows)
		}
	}
}

func TestReadRowsLaysChunksOver(t *testing.T) {
	chunks := [][]dump.RowSum{
		{{Key: 1, Sum: 10}, {Key: 2, Sum: 20, Moved: true}, {Key: 3, Moved: true, Gone: true}},
		{{Key: 4, Sum: 40}},
		// A sync's changes: 2 no longer moved, 3 forgotten, 5 new.
		{{Key: 2, Sum: 20}, {Key: 3, Gone: true}, {Key: 5, Sum: 50, Moved: true}},
	}
	state := func(sql string) [][]string {
		var out [][]string
		for i, c := range chunks {
			sums := dump.PackRowSums(c)
			if strings.Contains(sql, "HEX(sums)") {
				sums = []byte(hex.EncodeToString(sums))
			}
			out = append(out, []string{"wp_a", fmt.Sprint(i), string(sums)})
		}
		return out
	}
	current := [][]string{{"9", "1"}}
	// Through the client program (hex), and through the driver (bytes).
	for _, q := range []Querier{
		fakeQ{
			"IFNULL(SUM(COLUMN_NAME = 'row_kind')": func() ([][]string, error) { return current, nil },
			"HEX(sums)":                            func() ([][]string, error) { return state("HEX(sums)"), nil },
		},
		rawQ{queryFunc(func(sql string) ([][]string, error) {
			if strings.Contains(sql, "row_kind") {
				return current, nil
			}
			return state(sql), nil
		})},
	} {
		recs, err := ReadRows(context.Background(), q, "db", []string{"wp_a"})
		if err != nil {
			t.Fatal(err)
		}
		r := recs["wp_a"]
		if fmt.Sprint(r.Rows) != "[{1 10 false false} {2 20 false false} {4 40 false false} {5 50 true false}]" || fmt.Sprint(r.Moved) != "[5]" || r.Chunks != 3 || r.LastChunk != 2 {
			t.Errorf("%T read %+v", q, r)
		}
	}
}

// rawQ is a Streamer: the rows of its Querier, as bytes.
type rawQ struct{ queryFunc }

func (r rawQ) QueryEachRaw(ctx context.Context, db, sql string, each func(row [][]byte) error) error {
	if strings.Contains(sql, "HEX(") {
		return errors.New("a streamer is asked for hex")
	}
	rows, err := r.Query(ctx, db, sql)
	if err != nil {
		return err
	}
	for _, row := range rows {
		var b [][]byte
		for _, v := range row {
			b = append(b, []byte(v))
		}
		if err := each(b); err != nil {
			return err
		}
	}
	return nil
}

func TestWriteRowsAppendsSmallChanges(t *testing.T) {
	var prevRows []dump.RowSum
	for k := int64(1); k <= 100; k++ {
		prevRows = append(prevRows, dump.RowSum{Key: k, Sum: uint64(k)})
	}
	prev := &Recorded{Rows: prevRows, Chunks: 3, LastChunk: 7}
	small := slices.Clone(prevRows)
	small[9].Sum, small[9].Moved = 0, true
	big := slices.Clone(prevRows)
	for i := range big[:30] {
		big[i].Sum = 0
	}
	tests := []struct {
		name string
		rows []dump.RowSum
		prev *Recorded
		want string
	}{
		{"a small change", small, prev, "INSERT INTO `db`.`wpsync_rows` (table_name, chunk, sums) VALUES ('wp_a', 8, X'" + hex.EncodeToString(dump.PackRowSums(small[9:10])) + "');\n"},
		{"no change", prevRows, prev, ""},
		{"a big change", big, prev, "DELETE FROM"},
		{"too many chunks", small, &Recorded{Rows: prevRows, Chunks: 1 + MaxChangeChunks, LastChunk: 20}, "DELETE FROM"},
		{"nothing recorded", small, nil, "DELETE FROM"},
	}
	for _, tc := range tests {
		var b strings.Builder
		writeRows(&b, "db", "wp_a", tc.rows, tc.prev)
		if got := b.String(); (tc.want == "" && got != "") || !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s: %q", tc.name, got)
		}
	}
}

// ReadRows reads back, sync after sync, exactly the rows last written,
// whether they were written anew (in several chunks) or as changes.
func TestReadRowsReadsBackWhatWasWritten(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var chunks [][]dump.RowSum
	var effective []dump.RowSum
	for round := 0; round < 60; round++ {
		var rows []dump.RowSum
		for k := int64(0); k < 50; k++ {
			if rng.IntN(6) > 0 {
				rows = append(rows, dump.RowSum{Key: k, Sum: rng.Uint64N(2), Moved: rng.IntN(4) == 0})
			}
		}
		if round%9 == 0 {
			chunks = [][]dump.RowSum{rows[:len(rows)/2], rows[len(rows)/2:]} // anew, in two chunks
		} else {
			chunks = append(chunks, changes(effective, rows))
		}
		q := fakeQ{
			"IFNULL(SUM(COLUMN_NAME = 'row_kind')": func() ([][]string, error) { return [][]string{{"9", "1"}}, nil },
			"HEX(sums)": func() ([][]string, error) {
				var out [][]string
				for i, c := range chunks {
					out = append(out, []string{"wp_a", fmt.Sprint(i), hex.EncodeToString(dump.PackRowSums(c))})
				}
				return out, nil
			},
		}
		recs, err := ReadRows(context.Background(), q, "db", []string{"wp_a"})
		if err != nil {
			t.Fatal(err)
		}
		if got := recs["wp_a"].Rows; fmt.Sprint(got) != fmt.Sprint(rows) {
			t.Fatalf("round %d: read %v, wrote %v", round, got, rows)
		}
		effective = recs["wp_a"].Rows
	}
}

// The fingerprint parsers agree with strconv.
func FuzzParseKeyAndSum(f *testing.F) {
	for _, s := range []string{"0", "1", "-1", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "", "-", "1a", " 1", "007"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, ok := parseKey([]byte(s))
		want, err := strconv.ParseInt(s, 10, 64)
		if ok != (err == nil && !strings.HasPrefix(s, "+")) || (ok && k != want) {
			t.Errorf("parseKey(%q) = %d %v; strconv %d %v", s, k, ok, want, err)
		}
		u, ok := parseDecimal([]byte(s), 1<<64-1)
		wantU, err := strconv.ParseUint(s, 10, 64)
		if ok != (err == nil && !strings.HasPrefix(s, "+")) || (ok && u != wantU) {
			t.Errorf("parseDecimal(%q) = %d %v; strconv %d %v", s, u, ok, wantU, err)
		}
	})
}
