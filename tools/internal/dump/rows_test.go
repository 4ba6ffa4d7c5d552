package dump

import (
	"bytes"
	"fmt"
	"testing"
)

func TestRowSumsLinesRoundTrip(t *testing.T) {
	var sums []RowSum
	for i := int64(0); i < 20000; i++ {
		sums = append(sums, RowSum{Key: i*3 - 100, Sum: uint64(i) * 0x9E3779B97F4A7C15, Moved: i%7 == 0})
	}
	in := &RowSums{Table: "wp_postmeta", Key: "meta_id", Kind: "k", All: true, Sums: sums, Deleted: []int64{5, 1 << 40}}
	var b bytes.Buffer
	if err := WriteRowSums(&b, in); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(b.Bytes(), []byte(RowSumsPrefix)); n != 3 {
		t.Errorf("%d lines, want 3 of at most %d rows", n, rowSumsPerLine)
	}
	tally := NewTally()
	for _, line := range bytes.SplitAfter(b.Bytes(), []byte("\n")) {
		if len(line) > 0 {
			tally.Comment(line)
		}
	}
	if tally.RowSumsErr != nil {
		t.Fatal(tally.RowSumsErr)
	}
	got := tally.RowSums["wp_postmeta"]
	if got == nil || fmt.Sprint(got) != fmt.Sprint(in) {
		t.Errorf("read back differs")
	}
	// A damaged line makes the dump refused, not half-read.
	tally = NewTally()
	tally.Comment([]byte(RowSumsPrefix + `{"table":"wp_x","sums":"AAAA"}` + "\n"))
	if _, err := tally.Whole(nil); err == nil {
		t.Error("a damaged row fingerprint line passed")
	}
}

func FuzzUnpackRowSums(f *testing.F) {
	f.Add(PackRowSums([]RowSum{{Key: 1, Sum: 2, Moved: true}, {Key: -5, Sum: 1 << 63, Gone: true}}))
	f.Add([]byte{0x80})
	f.Fuzz(func(t *testing.T, b []byte) {
		rows, err := UnpackRowSums(b)
		if err != nil {
			return
		}
		if again, err := UnpackRowSums(PackRowSums(rows)); err != nil || fmt.Sprint(again) != fmt.Sprint(rows) {
			t.Errorf("round trip: %v %v", err, again)
		}
	})
}
