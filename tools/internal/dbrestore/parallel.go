package dbrestore

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/wpsync/wpsync/tools/internal/dump/lexer"
)

// Parallel import. One session (the DDL session) runs every
// statement that is not an INSERT, in dump order; the INSERTs go to Jobs
// worker sessions, each whole and, within its session, in dump order.
// InnoDB takes concurrent inserts into one table, so one large table's
// statements spread over the workers, and the next table's are sent as
// soon as its CREATE TABLE has run (the DDL session confirms it with a
// marker query), while the workers still insert the previous table's.
//
// Settings: the SETs before the first INSERT (character set, SQL mode,
// time zone, checks) reach every session before anything else. A later
// SET that only serves a CREATE TABLE (character_set_client and the
// variables that save it) stays on the DDL session; any other waits for
// the workers to finish what they hold and reaches every session.
// LOCK/UNLOCK TABLES (an optimisation for one session) are left out: a
// write lock taken by one session would only stall the others.
//
// Character set: a worker sends the INSERTs of a table whose text columns
// are all utf8mb4 (or binary) under SET NAMES binary, as myloader does: the
// server then copies the literals' bytes without converting them, which
// is the same result here (the dump is utf8mb4, and so is every column)
// and about 30 % faster to parse. It is checked like any utf8mb4 text:
// an invalid sequence is still refused. Any other table's INSERTs run
// under the dump's own SET NAMES.
//
// Memory: each worker holds at most workerQueue statements besides the
// one it is sending; the reader waits (back-pressure) rather than reading
// ahead, so memory is about (Jobs × (workerQueue+1) + 1) × the largest
// INSERT (dumpdb writes INSERTs of at most 1 MiB: --net-buffer-length).

const workerQueue = 2

var (
	setRe      = regexp.MustCompile(`(?is)^\s*(?:/\*!\d+\s*)?SET\s`)
	ddlLocalRe = regexp.MustCompile(`(?is)^\s*(?:/\*!\d+\s*)?SET\s+(?:@saved_cs_client|character_set_client|@@(?:session\.)?default_collation_for_utf8mb4|@saved_col_connection|collation_connection|@OLD_DEFAULT_COLLATION_FOR_UTF8MB4)\b`)
	lockRe     = regexp.MustCompile(`(?is)^\s*(?:LOCK|UNLOCK)\s+TABLES\b`)
	namesRe    = regexp.MustCompile(`(?is)^\s*(?:/\*!\d+\s*)?SET\s+(?:NAMES|CHARACTER\s+SET)\b`)
	charsetRe  = regexp.MustCompile(`(?i)\b(?:CHARSET|CHARACTER SET)[= ]\s*([A-Za-z0-9_]+)`)
)

// binarySafe reports whether every character set a CREATE TABLE names is
// utf8mb4 or binary, so its INSERTs may be sent under SET NAMES binary.
func binarySafe(create []byte) bool {
	sets := charsetRe.FindAllSubmatch(create, -1)
	for _, m := range sets {
		if cs := strings.ToLower(string(m[1])); cs != "utf8mb4" && cs != "binary" {
			return false
		}
	}
	return len(sets) > 0
}

// marked is a session whose progress can be awaited: Sync sends a
// marker query and waits for the client to print it.
type marked struct {
	Importer
	lines chan string
	n     int
}

func openMarked(ctx context.Context, s Session, db string) *marked {
	pr, pw := io.Pipe()
	m := &marked{lines: make(chan string, 1)}
	m.Importer = s.Import(ctx, db, pw)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			m.lines <- sc.Text()
		}
		close(m.lines)
	}()
	m.Importer = &closingImporter{Importer: m.Importer, out: pw}
	return m
}

// closingImporter ends the marker reader when the session ends.
type closingImporter struct {
	Importer
	out *io.PipeWriter
}

func (c *closingImporter) Close() error {
	err := c.Importer.Close()
	c.out.Close()
	return err
}

func (c *closingImporter) Abort(cause error) error {
	err := c.Importer.Abort(cause)
	c.out.Close()
	return err
}

// Sync returns when the client has run everything written before it.
func (m *marked) Sync() error {
	m.n++
	want := "wpsync-sync-" + strconv.Itoa(m.n)
	if _, err := fmt.Fprintf(m, "SELECT '%s';\n", want); err != nil {
		return err
	}
	for {
		select {
		case line, ok := <-m.lines:
			if !ok {
				return errors.New("the database client ended before it confirmed the statements sent")
			}
			if line == want {
				return nil
			}
		case <-m.Exited():
			return errors.New("the database client ended before it confirmed the statements sent")
		}
	}
}

// worker sends INSERTs to one session.
type worker struct {
	sess   *marked
	work   chan job
	binary bool // the session is under SET NAMES binary
}

// job is one statement, or (stmt nil) a request to confirm.
type job struct {
	stmt   *[]byte
	binary bool // send it under SET NAMES binary
	done   chan error
}

// router receives the lexer's output and sends each statement to its
// session.
type router struct {
	ctx      context.Context // the sessions': a signal ends them all
	stop     chan struct{}   // closed at the first failure: nothing more is sent
	s        Session
	db       string
	jobs     int
	ddl      *marked
	workers  []*worker
	wg       sync.WaitGroup
	cur      []byte // the statement being written
	preamble [][]byte
	inserted bool            // an INSERT was sent: SETs from now on are mid-stream
	names    []byte          // the dump's SET NAMES, to return to from binary
	binary   map[string]bool // tables whose INSERTs may go under SET NAMES binary
	pool     sync.Pool
	mu       sync.Mutex
	err      error
}

func newRouter(ctx context.Context, s Session, db string, jobs int) *router {
	r := &router{ctx: ctx, stop: make(chan struct{}), s: s, db: db, jobs: jobs, binary: map[string]bool{},
		names: []byte("SET NAMES utf8mb4;\n")} // dbclient's --default-character-set
	r.pool.New = func() any { b := make([]byte, 0, 1<<20); return &b }
	r.ddl = openMarked(ctx, s, db)
	return r
}

func (r *router) fail(err error) {
	r.mu.Lock()
	if r.err == nil {
		r.err = err
		close(r.stop)
	}
	r.mu.Unlock()
}

func (r *router) failed() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}

// Write takes the lexer's output: a statement arrives in pieces and is
// complete when the End hook calls end.
func (r *router) Write(p []byte) (int, error) {
	if err := r.failed(); err != nil {
		return 0, err
	}
	r.cur = append(r.cur, p...)
	return len(p), nil
}

// end routes the statement just written (see the type's comment).
func (r *router) end(st *lexer.Statement) {
	if r.failed() != nil {
		r.cur = r.cur[:0]
		return
	}
	text := r.cur
	defer func() { r.cur = r.cur[:0] }()
	switch {
	case st.Kind == lexer.Insert:
		r.startWorkers()
		b := r.pool.Get().(*[]byte)
		*b = append((*b)[:0], text...)
		w := r.workers[0]
		for _, o := range r.workers[1:] {
			if len(o.work) < len(w.work) {
				w = o
			}
		}
		select {
		case w.work <- job{stmt: b, binary: r.binary[st.Table]}:
		case <-r.stop:
		case <-r.ctx.Done():
		}
		r.inserted = true
	case lockRe.Match(skeletonOf(text)):
		// left out: see the type's comment
	case setRe.Match(skeletonOf(text)) && !r.inserted:
		r.preamble = append(r.preamble, append([]byte{}, text...))
		if namesRe.Match(skeletonOf(text)) {
			r.names = append(append([]byte{}, bytes.TrimSpace(skeletonOf(text))...), '\n')
		}
		r.send(r.ddl, text)
	case setRe.Match(skeletonOf(text)) && !ddlLocalRe.Match(skeletonOf(text)):
		if err := r.barrier(); err != nil {
			r.fail(err)
			return
		}
		r.send(r.ddl, text)
		names := namesRe.Match(skeletonOf(text))
		if names {
			r.names = append(append([]byte{}, bytes.TrimSpace(skeletonOf(text))...), '\n')
		}
		for _, w := range r.workers { // idle: the barrier emptied their queues
			r.send(w.sess, text)
			if names {
				w.binary = false
			}
		}
	default:
		r.send(r.ddl, text)
		if st.Kind == lexer.CreateTable {
			r.binary[st.Table] = binarySafe(text)
		}
		if st.Kind == lexer.CreateTable {
			// The workers may insert into it once it exists.
			if err := r.ddl.Sync(); err != nil {
				r.fail(err)
			}
		}
	}
}

// skeletonOf is the statement without leading comments and white space.
func skeletonOf(text []byte) []byte {
	for {
		text = bytes.TrimLeft(text, " \t\r\n")
		// "--" then white space or the line's end, or "#": a comment line
		comment := bytes.HasPrefix(text, []byte("#")) ||
			bytes.HasPrefix(text, []byte("--")) && (len(text) == 2 || text[2] == ' ' || text[2] == '\t' || text[2] == '\n' || text[2] == '\r')
		if !comment {
			return text
		}
		i := bytes.IndexByte(text, '\n')
		if i < 0 {
			return nil
		}
		text = text[i+1:]
	}
}

func (r *router) send(m *marked, text []byte) {
	if _, err := m.Write(text); err != nil {
		r.fail(err)
	}
}

func (r *router) startWorkers() {
	if r.workers != nil {
		return
	}
	for i := 0; i < r.jobs; i++ {
		w := &worker{sess: openMarked(r.ctx, r.s, r.db), work: make(chan job, workerQueue)}
		for _, p := range r.preamble {
			r.send(w.sess, p)
		}
		r.workers = append(r.workers, w)
		r.wg.Add(1)
		go r.run(w)
	}
}

func (r *router) run(w *worker) {
	defer r.wg.Done()
	for j := range w.work {
		if j.stmt == nil {
			err := r.failed()
			if err == nil {
				err = w.sess.Sync()
			}
			j.done <- err
			continue
		}
		if r.failed() == nil && j.binary != w.binary {
			names := r.names
			if j.binary {
				names = []byte("SET NAMES binary;\n")
			}
			if _, err := w.sess.Write(names); err != nil {
				r.fail(err)
			}
			w.binary = j.binary
		}
		if r.failed() == nil {
			if _, err := w.sess.Write(*j.stmt); err != nil {
				r.fail(err)
			}
		}
		r.pool.Put(j.stmt)
	}
}

// barrier returns when every worker has run what it was given.
func (r *router) barrier() error {
	var dones []chan error
	for _, w := range r.workers {
		d := make(chan error, 1)
		select {
		case w.work <- job{done: d}:
		case <-r.stop:
			return r.failed()
		case <-r.ctx.Done():
			return r.ctx.Err()
		}
		dones = append(dones, d)
	}
	for _, d := range dones {
		select {
		case err := <-d:
			if err != nil {
				return err
			}
		case <-r.ctx.Done():
			return r.ctx.Err()
		}
	}
	return nil
}

// finish sends what is left, ends every session and returns the first
// client failure (nil when the clients had none): cause, the reader's
// failure, ends the sessions without what was not sent.
func (r *router) finish(cause error) error {
	if cause == nil && r.failed() == nil && len(bytes.TrimSpace(r.cur)) > 0 {
		r.send(r.ddl, r.cur)
	}
	for _, w := range r.workers {
		close(w.work)
	}
	r.wg.Wait()
	stopped := firstOf(cause, r.failed())
	sessions := []*marked{r.ddl}
	for _, w := range r.workers {
		sessions = append(sessions, w.sess)
	}
	var clientErr error
	for _, m := range sessions {
		var err error
		if stopped != nil {
			err = m.Abort(stopped)
		} else {
			err = m.Close()
		}
		if err != nil && clientErr == nil {
			clientErr = err
		}
	}
	if clientErr == nil && cause == nil {
		clientErr = r.failed() // a marker that never came back
	}
	return clientErr
}

func firstOf(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
