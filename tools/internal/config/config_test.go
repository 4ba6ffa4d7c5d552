package config

import (
	"strings"
	"testing"

	"github.com/wpsync/wpsync/tools/internal/exit"
)

const valid = `
site: example
environments:
  production:
    url: https://www.example.com
    protected: true
    ssh: {host: prod.example.com, user: deploy, known_hosts: kh}
    path: /var/www/html
    db: {host: 10.0.1.12, name: wordpress, user: wp, password_env: PROD_DB_PASSWORD}
  staging:
    url: https://staging.example.com
    path: /srv/www
    db: {socket: /run/mysqld/mysqld.sock, name: wp_staging, user: wp}
rewrite:
  extra:
    - {from: https://cdn.example.com, to: https://cdn-staging.example.com}
`

func TestValidConfigGetsDefaults(t *testing.T) {
	c, err := Parse("/etc/wpsync/wpsync.yml", []byte(valid))
	if err != nil {
		t.Fatal(err)
	}
	p, _ := c.Env("production")
	if p.SSH.Port != 22 || p.DB.Port != 3306 || p.DB.Prefix != "wp_" {
		t.Errorf("defaults not applied: %+v %+v", p.SSH, p.DB)
	}
	if p.SSH.KnownHosts != "/etc/wpsync/kh" {
		t.Errorf("known_hosts not resolved against the config dir: %s", p.SSH.KnownHosts)
	}
	s, _ := c.Env("staging")
	if !s.IsLocal() || p.IsLocal() {
		t.Error("an env without ssh must be local, one with ssh remote")
	}
	if strings.Join(c.Files.Protect, ",") != "/wp-config.php,/.htaccess,/.user.ini" {
		t.Errorf("protect default: %v", c.Files.Protect)
	}
	if err := p.CheckWritable(false); exit.CodeOf(err) != exit.Refused {
		t.Errorf("protected env writable without --allow-protected: %v", err)
	}
	if err := p.CheckWritable(true); err != nil {
		t.Errorf("protected env refused with --allow-protected: %v", err)
	}
	if err := s.CheckWritable(false); exit.CodeOf(err) != exit.Refused || !strings.Contains(err.Error(), "set environments.staging.protected: false") {
		t.Errorf("an env that does not say protected: false must be protected, and the refusal must say how to change that: %v", err)
	}
}

func TestEveryEnvironmentIsProtectedUnlessItSaysFalse(t *testing.T) {
	for _, tc := range []struct {
		line      string
		protected bool
	}{{"", true}, {"protected: true", true}, {"protected: false", false}} {
		cfg := strings.Replace(valid, "    path: /srv/www", "    "+tc.line+"\n    path: /srv/www", 1)
		c, err := Parse("wpsync.yml", []byte(cfg))
		if err != nil {
			t.Fatal(err)
		}
		s, _ := c.Env("staging")
		if s.Protected != tc.protected {
			t.Errorf("staging with %q: protected = %v, want %v", tc.line, s.Protected, tc.protected)
		}
		if err := s.CheckWritable(false); (err == nil) == tc.protected {
			t.Errorf("staging with %q: CheckWritable(false) = %v", tc.line, err)
		}
	}
}

func TestInvalidConfigsNameKeyAndFix(t *testing.T) {
	cases := []struct {
		name, from, to, want string
	}{
		{"no site", "site: example\n", "", "site is missing"},
		{"no db name", "name: wp_staging, ", "", "environments.staging.db.name is missing: set the database name"},
		{"no db user", "user: wp}\nrewrite", "}\nrewrite", "environments.staging.db.user is missing"},
		{"no url", "    url: https://staging.example.com\n", "", "environments.staging.url is missing"},
		{"bad url", "https://staging.example.com", "staging.example.com", `environments.staging.url "staging.example.com" is not a site URL`},
		{"relative path", "path: /srv/www", "path: srv/www", "must be absolute"},
		{"no known_hosts", ", known_hosts: kh}", "}", "environments.production.ssh.known_hosts is missing: host keys are always verified"},
		{"typo", "protected: true", "protectd: true", `unknown key "protectd" in an environment`},
		{"bad prefix", "user: wp}\nrewrite", "user: wp, prefix: \"wp;\"}\nrewrite", "db.prefix"},
		{"password in file", "password_env: PROD_DB_PASSWORD", "password_env: hunter2!", "is not an environment variable name"},
		{"bad extra", "to: https://cdn-staging.example.com", "to: cdn", "rewrite.extra[0].to"},
		{"not yaml", "site: example", "site: [example", "not valid YAML"},
		{"bad port", "user: deploy,", "user: deploy, port: 70000,", "ssh.port 70000"},
		{"quoted bool", "protected: true", `protected: "true"`, `environments.production.protected is "true": expected true or false, without quotes`},
		{"port with letters", "user: deploy,", "user: deploy, port: 22x,", `environments.production.ssh.port is "22x": expected a whole number`},
		{"password key", "password_env: PROD_DB_PASSWORD", "password: hunter2", `unknown key "password" in a db block: the password never goes in the file: name the environment variable that holds it with password_env`},
		{"host with port", "host: 10.0.1.12", "host: 10.0.1.12:3306", `db.host "10.0.1.12:3306" holds a port: write host: 10.0.1.12 and port: 3306`},
		{"socket and host", "{socket: /run/mysqld/mysqld.sock,", "{socket: /run/mysqld/mysqld.sock, host: db,", "db.host and db.socket are both set"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Replace(valid, tc.from, tc.to, 1)
			if src == valid {
				t.Fatalf("test case did not change the config")
			}
			_, err := Parse("/x/wpsync.yml", []byte(src))
			if err == nil {
				t.Fatal("invalid config accepted")
			}
			if exit.CodeOf(err) != exit.Usage {
				t.Errorf("exit code %d, want %d", exit.CodeOf(err), exit.Usage)
			}
			if !strings.HasPrefix(err.Error(), "wpsync.yml: ") || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("message %q does not name the file and %q", err, tc.want)
			}
		})
	}
}

func TestUnknownEnvListsKnownOnes(t *testing.T) {
	c, _ := Parse("wpsync.yml", []byte(valid))
	_, err := c.Env("prod")
	if err == nil || !strings.Contains(err.Error(), "production, staging") {
		t.Errorf("got %v", err)
	}
}

func TestSecretsComeFromEnvironment(t *testing.T) {
	c, _ := Parse("wpsync.yml", []byte(valid))
	p, _ := c.Env("production")
	if _, err := p.DBPassword(); err == nil || !strings.Contains(err.Error(), "PROD_DB_PASSWORD is not set") {
		t.Errorf("missing secret: %v", err)
	}
	t.Setenv("PROD_DB_PASSWORD", "s3cret")
	if pw, _ := p.DBPassword(); pw != "s3cret" {
		t.Errorf("password_env not read: %q", pw)
	}
	t.Setenv("WPSYNC_PRODUCTION_DB_PASSWORD", "override")
	if pw, _ := p.DBPassword(); pw != "override" {
		t.Errorf("WPSYNC_PRODUCTION_DB_PASSWORD does not override: %q", pw)
	}
	t.Setenv("WPSYNC_PRODUCTION_SSH_KEY_FILE", "/k")
	if p.SSHKeyFile() != "/k" {
		t.Error("key file override ignored")
	}
	if got := strings.Join(c.Secrets(), ","); got != "override" {
		t.Errorf("secrets: %q", got)
	}
}

// files.protect adds to the built-in protection; patterns are anchored at
// the docroot unless they say **/; patterns leaving the docroot are errors.
func TestFilePatterns(t *testing.T) {
	for _, tc := range []struct {
		files, protect, exclude, err string
	}{
		{files: "protect: [wp-content/object-cache.php]", protect: "/wp-config.php,/.htaccess,/.user.ini,/wp-content/object-cache.php"},
		{files: "protect: [/wp-config.php, '**/.env']", protect: "/wp-config.php,/.htaccess,/.user.ini,**/.env"},
		{files: "exclude: [wp-content/debug.log, /x/]", exclude: "/wp-content/debug.log,/x/"},
		{files: "protect: [../etc/passwd]", err: `files.protect: "../etc/passwd" climbs out of the docroot`},
		{files: "exclude: [wp-content/../../x]", err: "climbs out of the docroot"},
		{files: "protect: [/srv/www/wp-config.php]", err: `files.protect: "/srv/www/wp-config.php" is an absolute path on a host; patterns are relative to the docroot: write "/wp-config.php"`},
		{files: "protect: [/]", err: "names the whole docroot"},
	} {
		c, err := Parse("wpsync.yml", []byte(valid+"files:\n  "+tc.files+"\n"))
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) || exit.CodeOf(err) != exit.Usage {
				t.Errorf("%s: err %v, want %q", tc.files, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.files, err)
			continue
		}
		if tc.protect != "" && strings.Join(c.Files.Protect, ",") != tc.protect {
			t.Errorf("%s: protect %v", tc.files, c.Files.Protect)
		}
		if tc.exclude != "" && strings.Join(c.Files.Exclude, ",") != tc.exclude {
			t.Errorf("%s: exclude %v", tc.files, c.Files.Exclude)
		}
	}
}

// Every WPSYNC_<ENV>_* name comes from Env.Var: one a shell can set.
func TestVarNamesAreShellNames(t *testing.T) {
	e := &Env{Name: "my-staging"}
	if got := e.Var("SSH_KEY_FILE"); got != "WPSYNC_MY_STAGING_SSH_KEY_FILE" {
		t.Errorf("Var = %s", got)
	}
	t.Setenv("WPSYNC_MY_STAGING_DB_PASSWORD", "pw")
	if got := e.DBPasswordVar(); got != "WPSYNC_MY_STAGING_DB_PASSWORD" {
		t.Errorf("DBPasswordVar = %s", got)
	}
}

func TestTableRoles(t *testing.T) {
	d := DB{Prefix: "wp_", ExcludeTables: []string{"wp_wc_sessions", "actionscheduler_*"}, NoDataTables: []string{"*_log"}}
	for table, want := range map[string]string{
		"wp_wc_sessions": "exclude", "wp_actionscheduler_actions": "exclude", "wp_redirection_log": "no-data", "wp_posts": "",
	} {
		if got := d.TableRole(table); got != want {
			t.Errorf("TableRole(%s) = %q, want %q", table, got, want)
		}
	}
	bad := strings.Replace(valid, "user: wp}\nrewrite", "user: wp, exclude_tables: ['*']}\nrewrite", 1)
	if _, err := Parse("wpsync.yml", []byte(bad)); err == nil || !strings.Contains(err.Error(), "not * alone") {
		t.Errorf("a pattern matching every table: %v", err)
	}
}
