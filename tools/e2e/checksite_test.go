//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checksite passes a working staging and fails one whose PHP dies, naming
// the pages.
func TestCheckSite(t *testing.T) {
	dbSync(t, false)
	r := must(t, "checksite", "--config", cfgPath, "--env", "staging", "--compare", "production", "--pages", "3", "--log-format", "console")
	if !strings.Contains(r.stderr, "staging is healthy") || strings.Count(r.stderr, " 200 ") < 4 {
		t.Errorf("a working staging:\n%s", r.stderr)
	}
	boom := filepath.Join(docroot("staging"), "wp-content/mu-plugins/wpsync-test-boom.php")
	writeAs(t, "staging", "wp-content/mu-plugins/wpsync-test-boom.php", "<?php\nadd_action('template_redirect', function () { undefined_function_from_a_broken_update(); });\n")
	defer os.Remove(boom)
	r = run(t, nil, nil, "checksite", "--config", cfgPath, "--env", "staging", "--compare", "production", "--pages", "3", "--log-format", "console")
	if r.code != 1 || !strings.Contains(r.stderr, "staging is unhealthy: / (PHP fatal error") {
		t.Errorf("a staging with a fatal error: exit %d\n%s", r.code, r.stderr)
	}
	// A bad base URL is a config error.
	bad := variantConfig(t, "check-bad", `check: {base_url: "http://127.0.0.1:28082"}`, `check: {base_url: "127.0.0.1:28082"}`)
	if r := run(t, nil, nil, "checksite", "--config", bad, "--env", "staging"); r.code != 2 || !strings.Contains(r.stderr, "check.base_url") {
		t.Errorf("a base URL without a scheme: exit %d\n%s", r.code, r.stderr)
	}
}
