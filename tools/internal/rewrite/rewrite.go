// Package rewrite applies a URL map to WordPress data: one value at a time
// (serialization-aware), a whole dump stream, or a live database.
package rewrite

import (
	"fmt"
	"sort"
	"strings"

	"github.com/wpsync/wpsync/tools/internal/phpserial"
	"github.com/wpsync/wpsync/tools/internal/urlmap"
)

// Options select what is rewritten.
type Options struct {
	Pairs         []urlmap.Pair
	SkipColumns   []string // "column" (any table) or "table.column"
	IncludeTables []string // empty: all tables of the prefix
	SkipTables    []string
	Prefix        string // WordPress table prefix; "" in dump mode means every table
	DryRun        bool
}

// Engine rewrites values. It is not safe for concurrent use.
type Engine struct {
	m    *urlmap.Map
	n    int
	leaf phpserial.LeafFunc
}

// NewEngine prepares the URL map.
func NewEngine(pairs []urlmap.Pair) (*Engine, error) {
	m, err := urlmap.New(pairs)
	if err != nil {
		return nil, err
	}
	e := &Engine{m: m}
	e.leaf = func(dst, s []byte) []byte {
		if !e.m.MayMatch(s) {
			return append(dst, s...)
		}
		if phpserial.LooksSerialized(s) {
			if out, ok := phpserial.Rewrite(dst, s, e.leaf); ok {
				return out
			}
		}
		out, n := e.m.Replace(dst, s)
		e.n += n
		return out
	}
	return e, nil
}

// Map returns the URL map.
func (e *Engine) Map() *urlmap.Map { return e.m }

// Result of rewriting one value.
type Result struct {
	Replacements int
	// Broken: the value looked serialized but did not parse, so it got a
	// plain text replacement (exactly what a serialization-blind tool does).
	Broken bool
}

// Value appends the rewritten src to dst.
func (e *Engine) Value(dst, src []byte) ([]byte, Result) {
	e.n = 0
	if !e.m.MayMatch(src) {
		return append(dst, src...), Result{}
	}
	// WordPress's maybe_unserialize() trims before it unserializes, so a
	// serialized value with white space around it is serialized too.
	if lead, body, trail := phpserial.TrimSpace(src); phpserial.LooksSerialized(body) {
		out := append(dst, lead...)
		if out, ok := phpserial.Rewrite(out, body, e.leaf); ok {
			return append(out, trail...), Result{Replacements: e.n}
		}
		e.n = 0
		out, n := e.m.Replace(dst, src)
		return out, Result{Replacements: n, Broken: n > 0}
	}
	out, n := e.m.Replace(dst, src)
	return out, Result{Replacements: n}
}

// Stats counts what a run did, per table and column.
type Stats struct {
	Columns map[string]*ColumnStats `json:"columns"`
	Skipped map[string]int          `json:"skipped"` // reason → values that could have matched
	Rows    int64                   `json:"rows_scanned"`
	// SealDropped: the input had a seal but no dumpdb header, so it could
	// not be verified and the output carries no seal.
	SealDropped bool `json:"seal_dropped,omitempty"`
}

// ColumnStats is one table.column.
type ColumnStats struct {
	Values       int64 `json:"values_changed"`
	Replacements int64 `json:"replacements"`
	Broken       int64 `json:"broken_serialized"`
}

func NewStats() *Stats {
	return &Stats{Columns: map[string]*ColumnStats{}, Skipped: map[string]int{}}
}

func (s *Stats) Add(table, column string, r Result) {
	k := table + "." + column
	c := s.Columns[k]
	if c == nil {
		c = &ColumnStats{}
		s.Columns[k] = c
	}
	c.Values++
	c.Replacements += int64(r.Replacements)
	if r.Broken {
		c.Broken++
	}
}

// Total returns all replacements.
func (s *Stats) Total() (values, replacements, broken int64) {
	for _, c := range s.Columns {
		values += c.Values
		replacements += c.Replacements
		broken += c.Broken
	}
	return
}

// Rows returns a table for the summary, sorted by table.column.
func (s *Stats) TableRows() [][]string {
	keys := make([]string, 0, len(s.Columns))
	for k := range s.Columns {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var rows [][]string
	for _, k := range keys {
		c := s.Columns[k]
		rows = append(rows, []string{k, fmt.Sprint(c.Values), fmt.Sprint(c.Replacements), fmt.Sprint(c.Broken)})
	}
	reasons := make([]string, 0, len(s.Skipped))
	for r := range s.Skipped {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		rows = append(rows, []string{"(skipped: " + r + ")", fmt.Sprint(s.Skipped[r]), "-", "-"})
	}
	return rows
}

// Filter decides which tables and columns are rewritten.
type Filter struct {
	opts    Options
	skipCol map[string]bool
}

func NewFilter(o Options) *Filter {
	f := &Filter{opts: o, skipCol: map[string]bool{}}
	for _, c := range o.SkipColumns {
		f.skipCol[strings.ToLower(c)] = true
	}
	return f
}

func (f *Filter) Table(t string) (bool, string) {
	if f.opts.Prefix != "" && !strings.HasPrefix(t, f.opts.Prefix) {
		return false, "table without the WordPress prefix"
	}
	if len(f.opts.IncludeTables) > 0 && !contains(f.opts.IncludeTables, t) {
		return false, "table not in --include-tables"
	}
	if contains(f.opts.SkipTables, t) {
		return false, "--skip-tables"
	}
	return true, ""
}

func (f *Filter) Column(table, col string) bool {
	return !f.skipCol[strings.ToLower(col)] && !f.skipCol[strings.ToLower(table+"."+col)]
}

// IsMultisiteDomain: wp_blogs.domain and wp_site.domain hold bare hosts.
func IsMultisiteDomain(prefix, table, col string) bool {
	if col != "domain" {
		return false
	}
	base := table
	if prefix != "" {
		base = strings.TrimPrefix(table, prefix)
	} else if i := strings.LastIndex(table, "_"); i >= 0 {
		base = table[i+1:]
	}
	return base == "blogs" || base == "site"
}

// TextType reports whether a MySQL column type holds text that may carry URLs.
func TextType(t string) bool {
	switch t {
	case "char", "varchar", "tinytext", "text", "mediumtext", "longtext", "json", "":
		return true
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
