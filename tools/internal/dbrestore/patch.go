package dbrestore

// Row-level restore of a partial table (dump.Incremental.Partial): the dump
// holds only the rows that changed on the source, so the new table is made
// from the old one. Copying the live table into the shadow server-side
// costs as much as importing it, so the new table is made from the table's
// backup instead, which the swap is about to drop anyway: the backup
// differs from the live table only in the rows the last sync changed (the
// state's moved rows), so it becomes the live table by replacing those,
// and the new table by then replacing the changed rows with the shadow's
// and deleting the deleted ones. The same atomic RENAME TABLE as a whole
// copy then moves the live table to the backup and the patched one into
// place, so a rollback still returns exactly the previous table.
//
// The backup is the rollback's, so the patch must never lose it: the rows
// it replaces are copied to an undo table in the same transaction
// (wpsync_undo_<table>, with the keys it touched in wpsync_keys_<table>
// and the live rows it took in wpsync_live_<table>), and the RENAME moves
// them to the trash with the rest. Undo tables still
// in the backup database mean the swap never happened (an error, or a
// killed restore): recoverPatches puts those backups back, before any
// restore or rollback uses them.
//
// A patch needs what the state recorded to still hold under the run lock:
// the live table's checksum as the dump found it (checked after the rows
// the patch takes from it are copied), the backup's as the swap moved it
// there (read while dumpdb still plans: a backup is cold), the same URL
// rewrites and hygiene (the recipe) and the same columns. Anything else is
// refused with the table's state forgotten, so the next dump copies it
// whole.

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/rs/zerolog"

	"github.com/wpsync/wpsync/tools/internal/dbclient"
	"github.com/wpsync/wpsync/tools/internal/dump"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/syncstate"
)

// Names in the backup database while a patch is under way.
const (
	UndoPrefix = "wpsync_undo_"
	KeysPrefix = "wpsync_keys_"
	LivePrefix = "wpsync_live_"
	// patchedPrefix names a patched backup in the shadow database during
	// the RENAME (its own name is taken until the live table moves there).
	patchedPrefix = "wpsync_patched_"
)

// patch is one partial table to patch in.
type patch struct {
	table  string // the target's name
	source string // the dump's
	key    string
	moved  []int64
	sums   *dump.RowSums
	// recorded are the state's rows before this restore.
	recorded []dump.RowSum
	state    syncstate.Row
}

// Recipe fingerprints what turns the source's rows into the target's (the
// URL rewrites with the columns and tables they skipped, a prefix change,
// the target's hygiene): a row-level sync is exact only when it is the
// same as last time.
func Recipe(m *dump.Manifest, opts Options) string {
	b, _ := json.Marshal([]any{m.URL, m.Rewritten, opts.FromPrefix, opts.Recipe})
	h := md5.Sum(b)
	return hex.EncodeToString(h[:])
}

// preparePatches checks, under the run lock, that each partial table of
// the dump can be patched in, and reads what the patch needs. On any
// mismatch the tables' state is forgotten, so the next incremental dump
// copies them whole.
func preparePatches(ctx context.Context, s Session, t Target, p places, m *dump.Manifest, tally *dump.Tally, state map[string]syncstate.Row, backups func([]string) (map[string]int64, error), opts Options) ([]*patch, error) {
	if m == nil || m.Incremental == nil || len(m.Incremental.Partial) == 0 {
		return nil, nil
	}
	mapName := prefixMapper(opts.FromPrefix, t.Prefix)
	recipe := Recipe(m, opts)
	var out []*patch
	var names []string
	for src, part := range m.Incremental.Partial {
		n := mapName(src)
		names = append(names, n)
		pt := &patch{table: n, source: src, key: part.Key, sums: tally.RowSums[src]}
		pt.state = state[n]
		out = append(out, pt)
	}
	slices.Sort(names)
	slices.SortFunc(out, func(a, b *patch) int { return strings.Compare(a.table, b.table) })
	refuse := func(why string) error { return refusePatches(ctx, s, t, names, why) }
	if p.backup.prefix != "" {
		return nil, refuse("the backup is kept as prefixed tables (the user may not create databases), which a row-level restore does not patch")
	}
	for _, pt := range out {
		st := pt.state
		switch {
		case pt.sums == nil || pt.sums.All:
			return nil, fmt.Errorf("refused: the incremental dump's row fingerprints of %s are missing; nothing was changed on %s", pt.table, t.Env)
		case !st.HasBackup || st.RowKey != pt.key || st.RowKind != pt.sums.Kind:
			return nil, refuse("the sync state no longer describes " + pt.table + " (a rollback or another restore since the dump?)")
		case st.Recipe != recipe:
			return nil, refuse("its URL rewrites, table prefix or hygiene settings differ from the last sync's")
		case st.TargetSum != m.Incremental.TargetSums[pt.source] || st.BackupSum != m.Incremental.Partial[pt.source].BackupSum:
			return nil, refuse("the sync state of " + pt.table + " changed since the dump was made (another restore?)")
		}
	}
	defs, err := definitions(ctx, s, []place{{db: t.DB}, p.backup, p.shadow}, names)
	if err != nil {
		return nil, err
	}
	backup, err := backups(names)
	if err != nil {
		return nil, err
	}
	for _, pt := range out {
		n := pt.table
		if b, ok := backup[n]; !ok || b != pt.state.BackupSum {
			return nil, refuse("the backup of " + n + " in " + p.backup.String() + " is not what the last sync left there")
		}
		if d := defs[t.DB+"."+n]; d == "" || d != defs[p.backup.db+"."+n] || d != defs[p.shadow.db+"."+p.shadow.prefix+n] {
			return nil, refuse("the columns of " + n + " differ between the live table, its backup and the dump")
		}
	}
	recorded, err := syncstate.ReadRows(ctx, s, t.DB, names)
	if err != nil {
		return nil, err
	}
	for _, pt := range out {
		rec := recorded[pt.table]
		if rec == nil {
			return nil, refuse("the sync state has no row fingerprints of " + pt.table)
		}
		pt.moved, pt.recorded = rec.Moved, rec.Rows
	}
	return out, nil
}

// refusePatches forgets the sync state of names, so the next incremental
// dump copies them whole, and says why this one cannot be restored.
func refusePatches(ctx context.Context, s Session, t Target, names []string, why string) error {
	if err := syncstate.Forget(context.WithoutCancel(ctx), s, t.DB, names); err != nil {
		return err
	}
	return exit.Refusedf("the incremental dump holds only the changed rows of %s, and %s: nothing was changed on %s. Make the dump again (dumpdb --incremental-to %s): it copies these tables whole", strings.Join(names, ", "), why, t.Env, t.Env)
}

// readBackups starts reading, under the run lock and before the dump
// arrives, the checksums of the backups a row-level restore may patch (a
// backup is cold: reading it costs about as much as the dump's planning,
// which it overlaps); the function returned waits for them and reads any
// other of names. The reading is wasted when the dump copies those tables
// whole or not at all: stop ends it (the restore must not wait for it).
func readBackups(ctx context.Context, s Session, t Target, log zerolog.Logger) (wait func(names []string) (map[string]int64, error), stop func()) {
	p := databasePlaces(t.DB)
	ahead, stop := context.WithCancel(ctx)
	type result struct {
		sums map[string]int64
		err  error
	}
	ch := make(chan result, 1)
	go func() {
		names, err := syncstate.Patchable(ahead, s, t.DB, p.backup.db)
		if err != nil || len(names) == 0 {
			ch <- result{nil, err}
			return
		}
		sums, err := syncstate.Checksums(ahead, s, p.backup.db, names)
		ch <- result{sums, err}
	}()
	return func(names []string) (map[string]int64, error) {
		r := <-ch
		if r.err != nil {
			log.Debug().Err(r.err).Msg("reading the backups' checksums ahead failed: reading them now")
		}
		var missing []string
		for _, n := range names {
			if _, ok := r.sums[n]; !ok {
				missing = append(missing, n)
			}
		}
		if len(missing) == 0 {
			return r.sums, nil
		}
		more, err := syncstate.Checksums(ctx, s, p.backup.db, missing)
		if err != nil {
			return nil, err
		}
		out := map[string]int64{}
		for _, m := range []map[string]int64{r.sums, more} {
			for k, v := range m {
				out[k] = v
			}
		}
		return out, nil
	}, stop
}

// definitions hashes the columns of tables at each place, by db.table.
func definitions(ctx context.Context, s Session, at []place, names []string) (map[string]string, error) {
	var match []string
	for _, pl := range at {
		for _, n := range names {
			match = append(match, "(TABLE_SCHEMA = "+dbclient.QuoteString(pl.db)+" AND TABLE_NAME = "+dbclient.QuoteString(pl.prefix+n)+")")
		}
	}
	rows, err := s.Query(ctx, "", "SET SESSION group_concat_max_len = 16777216;\n"+
		"SELECT CONCAT(TABLE_SCHEMA, '.', TABLE_NAME), MD5(GROUP_CONCAT(CONCAT_WS('|', COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE) ORDER BY ORDINAL_POSITION SEPARATOR '\\n')) "+
		"FROM information_schema.COLUMNS WHERE "+strings.Join(match, " OR ")+" GROUP BY TABLE_SCHEMA, TABLE_NAME")
	if err != nil {
		return nil, fmt.Errorf("compare the columns of %s: %w", strings.Join(names, ", "), err)
	}
	out := map[string]string{}
	for _, r := range rows {
		if len(r) == 2 {
			out[r[0]] = r[1]
		}
	}
	return out, nil
}

// applyPatches turns each partial table's backup into the new table, in
// one transaction with its undo copy, and returns their checksums.
func applyPatches(ctx context.Context, s Session, t Target, p places, patches []*patch, log zerolog.Logger) (map[string]int64, error) {
	if len(patches) == 0 {
		return nil, nil
	}
	var ddl, copyLive, tx strings.Builder
	tx.WriteString("START TRANSACTION;\n")
	var names []string
	for _, pt := range patches {
		n, key := pt.table, dbclient.QuoteIdent(pt.key)
		names = append(names, n)
		bk, undo, keys, fromLive := p.backup.table(n), qualified(p.backup.db, UndoPrefix+n), qualified(p.backup.db, KeysPrefix+n), qualified(p.backup.db, LivePrefix+n)
		fmt.Fprintf(&ddl, "DROP TABLE IF EXISTS %s, %s, %s;\nCREATE TABLE %s LIKE %s;\nCREATE TABLE %s LIKE %s;\nCREATE TABLE %s (%s BIGINT NOT NULL PRIMARY KEY, from_live TINYINT NOT NULL) ENGINE=InnoDB;\n",
			undo, keys, fromLive, undo, bk, fromLive, bk, keys, key)
		// The keys touched: the rows the last sync changed (taken from
		// the live table unless the dump has them) and this sync's.
		touched := map[int64]bool{}
		for _, k := range pt.moved {
			touched[k] = true
		}
		for _, r := range pt.sums.Sums {
			touched[r.Key] = false
		}
		for _, k := range pt.sums.Deleted {
			touched[k] = false
		}
		var values, live []string
		flush := func(force bool) {
			if len(values) > 0 && (force || len(values) == 5000) {
				tx.WriteString("INSERT INTO " + keys + " VALUES " + strings.Join(values, ",") + ";\n")
				values = values[:0]
			}
			if len(live) > 0 && (force || len(live) == 5000) {
				fmt.Fprintf(&copyLive, "INSERT INTO %s SELECT * FROM %s WHERE %s IN (%s);\n", fromLive, qualified(t.DB, n), key, strings.Join(live, ","))
				live = live[:0]
			}
		}
		for k, fromLive := range touched {
			v := 0
			if fromLive {
				v = 1
				live = append(live, fmt.Sprint(k))
			}
			values = append(values, fmt.Sprintf("(%d,%d)", k, v))
			flush(false)
		}
		flush(true)
		fmt.Fprintf(&tx, "INSERT INTO %s SELECT b.* FROM %s b JOIN %s k USING (%s);\n", undo, bk, keys, key)
		fmt.Fprintf(&tx, "DELETE b FROM %s b JOIN %s k USING (%s);\n", bk, keys, key)
		fmt.Fprintf(&tx, "INSERT INTO %s SELECT * FROM %s;\n", bk, fromLive)
		fmt.Fprintf(&tx, "INSERT INTO %s SELECT * FROM %s;\n", bk, p.shadow.table(n))
		log.Info().Str("table", n).Int("changed", len(pt.sums.Sums)).Int("deleted", len(pt.sums.Deleted)).Int("caught_up", len(pt.moved)).Msg("patching the backup into the new table (row by row)")
	}
	tx.WriteString("COMMIT")
	fail := func(what string, err error) (map[string]int64, error) {
		dropPatchTables(context.WithoutCancel(ctx), s, p, names)
		return nil, fmt.Errorf("%s (the live tables did not change): %w", what, err)
	}
	if _, err := s.Query(ctx, "", ddl.String()); err != nil {
		return fail("prepare the row-level patch", err)
	}
	// The live table's rows the backup catches up on are copied first and
	// the live table checked after: a tester's write before the copy
	// shows in the checksum, so it never reaches the new table unnoticed.
	if copyLive.Len() > 0 {
		if _, err := s.Query(ctx, "", copyLive.String()); err != nil {
			return fail("copy the live rows the backups catch up on", err)
		}
	}
	liveSums, err := syncstate.Checksums(ctx, s, t.DB, names)
	if err != nil {
		return fail("check the live tables", err)
	}
	for _, pt := range patches {
		if l, ok := liveSums[pt.table]; !ok || l != pt.state.TargetSum {
			dropPatchTables(context.WithoutCancel(ctx), s, p, names)
			return nil, refusePatches(ctx, s, t, names, "the live table "+pt.table+" changed since the dump was made (a write on "+t.Env+" during the sync?)")
		}
	}
	// One Query is one session: an error or a kill before COMMIT leaves
	// the backups as they were (the server rolls the transaction back).
	if _, err := s.Query(ctx, p.backup.db, tx.String()); err != nil {
		if rerr := revertPatches(context.WithoutCancel(ctx), s, p, names); rerr != nil {
			return nil, fmt.Errorf("patch the backups of %s (the live tables did not change): %w; putting the backups back failed too (%v): the next restore or rollback tries again", strings.Join(names, ", "), err, rerr)
		}
		return nil, fmt.Errorf("patch the backups of %s (the live tables did not change): %w", strings.Join(names, ", "), err)
	}
	// CHECKSUM TABLE is the sum of the rows' checksums (mod 2^32), so the
	// new table's is the backup's minus the rows taken out plus the rows
	// put in, all in small tables: no read of the whole table. A wrong
	// sum could only make the next sync copy the table whole ("rows
	// changed on the target").
	var small []string
	for _, n := range names {
		small = append(small, UndoPrefix+n, LivePrefix+n)
	}
	sums, err := syncstate.Checksums(ctx, s, p.backup.db, small)
	var shadow map[string]int64
	if err == nil {
		shadow, err = syncstate.Checksums(ctx, s, p.shadow.db, prefixed(p.shadow.prefix, names))
	}
	if err != nil {
		if rerr := revertPatches(context.WithoutCancel(ctx), s, p, names); rerr != nil {
			return nil, fmt.Errorf("fingerprint the patched tables (the live tables did not change): %w; putting the backups back failed too (%v): the next restore or rollback tries again", err, rerr)
		}
		return nil, fmt.Errorf("fingerprint the patched tables (the live tables did not change): %w", err)
	}
	out := map[string]int64{}
	for _, pt := range patches {
		n := pt.table
		out[n] = (pt.state.BackupSum - sums[UndoPrefix+n] + sums[LivePrefix+n] + shadow[p.shadow.prefix+n]) & 0xffffffff
	}
	return out, nil
}

// revertPatches puts the patched backups of names back from their undo
// tables (a no-op for a patch that was never committed) and drops those.
func revertPatches(ctx context.Context, s Session, p places, names []string) error {
	for _, n := range names {
		keys := qualified(p.backup.db, KeysPrefix+n)
		rows, err := s.Query(ctx, "", "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = "+dbclient.QuoteString(p.backup.db)+
			" AND TABLE_NAME = "+dbclient.QuoteString(KeysPrefix+n)+" AND ORDINAL_POSITION = 1")
		if err != nil {
			return err
		}
		if len(rows) == 1 && len(rows[0]) == 1 {
			key := dbclient.QuoteIdent(rows[0][0])
			bk := p.backup.table(n)
			// (A multi-table DELETE with aliases needs a default database.)
			if _, err := s.Query(ctx, p.backup.db, fmt.Sprintf("START TRANSACTION;\nDELETE b FROM %s b JOIN %s k USING (%s);\nINSERT INTO %s SELECT * FROM %s;\nCOMMIT",
				bk, keys, key, bk, qualified(p.backup.db, UndoPrefix+n))); err != nil {
				return fmt.Errorf("put the backup of %s back from %s: %w", n, qualified(p.backup.db, UndoPrefix+n), err)
			}
		}
	}
	return dropPatchTables(ctx, s, p, names)
}

func dropPatchTables(ctx context.Context, s Session, p places, names []string) error {
	var drop []string
	for _, n := range names {
		drop = append(drop, qualified(p.backup.db, UndoPrefix+n), qualified(p.backup.db, KeysPrefix+n), qualified(p.backup.db, LivePrefix+n))
	}
	if len(drop) == 0 {
		return nil
	}
	_, err := s.Query(ctx, "", "DROP TABLE IF EXISTS "+strings.Join(drop, ", "))
	return err
}

// recoverPatches finds patches whose swap never happened (undo tables in
// the backup database) and puts those backups back.
func recoverPatches(ctx context.Context, s Session, t Target, log zerolog.Logger) error {
	p := databasePlaces(t.DB)
	undo, err := tablesIn(ctx, s, p.backup.db, UndoPrefix)
	if err != nil || len(undo) == 0 {
		return err
	}
	var names []string
	for _, u := range undo {
		names = append(names, strings.TrimPrefix(u, UndoPrefix))
	}
	log.Warn().Strs("tables", names).Msg("an earlier row-level restore stopped before its swap: putting the backups it patched back")
	if err := revertPatches(context.WithoutCancel(ctx), s, p, names); err != nil {
		return fmt.Errorf("an earlier row-level restore stopped before its swap, and its backups could not be put back: %w; nothing was changed: retry, or drop %s to give up that backup", err, p.backup)
	}
	return nil
}

// isPatchTable tells the patch's own tables in the backup database.
func isPatchTable(name string) bool {
	return strings.HasPrefix(name, UndoPrefix) || strings.HasPrefix(name, KeysPrefix) || strings.HasPrefix(name, LivePrefix)
}
