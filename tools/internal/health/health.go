// Package health checks that a WordPress site works: it fetches the home
// page and a sample of URLs (from the core sitemap, else the latest posts'
// feed) and judges each page by its status code, WordPress's fatal-error
// markers and, when asked, another environment's URLs left in its HTML;
// compared with a reference site (production) on the same paths, a page
// that works there and not here is unhealthy.
//
// It is net/http and encoding/xml: a crawler library would add JavaScript
// and politeness machinery that a dozen GETs do not need.
package health

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Site is where a site is fetched: Base is the address connected to
// (scheme://host[:port]), Host the Host header (the site's own name), so a
// site is checked through a container's or a load balancer's address.
type Site struct {
	Name string
	Base string
	Host string
}

// SiteFor is the site of an environment URL, fetched through base when
// set. Both come from a loaded config, which has checked them.
func SiteFor(name, envURL, base string) Site {
	u, _ := url.Parse(envURL)
	s := Site{Name: name, Base: strings.TrimRight(envURL, "/"), Host: u.Host}
	if base != "" {
		s.Base = strings.TrimRight(base, "/") + strings.TrimRight(u.Path, "/")
	}
	return s
}

// Page is one fetched URL.
type Page struct {
	Path    string `json:"path"`
	Status  int    `json:"status"`
	Millis  int64  `json:"ms"`
	Fatal   bool   `json:"fatal,omitempty"`
	Error   string `json:"error,omitempty"`
	Leaked  int    `json:"other_env_urls,omitempty"` // occurrences of another environment's URL
	Compare int    `json:"compare_status,omitempty"`
	Problem string `json:"problem,omitempty"`
}

// Fatal markers: WordPress's own "critical error" page (5.2+, the fatal
// error handler) and PHP's uncaught error output.
var fatalMarkers = []string{"There has been a critical error on this website", "<b>Fatal error</b>:", "PHP Fatal error:"}

// Checker fetches pages.
type Checker struct {
	Client *http.Client
	// Leak is another environment's URL whose presence in a page is a
	// problem (production's, on staging); "" to skip.
	Leak string
}

// NewChecker returns a checker that does not follow redirects (a redirect
// is a status to report, and may point at another host) and gives up on a
// page after timeout.
func NewChecker(timeout time.Duration) *Checker {
	return &Checker{Client: &http.Client{Timeout: timeout, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

func (c *Checker) get(ctx context.Context, s Site, path string) (int, []byte, time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", s.Base+path, nil)
	if err != nil {
		return 0, nil, 0, err
	}
	req.Host = s.Host
	req.Header.Set("User-Agent", "wpsync-checksite")
	start := time.Now()
	resp, err := c.Client.Do(req)
	if err != nil {
		return 0, nil, time.Since(start), err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	return resp.StatusCode, body, time.Since(start), err
}

// Fetch checks one path of s.
func (c *Checker) Fetch(ctx context.Context, s Site, path string) Page {
	status, body, took, err := c.get(ctx, s, path)
	p := Page{Path: path, Status: status, Millis: took.Milliseconds()}
	if err != nil {
		p.Error = err.Error()
		return p
	}
	for _, m := range fatalMarkers {
		if strings.Contains(string(body), m) {
			p.Fatal = true
		}
	}
	if c.Leak != "" {
		p.Leaked = leaks(string(body), c.Leak)
	}
	return p
}

// Paths picks up to n paths of s besides the home page: the core sitemap
// (wp-sitemap.xml, WordPress 5.5+) first, else the latest posts' feed.
func (c *Checker) Paths(ctx context.Context, s Site, n int) []string {
	var locs []string
	if status, body, _, err := c.get(ctx, s, "/wp-sitemap.xml"); err == nil && status == 200 {
		for _, sub := range locsOf(body) {
			if len(locs) >= n {
				break
			}
			if st, b, _, err := c.get(ctx, s, pathOf(sub)); err == nil && st == 200 {
				locs = append(locs, locsOf(b)...)
			}
		}
	}
	if len(locs) == 0 {
		if status, body, _, err := c.get(ctx, s, "/?feed=rss2"); err == nil && status == 200 {
			var feed struct {
				Items []struct {
					Link string `xml:"link"`
				} `xml:"channel>item"`
			}
			if xml.Unmarshal(body, &feed) == nil {
				for _, it := range feed.Items {
					locs = append(locs, it.Link)
				}
			}
		}
	}
	var out []string
	seen := map[string]bool{"/": true}
	for _, l := range locs {
		p := pathOf(l)
		if !seen[p] && len(out) < n {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

func locsOf(body []byte) []string {
	var doc struct {
		Locs []string `xml:"sitemap>loc"`
		URLs []string `xml:"url>loc"`
	}
	if xml.Unmarshal(body, &doc) != nil {
		return nil
	}
	return append(doc.Locs, doc.URLs...)
}

// pathOf is the path and query of a URL (the site's host is the Site's).
func pathOf(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "/"
	}
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

// Result is a health check of one site.
type Result struct {
	Site    string `json:"site"`
	Healthy bool   `json:"healthy"`
	Pages   []Page `json:"pages"`
}

// Check fetches the home page and paths on s (and on ref, when set, to
// compare) and judges them.
func (c *Checker) Check(ctx context.Context, s Site, ref *Site, paths []string) *Result {
	res := &Result{Site: s.Name, Healthy: true}
	for _, path := range append([]string{"/"}, paths...) {
		p := c.Fetch(ctx, s, path)
		if ref != nil {
			if st, _, _, err := c.get(ctx, *ref, path); err == nil {
				p.Compare = st
			}
		}
		p.Problem = judge(p, path == "/")
		if p.Problem != "" {
			res.Healthy = false
		}
		res.Pages = append(res.Pages, p)
	}
	return res
}

func judge(p Page, home bool) string {
	switch {
	case p.Error != "":
		return "no answer: " + p.Error
	case p.Fatal:
		return "PHP fatal error (WordPress's critical-error page)"
	case p.Status >= 500:
		return fmt.Sprintf("HTTP %d", p.Status)
	case home && p.Status != 200:
		return fmt.Sprintf("home page HTTP %d", p.Status)
	case p.Compare > 0 && p.Compare < 400 && p.Status >= 400:
		return fmt.Sprintf("HTTP %d here, %d on the reference", p.Status, p.Compare)
	}
	return "" // another environment's URLs are reported, not judged: rewrite.keep may keep some
}

// leaks counts url in body where it ends there: followed by neither a
// host character nor a letter (https://www.example.com.au is another site).
func leaks(body, url string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(body[i:], url)
		if j < 0 {
			return n
		}
		end := i + j + len(url)
		if end == len(body) || !strings.ContainsRune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-", rune(body[end])) {
			n++
		}
		i = end
	}
}
