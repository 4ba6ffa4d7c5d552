package rsync

import (
	"fmt"
	"strings"
	"testing"

	"github.com/wpsync/wpsync/tools/internal/config"
)

func TestParseItem(t *testing.T) {
	cases := map[string]Change{
		">f+++++++++ 120 wp-content/plugins/a b.php": {Op: "new", Kind: "file", Path: "wp-content/plugins/a b.php", Size: 120},
		">f.st...... 99 index.php":                   {Op: "changed", Kind: "file", Path: "index.php", Size: 99},
		"cd+++++++++ 4096 wp-content/plugins/x/":     {Op: "new", Kind: "dir", Path: "wp-content/plugins/x/", Size: 4096},
		".d..t...... 4096 ./":                        {Op: "attrs", Kind: "dir", Path: "./", Size: 4096},
		"cL+++++++++ 5 link.php -> target.php":       {Op: "new", Kind: "link", Path: "link.php", Size: 5},
		"*deleting   0 old/file.txt":                 {Op: "deleted", Kind: "file", Path: "old/file.txt"},
		"*deleting   0 old/":                         {Op: "deleted", Kind: "dir", Path: "old/"},
	}
	for line, want := range cases {
		got, ok := parseItem(line)
		if !ok || got != want {
			t.Errorf("%q: got %+v %v, want %+v", line, got, ok, want)
		}
	}
	if _, ok := parseItem("sending incremental file list"); ok {
		t.Error("a non-item line was parsed")
	}
}

func TestArgs(t *testing.T) {
	env := &config.Env{Name: "production", SSH: &config.SSH{Host: "prod.example.com", Port: 2222, User: "deploy", KnownHosts: "/etc/kh", KeyFile: "/k/id"}}
	args, err := Args(Endpoint{Env: env, Path: "/var/www/html"}, Endpoint{Path: "/srv/mirror"}, Options{
		Delete: true, MaxDelete: 10, Protect: []string{"wp-config.php"}, Excludes: Excludes([]string{"wp-content/uploads/", "debug.log"}),
		Chown: "33:33", BackupDir: "/var/www/html.wpsync-backups/x",
	})
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Join(args, " ")
	for _, want := range []string{"--delete-delay", "--max-delete=10", "--chown=33:33", "--backup --backup-dir=/var/www/html.wpsync-backups/x",
		"--exclude=wp-config.php", "--exclude=/wp-content/uploads/", "--exclude=debug.log", "--protect-args",
		"-o UserKnownHostsFile=/etc/kh", "-o StrictHostKeyChecking=yes", "-F /dev/null", "-i /k/id", "-p 2222",
		"-- deploy@prod.example.com:/var/www/html/ /srv/mirror/"} {
		if !strings.Contains(s, want) {
			t.Errorf("args lack %q:\n%s", want, s)
		}
	}
	if strings.Count(s, "uploads") != 1 {
		t.Errorf("uploads excluded twice: %s", s)
	}
	dry, _ := Args(Endpoint{Path: "/a"}, Endpoint{Path: "/b"}, Options{DryRun: true, Delete: true, MaxDelete: 3})
	if strings.Contains(strings.Join(dry, " "), "--max-delete") {
		t.Error("a dry run must count every deletion")
	}
	env.SSH.KnownHosts = "/it's/kh"
	if _, err := Args(Endpoint{Env: env, Path: "/x"}, Endpoint{Path: "/y"}, Options{}); err == nil {
		t.Error("a quote in an ssh option was accepted")
	}
}

func TestExplain(t *testing.T) {
	for code, want := range map[int]string{12: "dropped SSH connection", 23: "permissions", 24: "vanished", 30: "timeout", 255: "SSH failed"} {
		if err := explain(code, "rsync: something\n"); !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), fmt.Sprint(code)) {
			t.Errorf("%d: %v", code, err)
		}
	}
	if err := explain(255, "Host key verification failed."); !strings.Contains(err.Error(), "host key") {
		t.Errorf("host key: %v", err)
	}
}

// rsync prints a name's unprintable bytes as \#ooo; wpsync records and
// removes names exactly as they are on disk.
func TestItemNamesAreUnescaped(t *testing.T) {
	for line, want := range map[string]string{
		`>f+++++++++ 3 wp-content/new\#012line.php`:          "wp-content/new\nline.php",
		`>f+++++++++ 3 \#303\#274mlaut.php`:                  "ümlaut.php",
		`>f+++++++++ 3 back\#134#012slash.php`:               `back\#012slash.php`,
		`*deleting   0 wp-content/old\#012name.php`:          "wp-content/old\nname.php",
		`cL+++++++++ 0 l\#303\#274nk -> t\#303\#274rget`:     "lünk",
		`>f+++++++++ 3 plain #hash and \# not an escape.php`: `plain #hash and \# not an escape.php`,
	} {
		ch, ok := parseItem(line)
		if !ok || ch.Path != want {
			t.Errorf("parseItem(%q) = %q, %v; want %q", line, ch.Path, ok, want)
		}
	}
}
