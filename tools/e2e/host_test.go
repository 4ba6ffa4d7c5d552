//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/host"
	"github.com/wpsync/wpsync/tools/internal/shell"
	"github.com/wpsync/wpsync/tools/internal/sqlconn"
)

func loadEnv(t *testing.T, name string) *config.Env {
	t.Helper()
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	e, err := cfg.Env(name)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func openHost(t *testing.T, name string) host.Host {
	t.Helper()
	h, err := host.Open(context.Background(), loadEnv(t, name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

func TestHostStreams100MBIdentically(t *testing.T) {
	h := openHost(t, "production")
	data := make([]byte, 100<<20)
	rand.Read(data)
	want := sha256.Sum256(data)
	got := sha256.New()
	var errb bytes.Buffer
	if err := h.Run(context.Background(), host.Cmd{Script: "cat", Stdin: bytes.NewReader(data), Stdout: got, Stderr: &errb}); err != nil {
		t.Fatalf("%v %s", err, errb.String())
	}
	if !bytes.Equal(got.Sum(nil), want[:]) {
		t.Fatal("100 MB came back different")
	}
}

func TestHostArgumentsArriveAsData(t *testing.T) {
	h := openHost(t, "production")
	weird := []string{"it's", `"dq"`, "semi;colon", "$(touch /tmp/wpsync-pwned)", "`id`", "new\nline", "sp ace", "ünï ✓", "-leading", "*", "$HOME", "a\\b"}
	out, err := host.Output(context.Background(), h, shell.Join(append([]string{"printf", "[%s]"}, weird...)...), nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "[" + strings.Join(weird, "][") + "]"; out != want {
		t.Errorf("got %q\nwant %q", out, want)
	}
	if _, err := os.Stat("/tmp/wpsync-pwned"); err == nil {
		t.Fatal("a $(…) argument was executed")
	}
}

func TestHostSecretsTravelOutsideArgv(t *testing.T) {
	h := openHost(t, "production")
	secret := "pa$$ w'ord\"1"
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	var out bytes.Buffer
	go func() {
		done <- h.Run(ctx, host.Cmd{Script: `printf %s "$WPSYNC_T"; sleep 2`, Secrets: map[string]string{"WPSYNC_T": secret}, Stdout: &out})
	}()
	waitFor(t, func() bool { return strings.Contains(psUser("wpsync-prod"), "sleep 2") }) // the script runs
	ps := sh(t, "ps -eo args")
	if strings.Contains(ps, "w'ord") {
		t.Fatal("the secret is visible in ps")
	}
	if err := <-done; err != nil || out.String() != secret {
		t.Fatalf("secret did not arrive: %q %v", out.String(), err)
	}
}

func TestHostCancelEndsRemoteProcesses(t *testing.T) {
	h := openHost(t, "production")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.Run(ctx, host.Cmd{Script: "sleep 777 | sleep 778"}) }()
	waitFor(t, func() bool { return strings.Contains(psUser("wpsync-prod"), "sleep 777") })
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("Run returned %v, want context.Canceled", err)
	}
	waitFor(t, func() bool {
		ps := psUser("wpsync-prod")
		return !strings.Contains(ps, "sleep 777") && !strings.Contains(ps, "sleep 778")
	})
}

func psUser(u string) string {
	out, _ := exec.Command("ps", "-u", u, "-o", "args").Output()
	return string(out)
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for i := 0; i < 300; i++ {
		if cond() {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("condition not met within 30s")
}

func TestHostUnknownAndChangedKeysAreRefused(t *testing.T) {
	env := loadEnv(t, "production")
	dir := t.TempDir()
	// Unknown: a known_hosts without this server.
	empty := filepath.Join(dir, "empty")
	os.WriteFile(empty, nil, 0o600)
	env.SSH.KnownHosts = empty
	_, err := host.Open(context.Background(), env)
	if exit.CodeOf(err) != exit.Refused || !strings.Contains(err.Error(), "SHA256:") || !strings.Contains(err.Error(), "ssh-keyscan") {
		t.Errorf("unknown key: %v", err)
	}
	// Changed: the server's entry holds another key.
	sh(t, "ssh-keygen -q -t ed25519 -N '' -f "+dir+"/other")
	other, _ := os.ReadFile(dir + "/other.pub")
	changed := filepath.Join(dir, "changed")
	os.WriteFile(changed, []byte("[127.0.0.1]:22201 "+strings.Join(strings.Fields(string(other))[:2], " ")+"\n"), 0o600)
	env.SSH.KnownHosts = changed
	_, err = host.Open(context.Background(), env)
	if exit.CodeOf(err) != exit.Refused || !strings.Contains(err.Error(), "HOST KEY CHANGED") || !strings.Contains(err.Error(), "ssh-keygen") {
		t.Errorf("changed key: %v", err)
	}
}

func TestHostWrongClientKeyIsRefusedClearly(t *testing.T) {
	env := loadEnv(t, "production")
	dir := t.TempDir()
	sh(t, "ssh-keygen -q -t ed25519 -N '' -f "+dir+"/wrong")
	t.Setenv("WPSYNC_PRODUCTION_SSH_KEY_FILE", dir+"/wrong")
	_, err := host.Open(context.Background(), env)
	if err == nil || !strings.Contains(err.Error(), "refused the login") || !strings.Contains(err.Error(), "authorized_keys") {
		t.Errorf("wrong key: %v", err)
	}
	// An encrypted key without its passphrase names the variable to set.
	sh(t, "ssh-keygen -q -t ed25519 -N 'correct horse' -f "+dir+"/enc")
	t.Setenv("WPSYNC_PRODUCTION_SSH_KEY_FILE", dir+"/enc")
	_, err = host.Open(context.Background(), env)
	if exit.CodeOf(err) != exit.Usage || !strings.Contains(err.Error(), "WPSYNC_PRODUCTION_SSH_KEY_PASSPHRASE") {
		t.Errorf("encrypted key: %v", err)
	}
}

func TestTunnelReachesProductionMariaDB(t *testing.T) {
	env := loadEnv(t, "production")
	h := openHost(t, "production")
	db, err := sqlconn.Open(context.Background(), h, env)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var home string
	if err := db.QueryRow("SELECT option_value FROM wp_options WHERE option_name='home'").Scan(&home); err != nil {
		t.Fatal(err)
	}
	if home != "https://www.example.test" {
		t.Errorf("home = %q", home)
	}
	// The unix-socket form of the tunnel.
	env.DB.Socket = filepath.Join(sandbox, "production", "mysql", "mysqld.sock")
	c, err := h.Dial(context.Background(), "unix", env.DB.Socket)
	if err != nil {
		t.Fatal(err)
	}
	greeting := make([]byte, 64)
	n, _ := io.ReadAtLeast(c, greeting, 8)
	c.Close()
	if !bytes.Contains(greeting[:n], []byte("MariaDB")) {
		t.Errorf("socket tunnel greeting %q", greeting[:n])
	}
}
