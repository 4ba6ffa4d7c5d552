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
// there (both while dumpdb still plans: see readAhead), the same URL
// rewrites and hygiene (the recipe) and the same columns. Anything else is
// refused with the table's state forgotten, so the next dump copies it
// whole.

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

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
	// recorded is what the state held of the table's rows before.
	recorded *syncstate.Recorded
	state    syncstate.Row
	// ready: the patch's tables are made (see prepareTables).
	ready *ready
}

// ready is a patch's tables made, with the live rows copied: the live
// table's checksum after the copy, and the table's shape.
type ready struct {
	liveSum int64
	shape   shape
}

// shape is what a patch needs to know of a table.
type shape struct {
	columns   []string // in order
	secondary []string // the indexes besides the primary key
	// inPlace: no unique secondary index and no generated column, so a
	// changed row can be updated in place (INSERT … ON DUPLICATE KEY
	// UPDATE), which leaves the secondary indexes alone where the
	// indexed columns did not change: a quarter to a half of the work of
	// deleting and inserting it again.
	inPlace bool
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
func preparePatches(ctx context.Context, s Session, t Target, p places, m *dump.Manifest, tally *dump.Tally, state map[string]syncstate.Row, ahead func([]string) (*prepared, error), opts Options) ([]*patch, error) {
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
	pre, err := ahead(names)
	if err != nil {
		return nil, err
	}
	for _, pt := range out {
		n := pt.table
		if b, ok := pre.backups[n]; !ok || b != pt.state.BackupSum {
			return nil, refuse("the backup of " + n + " in " + p.backup.String() + " is not what the last sync left there")
		}
		if d := defs[t.DB+"."+n]; d == "" || d != defs[p.backup.db+"."+n] || d != defs[p.shadow.db+"."+p.shadow.prefix+n] {
			return nil, refuse("the columns of " + n + " differ between the live table, its backup and the dump")
		}
	}
	recorded := pre.recorded
	if slices.ContainsFunc(names, func(n string) bool { return recorded[n] == nil }) {
		if recorded, err = syncstate.ReadRows(ctx, s, t.DB, names); err != nil {
			return nil, err
		}
	}
	for _, pt := range out {
		rec := recorded[pt.table]
		if rec == nil {
			return nil, refuse("the sync state has no row fingerprints of " + pt.table)
		}
		pt.moved, pt.recorded = rec.Moved, rec
		// The copy made ahead is of the same moved rows (the state does
		// not change under the lock).
		pt.ready = pre.ready[pt.table]
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

// prepared is what a row-level restore needs from the target besides the
// dump (see readAhead).
type prepared struct {
	backups  map[string]int64               // the backups' checksums
	recorded map[string]*syncstate.Recorded // the state's rows
	// ready: the tables whose patch tables are made (prepareTables).
	ready map[string]*ready
}

// readAhead starts, under the run lock and before the dump arrives, the
// work a row-level restore of the tables the state says may be patched
// needs from the target (the dump says which tables it patches only at
// its end): the state's rows, the backups' checksums (a backup is cold:
// reading it costs about as much as the dump's planning, which it
// overlaps), and the patch's tables, with the live rows the backup
// catches up on copied and the live table's checksum after that
// (prepareTables); only for tables big enough to go row by row. wait
// waits for it and reads any backup checksum of names still missing. The
// work is wasted when the dump copies those tables whole or not at all:
// stop ends it, and drops the patch tables no patch took.
func readAhead(ctx context.Context, s Session, t Target, log zerolog.Logger) (wait func(names []string) (*prepared, error), stop func(used []*patch)) {
	p := databasePlaces(t.DB)
	ahead, cancel := context.WithCancel(ctx)
	pre := &prepared{backups: map[string]int64{}, recorded: map[string]*syncstate.Recorded{}, ready: map[string]*ready{}}
	var backupsErr, liveErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		keys, err := syncstate.Patchable(ahead, s, t.DB, p.backup.db)
		if err != nil {
			backupsErr = err
			return
		}
		var names []string
		for n := range keys {
			names = append(names, n)
		}
		slices.Sort(names)
		if len(names) == 0 {
			return
		}
		if pre.recorded, liveErr = syncstate.ReadRows(ahead, s, t.DB, names); liveErr != nil {
			return
		}
		// A table too small to go row by row is not prepared for it.
		names = slices.DeleteFunc(names, func(n string) bool {
			rec := pre.recorded[n]
			return rec == nil || len(rec.Rows) < syncstate.PartialMinRows
		})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			if sums, err := syncstate.Checksums(ahead, s, p.backup.db, names); err != nil {
				backupsErr = err
			} else {
				pre.backups = sums
			}
		}()
		for _, n := range names {
			r, err := prepareTables(ahead, s, t.DB, p, n, keys[n], pre.recorded[n].Moved)
			if err != nil {
				liveErr = err
				break
			}
			pre.ready[n] = r
		}
		wg.Wait()
	}()
	wait = func(names []string) (*prepared, error) {
		<-done
		for _, err := range []error{backupsErr, liveErr} {
			if err != nil {
				log.Debug().Err(err).Msg("preparing the row-level restore ahead failed: doing it now")
			}
		}
		var missing []string
		for _, n := range names {
			if _, ok := pre.backups[n]; !ok {
				missing = append(missing, n)
			}
		}
		if len(missing) > 0 {
			more, err := syncstate.Checksums(ctx, s, p.backup.db, missing)
			if err != nil {
				return nil, err
			}
			maps.Copy(pre.backups, more)
		}
		return pre, nil
	}
	var once sync.Once
	stop = func(used []*patch) { once.Do(func() { stopAhead(ctx, s, p, pre, cancel, done, used, log) }) }
	return wait, stop
}

// stopAhead ends readAhead's work and drops the patch tables no patch
// took.
func stopAhead(ctx context.Context, s Session, p places, pre *prepared, cancel func(), done chan struct{}, used []*patch, log zerolog.Logger) {
	cancel()
	<-done
	var unused []string
	for n := range pre.ready {
		if !slices.ContainsFunc(used, func(pt *patch) bool { return pt.table == n }) {
			unused = append(unused, n)
		}
	}
	slices.Sort(unused)
	if err := dropPatchTables(context.WithoutCancel(ctx), s, p, unused); err != nil {
		log.Debug().Err(err).Msg("dropping the patch tables made ahead for nothing failed")
	}
}

// prepareTables makes the patch's tables of table in the backup database
// (wpsync_undo_, wpsync_keys_, and wpsync_live_ holding the live rows the
// backup catches up on: the moved rows), then returns the live table's
// checksum: a tester's write before the copy shows in it, so it never
// reaches the new table unnoticed (the patch compares it with the state).
// The undo and live copies have no secondary index: nothing looks them up
// but by the key, and the checksums do not depend on indexes.
func prepareTables(ctx context.Context, s Session, db string, p places, table, key string, moved []int64) (*ready, error) {
	bk, undo, keys, fromLive := p.backup.table(table), qualified(p.backup.db, UndoPrefix+table), qualified(p.backup.db, KeysPrefix+table), qualified(p.backup.db, LivePrefix+table)
	sh, err := tableShape(ctx, s, p.backup.db, table)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "DROP TABLE IF EXISTS %s, %s, %s;\nCREATE TABLE %s LIKE %s;\nCREATE TABLE %s LIKE %s;\nCREATE TABLE %s (%s BIGINT NOT NULL PRIMARY KEY, from_live TINYINT NOT NULL) ENGINE=InnoDB;\n",
		undo, keys, fromLive, undo, bk, fromLive, bk, keys, dbclient.QuoteIdent(key))
	if len(sh.secondary) > 0 {
		var drops []string
		for _, ix := range sh.secondary {
			drops = append(drops, "DROP INDEX "+dbclient.QuoteIdent(ix))
		}
		fmt.Fprintf(&b, "ALTER TABLE %s %s;\nALTER TABLE %s %s;\n", undo, strings.Join(drops, ", "), fromLive, strings.Join(drops, ", "))
	}
	for i := 0; i < len(moved); i += 5000 {
		var list []string
		for _, k := range moved[i:min(i+5000, len(moved))] {
			list = append(list, strconv.FormatInt(k, 10))
		}
		fmt.Fprintf(&b, "INSERT INTO %s SELECT * FROM %s WHERE %s IN (%s);\n", fromLive, qualified(db, table), dbclient.QuoteIdent(key), strings.Join(list, ","))
	}
	if _, err := s.Query(ctx, "", b.String()); err != nil {
		return nil, fmt.Errorf("copy the live rows the backup of %s catches up on: %w", table, err)
	}
	sums, err := syncstate.Checksums(ctx, s, db, []string{table})
	if err != nil {
		return nil, fmt.Errorf("check the live table %s: %w", table, err)
	}
	sum, ok := sums[table]
	if !ok {
		return nil, fmt.Errorf("check the live table %s: no checksum", table)
	}
	return &ready{liveSum: sum, shape: sh}, nil
}

// tableShape reads the columns and secondary indexes of db.table.
func tableShape(ctx context.Context, s Session, db, table string) (shape, error) {
	where := "TABLE_SCHEMA = " + dbclient.QuoteString(db) + " AND TABLE_NAME = " + dbclient.QuoteString(table)
	rows, err := s.Query(ctx, "", "SELECT 'c', COLUMN_NAME, EXTRA LIKE '%GENERATED%', ORDINAL_POSITION FROM information_schema.COLUMNS WHERE "+where+
		" UNION ALL SELECT 'i', INDEX_NAME, MIN(NON_UNIQUE) = 0, 0 FROM information_schema.STATISTICS WHERE "+where+" AND INDEX_NAME <> 'PRIMARY' GROUP BY INDEX_NAME ORDER BY 1, 4, 2")
	if err != nil {
		return shape{}, fmt.Errorf("read the columns and indexes of %s.%s: %w", db, table, err)
	}
	sh := shape{inPlace: true}
	for _, r := range rows {
		if len(r) != 4 {
			continue
		}
		switch r[0] {
		case "c":
			sh.columns = append(sh.columns, r[1])
		case "i":
			sh.secondary = append(sh.secondary, r[1])
		}
		if r[2] == "1" { // a generated column, or a unique index
			sh.inPlace = false
		}
	}
	if len(sh.columns) == 0 {
		return shape{}, fmt.Errorf("read the columns of %s.%s: none", db, table)
	}
	return sh, nil
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
	return syncstate.Pairs(rows), nil
}

// applyPatches turns each partial table's backup into the new table, in
// one transaction with its undo copy, and returns their checksums.
func applyPatches(ctx context.Context, s Session, t Target, p places, patches []*patch, log zerolog.Logger) (map[string]int64, error) {
	if len(patches) == 0 {
		return nil, nil
	}
	var names []string
	for _, pt := range patches {
		names = append(names, pt.table)
	}
	fail := func(what string, err error) (map[string]int64, error) {
		dropPatchTables(context.WithoutCancel(ctx), s, p, names)
		return nil, fmt.Errorf("%s (the live tables did not change): %w", what, err)
	}
	// The live rows the backups catch up on are copied first (most often
	// ahead, by readAhead) and the live table checked after.
	for _, pt := range patches {
		if pt.ready == nil {
			r, err := prepareTables(ctx, s, t.DB, p, pt.table, pt.key, pt.moved)
			if err != nil {
				return fail("prepare the row-level patch", err)
			}
			pt.ready = r
		}
	}
	for _, pt := range patches {
		if pt.ready.liveSum != pt.state.TargetSum {
			dropPatchTables(context.WithoutCancel(ctx), s, p, names)
			return nil, refusePatches(ctx, s, t, names, "the live table "+pt.table+" changed since the dump was made (a write on "+t.Env+" during the sync?)")
		}
	}
	var tx strings.Builder
	tx.WriteString("START TRANSACTION;\n")
	for _, pt := range patches {
		n, key := pt.table, dbclient.QuoteIdent(pt.key)
		bk, undo, keys, fromLive, shadow := p.backup.table(n), qualified(p.backup.db, UndoPrefix+n), qualified(p.backup.db, KeysPrefix+n), qualified(p.backup.db, LivePrefix+n), p.shadow.table(n)
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
		sorted := slices.Sorted(maps.Keys(touched))
		for i := 0; i < len(sorted); i += 5000 {
			var values []string
			for _, k := range sorted[i:min(i+5000, len(sorted))] {
				v := 0
				if touched[k] {
					v = 1
				}
				values = append(values, fmt.Sprintf("(%d,%d)", k, v))
			}
			tx.WriteString("INSERT INTO " + keys + " VALUES " + strings.Join(values, ",") + ";\n")
		}
		// The live copy holds every moved row; the dump's rows replace
		// those it has.
		fmt.Fprintf(&tx, "DELETE l FROM %s l JOIN %s k USING (%s) WHERE k.from_live = 0;\n", fromLive, keys, key)
		fmt.Fprintf(&tx, "INSERT INTO %s SELECT b.* FROM %s b JOIN %s k USING (%s);\n", undo, bk, keys, key)
		if sh := pt.ready.shape; sh.inPlace {
			// Only the rows gone from both go; the others are updated.
			fmt.Fprintf(&tx, "DELETE b FROM %s b JOIN %s k USING (%s) LEFT JOIN %s l USING (%s) LEFT JOIN %s s USING (%s) WHERE l.%s IS NULL AND s.%s IS NULL;\n",
				bk, keys, key, fromLive, key, shadow, key, key, key)
			var set []string
			for _, c := range sh.columns {
				if c != pt.key {
					set = append(set, dbclient.QuoteIdent(c)+" = VALUES("+dbclient.QuoteIdent(c)+")")
				}
			}
			if len(set) == 0 { // the key is the only column
				set = []string{key + " = VALUES(" + key + ")"}
			}
			update := " ON DUPLICATE KEY UPDATE " + strings.Join(set, ", ")
			fmt.Fprintf(&tx, "INSERT INTO %s SELECT * FROM %s%s;\n", bk, fromLive, update)
			fmt.Fprintf(&tx, "INSERT INTO %s SELECT * FROM %s%s;\n", bk, shadow, update)
		} else {
			fmt.Fprintf(&tx, "DELETE b FROM %s b JOIN %s k USING (%s);\n", bk, keys, key)
			fmt.Fprintf(&tx, "INSERT INTO %s SELECT * FROM %s;\n", bk, fromLive)
			fmt.Fprintf(&tx, "INSERT INTO %s SELECT * FROM %s;\n", bk, shadow)
		}
		log.Info().Str("table", n).Int("changed", len(pt.sums.Sums)).Int("deleted", len(pt.sums.Deleted)).Int("caught_up", len(pt.moved)).Msg("patching the backup into the new table (row by row)")
	}
	tx.WriteString("COMMIT")
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
