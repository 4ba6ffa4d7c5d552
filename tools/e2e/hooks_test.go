//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A persistent object cache keeps serving the options it cached before a
// restore; an after_restore command that flushes it makes staging show
// the restored database. Without one, the default runs (WP-CLI is not on
// the sandbox: it says so) and the stale options show.
func TestAfterRestoreFlushesTheObjectCache(t *testing.T) {
	content := filepath.Join(docroot("staging"), "wp-content")
	prev, _ := os.ReadFile(filepath.Join(content, "object-cache.php"))
	dropin, err := os.ReadFile(filepath.Join(repo, "test/sandbox/object-cache.php"))
	if err != nil {
		t.Fatal(err)
	}
	writeAs(t, "staging", "wp-content/object-cache.php", string(dropin))
	defer func() {
		writeAs(t, "staging", "wp-content/object-cache.php", string(prev))
		os.Remove(filepath.Join(content, "object-cache-store.ser"))
		os.Remove(filepath.Join(content, "object-cache-flushed.txt"))
	}()
	oldName := rootSQL(t, "production", "wordpress", "SELECT option_value FROM wp_options WHERE option_name = 'blogname'")
	defer rootSQL(t, "production", "wordpress", "UPDATE wp_options SET option_value = '"+oldName+"' WHERE option_name = 'blogname'")

	sync := func(cfg string) string {
		t.Helper()
		return sh(t, fmt.Sprintf(`set -o pipefail; cd %s && ./dumpdb --config %[2]s --env production --out - | ./rewriteurls --config %[2]s --from-env production --to-env staging --in - --out - | ./restoredb --config %[2]s --env staging --in - 2>&1`, bin, cfg))
	}
	sync(cfgPath)
	if page := homePage(t, "staging"); !strings.Contains(page, oldName) {
		t.Fatalf("staging does not show %q", oldName)
	}
	if _, err := os.Stat(filepath.Join(content, "object-cache-store.ser")); err != nil {
		t.Fatalf("the test drop-in kept no cache: %v", err)
	}

	// Without a flush the cached options stay: this is what the hook is for.
	newName := fmt.Sprintf("Renamed %d", time.Now().UnixNano())
	rootSQL(t, "production", "wordpress", "UPDATE wp_options SET option_value = '"+newName+"' WHERE option_name = 'blogname'")
	out := sync(cfgPath)
	if !strings.Contains(out, "after_restore on staging: ") || !strings.Contains(out, "WP-CLI is not installed: the object cache was not flushed") {
		t.Errorf("the default hook's result is not reported:\n%s", out)
	}
	if page := homePage(t, "staging"); strings.Contains(page, newName) || !strings.Contains(page, oldName) {
		t.Fatalf("the drop-in did not keep the stale options (the test proves nothing)")
	}

	// With the flush configured, staging shows the restored name.
	cfg := variantConfig(t, "hooks", "    protected: false   # the one environment wpsync may write freely\n",
		"    protected: false\n    after_restore:\n      - php -r 'require \"wp-load.php\"; wp_cache_flush();'\n")
	out = sync(cfg)
	if _, err := os.Stat(filepath.Join(content, "object-cache-flushed.txt")); err != nil {
		t.Errorf("the cache was not flushed: %v\n%s", err, out)
	}
	if !strings.Contains(out, "wp_cache_flush();' → exit 0") {
		t.Errorf("the hook's result is not reported:\n%s", out)
	}
	if page := homePage(t, "staging"); !strings.Contains(page, newName) {
		t.Errorf("staging does not show the restored blogname %q after the flush", newName)
	}

	// A failing hook: the restore is done, the run says which command failed.
	bad := variantConfig(t, "hooks-bad", "    protected: false   # the one environment wpsync may write freely\n",
		"    protected: false\n    after_restore: [\"exit 7\"]\n")
	r := run(t, nil, nil, "restoredb", "--config", bad, "--env", "staging", "--allow-other-dump", "--log-format", "console", "--in", dumpProduction(t, "p.sql"))
	if r.code != 1 || !strings.Contains(r.stderr, `the database restore on staging is done, but its after_restore command "exit 7" failed (exit 7); until it is fixed`) {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
}
