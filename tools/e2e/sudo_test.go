//go:build e2e

package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A Docker host's staging docroot: a bind mount owned by the container's
// www-data (uid 33), which the SSH user may not write. Without ssh.sudo the
// sync says why and what to set; with it (passwordless sudo, as the
// sandbox's staging user has) the files arrive, owned by 33:33.
func TestSudoWritesADocrootOwnedByAnotherUser(t *testing.T) {
	dir := filepath.Join(sandbox, "staging", "container-www")
	os.RemoveAll(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	if err := os.Chown(dir, 33, 33); err != nil {
		t.Fatal(err)
	}
	plain := variantConfig(t, "container", "path: "+docroot("staging"), "path: "+dir)
	r := run(t, nil, nil, "syncfiles", "--config", plain, "--from", "production", "--to", "staging", "--chown", "33:33", "--log-format", "console")
	if r.code == 0 || !strings.Contains(r.stderr, "set ssh.sudo: true") {
		t.Errorf("without sudo: exit %d\n%s", r.code, r.stderr)
	}

	withSudo := variantConfig(t, "container-sudo", "path: "+docroot("staging"), "path: "+dir,
		"      user: wpsync-stage\n", "      user: wpsync-stage\n      sudo: true\n")
	must(t, "syncfiles", "--config", withSudo, "--from", "production", "--to", "staging", "--chown", "33:33")
	for _, rel := range []string{"wp-includes/version.php", "wp-content/themes", "index.php"} {
		fi, err := os.Stat(filepath.Join(dir, rel))
		if err != nil {
			t.Fatalf("%s did not arrive: %v", rel, err)
		}
		if st := fi.Sys().(*syscall.Stat_t); st.Uid != 33 || st.Gid != 33 {
			t.Errorf("%s is owned by %d:%d, want 33:33", rel, st.Uid, st.Gid)
		}
	}
	// A second run (sudo again) finds nothing to do: ownership and content match.
	rep := filepath.Join(t.TempDir(), "r.json")
	must(t, "syncfiles", "--config", withSudo, "--from", "production", "--to", "staging", "--chown", "33:33", "--report", rep)
	data, _ := os.ReadFile(rep)
	var got struct {
		Summary struct{ New, Changed int } `json:"summary"`
	}
	if err := json.Unmarshal(data, &got); err != nil || got.Summary.New != 0 || got.Summary.Changed != 0 {
		t.Errorf("second run: %v %s", err, data)
	}
}
