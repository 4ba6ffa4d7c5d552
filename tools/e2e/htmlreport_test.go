//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The run's HTML report, opened in Debian's chromium (headless): it shows
// the stage table, the URL replacements and the health check, loads no
// external asset and logs no console error; a screenshot is kept.
func TestHTMLReportInABrowser(t *testing.T) {
	dir := t.TempDir()
	sh(t, fmt.Sprintf(`set -o pipefail; cd %s && ./syncfiles --config %[2]s --from production --to staging --report %[3]s/syncfiles.json 2>/dev/null &&
		./dumpdb --config %[2]s --env production --out - --report %[3]s/dumpdb.json 2>/dev/null | ./rewriteurls --config %[2]s --from-env production --to-env staging --in - --out - --report %[3]s/rewriteurls.json 2>/dev/null | ./restoredb --config %[2]s --env staging --in - --report %[3]s/restoredb.json 2>/dev/null &&
		./checksite --config %[2]s --env staging --compare production --pages 3 --report %[3]s/checksite.json 2>/dev/null`, bin, cfgPath, dir))
	for _, tool := range []string{"syncfiles", "dumpdb", "rewriteurls", "restoredb", "checksite"} {
		if _, err := os.Stat(filepath.Join(dir, tool+".html")); err != nil {
			t.Errorf("no page beside %s.json: %v", tool, err)
		}
	}
	page := filepath.Join(dir, "wpsync-run.html")
	var list []string
	for _, tool := range []string{"syncfiles", "dumpdb", "rewriteurls", "restoredb", "checksite"} {
		list = append(list, filepath.Join(dir, tool+".json"))
	}
	must(t, "checksite", "--render-html", page, "--render-from", strings.Join(list, ","), "--render-title", "wpsync test run")
	html, _ := os.ReadFile(page)
	for _, external := range []string{"<script", "src=\"http", "href=\"http", "@import", "url("} {
		if strings.Contains(string(html), external) {
			t.Errorf("the page loads something from outside (%s)", external)
		}
	}

	shot := filepath.Join(os.TempDir(), "wpsync-html-report.png")
	chrome := func(args ...string) (string, string) {
		t.Helper()
		cmd := exec.Command("chromium", append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0", "--window-size=1200,1600"}, args...)...)
		var out, errb strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			t.Fatalf("chromium: %v\n%s", err, errb.String())
		}
		return out.String(), errb.String()
	}
	dom, log := chrome("--dump-dom", "file://"+page)
	for _, want := range []string{`<table class="stages">`, "<td>restoredb</td>", "<td>checksite</td>", "URL replacements per table.column", "wp_posts.post_content", "Health check: <span class=\"ok\">healthy</span>", "Changed in the shadow before the swap", "blog_public"} {
		if !strings.Contains(dom, want) {
			t.Errorf("the page as chromium sees it lacks %q", want)
		}
	}
	if strings.Contains(log, "CONSOLE") || strings.Contains(log, "Uncaught") {
		t.Errorf("console messages:\n%s", log)
	}
	chrome("--screenshot="+shot, "file://"+page)
	if fi, err := os.Stat(shot); err != nil || fi.Size() < 10000 {
		t.Errorf("screenshot %s: %v", shot, err)
	}
	t.Logf("screenshot: %s", shot)
}
