// Package dbclient runs the database's own client tools (mysql/mariadb,
// mysqldump/mariadb-dump) on an environment's host, inside the DB's Docker
// container when there is one, and streams their data over the host layer.
//
// Using the server's own clients, on the host that can reach the server,
// is a deliberate choice: they speak every MySQL 5.7/8.x and MariaDB
// 10.x/11.x dialect, reach a DB that only the SSH host can see (a separate
// DB instance, a unix socket, a container), and are as fast as the plain
// tools because they are the plain tools. The password travels as
// MYSQL_PWD through the host layer's secret channel, never in argv.
package dbclient

import (
	"bufio"
	"bytes"
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/go-sql-driver/mysql"

	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/host"
	"github.com/wpsync/wpsync/tools/internal/shell"
)

// Client talks to one environment's database.
type Client struct {
	Host     host.Host
	Env      *config.Env
	password string
}

// New prepares a client; the password comes from the environment.
func New(h host.Host, env *config.Env) (*Client, error) {
	pw, err := env.DBPassword()
	if err != nil {
		return nil, err
	}
	return &Client{Host: h, Env: env, password: pw}, nil
}

// Tool names the client programs, newest name first.
type Tool int

const (
	MySQL Tool = iota
	Dump
)

// pickers are literal shell fragments: they find the client program and,
// for mysqldump from MySQL 8+, add the flags it needs with other servers.
var pickers = map[Tool]string{
	MySQL: `b=$(command -v mariadb || command -v mysql) || { echo "wpsync: no mariadb or mysql client on this host: install the MySQL/MariaDB client package" >&2; exit 127; }; exec "$b" "$@"`,
	Dump: `b=$(command -v mariadb-dump || command -v mysqldump) || { echo "wpsync: no mariadb-dump or mysqldump on this host: install the MySQL/MariaDB client package" >&2; exit 127; }
case "$("$b" --version 2>/dev/null)" in *MariaDB*) ;; *"Ver 8"*|*"Ver 9"*) set -- --set-gtid-purged=OFF --column-statistics=0 "$@";; esac
exec "$b" "$@"`,
}

// Script is the shell command running tool with args on the env's host.
func (c *Client) Script(t Tool, args ...string) string {
	d := c.Env.DB
	conn := []string{"--user=" + c.Env.DBUser(), "--default-character-set=utf8mb4"}
	if d.Socket != "" {
		conn = append(conn, "--protocol=SOCKET", "--socket="+d.Socket)
	} else {
		conn = append(conn, "--protocol=TCP", "--host="+d.Host, "--port="+strconv.Itoa(d.Port))
	}
	argv := append(conn, args...)
	inner := append([]string{"sh", "-c", pickers[t], "wpsync"}, argv...)
	if d.DockerContainer != "" {
		env := []string{}
		if c.password != "" {
			env = []string{"-e", "MYSQL_PWD"}
		}
		return shell.Join(append(append(append([]string{"docker", "exec", "-i"}, env...), d.DockerContainer), inner...)...)
	}
	return shell.Join(inner...)
}

func (c *Client) secrets() map[string]string {
	if c.password == "" {
		return nil
	}
	return map[string]string{"MYSQL_PWD": c.password}
}

// Run runs a client tool with streams.
func (c *Client) Run(ctx context.Context, t Tool, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return c.Host.Run(ctx, host.Cmd{Script: c.Script(t, args...), Secrets: c.secrets(), Stdin: stdin, Stdout: stdout, Stderr: stderr})
}

// Query runs one or more SQL statements in db ("" for none) and returns
// the rows of the last result as tab-separated fields.
func (c *Client) Query(ctx context.Context, db, sql string) ([][]string, error) {
	args := []string{"--batch", "--raw", "--skip-column-names"}
	if db != "" {
		args = append(args, "--database="+db)
	}
	var out, errb bytes.Buffer
	err := c.Run(ctx, MySQL, args, strings.NewReader(sql), &out, &errb)
	if err != nil {
		return nil, c.advice(err, errb.String())
	}
	var rows [][]string
	sc := bufio.NewScanner(&out)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	return rows, sc.Err()
}

// Error is a failed client run, with the client's own message.
type Error struct {
	Env    string
	Status int
	Msg    string
}

func (e *Error) Error() string { return fmt.Sprintf("%s database: %s", e.Env, e.Msg) }

var serverCodeRe = regexp.MustCompile(`\bERROR (\d{4})\b`)

// Code is the server's error number ("ERROR 1044 (42000): …"), 0 when the
// client reported none.
func (e *Error) Code() int {
	m := serverCodeRe.FindStringSubmatch(e.Msg)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// IsDenied reports whether err is the server refusing the user a
// privilege: access to a database (1044), to a table (1142), or a global
// privilege (1227).
func IsDenied(err error) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	switch e.Code() {
	case 1044, 1142, 1227:
		return true
	}
	return false
}

// advice turns a client failure into a message with its likely fix.
func (c *Client) advice(err error, stderr string) error {
	var ee *host.ExitError
	if !errors.As(err, &ee) {
		return err
	}
	msg := clientMessage(stderr)
	switch {
	case ee.Status == 127:
	case msg == "":
		msg = fmt.Sprintf("the client exited with status %d", ee.Status)
	default:
		msg = c.explain(msg)
	}
	return &Error{Env: c.Env.Name, Status: ee.Status, Msg: msg}
}

// explain adds what to do to the server's or the client's message.
func (c *Client) explain(msg string) string {
	switch {
	case strings.Contains(msg, "Access denied"):
		msg += fmt.Sprintf(" (check db.user and the password in %s)", c.Env.DBPasswordVar())
	case strings.Contains(msg, "Lost connection") || strings.Contains(msg, "server has gone away"):
		msg += " (the database server stopped during the query: see its error log; a full disk or memory limit is the usual cause)"
	case strings.Contains(msg, "is full") || strings.Contains(msg, "No space left") || strings.Contains(msg, "errno: 28"):
		msg += " (the database server's disk is full: free space there, then run again)"
	case strings.Contains(msg, "Can't connect") || strings.Contains(msg, "Unknown MySQL server host"):
		msg += " (check db.host/db.port/db.socket as seen from the SSH host, and that the server runs)"
	}
	return msg
}

// DriverError words a failure met through the MySQL driver (sqlconn) as
// the client program's are worded, with the same advice: the server's
// number and state, and a lost connection as the client reports it.
// context says where (may be empty).
func (c *Client) DriverError(err error, context string) error {
	var me *mysql.MySQLError
	var msg string
	switch {
	case errors.As(err, &me):
		msg = fmt.Sprintf("ERROR %d (%s): %s", me.Number, me.SQLState, me.Message)
	case errors.Is(err, mysql.ErrPktTooLarge):
		msg = "ERROR 1153 (08S01): a statement is larger than the server's max_allowed_packet"
	case errors.Is(err, driver.ErrBadConn) || errors.Is(err, mysql.ErrInvalidConn) || errors.Is(err, io.ErrUnexpectedEOF):
		msg = "ERROR 2013 (HY000): Lost connection to server during query"
	default:
		msg = err.Error()
	}
	if context != "" {
		msg += " (in: " + context + ")"
	}
	return &Error{Env: c.Env.Name, Msg: c.explain(msg)}
}

// Advice is advice for callers that ran the client with their own stderr.
func (c *Client) Advice(err error, stderr string) error { return c.advice(err, stderr) }

// clientMessage is what the client said, without the "--------------"
// frame and the statement it echoes in batch mode: its ERROR lines when
// there are any, else its last lines.
func clientMessage(stderr string) string {
	var errs []string
	for _, l := range strings.Split(stderr, "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "ERROR ") || strings.HasPrefix(l, "wpsync: ") {
			errs = append(errs, l)
		}
	}
	if len(errs) > 0 {
		return strings.Join(errs, "; ")
	}
	return strings.Join(shell.LastLines(stderr, 3), " | ")
}

// LockTarget takes the lock every wpsync run that writes the env's
// database holds (restore, rollback, live rewrite), so two never overlap.
func (c *Client) LockTarget(ctx context.Context, wait int) (release func(), err error) {
	return c.Lock(ctx, "wpsync:"+c.Env.DB.Name, wait)
}

// Lock takes a named server lock (GET_LOCK) in a session that lives until
// release is called or the connection drops, so a crashed run never
// leaves it behind. It waits up to wait seconds for another holder.
func (c *Client) Lock(ctx context.Context, name string, wait int) (release func(), err error) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	var errb bytes.Buffer
	var runErr error
	finished := make(chan struct{})
	go func() {
		runErr = c.Run(ctx, MySQL, []string{"--batch", "--skip-column-names", "--unbuffered"}, inR, outW, &errb)
		outW.CloseWithError(runErr)
		close(finished)
	}()
	fmt.Fprintf(inW, "SELECT GET_LOCK(%s, %d);\n", QuoteString(name), wait)
	line, rerr := bufio.NewReader(outR).ReadString('\n')
	release = func() {
		inW.Close()
		go io.Copy(io.Discard, outR)
		<-finished
	}
	if rerr != nil {
		release()
		if runErr != nil {
			rerr = runErr
		}
		return nil, c.advice(rerr, errb.String())
	}
	if strings.TrimSpace(line) != "1" {
		release()
		return nil, fmt.Errorf("%s database: another wpsync run holds the lock %q (waited %ds): let it finish, then run again", c.Env.Name, name, wait)
	}
	return release, nil
}

// QuoteIdent quotes a MySQL identifier.
func QuoteIdent(s string) string { return "`" + strings.ReplaceAll(s, "`", "``") + "`" }

// QuoteString quotes a MySQL string literal.
func QuoteString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\x00", `\0`, "\n", `\n`, "\r", `\r`, "\x1a", `\Z`)
	return "'" + r.Replace(s) + "'"
}

// QuoteList is strings as an SQL list of string literals: ('a', 'b').
func QuoteList(strs []string) string {
	quoted := make([]string, len(strs))
	for i, v := range strs {
		quoted[i] = QuoteString(v)
	}
	return "(" + strings.Join(quoted, ", ") + ")"
}

// LikeEscape escapes s for a LIKE pattern: it matches itself only.
func LikeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `_`, `\_`, `%`, `\%`).Replace(s)
}

// LikePrefix is a LIKE pattern matching names that start with prefix.
func LikePrefix(prefix string) string { return LikeEscape(prefix) + "%" }
