package rewrite

import (
	"bufio"
	"bytes"
	"io"

	"github.com/wpsync/wpsync/tools/internal/dumpfile"
	"github.com/wpsync/wpsync/tools/internal/sqldump"
)

// Dump rewrites a mysqldump stream from r to w. Only string literals in
// INSERTs of text columns change; every other byte is copied. A wpsync
// seal at the end is renewed so that it covers the new content.
func Dump(w io.Writer, r io.Reader, opts Options, progress func(rows int64)) (*Stats, error) {
	e, err := NewEngine(opts.Pairs)
	if err != nil {
		return nil, err
	}
	d := &dumpRewriter{e: e, f: newFilter(opts), prefix: opts.Prefix, stats: newStats(), columns: map[string][]sqldump.Column{}}
	sealer := dumpfile.NewSealer(w)
	bw := bufio.NewWriterSize(sealer, 1<<20)
	hooks := sqldump.Hooks{
		Literal: d.literal,
		End: func(st *sqldump.Statement) {
			switch st.Kind {
			case sqldump.CreateTable:
				d.columns[st.Table] = st.Columns
			case sqldump.Insert:
				d.stats.Rows += st.Rows
				if progress != nil {
					progress(d.stats.Rows)
				}
			}
		},
		Comment: func(line []byte) []byte {
			if bytes.HasPrefix(line, []byte(dumpfile.SealPrefix)) {
				bw.Flush()
				return sealer.SealLine()
			}
			return line
		},
	}
	if err := sqldump.Copy(bw, r, hooks); err != nil {
		return d.stats, err
	}
	return d.stats, bw.Flush()
}

type dumpRewriter struct {
	e        *Engine
	f        *filter
	prefix   string
	stats    *Stats
	columns  map[string][]sqldump.Column
	val, out []byte
}

func (d *dumpRewriter) literal(dst []byte, st *sqldump.Statement, col int, raw []byte, binary bool) ([]byte, bool) {
	if binary {
		return dst, false
	}
	if !d.e.m.MayMatch(raw) {
		// A multisite domain column holds a bare host, which no URL form matches.
		if len(raw) <= 253 {
			if name, _ := columnOf(st, d.columns[st.Table], col); isMultisiteDomain(d.prefix, st.Table, name) {
				if to, ok := d.e.m.Host(string(raw)); ok {
					d.stats.add(st.Table, name, Result{Replacements: 1})
					return append(dst, to...), true
				}
			}
		}
		return dst, false
	}
	if ok, why := d.f.table(st.Table); !ok {
		d.stats.Skipped[why]++
		return dst, false
	}
	name, typ := columnOf(st, d.columns[st.Table], col)
	if !textType(typ) {
		d.stats.Skipped["non-text column"]++
		return dst, false
	}
	if !d.f.column(st.Table, name) {
		d.stats.Skipped["--skip-columns "+name]++
		return dst, false
	}
	d.val = sqldump.Unescape(d.val[:0], raw)
	var res Result
	d.out, res = d.e.Value(d.out[:0], d.val)
	if res.Replacements == 0 {
		return dst, false
	}
	d.stats.add(st.Table, name, res)
	return sqldump.Escape(dst, d.out), true
}

// columnOf names the column of a literal and its type, from the INSERT's
// column list or the table's CREATE TABLE. Unknown columns count as text.
func columnOf(st *sqldump.Statement, table []sqldump.Column, col int) (name, typ string) {
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
