package dump

// Writing: a consistent, non-blocking dump of an environment's WordPress
// tables with the server's own dump tool, described in a manifest (tables,
// row counts, server, charsets, collations) built from the dump stream
// itself, so the counts are exactly what the dump holds.

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/dbclient"
	"github.com/wpsync/wpsync/tools/internal/dump/lexer"
	"github.com/wpsync/wpsync/tools/internal/progress"
)

// Args are the dump tool's options: a consistent InnoDB snapshot without
// blocking writers (--single-transaction, no LOCK TABLES), no PROCESS
// privilege needed (--no-tablespaces), rows streamed (--quick), binary
// columns as hex so no byte depends on a charset, triggers kept.
var Args = []string{
	"--single-transaction", "--quick", "--no-tablespaces", "--skip-lock-tables", "--skip-add-locks",
	"--hex-blob", "--triggers", "--max-allowed-packet=1G", "--net-buffer-length=1048576",
}

// Object is what the server says about a table before the dump; a stored
// routine or an event comes with Engine "-" (they are not dumped).
type Object struct{ Name, Type, Engine string }

// Querier runs SQL and returns the rows of all its results as text, NULL
// as "NULL": the client program (dbclient.Client) or a connection through
// the database's forwarded port (sqlconn.Reader, about 2 ms a query
// instead of the client's 50).
type Querier interface {
	Query(ctx context.Context, db, sql string) ([][]string, error)
}

// Inspect asks the server, in one round trip, for its version and flavor
// (mariadb or mysql) and the environment's tables with the WordPress prefix.
func Inspect(ctx context.Context, q Querier, env *config.Env) (version, flavor string, tables []Object, err error) {
	rows, err := q.Query(ctx, env.DB.Name, "SELECT VERSION(), @@version_comment, '-';\n"+
		"SELECT TABLE_NAME, TABLE_TYPE, IFNULL(ENGINE,'') FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE "+
		dbclient.QuoteString(dbclient.LikePrefix(env.DB.Prefix))+
		" UNION ALL SELECT ROUTINE_NAME, ROUTINE_TYPE, '-' FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()"+
		" UNION ALL SELECT EVENT_NAME, 'EVENT', '-' FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE() ORDER BY 1")
	if err != nil {
		return "", "", nil, err
	}
	if len(rows) == 0 || len(rows[0]) < 3 || rows[0][2] != "-" {
		return "", "", nil, fmt.Errorf("%s database: no answer to SELECT VERSION()", env.Name)
	}
	version, flavor = rows[0][0], "mysql"
	if strings.Contains(strings.ToLower(rows[0][0]+rows[0][1]), "mariadb") {
		flavor = "mariadb"
	}
	for _, r := range rows[1:] {
		if len(r) == 3 {
			tables = append(tables, Object{r[0], r[1], r[2]})
		}
	}
	return version, flavor, tables, nil
}

var (
	charsetRe   = regexp.MustCompile(`(?i)\b(?:CHARSET|CHARACTER SET)[= ]\s*([A-Za-z0-9_]+)`)
	collationRe = regexp.MustCompile(`(?i)\bCOLLATE[= ]\s*([A-Za-z0-9_]+)`)
)

// FromServer writes the dump of the env's WordPress tables to w, followed by
// the manifest line, and returns the manifest. The caller seals and commits.
//
// The dump tool runs through c; q asks the questions before it (c
// itself, or a quicker connection to the same server). plan, when not
// nil, makes the dump incremental: it gets the base tables the dump would
// hold and returns what to leave out (see Incremental).
func FromServer(ctx context.Context, c *dbclient.Client, q Querier, w io.Writer, log zerolog.Logger, site string, plan Planner) (*Manifest, error) {
	version, flavor, tables, err := Inspect(ctx, q, c.Env)
	if err != nil {
		return nil, err
	}
	if !slices.ContainsFunc(tables, func(t Object) bool { return t.Engine != "-" }) {
		return nil, fmt.Errorf("%s database %s has no tables with the prefix %q: check db.name and db.prefix", c.Env.Name, c.Env.DB.Name, c.Env.DB.Prefix)
	}
	names := make([]string, 0, len(tables))
	var skipped, kept, noData []string
	for _, t := range tables {
		if t.Engine == "-" {
			// Procedures, functions and events belong to the database, not
			// to WordPress's tables: reported, never silently left out.
			skipped = append(skipped, strings.ToLower(t.Type)+" "+t.Name)
			continue
		}
		switch c.Env.DB.TableRole(t.Name) {
		case "exclude":
			kept = append(kept, t.Name)
			continue
		case "no-data":
			noData = append(noData, t.Name)
			continue
		}
		if t.Type == "BASE TABLE" && !strings.EqualFold(t.Engine, "InnoDB") {
			log.Warn().Str("table", t.Name).Str("engine", t.Engine).Msg("not InnoDB: this table is not part of the consistent snapshot; writes during the dump may make it differ from the rest")
		}
		names = append(names, t.Name)
	}
	m := &Manifest{Format: FormatVersion, Env: c.Env.Name, Site: site, Database: c.Env.DB.Name, Prefix: c.Env.DB.Prefix,
		Server: version, Flavor: flavor, Created: time.Now().UTC(), Skipped: skipped, URL: c.Env.URL, Kept: kept, NoData: noData}
	if plan != nil {
		var base []string
		for _, t := range tables {
			if t.Type == "BASE TABLE" && slices.Contains(names, t.Name) {
				base = append(base, t.Name)
			}
		}
		// The source is fingerprinted before it is dumped (see syncstate).
		inc, err := plan(ctx, base)
		if err != nil {
			return nil, err
		}
		m.Incremental = inc
		names = slices.DeleteFunc(names, func(n string) bool { return slices.Contains(inc.Unchanged, n) })
	}
	if len(skipped) > 0 {
		log.Warn().Strs("not_dumped", skipped).Msg("stored routines and events are not dumped (wpsync copies the WordPress tables with their views and triggers): they stay as they are on the target")
	}
	charsets, collations := map[string]bool{}, map[string]bool{}
	meter := progress.Start(log, "dump", "rows", 0)
	defer meter.Done()
	tally := NewTally()
	tally.OnRows = func(n int64) { meter.Items.Add(n) }

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Two runs of the dump tool into one stream: the tables with their
	// rows, then the no-data tables' structure (MySQL's mysqldump has no
	// per-table --no-data).
	var runs [][]string
	var partial []string
	if m.Incremental != nil {
		names = slices.DeleteFunc(names, func(n string) bool {
			if _, ok := m.Incremental.Partial[n]; ok {
				partial = append(partial, n)
				return true
			}
			return false
		})
	}
	if len(names) > 0 {
		runs = append(runs, append(append([]string{}, Args...), append([]string{"--", c.Env.DB.Name}, names...)...))
	}
	// A partial table's changed rows: a run of its own (--where applies
	// to every table of a run), so a snapshot of its own, taken a moment
	// after the others': a write in between shows in one and not the
	// other, as a write between the fingerprints and the dump does; the
	// next sync, which compares fingerprints again, copies it.
	for _, n := range partial {
		runs = append(runs, append(append([]string{}, Args...), "--where="+m.Incremental.Where[n], "--", c.Env.DB.Name, n))
	}
	if len(noData) > 0 {
		runs = append(runs, append(append([]string{}, Args...), append([]string{"--no-data", "--", c.Env.DB.Name}, noData...)...))
	}
	var src interface {
		io.Reader
		Stop(error)
		Wait() (bool, error)
	} = nothingChanged{strings.NewReader(CompletedPrefix + ": no table changed since the last sync (wpsync incremental)\n")}
	if len(runs) > 0 {
		src = c.Output(ctx, dbclient.Dump, runs...)
	}
	hooks := lexer.Hooks{
		Statement: func(st *lexer.Statement, text []byte) ([]byte, error) {
			if st.Kind == lexer.CreateTable {
				for _, x := range charsetRe.FindAllSubmatch(text, -1) {
					charsets[strings.ToLower(string(x[1]))] = true
				}
				for _, x := range collationRe.FindAllSubmatch(text, -1) {
					collations[strings.ToLower(string(x[1]))] = true
				}
			}
			return text, nil
		},
		End:     tally.End,
		Comment: tally.Comment,
	}
	copyErr := func() error {
		if _, err := w.Write(HeaderLine()); err != nil {
			return err
		}
		if m.Incremental != nil {
			line, err := PlanLine(m.Incremental)
			if err == nil {
				_, err = w.Write(line)
			}
			if err != nil {
				return err
			}
		}
		if err := lexer.Copy(meter.Writer(w), src, hooks); err != nil {
			return err
		}
		return writeRowSums(w, m.Incremental)
	}()
	if copyErr != nil {
		cancel()
		src.Stop(copyErr)
	}
	own, runErr := src.Wait()
	switch {
	case runErr != nil && (own || copyErr == nil):
		return nil, fmt.Errorf("dump of %s failed: %w", c.Env.Name, runErr)
	case copyErr != nil:
		return nil, fmt.Errorf("dump of %s: %w", c.Env.Name, copyErr)
	case !tally.Completed:
		return nil, fmt.Errorf("dump of %s ended without the dump tool's completion line: the stream was cut short; nothing was kept", c.Env.Name)
	}
	for _, t := range tally.Order {
		m.Tables = append(m.Tables, Table{Name: t, Rows: tally.Rows[t]})
	}
	m.Charsets, m.Collations = keys(charsets), keys(collations)
	m.Bytes = meter.Bytes.Load()
	line, err := m.Line()
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(line); err != nil {
		return nil, err
	}
	return m, nil
}

// Write dumps the env's WordPress tables into out, seals it, writes the
// manifest beside it and commits it; on any failure nothing is left.
func Write(ctx context.Context, c *dbclient.Client, q Querier, out *Output, log zerolog.Logger, site string, plan Planner) (*Manifest, error) {
	m, err := FromServer(ctx, c, q, out, log, site, plan)
	if err == nil {
		err = out.Seal()
	}
	if err == nil {
		err = out.Commit(m)
	}
	if err != nil {
		out.Abort()
		return nil, err
	}
	return m, nil
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// nothingChanged is the stream of an incremental dump with nothing to
// copy: a whole dump of no table, which a restore verifies and swaps
// nothing for.
type nothingChanged struct{ *strings.Reader }

func (nothingChanged) Stop(error)          {}
func (nothingChanged) Wait() (bool, error) { return false, nil }

// writeRowSums writes the row fingerprints of an incremental dump, by
// table, after the dump tool's output.
func writeRowSums(w io.Writer, inc *Incremental) error {
	if inc == nil {
		return nil
	}
	var names []string
	for n := range inc.RowSums {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := WriteRowSums(w, inc.RowSums[n]); err != nil {
			return err
		}
	}
	return nil
}
