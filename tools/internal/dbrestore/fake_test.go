package dbrestore

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/rs/zerolog"

	"github.com/wpsync/wpsync/tools/internal/dbclient"
	"github.com/wpsync/wpsync/tools/internal/dump"
)

// fakeDB is a Session that answers queries by rules and records what it
// was sent. It models no SQL: each test says what the server answers to
// the queries its stage sends, and asserts what was sent.
type fakeDB struct {
	mu       sync.Mutex
	queries  []string
	rules    []rule
	imported bytes.Buffer
	importDB string
	// importErr is the client's failure at the end of the input.
	importErr error
	// failOn makes the session that is sent a statement containing it fail.
	failOn   string
	sessions []*fakeImporter
	lockErr  error
	locked   bool
	released bool
}

type rule struct {
	re     *regexp.Regexp
	answer func(sql string) ([][]string, error)
}

// on answers queries matching pattern (a regexp) with rows, or err.
func (f *fakeDB) on(pattern string, rows [][]string, err error) *fakeDB {
	return f.onFunc(pattern, func(string) ([][]string, error) { return rows, err })
}

// lit is a pattern matching s literally.
func lit(s string) string { return regexp.QuoteMeta(s) }

func (f *fakeDB) onFunc(pattern string, answer func(string) ([][]string, error)) *fakeDB {
	// Later rules win, so a test can override the defaults.
	f.rules = append([]rule{{regexp.MustCompile(pattern), answer}}, f.rules...)
	return f
}

func (f *fakeDB) Query(_ context.Context, _, sql string) ([][]string, error) {
	f.mu.Lock()
	f.queries = append(f.queries, sql)
	f.mu.Unlock()
	for _, r := range f.rules {
		if r.re.MatchString(sql) {
			return r.answer(sql)
		}
	}
	return nil, nil
}

func (f *fakeDB) Lock(context.Context, int) (func(), error) {
	if f.lockErr != nil {
		return nil, f.lockErr
	}
	f.locked = true
	return func() { f.released = true }, nil
}

func (f *fakeDB) Import(_ context.Context, db string, stdout io.Writer) Importer {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.importDB = db
	i := &fakeImporter{f: f, stdout: stdout, exited: make(chan struct{})}
	f.sessions = append(f.sessions, i)
	return i
}

// fakeImporter is one client session: it keeps what it was sent, answers
// marker queries on stdout, and can fail at a given statement.
type fakeImporter struct {
	f      *fakeDB
	stdout io.Writer
	got    bytes.Buffer
	exited chan struct{}
	once   sync.Once
	failed bool
}

var markerRe = regexp.MustCompile(`SELECT '(wpsync-sync-\d+)';\n`)

func (i *fakeImporter) Write(p []byte) (int, error) {
	i.f.mu.Lock()
	fail := i.f.failOn != "" && bytes.Contains(p, []byte(i.f.failOn))
	i.f.mu.Unlock()
	if fail {
		i.failed = true
		i.end()
		return 0, errors.New("exit status 1")
	}
	i.got.Write(p)
	i.f.mu.Lock()
	i.f.imported.Write(p)
	i.f.mu.Unlock()
	if m := markerRe.FindSubmatch(p); m != nil && i.stdout != nil {
		fmt.Fprintf(i.stdout, "%s\n", m[1])
	}
	return len(p), nil
}

func (i *fakeImporter) end() {
	i.once.Do(func() {
		close(i.exited)
		if c, ok := i.stdout.(io.Closer); ok {
			c.Close()
		}
	})
}

func (i *fakeImporter) Close() error            { i.end(); return i.f.finishErr(i) }
func (i *fakeImporter) Abort(error) error       { i.end(); return i.f.finishErr(i) }
func (i *fakeImporter) Exited() <-chan struct{} { return i.exited }

// finishErr is what a session's client reports at its end: importErr for
// every session, or the failure of the one that met failOn.
func (f *fakeDB) finishErr(i *fakeImporter) error {
	if f.importErr != nil {
		return f.importErr
	}
	if i.failed {
		return &dbclient.Error{Env: "staging", Status: 1, Msg: "ERROR 1062 (23000) at line 9: Duplicate entry '1' for key 'PRIMARY'"}
	}
	return nil
}

// ran reports whether a query matching pattern was sent.
func (f *fakeDB) ran(pattern string) bool {
	re := regexp.MustCompile(pattern)
	for _, q := range f.queries {
		if re.MatchString(q) {
			return true
		}
	}
	return false
}

var target = Target{Env: "staging", DB: "wp", Prefix: "wp_"}

// newServer answers like a server holding database wp with live tables
// wp_options and wp_posts, and a shadow holding what the dump below
// creates (wp_options 2 rows, wp_posts 1 row).
func newServer() *fakeDB {
	f := &fakeDB{}
	f.on(`FROM information_schema.SCHEMATA`, [][]string{{"db", "utf8mb4", "utf8mb4_unicode_520_ci", "67108864", "10.11.14-MariaDB"},
		{"collation", "utf8mb4_unicode_520_ci"}, {"collation", "utf8mb4_bin"}}, nil)
	f.onFunc(`SELECT 'count'`, func(sql string) ([][]string, error) {
		return [][]string{{"count", "wp_options", "2"}, {"count", "wp_posts", "1"},
			{"table", "wp_options", ""}, {"table", "wp_posts", ""}}, nil
	})
	return f
}

const body = "/*!40101 SET NAMES utf8mb4 */;\n" +
	"DROP TABLE IF EXISTS `wp_options`;\n" +
	"CREATE TABLE `wp_options` (\n  `option_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,\n  `option_name` varchar(191) NOT NULL,\n  `option_value` longtext NOT NULL,\n  PRIMARY KEY (`option_id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;\n" +
	"INSERT INTO `wp_options` VALUES (1,'siteurl','https://staging.example'),(2,'blog_public','1');\n" +
	"DROP TABLE IF EXISTS `wp_posts`;\n" +
	"CREATE TABLE `wp_posts` (\n  `ID` bigint(20) unsigned NOT NULL AUTO_INCREMENT,\n  `post_content` longtext NOT NULL,\n  PRIMARY KEY (`ID`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;\n" +
	"INSERT INTO `wp_posts` VALUES (1,'Hello');\n"

const completed = "-- Dump completed on 2026-11-26 10:00:00\n"

// sealedDump is body as dumpdb writes it: header, completion line,
// manifest, seal.
func sealedDump(t testing.TB, m *dump.Manifest, content string) []byte {
	t.Helper()
	var buf bytes.Buffer
	s := dump.NewSealer(&buf)
	s.Write(dump.HeaderLine())
	s.Write([]byte(content + completed))
	if m != nil {
		line, err := m.Line()
		if err != nil {
			t.Fatal(err)
		}
		s.Write(line)
	}
	if err := s.Seal(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func manifest() *dump.Manifest {
	return &dump.Manifest{Format: dump.FormatVersion, Env: "production", Site: "example", Database: "wp", Prefix: "wp_",
		Tables: []dump.Table{{Name: "wp_options", Rows: 2}, {Name: "wp_posts", Rows: 1}}}
}

func verifier(b []byte) *dump.Verifier { return dump.NewVerifier(bytes.NewReader(b)) }

func restore(f *fakeDB, in []byte, opts Options) (*Result, error) {
	return Restore(context.Background(), f, target, verifier(in), opts, zerolog.Nop())
}

// denied is the client's report of a privilege the server refused.
func denied() error {
	return &dbclient.Error{Env: "staging", Status: 1, Msg: "ERROR 1044 (42000) at line 1: Access denied for user 'wp'@'localhost' to database 'wp_wpsync_shadow'"}
}

var errServer = errors.New("staging database: ERROR 2013 (HY000): Lost connection to server during query")

func contains(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("error %v, want one containing %q", err, want)
	}
}
