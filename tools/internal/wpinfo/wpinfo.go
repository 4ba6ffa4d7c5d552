// Package wpinfo reads what a WordPress tree is made of — the core
// version and the name and version of every plugin and theme — from the
// same headers WordPress reads, and describes the difference between two
// trees as a changelog a reviewer wants in a commit message.
package wpinfo

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Component is the core, a plugin or a theme.
type Component struct {
	Kind    string // core, plugin, theme
	Slug    string // directory (or file) name
	Name    string
	Version string
}

func (c Component) key() string { return c.Kind + "/" + c.Slug }

// Tree is what a WordPress root holds.
type Tree map[string]Component

var (
	coreRe   = regexp.MustCompile(`\$wp_version\s*=\s*'([^']+)'`)
	headerRe = regexp.MustCompile(`(?mi)^(?:[ \t]*<\?php)?[ \t/*#@]*(Plugin Name|Theme Name|Version):[ \t]*(.+?)\s*(?:\*/)?$`)
)

// headerBytes is how much of a file WordPress reads for its headers.
const headerBytes = 8192

// Scan reads root. A missing root is an empty tree.
func Scan(root string) (Tree, error) {
	t := Tree{}
	if data, err := os.ReadFile(filepath.Join(root, "wp-includes", "version.php")); err == nil {
		if m := coreRe.FindSubmatch(data); m != nil {
			t.add(Component{Kind: "core", Slug: "wordpress", Name: "WordPress", Version: string(m[1])})
		}
	}
	plugins := filepath.Join(root, "wp-content", "plugins")
	entries, err := readDir(plugins)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		p := filepath.Join(plugins, e.Name())
		if e.IsDir() {
			files, _ := filepath.Glob(filepath.Join(p, "*.php"))
			sort.Strings(files)
			for _, f := range files {
				if name, version := headers(f, "Plugin Name"); name != "" {
					t.add(Component{Kind: "plugin", Slug: e.Name(), Name: name, Version: version})
					break
				}
			}
		} else if strings.HasSuffix(e.Name(), ".php") {
			if name, version := headers(p, "Plugin Name"); name != "" {
				t.add(Component{Kind: "plugin", Slug: strings.TrimSuffix(e.Name(), ".php"), Name: name, Version: version})
			}
		}
	}
	themes := filepath.Join(root, "wp-content", "themes")
	if entries, err = readDir(themes); err != nil {
		return nil, err
	}
	for _, e := range entries {
		if e.IsDir() {
			if name, version := headers(filepath.Join(themes, e.Name(), "style.css"), "Theme Name"); name != "" {
				t.add(Component{Kind: "theme", Slug: e.Name(), Name: name, Version: version})
			}
		}
	}
	return t, nil
}

// readDir lists dir; a missing one is empty, any other failure (a
// permission, an I/O error) is reported: a plugin list that silently
// lacks entries would read as plugins removed.
func readDir(dir string) ([]os.DirEntry, error) {
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("read %s: %w", dir, err)
	}
	return entries, nil
}

func (t Tree) add(c Component) { t[c.key()] = c }

func headers(path, nameField string) (name, version string) {
	f, err := os.Open(path)
	if err != nil {
		return "", ""
	}
	defer f.Close()
	data, _ := io.ReadAll(io.LimitReader(bufio.NewReader(f), headerBytes))
	for _, m := range headerRe.FindAllSubmatch(data, -1) {
		switch strings.ToLower(string(m[1])) {
		case strings.ToLower(nameField):
			if name == "" {
				name = string(m[2])
			}
		case "version":
			if version == "" {
				version = string(m[2])
			}
		}
	}
	return name, version
}

// Change is one component that differs.
type Change struct {
	Component
	From string // "" when added
	To   string // "" when removed
}

func (c Change) String() string {
	label := c.Kind + " " + c.Name
	if c.Kind == "core" {
		label = "WordPress core"
	} else if !strings.EqualFold(c.Name, c.Slug) {
		label += " (" + c.Slug + ")"
	}
	switch {
	case c.From == "":
		return fmt.Sprintf("added %s %s", label, c.To)
	case c.To == "":
		return fmt.Sprintf("removed %s %s", label, c.From)
	default:
		return fmt.Sprintf("%s %s → %s", label, c.From, c.To)
	}
}

// Diff lists what changed from old to new, core first, then by name.
func Diff(old, new Tree) []Change {
	var out []Change
	for k, n := range new {
		o, ok := old[k]
		switch {
		case !ok:
			out = append(out, Change{Component: n, To: n.Version + " "})
		case o.Version != n.Version:
			out = append(out, Change{Component: n, From: o.Version, To: n.Version})
		}
	}
	for k, o := range old {
		if _, ok := new[k]; !ok {
			out = append(out, Change{Component: o, From: o.Version + " "})
		}
	}
	for i := range out {
		out[i].From, out[i].To = strings.TrimSpace(out[i].From), strings.TrimSpace(out[i].To)
		if out[i].From == "" && out[i].To == "" {
			out[i].To = "(no version)"
		}
	}
	rank := map[string]int{"core": 0, "plugin": 1, "theme": 2}
	sort.Slice(out, func(i, j int) bool {
		if rank[out[i].Kind] != rank[out[j].Kind] {
			return rank[out[i].Kind] < rank[out[j].Kind]
		}
		return out[i].Slug < out[j].Slug
	})
	return out
}

// secretPatterns are file names that must never be committed.
var secretPatterns = []string{"wp-config.php", ".env", ".env.*", "id_rsa*", "id_ed25519*", "id_ecdsa*", ".htpasswd", "*.sql", "*.sql.gz", "auth.json", ".npmrc"}

// keyPatterns are names that hold a private key only sometimes: a
// plugin's cacert.pem is a public CA bundle, a server.key is a secret. They
// are judged by content.
var keyPatterns = []string{"*.pem", "*.key", "*.crt", "*.cer", "*.p8"}

// Secrets lists the files under root that look like secrets: by name, and
// PEM files by whether they hold a private key. allow lists docroot paths
// (files.not_secret, anchored like every files.* pattern) known not to be.
func Secrets(root string, allow []string) ([]string, error) {
	var found []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".git" {
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		for _, a := range allow {
			if ok, _ := path.Match(strings.TrimPrefix(a, "/"), filepath.ToSlash(rel)); ok {
				return nil
			}
		}
		for _, pat := range secretPatterns {
			if ok, _ := filepath.Match(pat, d.Name()); ok {
				found = append(found, rel)
				return nil
			}
		}
		for _, pat := range keyPatterns {
			if ok, _ := filepath.Match(pat, d.Name()); ok {
				if holds, err := holdsPrivateKey(p); err != nil || holds {
					found = append(found, rel)
				}
				return nil
			}
		}
		return nil
	})
	sort.Strings(found)
	return found, err
}

// holdsPrivateKey reports whether a PEM file holds a private key block.
func holdsPrivateKey(p string) (bool, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return false, err
	}
	return bytes.Contains(data, []byte("PRIVATE KEY-----")), nil
}
