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
	cmd := exec.Command(filepath.Join(bin, "restoredb"), "--config", cfgPath, "--env", "staging", "--in", "-")
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
