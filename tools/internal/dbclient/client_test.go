package dbclient

import (
	"bytes"
	"context"
	"database/sql/driver"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-sql-driver/mysql"
	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/host"
)

// fakeClient puts a "mariadb" and a "mariadb-dump" on PATH that run body
// (a shell script seeing the client's arguments, its stdin and MYSQL_PWD)
// and returns a Client of a local environment that uses them.
func fakeClient(t *testing.T, body string) *Client {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"mariadb", "mariadb-dump"} {
		script := "#!/bin/sh\n" + body + "\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", dir+":"+os.Getenv("PATH"))
	t.Setenv("WPSYNC_STAGING_DB_PASSWORD", "s3cret pw")
	env := &config.Env{Name: "staging", DB: config.DB{Host: "127.0.0.1", Port: 3306, Name: "wp", Prefix: "wp_", User: "wp"}}
	c, err := New(&host.Local{Label: "staging"}, env)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestQueryReturnsRowsAndKeepsThePasswordOutOfArgv(t *testing.T) {
	c := fakeClient(t, `case "$*" in *s3cret*) echo "password in argv" >&2; exit 9;; esac
[ "$MYSQL_PWD" = "s3cret pw" ] || { echo "no password in MYSQL_PWD" >&2; exit 8; }
sql=$(cat); printf 'a\tb\n%s\t%s\n' "$sql" "$#"`)
	rows, err := c.Query(context.Background(), "wp", "SELECT 1")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0][1] != "b" || rows[1][0] != "SELECT 1" {
		t.Errorf("rows %q", rows)
	}
}

func TestFailuresReadAsAdvice(t *testing.T) {
	cases := []struct {
		name, stderr, want string
		code               int
	}{
		{"denied", "ERROR 1045 (28000): Access denied for user 'wp'@'localhost' (using password: YES)", "check db.user and the password in WPSYNC_STAGING_DB_PASSWORD", 1045},
		{"gone", "ERROR 2013 (HY000) at line 1: Lost connection to server during query", "the database server stopped during the query", 2013},
		{"disk", "ERROR 1114 (HY000) at line 3: The table 'wp_posts' is full", "the database server's disk is full", 1114},
		{"unreachable", "ERROR 2002 (HY000): Can't connect to server on '127.0.0.1' (115)", "check db.host/db.port/db.socket as seen from the SSH host", 2002},
		{"batch frame", "--------------\nSELECT 1\n--------------\n\nERROR 1146 (42S02) at line 1: Table 'wp.x' doesn't exist", "ERROR 1146 (42S02) at line 1: Table 'wp.x' doesn't exist", 1146},
		{"silent", "", "the client exited with status 1", 0},
		{"other", "line one\nline two\n\nline three\nline four", "line two | line three | line four", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := fakeClient(t, "cat >/dev/null; printf '%s\\n' '"+strings.ReplaceAll(tc.stderr, "'", `'\''`)+"' >&2; exit 1")
			_, err := c.Query(context.Background(), "", "SELECT 1")
			var e *Error
			if !errors.As(err, &e) || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "staging database: ") {
				t.Fatalf("err %v, want %q", err, tc.want)
			}
			if e.Code() != tc.code {
				t.Errorf("code %d, want %d", e.Code(), tc.code)
			}
			if strings.Contains(err.Error(), "SELECT 1") {
				t.Errorf("the echoed statement is in the message: %v", err)
			}
		})
	}
}

// The same causes met through the MySQL driver read as the client's do.
func TestDriverFailuresReadLikeTheClients(t *testing.T) {
	c := &Client{Env: &config.Env{Name: "staging", DB: config.DB{PasswordEnv: "WPSYNC_STAGING_DB_PASSWORD"}}}
	cases := []struct {
		name string
		err  error
		want string
		code int
	}{
		{"denied", &mysql.MySQLError{Number: 1045, SQLState: [5]byte{'2', '8', '0', '0', '0'}, Message: "Access denied for user 'wp'@'localhost' (using password: YES)"},
			"staging database: ERROR 1045 (28000): Access denied for user 'wp'@'localhost' (using password: YES) (in: INSERT INTO `t`) (check db.user and the password in WPSYNC_STAGING_DB_PASSWORD)", 1045},
		{"disk", &mysql.MySQLError{Number: 1114, SQLState: [5]byte{'H', 'Y', '0', '0', '0'}, Message: "The table 'wp_posts' is full"}, "the database server's disk is full", 1114},
		{"server gone", mysql.ErrInvalidConn, "ERROR 2013 (HY000): Lost connection to server during query (in: INSERT INTO `t`) (the database server stopped during the query", 2013},
		{"bad conn", driver.ErrBadConn, "Lost connection to server during query", 2013},
		{"cut", io.ErrUnexpectedEOF, "Lost connection to server during query", 2013},
		{"packet", mysql.ErrPktTooLarge, "larger than the server's max_allowed_packet", 1153},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := c.DriverError(tc.err, "INSERT INTO `t`")
			var e *Error
			if !errors.As(err, &e) || !strings.Contains(err.Error(), tc.want) || e.Code() != tc.code {
				t.Errorf("err %v (code %d), want %q and code %d", err, e.Code(), tc.want, tc.code)
			}
		})
	}
}

func TestIsDenied(t *testing.T) {
	for msg, want := range map[string]bool{
		"ERROR 1044 (42000): Access denied for user 'wp'@'%' to database 'wp_wpsync_shadow'": true,
		"ERROR 1142 (42000): CREATE command denied to user":                                  true,
		"ERROR 1227 (42000): Access denied; you need (at least one of) the SUPER privilege":  true,
		"ERROR 1045 (28000): Access denied for user 'wp'@'localhost'":                        false, // a wrong password, not a privilege
		"ERROR 1007 (HY000): Can't create database; database exists":                         false,
	} {
		if got := IsDenied(&Error{Msg: msg}); got != want {
			t.Errorf("%s: %v", msg, got)
		}
	}
	if IsDenied(errors.New("ERROR 1044")) {
		t.Error("an error that is not the client's counted as denied")
	}
}

func TestMissingClientProgram(t *testing.T) {
	c := fakeClient(t, "")
	onlySh := t.TempDir() // a host with a shell and no database client
	if err := os.Symlink("/bin/sh", filepath.Join(onlySh, "sh")); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", onlySh)
	_, err := c.Query(context.Background(), "", "SELECT 1")
	if err == nil || !strings.Contains(err.Error(), "no mariadb or mysql client on this host: install the MySQL/MariaDB client package") {
		t.Errorf("err %v", err)
	}
}

func TestScript(t *testing.T) {
	env := &config.Env{Name: "staging", DB: config.DB{Socket: "/run/mysqld/mysqld.sock", Name: "wp", User: "wp", DockerContainer: "db"}}
	c := &Client{Env: env, password: "pw"}
	s := c.Script(MySQL, "--batch")
	for _, want := range []string{"docker exec -i -e MYSQL_PWD db sh -c", "--protocol=SOCKET", "--socket=/run/mysqld/mysqld.sock", "--user=wp", "--batch"} {
		if !strings.Contains(s, want) {
			t.Errorf("script lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "pw ") || strings.Contains(s, "'pw'") {
		t.Errorf("password in the script:\n%s", s)
	}
}

func TestLock(t *testing.T) {
	// The lock session answers GET_LOCK with 1, then holds until stdin ends.
	c := fakeClient(t, `read -r q; case "$q" in *"GET_LOCK('wpsync:wp', 5)"*) echo 1;; *) echo "unexpected $q" >&2; exit 1;; esac; cat >/dev/null`)
	release, err := c.LockTarget(context.Background(), 5)
	if err != nil {
		t.Fatal(err)
	}
	release()

	c = fakeClient(t, `read -r q; echo 0; cat >/dev/null`)
	if _, err := c.LockTarget(context.Background(), 5); err == nil || !strings.Contains(err.Error(), `another wpsync run holds the lock "wpsync:wp" (waited 5s)`) {
		t.Errorf("err %v", err)
	}
	// A failure to ask is reported as what it is, not as a held lock.
	c = fakeClient(t, `echo "ERROR 2002 (HY000): Can't connect to server" >&2; exit 1`)
	if _, err := c.LockTarget(context.Background(), 5); err == nil || strings.Contains(err.Error(), "holds the lock") || !strings.Contains(err.Error(), "Can't connect") {
		t.Errorf("err %v", err)
	}
}

func TestOutputStreamsSeveralRuns(t *testing.T) {
	c := fakeClient(t, `echo "run $*" | sed 's/.*-- /run /'`)
	src := c.Output(context.Background(), Dump, []string{"--", "wp", "a"}, []string{"--", "wp", "b"})
	out, err := io.ReadAll(src)
	if err != nil {
		t.Fatal(err)
	}
	if own, err := src.Wait(); err != nil || own {
		t.Fatal(err, own)
	}
	if string(out) != "run wp a\nrun wp b\n" {
		t.Errorf("out %q", out)
	}

	// The tool's own failure is the one to report.
	c = fakeClient(t, `echo partial; echo "mysqldump: Got error: 1044" >&2; exit 2`)
	src = c.Output(context.Background(), Dump, []string{"--", "wp"})
	io.ReadAll(src)
	if own, err := src.Wait(); !own || err == nil || !strings.Contains(err.Error(), "Got error: 1044") {
		t.Errorf("own %v err %v", own, err)
	}
}

func TestInputReportsTheClientsFailure(t *testing.T) {
	c := fakeClient(t, `cat > "$TMPDIR/in"; echo "ERROR 1064 (42000) at line 2: You have an error in your SQL syntax" >&2; exit 1`)
	t.Setenv("TMPDIR", t.TempDir())
	in := c.Input(context.Background(), MySQL, []string{"--batch"}, nil)
	in.Write([]byte("SELECT 1;\nSELEC 2;\n"))
	if err := in.Close(); err == nil || !strings.Contains(err.Error(), "ERROR 1064") {
		t.Errorf("err %v", err)
	}
	got, _ := os.ReadFile(filepath.Join(os.Getenv("TMPDIR"), "in"))
	if !bytes.Equal(got, []byte("SELECT 1;\nSELEC 2;\n")) {
		t.Errorf("the client read %q", got)
	}
	// A client that stops reading early fails the writer.
	c = fakeClient(t, `exit 0`)
	in = c.Input(context.Background(), MySQL, nil, nil)
	var werr error
	for i := 0; i < 1000 && werr == nil; i++ {
		_, werr = in.Write(bytes.Repeat([]byte("x"), 64<<10))
	}
	if !errors.Is(werr, ErrClientExited) {
		t.Errorf("write err %v", werr)
	}
	in.Abort(werr)
}
