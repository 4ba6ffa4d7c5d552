package dbrestore

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/wpsync/wpsync/tools/internal/dump"
	"github.com/wpsync/wpsync/tools/internal/syncstate"
)

func TestApplyPatches(t *testing.T) {
	p := databasePlaces("wp")
	fresh := func() *patch {
		return &patch{table: "wp_postmeta", key: "meta_id", moved: []int64{1, 2}, state: syncstate.Row{BackupSum: 100, TargetSum: 55},
			sums: &dump.RowSums{Sums: []dump.RowSum{{Key: 2, Sum: 9}, {Key: 3, Sum: 9}}, Deleted: []int64{4}}}
	}
	liveIs := func(f *fakeDB, sum string) *fakeDB {
		return shaped(f, false).on(lit("CHECKSUM TABLE `wp`.`wp_postmeta`"), [][]string{{"wp.wp_postmeta", sum}}, nil)
	}
	for _, unique := range []bool{false, true} {
		// The new table's checksum: the backup's, minus the rows taken
		// out, plus those put in (mod 2^32).
		f := shaped(newServer(), unique).on(lit("CHECKSUM TABLE `wp`.`wp_postmeta`"), [][]string{{"wp.wp_postmeta", "55"}}, nil).
			on(lit("CHECKSUM TABLE `wp_wpsync_prev`.`wpsync_undo_wp_postmeta`, `wp_wpsync_prev`.`wpsync_live_wp_postmeta`"),
				[][]string{{"wp_wpsync_prev.wpsync_undo_wp_postmeta", "4294967295"}, {"wp_wpsync_prev.wpsync_live_wp_postmeta", "5"}}, nil).
			on(lit("CHECKSUM TABLE `wp_wpsync_shadow`.`wp_postmeta`"), [][]string{{"wp_wpsync_shadow.wp_postmeta", "7"}}, nil)
		sums, err := applyPatches(context.Background(), f, target, p, []*patch{fresh()}, zerolog.Nop())
		if err != nil || sums["wp_postmeta"] != 113 {
			t.Fatalf("sums %v, err %v", sums, err)
		}
		var tx string
		copied, checked, patched := -1, -1, -1
		for i, q := range f.queries {
			switch {
			case strings.HasPrefix(q, "START TRANSACTION"):
				tx, patched = q, i
			case strings.Contains(q, "INSERT INTO `wp_wpsync_prev`.`wpsync_live_wp_postmeta` SELECT * FROM `wp`.`wp_postmeta` WHERE `meta_id` IN (1,2)"):
				copied = i
				// The copies have no secondary index.
				if !strings.Contains(q, "ALTER TABLE `wp_wpsync_prev`.`wpsync_undo_wp_postmeta` DROP INDEX `meta_key`, DROP INDEX `post_id`") {
					t.Errorf("the undo copy keeps its indexes:\n%s", q)
				}
			case q == "CHECKSUM TABLE `wp`.`wp_postmeta`":
				checked = i
			}
		}
		// The live rows the backup catches up on (the moved keys 1 and 2)
		// are copied, then the live table is checked, then the backup
		// patched.
		if copied < 0 || checked < copied || patched < checked {
			t.Errorf("copy %d, check %d, patch %d:\n%s", copied, checked, patched, strings.Join(f.queries, "\n"))
		}
		// Key 1 only moved: taken from the live table; 2 and 3 from the
		// dump (the shadow); 4 deleted. The undo copy comes before any
		// change.
		for _, want := range []string{"(1,1)", "(2,0)", "(3,0)", "(4,0)"} {
			if !strings.Contains(tx, want) {
				t.Errorf("the keys lack %s:\n%s", want, tx)
			}
		}
		// Key 2 is the dump's: its live copy goes before anything uses it.
		dropLive := strings.Index(tx, "DELETE l FROM `wp_wpsync_prev`.`wpsync_live_wp_postmeta` l JOIN `wp_wpsync_prev`.`wpsync_keys_wp_postmeta` k USING (`meta_id`) WHERE k.from_live = 0")
		undo := strings.Index(tx, "INSERT INTO `wp_wpsync_prev`.`wpsync_undo_wp_postmeta` SELECT b.*")
		if dropLive < 0 || dropLive > undo {
			t.Errorf("the dump's keys stay in the live copy:\n%s", tx)
		}
		del := strings.Index(tx, "DELETE b FROM `wp_wpsync_prev`.`wp_postmeta`")
		live := strings.Index(tx, "INSERT INTO `wp_wpsync_prev`.`wp_postmeta` SELECT * FROM `wp_wpsync_prev`.`wpsync_live_wp_postmeta`")
		shadow := strings.Index(tx, "INSERT INTO `wp_wpsync_prev`.`wp_postmeta` SELECT * FROM `wp_wpsync_shadow`.`wp_postmeta`")
		if undo < 0 || del < undo || live < del || shadow < live || !strings.HasSuffix(tx, "COMMIT") {
			t.Errorf("the patch's order: undo %d, delete %d, from live %d, from the shadow %d:\n%s", undo, del, live, shadow, tx)
		}
		// Without a unique secondary index, the rows that stay are
		// updated in place and only those in neither copy deleted.
		inPlace := strings.Count(tx, "ON DUPLICATE KEY UPDATE `post_id` = VALUES(`post_id`), `meta_key` = VALUES(`meta_key`), `meta_value` = VALUES(`meta_value`);") == 2 &&
			strings.Contains(tx, "LEFT JOIN `wp_wpsync_prev`.`wpsync_live_wp_postmeta` l USING (`meta_id`) LEFT JOIN `wp_wpsync_shadow`.`wp_postmeta` s USING (`meta_id`) WHERE l.`meta_id` IS NULL AND s.`meta_id` IS NULL")
		if inPlace == unique {
			t.Errorf("unique index %v, updated in place %v:\n%s", unique, inPlace, tx)
		}
	}

	// Copied ahead (readAhead): not again, and its checksum is the one
	// checked.
	ahead := *fresh()
	ahead.ready = &ready{liveSum: 55, shape: shape{columns: []string{"meta_id", "post_id", "meta_key", "meta_value"}, inPlace: true}}
	f := newServer().on(lit("CHECKSUM TABLE `wp_wpsync_prev`.`wpsync_undo_wp_postmeta`, `wp_wpsync_prev`.`wpsync_live_wp_postmeta`"),
		[][]string{{"wp_wpsync_prev.wpsync_undo_wp_postmeta", "4294967295"}, {"wp_wpsync_prev.wpsync_live_wp_postmeta", "5"}}, nil).
		on(lit("CHECKSUM TABLE `wp_wpsync_shadow`.`wp_postmeta`"), [][]string{{"wp_wpsync_shadow.wp_postmeta", "7"}}, nil)
	if sums, err := applyPatches(context.Background(), f, target, p, []*patch{&ahead}, zerolog.Nop()); err != nil || sums["wp_postmeta"] != 113 ||
		strings.Contains(strings.Join(f.queries, "\n"), "SELECT * FROM `wp`.`wp_postmeta` WHERE") || strings.Contains(strings.Join(f.queries, "\n"), "CHECKSUM TABLE `wp`.`wp_postmeta`") {
		t.Errorf("copied ahead: sums %v, err %v\n%s", sums, err, strings.Join(f.queries, "\n"))
	}
	ahead.ready.liveSum = 56
	if _, err := applyPatches(context.Background(), newServer(), target, p, []*patch{&ahead}, zerolog.Nop()); err == nil || !strings.Contains(err.Error(), "changed since the dump was made") {
		t.Errorf("a write before the copy ahead: %v", err)
	}

	// A write on the live table before the copy: refused before the
	// backup is touched, the patch's tables dropped, the state forgotten.
	f = liveIs(newServer(), "56")
	_, err := applyPatches(context.Background(), f, target, p, []*patch{fresh()}, zerolog.Nop())
	all := strings.Join(f.queries, "\n")
	if err == nil || !strings.Contains(err.Error(), "the live table wp_postmeta changed since the dump was made") || strings.Contains(all, "START TRANSACTION") ||
		!strings.Contains(all, "DROP TABLE IF EXISTS `wp_wpsync_prev`.`wpsync_undo_wp_postmeta`") || !strings.Contains(all, "DELETE FROM `wp`.`wpsync_state` WHERE table_name IN ('wp_postmeta')") {
		t.Errorf("a write before the copy: %v\n%s", err, all)
	}

	// The transaction fails: the backup is put back from its undo table
	// (a no-op when nothing was committed) and the patch's tables dropped.
	f = liveIs(newServer(), "55").on(`^START TRANSACTION;\nINSERT INTO .*wpsync_keys`, nil, errors.New("ERROR 1114 (HY000): The table is full")).
		on(lit("SELECT COLUMN_NAME FROM information_schema.COLUMNS"), [][]string{{"meta_id"}}, nil)
	_, err = applyPatches(context.Background(), f, target, p, []*patch{fresh()}, zerolog.Nop())
	if err == nil || !strings.Contains(err.Error(), "the live tables did not change") {
		t.Fatalf("err %v", err)
	}
	all = strings.Join(f.queries, "\n")
	if !strings.Contains(all, "INSERT INTO `wp_wpsync_prev`.`wp_postmeta` SELECT * FROM `wp_wpsync_prev`.`wpsync_undo_wp_postmeta`") ||
		!strings.Contains(all, "DROP TABLE IF EXISTS `wp_wpsync_prev`.`wpsync_undo_wp_postmeta`, `wp_wpsync_prev`.`wpsync_keys_wp_postmeta`, `wp_wpsync_prev`.`wpsync_live_wp_postmeta`") {
		t.Errorf("no revert after a failed patch:\n%s", all)
	}
}

func TestPreparePatchesRefuses(t *testing.T) {
	m := &dump.Manifest{Env: "production", URL: "https://p", Incremental: &dump.Incremental{To: "staging", TargetSums: map[string]int64{"wp_postmeta": 10},
		Partial: map[string]dump.Partial{"wp_postmeta": {Key: "meta_id", Changed: 1, BackupSum: 20}}}}
	tally := dump.NewTally()
	tally.RowSums = map[string]*dump.RowSums{"wp_postmeta": {Table: "wp_postmeta", Key: "meta_id", Kind: syncstate.KindCRC, Sums: []dump.RowSum{{Key: 1}}}}
	good := syncstate.Row{TargetSum: 10, BackupSum: 20, HasBackup: true, RowKey: "meta_id", RowKind: syncstate.KindCRC, Recipe: Recipe(m, Options{})}
	with := func(change func(*syncstate.Row)) syncstate.Row { r := good; change(&r); return r }
	defs := func() *fakeDB {
		return newServer().on(lit("MD5(GROUP_CONCAT"), [][]string{{"wp.wp_postmeta", "d"}, {"wp_wpsync_prev.wp_postmeta", "d"}, {"wp_wpsync_shadow.wp_postmeta", "d"}}, nil)
	}
	backup := func(sum int64) func([]string) (*prepared, error) {
		return func([]string) (*prepared, error) {
			return &prepared{backups: map[string]int64{"wp_postmeta": sum}}, nil
		}
	}
	tests := []struct {
		name   string
		state  syncstate.Row
		backup int64
		want   string
	}{
		{"no state", syncstate.Row{}, 20, "the sync state no longer describes wp_postmeta"},
		{"other hygiene", with(func(r *syncstate.Row) { r.Recipe = "x" }), 20, "hygiene settings differ"},
		{"another restore since", with(func(r *syncstate.Row) { r.TargetSum = 11 }), 20, "changed since the dump was made"},
		{"backup edited", good, 21, "is not what the last sync left there"},
	}
	for _, tc := range tests {
		f := defs()
		_, err := preparePatches(context.Background(), f, target, databasePlaces("wp"), m, tally, map[string]syncstate.Row{"wp_postmeta": tc.state}, backup(tc.backup), Options{})
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "Make the dump again") {
			t.Errorf("%s: %v", tc.name, err)
		}
		// The table's state is forgotten: the next dump copies it whole.
		if !strings.Contains(strings.Join(f.queries, "\n"), "DELETE FROM `wp`.`wpsync_state` WHERE table_name IN ('wp_postmeta')") {
			t.Errorf("%s: the state was not forgotten", tc.name)
		}
	}
	f := defs().on(lit("HEX(sums) FROM"), [][]string{{"wp_postmeta", "0", "02000000000000000001"}}, nil).on(lit("IFNULL(SUM(COLUMN_NAME = 'row_kind')"), [][]string{{"9", "1"}}, nil)
	pts, err := preparePatches(context.Background(), f, target, databasePlaces("wp"), m, tally, map[string]syncstate.Row{"wp_postmeta": good}, backup(20), Options{})
	if err != nil || len(pts) != 1 || fmt.Sprint(pts[0].moved) != "[1]" {
		t.Errorf("a patch that can go: %v %v", pts, err)
	}
}

// Before the dump arrives, the restore reads the backups' checksums and
// the state's rows and makes the patch tables with the live rows a patch
// takes; tables no patch takes are dropped.
func TestReadAhead(t *testing.T) {
	// 1,000 rows recorded (row 1 moved): big enough to go row by row.
	var rows []dump.RowSum
	for k := int64(1); k <= syncstate.PartialMinRows; k++ {
		rows = append(rows, dump.RowSum{Key: k, Sum: 7, Moved: k == 1})
	}
	recorded := hex.EncodeToString(dump.PackRowSums(rows))
	server := func() *fakeDB {
		return shaped(newServer(), false).on(lit("IFNULL(SUM(COLUMN_NAME = 'row_kind')"), [][]string{{"9", "1"}}, nil).
			on(lit("SELECT s.table_name, s.row_key FROM"), [][]string{{"wp_postmeta", "meta_id"}}, nil).
			on(lit("CHECKSUM TABLE `wp_wpsync_prev`.`wp_postmeta`"), [][]string{{"wp_wpsync_prev.wp_postmeta", "20"}}, nil).
			on(lit("HEX(sums) FROM"), [][]string{{"wp_postmeta", "0", recorded}}, nil).
			on(lit("CHECKSUM TABLE `wp`.`wp_postmeta`"), [][]string{{"wp.wp_postmeta", "55"}}, nil)
	}
	for _, used := range []bool{true, false} {
		f := server()
		wait, stop := readAhead(context.Background(), f, target, zerolog.Nop())
		pre, err := wait([]string{"wp_postmeta"})
		if err != nil || pre.backups["wp_postmeta"] != 20 || pre.ready["wp_postmeta"] == nil || pre.ready["wp_postmeta"].liveSum != 55 || fmt.Sprint(pre.recorded["wp_postmeta"].Moved) != "[1]" {
			t.Fatalf("prepared %+v, err %v", pre, err)
		}
		var patches []*patch
		if used {
			patches = []*patch{{table: "wp_postmeta"}}
		}
		stop(patches)
		all := strings.Join(f.queries, "\n")
		if !strings.Contains(all, "INSERT INTO `wp_wpsync_prev`.`wpsync_live_wp_postmeta` SELECT * FROM `wp`.`wp_postmeta` WHERE `meta_id` IN (1)") {
			t.Errorf("no live copy:\n%s", all)
		}
		if dropped := strings.HasSuffix(all, "DROP TABLE IF EXISTS `wp_wpsync_prev`.`wpsync_undo_wp_postmeta`, `wp_wpsync_prev`.`wpsync_keys_wp_postmeta`, `wp_wpsync_prev`.`wpsync_live_wp_postmeta`"); dropped == used {
			t.Errorf("used %v, dropped %v:\n%s", used, dropped, all)
		}
	}
}

// shaped answers the question for wp_postmeta's columns and indexes, with
// or without a unique secondary index.
func shaped(f *fakeDB, unique bool) *fakeDB {
	u := "0"
	if unique {
		u = "1"
	}
	return f.on(lit("SELECT 'c', COLUMN_NAME"), [][]string{{"c", "meta_id", "0", "1"}, {"c", "post_id", "0", "2"}, {"c", "meta_key", "0", "3"}, {"c", "meta_value", "0", "4"},
		{"i", "meta_key", u, "0"}, {"i", "post_id", "0", "0"}}, nil)
}

// A table too small to go row by row is not prepared ahead.
func TestReadAheadLeavesSmallTables(t *testing.T) {
	f := shaped(newServer(), false).on(lit("IFNULL(SUM(COLUMN_NAME = 'row_kind')"), [][]string{{"9", "1"}}, nil).
		on(lit("SELECT s.table_name, s.row_key FROM"), [][]string{{"wp_postmeta", "meta_id"}}, nil).
		on(lit("HEX(sums) FROM"), [][]string{{"wp_postmeta", "0", "02000000000000000001"}}, nil)
	wait, stop := readAhead(context.Background(), f, target, zerolog.Nop())
	pre, err := wait(nil)
	stop(nil)
	all := strings.Join(f.queries, "\n")
	if err != nil || len(pre.ready) != 0 || strings.Contains(all, "CHECKSUM") || strings.Contains(all, "CREATE TABLE") {
		t.Errorf("prepared %+v, err %v:\n%s", pre, err, all)
	}
}
