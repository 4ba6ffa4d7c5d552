package dbrestore

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/rs/zerolog"

	"github.com/wpsync/wpsync/tools/internal/dbclient"
	"github.com/wpsync/wpsync/tools/internal/dump"
	"github.com/wpsync/wpsync/tools/internal/dump/lexer"
	"github.com/wpsync/wpsync/tools/internal/progress"
)

// CollationMap replaces collations a target may lack (MySQL 8 → MariaDB).
var CollationMap = map[string]string{
	"utf8mb4_0900_ai_ci": "utf8mb4_unicode_520_ci",
	"utf8mb4_0900_as_ci": "utf8mb4_unicode_520_ci",
	"utf8mb4_0900_as_cs": "utf8mb4_bin",
	"utf8mb4_0900_bin":   "utf8mb4_bin",
}

var (
	sandboxRe    = regexp.MustCompile(`/\*M?!999999\\- enable the sandbox mode \*/ ?`)
	definerCmtRe = regexp.MustCompile(`(?i)/\*!50017 DEFINER=\S+\s*\*/ ?`)
	definerRe    = regexp.MustCompile("(?i)\\bDEFINER\\s*=\\s*(?:`[^`]*`|'[^']*'|[^@\\s]+)@(?:`[^`]*`|'[^']*'|[^\\s*]+)\\s*")
	gtidRe       = regexp.MustCompile(`(?is)^\s*(?:/\*!\d+\s*)?SET\s+@@(?:GLOBAL\.GTID_PURGED|SESSION\.SQL_LOG_BIN)\b`)
	useRe        = regexp.MustCompile(`(?is)^\s*(?:/\*!\d+\s*)?(?:USE\s|CREATE\s+(?:DATABASE|SCHEMA)\b)`)
	collateRe    = regexp.MustCompile(`(?i)\b(utf8mb4_0900_[a-z_]+|utf8mb3?_0900_[a-z_]+)\b`)
	// The table of CREATE TABLE, DROP TABLE IF EXISTS, ALTER TABLE, LOCK TABLES, INSERT INTO.
	tableRe       = regexp.MustCompile("(?i)(\\b(?:TABLE|TABLES|EXISTS|INTO)\\s+)`((?:[^`]|``)+)`")
	triggerViewRe = regexp.MustCompile(`(?i)\b(?:TRIGGER|VIEW)\b`)
	// MySQL 8.0.23 writes invisible columns as /*!80023 INVISIBLE */;
	// MariaDB ignores comments versioned 8xxxx (MySQL 8 only), so the
	// column would come out visible: it has INVISIBLE itself (10.3).
	invisibleRe = regexp.MustCompile(`/\*!80023 INVISIBLE \*/`)
)

// refusal is the importer refusing the dump's own content (not a failure
// of the client or the connection).
type refusal struct{ err error }

func (r *refusal) Error() string { return r.err.Error() }
func (r *refusal) Unwrap() error { return r.err }

// imported is what the import stage read and sent.
type imported struct {
	tally  *dump.Tally
	held   heldBack // views and triggers, created after the swap
	bytes  int64
	mapped []string
	// early checks the tables an incremental dump leaves out, started
	// when its plan line arrived (nil without one).
	early *earlyCheck
}

// earlyCheck is checkUnchanged of a plan line's tables, under way.
type earlyCheck struct {
	plan *dump.EarlyPlan
	done chan error
}

// statements decides, statement by statement, what of the dump reaches
// the shadow: table names renamed (into a prefixed shadow, or to the
// target's prefix), settings that need SUPER and DEFINER clauses removed,
// collations the server lacks mapped, views and triggers held back, and
// anything that is not dump-shaped refused before it is sent.
type statements struct {
	shadow     place
	db         string // the target database, named in advice
	collations map[string]bool
	noMap      bool
	mariadb    bool // the target is MariaDB
	mapName    func(string) string
	held       *heldBack
	mapped     map[string]bool
	onMapped   func(from, to string)
	delim      string
}

// rename renames the tables a statement names.
func (f *statements) rename(text []byte) []byte {
	if f.shadow.prefix == "" && f.mapName == nil {
		return text
	}
	return tableRe.ReplaceAllFunc(text, func(m []byte) []byte {
		sub := tableRe.FindSubmatch(m)
		name := strings.ReplaceAll(string(sub[2]), "``", "`")
		if f.mapName != nil {
			name = f.mapName(name)
		}
		return []byte(string(sub[1]) + dbclient.QuoteIdent(f.shadow.prefix+name))
	})
}

func (f *statements) insertHead(_ *lexer.Statement, head []byte) []byte { return f.rename(head) }

// statement is the lexer's Statement hook: the text to send (nil for none).
func (f *statements) statement(st *lexer.Statement, text []byte) ([]byte, error) {
	if st.Kind == lexer.Delimiter {
		if fs := strings.Fields(string(text)); len(fs) == 2 && fs[1] != ";" {
			f.delim = fs[1]
		} else {
			f.delim = ""
		}
	}
	if f.shadow.prefix != "" && triggerViewRe.Match(text) {
		return nil, &refusal{fmt.Errorf("the dump holds a trigger or a view, which cannot be restored through prefixed shadow tables: grant the user CREATE and DROP on `%s\\_wpsync\\_%%`.* so wpsync can use a shadow database", f.db)}
	}
	text = f.rename(text)
	if useRe.Match(text) {
		return nil, &refusal{errors.New("the dump selects or creates a database (USE / CREATE DATABASE, made with --databases): wpsync restores into a shadow database, so dump one database without --databases (dumpdb does)")}
	}
	if gtidRe.Match(text) {
		return []byte("-- wpsync: removed a GTID/binlog setting that needs SUPER\n"), nil
	}
	if f.mariadb {
		text = invisibleRe.ReplaceAll(text, []byte("INVISIBLE"))
	}
	text = sandboxRe.ReplaceAll(text, nil)
	text = definerCmtRe.ReplaceAll(text, nil)
	text = definerRe.ReplaceAll(text, nil)
	var missing error
	text = collateRe.ReplaceAllFunc(text, func(m []byte) []byte {
		name := strings.ToLower(string(m))
		if f.collations[name] {
			return m
		}
		to, ok := CollationMap[name]
		if !ok || f.noMap || !f.collations[to] {
			missing = fmt.Errorf("collation %s of table %s does not exist on the target: create the table with another collation, or restore to a server that has it", name, st.Table)
			return m
		}
		if !f.mapped[name] {
			f.mapped[name] = true
			f.onMapped(name, to)
		}
		return []byte(to)
	})
	if missing != nil {
		return nil, &refusal{missing}
	}
	if err := checkShape(st, text, f.delim); err != nil {
		return nil, &refusal{err}
	}
	if f.shadow.prefix == "" && f.held.take(text, f.delim) {
		return nil, nil // created on the live tables after the swap
	}
	return text, nil
}

// importShadow streams the dump from r into the shadow; when the dump's
// plan line arrives, the tables it leaves out are checked on t meanwhile.
func importShadow(ctx context.Context, s Session, t Target, shadow place, r io.Reader, srv *server, opts Options, log zerolog.Logger) (*imported, error) {
	imp := &imported{tally: dump.NewTally()}
	restoreCtx := ctx // not the import's, which ends with it
	imp.tally.OnPlan = func(pl *dump.EarlyPlan) {
		if imp.early == nil {
			e := &earlyCheck{plan: pl, done: make(chan error, 1)}
			imp.early = e
			go func() { e.done <- checkUnchanged(restoreCtx, s, t, pl.Unchanged, pl.TargetSums) }()
		}
	}
	meter := progress.Start(log, "import", "rows", opts.Size)
	defer meter.Done()
	// Table names change on the way: to the target's prefix when asked
	// (FromPrefix), and into the prefixed shadow. Every table of the dump
	// goes into the shadow, prefix or not.
	f := &statements{shadow: shadow, db: srv.DB, collations: srv.collations, noMap: opts.NoCollationMap, mariadb: srv.mariadb,
		held: &imp.held, mapped: map[string]bool{}, onMapped: func(from, to string) {
			imp.mapped = append(imp.mapped, from+" → "+to)
			log.Warn().Str("from", from).Str("to", to).Msg("collation missing on the target: mapped")
		}}
	imp.tally.OnRows = func(n int64) { meter.Items.Add(n) }
	if opts.FromPrefix != "" {
		f.mapName = prefixMapper(opts.FromPrefix, srv.Prefix)
		imp.tally.Name = f.mapName
	}
	hooks := lexer.Hooks{InsertHead: f.insertHead, Statement: f.statement, End: imp.tally.End, Comment: imp.tally.Comment}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var dst io.Writer
	var finish func(cause error) error
	if _, whole := s.(wholeStatements); opts.Jobs > 1 || whole {
		rt := newRouter(ctx, s, shadow.db, max(opts.Jobs, 1))
		bw := bufio.NewWriterSize(rt, 256<<10)
		hooks.End = func(st *lexer.Statement) {
			imp.tally.End(st)
			bw.Flush() // the statement is whole in the router
			rt.end(st)
		}
		dst, finish = bw, rt.finish
	} else {
		client := s.Import(ctx, shadow.db, nil)
		dst, finish = client, func(cause error) error {
			if cause != nil {
				return client.Abort(cause)
			}
			return client.Close()
		}
	}
	copyErr := lexer.Copy(dst, meter.Reader(r), hooks)
	imp.bytes = meter.Bytes.Load()
	clientErr := finish(copyErr)
	if copyErr != nil {
		// The client fails too when the stream stops mid-statement: a
		// refusal of the dump's own content, or a cut dump, is the cause
		// to report; otherwise the client's own failure is.
		var refused *refusal
		if clientErr != nil && !errors.Is(copyErr, lexer.ErrTruncated) && !errors.As(copyErr, &refused) {
			return nil, fmt.Errorf("import into the shadow database failed: %w; nothing was changed on %s", clientErr, srv.Env)
		}
		return nil, fmt.Errorf("import refused: %w; nothing was changed on %s", copyErr, srv.Env)
	}
	if clientErr != nil {
		if strings.Contains(clientErr.Error(), "max_allowed_packet") {
			return nil, fmt.Errorf("import failed: a statement is larger than the server's max_allowed_packet (%d MiB): raise it on the target (SET GLOBAL max_allowed_packet=1073741824): %w; nothing was changed on %s", srv.maxPacket>>20, clientErr, srv.Env)
		}
		return nil, fmt.Errorf("import into the shadow database failed: %w; nothing was changed on %s", clientErr, srv.Env)
	}
	return imp, nil
}
