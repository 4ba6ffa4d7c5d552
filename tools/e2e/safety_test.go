//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// variantConfig writes a copy of the sandbox's wpsync.yml with edits
// applied (each old → new must match once) and returns its path.
func variantConfig(t *testing.T, name string, edits ...string) string {
	t.Helper()
	data, err := os.ReadFile(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for i := 0; i+1 < len(edits); i += 2 {
		if !strings.Contains(s, edits[i]) {
			t.Fatalf("variant %s: %q not in the sandbox config", name, edits[i])
		}
		s = strings.Replace(s, edits[i], edits[i+1], 1)
	}
	p := filepath.Join(agent, "wpsync-"+name+".yml")
	if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Remove(p) })
	return p
}

// A staging whose db reaches production's server under another name
// (another SSH host, production's port and password): every writing
// helper asks the servers and refuses; production stays as it was.
func TestStagingThatIsProductionUnderAnotherNameIsRefused(t *testing.T) {
	alias := variantConfig(t, "alias-db",
		"port: 23302", "port: 23301",
		"password_env: SANDBOX_STAGING_DB_PASSWORD", "password_env: SANDBOX_PRODUCTION_DB_PASSWORD")
	before := checksums(t, "production")
	script := fmt.Sprintf(`set -o pipefail; cd %s && ./dumpdb --config %[2]s --env production --out - | ./rewriteurls --config %[2]s --from-env production --to-env staging --in - --out - | ./restoredb --config %[2]s --env staging --in -`, bin, alias)
	out, code := shCode(script)
	if code != 3 || !strings.Contains(out, `is the database wordpress of protected environment \"production\" under another name`) {
		t.Errorf("restore into production under the name staging: exit %d\n%s", code, out)
	}
	r := run(t, nil, nil, "rewriteurls", "--config", alias, "--env", "staging", "--from", "https://www.example.test", "--to", "https://staging.example.test")
	if r.code != 3 || !strings.Contains(r.stderr, "under another name") {
		t.Errorf("live rewrite of production under the name staging: exit %d\n%s", r.code, r.stderr)
	}
	assertSame(t, "production's tables before and after", before, checksums(t, "production"))

	// The same database name on another server is another database.
	must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", dumpProduction(t, "p.sql"))
}

func TestStagingPathThatIsProductionsDocrootIsRefused(t *testing.T) {
	link := filepath.Join(sandbox, "alias-www")
	os.Remove(link)
	if err := os.Symlink(docroot("production"), link); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Remove(link) })
	before := treeHash(t, docroot("production"))
	for name, path := range map[string]string{"same path": docroot("production"), "symlink": link, "a parent": filepath.Dir(docroot("production"))} {
		cfg := variantConfig(t, "alias-files", "path: "+docroot("staging"), "path: "+path)
		// --allow-any-path lifts the WordPress-root check; the identity check holds.
		r := run(t, nil, nil, "syncfiles", "--config", cfg, "--from", "production", "--to", "staging", "--delete", "--allow-any-path")
		if r.code != 3 || !strings.Contains(r.stderr, `is the docroot `+docroot("production")+` of protected environment \"production\", or holds it or lies inside it`) {
			t.Errorf("%s: exit %d\n%s", name, r.code, r.stderr)
		}
	}
	if d := diffTrees(before, treeHash(t, docroot("production"))); len(d) > 0 {
		t.Errorf("production's docroot changed: %v", d)
	}
}

// shCode runs a bash script and returns its combined output and exit code.
func shCode(script string) (string, int) {
	cmd := exec.Command("bash", "-c", script)
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return string(out), ee.ExitCode()
	}
	if err != nil {
		return err.Error(), -1
	}
	return string(out), 0
}

// A guard switch left in the environment is refused by every helper,
// before anything is opened; on the command line it still works.
func TestGuardSwitchInTheEnvironmentIsRefused(t *testing.T) {
	before := checksums(t, "production")
	dump := dumpProduction(t, "p.sql")
	for _, v := range []string{"WPSYNC_ALLOW_PROTECTED=true", "WPSYNC_FORCE=1"} {
		r := run(t, []string{v}, nil, "restoredb", "--config", cfgPath, "--env", "production", "--in", dump)
		name := strings.SplitN(v, "=", 2)[0]
		if r.code != 2 || !strings.Contains(r.stderr, name+" is set in the environment") {
			t.Errorf("%s restoredb --env production: exit %d\n%s", v, r.code, r.stderr)
		}
	}
	r := run(t, []string{"WPSYNC_ALLOW_PROTECTED=true"}, nil, "syncfiles", "--config", cfgPath, "--from", "staging", "--to", "production")
	if r.code != 2 {
		t.Errorf("WPSYNC_ALLOW_PROTECTED with syncfiles: exit %d\n%s", r.code, r.stderr)
	}
	assertSame(t, "production's tables", before, checksums(t, "production"))
}

// An environment that does not say protected: false is protected.
func TestAnEnvironmentIsProtectedUnlessItSaysFalse(t *testing.T) {
	unmarked := variantConfig(t, "unmarked", "    protected: false   # the one environment wpsync may write freely\n", "")
	before := checksums(t, "staging")
	r := run(t, nil, nil, "restoredb", "--config", unmarked, "--env", "staging", "--allow-other-dump", "--in", dumpProduction(t, "p.sql"))
	if r.code != 3 || !strings.Contains(r.stderr, "set environments.staging.protected: false in wpsync.yml") {
		t.Errorf("restore into an unmarked staging: exit %d\n%s", r.code, r.stderr)
	}
	assertSame(t, "staging's tables", before, checksums(t, "staging"))
}

// plainDump is production's dump without wpsync's header and trailer, as a
// plain mariadb-dump would be: verified by its completion line and row
// counts only. insert goes in before the completion line.
func plainDump(t *testing.T, insert string) string {
	t.Helper()
	data, err := os.ReadFile(dumpProduction(t, "p.sql"))
	if err != nil {
		t.Fatal(err)
	}
	var keep []string
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if strings.HasPrefix(line, "-- wpsync-") {
			continue
		}
		if strings.HasPrefix(line, "-- Dump completed") {
			keep = append(keep, insert)
		}
		keep = append(keep, line)
	}
	p := filepath.Join(t.TempDir(), "plain.sql")
	if err := os.WriteFile(p, []byte(strings.Join(keep, "")), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// A dump that names another database (or holds anything a dump of one
// database does not) is refused before the statement reaches the server.
func TestStatementsOutsideTheShadowAreRefusedUnsent(t *testing.T) {
	rootSQL(t, "staging", "wordpress", "CREATE TABLE IF NOT EXISTS keepme (a int); INSERT INTO keepme VALUES (1)")
	t.Cleanup(func() { rootSQL(t, "staging", "wordpress", "DROP TABLE IF EXISTS keepme") })
	before := checksums(t, "staging")
	for _, bad := range []string{
		"DROP TABLE IF EXISTS `wordpress`.`keepme`;\n",
		"UPDATE `wordpress`.`wp_options` SET option_value='hacked' WHERE option_name='blogname';\n",
		"/*!40101 SET GLOBAL max_connections=5 */;\n",
	} {
		r := run(t, nil, nil, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", plainDump(t, bad))
		if r.code != 1 || !strings.Contains(r.stderr, "a statement that a dump of one database does not") || !strings.Contains(r.stderr, "nothing was changed") {
			t.Errorf("%s: exit %d\n%s", bad, r.code, r.stderr)
		}
	}
	assertSame(t, "staging's tables", before, checksums(t, "staging"))
	if got := rootSQL(t, "staging", "wordpress", "SELECT COUNT(*) FROM keepme"); got != "1" {
		t.Errorf("a table outside the dump was touched: %s rows", got)
	}
	if got := rootSQL(t, "staging", "", "SELECT @@max_connections"); got == "5" {
		t.Error("SET GLOBAL reached the server")
	}
	assertNoShadow(t)
}

// rewriteurls verifies a sealed input before it renews the seal.
func TestRewriteRefusesADamagedSealedDump(t *testing.T) {
	p := dumpProduction(t, "p.sql")
	data, _ := os.ReadFile(p)
	i := strings.Index(string(data), "Generated post")
	flipped := append([]byte{}, data...)
	flipped[i] = 'g'
	cut := data[:strings.LastIndex(string(data), "-- wpsync-manifest")]
	for name, in := range map[string][]byte{"one byte changed": flipped, "trailer cut": cut} {
		src := filepath.Join(t.TempDir(), "in.sql")
		os.WriteFile(src, in, 0o600)
		out := filepath.Join(t.TempDir(), "out.sql")
		r := run(t, nil, nil, "rewriteurls", "--in", src, "--out", out, "--from", "https://www.example.test", "--to", "https://staging.example.test")
		if r.code != 1 || !strings.Contains(r.stderr, "refused") {
			t.Errorf("%s: exit %d\n%s", name, r.code, r.stderr)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s: %s was left behind", name, out)
		}
	}
}

// A dump for another table prefix would leave WordPress without tables.
func TestPrefixMismatchIsRefused(t *testing.T) {
	abc := variantConfig(t, "abc-prefix", "      prefix: wp_\n      user: wp\n      password_env: SANDBOX_STAGING_DB_PASSWORD", "      prefix: abc_\n      user: wp\n      password_env: SANDBOX_STAGING_DB_PASSWORD")
	before := checksums(t, "staging")
	r := run(t, nil, nil, "restoredb", "--config", abc, "--env", "staging", "--allow-other-dump", "--in", dumpProduction(t, "p.sql"))
	if r.code != 2 || !strings.Contains(r.stderr, `the dump's tables have the prefix \"wp_\", environment \"staging\" uses \"abc_\"`) {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
	assertSame(t, "staging's tables", before, checksums(t, "staging"))
	assertNoShadow(t)

	// Asked for, the prefix changes fully: tables, the roles option, usermeta keys.
	t.Cleanup(func() {
		for _, db := range []string{"wordpress", "wordpress_wpsync_prev"} {
			if tables := rootSQL(t, "staging", "", "SELECT GROUP_CONCAT(CONCAT('`', TABLE_SCHEMA, '`.`', TABLE_NAME, '`')) FROM information_schema.TABLES WHERE TABLE_SCHEMA='"+db+"' AND TABLE_NAME LIKE 'abc\\_%'"); tables != "NULL" && tables != "" {
				rootSQL(t, "staging", "", "DROP TABLE "+tables)
			}
		}
	})
	r = must(t, "restoredb", "--config", abc, "--env", "staging", "--allow-other-dump", "--change-prefix", "wp_", "--in", dumpProduction(t, "p.sql"))
	if !strings.Contains(r.stderr, "table prefix wp_ → abc_") {
		t.Errorf("no summary of the prefix change:\n%s", r.stderr)
	}
	if got := rootSQL(t, "staging", "wordpress", "SELECT COUNT(*) FROM abc_options WHERE option_name = 'abc_user_roles' UNION ALL SELECT COUNT(*) FROM abc_options WHERE option_name = 'wp_user_roles' UNION ALL SELECT COUNT(*) FROM abc_usermeta WHERE meta_key LIKE 'wp\\_%' UNION ALL SELECT COUNT(*) > 0 FROM abc_usermeta WHERE meta_key = 'abc_capabilities'"); got != "1\n0\n0\n1" {
		t.Errorf("prefix-bearing keys after the change (abc_user_roles, wp_user_roles, wp_ usermeta, abc_capabilities): %q", got)
	}
	assertSame(t, "staging's wp_ tables", before, checksums(t, "staging"))
}

// A table outside the prefix goes through the shadow and the swap, so a
// second restore finds it in place and the backup keeps it.
func TestTablesOutsideThePrefixGoThroughTheSwap(t *testing.T) {
	t.Cleanup(func() {
		rootSQL(t, "staging", "", "DROP TABLE IF EXISTS wordpress.other_app, wordpress_wpsync_prev.other_app")
	})
	extra := "CREATE TABLE `other_app` (`id` int NOT NULL, PRIMARY KEY (`id`));\nINSERT INTO `other_app` VALUES (1),(2);\n"
	for i := 0; i < 2; i++ {
		r := run(t, nil, nil, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", plainDump(t, extra))
		if r.code != 0 {
			t.Fatalf("restore %d: exit %d\n%s", i+1, r.code, r.stderr)
		}
	}
	if got := rootSQL(t, "staging", "", "SELECT COUNT(*) FROM wordpress.other_app UNION ALL SELECT COUNT(*) FROM wordpress_wpsync_prev.other_app"); got != "2\n2" {
		t.Errorf("other_app in live and backup: %q", got)
	}
}

// A failing swap (another session holds a lock on wp_options longer than
// the server's lock_wait_timeout) leaves the live tables and the previous
// backup as they were.
func TestAFailedSwapKeepsThePreviousBackup(t *testing.T) {
	dump := dumpProduction(t, "p.sql")
	must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", dump)
	prevTables := rootSQL(t, "staging", "", "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA='wordpress_wpsync_prev'")
	before := checksums(t, "staging")
	rootSQL(t, "staging", "", "SET GLOBAL lock_wait_timeout = 2")
	t.Cleanup(func() { rootSQL(t, "staging", "", "SET GLOBAL lock_wait_timeout = DEFAULT") })
	holder, err := stagingDB(t).Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := holder.ExecContext(context.Background(), "START TRANSACTION"); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := holder.QueryRowContext(context.Background(), "SELECT COUNT(*) FROM wp_options").Scan(&n); err != nil {
		t.Fatal(err)
	}
	r := run(t, nil, nil, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", dump)
	holder.ExecContext(context.Background(), "ROLLBACK")
	holder.Close()
	if r.code != 1 || !strings.Contains(r.stderr, "the live tables and the previous backup did not change") {
		t.Errorf("swap against a held lock: exit %d\n%s", r.code, r.stderr)
	}
	assertSame(t, "staging's tables", before, checksums(t, "staging"))
	if got := rootSQL(t, "staging", "", "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA='wordpress_wpsync_prev'"); got != prevTables || got == "0" {
		t.Errorf("the previous backup holds %s tables, had %s", got, prevTables)
	}
	must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--rollback")
}

// Triggers and views arrive on staging (a trigger used to make every swap
// fail), restores and rollbacks go on working with them in place, and
// stored routines are reported as not copied.
func TestTriggersAndViewsArriveRoutinesAreReported(t *testing.T) {
	rootSQL(t, "production", "wordpress", `CREATE TABLE IF NOT EXISTS wp_audit (id INT AUTO_INCREMENT PRIMARY KEY, note TEXT) ENGINE=InnoDB;
		DROP TRIGGER IF EXISTS wp_posts_audit;
		DELIMITER ;;
		CREATE TRIGGER wp_posts_audit AFTER UPDATE ON wp_posts FOR EACH ROW BEGIN INSERT INTO wp_audit (note) VALUES (CONCAT('updated ', NEW.ID)); END;;
		DELIMITER ;
		CREATE OR REPLACE VIEW wp_post_titles AS SELECT ID, post_title FROM wp_posts;
		DROP PROCEDURE IF EXISTS wp_cleanup; CREATE PROCEDURE wp_cleanup() DELETE FROM wp_audit;`)
	cleanup := "DROP TRIGGER IF EXISTS wp_posts_audit; DROP VIEW IF EXISTS wp_post_titles; DROP PROCEDURE IF EXISTS wp_cleanup; DROP TABLE IF EXISTS wp_audit"
	t.Cleanup(func() {
		rootSQL(t, "production", "wordpress", cleanup)
		rootSQL(t, "staging", "wordpress", cleanup)
		rootSQL(t, "staging", "", "DROP TABLE IF EXISTS wordpress_wpsync_prev.wp_audit")
		must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", dumpProduction(t, "clean.sql"))
	})
	dump := filepath.Join(t.TempDir(), "p.sql")
	r := must(t, "dumpdb", "--config", cfgPath, "--env", "production", "--out", dump)
	if !strings.Contains(r.stderr, "not dumped: procedure wp_cleanup") {
		t.Errorf("the routine is not reported:\n%s", r.stderr)
	}
	for i := 0; i < 2; i++ { // the second restore finds the trigger on the live tables
		r = must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", dump)
		if !strings.Contains(r.stderr, "view wp_post_titles") || !strings.Contains(r.stderr, "trigger wp_posts_audit") || !strings.Contains(r.stderr, "procedure wp_cleanup") {
			t.Errorf("restore %d does not name the views, triggers and the routine left out:\n%s", i+1, r.stderr)
		}
	}
	rootSQL(t, "staging", "wordpress", "UPDATE wp_posts SET post_title = post_title WHERE ID = (SELECT MIN(ID) FROM (SELECT ID FROM wp_posts) x)")
	if got := rootSQL(t, "staging", "wordpress", "SELECT COUNT(*) FROM wp_audit WHERE note LIKE 'updated %'"); got == "0" {
		t.Error("the trigger does not fire on staging")
	}
	if got := rootSQL(t, "staging", "wordpress", "SELECT COUNT(*) = (SELECT COUNT(*) FROM wp_posts) FROM wp_post_titles"); got != "1" {
		t.Error("the view does not show staging's posts")
	}
	must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--rollback")
	if got := rootSQL(t, "staging", "", "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA='wordpress' AND TRIGGER_NAME='wp_posts_audit'"); got != "1" {
		t.Errorf("after the rollback the previous tables' trigger is missing (%s)", got)
	}
}

// A target path that is not a WordPress root (a typo such as /var, or /)
// is refused, preview included, unless --allow-any-path says it is meant.
func TestATargetPathThatIsNotAWordPressRootIsRefused(t *testing.T) {
	other := filepath.Join(sandbox, "not-wordpress")
	os.MkdirAll(filepath.Join(other, "data"), 0o755)
	os.WriteFile(filepath.Join(other, "data", "keep.txt"), []byte("keep"), 0o644)
	sh(t, "chown -R wpsync-stage: "+other)
	t.Cleanup(func() { os.RemoveAll(other) })
	before := treeHash(t, other)
	for _, path := range []string{other, "/"} {
		cfg := variantConfig(t, "not-wp", "path: "+docroot("staging"), "path: "+path)
		for _, extra := range [][]string{{"--dry-run"}, {"--delete"}} {
			r := run(t, nil, nil, "syncfiles", append([]string{"--config", cfg, "--from", "production", "--to", "staging"}, extra...)...)
			if r.code != 2 || !strings.Contains(r.stderr, "is not a WordPress root") || !strings.Contains(r.stderr, "--allow-any-path") {
				t.Errorf("path %s %v: exit %d\n%s", path, extra, r.code, r.stderr)
			}
		}
	}
	if d := diffTrees(before, treeHash(t, other)); len(d) > 0 {
		t.Errorf("the refused runs changed %s: %v", other, d)
	}
	cfg := variantConfig(t, "not-wp", "path: "+docroot("staging"), "path: "+other)
	must(t, "syncfiles", "--config", cfg, "--from", "production", "--to", "staging", "--allow-any-path")
	if _, err := os.Stat(filepath.Join(other, "wp-includes", "version.php")); err != nil {
		t.Error("--allow-any-path did not sync")
	}
}

// Patterns are anchored at the docroot: a plugin's own .htaccess is code
// and travels; files.protect adds to the built-in list, which always
// keeps the target's wp-config.php; a pattern leaving the docroot is a
// config error.
func TestProtectPatternsAreAnchoredAndAdditive(t *testing.T) {
	writeAs(t, "production", "wp-content/plugins/akismet/.htaccess", "Require all denied\n")
	writeAs(t, "production", "wp-content/object-cache.php", "<?php // production's cache drop-in\n")
	writeAs(t, "staging", "wp-content/object-cache.php", "<?php // staging's cache drop-in\n")
	stagingConfig, _ := os.ReadFile(filepath.Join(docroot("staging"), "wp-config.php"))
	cfg := variantConfig(t, "protect", "  protect: [wp-config.php, .htaccess, .user.ini]", "  protect: [wp-content/object-cache.php]")
	r := must(t, "syncfiles", "--config", cfg, "--from", "production", "--to", "staging", "--dry-run")
	if strings.Contains(r.stderr, "wp-config.php\n") && strings.Contains(r.stderr, "changed  wp-config.php") {
		t.Errorf("the preview shows wp-config.php changing:\n%s", r.stderr)
	}
	must(t, "syncfiles", "--config", cfg, "--from", "production", "--to", "staging")
	if got, _ := os.ReadFile(filepath.Join(docroot("staging"), "wp-content/plugins/akismet/.htaccess")); string(got) != "Require all denied\n" {
		t.Errorf("a plugin's .htaccess did not reach staging: %q", got)
	}
	if got, _ := os.ReadFile(filepath.Join(docroot("staging"), "wp-config.php")); string(got) != string(stagingConfig) {
		t.Error("staging's wp-config.php was overwritten although files.protect only added a pattern")
	}
	if got, _ := os.ReadFile(filepath.Join(docroot("staging"), "wp-content/object-cache.php")); !strings.Contains(string(got), "staging's") {
		t.Errorf("the configured protect pattern did not hold: %q", got)
	}
	bad := variantConfig(t, "protect-dotdot", "  protect: [wp-config.php, .htaccess, .user.ini]", "  protect: [../production/www/wp-config.php]")
	if r := run(t, nil, nil, "syncfiles", "--config", bad, "--from", "production", "--to", "staging", "--delete"); r.code != 2 || !strings.Contains(r.stderr, "climbs out of the docroot") {
		t.Errorf("a .. pattern: exit %d\n%s", r.code, r.stderr)
	}
}

// The live rewrite handles every text charset, never writes a generated
// column, and goes on past a table that fails, naming it (exit 1).
func TestLiveRewriteCharsetsGeneratedColumnsAndAFailingTable(t *testing.T) {
	must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", dumpProduction(t, "p.sql"))
	rootSQL(t, "staging", "wordpress", `DROP TABLE IF EXISTS wp_latin1, wp_fail;
		CREATE TABLE wp_latin1 (id INT PRIMARY KEY, v TEXT CHARACTER SET latin1 COLLATE latin1_swedish_ci,
		  g VARCHAR(200) CHARACTER SET utf8mb4 AS (CONCAT(v, '#')) VIRTUAL, nopk_free INT) ENGINE=InnoDB;
		INSERT INTO wp_latin1 (id, v) VALUES (1, 'café https://www.example.test/x'), (2, 'a:1:{s:1:"u";s:24:"https://www.example.test";}');
		CREATE TABLE wp_fail (id INT PRIMARY KEY, v TEXT) ENGINE=InnoDB;
		INSERT INTO wp_fail VALUES (1, 'https://www.example.test/f');
		CREATE TRIGGER wp_fail_bu BEFORE UPDATE ON wp_fail FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no updates here';`)
	t.Cleanup(func() { rootSQL(t, "staging", "wordpress", "DROP TABLE IF EXISTS wp_latin1, wp_fail") })
	r := run(t, nil, nil, "rewriteurls", "--config", cfgPath, "--env", "staging", "--from", "https://www.example.test", "--to", "https://staging.example.test")
	// The server's refusal in the words every helper uses for it.
	if r.code != 1 || !strings.Contains(r.stderr, "1 table(s) could not be rewritten: wp_fail (staging database: ERROR 1644 (45000): no updates here)") {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
	if got := rootSQL(t, "staging", "wordpress", "SELECT CONCAT(v, '|', g) FROM wp_latin1 ORDER BY id"); got != "café https://staging.example.test/x|café https://staging.example.test/x#\n"+`a:1:{s:1:"u";s:28:"https://staging.example.test";}|a:1:{s:1:"u";s:28:"https://staging.example.test";}#` {
		t.Errorf("latin1 table after the rewrite:\n%s", got)
	}
	// tables after the failing one (wp_fail < wp_latin1 < wp_options) were rewritten
	if got := rootSQL(t, "staging", "wordpress", "SELECT COUNT(*) FROM wp_posts WHERE post_content LIKE '%//www.example.test/%'"); got != "0" {
		t.Errorf("%s posts keep production URLs after the failing table", got)
	}
	if got := rootSQL(t, "staging", "wordpress", "SELECT v FROM wp_fail"); got != "https://www.example.test/f" {
		t.Errorf("the failing table changed: %s", got)
	}
}

// A production dump that was never rewritten, or a dump of another site,
// is refused before the swap; the manifest says what the dump holds.
func TestADumpWithOtherURLsOrOfAnotherSiteIsRefused(t *testing.T) {
	raw := dumpProduction(t, "p.sql")
	before := checksums(t, "staging")
	r := run(t, nil, nil, "restoredb", "--config", cfgPath, "--env", "staging", "--in", raw)
	if r.code != 3 || !strings.Contains(r.stderr, "the dump holds the URLs of production (https://www.example.test), not those of staging") || !strings.Contains(r.stderr, "rewriteurls --from-env production --to-env staging") {
		t.Errorf("unrewritten production dump: exit %d\n%s", r.code, r.stderr)
	}
	other := variantConfig(t, "other-site", "site: sandbox", "site: another-site")
	r = run(t, nil, nil, "restoredb", "--config", other, "--env", "staging", "--in", raw)
	if r.code != 3 || !strings.Contains(r.stderr, `the dump is of site \"sandbox\", and this config is for site \"another-site\"`) {
		t.Errorf("dump of another site: exit %d\n%s", r.code, r.stderr)
	}
	assertSame(t, "staging's tables", before, checksums(t, "staging"))
	assertNoShadow(t)
	rewritten := filepath.Join(t.TempDir(), "s.sql")
	must(t, "rewriteurls", "--config", cfgPath, "--from-env", "production", "--to-env", "staging", "--in", raw, "--out", rewritten)
	must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--in", rewritten)
}

// A reader of dumpdb's stdout that stops early gives an error with a
// reason, not a silent exit 141.
func TestAStoppedReaderIsReported(t *testing.T) {
	out, code := shCode(fmt.Sprintf("set -o pipefail; %s/dumpdb --config %s --env production --out - --log-format console | head -c 100 >/dev/null", bin, cfgPath))
	if code != 1 || !strings.Contains(out, "the command reading the output stopped early") {
		t.Errorf("exit %d\n%s", code, out)
	}
}

// Media-offload settings arrive on staging read-only (or pointed at the
// configured bucket), before the swap; production keeps its own.
func TestOffloadPluginSettingsNeverPointStagingAtProductionsBucket(t *testing.T) {
	wpom := `a:5:{s:8:"provider";s:3:"aws";s:6:"bucket";s:10:"prod-media";s:10:"copy-to-s3";s:1:"1";s:17:"remove-local-file";s:1:"1";s:13:"serve-from-s3";s:1:"1";}`
	rootSQL(t, "production", "wordpress", `REPLACE INTO wp_options (option_name, option_value, autoload) VALUES ('tantan_wordpress_s3', '`+wpom+`', 'yes'), ('sm_mode', 'stateless', 'yes'), ('sm_bucket', 'prod-gcs', 'yes')`)
	t.Cleanup(func() {
		rootSQL(t, "production", "wordpress", "DELETE FROM wp_options WHERE option_name IN ('tantan_wordpress_s3', 'sm_mode', 'sm_bucket')")
	})
	before := checksums(t, "production")
	dump := filepath.Join(t.TempDir(), "s.sql")
	must(t, "rewriteurls", "--config", cfgPath, "--from-env", "production", "--to-env", "staging", "--in", dumpProduction(t, "p.sql"), "--out", dump)
	phpOption := func(name string) string {
		return sh(t, fmt.Sprintf(`php -r '$m = new mysqli(null, "root", "", "wordpress", 0, %q); $r = $m->query("SELECT option_value FROM wp_options WHERE option_name = \"%s\"")->fetch_row()[0]; $v = @unserialize($r); echo $v === false ? $r : json_encode($v);'`,
			filepath.Join(sandbox, "staging/mysql/mysqld.sock"), name))
	}
	r := must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--in", dump)
	if !strings.Contains(r.stderr, "changed before the swap: WP Offload Media (tantan_wordpress_s3): read-only") {
		t.Errorf("no summary line:\n%s", r.stderr)
	}
	if got := phpOption("tantan_wordpress_s3"); got != `{"provider":"aws","bucket":"prod-media","copy-to-s3":"0","remove-local-file":"0","serve-from-s3":"1"}` {
		t.Errorf("WP Offload Media on staging: %s", got)
	}
	if got := phpOption("sm_mode"); got != "disabled" {
		t.Errorf("WP-Stateless mode on staging: %s", got)
	}
	bucket := variantConfig(t, "bucket", "    protected: false   # the one environment wpsync may write freely\n", "    protected: false\n    offload: {mode: bucket, bucket: staging-media}\n")
	must(t, "restoredb", "--config", bucket, "--env", "staging", "--in", dump)
	if got := phpOption("tantan_wordpress_s3"); !strings.Contains(got, `"bucket":"staging-media","copy-to-s3":"1"`) {
		t.Errorf("WP Offload Media with a staging bucket: %s", got)
	}
	if got := phpOption("sm_bucket"); got != "staging-media" {
		t.Errorf("WP-Stateless bucket: %s", got)
	}
	assertSame(t, "production's tables", before, checksums(t, "production"))
}

// One cause, one message and one exit code from every helper: an SSH host
// that is down, a missing known_hosts file, a known_hosts line without the
// [host]:port form a non-standard port needs.
func TestSSHFailuresReadTheSameInEveryHelper(t *testing.T) {
	plain := filepath.Join(t.TempDir(), "known_hosts_plain")
	kh, _ := os.ReadFile(filepath.Join(agent, "known_hosts"))
	os.WriteFile(plain, []byte(strings.ReplaceAll(string(kh), "[127.0.0.1]:22201", "127.0.0.1")), 0o600)
	for _, tc := range []struct {
		name, from, to, want string
		code                 int
	}{
		{"sshd down", "port: 22201", "port: 22299", "connect to 127.0.0.1:22299", 1},
		{"no known_hosts", "known_hosts: known_hosts\n    path: " + docroot("production"), "known_hosts: /nonexistent/known_hosts\n    path: " + docroot("production"), "known_hosts file /nonexistent/known_hosts", 2},
		{"known_hosts without [host]:port", "known_hosts: known_hosts\n    path: " + docroot("production"), "known_hosts: " + plain + "\n    path: " + docroot("production"), "is not in " + plain, 3},
	} {
		cfg := variantConfig(t, "ssh-"+strings.ReplaceAll(tc.name, " ", "-"), tc.from, tc.to)
		for _, args := range [][]string{
			{"syncfiles", "--config", cfg, "--from", "production", "--to", "staging", "--dry-run"},
			{"dumpdb", "--config", cfg, "--env", "production", "--out", filepath.Join(t.TempDir(), "x.sql")},
		} {
			r := run(t, nil, nil, args[0], args[1:]...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("%s, %s: exit %d (want %d)\n%s", tc.name, args[0], r.code, tc.code, r.stderr)
			}
		}
	}
}

// db.exclude_tables are not dumped and stay as they are on the target;
// db.no_data_tables arrive as structure only.
func TestExcludedAndNoDataTables(t *testing.T) {
	cfg := variantConfig(t, "tables", "      password_env: SANDBOX_PRODUCTION_DB_PASSWORD", "      password_env: SANDBOX_PRODUCTION_DB_PASSWORD\n      exclude_tables: [wp_commentmeta]\n      no_data_tables: [comments]")
	before := checksums(t, "staging")["wp_commentmeta"]
	dump := filepath.Join(t.TempDir(), "p.sql")
	r := must(t, "dumpdb", "--config", cfg, "--env", "production", "--out", dump)
	if !strings.Contains(r.stderr, "excluded (db.exclude_tables; a restore keeps the target's own): wp_commentmeta") || !strings.Contains(r.stderr, "structure only (db.no_data_tables): wp_comments") {
		t.Errorf("dumpdb summary:\n%s", r.stderr)
	}
	r = must(t, "restoredb", "--config", cfg, "--env", "staging", "--allow-other-dump", "--in", dump)
	if !strings.Contains(r.stderr, "kept as they are on staging (not in the dump: db.exclude_tables): wp_commentmeta") {
		t.Errorf("restoredb summary:\n%s", r.stderr)
	}
	if got := checksums(t, "staging")["wp_commentmeta"]; got != before {
		t.Errorf("staging's wp_commentmeta changed: %s → %s", before, got)
	}
	if got := rootSQL(t, "staging", "wordpress", "SELECT COUNT(*) FROM wp_comments"); got != "0" {
		t.Errorf("wp_comments has %s rows; structure only was asked", got)
	}
	if got := rootSQL(t, "staging", "", "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA='wordpress' AND TABLE_NAME='wp_comments'"); got == "0" {
		t.Error("wp_comments has no structure")
	}
	// A rollback leaves the kept table in place too.
	must(t, "restoredb", "--config", cfg, "--env", "staging", "--rollback")
	if got := checksums(t, "staging")["wp_commentmeta"]; got != before {
		t.Errorf("after the rollback staging's wp_commentmeta is %q, was %s", got, before)
	}
	must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", dumpProduction(t, "full.sql"))
}
