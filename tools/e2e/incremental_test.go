//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// syncReport is what an incremental dump said it copied.
type syncReport struct {
	Summary struct {
		Unchanged []string          `json:"unchanged"`
		Copied    map[string]string `json:"copied_because"`
	} `json:"summary"`
}

// dbSync runs dumpdb | rewriteurls | restoredb production → staging,
// incremental or full, and returns what dumpdb reported.
func dbSync(t *testing.T, incremental bool) syncReport {
	t.Helper()
	dir := t.TempDir()
	inc := ""
	if incremental {
		inc = "--incremental-to staging"
	}
	sh(t, fmt.Sprintf(`set -o pipefail; cd %s && ./dumpdb --config %[2]s --env production --out - %[3]s --report %[4]s/dump.json | ./rewriteurls --config %[2]s --from-env production --to-env staging --in - --out - | ./restoredb --config %[2]s --env staging --in -`,
		bin, cfgPath, inc, dir))
	var r syncReport
	data, err := os.ReadFile(filepath.Join(dir, "dump.json"))
	if err != nil || json.Unmarshal(data, &r) != nil {
		t.Fatalf("dumpdb report: %v %s", err, data)
	}
	return r
}

func copied(r syncReport) string {
	var names []string
	for n, why := range r.Summary.Copied {
		names = append(names, n+" ("+why+")")
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// An incremental sync moves only what changed, on either side, and leaves
// staging exactly as a full sync would.
func TestIncrementalResync(t *testing.T) {
	// Whatever a step changes on production is put back at the end.
	defer rootSQL(t, "production", "wordpress", `DELETE FROM wp_options WHERE option_name = 'wpsync_incremental_probe';
		DROP TABLE IF EXISTS wp_incr_tmp;
		ALTER TABLE wp_links DROP COLUMN IF EXISTS link_probe;`)
	defer dbSync(t, false)

	// matchesFull checks staging against a full sync of the same data, then
	// seeds the state again (a full restore clears it).
	matchesFull := func(step string) {
		t.Helper()
		after := checksums(t, "staging")
		dbSync(t, false)
		assertSame(t, step+": incremental vs full sync", after, checksums(t, "staging"))
		if r := dbSync(t, true); len(r.Summary.Unchanged) != 0 {
			t.Fatalf("%s: the state survived a full restore: unchanged %v", step, r.Summary.Unchanged)
		}
	}

	// The first incremental sync copies everything and records the state.
	dbSync(t, false)
	first := dbSync(t, true)
	if len(first.Summary.Unchanged) != 0 || len(first.Summary.Copied) < 10 || first.Summary.Copied["wp_posts"] != "not copied incrementally before" {
		t.Fatalf("seed: unchanged %v, copied %s", first.Summary.Unchanged, copied(first))
	}
	if n := rootSQL(t, "staging", "wordpress", "SELECT COUNT(*) FROM wpsync_state"); n != fmt.Sprint(len(first.Summary.Copied)) {
		t.Errorf("state rows %s, tables %d", n, len(first.Summary.Copied))
	}

	// Nothing changed: nothing is copied, nothing is swapped.
	before := checksums(t, "staging")
	r := dbSync(t, true)
	if len(r.Summary.Copied) != 0 {
		t.Errorf("nothing changed, yet copied: %s", copied(r))
	}
	assertSame(t, "staging after an empty incremental sync", before, checksums(t, "staging"))

	// Rows changed on production: only that table moves.
	rootSQL(t, "production", "wordpress", "INSERT INTO wp_options (option_name, option_value, autoload) VALUES ('wpsync_incremental_probe', 'https://www.example.test/probe', 'no')")
	r = dbSync(t, true)
	if copied(r) != "wp_options (rows changed on the source)" {
		t.Errorf("production row change: copied %s", copied(r))
	}
	if got := rootSQL(t, "staging", "wordpress", "SELECT option_value FROM wp_options WHERE option_name = 'wpsync_incremental_probe'"); got != "https://staging.example.test/probe" {
		t.Errorf("the new row on staging: %q (rewritten?)", got)
	}
	matchesFull("production row change")

	// A row changed on staging (a tester): that table is copied again.
	rootSQL(t, "staging", "wordpress", "UPDATE wp_posts SET post_title = 'changed by a tester' WHERE ID = (SELECT MIN(ID) FROM (SELECT ID FROM wp_posts) x)")
	r = dbSync(t, true)
	if copied(r) != "wp_posts (rows changed on the target)" {
		t.Errorf("staging row change: copied %s", copied(r))
	}
	matchesFull("staging row change")

	// A column added on production: copied.
	rootSQL(t, "production", "wordpress", "ALTER TABLE wp_links ADD COLUMN link_probe INT NULL")
	r = dbSync(t, true)
	if !strings.Contains(copied(r), "wp_links (") {
		t.Errorf("column added: copied %s", copied(r))
	}
	if rootSQL(t, "staging", "", "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA='wordpress' AND TABLE_NAME='wp_links' AND COLUMN_NAME='link_probe'") != "1" {
		t.Error("the new column is not on staging")
	}
	matchesFull("column added")

	// A table created, then dropped on production: created, then dropped on staging.
	rootSQL(t, "production", "wordpress", "CREATE TABLE wp_incr_tmp (id INT PRIMARY KEY, v TEXT) ENGINE=InnoDB; INSERT INTO wp_incr_tmp VALUES (1, 'x')")
	if r = dbSync(t, true); !strings.Contains(copied(r), "wp_incr_tmp (not copied incrementally before)") {
		t.Errorf("new table: copied %s", copied(r))
	}
	rootSQL(t, "production", "wordpress", "DROP TABLE wp_incr_tmp")
	dbSync(t, true)
	if n := rootSQL(t, "staging", "", "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA='wordpress' AND TABLE_NAME='wp_incr_tmp'"); n != "0" {
		t.Error("a table dropped on production is still on staging")
	}
	matchesFull("table dropped")

	// A tester's write between the dump and the restore: refused, staging unchanged.
	f := filepath.Join(t.TempDir(), "inc.sql")
	must(t, "dumpdb", "--config", cfgPath, "--env", "production", "--incremental-to", "staging", "--out", f)
	rootSQL(t, "staging", "wordpress", "UPDATE wp_comments SET comment_content = 'late tester write' LIMIT 1")
	before = checksums(t, "staging")
	res := run(t, nil, nil, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", f)
	if res.code != 3 || !strings.Contains(res.stderr, "table wp_comments changed since the incremental dump was made") {
		t.Errorf("a stale incremental dump: exit %d\n%s", res.code, res.stderr)
	}
	assertSame(t, "staging after a refused incremental restore", before, checksums(t, "staging"))
	assertNoShadow(t)

	// The state is never dumped back, and a rollback removes it.
	m := must(t, "dumpdb", "--config", cfgPath, "--env", "staging", "--out", filepath.Join(t.TempDir(), "s.sql"))
	if strings.Contains(m.stderr, "wpsync_state") {
		t.Errorf("the state was dumped:\n%s", m.stderr)
	}
	dbSync(t, true)
	must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--rollback")
	if n := rootSQL(t, "staging", "", "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA='wordpress' AND TABLE_NAME='wpsync_state'"); n != "0" {
		t.Error("the state survived a rollback")
	}
}

// A big table of which a few rows changed on production is copied row by
// row: its backup on staging is patched into the new table and swapped
// in, and staging ends exactly as after a full sync; a rollback returns
// exactly the previous tables, also after a patch that was cut short.
func TestRowLevelResync(t *testing.T) {
	const probe = "meta_key LIKE 'wpsync\\_probe%'"
	defer rootSQL(t, "production", "wordpress", "DELETE FROM wp_postmeta WHERE "+probe)
	defer dbSync(t, false)
	// 3,000 rows (row-level copies start at 1,000), with URLs to rewrite.
	rootSQL(t, "production", "wordpress", "INSERT INTO wp_postmeta (post_id, meta_key, meta_value) SELECT (SELECT MIN(ID) FROM wp_posts), CONCAT('wpsync_probe_', seq), CONCAT('https://www.example.test/p/', seq) FROM seq_1_to_3000")
	round := 0
	change := func() {
		round++
		rootSQL(t, "production", "wordpress", fmt.Sprintf(`UPDATE wp_postmeta SET meta_value = CONCAT(meta_value, '-%d') WHERE %s AND meta_id %% 100 = %d;
			DELETE FROM wp_postmeta WHERE %s AND meta_id %% 1000 = %d;
			INSERT INTO wp_postmeta (post_id, meta_key, meta_value) SELECT MIN(ID), 'wpsync_probe_null', NULL FROM wp_posts;
			INSERT INTO wp_postmeta (post_id, meta_key, meta_value) SELECT MIN(ID), 'wpsync_probe_serialized', 'a:1:{s:3:"url";s:28:"https://www.example.test/ser";}' FROM wp_posts;
			INSERT INTO wp_postmeta (post_id, meta_key, meta_value) SELECT MIN(ID), '_billing_email', 'customer@probe.test' FROM wp_posts`, round, probe, round, probe, round+500))
	}
	// postmeta's reason, and whether it went row by row.
	postmeta := func(r syncReport) (string, bool) {
		why := r.Summary.Copied["wp_postmeta"]
		return why, strings.Contains(why, "copied row by row")
	}
	// Two syncs after a full one: the first records the rows, the
	// second finds the backup it needs.
	seed := func() {
		dbSync(t, true)
		change()
		if why, rows := postmeta(dbSync(t, true)); rows || why != "rows changed on the source" {
			t.Fatalf("the first change after the seed: wp_postmeta %q, want a whole copy", why)
		}
	}

	dbSync(t, false)
	seed()
	change()
	r := dbSync(t, true)
	if why, rows := postmeta(r); !rows {
		t.Fatalf("a few rows changed: wp_postmeta %q, want row by row", why)
	}
	if got := rootSQL(t, "staging", "wordpress", "SELECT meta_value FROM wp_postmeta WHERE meta_key = 'wpsync_probe_serialized' ORDER BY meta_id DESC LIMIT 1"); got != `a:1:{s:3:"url";s:32:"https://staging.example.test/ser";}` {
		t.Errorf("a serialized row copied row by row: %q", got)
	}
	if got := rootSQL(t, "staging", "wordpress", "SELECT COUNT(*) FROM wp_postmeta WHERE meta_value = 'customer@probe.test'"); got != "0" {
		t.Errorf("hygiene skipped the rows copied row by row: %s e-mail addresses left", got)
	}
	assertNoShadow(t)
	// The state's checksum of the patched table (computed from the rows
	// taken out and put in) is the table's: the next sync goes row by row
	// again, not "rows changed on the target".
	if got, live := rootSQL(t, "staging", "wordpress", "SELECT target_sum FROM wpsync_state WHERE table_name = 'wp_postmeta'"),
		strings.Fields(rootSQL(t, "staging", "wordpress", "CHECKSUM TABLE wp_postmeta"))[1]; got != live {
		t.Errorf("the state says wp_postmeta's checksum is %s, it is %s", got, live)
	}
	change()
	if why, rows := postmeta(dbSync(t, true)); !rows {
		t.Fatalf("a second row-level sync: wp_postmeta %q, want row by row", why)
	}
	// The table's rows are now compared one by one instead of checksummed
	// (it changed last time): nothing changed since, so it stays.
	if why, _ := postmeta(dbSync(t, true)); why != "" {
		t.Errorf("nothing changed after a row-level sync: wp_postmeta copied (%q)", why)
	}
	// A tester's write on staging's copy: copied whole again.
	rootSQL(t, "staging", "wordpress", "UPDATE wp_postmeta SET meta_value = 'tester' WHERE "+probe+" LIMIT 1")
	if why, _ := postmeta(dbSync(t, true)); why != "rows changed on the target" {
		t.Errorf("a tester's write after a row-level sync: wp_postmeta %q", why)
	}
	after := checksums(t, "staging")
	dbSync(t, false)
	assertSame(t, "row-level incremental vs full sync", after, checksums(t, "staging"))

	// Row by row again, then a rollback: exactly the tables before.
	seed()
	change()
	before := checksums(t, "staging")
	if why, rows := postmeta(dbSync(t, true)); !rows {
		t.Fatalf("before the rollback: wp_postmeta %q, want row by row", why)
	}
	must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--rollback")
	assertSame(t, "staging rolled back after a row-level sync", before, checksums(t, "staging"))

	// A patch cut short after its commit, before the swap (as a kill
	// would leave it): the next rollback puts the backup back first.
	dbSync(t, false)
	seed()
	change()
	dbSync(t, true)
	backup := rootSQL(t, "staging", "wordpress_wpsync_prev", "CHECKSUM TABLE wp_postmeta EXTENDED")
	rootSQL(t, "staging", "wordpress_wpsync_prev", `CREATE TABLE wpsync_undo_wp_postmeta LIKE wp_postmeta;
		CREATE TABLE wpsync_keys_wp_postmeta (meta_id BIGINT NOT NULL PRIMARY KEY, from_live TINYINT NOT NULL);
		START TRANSACTION;
		INSERT INTO wpsync_keys_wp_postmeta SELECT meta_id, 0 FROM wp_postmeta WHERE meta_id % 50 = 7;
		INSERT INTO wpsync_keys_wp_postmeta VALUES (99999999, 0);
		INSERT INTO wpsync_undo_wp_postmeta SELECT b.* FROM wp_postmeta b JOIN wpsync_keys_wp_postmeta USING (meta_id);
		DELETE b FROM wp_postmeta b JOIN wpsync_keys_wp_postmeta USING (meta_id);
		INSERT INTO wp_postmeta (meta_id, post_id, meta_key, meta_value) VALUES (99999999, 1, 'wpsync_probe_patched', 'half done');
		COMMIT`)
	if rootSQL(t, "staging", "wordpress_wpsync_prev", "CHECKSUM TABLE wp_postmeta EXTENDED") == backup {
		t.Fatal("the simulated patch did not change the backup")
	}
	rb := must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--rollback")
	if !strings.Contains(rb.stderr, "stopped before its swap") {
		t.Errorf("the rollback did not say it put the backup back:\n%s", rb.stderr)
	}
	if got := rootSQL(t, "staging", "wordpress", "CHECKSUM TABLE wp_postmeta EXTENDED"); strings.Fields(got)[1] != strings.Fields(backup)[1] {
		t.Errorf("rolled back after a cut-short patch: wp_postmeta %s, the backup was %s", got, backup)
	}
	if n := rootSQL(t, "staging", "", "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'wordpress_wpsync_prev' AND TABLE_NAME LIKE 'wpsync\\_undo\\_%'"); n != "0" {
		t.Errorf("%s undo tables left", n)
	}

	// A row-level restore that cannot patch is refused: exit 3, staging
	// and its backup unchanged, no shadow left; the table's state is
	// forgotten, so the next sync copies it whole, as a full sync would.
	refused := func(what, rewriteFlags string, disturb func(), want string) {
		t.Helper()
		dbSync(t, false)
		seed()
		change()
		f := filepath.Join(t.TempDir(), "rows.sql")
		sh(t, fmt.Sprintf(`set -o pipefail; cd %s && ./dumpdb --config %[2]s --env production --incremental-to staging --out - | ./rewriteurls --config %[2]s --from-env production --to-env staging %[4]s --in - --out %[3]s`, bin, cfgPath, f, rewriteFlags))
		disturb()
		before := checksums(t, "staging")
		backup := rootSQL(t, "staging", "wordpress_wpsync_prev", "CHECKSUM TABLE wp_postmeta EXTENDED")
		res := run(t, nil, nil, "restoredb", "--config", cfgPath, "--env", "staging", "--in", f)
		if res.code != 3 || !strings.Contains(res.stderr, want) {
			t.Errorf("%s: exit %d\n%s", what, res.code, res.stderr)
		}
		assertSame(t, "staging after a refused row-level restore ("+what+")", before, checksums(t, "staging"))
		if got := rootSQL(t, "staging", "wordpress_wpsync_prev", "CHECKSUM TABLE wp_postmeta EXTENDED"); got != backup {
			t.Errorf("%s: the backup changed: %s, was %s", what, got, backup)
		}
		assertNoShadow(t)
		if why, _ := postmeta(dbSync(t, true)); why != "not copied incrementally before" {
			t.Errorf("after the refusal (%s): wp_postmeta %q, want a whole copy", what, why)
		}
		after := checksums(t, "staging")
		dbSync(t, false)
		assertSame(t, "whole copy after a refused row-level restore ("+what+") vs full sync", after, checksums(t, "staging"))
	}
	// The rewrite skips other columns than last time: the rows kept on
	// staging were rewritten another way.
	refused("another rewrite", "--skip-columns guid --skip-columns meta_value", func() {},
		"URL rewrites, table prefix or hygiene settings differ")
	// A tester's write on staging's table between the dump and the restore.
	refused("a tester's write", "", func() {
		rootSQL(t, "staging", "wordpress", "UPDATE wp_postmeta SET meta_value = 'a tester was here' WHERE "+probe+" LIMIT 1")
	}, "the live table wp_postmeta changed since the dump was made")
	// The backup edited between the dump and the restore.
	refused("an edited backup", "", func() {
		rootSQL(t, "staging", "wordpress_wpsync_prev", "UPDATE wp_postmeta SET meta_value = 'edited in the backup' WHERE "+probe+" LIMIT 1")
	}, "is not what the last sync left there")
}

// A table whose rows cannot be fingerprinted (here a key above 2^63) is
// copied whole, with a warning, and the rest of the sync goes on.
func TestRowFingerprintsDegradeToWholeCopies(t *testing.T) {
	defer rootSQL(t, "production", "wordpress", "DROP TABLE IF EXISTS wp_probe_bigkey")
	defer dbSync(t, false)
	rootSQL(t, "production", "wordpress", `CREATE TABLE wp_probe_bigkey (id BIGINT UNSIGNED NOT NULL PRIMARY KEY, v TEXT) ENGINE=InnoDB;
		INSERT INTO wp_probe_bigkey SELECT seq, CONCAT('https://www.example.test/', seq) FROM seq_1_to_1200;
		INSERT INTO wp_probe_bigkey VALUES (18446744073709551615, 'https://www.example.test/last')`)
	dbSync(t, false)
	dir := t.TempDir()
	out := sh(t, fmt.Sprintf(`set -o pipefail; cd %s && ./dumpdb --config %[2]s --env production --incremental-to staging --out - --report %[3]s/dump.json 2>%[3]s/dump.log | ./rewriteurls --config %[2]s --from-env production --to-env staging --in - --out - | ./restoredb --config %[2]s --env staging --in - 2>&1; cat %[3]s/dump.log`, bin, cfgPath, dir))
	if !strings.Contains(out, `"table":"wp_probe_bigkey"`) || !strings.Contains(out, "its rows could not be fingerprinted: it is copied whole") {
		t.Errorf("no warning for the table that cannot be fingerprinted:\n%s", out)
	}
	if got := rootSQL(t, "staging", "wordpress", "SELECT v FROM wp_probe_bigkey WHERE id = 18446744073709551615"); got != "https://staging.example.test/last" {
		t.Errorf("the table on staging: %q", got)
	}
	after := checksums(t, "staging")
	dbSync(t, false)
	assertSame(t, "incremental with a table copied whole vs full sync", after, checksums(t, "staging"))
}

// A table copied row by row keeps its triggers: the dump's are created on
// the patched table after the swap, and a rollback brings back the
// previous table's.
func TestRowLevelResyncKeepsTriggers(t *testing.T) {
	const probe = "meta_key LIKE 'wpsync\\_trig%'"
	defer rootSQL(t, "production", "wordpress", "DROP TRIGGER IF EXISTS wp_postmeta_probe; DELETE FROM wp_postmeta WHERE "+probe)
	defer dbSync(t, false)
	rootSQL(t, "production", "wordpress", `INSERT INTO wp_postmeta (post_id, meta_key, meta_value) SELECT (SELECT MIN(ID) FROM wp_posts), CONCAT('wpsync_trig_', seq), CONCAT('https://www.example.test/t/', seq) FROM seq_1_to_3000;
		CREATE TRIGGER wp_postmeta_probe BEFORE INSERT ON wp_postmeta FOR EACH ROW SET NEW.meta_value = IFNULL(NEW.meta_value, '')`)
	round := 0
	change := func() {
		round++
		rootSQL(t, "production", "wordpress", fmt.Sprintf("UPDATE wp_postmeta SET meta_value = CONCAT(meta_value, '-%d') WHERE %s AND meta_id %% 100 = %d", round, probe, round))
	}
	triggers := func(db string) string {
		return rootSQL(t, "staging", "", "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '"+db+"' AND TRIGGER_NAME = 'wp_postmeta_probe'")
	}
	dbSync(t, false)
	dbSync(t, true)
	change()
	dbSync(t, true)
	change()
	before := checksums(t, "staging")
	if why := dbSync(t, true).Summary.Copied["wp_postmeta"]; !strings.Contains(why, "copied row by row") {
		t.Fatalf("wp_postmeta %q, want row by row", why)
	}
	if n := triggers("wordpress"); n != "1" {
		t.Errorf("the trigger on the patched wp_postmeta: %s", n)
	}
	after := checksums(t, "staging")
	must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--rollback")
	assertSame(t, "rolled back after a row-level sync with a trigger", before, checksums(t, "staging"))
	if n := triggers("wordpress"); n != "1" {
		t.Errorf("the trigger after the rollback: %s", n)
	}
	must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--rollback")
	assertSame(t, "the rollback rolled back", after, checksums(t, "staging"))
	dbSync(t, false)
	assertSame(t, "row-level with a trigger vs full sync", after, checksums(t, "staging"))
}
