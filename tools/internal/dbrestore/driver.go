package dbrestore

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"

	"github.com/go-sql-driver/mysql"

	"github.com/wpsync/wpsync/tools/internal/dbclient"
	"github.com/wpsync/wpsync/tools/internal/sqlconn"
)

// Through the MySQL protocol. The client program parses every statement
// again to find where it ends, which costs as much CPU as the server's own
// parse; the lexer has already found the ends, so each statement can go to
// the server as it is, one COM_QUERY each, through the database's port
// forwarded over the SSH connection (sqlconn). The other stages' queries
// go the same way, each on a new connection as each client run was (about
// 1 ms instead of the 10 ms of starting the client over SSH), except
// scripts with DELIMITER lines (a command of the client program, for
// trigger bodies), which the client runs. The run lock stays a client
// session too. Failures read as the client's (dbclient.Client.DriverError).
//
// The router sends whole statements (parallel.go), so the import goes
// through it even with one job when the session is a driver session.

// WithDriver returns s with its imports run through db, a connection
// pool to the same database server (see sqlconn.Open); explain words the
// driver's failures as the client program's (dbclient.Client.DriverError).
func WithDriver(s Session, db *sql.DB, explain func(err error, context string) error) Session {
	return driverSession{Session: s, db: db, explain: explain}
}

type driverSession struct {
	Session
	db      *sql.DB
	explain func(err error, context string) error
}

// wholeStatements marks a session whose Importer must be given one whole
// statement per Write.
type wholeStatements interface{ wholeStatements() }

func (driverSession) wholeStatements() {}

// Query runs sql on a connection of its own, like one run of the client:
// the rows of every result, NULL as "NULL" (the client's --batch --raw).
func (d driverSession) Query(ctx context.Context, db, sql string) ([][]string, error) {
	if clientOnlyRe.MatchString(sql) {
		return d.Session.Query(ctx, db, sql)
	}
	return sqlconn.Reader{DB: d.db, Fresh: true, Explain: d.explain}.Query(ctx, db, sql)
}

// QueryEachRaw hands over the rows of sql one by one, as bytes valid
// during the call (sqlconn.EachRawRow), on a connection of its own.
func (d driverSession) QueryEachRaw(ctx context.Context, db, sql string, each func(row [][]byte) error) error {
	return sqlconn.Reader{DB: d.db, Fresh: true, Explain: d.explain}.QueryEachRaw(ctx, db, sql, each)
}

// clientOnlyRe finds the client program's own commands in a script.
var clientOnlyRe = regexp.MustCompile(`(?im)^\s*DELIMITER\s`)

func (d driverSession) Import(ctx context.Context, db string, stdout io.Writer) Importer {
	ctx, cancel := context.WithCancel(ctx)
	i := &driverImporter{ctx: ctx, cancel: cancel, explain: d.explain, stdout: stdout, delim: ";", exited: make(chan struct{})}
	conn, err := d.db.Conn(ctx)
	if err != nil {
		i.fail(d.explain(err, ""))
		return i
	}
	i.conn = conn
	if _, err := conn.ExecContext(ctx, "USE "+dbclient.QuoteIdent(db)); err != nil {
		i.fail(d.explain(err, ""))
	}
	return i
}

// driverImporter runs each statement written to it, in order, on one
// connection; Write returns when the server has run it.
type driverImporter struct {
	ctx     context.Context
	cancel  context.CancelFunc
	explain func(err error, context string) error
	conn    *sql.Conn
	stdout  io.Writer
	delim   string
	// inTransaction: the dump opened a transaction (or turned autocommit
	// off), so a deadlock rolls back more than the statement that hit it
	// and the statement alone cannot be retried.
	inTransaction bool

	mu     sync.Mutex
	err    error
	exited chan struct{}
	done   bool
}

var (
	delimiterRe   = regexp.MustCompile(`(?i)^DELIMITER\s+(\S+)`)
	transactionRe = regexp.MustCompile(`(?is)^(?:/\*!\d+\s*)?(?:BEGIN\b|START\s+TRANSACTION\b|SET\b.*\bautocommit\b)`)
	selectRe      = regexp.MustCompile(`(?i)^SELECT\b`)
)

// deadlockRetries is how often a statement the server chose as a
// deadlock's victim is run again. Two sessions inserting into one table
// can deadlock on its unique keys' locks; the victim's statement (in
// autocommit mode, its own transaction) was rolled back whole, so
// running it again is the server's own advice (myloader does the same).
const deadlockRetries = 5

func (i *driverImporter) Write(p []byte) (int, error) {
	if err := i.failed(); err != nil {
		return 0, err
	}
	stmt := bytes.TrimSpace(skeletonOf(p))
	if m := delimiterRe.FindSubmatch(stmt); m != nil {
		i.delim = string(m[1]) // a client command: nothing to send
		return len(p), nil
	}
	stmt = bytes.TrimSpace(bytes.TrimSuffix(stmt, []byte(i.delim)))
	if len(stmt) == 0 {
		return len(p), nil // comments only
	}
	if transactionRe.Match(stmt) {
		i.inTransaction = true
	}
	var err error
	if selectRe.Match(stmt) {
		err = i.print(string(stmt))
	} else {
		for try := 0; ; try++ {
			_, err = i.conn.ExecContext(i.ctx, string(stmt))
			var me *mysql.MySQLError
			if err == nil || i.inTransaction || try == deadlockRetries || !errors.As(err, &me) || me.Number != 1213 {
				break
			}
		}
	}
	if err != nil {
		err = i.explain(err, statementHead(stmt))
		i.fail(err)
		return 0, err
	}
	return len(p), nil
}

// print runs a SELECT and prints its rows as the client program does in
// --batch mode (the parallel import's markers).
func (i *driverImporter) print(stmt string) error {
	rows, err := sqlconn.Rows(i.ctx, i.conn, stmt)
	if err != nil || i.stdout == nil {
		return err
	}
	for _, r := range rows {
		if _, err := fmt.Fprintln(i.stdout, strings.Join(r, "\t")); err != nil {
			return err
		}
	}
	return nil
}

// statementHead names a statement in an error by its start, up to its
// values or its first string: never by its data.
func statementHead(stmt []byte) string {
	head := string(stmt[:min(len(stmt), 300)])
	if k := strings.Index(strings.ToUpper(head), " VALUES"); k >= 0 {
		head = head[:k]
	}
	if k := strings.IndexAny(head, `'"`); k >= 0 {
		head = head[:k] + "…"
	}
	if len(head) > 100 {
		head = head[:100] + "…"
	}
	return strings.Join(strings.Fields(head), " ")
}

func (i *driverImporter) fail(err error) {
	i.mu.Lock()
	defer i.mu.Unlock()
	if i.err == nil {
		i.err = err
	}
	i.end()
}

func (i *driverImporter) failed() error {
	i.mu.Lock()
	defer i.mu.Unlock()
	return i.err
}

// end releases the connection, never to the pool: it carries the dump's
// session settings. Called with mu held.
func (i *driverImporter) end() {
	if i.done {
		return
	}
	i.done = true
	i.cancel()
	if i.conn != nil {
		sqlconn.Discard(i.conn)
	}
	close(i.exited)
}

func (i *driverImporter) Close() error {
	i.mu.Lock()
	defer i.mu.Unlock()
	i.end()
	return i.err
}

func (i *driverImporter) Abort(error) error { return i.Close() }

func (i *driverImporter) Exited() <-chan struct{} { return i.exited }
