//go:build e2e

package e2e

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/go-sql-driver/mysql"
)

func stagingDB(t *testing.T) *sql.DB {
	cfg := mysql.NewConfig()
	cfg.User, cfg.Passwd, cfg.Net, cfg.Addr, cfg.DBName = "wp", os.Getenv("SANDBOX_STAGING_DB_PASSWORD"), "tcp", "127.0.0.1:23302", "wordpress"
	conn, err := mysql.NewConnector(cfg)
	if err != nil {
		t.Fatal(err)
	}
	db := sql.OpenDB(conn)
	t.Cleanup(func() { db.Close() })
	return db
}

func assertSame(t *testing.T, what string, a, b map[string]string) {
	t.Helper()
	if len(a) == 0 || fmt.Sprint(a) != fmt.Sprint(b) {
		t.Errorf("%s differ:\n%v\n%v", what, a, b)
	}
}

func assertNoShadow(t *testing.T) {
	t.Helper()
	if dbs := databases(t, "staging"); strings.Contains(dbs, "_wpsync_shadow") {
		t.Errorf("shadow database left behind:\n%s", dbs)
	}
}

func dumpProduction(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	must(t, "dumpdb", "--config", cfgPath, "--env", "production", "--out", p)
	return p
}

func TestDumpRestoreRoundTripIsExact(t *testing.T) {
	p := dumpProduction(t, "prod.sql.gz")
	if _, err := os.Stat(p + ".manifest.json"); err != nil {
		t.Error("no manifest beside the dump")
	}
	r := must(t, "restoredb", "--config", exactConfig(t), "--env", "staging", "--allow-other-dump", "--in", p)
	if !strings.Contains(r.stderr, "verified: sha256 seal") {
		t.Errorf("no verification line:\n%s", r.stderr)
	}
	assertSame(t, "table checksums production vs staging", checksums(t, "production"), checksums(t, "staging"))
	assertNoShadow(t)
}

func TestPipeWithRewriteGivesAWorkingStagingSite(t *testing.T) {
	script := fmt.Sprintf(`set -o pipefail; cd %s && ./dumpdb --config %[2]s --env production --out - | ./rewriteurls --config %[2]s --from-env production --to-env staging --in - --out - --report %[3]s/rw.json | ./restoredb --config %[2]s --env staging --in -`,
		bin, cfgPath, t.TempDir())
	sh(t, script)
	out := sh(t, fmt.Sprintf("php %s/test/sandbox/verify-rewrite.php %s %s guid", repo,
		filepath.Join(sandbox, "production/mysql/mysqld.sock"), filepath.Join(sandbox, "staging/mysql/mysqld.sock")))
	if !strings.HasPrefix(out, "ok ") {
		t.Errorf("PHP verification:\n%s", out)
	}
	if got := rootSQL(t, "staging", "wordpress", "SELECT option_value FROM wp_options WHERE option_name='wpsync_lookalikes'"); !strings.Contains(got, "https://www.example.test.au") || !strings.Contains(got, "www.example.testimonials.org") {
		t.Errorf("look-alike hosts were rewritten: %s", got)
	}
	page := homePage(t, "staging")
	if !strings.Contains(page, "https://staging.example.test") || strings.Contains(page, "https://www.example.test/") {
		t.Errorf("staging home page does not show staging URLs only")
	}
	if !strings.Contains(page, "Generated post") {
		t.Errorf("staging home page does not show production's content")
	}
}

func TestCutOrDamagedDumpIsRefused(t *testing.T) {
	p := dumpProduction(t, "prod.sql")
	full, _ := os.ReadFile(p)
	gz := dumpProduction(t, "prod.sql.gz")
	zdata, _ := os.ReadFile(gz)
	zdata[len(zdata)*2/3] ^= 0x55
	before := checksums(t, "staging")
	for name, data := range map[string][]byte{"cut.sql": full[:len(full)/2], "flipped.sql.gz": zdata, "cut-at-trailer.sql": full[:bytes.LastIndex(full, []byte("-- Dump completed"))]} {
		f := filepath.Join(t.TempDir(), name)
		os.WriteFile(f, data, 0o600)
		r := run(t, nil, nil, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", f)
		if r.code != 1 || !strings.Contains(r.stderr, "nothing was changed on staging") {
			t.Errorf("%s: exit %d\n%s", name, r.code, r.stderr)
		}
	}
	assertSame(t, "staging before/after refused restores", before, checksums(t, "staging"))
	assertNoShadow(t)
}

func TestStatementErrorAt90PercentLeavesStagingUnchanged(t *testing.T) {
	p := dumpProduction(t, "prod.sql")
	full, _ := os.ReadFile(p)
	at := bytes.LastIndex(full[:len(full)*9/10], []byte("\nINSERT INTO")) + 1
	bad := append(append(append([]byte{}, full[:at]...), "INSERT INTO `wp_no_such_table` VALUES (1);\n"...), full[at:]...)
	f := filepath.Join(t.TempDir(), "bad.sql")
	os.WriteFile(f, bad, 0o600)
	before := checksums(t, "staging")
	r := run(t, nil, nil, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", f)
	if r.code != 1 || !strings.Contains(r.stderr, "wp_no_such_table") {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
	assertSame(t, "staging before/after failed import", before, checksums(t, "staging"))
	assertNoShadow(t)
}

func TestRollbackRestoresThePreviousTables(t *testing.T) {
	rootSQL(t, "staging", "wordpress", "REPLACE INTO wp_options (option_name, option_value, autoload) VALUES ('wpsync_marker', 'before', 'no')")
	before := checksums(t, "staging")
	must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", dumpProduction(t, "p.sql"))
	if rootSQL(t, "staging", "wordpress", "SELECT COUNT(*) FROM wp_options WHERE option_name='wpsync_marker'") != "0" {
		t.Fatal("restore did not replace the tables")
	}
	must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--rollback")
	assertSame(t, "staging before restore / after rollback", before, checksums(t, "staging"))
}

func TestProtectedTargetIsRefusedWithoutAWrite(t *testing.T) {
	p := dumpProduction(t, "p.sql")
	rootSQL(t, "production", "", "SET GLOBAL general_log = 1")
	defer rootSQL(t, "production", "", "SET GLOBAL general_log = 0")
	logFile := filepath.Join(sandbox, "production/mysql/general.log")
	before := checksums(t, "production")
	size := fileSize(logFile)
	for _, args := range [][]string{
		{"restoredb", "--config", cfgPath, "--env", "production", "--in", p},
		{"restoredb", "--config", cfgPath, "--env", "production", "--rollback"},
		{"rewriteurls", "--config", cfgPath, "--env", "production", "--from", "https://www.example.test", "--to", "https://x.example.test"},
		{"syncfiles", "--config", cfgPath, "--from", "staging", "--to", "production"},
	} {
		r := run(t, nil, nil, args[0], args[1:]...)
		if r.code != 3 || !strings.Contains(r.stderr, "is protected") {
			t.Errorf("%v: exit %d\n%s", args, r.code, r.stderr)
		}
	}
	assertSame(t, "production before/after", before, checksums(t, "production"))
	if grew := fileSize(logFile) - size; grew > 0 {
		data, _ := os.ReadFile(logFile)
		if tail := string(data[size:]); strings.Contains(tail, "wp") && !strings.Contains(tail, "CHECKSUM") {
			t.Errorf("production's general log shows statements from the refused runs:\n%s", tail)
		}
	}
}

func fileSize(p string) int64 {
	fi, err := os.Stat(p)
	if err != nil {
		return 0
	}
	return fi.Size()
}

// There is no Docker engine here: the staging host has a `docker` stand-in
// on its PATH (test/sandbox/docker-standin) that runs the client directly.
func TestDockerContainerPath(t *testing.T) {
	cfg, _ := os.ReadFile(cfgPath)
	withDocker := strings.Replace(string(cfg), "      password_env: SANDBOX_STAGING_DB_PASSWORD", "      password_env: SANDBOX_STAGING_DB_PASSWORD\n      docker_container: wordpress-db", 1)
	dc := filepath.Join(agent, "wpsync-docker.yml")
	os.WriteFile(dc, []byte(withDocker), 0o600)
	logPath := "/home/wpsync-stage/docker-standin.log"
	os.Remove(logPath)
	p := filepath.Join(t.TempDir(), "staging.sql")
	must(t, "dumpdb", "--config", dc, "--env", "staging", "--out", p)
	before := checksums(t, "staging")
	r := must(t, "restoredb", "--config", dc, "--env", "staging", "--allow-other-dump", "--in", p)
	assertSame(t, "staging round trip through docker exec", before, checksums(t, "staging"))
	// A database reached only through docker exec has no port to forward:
	// the import goes through the client (auto), and a demand for the
	// tunnel is refused before anything is written.
	if !strings.Contains(r.stderr, `"through":"client"`) {
		t.Errorf("the import did not fall back to the client:\n%s", r.stderr)
	}
	r = run(t, nil, nil, "restoredb", "--config", dc, "--env", "staging", "--allow-other-dump", "--import-through", "tunnel", "--in", p)
	if r.code != 2 || !strings.Contains(r.stderr, "--import-through client") {
		t.Errorf("--import-through tunnel with docker_container: exit %d\n%s", r.code, r.stderr)
	}
	assertSame(t, "staging after a refused tunnel import", before, checksums(t, "staging"))
	calls, _ := os.ReadFile(logPath)
	if !bytes.Contains(calls, []byte("exec in wordpress-db: sh")) {
		t.Errorf("the docker stand-in was not used:\n%s", calls)
	}
}

func TestReadersNeverSeeAMissingTableDuringTheSwap(t *testing.T) {
	p := dumpProduction(t, "p.sql")
	db := stagingDB(t)
	var stop atomic.Bool
	var queries atomic.Int64
	var errs []error
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				var n int
				if err := db.QueryRow("SELECT COUNT(*) FROM wp_options o JOIN wp_posts p ON p.ID > 0 WHERE o.option_name='home'").Scan(&n); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
				queries.Add(1)
			}
		}()
	}
	waitFor(t, func() bool { return queries.Load() >= 20 }) // the readers are reading
	must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", p)
	after := queries.Load()
	waitFor(t, func() bool { return queries.Load() >= after+20 }) // and read the swapped tables
	stop.Store(true)
	wg.Wait()
	if len(errs) > 0 {
		t.Errorf("%d of %d reads failed during the restore, e.g. %v", len(errs), queries.Load(), errs[0])
	}
	if queries.Load() < 50 {
		t.Errorf("only %d reads ran", queries.Load())
	}
}

func TestSecondRunFailsClearlyWhileTheFirstHoldsTheLock(t *testing.T) {
	db := stagingDB(t)
	conn, err := db.Conn(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var got int
	if err := conn.QueryRowContext(t.Context(), "SELECT GET_LOCK('wpsync:wordpress', 0)").Scan(&got); err != nil || got != 1 {
		t.Fatal("could not take the lock", err)
	}
	before := checksums(t, "staging")
	r := run(t, nil, nil, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", dumpProduction(t, "p.sql"), "--lock-wait", "1")
	if r.code != 1 || !strings.Contains(r.stderr, "another wpsync run holds the lock") {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
	assertSame(t, "staging while locked", before, checksums(t, "staging"))
}

func TestMySQL8CollationIsMappedOrRefused(t *testing.T) {
	p := dumpProduction(t, "p.sql")
	data, _ := os.ReadFile(p)
	cut := bytes.Index(data, []byte("-- wpsync-manifest: ")) // a foreign dump: no seal
	data = data[bytes.IndexByte(data, '\n')+1 : cut]         // nor wpsync's header line
	mysql8 := bytes.ReplaceAll(data, []byte("utf8mb4_unicode_520_ci"), []byte("utf8mb4_0900_ai_ci"))
	f := filepath.Join(t.TempDir(), "mysql8.sql")
	os.WriteFile(f, mysql8, 0o600)
	before := checksums(t, "staging")
	r := run(t, nil, nil, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", f, "--no-collation-map")
	if r.code != 1 || !strings.Contains(r.stderr, "utf8mb4_0900_ai_ci") {
		t.Errorf("--no-collation-map: exit %d\n%s", r.code, r.stderr)
	}
	assertSame(t, "staging after a refused MySQL 8 dump", before, checksums(t, "staging"))
	r = must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", f)
	if !strings.Contains(r.stderr, "collation mapped: utf8mb4_0900_ai_ci → utf8mb4_unicode_520_ci") || !strings.Contains(r.stderr, "no wpsync seal") {
		t.Errorf("no mapping warning:\n%s", r.stderr)
	}
	if c := rootSQL(t, "staging", "", "SELECT TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA='wordpress' AND TABLE_NAME='wp_posts'"); c != "utf8mb4_unicode_520_ci" {
		t.Errorf("wp_posts collation %s", c)
	}
}

func TestLiveRewriteOfTheStagingDatabase(t *testing.T) {
	must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", dumpProduction(t, "p.sql"))
	// A plugin table without a primary key: rows are matched by value.
	rootSQL(t, "staging", "wordpress", `DROP TABLE IF EXISTS wp_nopk; CREATE TABLE wp_nopk (v TEXT, n INT) ENGINE=InnoDB;
		INSERT INTO wp_nopk VALUES ('a:1:{s:3:"url";s:24:"https://www.example.test";}', 1), ('a:1:{s:3:"url";s:24:"https://www.example.test";}', 2), ('see https://www.example.test/x', 3), ('https://www.example.test.au', 4);`)
	defer rootSQL(t, "staging", "wordpress", "DROP TABLE wp_nopk")
	before := checksums(t, "staging")
	r := must(t, "rewriteurls", "--config", cfgPath, "--env", "staging", "--from-env", "production", "--to-env", "staging", "--dry-run")
	if !strings.Contains(r.stderr, "dry run: nothing written") {
		t.Errorf("no dry-run summary:\n%s", r.stderr)
	}
	assertSame(t, "staging after a dry run", before, checksums(t, "staging"))
	report := filepath.Join(t.TempDir(), "live.json")
	must(t, "rewriteurls", "--config", cfgPath, "--env", "staging", "--from-env", "production", "--to-env", "staging", "--report", report)
	out := sh(t, fmt.Sprintf("php %s/test/sandbox/verify-rewrite.php %s %s guid", repo,
		filepath.Join(sandbox, "production/mysql/mysqld.sock"), filepath.Join(sandbox, "staging/mysql/mysqld.sock")))
	if !strings.HasPrefix(out, "ok ") {
		t.Errorf("PHP verification:\n%s", out)
	}
	if got := rootSQL(t, "staging", "wordpress", "SELECT GROUP_CONCAT(v ORDER BY n SEPARATOR '|') FROM wp_nopk"); got != `a:1:{s:3:"url";s:28:"https://staging.example.test";}|a:1:{s:3:"url";s:28:"https://staging.example.test";}|see https://staging.example.test/x|https://www.example.test.au` {
		t.Errorf("table without primary key: %s", got)
	}
	if data, _ := os.ReadFile(report); !bytes.Contains(data, []byte(`"replacements"`)) {
		t.Errorf("report: %s", data)
	}
	again := checksums(t, "staging")
	r = must(t, "rewriteurls", "--config", cfgPath, "--env", "staging", "--from-env", "production", "--to-env", "staging")
	if !strings.Contains(r.stderr, "0 replacements") {
		t.Errorf("second run was not a no-op:\n%s", r.stderr)
	}
	assertSame(t, "staging after a second live run", again, checksums(t, "staging"))
	if page := homePage(t, "staging"); !strings.Contains(page, "https://staging.example.test") || strings.Contains(page, "https://www.example.test/") {
		t.Error("staging home page still shows production URLs")
	}
}

// A database user who may not create databases: the shadow and the backup
// become prefixed tables in the WordPress database itself.
func TestUserWithoutCreateDatabaseGetsPrefixedShadowTables(t *testing.T) {
	rootSQL(t, "staging", "", fmt.Sprintf("CREATE USER IF NOT EXISTS 'wpnarrow'@'127.0.0.1' IDENTIFIED BY '%s'; GRANT ALL ON wordpress.* TO 'wpnarrow'@'127.0.0.1'; FLUSH PRIVILEGES",
		os.Getenv("SANDBOX_STAGING_DB_PASSWORD")))
	narrow := []string{"WPSYNC_STAGING_DB_USER=wpnarrow"}
	rootSQL(t, "staging", "wordpress", "REPLACE INTO wp_options (option_name, option_value, autoload) VALUES ('wpsync_marker', 'narrow', 'no')")
	before := checksums(t, "staging")
	p := dumpProduction(t, "p.sql")
	prefixed := func(prefix string) string {
		return rootSQL(t, "staging", "", "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA='wordpress' AND TABLE_NAME LIKE '"+prefix+"%'")
	}

	// A failing import leaves nothing behind.
	full, _ := os.ReadFile(p)
	at := bytes.LastIndex(full[:len(full)*9/10], []byte("\nINSERT INTO")) + 1
	bad := filepath.Join(t.TempDir(), "bad.sql")
	os.WriteFile(bad, append(append(append([]byte{}, full[:at]...), "INSERT INTO `wp_no_such_table` VALUES (1);\n"...), full[at:]...), 0o600)
	if r := run(t, narrow, nil, "restoredb", "--config", exactConfig(t), "--env", "staging", "--allow-other-dump", "--in", bad); r.code != 1 {
		t.Errorf("bad dump: exit %d\n%s", r.code, r.stderr)
	}
	if n := prefixed(`wpsync\_new\_`); n != "0" {
		t.Errorf("%s shadow tables left behind", n)
	}
	assertSame(t, "staging after a failed prefixed import", before, checksums(t, "staging"))

	r := run(t, narrow, nil, "restoredb", "--config", exactConfig(t), "--env", "staging", "--allow-other-dump", "--in", p)
	if r.code != 0 || !strings.Contains(r.stderr, "prefixed tables") {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	assertSame(t, "production vs staging", checksums(t, "production"), checksums(t, "staging"))
	if prefixed(`wpsync\_old\_`) == "0" || prefixed(`wpsync\_new\_`) != "0" {
		t.Errorf("backup tables: %s, shadow tables: %s", prefixed(`wpsync\_old\_`), prefixed(`wpsync\_new\_`))
	}
	if r := run(t, narrow, nil, "restoredb", "--config", exactConfig(t), "--env", "staging", "--rollback"); r.code != 0 {
		t.Fatalf("rollback: exit %d\n%s", r.code, r.stderr)
	}
	assertSame(t, "staging before restore / after rollback", before, checksums(t, "staging"))
	rootSQL(t, "staging", "", "DROP USER 'wpnarrow'@'127.0.0.1'")
	for _, tb := range strings.Fields(rootSQL(t, "staging", "", `SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA='wordpress' AND TABLE_NAME LIKE 'wpsync\_old\_%'`)) {
		rootSQL(t, "staging", "wordpress", "DROP TABLE `"+tb+"`")
	}
}

// exactConfig is the sandbox config with staging's hygiene off
// (blog_public kept), for tests that compare a restore byte for byte.
func exactConfig(t *testing.T) string {
	return variantConfig(t, "exact", `    hygiene: {anonymize_emails: true, keep_emails: ["*@agency.test"]}   # and blog_public 0, the default here`+"\n",
		"    hygiene: {blog_public: keep}\n")
}

// The import through the forwarded database port (the default where it
// can be reached) and through the client program give the same tables,
// with one session and with several.
func TestImportThroughTheTunnelAndTheClientGiveTheSameTables(t *testing.T) {
	p := dumpProduction(t, "p.sql")
	var sums []map[string]string
	for _, args := range [][]string{{"--import-through", "client", "--jobs", "1"}, {"--import-through", "tunnel", "--jobs", "1"}, {"--jobs", "3"}} {
		r := must(t, "restoredb", append([]string{"--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", p}, args...)...)
		want := `"through":"tunnel"`
		if args[1] == "client" {
			want = `"through":"client"`
		}
		if !strings.Contains(r.stderr, want) {
			t.Errorf("%v: the log does not say %s:\n%s", args, want, r.stderr)
		}
		sums = append(sums, checksums(t, "staging"))
	}
	assertSame(t, "client, one session / tunnel, one session", sums[0], sums[1])
	assertSame(t, "client, one session / tunnel, three sessions", sums[0], sums[2])

	// db.socket: the tunnel reaches the server's unix socket
	// (direct-streamlocal), with the same result.
	cfg, _ := os.ReadFile(cfgPath)
	staging := strings.Index(string(cfg), "  staging:")
	rest := strings.Replace(string(cfg[staging:]), "      host: 127.0.0.1\n      port: 23302\n", "      socket: "+filepath.Join(sandbox, "staging/mysql/mysqld.sock")+"\n", 1)
	if !strings.Contains(rest, "socket: ") {
		t.Fatal("the sandbox config has no db.host/db.port 127.0.0.1:23302 for staging to replace")
	}
	sc := filepath.Join(agent, "wpsync-socket.yml")
	os.WriteFile(sc, []byte(string(cfg[:staging])+rest), 0o600)
	r := must(t, "restoredb", "--config", sc, "--env", "staging", "--allow-other-dump", "--import-through", "tunnel", "--in", p)
	if !strings.Contains(r.stderr, `"through":"tunnel"`) {
		t.Errorf("db.socket: not through the tunnel:\n%s", r.stderr)
	}
	assertSame(t, "tunnel to the port / tunnel to the socket", sums[0], checksums(t, "staging"))
}

// A host whose sshd refuses port forwarding (here: the key's
// no-port-forwarding option, as a shared host may set it): the restore
// goes through the client program and says why; a demand for the tunnel
// is refused before anything is written.
func TestRestoreWhereSSHRefusesForwarding(t *testing.T) {
	key := filepath.Join(t.TempDir(), "id_noforward")
	sh(t, "ssh-keygen -q -t ed25519 -N '' -f "+key)
	pub, _ := os.ReadFile(key + ".pub")
	auth := filepath.Join(sandbox, "staging/sshd/authorized_keys")
	orig, err := os.ReadFile(auth)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(auth, append(append([]byte{}, orig...), []byte("no-port-forwarding "+string(pub))...), 0o644)
	defer os.WriteFile(auth, orig, 0o644)
	cfg, _ := os.ReadFile(cfgPath)
	staging := strings.Index(string(cfg), "  staging:")
	rest := strings.Replace(string(cfg[staging:]), "key_file: id_ed25519", "key_file: "+key, 1)
	nf := filepath.Join(agent, "wpsync-noforward.yml")
	os.WriteFile(nf, []byte(string(cfg[:staging])+rest), 0o600)

	p := dumpProduction(t, "p.sql")
	r := must(t, "restoredb", "--config", nf, "--env", "staging", "--allow-other-dump", "--in", p)
	if !strings.Contains(r.stderr, `"through":"client"`) || !strings.Contains(r.stderr, "prohibited") {
		t.Errorf("want the client, and the reason:\n%s", r.stderr)
	}
	after := checksums(t, "staging")
	must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", p)
	assertSame(t, "restored through the client / through the tunnel", after, checksums(t, "staging"))

	r = run(t, nil, nil, "restoredb", "--config", nf, "--env", "staging", "--allow-other-dump", "--import-through", "tunnel", "--in", p)
	if r.code != 1 || !strings.Contains(r.stderr, "--import-through client") {
		t.Errorf("--import-through tunnel without forwarding: exit %d\n%s", r.code, r.stderr)
	}
	assertNoShadow(t)

	// An incremental dump plans through the client program there, with
	// the same outcome.
	dir := t.TempDir()
	r = must(t, "dumpdb", "--config", nf, "--env", "production", "--incremental-to", "staging", "--log-level", "debug", "--out", filepath.Join(dir, "client.sql"))
	if !strings.Contains(r.stderr, "asking through the client program") {
		t.Errorf("the planner did not say it used the client:\n%s", r.stderr)
	}
	must(t, "dumpdb", "--config", cfgPath, "--env", "production", "--incremental-to", "staging", "--out", filepath.Join(dir, "tunnel.sql"))
	plan := func(name string) string {
		data, err := os.ReadFile(filepath.Join(dir, name+".sql.manifest.json"))
		if err != nil {
			t.Fatal(err)
		}
		var m struct {
			Incremental json.RawMessage `json:"incremental"`
		}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		return string(m.Incremental)
	}
	if a, b := plan("client"), plan("tunnel"); a != b || a == "" {
		t.Errorf("the plan through the client:\n%s\nthrough the tunnel:\n%s", a, b)
	}
}
