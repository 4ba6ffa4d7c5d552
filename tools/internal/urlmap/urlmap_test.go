package urlmap

import (
	"strings"
	"testing"
)

func TestReplace(t *testing.T) {
	site := []Pair{{"https://www.example.com", "https://staging.example.org"}}
	blog := []Pair{{"https://www.example.com/blog", "https://staging.example.org"}}
	toHTTPS := []Pair{{"http://old.example.com", "https://new.example.com/sub"}}
	cases := []struct {
		name  string
		pairs []Pair
		in    string
		want  string
		n     int
	}{
		{"plain", site, `<a href="https://www.example.com/x">`, `<a href="https://staging.example.org/x">`, 1},
		{"bare origin at end", site, `https://www.example.com`, `https://staging.example.org`, 1},
		{"other scheme kept", site, `http://www.example.com/x`, `http://staging.example.org/x`, 1},
		{"source scheme takes target scheme", toHTTPS, `http://old.example.com/a https://old.example.com/b`, `https://new.example.com/sub/a https://new.example.com/sub/b`, 2},
		{"protocol-relative", site, `src="//www.example.com/a.js"`, `src="//staging.example.org/a.js"`, 1},
		{"json escaped", site, `{"url":"https:\/\/www.example.com\/wp-content\/a.jpg"}`, `{"url":"https:\/\/staging.example.org\/wp-content\/a.jpg"}`, 1},
		{"json protocol-relative", site, `"\/\/www.example.com\/a"`, `"\/\/staging.example.org\/a"`, 1},
		{"url-encoded upper", site, `u=https%3A%2F%2Fwww.example.com%2Fx`, `u=https%3A%2F%2Fstaging.example.org%2Fx`, 1},
		{"url-encoded lower", site, `u=https%3a%2f%2fwww.example.com%2fx`, `u=https%3a%2f%2fstaging.example.org%2fx`, 1},
		{"case-insensitive", site, `HTTPS://WWW.Example.COM/Path`, `https://staging.example.org/Path`, 1},
		{"other scheme case kept", site, `HTTP://www.example.com`, `HTTP://staging.example.org`, 1},
		{"longer tld", site, `https://www.example.com.au/`, `https://www.example.com.au/`, 0},
		{"dash host", site, `https://www.example.com-old.net`, `https://www.example.com-old.net`, 0},
		{"longer name", site, `https://www.example.community`, `https://www.example.community`, 0},
		{"other port", site, `https://www.example.com:8443/`, `https://www.example.com:8443/`, 0},
		{"typographic quote after", site, "https://www.example.com’s blog", "https://staging.example.org’s blog", 1},
		{"sentence end", site, `see https://www.example.com. Then`, `see https://staging.example.org. Then`, 1},
		{"query", site, `https://www.example.com?p=1`, `https://staging.example.org?p=1`, 1},
		{"subdomain is another host", site, `https://cdn.www.example.com/`, `https://cdn.www.example.com/`, 0},
		{"email untouched", site, `info@www.example.com`, `info@www.example.com`, 0},
		{"bare host untouched", site, `www.example.com`, `www.example.com`, 0},
		{"ftp untouched", site, `ftp://www.example.com/`, `ftp://www.example.com/`, 0},
		{"path segment", blog, `https://www.example.com/blog/x`, `https://staging.example.org/x`, 1},
		{"path at end", blog, `https://www.example.com/blog`, `https://staging.example.org`, 1},
		{"path prefix is not a segment", blog, `https://www.example.com/blogger`, `https://www.example.com/blogger`, 0},
		{"path missing", blog, `https://www.example.com/`, `https://www.example.com/`, 0},
		{"path json", blog, `https:\/\/www.example.com\/blog\/x`, `https:\/\/staging.example.org\/x`, 1},
		{"path encoded", blog, `https%3A%2F%2Fwww.example.com%2Fblog%2Fx`, `https%3A%2F%2Fstaging.example.org%2Fx`, 1},
		{"target path", toHTTPS, `https:\/\/old.example.com\/x`, `https:\/\/new.example.com\/sub\/x`, 1},
		{"multibyte around", site, `ü https://www.example.com/ü ✓`, `ü https://staging.example.org/ü ✓`, 1},
		{"many", site, strings.Repeat(`//www.example.com/ `, 3), strings.Repeat(`//staging.example.org/ `, 3), 3},
		{"longest pair first", append(append([]Pair{}, site...), Pair{"https://www.example.com/shop", "https://shop.example.org"}),
			`https://www.example.com/shop/a https://www.example.com/a`, `https://shop.example.org/a https://staging.example.org/a`, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m, err := New(tc.pairs)
			if err != nil {
				t.Fatal(err)
			}
			got, n := m.Replace(nil, []byte(tc.in))
			if string(got) != tc.want || n != tc.n {
				t.Errorf("Replace(%q)\n got %q (%d)\nwant %q (%d)", tc.in, got, n, tc.want, tc.n)
			}
			if n > 0 && !m.MayMatch([]byte(tc.in)) {
				t.Errorf("MayMatch false for a value that matches")
			}
			again, n2 := m.Replace(nil, got)
			if tc.name != "source scheme takes target scheme" && (string(again) != string(got) || n2 != 0) {
				t.Errorf("not idempotent: second run %q (%d)", again, n2)
			}
		})
	}
}

func TestNewRejectsBadURLs(t *testing.T) {
	for _, p := range []Pair{{"www.example.com", "https://x"}, {"https://x", "ftp://y"}, {"https://a?x=1", "https://b"}} {
		if _, err := New([]Pair{p}); err == nil {
			t.Errorf("accepted %v", p)
		}
	}
	if _, err := New([]Pair{{"https://a", "https://a/"}}); err == nil {
		t.Error("accepted a no-op pair")
	}
}

func TestMultisiteHost(t *testing.T) {
	m, _ := New([]Pair{{"https://www.example.com", "https://staging.example.org"}})
	if h, ok := m.Host("WWW.example.com"); !ok || h != "staging.example.org" {
		t.Errorf("Host: %q %v", h, ok)
	}
}

func FuzzReplace(f *testing.F) {
	f.Add([]byte(`https:\/\/www.example.com\/x //www.example.com%2F%2Fwww.example.com`))
	m, _ := New([]Pair{{"https://www.example.com", "https://staging.example.org"}})
	f.Fuzz(func(t *testing.T, in []byte) {
		out, n := m.Replace(nil, in)
		if n == 0 && string(out) != string(in) {
			t.Fatalf("changed without a replacement")
		}
		if n > 0 && !m.MayMatch(in) {
			t.Fatalf("MayMatch missed %q", in)
		}
	})
}

// A kept URL (a pair mapping a URL to itself, rewrite.keep) stays in every
// form, although the site's pair matches it; the rest is rewritten.
func TestKeptURLsStayInEveryForm(t *testing.T) {
	m, err := New([]Pair{{"https://www.example.com", "https://staging.example.org"},
		{"https://www.example.com/wp-content/uploads", "https://www.example.com/wp-content/uploads"},
		{"https://cdn.example.com", "https://cdn.example.com"}})
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		`<img src="https://www.example.com/wp-content/uploads/a.jpg"> <a href="https://www.example.com/page">`: `<img src="https://www.example.com/wp-content/uploads/a.jpg"> <a href="https://staging.example.org/page">`,
		`{"u":"https:\/\/www.example.com\/wp-content\/uploads\/a.jpg","p":"https:\/\/www.example.com\/p"}`:     `{"u":"https:\/\/www.example.com\/wp-content\/uploads\/a.jpg","p":"https:\/\/staging.example.org\/p"}`,
		`u=https%3A%2F%2Fwww.example.com%2Fwp-content%2Fuploads%2Fa.jpg&v=https%3A%2F%2Fwww.example.com%2Fp`:   `u=https%3A%2F%2Fwww.example.com%2Fwp-content%2Fuploads%2Fa.jpg&v=https%3A%2F%2Fstaging.example.org%2Fp`,
		`//cdn.example.com/x.js https://www.example.com/wp-content/uploads-old/b.jpg`:                          `//cdn.example.com/x.js https://staging.example.org/wp-content/uploads-old/b.jpg`,
	} {
		if got, _ := m.Replace(nil, []byte(in)); string(got) != want {
			t.Errorf("Replace(%s)\n got  %s\n want %s", in, got, want)
		}
	}
}

// A kept URL wins over a pair that would rewrite the same URL.
func TestKeepWinsOverAPairOfTheSameURL(t *testing.T) {
	m, err := New([]Pair{{From: "https://cdn.example.com", To: "https://cdn-staging.example.com"}, {From: "https://www.example.com", To: "https://staging.example.com"}, {From: "https://cdn.example.com", To: "https://cdn.example.com"}})
	if err != nil {
		t.Fatal(err)
	}
	out, n := m.Replace(nil, []byte(`<img src="https://cdn.example.com/a.jpg"> https://www.example.com/`))
	if string(out) != `<img src="https://cdn.example.com/a.jpg"> https://staging.example.com/` || n != 1 {
		t.Errorf("%s (%d)", out, n)
	}
}
