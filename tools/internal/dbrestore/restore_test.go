package dbrestore

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/wpsync/wpsync/tools/internal/dump"
	"github.com/wpsync/wpsync/tools/internal/exit"
)

const swapSQL = "RENAME TABLE `wp_wpsync_prev`.`wp_old` TO `wp_wpsync_trash`.`wp_old`, " +
	"`wp`.`wp_options` TO `wp_wpsync_prev`.`wp_options`, `wp`.`wp_posts` TO `wp_wpsync_prev`.`wp_posts`, " +
	"`wp_wpsync_shadow`.`wp_options` TO `wp`.`wp_options`, `wp_wpsync_shadow`.`wp_posts` TO `wp`.`wp_posts`"

func TestRestoreSwapsTheVerifiedShadowInOneRename(t *testing.T) {
	f := newServer()
	f.on("TABLE_SCHEMA = 'wp_wpsync_prev'", [][]string{{"wp_old"}}, nil)
	res, err := restore(f, sealedDump(t, manifest(), body), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Sealed || res.Rows != 3 || len(res.Tables) != 2 || res.Backup != "database wp_wpsync_prev" {
		t.Errorf("result %+v", res)
	}
	if f.importDB != "wp_wpsync_shadow" {
		t.Errorf("imported into %q, want the shadow database", f.importDB)
	}
	// The statements reach the client as the dump has them.
	if !strings.Contains(f.imported.String(), "INSERT INTO `wp_options` VALUES (1,'siteurl','https://staging.example'),(2,'blog_public','1');") {
		t.Errorf("import stream:\n%s", f.imported.String())
	}
	if !f.ran("^" + swapSQL + "$") {
		t.Errorf("no swap %q among\n%s", swapSQL, strings.Join(f.queries, "\n"))
	}
	// After the swap: the shadow and the trash go, the lock is released.
	if !f.ran("DROP DATABASE IF EXISTS `wp_wpsync_shadow`$") || !f.ran("DROP DATABASE IF EXISTS `wp_wpsync_trash`$") || !f.released {
		t.Errorf("after the swap:\n%s", strings.Join(f.queries, "\n"))
	}
}

// A failure at each stage before the swap leaves the live tables as they
// were (no RENAME sent), drops the shadow, releases the lock and says why.
func TestAFailureBeforeTheSwapChangesNothing(t *testing.T) {
	sealed := func(t *testing.T) []byte { return sealedDump(t, manifest(), body) }
	cases := []struct {
		name  string
		setup func(*fakeDB)
		in    func(*testing.T) []byte
		want  string
		code  int
	}{
		{"server unreachable", func(f *fakeDB) { f.on("SCHEMATA", nil, errServer) }, sealed, "pre-flight: staging database: ERROR 2013", 0},
		{"database missing", func(f *fakeDB) { f.on("SCHEMATA", [][]string{{"collation", "utf8mb4_bin"}}, nil) }, sealed, "database wp does not exist on staging", 0},
		{"shadow not created", func(f *fakeDB) { f.on("CREATE DATABASE `wp_wpsync_shadow`", nil, errServer) }, sealed, "cannot create the shadow database wp_wpsync_shadow", 0},
		{"client fails", func(f *fakeDB) { f.importErr = errServer }, sealed, "import into the shadow database failed: staging database: ERROR 2013", 0},
		{"packet too large", func(f *fakeDB) {
			f.importErr = errors.New("ERROR 2020 (HY000): Got packet bigger than 'max_allowed_packet' bytes")
		}, sealed, "larger than the server's max_allowed_packet (64 MiB)", 0},
		{"cut mid-statement", nil, func(t *testing.T) []byte { return []byte(body[:len(body)-20]) }, "the dump ends in the middle of a statement", 0},
		{"cut between statements", nil, func(t *testing.T) []byte { return []byte(body) }, "refused: the dump has no wpsync seal (the sha256 trailer line): it is cut short", 0},
		{"cut before the seal", nil, func(t *testing.T) []byte { b := sealed(t); return b[:strings.LastIndex(string(b), "-- wpsync-sha256")] }, "has no seal at its end: it is cut short", 0},
		{"altered", nil, func(t *testing.T) []byte { return []byte(strings.Replace(string(sealed(t)), "Hello", "Hallo", 1)) }, "does not match its seal", 0},
		{"row missing in the shadow", func(f *fakeDB) {
			f.on(`SELECT 'count'`, [][]string{{"count", "wp_options", "2"}, {"count", "wp_posts", "0"}}, nil)
		}, sealed, "table wp_posts has 0 rows after the import, the dump says 1", 0},
		{"manifest disagrees", nil, func(t *testing.T) []byte {
			m := manifest()
			m.Tables = m.Tables[:1]
			return sealedDump(t, m, body)
		}, "the manifest lists 1 tables, the dump created 2", 0},
		{"other prefix", nil, func(t *testing.T) []byte {
			m := manifest()
			m.Prefix = "wpx_"
			return sealedDump(t, m, body)
		}, `the dump's tables have the prefix "wpx_"`, exit.Usage},
		{"no table of the prefix", nil, func(t *testing.T) []byte {
			return sealedDump(t, nil, strings.ReplaceAll(body, "`wp_", "`blog_"))
		}, `the dump has no table with the prefix "wp_"`, exit.Usage},
		{"a database switch", nil, func(t *testing.T) []byte { return sealedDump(t, manifest(), "USE `production`;\n"+body) }, "import refused: the dump selects or creates a database", 0},
		{"count fails", func(f *fakeDB) { f.on(`SELECT 'count'`, nil, errServer) }, sealed, "verify: staging database", 0},
		{"option edit fails", func(f *fakeDB) { f.on("SELECT option_name", nil, errServer) }, sealed, "edit the shadow's options (the live tables did not change)", 0},
		{"backup not created", func(f *fakeDB) { f.on("CREATE DATABASE IF NOT EXISTS `wp_wpsync_prev`", nil, errServer) }, sealed, "prepare the backup database wp_wpsync_prev (the live tables did not change)", 0},
		{"trash not prepared", func(f *fakeDB) { f.on("CREATE DATABASE `wp_wpsync_trash`", nil, errServer) }, sealed, "prepare the swap (the live tables did not change)", 0},
		{"triggers unreadable", func(f *fakeDB) { f.on("information_schema.TRIGGERS", nil, errServer) }, sealed, "read the live tables' triggers", 0},
	}
	for _, c := range cases {
		for _, jobs := range []int{1, 3} {
			t.Run(fmt.Sprintf("%s/jobs=%d", c.name, jobs), func(t *testing.T) {
				f := newServer()
				if c.setup != nil {
					c.setup(f)
				}
				opts := Options{Jobs: jobs, Edits: map[string]func([]byte) ([]byte, string, bool){
					"blog_public": func([]byte) ([]byte, string, bool) { return []byte("0"), "blog_public = 0", true },
				}}
				_, err := restore(f, c.in(t), opts)
				contains(t, err, c.want)
				if c.code != 0 && exit.CodeOf(err) != c.code {
					t.Errorf("exit code %d, want %d", exit.CodeOf(err), c.code)
				}
				if f.ran("RENAME TABLE") {
					t.Errorf("a RENAME was sent:\n%s", strings.Join(f.queries, "\n"))
				}
				if f.locked && (!f.released || !f.ran("DROP DATABASE IF EXISTS `wp_wpsync_shadow`")) {
					t.Errorf("shadow not dropped or lock kept:\n%s", strings.Join(f.queries, "\n"))
				}
			})
		}
	}
}

func TestALockHeldElsewhereStopsBeforeTheShadow(t *testing.T) {
	f := newServer()
	f.lockErr = errors.New("staging database: another wpsync run holds the lock")
	_, err := restore(f, sealedDump(t, manifest(), body), Options{})
	contains(t, err, "another wpsync run holds the lock")
	if f.ran("CREATE DATABASE") || f.imported.Len() > 0 {
		t.Errorf("went on without the lock:\n%s", strings.Join(f.queries, "\n"))
	}
}

// A failed RENAME moved nothing: the live tables' triggers, dropped in
// the same call, come back, and the empty trash goes.
func TestAFailedSwapPutsTheTriggersBack(t *testing.T) {
	f := newServer()
	f.on("information_schema.TRIGGERS", [][]string{{"wp_tr", "wp_posts", "BEFORE", "INSERT", "534554204E45572E49443D31"}}, nil)
	f.on("RENAME TABLE", nil, errServer)
	_, err := restore(f, sealedDump(t, manifest(), body), Options{})
	contains(t, err, "swap (one atomic RENAME TABLE; the live tables and the previous backup did not change)")
	if !f.ran("(?s)^DROP TRIGGER `wp`.`wp_tr`;\nRENAME TABLE") {
		t.Errorf("the live triggers were not dropped with the swap:\n%s", strings.Join(f.queries, "\n"))
	}
	if !f.ran("(?s)USE `wp`;.*CREATE TRIGGER `wp_tr` BEFORE INSERT ON `wp_posts` FOR EACH ROW SET NEW.ID=1;;") {
		t.Errorf("the live triggers were not put back:\n%s", strings.Join(f.queries, "\n"))
	}
	if !f.ran("DROP DATABASE IF EXISTS `wp_wpsync_trash`$") || !f.ran("DROP DATABASE IF EXISTS `wp_wpsync_shadow`$") {
		t.Errorf("trash or shadow left:\n%s", strings.Join(f.queries, "\n"))
	}

	// When they cannot be put back, the message names them.
	f = newServer()
	f.on("information_schema.TRIGGERS", [][]string{{"wp_tr", "wp_posts", "BEFORE", "INSERT", "534554204E45572E49443D31"}}, nil)
	f.on("RENAME TABLE", nil, errServer)
	f.on("CREATE TRIGGER", nil, errServer)
	_, err = restore(f, sealedDump(t, manifest(), body), Options{})
	contains(t, err, "recreate trigger wp_tr by hand")
}

// After the swap the dump's views and triggers are created on the live
// tables; when that fails, the message points to the rollback.
func TestViewsAndTriggersComeAfterTheSwap(t *testing.T) {
	trigger := "DELIMITER ;;\n/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `wp_tr` BEFORE INSERT ON `wp_posts` FOR EACH ROW SET NEW.ID=1 */;;\nDELIMITER ;\n"
	in := sealedDump(t, manifest(), body+trigger)
	f := newServer()
	res, err := restore(f, in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(f.imported.String(), "TRIGGER") {
		t.Errorf("the trigger went into the shadow:\n%s", f.imported.String())
	}
	if len(res.Objects) != 1 || res.Objects[0] != "trigger wp_tr" || !f.ran("CREATE\\*/ /\\*!50003 TRIGGER `wp_tr`") || f.ran("DEFINER") {
		t.Errorf("objects %v, queries:\n%s", res.Objects, strings.Join(f.queries, "\n"))
	}

	f = newServer()
	f.on("TRIGGER `wp_tr` BEFORE", nil, errServer)
	_, err = restore(f, in, Options{})
	contains(t, err, "the tables were swapped in, but creating the dump's views and triggers (trigger wp_tr) failed")
	contains(t, err, "restoredb --rollback returns to them")
}

// Without CREATE DATABASE the shadow and backup are prefixed tables in
// the target database: decided by the server's error number.
func TestNoCreateDatabaseMeansPrefixedTables(t *testing.T) {
	f := newServer()
	f.on("CREATE DATABASE `wp_wpsync_shadow`", nil, denied())
	f.on(lit(`TABLE_NAME LIKE 'wpsync\\_old\\_%'`), [][]string{{"wpsync_old_wp_options"}}, nil)
	res, err := restore(f, sealedDump(t, manifest(), body), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f.importDB != "wp" || !strings.Contains(f.imported.String(), "INSERT INTO `wpsync_new_wp_options`") || !strings.Contains(f.imported.String(), "CREATE TABLE `wpsync_new_wp_posts`") {
		t.Errorf("import into %s:\n%s", f.importDB, f.imported.String())
	}
	if res.Backup != "tables wpsync_old_* in wp" {
		t.Errorf("backup %q", res.Backup)
	}
	want := "RENAME TABLE `wp`.`wpsync_old_wp_options` TO `wp`.`wpsync_del_wp_options`, `wp`.`wp_options` TO `wp`.`wpsync_old_wp_options`"
	if !f.ran("^" + want) {
		t.Errorf("no %q among\n%s", want, strings.Join(f.queries, "\n"))
	}

	// Any other failure to create it is reported, not worked around.
	f = newServer()
	f.on("CREATE DATABASE `wp_wpsync_shadow`", nil, errServer)
	_, err = restore(f, sealedDump(t, manifest(), body), Options{})
	contains(t, err, "cannot create the shadow")
}

func TestPrefixChangeRenamesTablesAndKeys(t *testing.T) {
	m := manifest()
	m.Prefix = "old_"
	m.Tables = []dump.Table{{Name: "old_options", Rows: 2}, {Name: "old_posts", Rows: 1}}
	in := sealedDump(t, m, strings.ReplaceAll(body, "`wp_", "`old_"))
	f := newServer()
	res, err := restore(f, in, Options{FromPrefix: "old_"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(f.imported.String(), "`old_") {
		t.Errorf("old names reached the shadow:\n%s", f.imported.String())
	}
	if !f.ran("UPDATE `wp_wpsync_shadow`.`wp_options` SET option_name = 'wp_user_roles' WHERE option_name = 'old_user_roles'") {
		t.Errorf("user_roles not renamed:\n%s", strings.Join(f.queries, "\n"))
	}
	if len(res.Edited) != 1 || !strings.Contains(res.Edited[0], "table prefix old_ → wp_") {
		t.Errorf("edited %v", res.Edited)
	}
}

func TestOptionEditsHappenInTheShadow(t *testing.T) {
	f := newServer()
	f.on("SELECT option_name, HEX", [][]string{{"blog_public", "31"}}, nil)
	res, err := restore(f, sealedDump(t, manifest(), body), Options{Edits: map[string]func([]byte) ([]byte, string, bool){
		"blog_public": func(v []byte) ([]byte, string, bool) { return []byte("0"), "blog_public " + string(v) + " → 0", true },
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !f.ran("UPDATE `wp_wpsync_shadow`.`wp_options` SET option_value = UNHEX\\('30'\\) WHERE option_name = 'blog_public'") || len(res.Edited) != 1 || res.Edited[0] != "blog_public 1 → 0" {
		t.Errorf("edited %v:\n%s", res.Edited, strings.Join(f.queries, "\n"))
	}
}

// Tables the dump left out (db.exclude_tables) stay in place and are
// noted for a rollback.
func TestKeptTablesStayOutOfTheSwap(t *testing.T) {
	m := manifest()
	m.Kept = []string{"wp_log"}
	f := newServer()
	f.on(`SELECT 'count'`, [][]string{{"count", "wp_options", "2"}, {"count", "wp_posts", "1"},
		{"table", "wp_log", ""}, {"table", "wp_options", ""}, {"table", "wp_posts", ""}}, nil)
	res, err := restore(f, sealedDump(t, m, body), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Kept) != 1 || res.Kept[0] != "wp_log" || f.ran("RENAME TABLE.*wp_log") || !f.ran("INSERT INTO `wp_wpsync_prev`.`wpsync_kept` VALUES \\('wp_log'\\)") {
		t.Errorf("kept %v:\n%s", res.Kept, strings.Join(f.queries, "\n"))
	}
}

func TestUnsealedDumpIsJudgedByItsCompletionLine(t *testing.T) {
	f := newServer()
	res, err := restore(f, []byte(body+completed), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Sealed {
		t.Error("an unsealed dump reported as sealed")
	}
}

func TestOriginCheckRunsBeforeTheSwap(t *testing.T) {
	f := newServer()
	_, err := restore(f, sealedDump(t, manifest(), body), Options{CheckOrigin: func(m *dump.Manifest) error {
		return exit.Refusedf("the dump is of site %q", m.Site)
	}})
	contains(t, err, `the dump is of site "example"`)
	if exit.CodeOf(err) != exit.Refused || f.ran("RENAME") {
		t.Errorf("code %d, queries:\n%s", exit.CodeOf(err), strings.Join(f.queries, "\n"))
	}
}

func TestMissingCollationIsMappedOrRefused(t *testing.T) {
	in := sealedDump(t, manifest(), strings.ReplaceAll(body, "utf8mb4_unicode_520_ci", "utf8mb4_0900_ai_ci"))
	f := newServer()
	res, err := restore(f, in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Mapped) != 1 || strings.Contains(f.imported.String(), "0900") {
		t.Errorf("mapped %v:\n%s", res.Mapped, f.imported.String())
	}
	_, err = restore(newServer(), in, Options{NoCollationMap: true})
	contains(t, err, "collation utf8mb4_0900_ai_ci of table wp_options does not exist on the target")
}

func TestRollback(t *testing.T) {
	ctx := context.Background()
	// No backup anywhere.
	f := newServer()
	_, err := Rollback(ctx, f, target, 0, zerolog.Nop())
	contains(t, err, "no backup to roll back to")

	// A backup database: the current tables go to the backup through the
	// shadow place, in the same RENAME that brings the previous ones back.
	f = newServer()
	f.on("TABLE_SCHEMA = 'wp_wpsync_prev'", [][]string{{"wp_options"}, {"wpsync_kept"}}, nil)
	f.on(lit(`TABLE_SCHEMA = 'wp' AND TABLE_NAME LIKE 'wp\\_%'`), [][]string{{"wp_options"}, {"wp_log"}}, nil)
	f.on("SELECT COUNT\\(\\*\\) FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'wp_wpsync_prev' AND TABLE_NAME = 'wpsync_kept'", [][]string{{"1"}}, nil)
	f.on("SELECT name FROM `wp_wpsync_prev`.`wpsync_kept`", [][]string{{"wp_log"}}, nil)
	prev, err := Rollback(ctx, f, target, 0, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	want := "RENAME TABLE `wp`.`wp_options` TO `wp_wpsync_shadow`.`wp_options`, `wp_wpsync_prev`.`wp_options` TO `wp`.`wp_options`, `wp_wpsync_shadow`.`wp_options` TO `wp_wpsync_prev`.`wp_options`"
	if len(prev) != 1 || !f.ran("^"+want+"$") {
		t.Errorf("prev %v, no %q among\n%s", prev, want, strings.Join(f.queries, "\n"))
	}

	// A failed RENAME changed nothing and says so.
	f.on("RENAME TABLE", nil, errServer)
	_, err = Rollback(ctx, f, target, 0, zerolog.Nop())
	contains(t, err, "rollback (one atomic RENAME TABLE; nothing changed)")

	// A backup kept as prefixed tables.
	f = newServer()
	f.on(lit(`TABLE_NAME LIKE 'wpsync\\_old\\_%'`), [][]string{{"wpsync_old_wp_options"}}, nil)
	f.on(lit(`TABLE_SCHEMA = 'wp' AND TABLE_NAME LIKE 'wp\\_%'`), [][]string{{"wp_options"}}, nil)
	if _, err := Rollback(ctx, f, target, 0, zerolog.Nop()); err != nil {
		t.Fatal(err)
	}
	if !f.ran("`wp`.`wpsync_old_wp_options` TO `wp`.`wp_options`") {
		t.Errorf("queries:\n%s", strings.Join(f.queries, "\n"))
	}
}

func TestRestoreLogsNothingSecret(t *testing.T) {
	// The restore logs stage names and counts; the dump's content stays out.
	var logs strings.Builder
	f := newServer()
	if _, err := Restore(context.Background(), f, target, verifier(sealedDump(t, manifest(), body)), Options{}, zerolog.New(&logs)); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(logs.String(), "staging.example") {
		t.Errorf("the dump's content reached the log:\n%s", logs.String())
	}
}

// The tables an incremental dump leaves out are checked when its plan line
// arrives; the manifest decides whether that check counts.
func TestTheTablesLeftOutAreCheckedWhenThePlanLineArrives(t *testing.T) {
	inc := &dump.Incremental{To: "staging", Unchanged: []string{"wp_users"}, TargetSums: map[string]int64{"wp_users": 7},
		Checksums: map[string]int64{"wp_options": 1, "wp_posts": 2}, Schemas: map[string]string{"wp_options": "s", "wp_posts": "s"}}
	for _, planSum := range []int64{7, 8} {
		m := manifest()
		m.Incremental = inc
		line, err := dump.PlanLine(&dump.Incremental{Unchanged: inc.Unchanged, TargetSums: map[string]int64{"wp_users": planSum}})
		if err != nil {
			t.Fatal(err)
		}
		f := newServer()
		f.on(lit("CHECKSUM TABLE `wp`.`wp_users`"), [][]string{{"wp.wp_users", "7"}}, nil)
		if _, err := restore(f, sealedDump(t, m, string(line)+body), Options{}); err != nil {
			t.Fatalf("plan line's checksum %d: %v", planSum, err)
		}
		// Checked once, when the plan line came. (A plan line that said
		// otherwise is checked again for the manifest: with its own
		// checksum, 8, the restore would have been refused.)
		checks := 0
		for _, q := range f.queries {
			if q == "CHECKSUM TABLE `wp`.`wp_users`" {
				checks++
			}
		}
		if planSum == 7 && checks != 1 {
			t.Errorf("checked %d times, want once:\n%s", checks, strings.Join(f.queries, "\n"))
		}
	}
}
