//go:build e2e

package e2e

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// SIGTERM while the dump is still arriving: the helper stops, drops the
// shadow, exits non-zero, and staging is as it was.
func TestSIGTERMDuringRestoreLeavesStagingAsItWas(t *testing.T) {
	data, _ := os.ReadFile(dumpProduction(t, "p.sql"))
	rootSQL(t, "staging", "", "DROP DATABASE IF EXISTS wordpress_wpsync_shadow") // a failed earlier run's
	before := checksums(t, "staging")
	cmd := exec.Command(filepath.Join(bin, "restoredb"), "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", "-")
	cmd.Env = os.Environ()
	stdin, _ := cmd.StdinPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stdin.Write(data[:len(data)*6/10]) // and the rest never comes
	waitFor(t, func() bool { return strings.Contains(databases(t, "staging"), "wordpress_wpsync_shadow") })
	cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() == 0 || !strings.Contains(stderr.String(), "interrupted by a signal") {
			t.Errorf("exit: %v\n%s", err, stderr.String())
		}
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("restoredb did not stop on SIGTERM")
	}
	stdin.Close()
	if strings.Contains(databases(t, "staging"), "_wpsync_shadow") {
		t.Errorf("shadow left behind; restoredb said:\n%s", stderr.String())
	}
	assertSame(t, "staging before/after SIGTERM", before, checksums(t, "staging"))
}

// maxRSS runs a helper with stdin from r and returns its peak RSS in MiB,
// as GNU time reports it (the test process's own rusage of a child would
// count this big test process too).
func maxRSS(t *testing.T, r io.Reader, out io.Writer, tool string, args ...string) int64 {
	t.Helper()
	report := filepath.Join(t.TempDir(), "rss")
	cmd := exec.Command("/usr/bin/time", append([]string{"-o", report, "-f", "%M", filepath.Join(bin, tool)}, args...)...)
	cmd.Env = os.Environ()
	cmd.Stdin, cmd.Stdout = r, out
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", tool, err, stderr.String())
	}
	data, _ := os.ReadFile(report)
	var kb int64
	fmt.Sscan(string(data), &kb)
	return kb / 1024
}

// A 64 MB serialized value full of URLs: rewritten correctly, with memory
// bounded by a small multiple of the value (it must be held to recompute
// its length), and PHP still unserializes it.
func TestA64MBValue(t *testing.T) {
	const n = 64 << 20
	var val bytes.Buffer
	items := 0
	for val.Len() < n {
		fmt.Fprintf(&val, `i:%d;s:37:"https://www.example.test/wp/%09d";`, items, items)
		items++
	}
	serialized := fmt.Sprintf("a:%d:{%s}", items, val.String())
	dump := "CREATE TABLE `wp_options` (\n  `option_id` bigint(20) unsigned NOT NULL,\n  `option_value` longtext NOT NULL\n);\nINSERT INTO `wp_options` VALUES (1,'" +
		strings.ReplaceAll(serialized, `"`, `\"`) + "');\n-- Dump completed\n"
	outPath := filepath.Join(t.TempDir(), "out.sql")
	out, _ := os.Create(outPath)
	rss := maxRSS(t, strings.NewReader(dump), out, "rewriteurls", "--in", "-", "--out", "-", "--from", "https://www.example.test", "--to", "https://staging.example.test")
	out.Close()
	t.Logf("peak RSS %d MiB for a %d MiB value", rss, n>>20)
	if rss > 8*(n>>20) {
		t.Errorf("peak RSS %d MiB for a %d MiB value", rss, n>>20)
	}
	check := fmt.Sprintf(`$s = file_get_contents('%s'); $a = strpos($s, "VALUES (1,'") + 11; $v = unserialize(stripslashes(substr($s, $a, strrpos($s, "');") - $a)));
		echo is_array($v) ? count($v) . ' ' . $v[0] . ' ' . $v[count($v)-1] : 'BROKEN';`, outPath)
	got := sh(t, "php -d memory_limit=2G -r "+shellQuote(check))
	want := fmt.Sprintf("%d https://staging.example.test/wp/000000000 https://staging.example.test/wp/%09d", items, items-1)
	if got != want {
		t.Errorf("PHP reads %q, want %q", got, want)
	}
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// A 2 GB dump streamed through rewriteurls: peak memory stays as low as
// for a small one (rule 6: memory stays flat as data grows).
func TestA2GBStreamKeepsMemoryFlat(t *testing.T) {
	row := `(%d,'<p>See <a href=\"https://www.example.test/post-%d/\">post</a> and //www.example.test/x.js</p>','a:1:{s:3:\"url\";s:33:\"https://www.example.test/p/000001\";}'),`
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriterSize(pw, 1<<20)
		fmt.Fprint(w, "CREATE TABLE `wp_posts` (\n  `ID` bigint(20),\n  `post_content` longtext,\n  `meta` longtext\n);\n")
		id := 0
		for written := 0; written < 2<<30; {
			w.WriteString("INSERT INTO `wp_posts` VALUES ")
			for i := 0; i < 5000; i++ {
				id++
				n, _ := fmt.Fprintf(w, row, id, id)
				written += n
			}
			w.WriteString("(0,'','');\n")
		}
		w.WriteString("-- Dump completed\n")
		w.Flush()
		pw.Close()
	}()
	var count countWriter
	rss := maxRSS(t, pr, &count, "rewriteurls", "--in", "-", "--out", "-", "--from", "https://www.example.test", "--to", "https://staging.example.test")
	t.Logf("peak RSS %d MiB for %d MiB", rss, count.n>>20)
	if count.n < 2<<30 {
		t.Errorf("only %d bytes came out", count.n)
	}
	if rss > 48 {
		t.Errorf("peak RSS %d MiB for a 2 GB stream", rss)
	}
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// During a whole production → staging run (files, dump, rewrite, restore),
// a watcher samples every process's argv on this machine — which is also
// both hosts — and every log and report is scanned: no secret appears.
func TestSecretsNeverInArgvLogsOrReports(t *testing.T) {
	secrets := []string{os.Getenv("SANDBOX_PRODUCTION_DB_PASSWORD"), os.Getenv("SANDBOX_STAGING_DB_PASSWORD")}
	key, _ := os.ReadFile(filepath.Join(agent, "id_ed25519"))
	keyLine := strings.Split(string(key), "\n")[1] // a line of the private key itself
	stop := make(chan struct{})
	var seen strings.Builder
	samples := 0
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			default:
			}
			out, _ := exec.Command("ps", "-eo", "args").Output()
			seen.Write(out)
			samples++
			time.Sleep(20 * time.Millisecond)
		}
	}()
	dir := t.TempDir()
	script := fmt.Sprintf(`set -o pipefail; cd %s
./syncfiles --config %[2]s --from production --to staging --report %[3]s/files.json 2>%[3]s/files.log
./dumpdb --config %[2]s --env production --out - --report %[3]s/dump.json 2>%[3]s/dump.log | ./rewriteurls --config %[2]s --from-env production --to-env staging --in - --out - --report %[3]s/rw.json 2>%[3]s/rw.log | ./restoredb --config %[2]s --env staging --in - --report %[3]s/restore.json 2>%[3]s/restore.log
./rewriteurls --config %[2]s --env staging --from-env production --to-env staging --report %[3]s/live.json --log-level debug 2>%[3]s/live.log`, bin, cfgPath, dir)
	sh(t, script)
	close(stop)
	<-done
	if samples < 10 {
		t.Fatalf("the watcher took only %d samples", samples)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(files) != 15 {
		t.Fatalf("expected 5 logs, 5 reports and their 5 pages, got %v", files)
	}
	for _, s := range append(secrets, keyLine) {
		if s == "" {
			t.Fatal("a secret is empty")
		}
		if strings.Contains(seen.String(), s) {
			t.Errorf("a secret appeared in a process's argv")
		}
		for _, f := range files {
			if data, _ := os.ReadFile(f); bytes.Contains(data, []byte(s)) {
				t.Errorf("a secret appeared in %s", filepath.Base(f))
			}
		}
	}
}

// The agent's disk fills up while a dump is written: a clear error, and no
// file that could be taken for a dump.
func TestDiskFullWhileWritingADump(t *testing.T) {
	mnt := t.TempDir()
	sh(t, "mount -t tmpfs -o size=64k tmpfs "+mnt)
	defer sh(t, "umount "+mnt)
	r := run(t, nil, nil, "dumpdb", "--config", cfgPath, "--env", "production", "--out", filepath.Join(mnt, "p.sql"))
	if r.code != 1 || !strings.Contains(r.stderr, "the disk is full; free space there") {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
	if left, _ := os.ReadDir(mnt); len(left) != 0 {
		t.Errorf("files left on the full disk: %v", left)
	}
}

// The target database server's disk fills up during the import: a small
// MariaDB on a 128 MB tmpfs (about 50 MB free) plays the staging database.
// MariaDB may stop when its disk is full; the run fails with advice, says
// that the shadow is left for the admin to drop (the server is gone), and
// the live tables are untouched once the server is back.
func TestDiskFullOnTheTargetDatabaseDuringRestore(t *testing.T) {
	dir := filepath.Join(sandbox, "tiny")
	os.MkdirAll(dir, 0o755)
	sh(t, "mountpoint -q "+dir+" || mount -t tmpfs -o size=128m tmpfs "+dir)
	defer exec.Command("umount", "-l", dir).Run()
	sock := filepath.Join(dir, "mysqld.sock")
	small := "--innodb-log-file-size=4M --innodb-buffer-pool-size=16M --innodb-data-file-path=ibdata1:4M:autoextend"
	sh(t, fmt.Sprintf("mariadb-install-db --no-defaults --datadir=%s/data --user=root --auth-root-authentication-method=normal %s >%s/install.log 2>&1", dir, small, dir))
	var server *exec.Cmd
	startServer := func() {
		server = exec.Command("mariadbd", "--no-defaults", "--datadir="+dir+"/data", "--user=root", "--port=23309", "--bind-address=127.0.0.1",
			"--socket="+sock, "--skip-log-bin", "--log-error="+dir+"/error.log", "--innodb-log-file-size=4M", "--innodb-buffer-pool-size=16M",
			"--innodb-data-file-path=ibdata1:4M:autoextend", "--max-allowed-packet=64M")
		if err := server.Start(); err != nil {
			t.Fatal(err)
		}
		waitFor(t, func() bool {
			return exec.Command("mariadb", "--no-defaults", "-S", sock, "-uroot", "-e", "SELECT 1").Run() == nil
		})
	}
	startServer()
	defer func() { server.Process.Kill(); server.Wait() }()
	root := func(q string) string {
		return sh(t, fmt.Sprintf("mariadb --no-defaults -S %s -uroot -N -e %s", sock, shellQuote(q)))
	}
	pw := os.Getenv("SANDBOX_STAGING_DB_PASSWORD")
	root(fmt.Sprintf(`DELETE FROM mysql.global_priv WHERE User=''; CREATE DATABASE wordpress; CREATE USER 'wp'@'127.0.0.1' IDENTIFIED BY '%s';
		GRANT ALL ON wordpress.* TO 'wp'@'127.0.0.1'; GRANT ALL ON `+"`wordpress\\_wpsync\\_%%`"+`.* TO 'wp'@'127.0.0.1'; FLUSH PRIVILEGES;`, pw))
	cfg, _ := os.ReadFile(cfgPath)
	tiny := filepath.Join(agent, "wpsync-tiny.yml")
	os.WriteFile(tiny, []byte(strings.Replace(string(cfg), "port: 23302", "port: 23309", 1)), 0o600)

	p := dumpProduction(t, "p.sql")
	must(t, "restoredb", "--config", tiny, "--env", "staging", "--allow-other-dump", "--in", p)
	sum := func() string {
		return root("CHECKSUM TABLE wordpress.wp_options, wordpress.wp_posts, wordpress.wp_postmeta EXTENDED")
	}
	before := sum()

	// The same dump with 80 MB more rows: more than the disk holds.
	data, _ := os.ReadFile(p)
	data = data[:bytes.Index(data, []byte("-- wpsync-manifest: "))]
	var big bytes.Buffer
	big.Write(data[:bytes.LastIndex(data, []byte("-- Dump completed"))])
	big.WriteString("CREATE TABLE `wp_bloat` (`id` int NOT NULL, `v` longtext, PRIMARY KEY (`id`)) ENGINE=InnoDB;\n")
	filler := strings.Repeat("x", 1<<20)
	for i := 0; i < 80; i++ {
		fmt.Fprintf(&big, "INSERT INTO `wp_bloat` VALUES (%d,'%s');\n", i, filler)
	}
	big.WriteString("-- Dump completed on 2026-11-26\n")
	f := filepath.Join(t.TempDir(), "big.sql")
	os.WriteFile(f, big.Bytes(), 0o600)
	r := run(t, nil, nil, "restoredb", "--config", tiny, "--env", "staging", "--allow-other-dump", "--in", f)
	if r.code != 1 || !strings.Contains(r.stderr, "nothing was changed on staging") || !(strings.Contains(r.stderr, "disk is full") || strings.Contains(r.stderr, "a full disk")) {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
	if server.Process.Signal(syscall.Signal(0)) != nil || exec.Command("mariadb", "--no-defaults", "-S", sock, "-uroot", "-e", "SELECT 1").Run() != nil {
		server.Wait()
		// MariaDB stopped on the full disk: the admin frees space (here: a
		// larger tmpfs) and restarts it; crash recovery runs.
		sh(t, "mount -o remount,size=256m "+dir)
		startServer()
	}
	if after := sum(); after != before {
		t.Errorf("the live tables changed:\n%s\n%s", before, after)
	}
	if dbs := root("SHOW DATABASES"); strings.Contains(dbs, "shadow") && !strings.Contains(r.stderr, "drop it by hand") {
		t.Errorf("shadow left behind without a word: %s", dbs)
	}
}

// The SSH connection to production drops in the middle of a dump (its
// sshd child is killed while the reader is slow): dumpdb fails, and what
// it had streamed is refused by restoredb; staging is unchanged.
func TestSSHDroppedMidDump(t *testing.T) {
	// A database bigger than what the SSH window and pipes hold (~3 MB), so
	// the remote dump really waits for the reader.
	rootSQL(t, "production", "", `DROP DATABASE IF EXISTS wordpress_wpsync_cut; CREATE DATABASE wordpress_wpsync_cut;
		CREATE TABLE wordpress_wpsync_cut.wp_big (id INT PRIMARY KEY, v LONGTEXT) ENGINE=InnoDB;
		INSERT INTO wordpress_wpsync_cut.wp_big SELECT seq, REPEAT('https://www.example.test/ ', 40000) FROM wordpress_wpsync_cut.seq_1_to_24;`)
	defer rootSQL(t, "production", "", "DROP DATABASE wordpress_wpsync_cut")
	base, _ := os.ReadFile(cfgPath)
	cut := filepath.Join(agent, "wpsync-cut.yml")
	os.WriteFile(cut, []byte(strings.Replace(string(base), "name: wordpress\n", "name: wordpress_wpsync_cut\n", 1)), 0o600)
	cmd := exec.Command(filepath.Join(bin, "dumpdb"), "--config", cut, "--env", "production", "--out", "-")
	cmd.Env = os.Environ()
	out, _ := cmd.StdoutPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	io.CopyN(&got, out, 16<<10) // the dump is under way; stop reading, so the remote side blocks
	waitFor(t, func() bool { return strings.Contains(psUser("wpsync-prod"), "dump") })
	sh(t, "pkill -KILL -u wpsync-prod sshd || true")
	io.Copy(&got, out)
	err := cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("dumpdb: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "the SSH connection closed before the remote command finished") {
		t.Errorf("no clear message:\n%s", stderr.String())
	}
	t.Logf("dumpdb said: %s", lastLine(stderr.String()))
	if bytes.Contains(got.Bytes(), []byte("-- wpsync-sha256: ")) {
		t.Fatal("a cut dump carries a seal")
	}
	before := checksums(t, "staging")
	r := run(t, nil, got.Bytes(), "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--in", "-")
	if r.code != 1 || !strings.Contains(r.stderr, "nothing was changed on staging") {
		t.Errorf("restoredb of the cut dump: exit %d\n%s", r.code, r.stderr)
	}
	assertSame(t, "staging before/after a cut dump", before, checksums(t, "staging"))
	assertNoShadow(t)
}

// Docker-style targets: files land with the owner and modes the container
// expects (here a local directory, where the agent may chown).
func TestChownAndChmodOnTheTarget(t *testing.T) {
	target := t.TempDir()
	cfg, _ := os.ReadFile(cfgPath)
	local := strings.Replace(string(cfg), "files:", "  container:\n    url: https://container.example.test\n    path: "+target+"\n    protected: false\n    db: {name: x, user: x}\nfiles:", 1)
	lc := filepath.Join(agent, "wpsync-container.yml")
	os.WriteFile(lc, []byte(local), 0o600)
	must(t, "syncfiles", "--config", lc, "--from", "production", "--to", "container", "--chown", "33:33", "--chmod", "D755,F644")
	for _, rel := range []string{"index.php", "wp-includes", "wp-content/themes/twentytwentythree/style.css"} {
		fi, err := os.Stat(filepath.Join(target, rel))
		if err != nil {
			t.Fatal(err)
		}
		st := fi.Sys().(*syscall.Stat_t)
		want := os.FileMode(0o644)
		if fi.IsDir() {
			want = 0o755
		}
		if st.Uid != 33 || st.Gid != 33 || fi.Mode().Perm() != want {
			t.Errorf("%s: uid %d gid %d mode %v", rel, st.Uid, st.Gid, fi.Mode().Perm())
		}
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
