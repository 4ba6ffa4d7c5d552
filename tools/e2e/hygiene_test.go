//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A copy of production that is safe to have: after files and database are
// synced, staging asks search engines not to index it, sends no e-mail,
// has the configured plugins off and options set, and keeps no customer's
// e-mail address — while production stays exactly as it was. The staging
// guard never goes the other way.
func TestStagingCopyIsSafe(t *testing.T) {
	rootSQL(t, "production", "wordpress", `UPDATE wp_options SET option_value = 'a:2:{i:0;s:19:"akismet/akismet.php";i:1;s:13:"demo/demo.php";}' WHERE option_name = 'active_plugins';
		INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES
		  (990001, 'customer', '', 'customer', 'jane@customer.example', NOW(), 'Jane'), (990002, 'dev', '', 'dev', 'dev@agency.test', NOW(), 'Dev');
		INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (990001, 'billing_email', 'jane.billing@customer.example')`)
	defer rootSQL(t, "production", "wordpress", `UPDATE wp_options SET option_value = 'a:0:{}' WHERE option_name = 'active_plugins';
		DELETE FROM wp_users WHERE ID IN (990001, 990002); DELETE FROM wp_usermeta WHERE user_id = 990001`)
	defer dbSync(t, false)
	before := checksums(t, "production")

	cfg := variantConfig(t, "hygiene", `    hygiene: {anonymize_emails: true, keep_emails: ["*@agency.test"]}   # and blog_public 0, the default here`+"\n",
		"    hygiene:\n      deactivate_plugins: [demo/demo.php]\n      set_options: {admin_email: dev@agency.test}\n      anonymize_emails: true\n      keep_emails: [\"*@agency.test\"]\n")
	out := sh(t, fmt.Sprintf(`set -o pipefail; cd %s && ./syncfiles --config %[2]s --from production --to staging 2>&1 && ./dumpdb --config %[2]s --env production --out - | ./rewriteurls --config %[2]s --from-env production --to-env staging --in - --out - | ./restoredb --config %[2]s --env staging --in - 2>&1`, bin, cfg))
	for _, want := range []string{"staging guard: wp-content/mu-plugins/wpsync-staging-guard.php", "changed before the swap: blog_public (search engines): \"1\" → \"0\"",
		"changed before the swap: deactivated: demo/demo.php", "changed before the swap: option admin_email set to \"dev@agency.test\"",
		"changed before the swap: e-mail addresses anonymized (…@example.invalid): users, customers' billing e-mail"} {
		if !strings.Contains(out, want) {
			t.Errorf("the run did not report %q:\n%s", want, out)
		}
	}
	assertSame(t, "production after a sync to staging", before, checksums(t, "production"))

	q := func(sql string) string { return rootSQL(t, "staging", "wordpress", sql) }
	if got := q("SELECT option_value FROM wp_options WHERE option_name = 'blog_public'"); got != "0" {
		t.Errorf("blog_public %q", got)
	}
	plugins := q("SELECT option_value FROM wp_options WHERE option_name = 'active_plugins'")
	if plugins != `a:1:{i:0;s:19:"akismet/akismet.php";}` {
		t.Errorf("active_plugins %s", plugins)
	}
	if got := sh(t, "php -r 'echo unserialize($argv[1]) === false ? \"broken\" : \"ok\";' '"+plugins+"'"); got != "ok" {
		t.Errorf("PHP's unserialize() of active_plugins: %s", got)
	}
	if got := q("SELECT option_value FROM wp_options WHERE option_name = 'admin_email'"); got != "dev@agency.test" {
		t.Errorf("admin_email %q", got)
	}
	if got := q("SELECT GROUP_CONCAT(user_email ORDER BY ID) FROM wp_users WHERE ID IN (1, 990001, 990002)"); got != "user1@example.invalid,user990001@example.invalid,dev@agency.test" {
		t.Errorf("users' e-mail: %s", got)
	}
	if got := q("SELECT meta_value FROM wp_usermeta WHERE user_id = 990001 AND meta_key = 'billing_email'"); got != "user990001@example.invalid" {
		t.Errorf("billing e-mail %q", got)
	}
	if got := q("SELECT user_login FROM wp_users WHERE ID = 990001"); got != "customer" {
		t.Errorf("the login changed: %q", got)
	}

	// wp_mail() on staging returns false and logs the blocked mail.
	cmd := exec.Command("php", "-r", `require "wp-load.php"; var_dump(wp_mail("jane@customer.example", "Your order", "Thanks"));`)
	cmd.Dir = docroot("staging")
	mail, _ := cmd.CombinedOutput()
	if !strings.Contains(string(mail), "bool(false)") || !strings.Contains(string(mail), "wpsync staging guard: blocked an e-mail to jane@customer.example: Your order") {
		t.Errorf("wp_mail on staging:\n%s", mail)
	}
	resp, err := http.Get("http://127.0.0.1:28082/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("X-Robots-Tag"); !strings.Contains(got, "noindex") {
		t.Errorf("staging's X-Robots-Tag: %q", got)
	}

	// The guard never reaches production: a promotion preview does not list it.
	rep := filepath.Join(t.TempDir(), "p.json")
	must(t, "syncfiles", "--config", cfg, "--from", "staging", "--to", "production", "--dry-run", "--report", rep)
	data, _ := os.ReadFile(rep)
	var preview struct {
		Details []struct{ Path string } `json:"details"`
	}
	if err := json.Unmarshal(data, &preview); err != nil {
		t.Fatal(err)
	}
	for _, ch := range preview.Details {
		if strings.Contains(ch.Path, "wpsync-staging-guard") {
			t.Errorf("the promotion would send the staging guard: %+v", ch)
		}
	}
	if _, err := os.Stat(filepath.Join(docroot("production"), "wp-content/mu-plugins/wpsync-staging-guard.php")); err == nil {
		t.Error("the staging guard is on production")
	}
}
