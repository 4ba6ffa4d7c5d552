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
	"context"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/wpsync/wpsync/tools/internal/dbclient"
	"github.com/wpsync/wpsync/tools/internal/dump"
)

// RowsTable keeps the row fingerprints in the target database.
const RowsTable = "wpsync_rows"

func rowsQualified(db string) string {
	return dbclient.QuoteIdent(db) + "." + dbclient.QuoteIdent(RowsTable)
}

// The fingerprint kinds.
const (
	KindCRC = "crc32+crc32c"
	KindMD5 = "md5-64"
)

// Keyed is a table whose rows can be fingerprinted: its integer primary
// key column and all its columns, in order.
type Keyed struct {
	Key     string
	Columns []string
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

// SourceSums fingerprints every row of tables in db, a query a table, with
// the fastest kind the server has (CRC32C exists on MariaDB ≥ 10.8). A
// table the server cannot fingerprint (say, columns whose collations do
// not mix) is left out with its error in failed: it is copied whole.
func SourceSums(ctx context.Context, q Querier, db string, tables map[string]Keyed) (sums map[string][]dump.RowSum, kind string, failed map[string]error) {
	kind = KindMD5
	if _, err := q.Query(ctx, "", "SELECT CRC32C('')"); err == nil {
		kind = KindCRC
	}
	sums, failed = map[string][]dump.RowSum{}, map[string]error{}
	var names []string
	for t := range tables {
		names = append(names, t)
	}
	sort.Strings(names)
	for _, t := range names {
		k := tables[t]
		var rows []dump.RowSum
		err := queryEach(ctx, q, fmt.Sprintf("SELECT %s, %s FROM %s.%s", dbclient.QuoteIdent(k.Key), sumExpr(kind, k.Columns), dbclient.QuoteIdent(db), dbclient.QuoteIdent(t)),
			func(r []string) error {
				if len(r) != 2 {
					return fmt.Errorf("%d columns", len(r))
				}
				key, err1 := strconv.ParseInt(r[0], 10, 64)
				sum, err2 := strconv.ParseUint(r[1], 10, 64)
				if err1 != nil || err2 != nil {
					return fmt.Errorf("%q %q are not a key and a fingerprint", r[0], r[1])
				}
				rows = append(rows, dump.RowSum{Key: key, Sum: sum})
				return nil
			})
		if err != nil {
			failed[t] = err
			continue
		}
		sums[t] = rows
	}
	return sums, kind, failed
}

// Streamer is a Querier that hands rows over one by one (sqlconn.Reader):
// a table's fingerprints are never held as text.
type Streamer interface {
	QueryEach(ctx context.Context, db, sql string, each func(row []string) error) error
}

func queryEach(ctx context.Context, q Querier, sql string, each func(row []string) error) error {
	if st, ok := q.(Streamer); ok {
		return st.QueryEach(ctx, "", sql, each)
	}
	rows, err := q.Query(ctx, "", sql)
	if err != nil {
		return err
	}
	for _, r := range rows {
		if err := each(r); err != nil {
			return err
		}
	}
	return nil
}

// Recorded is what the state holds of one table's rows.
type Recorded struct {
	Rows  []dump.RowSum    // sorted by key, with the rows the last sync deleted (Gone)
	Sums  map[int64]uint64 // the source's rows when last copied (not Gone)
	Moved []int64          // the rows where the backup differs from the live table
}

// ReadRows returns the recorded rows of tables in db.
func ReadRows(ctx context.Context, q Querier, db string, tables []string) (map[string]*Recorded, error) {
	out := map[string]*Recorded{}
	if len(tables) == 0 {
		return out, nil
	}
	if ok, err := current(ctx, q, db); !ok {
		return out, err
	}
	rows, err := q.Query(ctx, "", "SELECT table_name, HEX(sums) FROM "+rowsQualified(db)+" WHERE table_name IN "+dbclient.QuoteList(tables)+" ORDER BY table_name, chunk")
	if err != nil {
		return nil, fmt.Errorf("read the row fingerprints in %s: %w", db, err)
	}
	for _, r := range rows {
		if len(r) != 2 {
			continue
		}
		rec, ok := out[r[0]]
		if !ok {
			rec = &Recorded{Sums: map[int64]uint64{}}
			out[r[0]] = rec
		}
		b, err := hex.DecodeString(r[1])
		var list []dump.RowSum
		if err == nil {
			list, err = dump.UnpackRowSums(b)
		}
		if err != nil {
			return nil, fmt.Errorf("the row fingerprints of %s.%s are damaged (%v): drop %s to start over with a full sync", db, r[0], err, rowsQualified(db))
		}
		rec.Rows = append(rec.Rows, list...)
		for _, x := range list {
			if x.Moved {
				rec.Moved = append(rec.Moved, x.Key)
			}
			if !x.Gone {
				rec.Sums[x.Key] = x.Sum
			}
		}
	}
	return out, nil
}

// Diff compares the source's rows now (cur, sorted by key or not) with the
// recorded ones: the rows new or different (Moved set), and the keys gone.
func Diff(prev map[int64]uint64, cur []dump.RowSum) (changed []dump.RowSum, deleted []int64) {
	seen := make(map[int64]bool, len(cur))
	for _, r := range cur {
		seen[r.Key] = true
		if s, ok := prev[r.Key]; !ok || s != r.Sum {
			changed = append(changed, dump.RowSum{Key: r.Key, Sum: r.Sum, Moved: true})
		}
	}
	for k := range prev {
		if !seen[k] {
			deleted = append(deleted, k)
		}
	}
	sort.Slice(deleted, func(i, j int) bool { return deleted[i] < deleted[j] })
	return changed, deleted
}

// Merge returns the rows to record after a sync that copied rs: all of
// them after a whole copy; after a partial one, the recorded rows with
// this sync's changes, which are now the only moved ones (the backup is
// the table that was live, which the last sync's changes are in).
func Merge(prev []dump.RowSum, rs *dump.RowSums) []dump.RowSum {
	byKey := map[int64]dump.RowSum{}
	if !rs.All {
		for _, r := range prev {
			if !r.Gone {
				r.Moved = false
				byKey[r.Key] = r
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

// rowsPerChunk keeps each stored value near 1 MiB (the server's
// max_allowed_packet is 16 MiB or more).
const rowsPerChunk = 100000

// writeRows appends to b the statements that record table's rows (none:
// the table's recorded rows are dropped).
func writeRows(b *strings.Builder, db, table string, rows []dump.RowSum) {
	t := rowsQualified(db)
	name := dbclient.QuoteString(table)
	b.WriteString("DELETE FROM " + t + " WHERE table_name = " + name + ";\n")
	for i := 0; i < len(rows); i += rowsPerChunk {
		fmt.Fprintf(b, "INSERT INTO %s (table_name, chunk, sums) VALUES (%s, %d, X'%s');\n", t, name, i/rowsPerChunk,
			hex.EncodeToString(dump.PackRowSums(rows[i:min(i+rowsPerChunk, len(rows))])))
	}
}

// Patchable lists the tables of db whose state says their backup (in
// backupDB, which must hold them) is what the last swap put there: the
// tables a row-level restore may patch.
func Patchable(ctx context.Context, q Querier, db, backupDB string) ([]string, error) {
	if ok, err := current(ctx, q, db); !ok {
		return nil, err
	}
	rows, err := q.Query(ctx, "", "SELECT s.table_name FROM "+qualified(db)+" s JOIN information_schema.TABLES b ON b.TABLE_SCHEMA = "+dbclient.QuoteString(backupDB)+
		" AND b.TABLE_NAME = s.table_name WHERE s.backup_sum IS NOT NULL AND s.row_kind <> ''")
	if err != nil {
		return nil, fmt.Errorf("read the sync state of %s: %w", db, err)
	}
	var out []string
	for _, r := range rows {
		out = append(out, r[0])
	}
	return out, nil
}
