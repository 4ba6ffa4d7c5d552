package dbrestore

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/go-sql-driver/mysql"
	"github.com/rs/zerolog"

	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/dbclient"
)

// fakeDriver is a database/sql driver that records the statements run and
// fails those its rule says.
type fakeDriver struct {
	mu     sync.Mutex
	ran    []string
	closed int
	// fail returns the error for the n-th try of stmt (0-based), or nil.
	fail  func(stmt string, try int) error
	tries map[string]int
}

func (d *fakeDriver) Connect(context.Context) (driver.Conn, error) { return &fakeConn{d: d}, nil }
func (d *fakeDriver) Driver() driver.Driver                        { return nil }

type fakeConn struct{ d *fakeDriver }

func (c *fakeConn) Prepare(string) (driver.Stmt, error) { return nil, errors.New("not prepared") }
func (c *fakeConn) Close() error {
	c.d.mu.Lock()
	c.d.closed++
	c.d.mu.Unlock()
	return nil
}
func (c *fakeConn) Begin() (driver.Tx, error) { return nil, errors.New("no transactions") }

func (c *fakeConn) run(q string) error {
	d := c.d
	d.mu.Lock()
	defer d.mu.Unlock()
	try := d.tries[q]
	d.tries[q]++
	if d.fail != nil {
		if err := d.fail(q, try); err != nil {
			return err
		}
	}
	d.ran = append(d.ran, q)
	return nil
}

func (c *fakeConn) ExecContext(_ context.Context, q string, _ []driver.NamedValue) (driver.Result, error) {
	if err := c.run(q); err != nil {
		return nil, err
	}
	return driver.RowsAffected(1), nil
}

func (c *fakeConn) QueryContext(_ context.Context, q string, _ []driver.NamedValue) (driver.Rows, error) {
	if err := c.run(q); err != nil {
		return nil, err
	}
	// Each "SELECT 'x'" of a script is a result with the row x, as the
	// server gives; "SELECT NULL" a row with NULL.
	r := &fakeRows{}
	for _, part := range strings.Split(q, "; ") {
		v := any(strings.Trim(strings.TrimPrefix(part, "SELECT "), "'"))
		if part == "SELECT NULL" {
			v = nil
		}
		r.sets = append(r.sets, v)
	}
	return r, nil
}

type fakeRows struct {
	sets []any // one row of one column per result
	set  int
	done bool
}

func (r *fakeRows) Columns() []string { return []string{"c"} }
func (r *fakeRows) Close() error      { return nil }
func (r *fakeRows) Next(dest []driver.Value) error {
	if r.done {
		return io.EOF
	}
	r.done = true
	dest[0] = r.sets[r.set]
	return nil
}
func (r *fakeRows) HasNextResultSet() bool { return r.set+1 < len(r.sets) }
func (r *fakeRows) NextResultSet() error {
	if !r.HasNextResultSet() {
		return io.EOF
	}
	r.set++
	r.done = false
	return nil
}

func newFakeDriverSession(fail func(string, int) error) (*fakeDriver, Session) {
	d := &fakeDriver{fail: fail, tries: map[string]int{}}
	c := &dbclient.Client{Env: &config.Env{Name: "staging"}}
	return d, WithDriver(nil, sql.OpenDB(d), c.DriverError)
}

func deadlock() error {
	return &mysql.MySQLError{Number: 1213, SQLState: [5]byte{'4', '0', '0', '0', '1'}, Message: "Deadlock found when trying to get lock; try restarting transaction"}
}

func TestDriverImporterSendsEachStatementAsTheServerTakesIt(t *testing.T) {
	d, s := newFakeDriverSession(nil)
	var out bytes.Buffer
	imp := s.Import(context.Background(), "db_shadow", &out)
	for _, stmt := range []string{
		"\n--\n-- Table structure for table `t`\n--\n\nDROP TABLE IF EXISTS `t`;\n",
		"-- wpsync: removed a GTID/binlog setting that needs SUPER\n", // comments only: nothing to send
		"/*!40101 SET NAMES utf8mb4 */;\n",
		"INSERT INTO `t` VALUES (1,'a;b');\n",
		"DELIMITER ;;\n",
		"CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END ;;\n",
		"DELIMITER ;\n",
		"SELECT 'wpsync-sync-1';\n",
	} {
		if _, err := imp.Write([]byte(stmt)); err != nil {
			t.Fatalf("%q: %v", stmt, err)
		}
	}
	if err := imp.Close(); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"USE `db_shadow`",
		"DROP TABLE IF EXISTS `t`",
		"/*!40101 SET NAMES utf8mb4 */",
		"INSERT INTO `t` VALUES (1,'a;b')",
		"CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END",
		"SELECT 'wpsync-sync-1'",
	}
	if strings.Join(d.ran, "\n") != strings.Join(want, "\n") {
		t.Errorf("ran:\n%s\nwant:\n%s", strings.Join(d.ran, "\n"), strings.Join(want, "\n"))
	}
	if out.String() != "wpsync-sync-1\n" {
		t.Errorf("printed %q, want the marker's row", out.String())
	}
	select {
	case <-imp.Exited():
	default:
		t.Error("Exited not closed after Close")
	}
	if d.closed != 1 {
		t.Errorf("%d connections closed, want 1: a session's connection carries the dump's settings and must not go back to the pool", d.closed)
	}
}

func TestDriverImporterRetriesADeadlockedStatement(t *testing.T) {
	ins := "INSERT INTO `t` VALUES (1)"
	for _, tc := range []struct {
		name      string
		before    []string
		failTries int
		wantErr   bool
	}{
		{"retried, then run", nil, 2, false},
		{"given up after the retries", nil, deadlockRetries + 1, true},
		{"not retried inside the dump's transaction", []string{"SET autocommit=0;\n"}, 1, true},
		{"not retried after START TRANSACTION", []string{"START TRANSACTION;\n"}, 1, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, s := newFakeDriverSession(func(q string, try int) error {
				if q == ins && try < tc.failTries {
					return deadlock()
				}
				return nil
			})
			imp := s.Import(context.Background(), "db", nil)
			for _, b := range tc.before {
				if _, err := imp.Write([]byte(b)); err != nil {
					t.Fatal(err)
				}
			}
			_, err := imp.Write([]byte(ins + ";\n"))
			closeErr := imp.Close()
			if (err != nil) != tc.wantErr || (closeErr != nil) != tc.wantErr {
				t.Fatalf("write: %v, close: %v; want an error: %v", err, closeErr, tc.wantErr)
			}
			if tc.wantErr {
				var ce *dbclient.Error
				if !errors.As(closeErr, &ce) || ce.Code() != 1213 || !strings.Contains(ce.Error(), "(in: INSERT INTO `t`)") {
					t.Errorf("error %v: want the server's 1213 in the client's words, naming the statement by its start", closeErr)
				}
				if _, err := imp.Write([]byte("INSERT INTO `t` VALUES (2);\n")); err == nil {
					t.Error("a write after the failure was accepted")
				}
				return
			}
			if d.ran[len(d.ran)-1] != ins {
				t.Errorf("ran %q", d.ran)
			}
		})
	}
}

func TestDriverImporterWordsFailuresLikeTheClient(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{&mysql.MySQLError{Number: 1146, SQLState: [5]byte{'4', '2', 'S', '0', '2'}, Message: "Table 'db.wp_no_such_table' doesn't exist"},
			"staging database: ERROR 1146 (42S02): Table 'db.wp_no_such_table' doesn't exist (in: INSERT INTO `wp_no_such_table`)"},
		{mysql.ErrPktTooLarge, "max_allowed_packet"},
	} {
		_, s := newFakeDriverSession(func(q string, _ int) error {
			if strings.HasPrefix(q, "INSERT") {
				return tc.err
			}
			return nil
		})
		imp := s.Import(context.Background(), "db", nil)
		imp.Write([]byte("INSERT INTO `wp_no_such_table` VALUES (1,'secret data');\n"))
		err := imp.Abort(errors.New("stopped"))
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "secret data") {
			t.Errorf("error %v, want it to contain %q and no row data", err, tc.want)
		}
	}
}

// wholeFake is the fake server as a session that needs whole statements.
type wholeFake struct{ *fakeDB }

func (wholeFake) wholeStatements() {}

// With one job, a session that needs whole statements still gets them
// through the router: a DDL session and one worker, in dump order.
func TestOneJobThroughTheRouterWhenTheSessionNeedsWholeStatements(t *testing.T) {
	content, m := bigBody(5)
	f := newServer()
	f.on(`SELECT 'count'`, [][]string{{"count", "wp_options", "2"}, {"count", "wp_posts", "10"}, {"table", "wp_options", ""}, {"table", "wp_posts", ""}}, nil)
	res, err := Restore(context.Background(), wholeFake{f}, target, verifier(sealedDump(t, m, content)), Options{Jobs: 1}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if res.Rows != 12 || len(f.sessions) != 2 {
		t.Fatalf("rows %d, sessions %d", res.Rows, len(f.sessions))
	}
	ids := insertRe.FindAllStringSubmatch(f.sessions[1].got.String(), -1)
	if len(ids) != 5 || ids[0][1] != "1" || ids[4][1] != "9" {
		t.Errorf("the worker got %v", ids)
	}
}

// clientQueries is the client program's side of a driver session.
type clientQueries struct {
	Session
	got []string
}

func (c *clientQueries) Query(_ context.Context, _, sql string) ([][]string, error) {
	c.got = append(c.got, sql)
	return [][]string{{"from the client"}}, nil
}

func TestDriverQueryIsOneClientRun(t *testing.T) {
	d := &fakeDriver{tries: map[string]int{}}
	client := &clientQueries{}
	c := &dbclient.Client{Env: &config.Env{Name: "staging"}}
	s := WithDriver(client, sql.OpenDB(d), c.DriverError)

	rows, err := s.Query(context.Background(), "db_shadow", "SELECT 'a'; SELECT NULL; SELECT 'b'")
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(rows) != "[[a] [NULL] [b]]" {
		t.Errorf("rows %v, want every result's rows and NULL as the client prints it", rows)
	}
	if strings.Join(d.ran, "\n") != "USE `db_shadow`\nSELECT 'a'; SELECT NULL; SELECT 'b'" || d.closed != 1 {
		t.Errorf("ran %q, closed %d: want the database chosen, then the script, on a connection of its own", d.ran, d.closed)
	}
	if len(client.got) != 0 {
		t.Errorf("the client ran %q", client.got)
	}

	// A script with the client's own DELIMITER command goes to the client.
	trig := "USE `db`;\nDELIMITER ;;\nCREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END;;\nDELIMITER ;\n"
	rows, err = s.Query(context.Background(), "", trig)
	if err != nil || len(client.got) != 1 || client.got[0] != trig || rows[0][0] != "from the client" {
		t.Errorf("rows %v, err %v, client ran %q", rows, err, client.got)
	}

	d.fail = func(q string, _ int) error {
		return &mysql.MySQLError{Number: 1044, SQLState: [5]byte{'4', '2', '0', '0', '0'}, Message: "Access denied for user 'wp'@'localhost' to database 'db_wpsync_shadow'"}
	}
	if _, err := s.Query(context.Background(), "", "CREATE DATABASE `db_wpsync_shadow`"); !dbclient.IsDenied(err) {
		t.Errorf("err %v: want a refused privilege the restore recognises (the prefixed shadow's cue)", err)
	}
}

func TestStatementHeadNamesNoData(t *testing.T) {
	for stmt, want := range map[string]string{
		"INSERT INTO `wp_users` VALUES (1,'admin','$P$secret')":             "INSERT INTO `wp_users`",
		"INSERT INTO `t` (`a`, `b`) VALUES (1,2)":                           "INSERT INTO `t` (`a`, `b`)",
		"UPDATE `wp_options` SET option_value = 'secret' WHERE option_id=1": "UPDATE `wp_options` SET option_value = …",
		"CREATE TABLE `x` (\n  `id` int\n)":                                 "CREATE TABLE `x` ( `id` int )",
	} {
		if got := statementHead([]byte(stmt)); got != want {
			t.Errorf("%q: %q, want %q", stmt, got, want)
		}
	}
}
