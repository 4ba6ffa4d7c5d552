package rewrite

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/rs/zerolog"
)

// BatchRows is how many row updates share one transaction.
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
	// A table that fails does not stop the others: each table's batches
	// stand on their own, and a re-run skips what is already rewritten.
	var failed []string
	for _, t := range tables {
		if ok, why := f.table(t); !ok {
			stats.Skipped[why]++
			continue
		}
		if err := liveTable(ctx, db, e, f, opts, t, stats, log); err != nil {
			if ctx.Err() != nil {
				return stats, ctx.Err()
			}
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

func liveTable(ctx context.Context, db *sql.DB, e *Engine, f *filter, opts Options, table string, stats *Stats, log zerolog.Logger) error {
	cols, err := liveColumns(ctx, db, table)
	if err != nil {
		return err
	}
	var pk []liveColumn
	var text []string
	charsets := map[string]string{}
	for _, c := range cols {
		if c.pk {
			pk = append(pk, c)
		}
		if !textType(strings.ToLower(c.typ)) || c.generated || c.charset == "binary" {
			continue
		}
		charsets[c.name] = c.charset
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
	sel := make([]string, 0, len(pk)+len(text))
	for _, c := range pk {
		sel = append(sel, c.name)
	}
	sel = append(sel, text...)
	w := newBatchWriter(ctx, db, table, pk, text, charsets, opts.DryRun)
	defer w.stop()
	raw := make([]sql.RawBytes, len(sel))
	dest := make([]any, len(sel))
	for i := range raw {
		dest[i] = &raw[i]
	}
	multisite := isMultisiteDomain(opts.Prefix, table, "domain")
	var out []byte
	handle := func(rows *sql.Rows) error {
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
			if multisite && c == "domain" {
				if to, ok := e.m.Host(string(v)); ok {
					set = append(set, colValue{i, to, string(v)})
					stats.add(table, c, Result{Replacements: 1})
				}
				continue
			}
			var res Result
			out, res = e.Value(out[:0], v)
			if res.Replacements == 0 {
				continue
			}
			stats.add(table, c, res)
			set = append(set, colValue{i, string(out), string(v)})
		}
		if len(set) == 0 {
			return nil
		}
		key, err := typedKey(pk, raw[:len(pk)])
		if err != nil {
			return err
		}
		return w.add(key, set)
	}
	where := "(" + strings.Join(conds, " OR ") + ")"
	if len(pk) == 1 && isInteger(pk[0].typ) {
		// Key ranges of PageRows rows, each its own short read: no read
		// view stays open while the writer changes the table.
		var last int64 = -1 << 63
		for {
			rows, err := db.QueryContext(ctx, "SELECT "+identList(sel)+" FROM "+ident(table)+" WHERE "+ident(pk[0].name)+" > ? AND "+where+
				" ORDER BY "+ident(pk[0].name)+" LIMIT "+strconv.Itoa(PageRows), append([]any{last}, args...)...)
			if err != nil {
				return err
			}
			n := 0
			for rows.Next() {
				if err := handle(rows); err != nil {
					rows.Close()
					return err
				}
				if last, err = strconv.ParseInt(string(raw[0]), 10, 64); err != nil {
					rows.Close()
					return fmt.Errorf("primary key %s: %w", pk[0].name, err)
				}
				n++
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
			if n < PageRows {
				break
			}
		}
	} else {
		rows, err := db.QueryContext(ctx, "SELECT "+identList(sel)+" FROM "+ident(table)+" WHERE "+where, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			if err := handle(rows); err != nil {
				return err
			}
		}
		if err := rows.Err(); err != nil {
			return err
		}
	}
	if err := w.finish(); err != nil {
		return err
	}
	if w.rows > 0 {
		log.Info().Str("table", table).Int("rows_updated", w.rows).Msg("rewritten")
	}
	return nil
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

// batchWriter applies row changes on a second connection and goroutine,
// so reading and writing overlap. A batch is up to BatchRows single-row
// UPDATEs by primary key sent as one multi-statement transaction: one
// round trip, and the cheapest work for the server (an index lookup and
// an in-place write per row):
//
//	START TRANSACTION; UPDATE t SET c = ? WHERE pk = ?; ...; COMMIT
//
// A table without a primary key is updated by value instead (see Live).
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
		where = append(where, ident(c.name)+" = ?")
	}
	w.where = strings.Join(where, " AND ")
	for i := 0; i < n; i++ {
		go w.writer()
	}
	return w
}

func (w *batchWriter) writer() {
	for b := range w.work {
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
			c := ident(w.text[s.col])
			w.stmts = append(w.stmts, "UPDATE "+ident(w.table)+" SET "+c+" = ? WHERE BINARY "+w.asRead("", w.text[s.col])+" = ?")
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
					cols = append(cols, "? AS "+ident("v"+strconv.Itoa(i)))
				} else {
					cols = append(cols, "?")
				}
			}
			args = append(args, row...)
			sel = append(sel, "SELECT "+strings.Join(cols, ", "))
		}
		var on, set []string
		for i, c := range w.pk {
			on = append(on, "t."+ident(c.name)+" = v."+ident("v"+strconv.Itoa(i)))
		}
		for i, c := range w.text {
			v := "v." + ident("v"+strconv.Itoa(len(w.pk)+i))
			set = append(set, "t."+ident(c)+" = COALESCE("+v+", "+w.asRead("t.", c)+")")
		}
		w.work <- batch{"UPDATE " + ident(w.table) + " t JOIN (" + strings.Join(sel, " UNION ALL ") + ") v ON " + strings.Join(on, " AND ") + " SET " + strings.Join(set, ", "), args}
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
		return qual + ident(c)
	}
	return "CONVERT(" + qual + ident(c) + " USING utf8mb4)"
}

// finish flushes and waits for every statement.
func (w *batchWriter) finish() error {
	w.flush()
	close(w.work)
	w.work = nil
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
	if w.work != nil {
		close(w.work)
		w.wait()
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
