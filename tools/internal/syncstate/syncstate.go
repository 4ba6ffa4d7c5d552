// Package syncstate is what an incremental re-sync knows: per table, the
// source's fingerprint when it was last copied and the target's right
// after, kept in the target database (table wpsync_state: no WordPress
// prefix, so never dumped, never rewritten). dumpdb --incremental-to
// compares them with both sides' current fingerprints and dumps only the
// tables that differ on either side; restoredb writes them.
//
// A fingerprint is CHECKSUM TABLE (the server's CRC over every row, exact
// for any engine; it reads the whole table, which is still a fraction of a
// dump and an import) plus a hash of the table's definition (columns and
// indexes from information_schema), because a column or index change need
// not change the rows' checksum. Nothing cheaper is exact: InnoDB keeps no
// live checksum (MariaDB's CHECKSUM=1 is MyISAM/Aria only), and
// UPDATE_TIME/row counts from information_schema are estimates or lost on
// restart.
//
// For big tables of which only some rows changed, the rows are compared
// one by one (rows.go) and only the changed ones are copied.
//
// Order matters for exactness: the source is fingerprinted before it is
// dumped, so a write in between is in the dump and makes the recorded
// fingerprint stale (the table is copied again next time, never skipped
// wrongly); the target is fingerprinted in the shadow before the swap, so
// nothing a tester does after the swap is recorded as synced.
package syncstate

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/wpsync/wpsync/tools/internal/dbclient"
	"github.com/wpsync/wpsync/tools/internal/dump"
)

// Table is the state table's name in the target database.
const Table = "wpsync_state"

// Querier runs SQL (dbclient.Client, sqlconn.Reader, dbrestore.Session).
type Querier = dump.Querier

// Row is what the state holds of one target table.
type Row struct {
	Source    string // the environment it was copied from
	SourceSum int64  // the source's CHECKSUM TABLE before the dump
	Schema    string // the definition hash at that time
	TargetSum int64  // the target's CHECKSUM TABLE as swapped in
	// For a table whose rows are fingerprinted (rows.go): the backup's
	// CHECKSUM TABLE when the swap moved it there (HasBackup), which a
	// row-level sync checks before it patches the backup; what made the
	// target's rows from the source's (Recipe: URL rewrites, hygiene),
	// and the row key and fingerprint kind.
	BackupSum int64
	HasBackup bool
	Recipe    string
	RowKey    string
	RowKind   string
}

// Checksums runs CHECKSUM TABLE on tables of db; a missing table has none.
func Checksums(ctx context.Context, q Querier, db string, tables []string) (map[string]int64, error) {
	out := map[string]int64{}
	if len(tables) == 0 {
		return out, nil
	}
	var names []string
	for _, t := range tables {
		names = append(names, dbclient.QuoteIdent(db)+"."+dbclient.QuoteIdent(t))
	}
	rows, err := q.Query(ctx, "", "CHECKSUM TABLE "+strings.Join(names, ", "))
	if err != nil {
		return nil, fmt.Errorf("CHECKSUM TABLE in %s: %w", db, err)
	}
	for _, r := range rows {
		if len(r) != 2 || r[1] == "NULL" {
			continue
		}
		n, err := strconv.ParseInt(r[1], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("CHECKSUM TABLE %s: %q is not a number", r[0], r[1])
		}
		out[strings.TrimPrefix(r[0], db+".")] = n
	}
	return out, nil
}

// ChecksumsAtOnce is Checksums in two statements at once, the tables
// split by size: CHECKSUM TABLE reads a table on one core, and one table
// is often most of a WordPress database (wp_posts): measured on the
// bench's 118 MB, 38 ms instead of 63. q must take queries at once
// (sqlconn.Reader, a restore's session).
func ChecksumsAtOnce(ctx context.Context, q Querier, db string, tables []string) (map[string]int64, error) {
	if len(tables) < 2 {
		return Checksums(ctx, q, db, tables)
	}
	rows, err := q.Query(ctx, "", "SELECT TABLE_NAME, IFNULL(DATA_LENGTH, 0) FROM information_schema.TABLES WHERE TABLE_SCHEMA = "+dbclient.QuoteString(db)+" AND TABLE_NAME IN "+dbclient.QuoteList(tables))
	if err != nil {
		return nil, fmt.Errorf("tables in %s: %w", db, err)
	}
	size := map[string]int64{}
	for _, r := range rows {
		if len(r) == 2 {
			size[r[0]], _ = strconv.ParseInt(r[1], 10, 64)
		}
	}
	bySize := slices.Clone(tables)
	slices.SortStableFunc(bySize, func(a, b string) int { return cmp.Compare(size[b], size[a]) })
	var parts [2][]string
	var load [2]int64
	for _, t := range bySize {
		i := 0
		if load[1] < load[0] {
			i = 1
		}
		parts[i], load[i] = append(parts[i], t), load[i]+size[t]
	}
	var sums [2]map[string]int64
	var errs [2]error
	var wg sync.WaitGroup
	for i := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sums[i], errs[i] = Checksums(ctx, q, db, parts[i])
		}()
	}
	wg.Wait()
	if err := cmp.Or(errs[0], errs[1]); err != nil {
		return nil, err
	}
	maps.Copy(sums[0], sums[1])
	return sums[0], nil
}

// TableRows returns, of tables, those that exist in db, with the server's
// estimate of their rows (information_schema.TABLES, InnoDB's statistics:
// enough to bound work, not to count).
func TableRows(ctx context.Context, q Querier, db string, tables []string) (map[string]int64, error) {
	out := map[string]int64{}
	if len(tables) == 0 {
		return out, nil
	}
	rows, err := q.Query(ctx, "", "SELECT TABLE_NAME, IFNULL(TABLE_ROWS, 0) FROM information_schema.TABLES WHERE TABLE_SCHEMA = "+dbclient.QuoteString(db)+" AND TABLE_NAME IN "+dbclient.QuoteList(tables))
	if err != nil {
		return nil, fmt.Errorf("tables in %s: %w", db, err)
	}
	for _, r := range rows {
		if len(r) == 2 {
			n, _ := strconv.ParseInt(r[1], 10, 64)
			out[r[0]] = n
		}
	}
	return out, nil
}

// Pairs maps the first column of two-column rows to the second.
func Pairs(rows [][]string) map[string]string {
	out := map[string]string{}
	for _, r := range rows {
		if len(r) == 2 {
			out[r[0]] = r[1]
		}
	}
	return out
}

// Schemas hashes the definition (columns, then indexes) of db's tables
// with prefix.
func Schemas(ctx context.Context, q Querier, db, prefix string) (map[string]string, error) {
	like := dbclient.QuoteString(dbclient.LikePrefix(prefix))
	schema := dbclient.QuoteString(db)
	rows, err := q.Query(ctx, "", "SET SESSION group_concat_max_len = 16777216;\n"+
		"SELECT t, MD5(GROUP_CONCAT(d ORDER BY k SEPARATOR '\\n')) FROM ("+
		"SELECT TABLE_NAME t, CONCAT('c', LPAD(ORDINAL_POSITION, 5, '0')) k, CONCAT_WS('|', COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, IFNULL(COLUMN_DEFAULT, '-'), EXTRA, IFNULL(COLLATION_NAME, '-')) d "+
		"FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = "+schema+" AND TABLE_NAME LIKE "+like+
		" UNION ALL SELECT TABLE_NAME, CONCAT('i', INDEX_NAME, LPAD(SEQ_IN_INDEX, 5, '0')), CONCAT_WS('|', INDEX_NAME, NON_UNIQUE, COLUMN_NAME, IFNULL(SUB_PART, '-'), INDEX_TYPE) "+
		"FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = "+schema+" AND TABLE_NAME LIKE "+like+
		") x GROUP BY t")
	if err != nil {
		return nil, fmt.Errorf("table definitions in %s: %w", db, err)
	}
	return Pairs(rows), nil
}

// Read returns the state of db's tables copied from source; none when
// there is no state (never synced incrementally, or rolled back).
func Read(ctx context.Context, q Querier, db, source string) (map[string]Row, error) {
	out := map[string]Row{}
	if ok, err := current(ctx, q, db); !ok {
		return out, err // an older wpsync's state is no state
	}
	rows, err := q.Query(ctx, "", "SELECT table_name, source_env, source_sum, schema_md5, target_sum, IFNULL(backup_sum, '-'), recipe, row_key, row_kind FROM "+qualified(db)+" WHERE source_env = "+dbclient.QuoteString(source))
	if err != nil {
		return nil, fmt.Errorf("read the sync state of %s: %w", db, err)
	}
	for _, r := range rows {
		if len(r) != 9 {
			continue
		}
		s, err1 := strconv.ParseInt(r[2], 10, 64)
		t, err2 := strconv.ParseInt(r[4], 10, 64)
		row := Row{Source: r[1], SourceSum: s, Schema: r[3], TargetSum: t, Recipe: r[6], RowKey: r[7], RowKind: r[8]}
		var err3 error
		if r[5] != "-" {
			row.BackupSum, err3 = strconv.ParseInt(r[5], 10, 64)
			row.HasBackup = true
		}
		if err1 != nil || err2 != nil || err3 != nil {
			return nil, fmt.Errorf("the sync state of %s.%s is damaged: drop %s to start over with a full sync", db, r[0], qualified(db))
		}
		out[r[0]] = row
	}
	return out, nil
}

// current tells whether db holds a state table of this wpsync's shape.
func current(ctx context.Context, q Querier, db string) (bool, error) {
	rows, err := q.Query(ctx, "", "SELECT COUNT(*), IFNULL(SUM(COLUMN_NAME = 'row_kind'), 0) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = "+dbclient.QuoteString(db)+" AND TABLE_NAME = "+dbclient.QuoteString(Table))
	if err != nil {
		return false, fmt.Errorf("read the sync state of %s: %w", db, err)
	}
	return len(rows) == 1 && len(rows[0]) == 2 && rows[0][1] != "0", nil
}

// createTables makes the state tables where they are missing; an older
// wpsync's state table (without row_kind) is dropped first: its tables are
// copied whole next time.
func createTables(ctx context.Context, q Querier, db string) (string, error) {
	pre := ""
	if ok, err := current(ctx, q, db); err != nil {
		return "", err
	} else if !ok {
		pre = "DROP TABLE IF EXISTS " + qualified(db) + ", " + rowsQualified(db) + ";\n"
	}
	return pre + "CREATE TABLE IF NOT EXISTS " + qualified(db) + " (table_name VARCHAR(64) NOT NULL PRIMARY KEY, source_env VARCHAR(64) NOT NULL, " +
		"source_sum BIGINT NOT NULL, schema_md5 CHAR(32) NOT NULL, target_sum BIGINT NOT NULL, backup_sum BIGINT NULL, " +
		"recipe CHAR(32) NOT NULL DEFAULT '', row_key VARCHAR(64) NOT NULL DEFAULT '', row_kind VARCHAR(32) NOT NULL DEFAULT '', " +
		"synced TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP) ENGINE=InnoDB;\n" +
		"CREATE TABLE IF NOT EXISTS " + rowsQualified(db) + " (table_name VARCHAR(64) NOT NULL, chunk INT NOT NULL, sums LONGBLOB NOT NULL, " +
		"PRIMARY KEY (table_name, chunk)) ENGINE=InnoDB;\n", nil
}

func qualified(db string) string { return dbclient.QuoteIdent(db) + "." + dbclient.QuoteIdent(Table) }

// Write records rows (by target table), replacing the state of those
// tables and dropping that of tables not in keep (nil keeps none besides
// rows), and their row fingerprints (lists, by target table: see rows.go;
// recorded, where known, is what the state holds of them now: a small
// change is appended): one transaction, so the next sync never reads a
// table's state without its rows' or the other way round.
func Write(ctx context.Context, q Querier, db string, rows map[string]Row, keep []string, lists map[string][]dump.RowSum, recorded map[string]*Recorded) error {
	t := qualified(db)
	create, err := createTables(ctx, q, db)
	if err != nil {
		return fmt.Errorf("write the sync state in %s: %w", db, err)
	}
	var b strings.Builder
	b.WriteString(create + "START TRANSACTION;\n")
	names := append([]string{}, keep...)
	for n := range rows {
		names = append(names, n)
	}
	sort.Strings(names)
	notKept := ""
	if len(names) > 0 {
		notKept = " WHERE table_name NOT IN " + dbclient.QuoteList(names)
	}
	b.WriteString("DELETE FROM " + t + notKept + ";\nDELETE FROM " + rowsQualified(db) + notKept + ";\n")
	for _, n := range names {
		r, ok := rows[n]
		if !ok {
			continue
		}
		backup := "NULL"
		if r.HasBackup {
			backup = strconv.FormatInt(r.BackupSum, 10)
		}
		fmt.Fprintf(&b, "REPLACE INTO %s (table_name, source_env, source_sum, schema_md5, target_sum, backup_sum, recipe, row_key, row_kind) VALUES (%s, %s, %d, %s, %d, %s, %s, %s, %s);\n",
			t, dbclient.QuoteString(n), dbclient.QuoteString(r.Source), r.SourceSum, dbclient.QuoteString(r.Schema), r.TargetSum, backup,
			dbclient.QuoteString(r.Recipe), dbclient.QuoteString(r.RowKey), dbclient.QuoteString(r.RowKind))
		writeRows(&b, db, n, lists[n], recorded[n])
	}
	b.WriteString("COMMIT;\n")
	if _, err := q.Query(ctx, "", b.String()); err != nil {
		return fmt.Errorf("write the sync state in %s: %w", db, err)
	}
	return nil
}

// Forget drops the state of tables (before they are replaced: if what
// follows fails, they are copied again next time, never skipped).
func Forget(ctx context.Context, q Querier, db string, tables []string) error {
	if len(tables) == 0 {
		return nil
	}
	// CREATE first: DELETE on a missing table would fail.
	create, err := createTables(ctx, q, db)
	if err != nil {
		return fmt.Errorf("update the sync state in %s: %w", db, err)
	}
	in := " WHERE table_name IN " + dbclient.QuoteList(tables)
	// The tables' row fingerprints stay: without its state a table's
	// rows are not compared with them, and Write replaces or updates them
	// with the state, in one transaction.
	if _, err := q.Query(ctx, "", create+"DELETE FROM "+qualified(db)+in); err != nil {
		return fmt.Errorf("update the sync state in %s: %w", db, err)
	}
	return nil
}

// Clear removes the state: the next incremental sync copies everything.
func Clear(ctx context.Context, q Querier, db string) error {
	if _, err := q.Query(ctx, "", "DROP TABLE IF EXISTS "+qualified(db)+", "+rowsQualified(db)); err != nil {
		return fmt.Errorf("clear the sync state in %s: %w", db, err)
	}
	return nil
}

// Decision is what an incremental dump does with one source table.
type Decision struct {
	Table  string
	Copy   bool
	Reason string // why it is copied, for the summary
}

// ByRows is the source fingerprint recorded for a table whose source rows
// were compared with the state's one by one instead of by CHECKSUM TABLE
// (rowsChanged in Plan): no CHECKSUM TABLE gives it (they are 32-bit), so
// a sync that checksums the table copies it.
const ByRows = -1

// Plan decides, per source table, whether it is copied: when there is no
// state for it, its rows or definition changed on the source, or it is
// missing or its rows changed on the target. A table in rowsChanged had
// its rows compared one by one (sourceSums has ByRows for it).
func Plan(tables []string, state map[string]Row, sourceSums map[string]int64, rowsChanged map[string]bool, schemas map[string]string, targetSums map[string]int64, target func(string) string) []Decision {
	var out []Decision
	for _, t := range tables {
		st, known := state[target(t)]
		cur, hasTarget := targetSums[target(t)]
		changed, byRows := rowsChanged[t]
		if !byRows {
			changed = sourceSums[t] != st.SourceSum
		}
		d := Decision{Table: t, Copy: true}
		switch {
		case !known:
			d.Reason = "not copied incrementally before"
		case changed:
			d.Reason = "rows changed on the source"
		case schemas[t] != st.Schema:
			d.Reason = "definition changed on the source"
		case !hasTarget:
			d.Reason = "missing on the target"
		case cur != st.TargetSum:
			d.Reason = "rows changed on the target"
		default:
			d.Copy, d.Reason = false, "unchanged"
		}
		out = append(out, d)
	}
	return out
}
