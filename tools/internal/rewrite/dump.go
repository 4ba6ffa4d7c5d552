package rewrite

import (
	"io"

	"github.com/wpsync/wpsync/tools/internal/dump"
	"github.com/wpsync/wpsync/tools/internal/dump/lexer"
	"github.com/wpsync/wpsync/tools/internal/phpserial"
)

// Dump rewrites a mysqldump stream from r to w. Only string literals in
// INSERTs of text columns change; every other byte is copied, except the
// manifest line, which records the rewrite, and the seal (dump.Transform
// verifies a dumpdb dump and reseals it).
//
// The lexer finds the literals that can match on one goroutine; they are
// rewritten and written, in order, on another (the lexer's Defer/Rewrite).
func Dump(w io.Writer, r io.Reader, opts Options, progress func(rows int64)) (*Stats, error) {
	e, err := NewEngine(opts.Pairs)
	if err != nil {
		return nil, err
	}
	d := &dumpRewriter{e: e, f: NewFilter(opts), prefix: opts.Prefix, stats: NewStats(), columns: map[string][]lexer.Column{}}
	hooks := lexer.Hooks{
		Defer:   d.deferLiteral,
		Rewrite: d.rewrite,
		End: func(st *lexer.Statement) {
			switch st.Kind {
			case lexer.CreateTable:
				d.columns[st.Table] = st.Columns
			case lexer.Insert:
				d.stats.Rows += st.Rows
				if progress != nil {
					progress(d.stats.Rows)
				}
			}
		},
	}
	// The manifest records the rewrite, so restoredb knows the dump now
	// holds the target's URLs.
	record := func(m *dump.Manifest) {
		for _, p := range opts.Pairs {
			m.Rewritten = append(m.Rewritten, dump.Rewrite{From: p.From, To: p.To, SkipColumns: opts.SkipColumns, IncludeTables: opts.IncludeTables, SkipTables: opts.SkipTables})
		}
	}
	d.stats.SealDropped, err = dump.Transform(w, r, hooks, record)
	return d.stats, err
}

// dumpRewriter's plan and skip counts belong to the lexer's goroutine;
// its scratch buffers and column stats to the writer's.
type dumpRewriter struct {
	e        *Engine
	f        *Filter
	prefix   string
	stats    *Stats
	columns  map[string][]lexer.Column
	val, out []byte
	planFor  int64 // Statement.Offset the plan was made for
	plan     []*colPlan
	tableOK  bool
	tableWhy string
}

// colPlan is what to do with one column of the current INSERT, decided
// once per statement rather than once per value.
type colPlan struct {
	table, name string
	rewrite     bool
	skip        string // why a rewritable-looking value is left alone
	multisite   bool
	stats       *ColumnStats
}

func (d *dumpRewriter) planOf(st *lexer.Statement, col int) *colPlan {
	if d.planFor != st.Offset || d.plan == nil {
		d.planFor = st.Offset
		d.plan = d.plan[:0]
		d.tableOK, d.tableWhy = d.f.Table(st.Table)
	}
	for len(d.plan) <= col {
		i := len(d.plan)
		name, typ := columnOf(st, d.columns[st.Table], i)
		p := &colPlan{table: st.Table, name: name, multisite: IsMultisiteDomain(d.prefix, st.Table, name)}
		switch {
		case !d.tableOK:
			p.skip = d.tableWhy
		case !TextType(typ):
			p.skip = "non-text column"
		case !d.f.Column(st.Table, name):
			p.skip = "--skip-columns " + name
		default:
			p.rewrite = true
		}
		d.plan = append(d.plan, p)
	}
	return d.plan[col]
}

// deferLiteral (lexer goroutine) picks the literals worth rewriting.
func (d *dumpRewriter) deferLiteral(st *lexer.Statement, col int, raw []byte, binary bool) any {
	if binary {
		return nil
	}
	p := d.planOf(st, col)
	if !p.rewrite {
		if p.skip != "" && d.e.m.MayMatch(raw) {
			d.stats.Skipped[p.skip]++
		}
		return nil
	}
	if d.e.m.MayMatch(raw) || (p.multisite && len(raw) <= 253) {
		return p
	}
	return nil
}

// rewrite (writer goroutine) appends the new raw text of a literal.
func (d *dumpRewriter) rewrite(dst, raw []byte, ticket any) []byte {
	p := ticket.(*colPlan)
	if p.multisite {
		// A multisite domain column holds a bare host, which no URL form matches.
		if to, ok := d.e.m.Host(string(raw)); ok {
			d.count(p, Result{Replacements: 1})
			return append(dst, to...)
		}
	}
	if !phpserial.LooksSerialized(raw) && !mayBeTrimmedSerialized(raw) {
		// Plain text: rewrite the escaped bytes as they are.
		out, n := d.e.m.ReplaceSQL(dst, raw)
		if n > 0 {
			d.count(p, Result{Replacements: n})
		}
		return out
	}
	// Serialized: lengths count unescaped bytes.
	d.val = lexer.Unescape(d.val[:0], raw)
	var res Result
	d.out, res = d.e.Value(d.out[:0], d.val)
	defer d.trim()
	if res.Replacements == 0 {
		return append(dst, raw...)
	}
	d.count(p, res)
	return lexer.Escape(dst, d.out)
}

// trim drops scratch buffers a huge value made huge.
func (d *dumpRewriter) trim() {
	if cap(d.val) > 4<<20 {
		d.val = nil
	}
	if cap(d.out) > 4<<20 {
		d.out = nil
	}
}

func (d *dumpRewriter) count(p *colPlan, r Result) {
	if p.stats == nil {
		k := p.table + "." + p.name
		if p.stats = d.stats.Columns[k]; p.stats == nil {
			p.stats = &ColumnStats{}
			d.stats.Columns[k] = p.stats
		}
	}
	p.stats.Values++
	p.stats.Replacements += int64(r.Replacements)
	if r.Broken {
		p.stats.Broken++
	}
}

// columnOf names the column of a literal and its type, from the INSERT's
// column list or the table's CREATE TABLE. Unknown columns count as text.
func columnOf(st *lexer.Statement, table []lexer.Column, col int) (name, typ string) {
	if len(st.Columns) > 0 {
		if col >= len(st.Columns) {
			return "?", ""
		}
		name = st.Columns[col].Name
		for _, c := range table {
			if c.Name == name {
				return name, c.Type
			}
		}
		return name, ""
	}
	if col < len(table) {
		return table[col].Name, table[col].Type
	}
	return "?", ""
}

// mayBeTrimmedSerialized: the raw (SQL-escaped) literal, without the
// white space PHP's trim() removes (raw or escaped: \n, \r, \t, \0), looks
// serialized: a serialized value inside white space (see Engine.Value).
func mayBeTrimmedSerialized(raw []byte) bool {
	i, j := 0, len(raw)
	for i < j {
		if c := raw[i]; c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			i++
		} else if c == '\\' && i+1 < j && isEscapedSpace(raw[i+1]) {
			i += 2
		} else {
			break
		}
	}
	if i == 0 && j > 0 && !isSpaceByte(raw[j-1]) && (j < 2 || raw[j-2] != '\\') {
		return false // nothing to trim: LooksSerialized already said no
	}
	for j > i {
		if c := raw[j-1]; c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			j--
		} else if j-2 >= i && raw[j-2] == '\\' && isEscapedSpace(c) && !escapedBackslashAt(raw, j-2) {
			j -= 2
		} else {
			break
		}
	}
	return phpserial.LooksSerialized(raw[i:j])
}

func isSpaceByte(c byte) bool    { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
func isEscapedSpace(c byte) bool { return c == 'n' || c == 'r' || c == 't' || c == '0' }
func escapedBackslashAt(raw []byte, k int) bool {
	n := 0
	for k-1-n >= 0 && raw[k-1-n] == '\\' {
		n++
	}
	return n%2 == 1 // the backslash at k is itself escaped
}
