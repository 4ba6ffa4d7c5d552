//go:build e2e

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeAs creates a file in a sandbox docroot owned by that host's user.
func writeAs(t *testing.T, host, rel, content string) {
	t.Helper()
	p := filepath.Join(docroot(host), rel)
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	user := map[string]string{"production": "wpsync-prod", "staging": "wpsync-stage"}[host]
	sh(t, "chown -R "+user+": "+docroot(host))
}

var syncSkip = []string{"wp-content/uploads", "wp-config.php", ".htaccess", ".user.ini", "wp-content/cache", "wp-content/mu-plugins/wpsync-staging-guard.php"}

func TestSyncProductionToStaging(t *testing.T) {
	writeAs(t, "production", "wp-content/uploads/2024/01/photo.jpg", "media lives on S3")
	writeAs(t, "production", "wp-content/plugins/demo/demo.php", "<?php /* Plugin Name: Demo\nVersion: 1.0 */")
	writeAs(t, "staging", "staging-only.txt", "made on staging")
	stagingConfig, _ := os.ReadFile(filepath.Join(docroot("staging"), "wp-config.php"))
	must(t, "syncfiles", "--config", cfgPath, "--from", "production", "--to", "staging")

	prod, stag := treeHash(t, docroot("production"), syncSkip...), treeHash(t, docroot("staging"), syncSkip...)
	for p, h := range prod {
		if stag[p] != h {
			t.Errorf("staging's %s differs from production's", p)
		}
	}
	if _, err := os.Stat(filepath.Join(docroot("staging"), "wp-content/uploads/2024/01/photo.jpg")); err == nil {
		t.Error("uploads were copied")
	}
	if now, _ := os.ReadFile(filepath.Join(docroot("staging"), "wp-config.php")); string(now) != string(stagingConfig) {
		t.Error("staging's wp-config.php was overwritten")
	}
	if _, err := os.Stat(filepath.Join(docroot("staging"), "staging-only.txt")); err != nil {
		t.Error("a staging-only file was deleted without --delete")
	}
	// The delete guard stops a run that would delete too much, before anything is deleted.
	for i := 0; i < 5; i++ {
		writeAs(t, "staging", "extra/file"+string(rune('a'+i))+".txt", "x")
	}
	before := treeHash(t, docroot("staging"))
	r := run(t, nil, nil, "syncfiles", "--config", cfgPath, "--from", "production", "--to", "staging", "--delete", "--max-delete", "3")
	if r.code != 3 || !strings.Contains(r.stderr, "more than --max-delete 3") {
		t.Errorf("delete guard: exit %d\n%s", r.code, r.stderr)
	}
	if d := diffTrees(before, treeHash(t, docroot("staging"))); len(d) > 0 {
		t.Errorf("the guarded run changed staging: %v", d)
	}
	must(t, "syncfiles", "--config", cfgPath, "--from", "production", "--to", "staging", "--delete")
	if _, err := os.Stat(filepath.Join(docroot("staging"), "staging-only.txt")); err == nil {
		t.Error("--delete kept a staging-only file")
	}
	if _, err := os.Stat(filepath.Join(docroot("staging"), "wp-config.php")); err != nil {
		t.Error("--delete removed the protected wp-config.php")
	}
}

func TestDryRunChangesNothing(t *testing.T) {
	stamp := time.Now().Format("150405.000000")
	writeAs(t, "production", "wp-content/themes/twentytwentythree/dry"+stamp+".css", "body{}")
	writeAs(t, "staging", "dry-only"+stamp+".txt", "x")
	before := treeHash(t, docroot("staging"))
	r := must(t, "syncfiles", "--config", cfgPath, "--from", "production", "--to", "staging", "--dry-run", "--delete")
	if !strings.Contains(r.stderr, "new      wp-content/themes/twentytwentythree/dry"+stamp+".css") || !strings.Contains(r.stderr, "deleted  dry-only"+stamp+".txt") {
		t.Errorf("preview does not itemize:\n%s", r.stderr)
	}
	if d := diffTrees(before, treeHash(t, docroot("staging"))); len(d) > 0 {
		t.Errorf("dry run changed staging: %v", d)
	}
}

func TestPromotionNeedsApprovalKeepsABackupAndRollsBack(t *testing.T) {
	must(t, "syncfiles", "--config", cfgPath, "--from", "production", "--to", "staging", "--delete")
	before := treeHash(t, docroot("production"))
	writeAs(t, "staging", "wp-content/plugins/demo/demo.php", "<?php /* Plugin Name: Demo\nVersion: 2.0 */")
	writeAs(t, "staging", "wp-content/plugins/demo/new-file.php", "<?php // added in 2.0")
	// names rsync prints escaped (\#012, \#303\#274): recorded and removed exactly
	writeAs(t, "staging", "wp-content/plugins/demo/new\nline.php", "<?php // a newline in the name")
	writeAs(t, "staging", "wp-content/plugins/demo-ü/ümlaut.php", "<?php // non-ASCII names")
	writeAs(t, "staging", `wp-content/plugins/demo/back\#012slash.php`, "<?php // a backslash that looks like an escape")
	os.Remove(filepath.Join(docroot("staging"), "wp-content/plugins/akismet/readme.txt"))

	r := run(t, nil, nil, "syncfiles", "--config", cfgPath, "--from", "staging", "--to", "production", "--delete")
	if r.code != 3 {
		t.Fatalf("promotion without --allow-protected: exit %d\n%s", r.code, r.stderr)
	}
	if d := diffTrees(before, treeHash(t, docroot("production"))); len(d) > 0 {
		t.Fatalf("refused promotion changed production: %v", d)
	}
	r = must(t, "syncfiles", "--config", cfgPath, "--from", "staging", "--to", "production", "--delete", "--allow-protected")
	if got, _ := os.ReadFile(filepath.Join(docroot("production"), "wp-content/plugins/demo/demo.php")); !strings.Contains(string(got), "2.0") {
		t.Error("promotion did not apply the update")
	}
	if !strings.Contains(r.stderr, "--rollback") {
		t.Errorf("summary does not print the rollback command:\n%s", r.stderr)
	}
	backups, _ := filepath.Glob(docroot("production") + ".wpsync-backups/*/wp-content/plugins/demo/demo.php")
	if len(backups) == 0 {
		t.Fatal("no backup of the overwritten file")
	}
	if old, _ := os.ReadFile(backups[len(backups)-1]); !strings.Contains(string(old), "1.0") {
		t.Error("backup does not hold the old version")
	}
	must(t, "syncfiles", "--config", cfgPath, "--to", "production", "--allow-protected", "--rollback", "latest")
	if d := diffTrees(before, treeHash(t, docroot("production"))); len(d) > 0 {
		t.Errorf("rollback did not restore the exact previous tree: %v", d)
	}
}

func TestAwkwardFileNamesSymlinksAndPermissions(t *testing.T) {
	names := []string{"with space.php", "it's.php", `dq"uote.php`, "$(touch pwned).php", "ünïcödé ✓.php", "-leading-dash.php", "`tick`.php", "semi;colon.php"}
	for _, n := range names {
		writeAs(t, "production", "wp-content/plugins/odd/"+n, n)
	}
	os.Chmod(filepath.Join(docroot("production"), "wp-content/plugins/odd/with space.php"), 0o600)
	link := filepath.Join(docroot("production"), "wp-content/plugins/odd/link.php")
	os.Remove(link)
	os.Symlink("with space.php", link)
	sh(t, "chown -h wpsync-prod: '"+link+"'")
	must(t, "syncfiles", "--config", cfgPath, "--from", "production", "--to", "staging")
	want := treeHash(t, filepath.Join(docroot("production"), "wp-content/plugins/odd"))
	got := treeHash(t, filepath.Join(docroot("staging"), "wp-content/plugins/odd"))
	if d := diffTrees(want, got); len(d) > 0 {
		t.Errorf("odd names, link or modes differ: %v", d)
	}
	for _, dir := range []string{docroot("staging"), docroot("production"), "/tmp", "/root"} {
		if _, err := os.Stat(filepath.Join(dir, "pwned")); err == nil {
			t.Fatal("a file name was executed as shell")
		}
	}
}

// A dropped SSH connection: the sshd serving the transfer is killed mid-way.
// The run must fail, and a re-run must complete the target.
func TestDroppedConnectionFailsAndARerunCompletes(t *testing.T) {
	big := filepath.Join(docroot("production"), "wp-content/plugins/big")
	os.MkdirAll(big, 0o755)
	sh(t, "for i in $(seq 1 40); do head -c 5000000 /dev/urandom > "+big+"/blob$i.bin; done; chown -R wpsync-prod: "+big)
	defer os.RemoveAll(big)
	cmd := exec.Command(filepath.Join(bin, "syncfiles"), "--config", cfgPath, "--from", "production", "--to", "staging", "--mirror", t.TempDir())
	cmd.Env = os.Environ()
	out := &strings.Builder{}
	cmd.Stderr = out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait for the transfer to be under way, then kill the sshd children of production.
	killed := false
	for i := 0; i < 100 && !killed; i++ {
		time.Sleep(100 * time.Millisecond)
		if pids := strings.Fields(sh(t, "pgrep -u wpsync-prod rsync || true")); len(pids) > 0 {
			sh(t, "pkill -KILL -u wpsync-prod sshd || true")
			killed = true
		}
	}
	err := cmd.Wait()
	if !killed {
		t.Skip("transfer finished before the connection could be dropped")
	}
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || !strings.Contains(out.String(), "rsync exit code") {
		t.Errorf("dropped connection: %v\n%s", err, out.String())
	}
	must(t, "syncfiles", "--config", cfgPath, "--from", "production", "--to", "staging")
	want := treeHash(t, big)
	got := treeHash(t, filepath.Join(docroot("staging"), "wp-content/plugins/big"))
	if d := diffTrees(want, got); len(d) > 0 {
		t.Errorf("re-run did not complete the target: %v", d)
	}
	os.RemoveAll(filepath.Join(docroot("staging"), "wp-content/plugins/big"))
}

// A promotion applies exactly the approved preview: a source that changed
// since is refused, nothing applied; staging-only files never travel.
func TestPromotionAppliesExactlyTheApprovedPreview(t *testing.T) {
	must(t, "syncfiles", "--config", cfgPath, "--from", "production", "--to", "staging", "--delete")
	cfg := variantConfig(t, "staging-only", "  protect: [wp-config.php, .htaccess, .user.ini]", "  protect: [wp-config.php, .htaccess, .user.ini]\n  staging_only: [/wp-content/mu-plugins/tester-tools.php]")
	writeAs(t, "staging", "wp-content/mu-plugins/tester-tools.php", "<?php // staging only")
	writeAs(t, "staging", "wp-content/mu-plugins/wpsync-staging-guard.php", "<?php // wpsync's guard")
	writeAs(t, "staging", "wp-content/plugins/planned/planned.php", "<?php // version 1")
	t.Cleanup(func() {
		os.RemoveAll(filepath.Join(docroot("staging"), "wp-content/plugins/planned"))
		os.RemoveAll(filepath.Join(docroot("production"), "wp-content/plugins/planned"))
		os.Remove(filepath.Join(docroot("staging"), "wp-content/mu-plugins/tester-tools.php"))
		os.Remove(filepath.Join(docroot("staging"), "wp-content/mu-plugins/wpsync-staging-guard.php"))
	})
	plan := filepath.Join(t.TempDir(), "plan.json")
	r := must(t, "syncfiles", "--config", cfg, "--from", "staging", "--to", "production", "--dry-run", "--save-plan", plan)
	if strings.Contains(r.stderr, "new      wp-content/mu-plugins/") || !strings.Contains(r.stderr, "new      wp-content/plugins/planned/planned.php") {
		t.Errorf("the preview lists staging-only files or misses the plugin:\n%s", r.stderr)
	}
	before := treeHash(t, docroot("production"))
	writeAs(t, "staging", "wp-content/plugins/planned/planned.php", "<?php // version 2, never previewed")
	r = run(t, nil, nil, "syncfiles", "--config", cfg, "--from", "staging", "--to", "production", "--allow-protected", "--plan", plan)
	if r.code != 3 || !strings.Contains(r.stderr, "changed since the approved preview") || !strings.Contains(r.stderr, "planned.php") {
		t.Errorf("a changed source: exit %d\n%s", r.code, r.stderr)
	}
	if d := diffTrees(before, treeHash(t, docroot("production"))); len(d) > 0 {
		t.Errorf("production changed although the plan was refused: %v", d)
	}
	must(t, "syncfiles", "--config", cfg, "--from", "staging", "--to", "production", "--dry-run", "--save-plan", plan)
	must(t, "syncfiles", "--config", cfg, "--from", "staging", "--to", "production", "--allow-protected", "--plan", plan)
	if got, _ := os.ReadFile(filepath.Join(docroot("production"), "wp-content/plugins/planned/planned.php")); !strings.Contains(string(got), "version 2") {
		t.Errorf("the approved version was not applied: %q", got)
	}
	for _, f := range []string{"tester-tools.php", "wpsync-staging-guard.php"} {
		if _, err := os.Stat(filepath.Join(docroot("production"), "wp-content/mu-plugins", f)); err == nil {
			t.Errorf("%s reached production", f)
		}
	}
	must(t, "syncfiles", "--config", cfg, "--to", "production", "--allow-protected", "--rollback", "latest")
}
