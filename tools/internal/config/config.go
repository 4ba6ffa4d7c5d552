// Package config loads and validates wpsync.yml, the one file every helper
// reads. Validation errors name the file, the key and the fix; secrets are
// never read from the file, only from the environment variables it names.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/urlmap"
)

// Config is a loaded and validated wpsync.yml.
type Config struct {
	Path         string          `yaml:"-"`
	Site         string          `yaml:"site"`
	Environments map[string]*Env `yaml:"environments"`
	Files        Files           `yaml:"files"`
	Rewrite      Rewrite         `yaml:"rewrite"`
}

// Env is one environment (production, staging, ...).
type Env struct {
	Name string `yaml:"-"`
	URL  string `yaml:"url"`
	// Protected is true unless the file says protected: false: an
	// environment someone forgot to mark is never written by accident.
	Protected        bool    `yaml:"-"`
	ProtectedSetting *bool   `yaml:"protected"` // as written in the file; see Protected
	SSH              *SSH    `yaml:"ssh"`
	Path             string  `yaml:"path"`
	DB               DB      `yaml:"db"`
	Offload          Offload `yaml:"offload"`
	// AfterSync and AfterRestore are shell commands run on this
	// environment's host, in its path, after syncfiles wrote its files and
	// after restoredb swapped its database in (or rolled either back):
	// caches that would keep serving what was there before (object cache,
	// page cache, opcache). Unset: DefaultHook (the object cache, with
	// WP-CLI when it is installed). An empty list: nothing.
	AfterSync    *[]string `yaml:"after_sync"`
	AfterRestore *[]string `yaml:"after_restore"`
	// AppContainer, when set, runs those commands inside this Docker
	// container (docker exec, in its working directory) on the host.
	AppContainer string `yaml:"app_container"`
	// Hygiene is what a restore changes in the shadow so that this copy
	// does not act like production (see package hygiene).
	Hygiene Hygiene `yaml:"hygiene"`
	// Check is how checksite reaches the site.
	Check Check `yaml:"check"`
}

// Check says how checksite fetches an environment's pages.
type Check struct {
	// BaseURL is the address connected to instead of the site URL's host
	// (a container's or a load balancer's, http(s)://host[:port]); the
	// Host header is still the site's.
	BaseURL string `yaml:"base_url"`
	// Pages is how many pages besides the home page (default 10).
	Pages int `yaml:"pages"`
}

// Hygiene of a copy of production. On an unprotected environment,
// blog_public is 0 unless the file says otherwise; the rest is opt-in.
type Hygiene struct {
	// BlogPublic is the blog_public option after a restore ("0": ask
	// search engines not to index; "keep": as the dump has it).
	BlogPublic string `yaml:"blog_public"`
	// DeactivatePlugins are plugin files (as in active_plugins, e.g.
	// woocommerce-gateway-stripe/woocommerce-gateway-stripe.php) taken out
	// of active_plugins and, on multisite, active_sitewide_plugins.
	DeactivatePlugins []string `yaml:"deactivate_plugins"`
	// SetOptions are options set to these values (created when missing).
	SetOptions map[string]string `yaml:"set_options"`
	// AnonymizeEmails replaces users' and WooCommerce billing e-mail
	// addresses with user<ID>@example.invalid (logins by user name keep
	// working), except those matching KeepEmails (* as a wildcard).
	AnonymizeEmails bool     `yaml:"anonymize_emails"`
	KeepEmails      []string `yaml:"keep_emails"`
}

// DefaultHook flushes the object cache when WP-CLI is installed, and says
// so when it is not.
const DefaultHook = `if command -v wp >/dev/null 2>&1; then wp cache flush --allow-root; else echo "WP-CLI is not installed: the object cache was not flushed (set after_sync/after_restore in wpsync.yml)"; fi`

// Hooks are the commands to run after a file sync ("sync") or a database
// restore ("restore").
func (e *Env) Hooks(stage string) []string {
	list := e.AfterRestore
	if stage == "sync" {
		list = e.AfterSync
	}
	if list == nil {
		return []string{DefaultHook}
	}
	return *list
}

// Offload says what a restore does with a media-offload plugin's settings
// on this environment (WP Offload Media, WP-Stateless), so that staging
// never writes or deletes production's bucket.
type Offload struct {
	// Mode: read-only (the default for an unprotected environment: no new
	// offloads, no local deletes; WP-Stateless disabled), bucket (use
	// Bucket instead of production's), or keep (leave the settings).
	Mode   string `yaml:"mode"`
	Bucket string `yaml:"bucket"`
}

// SSH describes how to reach a remote environment. An environment without
// an ssh block is the helper's own machine.
type SSH struct {
	Host       string `yaml:"host"`
	Port       int    `yaml:"port"`
	User       string `yaml:"user"`
	KeyFile    string `yaml:"key_file"`
	KnownHosts string `yaml:"known_hosts"`
	Jump       string `yaml:"jump"`
	// Sudo runs every command on the host, rsync's receiver included,
	// with sudo -n (passwordless sudo required): for a docroot owned by
	// another user, e.g. a container's bind mount owned by www-data.
	Sudo bool `yaml:"sudo"`
}

// DB describes the WordPress database as seen from the environment's host.
type DB struct {
	Host            string `yaml:"host"`
	Port            int    `yaml:"port"`
	Socket          string `yaml:"socket"`
	Name            string `yaml:"name"`
	Prefix          string `yaml:"prefix"`
	User            string `yaml:"user"`
	PasswordEnv     string `yaml:"password_env"`
	DockerContainer string `yaml:"docker_container"`
	// ExcludeTables are never dumped: on a restore the target keeps its
	// own. NoDataTables are dumped as structure only (sessions, logs,
	// scheduler history). Patterns match the full table name or the name
	// without the prefix: wp_actionscheduler_logs, actionscheduler_*.
	ExcludeTables []string `yaml:"exclude_tables"`
	NoDataTables  []string `yaml:"no_data_tables"`
}

// TableRole is "exclude", "no-data" or "" for a table of this database.
func (d DB) TableRole(table string) string {
	match := func(patterns []string) bool {
		for _, p := range patterns {
			for _, name := range []string{table, strings.TrimPrefix(table, d.Prefix)} {
				if ok, _ := path.Match(p, name); ok {
					return true
				}
			}
		}
		return false
	}
	switch {
	case match(d.ExcludeTables):
		return "exclude"
	case match(d.NoDataTables):
		return "no-data"
	}
	return ""
}

// Files holds the file sync filters.
type Files struct {
	Exclude []string `yaml:"exclude"`
	Protect []string `yaml:"protect"`
	// StagingOnly are files that exist only to make staging safe (the
	// staging guard, a tester's tools): never sent, never deleted, in
	// either direction, so never promoted to production.
	StagingOnly []string `yaml:"staging_only"`
	// NotSecret are files the snapshot's secret guard would stop at but
	// that are known to be public (e.g. a plugin's CA bundle): committed.
	NotSecret []string `yaml:"not_secret"`
}

// Rewrite holds URL rewriting settings.
type Rewrite struct {
	SkipColumns []string `yaml:"skip_columns"`
	Extra       []Pair   `yaml:"extra"`
	// Keep are URLs left as they are in every form, although a pair
	// matches them (media on production's CDN, the uploads path).
	Keep []string `yaml:"keep"`
}

// Pair is one from → to URL pair.
type Pair struct {
	From string `yaml:"from"`
	To   string `yaml:"to"`
}

// Defaults used where the file is silent.
var (
	DefaultExclude = []string{} // the built-in WordPress filters live in package rsync
	// DefaultProtect is always protected, whatever files.protect adds:
	// staging with production's wp-config.php would use production's database.
	DefaultProtect = []string{"/wp-config.php", "/.htaccess", "/.user.ini"}
	// DefaultStagingOnly is wpsync's own staging guard (a must-use plugin).
	DefaultStagingOnly = []string{"/wp-content/mu-plugins/wpsync-staging-guard.php"}
	DefaultSkipColumns = []string{"guid"}
)

var (
	envNameRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]*$`)
	prefixRe  = regexp.MustCompile(`^[A-Za-z0-9_]+$`)
	dbNameRe  = regexp.MustCompile(`^[A-Za-z0-9_$-]+$`)
)

// Load reads, defaults and validates the config file at path.
func Load(path string) (*Config, error) {
	if path == "" {
		return nil, exit.Usagef("no config file given: pass --config wpsync.yml (or set WPSYNC_CONFIG)")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, exit.Usagef("read config: %w (check the --config path)", err)
	}
	return Parse(path, data)
}

// Parse is Load for data already read; path is used in messages and to
// resolve relative file names.
func Parse(path string, data []byte) (*Config, error) {
	c := &Config{Path: path}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil {
		return nil, exit.Usagef("%s: %s", filepath.Base(path), yamlAdvice(err, data))
	}
	if err := c.normalize(); err != nil {
		return nil, exit.Usagef("%s: %w", filepath.Base(path), err)
	}
	return c, nil
}

var unknownFieldRe = regexp.MustCompile(`field (\S+) not found in type config\.(\w+)`)

var typeErrRe = regexp.MustCompile("line (\\d+): cannot unmarshal !!(\\w+) `([^`]*)` into (\\S+)")

// knownMistakes are keys people write for a key wpsync has.
var knownMistakes = map[string]string{
	"password": "the password never goes in the file: name the environment variable that holds it with password_env (or set WPSYNC_<ENV>_DB_PASSWORD)",
	"pass":     "the password never goes in the file: name the environment variable that holds it with password_env",
}

func yamlAdvice(err error, data []byte) string {
	msg := err.Error()
	if m := unknownFieldRe.FindStringSubmatch(msg); m != nil {
		line := ""
		if i := strings.Index(msg, "line "); i >= 0 {
			line = strings.SplitN(msg[i:], ":", 2)[0] + ": "
		}
		if hint, ok := knownMistakes[m[1]]; ok {
			return fmt.Sprintf("%sunknown key %q in %s: %s", line, m[1], sectionOf(m[2]), hint)
		}
		return fmt.Sprintf("%sunknown key %q in %s: check its spelling against the wpsync.yml reference in README.md", line, m[1], sectionOf(m[2]))
	}
	// A value of the wrong type: name the key and the type it needs.
	if ms := typeErrRe.FindAllStringSubmatch(msg, -1); ms != nil {
		var root yaml.Node
		_ = yaml.Unmarshal(data, &root)
		var out []string
		for _, m := range ms {
			line, _ := strconv.Atoi(m[1])
			key := keyAtLine(&root, line, m[3], "")
			if key == "" {
				key = "a value"
			}
			out = append(out, fmt.Sprintf("line %d: %s is %q: expected %s", line, key, m[3], typeWord(m[4])))
		}
		return strings.Join(out, "; ")
	}
	return strings.TrimPrefix(msg, "yaml: ") + " (the file is not valid YAML)"
}

func typeWord(goType string) string {
	switch goType {
	case "bool", "*bool":
		return "true or false, without quotes"
	case "int", "int64":
		return "a whole number"
	case "[]string":
		return "a list, e.g. [a, b]"
	}
	return "a " + strings.TrimPrefix(goType, "config.")
}

// keyAtLine is the dotted path of the key whose scalar value is value, at line.
func keyAtLine(n *yaml.Node, line int, value, path string) string {
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			if k := keyAtLine(c, line, value, path); k != "" {
				return k
			}
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			p := k.Value
			if path != "" {
				p = path + "." + k.Value
			}
			if v.Line == line && v.Kind == yaml.ScalarNode && v.Value == value {
				return p
			}
			if r := keyAtLine(v, line, value, p); r != "" {
				return r
			}
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			if r := keyAtLine(c, line, value, fmt.Sprintf("%s[%d]", path, i)); r != "" {
				return r
			}
		}
	}
	return ""
}

func sectionOf(typ string) string {
	switch typ {
	case "Config":
		return "the top level"
	case "Env":
		return "an environment"
	default:
		return "a " + strings.ToLower(typ) + " block"
	}
}

func (c *Config) normalize() error {
	if c.Site == "" {
		return errors.New("site is missing: name the site (used in logs, locks and backups), e.g. site: example")
	}
	if !envNameRe.MatchString(c.Site) {
		return fmt.Errorf("site %q may hold only letters, digits, '_' and '-'", c.Site)
	}
	if len(c.Environments) == 0 {
		return errors.New("environments is missing: describe at least the production and staging environments")
	}
	for _, name := range c.EnvNames() {
		e := c.Environments[name]
		if e == nil {
			return fmt.Errorf("environments.%s is empty: give it at least url, path and db", name)
		}
		if !envNameRe.MatchString(name) {
			return fmt.Errorf("environments.%s: an environment name may hold only letters, digits, '_' and '-'", name)
		}
		e.Name = name
		if err := e.normalize(filepath.Dir(c.Path)); err != nil {
			return fmt.Errorf("environments.%s.%w", name, err)
		}
	}
	if c.Files.Exclude == nil {
		c.Files.Exclude = DefaultExclude
	}
	var err error
	if c.Files.Exclude, err = c.filePatterns("files.exclude", nil, c.Files.Exclude); err != nil {
		return err
	}
	if c.Files.Protect, err = c.filePatterns("files.protect", DefaultProtect, c.Files.Protect); err != nil {
		return err
	}
	if c.Files.StagingOnly, err = c.filePatterns("files.staging_only", DefaultStagingOnly, c.Files.StagingOnly); err != nil {
		return err
	}
	if c.Files.NotSecret, err = c.filePatterns("files.not_secret", nil, c.Files.NotSecret); err != nil {
		return err
	}
	if c.Rewrite.SkipColumns == nil {
		c.Rewrite.SkipColumns = DefaultSkipColumns
	}
	for i, k := range c.Rewrite.Keep {
		if err := checkURL(k); err != nil {
			return fmt.Errorf("rewrite.keep[%d] %w", i, err)
		}
	}
	for i, p := range c.Rewrite.Extra {
		if err := checkURL(p.From); err != nil {
			return fmt.Errorf("rewrite.extra[%d].from %w", i, err)
		}
		if err := checkURL(p.To); err != nil {
			return fmt.Errorf("rewrite.extra[%d].to %w", i, err)
		}
	}
	return nil
}

func (e *Env) normalize(baseDir string) error {
	e.Protected = e.ProtectedSetting == nil || *e.ProtectedSetting
	switch {
	case e.Offload.Mode == "" && e.Protected:
		e.Offload.Mode = "keep"
	case e.Offload.Mode == "":
		e.Offload.Mode = "read-only"
	case e.Offload.Mode != "read-only" && e.Offload.Mode != "bucket" && e.Offload.Mode != "keep":
		return fmt.Errorf("offload.mode %q: use read-only, bucket (with offload.bucket) or keep", e.Offload.Mode)
	}
	switch {
	case e.Hygiene.BlogPublic == "" && !e.Protected:
		e.Hygiene.BlogPublic = "0"
	case e.Hygiene.BlogPublic == "":
		e.Hygiene.BlogPublic = "keep"
	case e.Hygiene.BlogPublic != "0" && e.Hygiene.BlogPublic != "1" && e.Hygiene.BlogPublic != "keep":
		return fmt.Errorf("hygiene.blog_public %q: use 0 (search engines asked not to index), 1 or keep", e.Hygiene.BlogPublic)
	}
	if b := e.Check.BaseURL; b != "" {
		if u, err := url.Parse(b); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") {
			return fmt.Errorf("check.base_url %q: write it as http(s)://host[:port] (the address checksite connects to; the Host header stays the site's)", b)
		}
	}
	if (e.Offload.Mode == "bucket") != (e.Offload.Bucket != "") {
		return errors.New("offload.bucket goes with offload.mode: bucket, and that mode needs a bucket: name the staging bucket")
	}
	if e.URL == "" {
		return errors.New("url is missing: set the site URL as WordPress knows it (Settings → General → Site Address)")
	}
	if err := checkURL(e.URL); err != nil {
		return fmt.Errorf("url %w", err)
	}
	if e.Path == "" {
		return errors.New("path is missing: set the WordPress root directory on that host, e.g. path: /var/www/html")
	}
	if !filepath.IsAbs(e.Path) {
		return fmt.Errorf("path %q must be absolute", e.Path)
	}
	if s := e.SSH; s != nil {
		if s.Host == "" {
			return errors.New("ssh.host is missing: set the host name, or remove the ssh block for a local environment")
		}
		if s.User == "" {
			return errors.New("ssh.user is missing: set the login user")
		}
		if s.Port == 0 {
			s.Port = 22
		}
		if s.Port < 1 || s.Port > 65535 {
			return fmt.Errorf("ssh.port %d is not a TCP port", s.Port)
		}
		if s.KnownHosts == "" {
			return errors.New("ssh.known_hosts is missing: host keys are always verified; point it to a known_hosts file holding this host's key (ssh-keyscan -p PORT HOST >> FILE, then check the fingerprint)")
		}
		s.KnownHosts = resolve(baseDir, s.KnownHosts)
		if s.KeyFile != "" {
			s.KeyFile = resolve(baseDir, s.KeyFile)
		}
	}
	d := &e.DB
	if d.Name == "" {
		return errors.New("db.name is missing: set the database name WordPress uses (DB_NAME in wp-config.php)")
	}
	if !dbNameRe.MatchString(d.Name) {
		return fmt.Errorf("db.name %q: wpsync supports database names of letters, digits, '_', '$' and '-'", d.Name)
	}
	if d.User == "" {
		return errors.New("db.user is missing: set the database user (DB_USER in wp-config.php)")
	}
	if d.Prefix == "" {
		d.Prefix = "wp_"
	}
	for _, p := range append(append([]string{}, d.ExcludeTables...), d.NoDataTables...) {
		if _, err := path.Match(p, ""); err != nil || p == "" || p == "*" {
			return fmt.Errorf("db.exclude_tables/no_data_tables: %q is not a table pattern (a name, or a name with * and ?; not * alone)", p)
		}
	}
	if !prefixRe.MatchString(d.Prefix) {
		return fmt.Errorf("db.prefix %q: a WordPress table prefix holds only letters, digits and '_'", d.Prefix)
	}
	if d.Host != "" && d.Socket != "" {
		return errors.New("db.host and db.socket are both set: keep one (socket for a local server's unix socket, host and port for TCP)")
	}
	if h, p, err := net.SplitHostPort(d.Host); err == nil {
		return fmt.Errorf("db.host %q holds a port: write host: %s and port: %s", d.Host, h, p)
	}
	if d.Host == "" && d.Socket == "" {
		d.Host = "127.0.0.1"
	}
	if d.Port == 0 {
		d.Port = 3306
	}
	if d.PasswordEnv != "" && !envVarRe.MatchString(d.PasswordEnv) {
		return fmt.Errorf("db.password_env %q is not an environment variable name (the file names the variable; the password itself never goes in the file)", d.PasswordEnv)
	}
	return nil
}

var envVarRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// filePatterns checks and anchors the patterns of files.exclude or
// files.protect, added to base without repeats. A pattern is relative to
// the docroot and anchored there ("wp-config.php" and "/wp-config.php" are
// the docroot's own file); "**/NAME" matches at any depth. A pattern that
// climbs out of the docroot ("..") or names an absolute path on a host is
// refused: it would match nothing and protect nothing.
func (c *Config) filePatterns(key string, base, extra []string) ([]string, error) {
	out := append([]string{}, base...)
	seen := map[string]bool{}
	for _, p := range out {
		seen[p] = true
	}
	for _, p := range extra {
		if p == "" || p == "/" {
			return nil, fmt.Errorf("%s: an empty pattern or \"/\" names the whole docroot: name files or folders inside it", key)
		}
		for _, part := range strings.Split(p, "/") {
			if part == ".." {
				return nil, fmt.Errorf("%s: %q climbs out of the docroot with \"..\": patterns are relative to the docroot, e.g. /wp-content/object-cache.php", key, p)
			}
		}
		for _, e := range c.Environments {
			if e != nil && e.Path != "" && (strings.HasPrefix(p, strings.TrimRight(e.Path, "/")+"/") || p == e.Path) {
				return nil, fmt.Errorf("%s: %q is an absolute path on a host; patterns are relative to the docroot: write %q", key, p, "/"+strings.TrimPrefix(strings.TrimPrefix(p, strings.TrimRight(e.Path, "/")), "/"))
			}
		}
		if !strings.HasPrefix(p, "/") && !strings.HasPrefix(p, "**/") {
			p = "/" + p
		}
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out, nil
}

func checkURL(raw string) error {
	_, err := urlmap.ParseSiteURL(raw)
	return err
}

func resolve(base, p string) string {
	if strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, p[2:])
		}
	}
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(base, p)
}

// EnvNames returns the environment names in a stable order.
func (c *Config) EnvNames() []string {
	names := make([]string, 0, len(c.Environments))
	for n := range c.Environments {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Env returns the named environment or a usage error listing the known ones.
func (c *Config) Env(name string) (*Env, error) {
	if name == "" {
		return nil, exit.Usagef("no environment given: choose one of %s", strings.Join(c.EnvNames(), ", "))
	}
	e, ok := c.Environments[name]
	if !ok {
		return nil, exit.Usagef("%s: environment %q is not defined: choose one of %s", filepath.Base(c.Path), name, strings.Join(c.EnvNames(), ", "))
	}
	return e, nil
}

// CheckWritable is the one place that decides whether an environment may be
// written. A protected environment is written only when the caller passed
// --allow-protected.
func (e *Env) CheckWritable(allowProtected bool) error {
	if e.Protected && !allowProtected {
		return exit.Refusedf("environment %q is protected (every environment is, unless wpsync.yml says protected: false): nothing was written. "+
			"If it is a staging copy, set environments.%s.protected: false in wpsync.yml; to write a protected environment on purpose, pass --allow-protected (in Jenkins: allowProtected, with an approval)", e.Name, e.Name)
	}
	return nil
}

// IsLocal reports whether the environment is the helper's own machine.
func (e *Env) IsLocal() bool { return e.SSH == nil }

// Var names the environment variable that sets one of this environment's
// values: WPSYNC_<ENV>_<NAME>, with the environment's name in upper case and
// '-' as '_' (a name every shell and Jenkins can set), e.g. Var("SSH_KEY_FILE").
// The one place such a name is built.
func (e *Env) Var(name string) string {
	return "WPSYNC_" + strings.ToUpper(strings.ReplaceAll(e.Name, "-", "_")) + "_" + name
}

// DBUser is db.user, or WPSYNC_<ENV>_DB_USER when set (a Jenkins
// usernamePassword credential binds both).
func (e *Env) DBUser() string {
	if v := os.Getenv(e.Var("DB_USER")); v != "" {
		return v
	}
	return e.DB.User
}

// DBPasswordVar names the variable the DB password is read from:
// WPSYNC_<ENV>_DB_PASSWORD when set, else db.password_env.
func (e *Env) DBPasswordVar() string {
	if v := e.Var("DB_PASSWORD"); os.Getenv(v) != "" {
		return v
	}
	return e.DB.PasswordEnv
}

// DBPassword returns the database password from the environment.
func (e *Env) DBPassword() (string, error) {
	v := e.DBPasswordVar()
	if v == "" {
		return "", nil
	}
	p, ok := os.LookupEnv(v)
	if !ok {
		return "", exit.Usagef("environment %q: the database password variable %s is not set: export it, or %s (in Jenkins, bind the credential with withCredentials)", e.Name, v, e.Var("DB_PASSWORD"))
	}
	if strings.ContainsAny(p, "\n\x00") {
		return "", exit.Usagef("environment %q: the database password in %s contains a newline or NUL byte, which wpsync cannot pass to the client safely", e.Name, v)
	}
	return p, nil
}

// SSHKeyFile returns the private key file: WPSYNC_<ENV>_SSH_KEY_FILE when
// set, else ssh.key_file; empty means "use the SSH agent".
func (e *Env) SSHKeyFile() string {
	if v := os.Getenv(e.Var("SSH_KEY_FILE")); v != "" {
		return v
	}
	if e.SSH == nil {
		return ""
	}
	return e.SSH.KeyFile
}

// SSHKeyPassphrase returns the key's passphrase from WPSYNC_<ENV>_SSH_KEY_PASSPHRASE.
func (e *Env) SSHKeyPassphrase() string {
	return os.Getenv(e.Var("SSH_KEY_PASSPHRASE"))
}

// Secrets returns every secret value this environment can reach, so logs
// and reports can redact them.
func (e *Env) Secrets() []string {
	var s []string
	if p, err := e.DBPassword(); err == nil && p != "" {
		s = append(s, p)
	}
	if p := e.SSHKeyPassphrase(); p != "" {
		s = append(s, p)
	}
	return s
}

// Secrets returns the secrets of all environments.
func (c *Config) Secrets() []string {
	var s []string
	for _, n := range c.EnvNames() {
		s = append(s, c.Environments[n].Secrets()...)
	}
	return s
}
