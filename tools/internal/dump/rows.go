package dump

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

// Row-level incremental dumps. A big table of which only some rows changed
// on the source is dumped partially: its definition and the changed rows
// only (Incremental.Partial), and the restore patches them into a copy of
// the target's table (see dbrestore's patch.go). Beside it, for every
// table whose rows the source fingerprinted, the dump carries the rows'
// fingerprints in comment lines (RowSumsPrefix), sealed with the rest, so
// the restore can record them for the next sync: every row's after a whole
// copy, the changed and deleted ones after a partial one. They are comment
// lines because they can be megabytes (16 bytes a row), which a manifest
// (also copied into reports) should not be.

// RowSumsPrefix starts a line of row fingerprints.
const RowSumsPrefix = "-- wpsync-rows: "

// Partial is a table an incremental dump holds only some rows of.
type Partial struct {
	// Key is the table's primary key, one integer column.
	Key string `json:"key"`
	// Changed rows (new or different on the source) are in the dump;
	// Deleted ones are gone from the source.
	Changed int `json:"changed"`
	Deleted int `json:"deleted"`
	// BackupSum is the checksum the target's sync state gave the table's
	// backup when the dump was made: the restore patches that backup.
	BackupSum int64 `json:"backup_sum"`
}

// RowSum is one row's fingerprint: its key, a 64-bit hash of its values
// on the source, and whether the sync that recorded it changed the row on
// the target (Moved: the backup's row differs from the live one).
type RowSum struct {
	Key   int64
	Sum   uint64
	Moved bool
	// Gone: the row no longer exists (the sync state keeps the rows the
	// last sync deleted: the backup still has them).
	Gone bool
}

// RowSums are the fingerprints a dump carries for one table.
type RowSums struct {
	Table string
	Key   string // the primary key column
	Kind  string // how the sums were computed (they compare only with the same kind)
	// All: Sums hold every row of the source table (a whole copy), else
	// only the changed rows, and Deleted the keys gone from the source.
	All     bool
	Sums    []RowSum
	Deleted []int64
}

type rowSumsLine struct {
	Table   string `json:"table"`
	Key     string `json:"key"`
	Kind    string `json:"kind"`
	All     bool   `json:"all"`
	Sums    string `json:"sums,omitempty"`
	Deleted string `json:"deleted,omitempty"`
}

// rowSumsPerLine keeps each line under about 200 KiB.
const rowSumsPerLine = 8192

// WriteRowSums writes rs as comment lines to w, sorted by key.
func WriteRowSums(w io.Writer, rs *RowSums) error {
	sort.Slice(rs.Sums, func(i, j int) bool { return rs.Sums[i].Key < rs.Sums[j].Key })
	sort.Slice(rs.Deleted, func(i, j int) bool { return rs.Deleted[i] < rs.Deleted[j] })
	for i := 0; i == 0 || i < len(rs.Sums) || i < len(rs.Deleted); i += rowSumsPerLine {
		l := rowSumsLine{Table: rs.Table, Key: rs.Key, Kind: rs.Kind, All: rs.All}
		if i < len(rs.Sums) {
			l.Sums = packSums(rs.Sums[i:min(i+rowSumsPerLine, len(rs.Sums))])
		}
		if i < len(rs.Deleted) {
			l.Deleted = packKeys(rs.Deleted[i:min(i+rowSumsPerLine, len(rs.Deleted))])
		}
		b, err := json.Marshal(l)
		if err != nil {
			return err
		}
		if _, err := w.Write(append(append([]byte(RowSumsPrefix), b...), '\n')); err != nil {
			return err
		}
	}
	return nil
}

// addRowSums merges one line into sums (by table).
func addRowSums(sums map[string]*RowSums, line []byte) error {
	var l rowSumsLine
	if err := json.Unmarshal(bytes.TrimPrefix(bytes.TrimRight(line, "\r\n"), []byte(RowSumsPrefix)), &l); err != nil {
		return fmt.Errorf("the dump's row fingerprints are damaged: %w", err)
	}
	s, ok := sums[l.Table]
	if !ok {
		s = &RowSums{Table: l.Table, Key: l.Key, Kind: l.Kind, All: l.All}
		sums[l.Table] = s
	}
	if s.Key != l.Key || s.Kind != l.Kind || s.All != l.All {
		return fmt.Errorf("the dump's row fingerprints of %s disagree with each other", l.Table)
	}
	rows, err := unpackSums(l.Sums)
	if err != nil {
		return fmt.Errorf("the dump's row fingerprints of %s are damaged: %w", l.Table, err)
	}
	keys, err := unpackKeys(l.Deleted)
	if err != nil {
		return fmt.Errorf("the dump's row fingerprints of %s are damaged: %w", l.Table, err)
	}
	s.Sums, s.Deleted = append(s.Sums, rows...), append(s.Deleted, keys...)
	return nil
}

// PackRowSums packs rows sorted by key: key deltas (varints), then the
// sum (8 bytes) and a flag byte (1 moved, 2 gone) of each row; about 10
// bytes a row.
func PackRowSums(rows []RowSum) []byte {
	b := make([]byte, 0, len(rows)*11)
	prev := int64(0)
	for _, r := range rows {
		b = binary.AppendVarint(b, r.Key-prev)
		b = binary.BigEndian.AppendUint64(b, r.Sum)
		flag := byte(0)
		if r.Moved {
			flag |= 1
		}
		if r.Gone {
			flag |= 2
		}
		b = append(b, flag)
		prev = r.Key
	}
	return b
}

// UnpackRowSums reads what PackRowSums wrote.
func UnpackRowSums(b []byte) ([]RowSum, error) {
	out := make([]RowSum, 0, len(b)/10) // a row takes 10 bytes or more
	prev := int64(0)
	for len(b) > 0 {
		d, n := binary.Varint(b)
		if n <= 0 || len(b) < n+9 {
			return nil, fmt.Errorf("truncated row fingerprint")
		}
		prev += d
		out = append(out, RowSum{Key: prev, Sum: binary.BigEndian.Uint64(b[n:]), Moved: b[n+8]&1 != 0, Gone: b[n+8]&2 != 0})
		b = b[n+9:]
	}
	return out, nil
}

func packSums(rows []RowSum) string { return base64.StdEncoding.EncodeToString(PackRowSums(rows)) }

func unpackSums(s string) ([]RowSum, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil, err
	}
	return UnpackRowSums(b)
}

func packKeys(keys []int64) string {
	var b []byte
	prev := int64(0)
	for _, k := range keys {
		b = binary.AppendVarint(b, k-prev)
		prev = k
	}
	return base64.StdEncoding.EncodeToString(b)
}

func unpackKeys(s string) ([]int64, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil, err
	}
	var out []int64
	prev := int64(0)
	for len(b) > 0 {
		d, n := binary.Varint(b)
		if n <= 0 {
			return nil, fmt.Errorf("truncated key")
		}
		prev += d
		out = append(out, prev)
		b = b[n:]
	}
	return out, nil
}
