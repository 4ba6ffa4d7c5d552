package rewrite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/rs/zerolog"
)

// BatchRows is how many row updates share one transaction.
var BatchRows = 500

// Live rewrites the WordPress tables of a live database: text columns
// only, and only rows a LIKE on the source hosts selects. Each table is
// read with one streaming SELECT and written in transactions of BatchRows
// updates on a second connection.
//
// Rows are addressed by primary key. A table without one is updated by
// value: UPDATE t SET c = new WHERE c = old (compared as bytes), which is
// safe because identical old values always get identical new values.
func Live(ctx context.Context, db *sql.DB, opts Options, log zerolog.Logger) (*Stats, error) {
	e, err := NewEngine(opts.Pairs)
	if err != nil {
		return nil, err
	}
	f := newFilter(opts)
	stats := newStats()
	tables, err := liveTables(ctx, db, opts.Prefix)
	if err != nil {
		return nil, err
	}
	for _, t := range tables {
		if ok, why := f.table(t); !ok {
			stats.Skipped[why]++
			continue
		}
		if err := liveTable(ctx, db, e, f, opts, t, stats, log); err != nil {
			return stats, fmt.Errorf("table %s: %w", t, err)
		}
	}
	return stats, nil
}

func liveTables(ctx context.Context, db *sql.DB, prefix string) ([]string, error) {
	rows, err := db.QueryContext(ctx, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME LIKE ? ORDER BY TABLE_NAME",
		likeEscape(prefix)+"%")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

type liveColumn struct {
	name, typ string
	pk        bool
}

func liveColumns(ctx context.Context, db *sql.DB, table string) ([]liveColumn, error) {
	rows, err := db.QueryContext(ctx, "SELECT COLUMN_NAME, DATA_TYPE, COLUMN_KEY FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION", table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []liveColumn
	for rows.Next() {
		var c liveColumn
		var key string
		if err := rows.Scan(&c.name, &c.typ, &key); err != nil {
			return nil, err
		}
		c.pk = key == "PRI"
		out = append(out, c)
	}
	return out, rows.Err()
}

func liveTable(ctx context.Context, db *sql.DB, e *Engine, f *filter, opts Options, table string, stats *Stats, log zerolog.Logger) error {
	cols, err := liveColumns(ctx, db, table)
	if err != nil {
		return err
	}
	var pk, text []string
	for _, c := range cols {
		if c.pk {
			pk = append(pk, c.name)
		}
		if !textType(strings.ToLower(c.typ)) {
			continue
		}
		if !f.column(table, c.name) {
			stats.Skipped["--skip-columns "+c.name]++
			continue
		}
		text = append(text, c.name)
	}
	if len(text) == 0 {
		return nil
	}
	// Only rows that can match: a LIKE on each source host (the host
	// appears literally in every form we rewrite).
	var conds []string
	var args []any
	for _, c := range text {
		for _, h := range e.m.SourceHosts() {
			conds = append(conds, ident(c)+" LIKE ?")
			args = append(args, "%"+likeEscape(h)+"%")
		}
	}
	sel := append(append([]string{}, pk...), text...)
	q := "SELECT " + identList(sel) + " FROM " + ident(table) + " WHERE " + strings.Join(conds, " OR ")
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()

	w := &batchWriter{ctx: ctx, db: db, table: table, pk: pk, dryRun: opts.DryRun}
	defer w.rollback()
	raw := make([]sql.RawBytes, len(sel))
	dest := make([]any, len(sel))
	for i := range raw {
		dest[i] = &raw[i]
	}
	multisite := isMultisiteDomain(opts.Prefix, table, "domain")
	var out []byte
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		stats.Rows++
		var set []colValue
		for i, c := range text {
			v := raw[len(pk)+i]
			if v == nil {
				continue
			}
			var res Result
			if multisite && c == "domain" {
				if to, ok := e.m.Host(string(v)); ok {
					set = append(set, colValue{c, []byte(to), append([]byte{}, v...)})
					stats.add(table, c, Result{Replacements: 1})
				}
				continue
			}
			out, res = e.Value(out[:0], v)
			if res.Replacements == 0 {
				continue
			}
			stats.add(table, c, res)
			set = append(set, colValue{c, append([]byte{}, out...), append([]byte{}, v...)})
		}
		if len(set) == 0 {
			continue
		}
		key := make([]any, len(pk))
		for i := range pk {
			key[i] = string(raw[i])
		}
		if err := w.update(set, key); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if err := w.commit(); err != nil {
		return err
	}
	if w.updated > 0 {
		log.Info().Str("table", table).Int("rows_updated", w.updated).Msg("rewritten")
	}
	return nil
}

type colValue struct {
	col      string
	new, old []byte
}

// batchWriter groups updates into transactions.
type batchWriter struct {
	ctx     context.Context
	db      *sql.DB
	table   string
	pk      []string
	dryRun  bool
	tx      *sql.Tx
	pending int
	updated int
}

func (w *batchWriter) update(set []colValue, key []any) error {
	w.updated++
	if w.dryRun {
		return nil
	}
	if w.tx == nil {
		tx, err := w.db.BeginTx(w.ctx, nil)
		if err != nil {
			return err
		}
		w.tx = tx
	}
	if len(w.pk) == 0 {
		for _, s := range set {
			if _, err := w.tx.ExecContext(w.ctx, "UPDATE "+ident(w.table)+" SET "+ident(s.col)+" = ? WHERE BINARY "+ident(s.col)+" = ?", s.new, s.old); err != nil {
				return err
			}
		}
	} else {
		var sets []string
		var args []any
		for _, s := range set {
			sets = append(sets, ident(s.col)+" = ?")
			args = append(args, s.new)
		}
		var where []string
		for _, k := range w.pk {
			where = append(where, ident(k)+" = ?")
		}
		args = append(args, key...)
		if _, err := w.tx.ExecContext(w.ctx, "UPDATE "+ident(w.table)+" SET "+strings.Join(sets, ", ")+" WHERE "+strings.Join(where, " AND "), args...); err != nil {
			return err
		}
	}
	if w.pending++; w.pending >= BatchRows {
		return w.commit()
	}
	return nil
}

func (w *batchWriter) commit() error {
	if w.tx == nil {
		return nil
	}
	err := w.tx.Commit()
	w.tx, w.pending = nil, 0
	return err
}

func (w *batchWriter) rollback() {
	if w.tx != nil {
		w.tx.Rollback()
	}
}

func ident(s string) string { return "`" + strings.ReplaceAll(s, "`", "``") + "`" }

func identList(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = ident(c)
	}
	return strings.Join(q, ", ")
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
