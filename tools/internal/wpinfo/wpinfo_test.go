package wpinfo

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, root, rel, content string) {
	p := filepath.Join(root, rel)
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestScanAndDiff(t *testing.T) {
	old, new := t.TempDir(), t.TempDir()
	for _, root := range []string{old, new} {
		write(t, root, "wp-content/plugins/akismet/akismet.php", "<?php\n/*\nPlugin Name: Akismet Anti-spam: Spam Protection\nVersion: 5.0.1\n*/")
		write(t, root, "wp-content/themes/twentytwentythree/style.css", "/*\nTheme Name: Twenty Twenty-Three\nVersion: 1.0\n*/")
	}
	write(t, old, "wp-includes/version.php", "<?php\n$wp_version = '6.1.9';\n")
	write(t, new, "wp-includes/version.php", "<?php\n$wp_version = '6.2';\n")
	write(t, old, "wp-content/plugins/demo/demo.php", "<?php /* Plugin Name: Demo\n * Version: 1.0 */")
	write(t, new, "wp-content/plugins/demo/demo.php", "<?php /* Plugin Name: Demo\n * Version: 2.0 */")
	write(t, new, "wp-content/plugins/hello.php", "<?php\n/*\nPlugin Name: Hello Dolly\nVersion: 1.7.2\n*/")
	write(t, old, "wp-content/themes/old/style.css", "/*\nTheme Name: Old Theme\nVersion: 3\n*/")
	a, _ := Scan(old)
	b, _ := Scan(new)
	var got []string
	for _, c := range Diff(a, b) {
		got = append(got, c.String())
	}
	want := []string{"WordPress core 6.1.9 → 6.2", "plugin Demo 1.0 → 2.0", "added plugin Hello Dolly (hello) 1.7.2", "removed theme Old Theme (old) 3"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSecrets(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"index.php", "wp-config.php", ".env", "backup.sql.gz", ".git/config", "wp-content/plugins/x/x.php"} {
		write(t, root, f, "x")
	}
	// PEM files are judged by content: a private key stops the snapshot, a
	// plugin's CA bundle does not; files.not_secret lets a known file through.
	write(t, root, "keys/server.pem", "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n")
	write(t, root, "keys/site.key", "-----BEGIN EC PRIVATE KEY-----\nMHc\n-----END EC PRIVATE KEY-----\n")
	write(t, root, "wp-content/plugins/x/cacert.pem", "-----BEGIN CERTIFICATE-----\nMIID\n-----END CERTIFICATE-----\n")
	write(t, root, "wp-content/plugins/y/.env", "PUBLIC=1")
	got, _ := Secrets(root, []string{"/wp-content/plugins/y/.env"})
	if strings.Join(got, ",") != ".env,backup.sql.gz,keys/server.pem,keys/site.key,wp-config.php" {
		t.Errorf("got %v", got)
	}
}
