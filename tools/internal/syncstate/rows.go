package syncstate

// Row fingerprints: what lets a re-sync copy only the rows that changed.
//
// For a table with a one-column integer primary key, the source's rows are
// fingerprinted one by one (the key and a 64-bit hash of the values, made
// by the server: CRC32 and CRC32C of the row on MariaDB ≥ 10.8, the first
// 64 bits of MD5 elsewhere; 130,000 rows of wp_postmeta take about 0.1 s).
// The state keeps them (table wpsync_rows), so the next sync compares the
// source's fresh fingerprints with them and dumps only the rows that
// differ. Nothing cheaper is exact: there is no per-row change counter in
// WordPress's tables (post_modified is set by WordPress, not by the
// plugins that write wp_postmeta), and the binary log is not ours to read.
//
// Each row also records whether the sync that wrote it changed the row on
// the target (moved): that is where the backup, which a swap keeps, differs
// from the live table, which a row-level restore needs to turn the backup
// into the new table cheaply (see dbrestore's patch.go).
//
// The row is hashed as the lengths of its values (a NULL map first), then
// the values, separated by 0x1f: with the lengths in front, two different
// rows never give the same string.

import (
	"cmp"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/wpsync/wpsync/tools/internal/dbclient"
	"github.com/wpsync/wpsync/tools/internal/dump"
)

// RowsTable keeps the row fingerprints in the target database.
const RowsTable = "wpsync_rows"

func rowsQualified(db string) string {
	return dbclient.QuoteIdent(db) + "." + dbclient.QuoteIdent(RowsTable)
}

// PartialMinRows: tables with fewer rows are copied whole, never row by
// row (the planner decides; a restore prepares row-level copies only of
// bigger ones).
const PartialMinRows = 1000

// The fingerprint kinds.
const (
	KindCRC = "crc32+crc32c"
	KindMD5 = "md5-64"
)

// Keyed is a table whose rows can be fingerprinted: its integer primary
// key column and all its columns, in order, and how many rows the server
// estimates it has.
type Keyed struct {
	Key     string
	Columns []string
	Rows    int64
}

var integerTypes = map[string]bool{"tinyint": true, "smallint": true, "mediumint": true, "int": true, "bigint": true}

// KeyColumns returns, of db's tables, those whose primary key is one
// integer column. (A bigint unsigned key above 2^63 does not fit the
// state's keys: SourceSums leaves such a table out, so it is copied whole.)
func KeyColumns(ctx context.Context, q Querier, db string, tables []string) (map[string]Keyed, error) {
	out := map[string]Keyed{}
	if len(tables) == 0 {
		return out, nil
	}
	rows, err := q.Query(ctx, "", "SELECT c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE, IFNULL(s.SEQ_IN_INDEX, 0) FROM information_schema.COLUMNS c "+
		"LEFT JOIN information_schema.STATISTICS s ON s.TABLE_SCHEMA = c.TABLE_SCHEMA AND s.TABLE_NAME = c.TABLE_NAME AND s.COLUMN_NAME = c.COLUMN_NAME AND s.INDEX_NAME = 'PRIMARY' "+
		"WHERE c.TABLE_SCHEMA = "+dbclient.QuoteString(db)+" AND c.TABLE_NAME IN "+dbclient.QuoteList(tables)+" ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION")
	if err != nil {
		return nil, fmt.Errorf("primary keys in %s: %w", db, err)
	}
	type acc struct {
		cols, keys []string
		intKey     bool
	}
	seen := map[string]*acc{}
	for _, r := range rows {
		if len(r) != 4 {
			continue
		}
		a, ok := seen[r[0]]
		if !ok {
			a = &acc{}
			seen[r[0]] = a
		}
		a.cols = append(a.cols, r[1])
		if r[3] != "0" {
			a.keys = append(a.keys, r[1])
			a.intKey = integerTypes[strings.ToLower(r[2])]
		}
	}
	for t, a := range seen {
		if len(a.keys) == 1 && a.intKey {
			out[t] = Keyed{Key: a.keys[0], Columns: a.cols}
		}
	}
	return out, nil
}

// sumExpr is the SQL fingerprint of a row of cols.
func sumExpr(kind string, cols []string) string {
	var nulls, lengths, values []string
	for _, c := range cols {
		qc := dbclient.QuoteIdent(c)
		nulls = append(nulls, qc+" IS NULL")
		lengths = append(lengths, "LENGTH("+qc+")")
		values = append(values, qc)
	}
	row := "CONCAT_WS(0x1f, CONCAT(" + strings.Join(nulls, ", ") + "), " + strings.Join(lengths, ", ") + ", " + strings.Join(values, ", ") + ")"
	if kind == KindCRC {
		return "CRC32(" + row + ") << 32 | CRC32C(" + row + ")"
	}
	return "CONV(LEFT(MD5(" + row + "), 16), 16, 10)"
}

// SumKind is the fastest kind of row fingerprint the server has (CRC32C
// exists on MariaDB ≥ 10.8).
func SumKind(ctx context.Context, q Querier) string {
	if _, err := q.Query(ctx, "", "SELECT CRC32C('')"); err == nil {
		return KindCRC
	}
	return KindMD5
}

// SourceSums fingerprints every row of tables in db, a query a table (two
// at once, each over half the keys, for a table of SplitMinRows or more:
// the hashing is the server's CPU work, and a server has more than one
// core). A table the server cannot fingerprint (say, columns whose
// collations do not mix) is left out with its error in failed: it is
// copied whole.
func SourceSums(ctx context.Context, q Querier, db string, tables map[string]Keyed, kind string) (sums map[string][]dump.RowSum, failed map[string]error) {
	sums, failed = map[string][]dump.RowSum{}, map[string]error{}
	var names []string
	for t := range tables {
		names = append(names, t)
	}
	sort.Strings(names)
	for _, t := range names {
		rows, err := tableSums(ctx, q, db, t, tables[t], kind)
		if err != nil {
			failed[t] = err
			continue
		}
		sums[t] = rows
	}
	return sums, failed
}

// SplitMinRows: tables this big (by the server's estimate) are hashed in
// two halves at once.
const SplitMinRows = 20000

func tableSums(ctx context.Context, q Querier, db, table string, k Keyed, kind string) ([]dump.RowSum, error) {
	base := fmt.Sprintf("SELECT %s, %s FROM %s.%s", dbclient.QuoteIdent(k.Key), sumExpr(kind, k.Columns), dbclient.QuoteIdent(db), dbclient.QuoteIdent(table))
	parts := []string{base}
	if k.Rows >= SplitMinRows {
		r, err := q.Query(ctx, "", fmt.Sprintf("SELECT MIN(%s), MAX(%s) FROM %s.%s", dbclient.QuoteIdent(k.Key), dbclient.QuoteIdent(k.Key), dbclient.QuoteIdent(db), dbclient.QuoteIdent(table)))
		if err != nil {
			return nil, err
		}
		var lo, hi int64
		if len(r) == 1 && len(r[0]) == 2 {
			lo, err = strconv.ParseInt(r[0][0], 10, 64)
			if err == nil {
				hi, err = strconv.ParseInt(r[0][1], 10, 64)
			}
		}
		if err == nil && lo < hi {
			// Open at both ends: a row added meanwhile is in one half.
			mid := strconv.FormatInt(lo+(hi-lo)/2, 10)
			parts = []string{base + " WHERE " + dbclient.QuoteIdent(k.Key) + " <= " + mid, base + " WHERE " + dbclient.QuoteIdent(k.Key) + " > " + mid}
		}
	}
	out := make([][]dump.RowSum, len(parts))
	for i := range out { // room for the server's estimate, within reason
		out[i] = make([]dump.RowSum, 0, min(k.Rows, 1<<20)/int64(len(parts))+1)
	}
	errs := make([]error, len(parts))
	var wg sync.WaitGroup
	for i, sql := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = queryEach(ctx, q, sql, func(r [][]byte) error {
				if len(r) != 2 {
					return fmt.Errorf("%d columns", len(r))
				}
				key, ok1 := parseKey(r[0])
				sum, ok2 := parseDecimal(r[1], 1<<64-1)
				if !ok1 || !ok2 {
					return fmt.Errorf("%q %q are not a key and a fingerprint", r[0], r[1])
				}
				out[i] = append(out[i], dump.RowSum{Key: key, Sum: sum})
				return nil
			})
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return slices.Concat(out...), nil
}

// parseDecimal reads an unsigned decimal number up to limit, as the
// server prints one (strconv takes a string: one allocation a row).
func parseDecimal(b []byte, limit uint64) (uint64, bool) {
	if len(b) == 0 {
		return 0, false
	}
	var n uint64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		d := uint64(c - '0')
		if n > (limit-d)/10 {
			return 0, false
		}
		n = n*10 + d
	}
	return n, true
}

// parseKey reads a key as the server prints it (a signed 64-bit number).
func parseKey(b []byte) (int64, bool) {
	if len(b) > 1 && b[0] == '-' {
		n, ok := parseDecimal(b[1:], 1<<63)
		return -int64(n), ok // -(1<<63) wraps to itself: the smallest int64
	}
	n, ok := parseDecimal(b, 1<<63-1)
	return int64(n), ok
}

// Streamer is a Querier that hands rows over one by one, as bytes valid
// during the call (sqlconn.Reader): a table's fingerprints are never held
// as text, nor copied row by row.
type Streamer interface {
	QueryEachRaw(ctx context.Context, db, sql string, each func(row [][]byte) error) error
}

func queryEach(ctx context.Context, q Querier, sql string, each func(row [][]byte) error) error {
	if st, ok := q.(Streamer); ok {
		return st.QueryEachRaw(ctx, "", sql, each)
	}
	rows, err := q.Query(ctx, "", sql)
	if err != nil {
		return err
	}
	raw := make([][]byte, 0, 2)
	for _, r := range rows {
		raw = raw[:0]
		for _, v := range r {
			raw = append(raw, []byte(v))
		}
		if err := each(raw); err != nil {
			return err
		}
	}
	return nil
}

// Recorded is what the state holds of one table's rows.
type Recorded struct {
	Rows  []dump.RowSum // sorted by key, with the rows the last sync deleted (Gone)
	Moved []int64       // the rows where the backup differs from the live table
	// Chunks stored, and the number of the last: Write appends a small
	// change as a chunk of its own (see writeRows).
	Chunks, LastChunk int
}

// ReadRows returns the recorded rows of tables in db: each chunk laid over
// the ones before it, in order.
func ReadRows(ctx context.Context, q Querier, db string, tables []string) (map[string]*Recorded, error) {
	out := map[string]*Recorded{}
	if len(tables) == 0 {
		return out, nil
	}
	if ok, err := current(ctx, q, db); !ok {
		return out, err
	}
	// A chunk that starts past the rows so far extends them; the others
	// (changes) are laid over them at the end, in one merge.
	changed := map[string][][]dump.RowSum{}
	each := func(table, chunkText string, sums []byte) error {
		rec, ok := out[table]
		if !ok {
			rec = &Recorded{}
			out[table] = rec
		}
		chunk, err := strconv.Atoi(chunkText)
		var list []dump.RowSum
		if err == nil {
			list, err = dump.UnpackRowSums(sums)
		}
		if err == nil && !slices.IsSortedFunc(list, func(a, b dump.RowSum) int { return cmp.Compare(a.Key, b.Key) }) {
			err = fmt.Errorf("chunk %d is out of order", chunk)
		}
		if err != nil {
			return fmt.Errorf("the row fingerprints of %s.%s are damaged (%v): drop %s to start over with a full sync", db, table, err, rowsQualified(db))
		}
		if len(list) > 0 && (len(rec.Rows) == 0 || list[0].Key > rec.Rows[len(rec.Rows)-1].Key) {
			rec.Rows = append(rec.Rows, list...)
		} else {
			changed[table] = append(changed[table], list)
		}
		rec.Chunks++
		rec.LastChunk = chunk
		return nil
	}
	from := " FROM " + rowsQualified(db) + " WHERE table_name IN " + dbclient.QuoteList(tables) + " ORDER BY table_name, chunk"
	var damaged error
	if st, ok := q.(Streamer); ok {
		// The driver hands the blob over as it is; the client program's
		// text output needs it in hex.
		err := st.QueryEachRaw(ctx, "", "SELECT table_name, chunk, sums"+from, func(r [][]byte) error {
			if len(r) == 3 {
				damaged = each(string(r[0]), string(r[1]), r[2])
			}
			return damaged
		})
		if err != nil && damaged == nil {
			return nil, fmt.Errorf("read the row fingerprints in %s: %w", db, err)
		}
	} else {
		rows, err := q.Query(ctx, "", "SELECT table_name, chunk, HEX(sums)"+from)
		if err != nil {
			return nil, fmt.Errorf("read the row fingerprints in %s: %w", db, err)
		}
		for _, r := range rows {
			if len(r) != 3 {
				continue
			}
			b, err := hex.DecodeString(r[2])
			if err != nil {
				damaged = fmt.Errorf("the row fingerprints of %s.%s are damaged (%v): drop %s to start over with a full sync", db, r[0], err, rowsQualified(db))
				break
			}
			if damaged = each(r[0], r[1], b); damaged != nil {
				break
			}
		}
	}
	if damaged != nil {
		return nil, damaged
	}
	for name, rec := range out {
		rec.Rows = overlay(rec.Rows, latest(changed[name]))
		rec.Rows = slices.DeleteFunc(rec.Rows, isTombstone)
		for _, x := range rec.Rows {
			if x.Moved {
				rec.Moved = append(rec.Moved, x.Key)
			}
		}
	}
	return out, nil
}

// A tombstone, in a chunk that records a change, removes a row (gone, but
// not moved: a deleted row a sync records is always moved).
func isTombstone(r dump.RowSum) bool { return r.Gone && !r.Moved }

// latest merges lists of changes (each sorted by key) into one sorted
// list, a later list's row winning where two have a key.
func latest(lists [][]dump.RowSum) []dump.RowSum {
	if len(lists) <= 1 {
		if len(lists) == 0 {
			return nil
		}
		return lists[0]
	}
	all := slices.Concat(lists...)
	// Stable: rows with one key stay in list order; the last one wins.
	slices.SortStableFunc(all, func(a, b dump.RowSum) int { return cmp.Compare(a.Key, b.Key) })
	out := all[:0]
	for i, r := range all {
		if i+1 < len(all) && all[i+1].Key == r.Key {
			continue
		}
		out = append(out, r)
	}
	return out
}

// overlay returns rows with top laid over them (both sorted by key): top's
// row wins where both have a key.
func overlay(rows, top []dump.RowSum) []dump.RowSum {
	if len(rows) == 0 {
		return top
	}
	out := make([]dump.RowSum, 0, len(rows)+len(top))
	i := 0
	for _, t := range top {
		for i < len(rows) && rows[i].Key < t.Key {
			out = append(out, rows[i])
			i++
		}
		if i < len(rows) && rows[i].Key == t.Key {
			i++
		}
		out = append(out, t)
	}
	return append(out, rows[i:]...)
}

// changes returns what turns the recorded rows old into rows (both sorted
// by key): the rows new or different, and a tombstone for each key gone.
func changes(old, rows []dump.RowSum) []dump.RowSum {
	var out []dump.RowSum
	i := 0
	for _, r := range rows {
		for i < len(old) && old[i].Key < r.Key {
			out = append(out, dump.RowSum{Key: old[i].Key, Gone: true})
			i++
		}
		if i < len(old) && old[i].Key == r.Key {
			if old[i] != r {
				out = append(out, r)
			}
			i++
			continue
		}
		out = append(out, r)
	}
	for ; i < len(old); i++ {
		out = append(out, dump.RowSum{Key: old[i].Key, Gone: true})
	}
	return out
}

// Diff compares the source's rows now (cur) with the recorded ones (prev,
// sorted by key; nil when unknown): it marks Moved each of cur's rows
// that is new or different, and returns those, and the keys gone. cur
// ends up sorted by key. (A merge of two sorted lists: a map of 100,000
// rows costs ten times as long.)
func Diff(prev, cur []dump.RowSum) (changed []dump.RowSum, deleted []int64) {
	sortByKey(cur)
	i := 0
	for _, p := range prev {
		if p.Gone {
			continue
		}
		for i < len(cur) && cur[i].Key < p.Key {
			cur[i].Moved = true
			changed = append(changed, cur[i])
			i++
		}
		if i < len(cur) && cur[i].Key == p.Key {
			cur[i].Moved = cur[i].Sum != p.Sum
			if cur[i].Moved {
				changed = append(changed, cur[i])
			}
			i++
			continue
		}
		deleted = append(deleted, p.Key)
	}
	for ; i < len(cur); i++ {
		cur[i].Moved = true
		changed = append(changed, cur[i])
	}
	return changed, deleted
}

// sortByKey sorts rows by key unless they already are (the usual case:
// the server returns them in key order, and the state keeps them so).
func sortByKey(rows []dump.RowSum) {
	byKey := func(a, b dump.RowSum) int { return cmp.Compare(a.Key, b.Key) }
	if !slices.IsSortedFunc(rows, byKey) {
		slices.SortStableFunc(rows, byKey)
	}
}

// Merge returns the rows to record after a sync that copied rs: all of
// them after a whole copy; after a partial one, the recorded rows with
// this sync's changes, which are now the only moved ones (the backup is
// the table that was live, which the last sync's changes are in). prev
// is sorted by key; a key deleted and changed counts as deleted.
func Merge(prev []dump.RowSum, rs *dump.RowSums) []dump.RowSum {
	if rs.All {
		prev = nil
	}
	sums := slices.Clone(rs.Sums)
	sortByKey(sums)
	deleted := slices.Clone(rs.Deleted)
	slices.Sort(deleted)
	out := make([]dump.RowSum, 0, len(prev)+len(sums)+len(deleted))
	i, j, k := 0, 0, 0
	for i < len(prev) || j < len(sums) || k < len(deleted) {
		key := int64(math.MaxInt64)
		if i < len(prev) {
			key = prev[i].Key
		}
		if j < len(sums) {
			key = min(key, sums[j].Key)
		}
		if k < len(deleted) {
			key = min(key, deleted[k])
		}
		var r dump.RowSum
		have := false
		for ; i < len(prev) && prev[i].Key == key; i++ {
			if !prev[i].Gone {
				r, have = dump.RowSum{Key: key, Sum: prev[i].Sum}, true
			}
		}
		for ; j < len(sums) && sums[j].Key == key; j++ {
			r, have = dump.RowSum{Key: key, Sum: sums[j].Sum, Moved: sums[j].Moved || !rs.All}, true
		}
		for ; k < len(deleted) && deleted[k] == key; k++ {
			r, have = dump.RowSum{Key: key, Moved: true, Gone: true}, true
		}
		if have {
			out = append(out, r)
		}
	}
	return out
}

// rowsPerChunk keeps each stored value near 1 MiB (the server's
// max_allowed_packet is 16 MiB or more).
const rowsPerChunk = 100000

// Changes are appended as a chunk of their own while they are at most
// a quarter of the rows, in at most MaxChangeChunks chunks; otherwise the
// rows are written anew. (A sync that changed 1 % of a table's rows writes
// about 2 % of them, not all: 1.3 MB for 130,000 rows took ~45 ms.)
const MaxChangeChunks = 16

// writeRows appends to b the statements that record table's rows (none:
// the table's recorded rows are dropped); prev, when known, is what is
// recorded now.
func writeRows(b *strings.Builder, db, table string, rows []dump.RowSum, prev *Recorded) {
	t := rowsQualified(db)
	name := dbclient.QuoteString(table)
	if prev != nil && len(rows) > 0 && prev.Chunks < (len(prev.Rows)+rowsPerChunk-1)/rowsPerChunk+MaxChangeChunks {
		if c := changes(prev.Rows, rows); len(c) <= len(rows)/4 && len(c) <= rowsPerChunk {
			if len(c) > 0 {
				fmt.Fprintf(b, "INSERT INTO %s (table_name, chunk, sums) VALUES (%s, %d, X'%s');\n", t, name, prev.LastChunk+1, hex.EncodeToString(dump.PackRowSums(c)))
			}
			return
		}
	}
	b.WriteString("DELETE FROM " + t + " WHERE table_name = " + name + ";\n")
	for i := 0; i < len(rows); i += rowsPerChunk {
		fmt.Fprintf(b, "INSERT INTO %s (table_name, chunk, sums) VALUES (%s, %d, X'%s');\n", t, name, i/rowsPerChunk,
			hex.EncodeToString(dump.PackRowSums(rows[i:min(i+rowsPerChunk, len(rows))])))
	}
}

// Patchable lists the tables of db whose state says their backup (in
// backupDB, which must hold them) is what the last swap put there: the
// tables a row-level restore may patch, with their key columns.
func Patchable(ctx context.Context, q Querier, db, backupDB string) (map[string]string, error) {
	if ok, err := current(ctx, q, db); !ok {
		return nil, err
	}
	rows, err := q.Query(ctx, "", "SELECT s.table_name, s.row_key FROM "+qualified(db)+" s JOIN information_schema.TABLES b ON b.TABLE_SCHEMA = "+dbclient.QuoteString(backupDB)+
		" AND b.TABLE_NAME = s.table_name WHERE s.backup_sum IS NOT NULL AND s.row_kind <> ''")
	if err != nil {
		return nil, fmt.Errorf("read the sync state of %s: %w", db, err)
	}
	return Pairs(rows), nil
}
