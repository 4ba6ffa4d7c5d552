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
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
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
	// keep: a pair mapping a URL to itself (rewrite.keep): occurrences
	// under it stay as they are, although a shorter pair matches them.
	keep bool
}

// New validates the pairs and prepares the matcher.
func New(pairs []Pair) (*Map, error) {
	m := &Map{hosts: map[string]string{}}
	for _, p := range pairs {
		f, err := ParseSiteURL(p.From)
		if err != nil {
			return nil, fmt.Errorf("--from %w", err)
		}
		t, err := ParseSiteURL(p.To)
		if err != nil {
			return nil, fmt.Errorf("--to %w", err)
		}
		r := rule{fromScheme: strings.ToLower(f.Scheme), fromHost: strings.ToLower(f.Host), fromPath: f.Path,
			toScheme: t.Scheme, toHost: t.Host, toPath: t.Path}
		r.keep = r.fromHost == strings.ToLower(r.toHost) && r.fromPath == r.toPath && r.fromScheme == strings.ToLower(r.toScheme)
		m.rules = append(m.rules, r)
		m.firsts[lower(r.fromHost[0])] = true
		if r.fromPath == "" && !r.keep {
			m.hosts[r.fromHost] = r.toHost
		}
	}
	if !slices.ContainsFunc(m.rules, func(r rule) bool { return !r.keep }) {
		return nil, fmt.Errorf("no URL pair to rewrite: give --from and --to (different URLs)")
	}
	// Longest source first, so https://host/blog wins over https://host;
	// of two the same length, a kept URL wins over a pair rewriting it.
	sort.SliceStable(m.rules, func(i, j int) bool {
		li, lj := len(m.rules[i].fromHost)+len(m.rules[i].fromPath), len(m.rules[j].fromHost)+len(m.rules[j].fromPath)
		if li != lj {
			return li > lj
		}
		return m.rules[i].keep && !m.rules[j].keep
	})
	return m, nil
}

// ParseSiteURL parses a site URL: http(s)://host[:port][/path], without
// user, query or fragment; the path loses its trailing '/'. The config
// and the command line accept the same URLs because both ask this.
func ParseSiteURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%q is not a site URL: write it as http(s)://host[/path]", raw)
	}
	if u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return nil, fmt.Errorf("%q: a site URL has no user, query or fragment", raw)
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
		start, scheme, ok := schemeBefore(src, p, f, sql)
		if !ok {
			i = hostStart
			continue
		}
		r, end := m.match(src, hostStart, f, sql)
		if r == nil {
			i = hostStart
			continue
		}
		if r.keep { // under a kept URL: as it is
			i = end
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
func (m *Map) match(s []byte, i int, f form, sql bool) (*rule, int) {
	for k := range m.rules {
		r := &m.rules[k]
		h := r.fromHost
		if len(s)-i < len(h) || !equalFold(s[i:i+len(h)], h) {
			continue
		}
		end := i + len(h)
		if !endsAt(s, end, sql, false) {
			continue
		}
		if r.fromPath != "" {
			pe, ok := pathAt(s, end, r.fromPath, f, sql)
			if !ok {
				continue
			}
			end = pe
		}
		return r, end
	}
	return nil, 0
}

// endsAt is the one right-boundary rule, for hosts and paths alike, decided
// on the character the text decodes to at i (see decodeAt): a host or a
// path segment ends before anything that cannot continue it. So
// www.example.com does not match www.example.com.au, www.example.com-old.net,
// www.example.community, www.example.com.中国 (another host) or
// www.example.com:8443 in any form (":", "%3A", "\u003a"); /blog does not
// match /blogger, /blog-old or /blog%C3%A9. A '.' or '-' that no letter or
// digit follows (the end of a sentence) ends both, and so does punctuation,
// ASCII or not (typographic quotes and dashes follow URLs in content).
func endsAt(s []byte, i int, sql, path bool) bool {
	c, w := decodeAt(s, i, sql)
	switch {
	case w == 0:
		return true
	case continuesName(c) || (path && c == '~'):
		return false
	case c == '.' || c == '-':
		next, _ := decodeAt(s, i+w, sql)
		return !continuesName(next)
	case c == ':' && !path:
		next, _ := decodeAt(s, i+w, sql)
		return !('0' <= next && next <= '9')
	}
	return true
}

// continuesName: a letter, digit or '_' (ASCII or not) continues a host
// label or a path segment; punctuation ends it.
func continuesName(c rune) bool {
	if c < utf8.RuneSelf {
		return isASCIIAlnum(byte(c)) || c == '_'
	}
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c)
}

// decodeAt returns the character the text at i decodes to, as PHP would
// see it after unescaping, and how many bytes of s it takes (0 at the end):
// a %XX escape (a run of them for one UTF-8 character), a JSON \uXXXX
// escape (\\uXXXX inside a SQL literal), or the UTF-8 character itself.
func decodeAt(s []byte, i int, sql bool) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if s[i] == '%' {
		var buf [utf8.UTFMax]byte
		n, j := 0, i
		for n < len(buf) && j+2 < len(s) && s[j] == '%' && isHex(s[j+1]) && isHex(s[j+2]) {
			buf[n] = unhex(s[j+1])<<4 | unhex(s[j+2])
			n, j = n+1, j+3
			if utf8.FullRune(buf[:n]) {
				break
			}
		}
		if n > 0 {
			if r, size := utf8.DecodeRune(buf[:n]); size == n && r != utf8.RuneError {
				return r, j - i
			}
			return rune(buf[0]), 3
		}
	}
	bs := 1
	if sql {
		bs = 2
	}
	if j := i + bs; s[i] == '\\' && j+4 < len(s) && (bs == 1 || s[i+1] == '\\') && s[j] == 'u' && isHex(s[j+1]) && isHex(s[j+2]) && isHex(s[j+3]) && isHex(s[j+4]) {
		return rune(unhex(s[j+1]))<<12 | rune(unhex(s[j+2]))<<8 | rune(unhex(s[j+3]))<<4 | rune(unhex(s[j+4])), bs + 5
	}
	return utf8.DecodeRune(s[i:])
}

// decodedBefore returns the character the text just before i decodes to,
// as PHP would see it, and how many bytes it takes: inside a SQL literal
// (sql) a backslash escape such as \n is one character; then a JSON escape
// (\n, \/, \u0022) is one character; a %XX escape is one character. That
// is how a URL after a line break, an encoded quote (%22) or a block
// attribute's \u0022 has a boundary although a letter or digit stands
// before it in the bytes.
func decodedBefore(s []byte, i int, sql bool) (rune, int) {
	if i <= 0 {
		return 0, 0
	}
	if i >= 6 && s[i-5] == 'u' && isHex(s[i-4]) && isHex(s[i-3]) && isHex(s[i-2]) && isHex(s[i-1]) && jsonEscaped(s, i-5, sql) {
		w := 6
		if sql {
			w = 7
		}
		return rune(unhex(s[i-4]))<<12 | rune(unhex(s[i-3]))<<8 | rune(unhex(s[i-2]))<<4 | rune(unhex(s[i-1])), w
	}
	if i >= 3 && s[i-3] == '%' && isHex(s[i-2]) && isHex(s[i-1]) {
		return rune(unhex(s[i-2])<<4 | unhex(s[i-1])), 3
	}
	c := s[i-1]
	if c >= utf8.RuneSelf {
		return utf8.DecodeLastRune(s[:i])
	}
	if sql && backslashesBefore(s, i-1)%2 == 1 { // a SQL escape: \n \r \t \0 \Z \b \\ \' ...
		switch c {
		case 'n':
			return '\n', 2
		case 'r':
			return '\r', 2
		case 't':
			return '\t', 2
		case '0':
			return 0, 2
		case 'Z':
			return 0x1a, 2
		case 'b':
			return '\b', 2
		}
		return rune(c), 2
	}
	if jsonEscaped(s, i-1, sql) { // a JSON escape: \n \r \t \b \f
		w := 2
		if sql {
			w = 3
		}
		switch c {
		case 'n', 'r', 't', 'b', 'f':
			return '\n', w
		}
		return rune(c), w
	}
	return rune(c), 1
}

// jsonEscaped reports whether the byte at k is escaped by a backslash once
// the SQL layer (sql) is removed: an odd number of decoded backslashes.
func jsonEscaped(s []byte, k int, sql bool) bool {
	run := backslashesBefore(s, k)
	if sql {
		if run%2 == 1 {
			return false // in SQL the last backslash escapes k itself
		}
		run /= 2
	}
	return run%2 == 1
}

func backslashesBefore(s []byte, k int) int {
	n := 0
	for k-1-n >= 0 && s[k-1-n] == '\\' {
		n++
	}
	return n
}

func isHex(c byte) bool { return isDigit(c) || ('a' <= lower(c) && lower(c) <= 'f') }

func unhex(c byte) byte {
	if isDigit(c) {
		return c - '0'
	}
	return lower(c) - 'a' + 10
}

// pathAt matches the source path (written with f's separators) at i and
// requires that the path segment ends there: /blog matches /blog/x and
// /blog at the end, never /blogger.
func pathAt(s []byte, i int, path string, f form, sql bool) (int, bool) {
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
	return i, endsAt(s, i, sql, true)
}

// schemeBefore looks back from the separator at p for http: or https: in
// form f. It returns where the occurrence starts and the scheme found ("" for
// protocol-relative). Another scheme (ftp://host) is not ours.
func schemeBefore(s []byte, p int, f form, sql bool) (start int, scheme string, ok bool) {
	for _, sc := range [...]string{"https", "http"} {
		// sc + the form's colon, compared in two steps to avoid building it
		if n := len(sc) + len(f.colon); p >= n && equalFold(s[p-n:p-len(f.colon)], sc) && equalFoldUpper(s[p-len(f.colon):p], f.colon) {
			st := p - n
			if otherScheme(s, st, sql) {
				return 0, "", false // e.g. "xhttps://", "git+https://"
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

// otherScheme reports whether the decoded text before i continues a
// scheme name: a run of scheme characters that holds a letter or digit
// ("git+https", "xhttps"). Punctuation alone ("--https", ".https") does not.
func otherScheme(s []byte, i int, sql bool) bool {
	for i > 0 {
		c, w := decodedBefore(s, i, sql)
		if c >= utf8.RuneSelf || c == 0 || !isSchemeChar(byte(c)) {
			return false
		}
		if isASCIIAlnum(byte(c)) {
			return true
		}
		i -= w
	}
	return false
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
