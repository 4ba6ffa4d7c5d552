// Package urlmap finds and rewrites the occurrences of a site URL in text:
// plain (https://host, http://host, //host), JSON-escaped (https:\/\/host)
// and URL-encoded (https%3A%2F%2Fhost), with exact host and path
// boundaries. It is hand-written because a regular expression cannot
// express the boundary rules at the speed a multi-gigabyte dump needs: the
// scan is driven by bytes.IndexByte, and the work per candidate is a few
// byte comparisons.
package urlmap

import (
	"bytes"
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// Pair is one source URL and its replacement.
type Pair struct {
	From, To string
}

// Map rewrites a fixed set of URL pairs.
type Map struct {
	rules []rule
	// firsts holds the lower-case first byte of every source host, so the
	// scanner can reject a candidate with one comparison.
	firsts [256]bool
	hosts  map[string]string // lower-case source host → target host, for multisite domain columns
}

type rule struct {
	fromScheme, fromHost, fromPath string // host and scheme lower-case; path without trailing '/'
	toScheme, toHost, toPath       string
}

// New validates the pairs and prepares the matcher.
func New(pairs []Pair) (*Map, error) {
	m := &Map{hosts: map[string]string{}}
	for _, p := range pairs {
		f, err := parse(p.From)
		if err != nil {
			return nil, fmt.Errorf("--from %q: %w", p.From, err)
		}
		t, err := parse(p.To)
		if err != nil {
			return nil, fmt.Errorf("--to %q: %w", p.To, err)
		}
		r := rule{fromScheme: strings.ToLower(f.Scheme), fromHost: strings.ToLower(f.Host), fromPath: f.Path,
			toScheme: t.Scheme, toHost: t.Host, toPath: t.Path}
		if r.fromHost == strings.ToLower(r.toHost) && r.fromPath == r.toPath {
			if r.fromScheme == strings.ToLower(r.toScheme) {
				continue // nothing to do
			}
		}
		m.rules = append(m.rules, r)
		m.firsts[lower(r.fromHost[0])] = true
		if r.fromPath == "" {
			m.hosts[r.fromHost] = r.toHost
		}
	}
	if len(m.rules) == 0 {
		return nil, fmt.Errorf("no URL pair to rewrite: give --from and --to (different URLs)")
	}
	// Longest source first, so https://host/blog wins over https://host.
	sort.SliceStable(m.rules, func(i, j int) bool {
		return len(m.rules[i].fromHost)+len(m.rules[i].fromPath) > len(m.rules[j].fromHost)+len(m.rules[j].fromPath)
	})
	return m, nil
}

func parse(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("not a site URL: write it as http(s)://host[/path]")
	}
	if u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return nil, fmt.Errorf("a site URL has no user, query or fragment")
	}
	u.Path = strings.TrimRight(u.EscapedPath(), "/")
	return u, nil
}

// form is how an occurrence spells its separators.
type form struct {
	slash  string // "/" , `\/`, "%2F"
	colon  string // ":" , ":"  , "%3A"
	encode bool
}

var (
	plain   = form{"/", ":", false}
	jsonEsc = form{`\/`, ":", false}
	urlEnc  = form{"%2F", "%3A", true}
	// sqlJSON is a JSON-escaped slash inside a MySQL string literal as
	// mysqldump writes it (\/), for ReplaceSQL.
	sqlJSON = form{`\\/`, ":", false}
)

// MayMatch is a fast test: false means Replace would change nothing. It
// works on the raw bytes of a SQL string literal too, because the forms'
// anchors survive SQL escaping (a JSON \/ becomes \\/).
func (m *Map) MayMatch(s []byte) bool {
	for i := 0; ; {
		j := bytes.IndexByte(s[i:], '/')
		if j < 0 {
			break
		}
		i += j + 1
		if i < len(s) && m.firsts[lower(s[i])] && m.hostAt(s, i) {
			return true
		}
	}
	for i := 0; ; {
		j := bytes.IndexByte(s[i:], '%')
		if j < 0 {
			return false
		}
		i += j + 1
		if i+2 < len(s) && s[i] == '2' && lower(s[i+1]) == 'f' && m.firsts[lower(s[i+2])] && m.hostAt(s, i+2) {
			return true
		}
	}
}

func (m *Map) hostAt(s []byte, i int) bool {
	for k := range m.rules {
		h := m.rules[k].fromHost
		if len(s)-i >= len(h) && equalFold(s[i:i+len(h)], h) {
			return true
		}
	}
	return false
}

// Replace appends src with every occurrence rewritten to dst and returns
// it with the number of replacements.
func (m *Map) Replace(dst, src []byte) ([]byte, int) { return m.replace(dst, src, false) }

// ReplaceSQL is Replace on the raw text of a MySQL string literal (still
// escaped): the same result as unescaping, replacing and escaping again,
// without either copy. It is exact because no URL form contains a byte
// that SQL escapes, except the JSON slash, which it reads as \\/.
func (m *Map) ReplaceSQL(dst, raw []byte) ([]byte, int) { return m.replace(dst, raw, true) }

func (m *Map) replace(dst, src []byte, sql bool) ([]byte, int) {
	n := 0
	last := 0
	pct := bytes.IndexByte(src, '%') // next '%' at or after i, or -1
	for i := 0; i < len(src); {
		if pct >= 0 && pct < i {
			if pct = bytes.IndexByte(src[i:], '%'); pct >= 0 {
				pct += i
			}
		}
		p := bytes.IndexByte(src[i:], '/')
		if p >= 0 {
			p += i
		}
		if p < 0 || (pct >= 0 && pct < p) {
			p = pct
		}
		if p < 0 {
			break
		}
		var hostStart int
		var f form
		switch {
		case src[p] == '/' && p+1 < len(src) && src[p+1] == '/':
			hostStart, f = p+2, plain
			if p > 0 && src[p-1] == '\\' { // "\//": not a URL separator we know
				i = p + 1
				continue
			}
		case sql && src[p] == '/' && p > 1 && src[p-1] == '\\' && src[p-2] == '\\' && hasPrefix(src[p+1:], `\\/`):
			hostStart, f = p+4, sqlJSON
			p -= 2 // the occurrence starts at the first backslash
		case !sql && src[p] == '/' && p > 0 && src[p-1] == '\\' && hasPrefix(src[p+1:], `\/`):
			hostStart, f = p+3, jsonEsc
			p-- // the occurrence starts at the backslash
		case src[p] == '%' && hasPrefixFold(src[p:], "%2f%2f"):
			hostStart, f = p+6, urlEnc
		default:
			i = p + 1
			continue
		}
		if hostStart >= len(src) || !m.firsts[lower(src[hostStart])] {
			i = hostStart
			continue
		}
		start, scheme, ok := schemeBefore(src, p, f)
		if !ok {
			i = hostStart
			continue
		}
		r, end := m.match(src, hostStart, f)
		if r == nil {
			i = hostStart
			continue
		}
		dst = append(dst, src[last:start]...)
		colon, slash := []byte(f.colon), []byte(f.slash)
		if f.encode {
			slash = src[p : p+3]
			if scheme != "" {
				colon = src[p-3 : p]
			}
		}
		dst = r.render(dst, scheme, colon, slash)
		last, i = end, end
		n++
	}
	if n == 0 {
		return append(dst, src...), 0
	}
	return append(dst, src[last:]...), n
}

// match finds the rule whose host (and path) start at i with proper
// boundaries, and returns it with the end of the occurrence.
func (m *Map) match(s []byte, i int, f form) (*rule, int) {
	for k := range m.rules {
		r := &m.rules[k]
		h := r.fromHost
		if len(s)-i < len(h) || !equalFold(s[i:i+len(h)], h) {
			continue
		}
		end := i + len(h)
		if !hostEnds(s, end) {
			continue
		}
		if r.fromPath != "" {
			pe, ok := pathAt(s, end, r.fromPath, f)
			if !ok {
				continue
			}
			end = pe
		}
		return r, end
	}
	return nil, 0
}

// hostEnds: the host must end here, so www.example.com does not match
// www.example.com.au, www.example.com-old.net, www.example.community or
// www.example.com:8443. A '.' or '-' that is not followed by a host
// character (end of a sentence) still ends the host, and so does a
// non-ASCII byte (typographic quotes and dashes follow URLs in content;
// an internationalized host is written in punycode).
func hostEnds(s []byte, i int) bool {
	if i >= len(s) {
		return true
	}
	c := s[i]
	switch {
	case isASCIIAlnum(c) || c == '_':
		return false
	case c == '.' || c == '-':
		return i+1 >= len(s) || !isASCIIAlnum(s[i+1])
	case c == ':':
		return i+1 >= len(s) || !isDigit(s[i+1])
	}
	return true
}

// pathAt matches the source path (written with f's separators) at i and
// requires that the path segment ends there: /blog matches /blog/x and
// /blog at the end, never /blogger.
func pathAt(s []byte, i int, path string, f form) (int, bool) {
	for _, seg := range strings.Split(path[1:], "/") {
		if f.encode {
			if !hasPrefixFold(s[i:], f.slash) {
				return 0, false
			}
		} else if !hasPrefix(s[i:], f.slash) {
			return 0, false
		}
		i += len(f.slash)
		if len(s)-i < len(seg) || string(s[i:i+len(seg)]) != seg {
			return 0, false
		}
		i += len(seg)
	}
	if i < len(s) {
		c := s[i]
		if isAlnum(c) || c == '-' || c == '_' || c == '.' || c == '~' {
			return 0, false
		}
		// A '%' continues the segment in plain text (/blog%C3%A9); in the
		// URL-encoded form every separator is a '%' escape.
		if c == '%' && !f.encode {
			return 0, false
		}
	}
	return i, true
}

// schemeBefore looks back from the separator at p for http: or https: in
// form f. It returns where the occurrence starts and the scheme found ("" for
// protocol-relative). Another scheme (ftp://host) is not ours.
func schemeBefore(s []byte, p int, f form) (start int, scheme string, ok bool) {
	for _, sc := range [...]string{"https", "http"} {
		// sc + the form's colon, compared in two steps to avoid building it
		if n := len(sc) + len(f.colon); p >= n && equalFold(s[p-n:p-len(f.colon)], sc) && equalFoldUpper(s[p-len(f.colon):p], f.colon) {
			st := p - n
			if st > 0 && isSchemeChar(s[st-1]) {
				return 0, "", false // e.g. "xhttps://"
			}
			return st, string(s[st : st+len(sc)]), true
		}
	}
	if f.colon == ":" && p > 0 && s[p-1] == ':' {
		return 0, "", false
	}
	if f.encode && p >= 3 && equalFold(s[p-3:p], "%3a") {
		return 0, "", false
	}
	return p, "", true
}

// render writes the target in the occurrence's form; colon and slash are
// the separators as the occurrence spelled them (hex case kept).
func (r *rule) render(dst []byte, scheme string, colon, slash []byte) []byte {
	if scheme != "" {
		if strings.EqualFold(scheme, r.fromScheme) {
			scheme = r.toScheme
		}
		dst = append(dst, scheme...)
		dst = append(dst, colon...)
	}
	dst = append(dst, slash...)
	dst = append(dst, slash...)
	dst = append(dst, r.toHost...)
	if r.toPath != "" {
		for _, seg := range strings.Split(r.toPath[1:], "/") {
			dst = append(dst, slash...)
			dst = append(dst, seg...)
		}
	}
	return dst
}

// SourceHosts returns the distinct source hosts, lower-case.
func (m *Map) SourceHosts() []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range m.rules {
		if !seen[r.fromHost] {
			seen[r.fromHost] = true
			out = append(out, r.fromHost)
		}
	}
	return out
}

// Host returns the target host for a bare source host (WordPress multisite
// domain columns), matching case-insensitively.
func (m *Map) Host(h string) (string, bool) {
	t, ok := m.hosts[strings.ToLower(h)]
	return t, ok
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func equalFold(b []byte, lowerS string) bool {
	for i := 0; i < len(lowerS); i++ {
		if lower(b[i]) != lowerS[i] {
			return false
		}
	}
	return true
}

// equalFoldUpper compares b with p (":" or an upper-case "%3A") ignoring case.
func equalFoldUpper(b []byte, p string) bool {
	for i := 0; i < len(p); i++ {
		if lower(b[i]) != lower(p[i]) {
			return false
		}
	}
	return true
}

func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }

func hasPrefixFold(b []byte, lowerP string) bool {
	return len(b) >= len(lowerP) && equalFold(b[:len(lowerP)], strings.ToLower(lowerP))
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isAlnum(c byte) bool {
	return isDigit(c) || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || c >= 0x80
}
func isASCIIAlnum(c byte) bool { return isAlnum(c) && c < 0x80 }
func isSchemeChar(c byte) bool { return isASCIIAlnum(c) || c == '+' || c == '.' || c == '-' }
