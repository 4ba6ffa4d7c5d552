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
