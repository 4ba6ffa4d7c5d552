//go:build e2e

// Package e2e runs the helpers and the host layer against the sandbox (test/sandbox/up): two
// hosts on this machine with real sshd, MariaDB and WordPress. Nothing here
// is a mock; every assertion is a user-visible outcome.
package e2e

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

var (
	sandbox = envOr("WPSYNC_SANDBOX", "/var/tmp/wpsync-sandbox")
	agent   = filepath.Join(sandbox, "agent")
	cfgPath = filepath.Join(agent, "wpsync.yml")
	repo    = mustAbs("../..")
	bin     = filepath.Join(repo, "bin")
)

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}

func mustAbs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		panic(err)
	}
	return a
}

// TestMain loads the sandbox's secrets into the environment, as a Jenkins
// withCredentials block would, and fails loudly when the sandbox is down.
func TestMain(m *testing.M) {
	f, err := os.Open(filepath.Join(agent, "secrets.env"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "e2e: the sandbox is not up (%v): run `make sandbox-up` (make e2e does)\n", err)
		os.Exit(1)
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimPrefix(sc.Text(), "export ")
		if k, v, ok := strings.Cut(line, "="); ok {
			os.Setenv(k, strings.Trim(v, "'"))
		}
	}
	f.Close()
	for _, tool := range []string{"syncfiles", "dumpdb", "restoredb", "rewriteurls"} {
		if _, err := os.Stat(filepath.Join(bin, tool)); err != nil {
			fmt.Fprintf(os.Stderr, "e2e: %s is not built: run `make build`\n", tool)
			os.Exit(1)
		}
	}
	os.Exit(m.Run())
}

type result struct {
	code           int
	stdout, stderr string
}

// run runs a helper with extra environment variables.
func run(t *testing.T, env []string, stdin []byte, tool string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, filepath.Join(bin, tool), args...)
	// A helper that hangs is stopped with SIGQUIT: the Go runtime prints
	// every goroutine's stack into the test's output (how a rare hang of
	// the live rewrite was found), then SIGKILL if it is still there.
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGQUIT) }
	cmd.WaitDelay = 10 * time.Second
	cmd.Env = append(os.Environ(), append(env, "GOTRACEBACK=all")...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s: %v", tool, err)
	}
	return result{code, out.String(), errb.String()}
}

// must runs a helper and fails the test unless it exits 0.
func must(t *testing.T, tool string, args ...string) result {
	t.Helper()
	r := run(t, nil, nil, tool, args...)
	if r.code != 0 {
		t.Fatalf("%s %v: exit %d\n%s", tool, args, r.code, r.stderr)
	}
	return r
}

// sh runs a shell pipeline on this machine.
func sh(t *testing.T, script string) string {
	t.Helper()
	out, err := exec.Command("bash", "-c", script).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", script, err, out)
	}
	return string(out)
}

// sql runs SQL as the server's root on a sandbox host, through its socket.
func rootSQL(t *testing.T, host, db, query string) string {
	t.Helper()
	args := []string{"--no-defaults", "--protocol=socket", "-S", filepath.Join(sandbox, host, "mysql", "mysqld.sock"), "-uroot", "--batch", "--skip-column-names"}
	if db != "" {
		args = append(args, db)
	}
	cmd := exec.Command("mariadb", args...)
	cmd.Stdin = strings.NewReader(query)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("sql on %s: %v\n%s\n%s", host, err, query, out)
	}
	return strings.TrimSpace(string(out))
}

// checksums returns CHECKSUM TABLE of every table of a host's WordPress database.
func checksums(t *testing.T, host string) map[string]string {
	t.Helper()
	tables := strings.Fields(rootSQL(t, host, "", "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA='wordpress' AND TABLE_NAME LIKE 'wp\\_%' ORDER BY 1"))
	if len(tables) == 0 {
		t.Fatalf("%s has no tables", host)
	}
	q := "CHECKSUM TABLE " + strings.Join(quoteAll(tables), ", ") + " EXTENDED"
	out := rootSQL(t, host, "wordpress", q)
	m := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		f := strings.Split(line, "\t")
		if len(f) == 2 {
			m[strings.TrimPrefix(f[0], "wordpress.")] = f[1]
		}
	}
	return m
}

func quoteAll(ts []string) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = "`" + t + "`"
	}
	return out
}

func databases(t *testing.T, host string) string {
	return rootSQL(t, host, "", "SHOW DATABASES")
}

// treeHash maps every path under dir (except skip prefixes) to a hash of
// its type, permissions, content or link target.
func treeHash(t *testing.T, dir string, skip ...string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		for _, s := range skip {
			if rel == s || strings.HasPrefix(rel, s+"/") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
		}
		info, err := os.Lstat(p)
		if err != nil {
			return err
		}
		h := sha256.New()
		fmt.Fprintf(h, "%v|", info.Mode())
		switch {
		case info.Mode()&fs.ModeSymlink != 0:
			target, _ := os.Readlink(p)
			h.Write([]byte(target))
		case info.Mode().IsRegular():
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			h.Write(data)
		}
		m[rel] = hex.EncodeToString(h.Sum(nil))[:16]
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func diffTrees(a, b map[string]string) []string {
	var d []string
	for k, v := range a {
		if b[k] != v {
			d = append(d, k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			d = append(d, k+" (extra)")
		}
	}
	sort.Strings(d)
	return d
}

func docroot(host string) string { return filepath.Join(sandbox, host, "www") }

// homePage returns a host's home page as the sandbox serves it (test/sandbox/up
// runs PHP's built-in server for each docroot).
func homePage(t *testing.T, host string) string {
	t.Helper()
	port := map[string]string{"production": "28081", "staging": "28082"}[host]
	resp, err := http.Get("http://127.0.0.1:" + port + "/")
	if err != nil {
		t.Fatalf("%s home page: %v (is the sandbox up? make sandbox-up)", host, err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	if _, err := b.ReadFrom(resp.Body); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 {
		t.Fatalf("%s home page: HTTP %d\n%.2000s", host, resp.StatusCode, b.String())
	}
	return b.String()
}
