// Package livedb rewrites the URLs in an environment's live database, in
// place, through database/sql: text columns only, only rows a LIKE on the
// source hosts selects, each table read in key ranges and written in
// batches on other connections. The value rewriting itself is package
// rewrite's; this package owns reading and writing the rows.
package livedb

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/rs/zerolog"
	"github.com/wpsync/wpsync/tools/internal/dbclient"
	"github.com/wpsync/wpsync/tools/internal/rewrite"
)

// BatchRows is how many row updates share one batch (one statement or one
// transaction).
var BatchRows = 500

// PageRows is how many rows one read of an integer-keyed table returns.
var PageRows = 2000

func isInteger(typ string) bool {
	switch strings.ToLower(typ) {
	case "tinyint", "smallint", "mediumint", "int", "integer", "bigint":
		return true
	}
	return false
}

// Rewrite rewrites the WordPress tables of a live database: text columns
// only, and only rows a LIKE on the source hosts selects. A table with one
// integer key is read in key ranges of PageRows rows, any other with one
// streaming SELECT; changed rows are written in batches of up to BatchRows
// rows on Writers other connections, so reading and writing overlap.
//
// Rows are addressed by primary key. A table without one is updated by
// value: UPDATE t SET c = new WHERE c = old (compared as bytes), which is
// safe because identical old values always get identical new values.
//
// explain words the database's failures as every helper does
// (dbclient.Client.DriverError).
func Rewrite(ctx context.Context, db *sql.DB, opts rewrite.Options, explain func(err error, context string) error, log zerolog.Logger) (*rewrite.Stats, error) {
	e, err := rewrite.NewEngine(opts.Pairs)
	if err != nil {
		return nil, err
	}
	f := rewrite.NewFilter(opts)
	stats := rewrite.NewStats()
	tables, err := liveTables(ctx, db, opts.Prefix)
	if err != nil {
		return nil, explain(err, "")
	}
	// A table that fails does not stop the others: each table's batches
	// stand on their own, and a re-run skips what is already rewritten.
	var failed []string
	for _, t := range tables {
		if ok, why := f.Table(t); !ok {
			stats.Skipped[why]++
			continue
		}
		if err := liveTable(ctx, db, e, f, opts, t, stats, log); err != nil {
			if ctx.Err() != nil {
				return stats, ctx.Err()
			}
			err = explain(err, "")
			log.Error().Str("table", t).Err(err).Msg("table not rewritten; going on with the others")
			failed = append(failed, fmt.Sprintf("%s (%v)", t, err))
		}
	}
	if len(failed) > 0 {
		return stats, fmt.Errorf("%d table(s) could not be rewritten: %s; every other table was; fix the cause and run again (rewritten values are skipped)", len(failed), strings.Join(failed, "; "))
	}
	return stats, nil
}

func liveTables(ctx context.Context, db *sql.DB, prefix string) ([]string, error) {
	rows, err := db.QueryContext(ctx, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME LIKE ? ORDER BY TABLE_NAME",
		dbclient.LikePrefix(prefix))
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
	charset   string // "" for non-text columns
	pk        bool
	generated bool // computed by the server: never written
}

func liveColumns(ctx context.Context, db *sql.DB, table string) ([]liveColumn, error) {
	rows, err := db.QueryContext(ctx, "SELECT COLUMN_NAME, DATA_TYPE, COLUMN_KEY, IFNULL(CHARACTER_SET_NAME, ''), "+
		"EXTRA LIKE '%VIRTUAL%' OR EXTRA LIKE '%STORED%' OR EXTRA LIKE '%PERSISTENT%' "+
		"FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION", table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []liveColumn
	for rows.Next() {
		var c liveColumn
		var key string
		if err := rows.Scan(&c.name, &c.typ, &key, &c.charset, &c.generated); err != nil {
			return nil, err
		}
		c.pk = key == "PRI"
		out = append(out, c)
	}
	return out, rows.Err()
}

// tablePlan is what is read and written of one table.
type tablePlan struct {
	table    string
	pk       []liveColumn
	text     []string          // the text columns rewritten
	charsets map[string]string // of the text columns
}

// planTable picks the columns to rewrite: text columns that the server
// does not compute, that are not binary and not skipped by the options.
func planTable(table string, cols []liveColumn, f *rewrite.Filter, stats *rewrite.Stats) *tablePlan {
	p := &tablePlan{table: table, charsets: map[string]string{}}
	for _, c := range cols {
		if c.pk {
			p.pk = append(p.pk, c)
		}
		if !rewrite.TextType(strings.ToLower(c.typ)) || c.generated || c.charset == "binary" {
			continue
		}
		p.charsets[c.name] = c.charset
		if !f.Column(table, c.name) {
			stats.Skipped["--skip-columns "+c.name]++
			continue
		}
		p.text = append(p.text, c.name)
	}
	return p
}

// where selects only rows that can match: a LIKE on each source host (the
// host appears literally in every form rewritten).
func (p *tablePlan) where(hosts []string) (string, []any) {
	var conds []string
	var args []any
	for _, c := range p.text {
		for _, h := range hosts {
			conds = append(conds, dbclient.QuoteIdent(c)+" LIKE ?")
			args = append(args, "%"+dbclient.LikeEscape(h)+"%")
		}
	}
	return "(" + strings.Join(conds, " OR ") + ")", args
}

// columns are the columns read: the key, then the text columns.
func (p *tablePlan) columns() []string {
	sel := make([]string, 0, len(p.pk)+len(p.text))
	for _, c := range p.pk {
		sel = append(sel, c.name)
	}
	return append(sel, p.text...)
}

// pagedByKey: a single integer key is read in key ranges of PageRows
// rows, each its own short read, so no read view stays open while the
// writer changes the table.
func (p *tablePlan) pagedByKey() bool { return len(p.pk) == 1 && isInteger(p.pk[0].typ) }

// changes rewrites one row's text values (raw: key columns, then text
// columns) and returns the values that changed.
func (p *tablePlan) changes(e *rewrite.Engine, multisite bool, raw []sql.RawBytes, stats *rewrite.Stats, out []byte) ([]colValue, []byte) {
	var set []colValue
	for i, c := range p.text {
		v := raw[len(p.pk)+i]
		if v == nil {
			continue
		}
		if multisite && c == "domain" {
			if to, ok := e.Map().Host(string(v)); ok {
				set = append(set, colValue{i, to, string(v)})
				stats.Add(p.table, c, rewrite.Result{Replacements: 1})
			}
			continue
		}
		var res rewrite.Result
		out, res = e.Value(out[:0], v)
		if res.Replacements == 0 {
			continue
		}
		stats.Add(p.table, c, res)
		set = append(set, colValue{i, string(out), string(v)})
	}
	return set, out
}

func liveTable(ctx context.Context, db *sql.DB, e *rewrite.Engine, f *rewrite.Filter, opts rewrite.Options, table string, stats *rewrite.Stats, log zerolog.Logger) error {
	cols, err := liveColumns(ctx, db, table)
	if err != nil {
		return err
	}
	p := planTable(table, cols, f, stats)
	if len(p.text) == 0 {
		return nil
	}
	where, args := p.where(e.Map().SourceHosts())
	sel := p.columns()
	w := newBatchWriter(ctx, db, table, p.pk, p.text, p.charsets, opts.DryRun)
	defer w.stop()
	raw := make([]sql.RawBytes, len(sel))
	dest := make([]any, len(sel))
	for i := range raw {
		dest[i] = &raw[i]
	}
	multisite := rewrite.IsMultisiteDomain(opts.Prefix, table, "domain")
	var out []byte
	handle := func(rows *sql.Rows) error {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		stats.Rows++
		var set []colValue
		if set, out = p.changes(e, multisite, raw, stats, out); len(set) == 0 {
			return nil
		}
		key, err := typedKey(p.pk, raw[:len(p.pk)])
		if err != nil {
			return err
		}
		return w.add(key, set)
	}
	if p.pagedByKey() {
		err = readPages(ctx, db, p, sel, where, args, raw, handle)
	} else {
		err = readAll(ctx, db, "SELECT "+identList(sel)+" FROM "+dbclient.QuoteIdent(table)+" WHERE "+where, args, handle)
	}
	if err != nil {
		return err
	}
	if err := w.finish(); err != nil {
		return err
	}
	if w.rows > 0 {
		log.Info().Str("table", table).Int("rows_updated", w.rows).Msg("rewritten")
	}
	return nil
}

// readPages reads a table with one integer key in key ranges of PageRows.
func readPages(ctx context.Context, db *sql.DB, p *tablePlan, sel []string, where string, args []any, raw []sql.RawBytes, handle func(*sql.Rows) error) error {
	key := dbclient.QuoteIdent(p.pk[0].name)
	q := "SELECT " + identList(sel) + " FROM " + dbclient.QuoteIdent(p.table) + " WHERE " + key + " > ? AND " + where + " ORDER BY " + key + " LIMIT " + strconv.Itoa(PageRows)
	var last int64 = -1 << 63
	for {
		n := 0
		err := readAll(ctx, db, q, append([]any{last}, args...), func(rows *sql.Rows) error {
			if err := handle(rows); err != nil {
				return err
			}
			var err error
			if last, err = strconv.ParseInt(string(raw[0]), 10, 64); err != nil {
				return fmt.Errorf("primary key %s: %w", p.pk[0].name, err)
			}
			n++
			return nil
		})
		if err != nil || n < PageRows {
			return err
		}
	}
}

// readAll runs one query and hands each row to handle.
func readAll(ctx context.Context, db *sql.DB, q string, args []any, handle func(*sql.Rows) error) error {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := handle(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

type colValue struct {
	col      int // index into the text columns
	new, old string
}

// typedKey converts primary-key bytes to the column's Go type, so the
// UPDATE compares numbers with numbers and the index is used.
func typedKey(pk []liveColumn, raw []sql.RawBytes) ([]any, error) {
	key := make([]any, len(pk))
	for i, c := range pk {
		s := string(raw[i])
		switch strings.ToLower(c.typ) {
		case "tinyint", "smallint", "mediumint", "int", "integer", "bigint":
			if n, err := strconv.ParseInt(s, 10, 64); err == nil {
				key[i] = n
			} else if u, err := strconv.ParseUint(s, 10, 64); err == nil {
				key[i] = u
			} else {
				return nil, fmt.Errorf("primary key %s value %q: %w", c.name, s, err)
			}
		default:
			key[i] = s
		}
	}
	return key, nil
}

// MaxBatchBytes bounds one batch of statements.
var MaxBatchBytes = 4 << 20

// batchWriter applies row changes on other connections and goroutines,
// so reading and writing overlap. For a table with a primary key a batch
// is one statement joining the table with a derived table of up to
// BatchRows rows (key, then each text column's new value or NULL for
// unchanged): one round trip, an index lookup and an in-place write per
// row:
//
//	UPDATE t JOIN (SELECT ? AS v0, ? AS v1 UNION ALL SELECT ?, ? …) v
//	  ON t.pk = v.v0 SET t.c = COALESCE(v.v1, t.c)
//
// A table without one is updated by value, in one transaction per batch:
//
//	START TRANSACTION; UPDATE t SET c = ? WHERE BINARY c = ?; …; COMMIT
type batchWriter struct {
	ctx      context.Context
	db       *sql.DB
	table    string
	pk       []liveColumn
	text     []string
	charsets map[string]string // of the text columns
	dryRun   bool
	rows     int
	stmts    []string // tables without a primary key: UPDATE by value
	args     []any
	rowsArgs [][]any // tables with one: rows of the derived table
	bytes    int
	where    string
	work     chan batch
	closed   bool // work is closed: no more batches
	done     chan error
	writers  int
	mu       sync.Mutex
	err      error // the writer's first error
}

type batch struct {
	query string
	args  []any
}

// Writers is how many connections apply batches at once. Batches of a
// table with a primary key touch disjoint rows, so they cannot conflict;
// a table without one is written by a single connection.
var Writers = 2

func newBatchWriter(ctx context.Context, db *sql.DB, table string, pk []liveColumn, text []string, charsets map[string]string, dryRun bool) *batchWriter {
	n := Writers
	if len(pk) == 0 {
		n = 1
	}
	w := &batchWriter{ctx: ctx, db: db, table: table, pk: pk, text: text, charsets: charsets, dryRun: dryRun, work: make(chan batch, 2), done: make(chan error, n), writers: n}
	var where []string
	for _, c := range pk {
		where = append(where, dbclient.QuoteIdent(c.name)+" = ?")
	}
	w.where = strings.Join(where, " AND ")
	for i := 0; i < n; i++ {
		go w.writer(w.work)
	}
	return w
}

// writer ranges over the channel it is given, not the field: it may start
// only after finish has closed the channel (a table with nothing to write
// finishes at once), and must then find it closed.
func (w *batchWriter) writer(work <-chan batch) {
	for b := range work {
		if w.failed() == nil {
			if _, err := w.db.ExecContext(w.ctx, b.query, b.args...); err != nil {
				w.setErr(err)
			}
		}
	}
	w.done <- w.failed()
}

func (w *batchWriter) setErr(err error) {
	w.mu.Lock()
	if w.err == nil {
		w.err = err
	}
	w.mu.Unlock()
}

func (w *batchWriter) failed() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

func (w *batchWriter) add(key []any, set []colValue) error {
	w.rows++
	if w.dryRun {
		return nil
	}
	if len(w.pk) == 0 {
		for _, s := range set {
			c := dbclient.QuoteIdent(w.text[s.col])
			w.stmts = append(w.stmts, "UPDATE "+dbclient.QuoteIdent(w.table)+" SET "+c+" = ? WHERE BINARY "+w.asRead("", w.text[s.col])+" = ?")
			w.args = append(w.args, s.new, s.old)
			w.bytes += 2 * len(s.new)
		}
	} else {
		// One row of the derived table: the key, then each text column's
		// new value or NULL (unchanged).
		vals := make([]any, len(w.text))
		for _, s := range set {
			vals[s.col] = s.new
			w.bytes += len(s.new)
		}
		w.rowsArgs = append(w.rowsArgs, append(append([]any{}, key...), vals...))
	}
	if len(w.stmts)+len(w.rowsArgs) >= BatchRows || w.bytes >= MaxBatchBytes {
		w.flush()
	}
	return w.failed()
}

func (w *batchWriter) flush() {
	if len(w.rowsArgs) > 0 {
		var sel []string
		var args []any
		for r, row := range w.rowsArgs {
			var cols []string
			for i := range row {
				if r == 0 {
					cols = append(cols, "? AS "+dbclient.QuoteIdent("v"+strconv.Itoa(i)))
				} else {
					cols = append(cols, "?")
				}
			}
			args = append(args, row...)
			sel = append(sel, "SELECT "+strings.Join(cols, ", "))
		}
		var on, set []string
		for i, c := range w.pk {
			on = append(on, "t."+dbclient.QuoteIdent(c.name)+" = v."+dbclient.QuoteIdent("v"+strconv.Itoa(i)))
		}
		for i, c := range w.text {
			v := "v." + dbclient.QuoteIdent("v"+strconv.Itoa(len(w.pk)+i))
			set = append(set, "t."+dbclient.QuoteIdent(c)+" = COALESCE("+v+", "+w.asRead("t.", c)+")")
		}
		w.work <- batch{"UPDATE " + dbclient.QuoteIdent(w.table) + " t JOIN (" + strings.Join(sel, " UNION ALL ") + ") v ON " + strings.Join(on, " AND ") + " SET " + strings.Join(set, ", "), args}
		w.rowsArgs, w.bytes = nil, 0
	}
	if len(w.stmts) > 0 {
		w.work <- batch{"START TRANSACTION; " + strings.Join(w.stmts, "; ") + "; COMMIT", w.args}
		w.stmts, w.args, w.bytes = nil, nil, 0
	}
}

// asRead is column c as the connection reads it (utf8mb4): the values
// sent are utf8mb4, and mixing them with a column of another character
// set (latin1 on old sites) in one expression is an "illegal mix of
// collations". Assigning the utf8mb4 result converts it back.
func (w *batchWriter) asRead(qual, c string) string {
	if strings.HasPrefix(w.charsets[c], "utf8mb4") {
		return qual + dbclient.QuoteIdent(c)
	}
	return "CONVERT(" + qual + dbclient.QuoteIdent(c) + " USING utf8mb4)"
}

// finish flushes and waits for every statement.
func (w *batchWriter) finish() error {
	w.flush()
	close(w.work)
	w.closed = true
	return w.wait()
}

func (w *batchWriter) wait() error {
	var first error
	for i := 0; i < w.writers; i++ {
		if err := <-w.done; err != nil && first == nil {
			first = err
		}
	}
	return first
}

func (w *batchWriter) stop() {
	if !w.closed {
		close(w.work)
		w.closed = true
		w.wait()
	}
}

func identList(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = dbclient.QuoteIdent(c)
	}
	return strings.Join(q, ", ")
}
