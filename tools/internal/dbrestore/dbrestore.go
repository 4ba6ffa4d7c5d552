// Package dbrestore restores a dump into an environment's database without
// ever leaving it broken: the dump is imported into a shadow database
// beside it, verified (seal, completion trailer, statement errors, row
// counts against the manifest), and only then swapped in with one atomic
// RENAME TABLE that also moves the previous tables into a backup database.
// Any failure before the swap drops the shadow; the target is untouched.
package dbrestore

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/wpsync/wpsync/tools/internal/dbclient"
	"github.com/wpsync/wpsync/tools/internal/dump"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/progress"
	"github.com/wpsync/wpsync/tools/internal/dump/lexer"
)

// Where the shadow and the backup live: databases beside the target, or,
// when the user may not create databases, tables with these prefixes in
// the target database itself (WordPress ignores tables without its prefix).
// The trash holds the previous backup during the swap: it moves there in
// the same atomic RENAME TABLE that makes the new backup, so a failed swap
// leaves the previous backup where it was, and it is dropped only after.
const (
	ShadowSuffix = "_wpsync_shadow"
	BackupSuffix = "_wpsync_prev"
	TrashSuffix  = "_wpsync_trash"
	ShadowPrefix = "wpsync_new_"
	BackupPrefix = "wpsync_old_"
	TrashPrefix  = "wpsync_del_"
)

// place is where a set of tables lives: a database and a name prefix
// (empty for a database of its own).
type place struct{ db, prefix string }

func (p place) table(t string) string { return qualified(p.db, p.prefix+t) }

func (p place) String() string {
	if p.prefix == "" {
		return "database " + p.db
	}
	return "tables " + p.prefix + "* in " + p.db
}

// clear drops everything at p: the database, or the prefixed tables.
func (p place) clear(ctx context.Context, c *dbclient.Client) error {
	if p.prefix == "" {
		_, err := c.Query(ctx, "", "DROP DATABASE IF EXISTS "+dbclient.QuoteIdent(p.db))
		return err
	}
	tables, err := tablesIn(ctx, c, p.db, p.prefix)
	if err != nil || len(tables) == 0 {
		return err
	}
	var names []string
	for _, t := range tables {
		names = append(names, qualified(p.db, t))
	}
	_, err = c.Query(ctx, "", "DROP TABLE IF EXISTS "+strings.Join(names, ", "))
	return err
}

// ensure makes p exist, keeping what it holds.
func (p place) ensure(ctx context.Context, c *dbclient.Client, charset, collation string) error {
	if p.prefix != "" {
		return nil
	}
	create := "CREATE DATABASE IF NOT EXISTS " + dbclient.QuoteIdent(p.db)
	if charset != "" {
		create += fmt.Sprintf(" CHARACTER SET %s COLLATE %s", charset, collation)
	}
	_, err := c.Query(ctx, "", create)
	return err
}

// tables lists the tables at p, without p's prefix.
func (p place) tables(ctx context.Context, c *dbclient.Client) ([]string, error) {
	names, err := tablesIn(ctx, c, p.db, p.prefix)
	if err != nil {
		return nil, err
	}
	for i, n := range names {
		names[i] = strings.TrimPrefix(n, p.prefix)
	}
	return names, nil
}

// prepare makes p empty and ready.
func (p place) prepare(ctx context.Context, c *dbclient.Client, charset, collation string) error {
	if p.prefix == "" {
		create := "CREATE DATABASE " + dbclient.QuoteIdent(p.db)
		if charset != "" {
			create += fmt.Sprintf(" CHARACTER SET %s COLLATE %s", charset, collation)
		}
		_, err := c.Query(ctx, "", "DROP DATABASE IF EXISTS "+dbclient.QuoteIdent(p.db)+"; "+create)
		return err
	}
	return p.clear(ctx, c)
}

// Result describes a restore.
type Result struct {
	Database   string             `json:"database"`
	Backup     string             `json:"backup"`
	Tables     []dump.Table   `json:"tables"`
	Rows       int64              `json:"rows"`
	Bytes      int64              `json:"bytes"`
	Sealed     bool               `json:"sealed"`
	Mapped     []string           `json:"collations_mapped,omitempty"`
	Manifest   *dump.Manifest `json:"manifest,omitempty"`
	SwapMillis int64              `json:"swap_ms"`
	Objects    []string           `json:"views_and_triggers,omitempty"`
	Edited     []string           `json:"edited,omitempty"`
	Kept       []string           `json:"kept,omitempty"`
	ImportTime time.Duration      `json:"-"`
}

// CollationMap replaces collations a target may lack (MySQL 8 → MariaDB).
var CollationMap = map[string]string{
	"utf8mb4_0900_ai_ci": "utf8mb4_unicode_520_ci",
	"utf8mb4_0900_as_ci": "utf8mb4_unicode_520_ci",
	"utf8mb4_0900_as_cs": "utf8mb4_bin",
	"utf8mb4_0900_bin":   "utf8mb4_bin",
}

// Options of a restore.
type Options struct {
	// NoCollationMap stops instead of mapping a missing collation.
	NoCollationMap bool
	// LockWait is how long to wait for another run on the same database (seconds).
	LockWait int
	// Size is the dump's size when known, for the progress ETA.
	Size int64
	// FromPrefix, when set, is the dump's table prefix, changed to the
	// target's db.prefix on the way in: table names, the <prefix>user_roles
	// option and the usermeta keys that start with it.
	FromPrefix string
	// CheckOrigin, when set, judges the dump's manifest (which site and
	// URLs it holds) after the import and before the swap.
	CheckOrigin func(*dump.Manifest) error
	// Edits change options in the shadow before the swap (see package
	// hygiene), by option name: the site never serves the unedited value.
	Edits map[string]func(value []byte) (newValue []byte, note string, ok bool)
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
)

// Restore imports the dump read from r into env's database. r should be a
// dump.Verifier so the seal can be checked; v may be nil for an
// unsealed stream.
func Restore(ctx context.Context, c *dbclient.Client, r io.Reader, v *dump.Verifier, opts Options, log zerolog.Logger) (*Result, error) {
	db := c.Env.DB.Name
	shadow, backup, trash := place{db: db + ShadowSuffix}, place{db: db + BackupSuffix}, place{db: db + TrashSuffix}
	res := &Result{Database: db}

	// Pre-flight, in one round trip: reachable, credentials, the target
	// database, the collations it supports.
	rows, err := c.Query(ctx, "", "SELECT 'db', DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME, @@max_allowed_packet FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = "+
		dbclient.QuoteString(db)+";\nSELECT 'collation', COLLATION_NAME FROM information_schema.COLLATIONS")
	if err != nil {
		return nil, fmt.Errorf("pre-flight: %w", err)
	}
	var charset, collation string
	var maxPacket int64
	known := map[string]bool{}
	for _, r := range rows {
		switch {
		case r[0] == "db" && len(r) == 4:
			charset, collation = r[1], r[2]
			maxPacket, _ = strconv.ParseInt(r[3], 10, 64)
		case r[0] == "collation" && len(r) == 2:
			known[strings.ToLower(r[1])] = true
		}
	}
	if charset == "" {
		return nil, fmt.Errorf("pre-flight: database %s does not exist on %s: create it (WordPress's DB_NAME) first", db, c.Env.Name)
	}

	release, err := c.Lock(ctx, "wpsync:"+db, opts.LockWait)
	if err != nil {
		return nil, err
	}
	defer release()

	dropShadow := func() {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Minute)
		defer cancel()
		if err := shadow.clear(cctx, c); err != nil {
			log.Error().Err(err).Str("shadow", shadow.String()).Msg("could not drop the shadow; drop it by hand")
		}
	}
	swapped := false
	// Registered before the shadow exists: a signal can arrive while it
	// is being created.
	defer func() {
		if !swapped {
			dropShadow()
		}
	}()
	if err := shadow.prepare(ctx, c, charset, collation); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if !strings.Contains(err.Error(), "denied") {
			return nil, fmt.Errorf("pre-flight: cannot create the shadow %s: %w", shadow, err)
		}
		// No CREATE DATABASE: keep shadow and backup as prefixed tables.
		shadow, backup, trash = place{db: db, prefix: ShadowPrefix}, place{db: db, prefix: BackupPrefix}, place{db: db, prefix: TrashPrefix}
		log.Warn().Str("shadow", shadow.String()).Msgf("the user may not create databases: the shadow and the backup are prefixed tables in %s (grant CREATE and DROP on `%s\\_wpsync\\_%%`.* for separate databases)", db, db)
		if err := shadow.prepare(ctx, c, charset, collation); err != nil {
			return nil, fmt.Errorf("pre-flight: cannot prepare the shadow %s: %w", shadow, err)
		}
	}
	res.Backup = backup.String()

	// Import into the shadow.
	start := time.Now()
	imp, err := importShadow(ctx, c, shadow, r, known, maxPacket, opts, log)
	if err != nil {
		return nil, err
	}
	res.ImportTime = time.Since(start)
	res.Bytes, res.Mapped, res.Manifest = imp.bytes, imp.mapped, imp.manifest
	log.Info().Str("shadow", shadow.String()).Dur("took", res.ImportTime).Int64("bytes", imp.bytes).Msg("imported into the shadow database")
	verifyStart := time.Now()

	// Verify: the stream was whole, and the shadow holds what it said.
	if v != nil {
		if err := v.Check(); err != nil {
			if v.MustBeSealed() || !imp.completed {
				return nil, fmt.Errorf("refused: %w; nothing was changed on %s", err, c.Env.Name)
			}
			log.Warn().Msg("the dump has no wpsync seal (not made by dumpdb): verified by its completion line and row counts only")
		} else {
			res.Sealed = true
		}
	}
	if !imp.completed && !res.Sealed {
		return nil, fmt.Errorf("refused: the dump has no completion line (\"-- Dump completed\"): it is cut short; nothing was changed on %s", c.Env.Name)
	}
	if err := checkPrefix(imp, c.Env.DB.Prefix, opts.FromPrefix, c.Env.Name); err != nil {
		return nil, err
	}
	if opts.CheckOrigin != nil && imp.manifest != nil {
		if err := opts.CheckOrigin(imp.manifest); err != nil {
			return nil, err
		}
	}
	mapName := prefixMapper(opts.FromPrefix, c.Env.DB.Prefix) // dump table names → target names
	counts, old, err := countAndList(ctx, c, shadow, imp.order, db, c.Env.DB.Prefix)
	if err != nil {
		return nil, fmt.Errorf("verify: %w", err)
	}
	if m := imp.manifest; m != nil && len(m.Kept) > 0 {
		// Left out of the dump on purpose (db.exclude_tables): the
		// target's own stay in place, outside the swap.
		old = slices.DeleteFunc(old, func(t string) bool {
			for _, k := range m.Kept {
				if mapName(k) == t {
					res.Kept = append(res.Kept, t)
					return true
				}
			}
			return false
		})
	}
	want := imp.rows
	if m := imp.manifest; m != nil {
		want = map[string]int64{}
		for _, t := range m.Tables {
			want[mapName(t.Name)] = t.Rows
		}
		if len(m.Tables) != len(imp.order) {
			return nil, fmt.Errorf("verify: the manifest lists %d tables, the dump created %d; nothing was changed on %s", len(m.Tables), len(imp.order), c.Env.Name)
		}
	}
	for _, t := range imp.order {
		got, ok := counts[t]
		if !ok || got != want[t] {
			return nil, fmt.Errorf("verify: table %s has %d rows after the import, the dump says %d; nothing was changed on %s", t, got, want[t], c.Env.Name)
		}
		res.Tables = append(res.Tables, dump.Table{Name: t, Rows: got})
		res.Rows += got
	}
	if len(imp.order) == 0 {
		return nil, fmt.Errorf("verify: the dump created no tables; nothing was changed on %s", c.Env.Name)
	}

	log.Info().Dur("took", time.Since(verifyStart)).Int64("rows", res.Rows).Int("tables", len(res.Tables)).Msg("verified: row counts match the dump")
	if opts.FromPrefix != "" && opts.FromPrefix != c.Env.DB.Prefix {
		if err := changePrefixKeys(ctx, c, shadow, opts.FromPrefix, c.Env.DB.Prefix, imp.order); err != nil {
			return nil, fmt.Errorf("change the prefix in the shadow's keys (the live tables did not change): %w", err)
		}
		res.Edited = append(res.Edited, fmt.Sprintf("table prefix %s → %s (tables, %suser_roles, usermeta keys)", opts.FromPrefix, c.Env.DB.Prefix, c.Env.DB.Prefix))
	}
	edited, err := editOptions(ctx, c, shadow, c.Env.DB.Prefix+"options", imp.order, opts.Edits)
	if err != nil {
		return nil, fmt.Errorf("edit the shadow's options (the live tables did not change): %w", err)
	}
	res.Edited = append(res.Edited, edited...)

	// Swap, in one atomic RENAME TABLE: the previous backup into the
	// trash, the live tables into the backup, the shadow into place. If it
	// fails, nothing moved: the live tables and the previous backup stay.
	if err := backup.ensure(ctx, c, charset, collation); err != nil {
		return nil, fmt.Errorf("prepare the backup %s (the live tables did not change): %w", backup, err)
	}
	prev, err := backup.tables(ctx, c)
	if err == nil {
		err = trash.prepare(ctx, c, charset, collation)
	}
	if err != nil {
		return nil, fmt.Errorf("prepare the swap (the live tables did not change): %w", err)
	}
	// The live tables' triggers cannot move to the backup database: they
	// are dropped in the same call, kept in the backup, and put back if
	// the swap fails.
	var liveTrig []object
	if backup.prefix == "" {
		if liveTrig, err = triggersOn(ctx, c, db, old); err != nil {
			return nil, fmt.Errorf("prepare the swap (the live tables did not change): %w", err)
		}
	}
	var renames []string
	for _, t := range prev {
		renames = append(renames, backup.table(t)+" TO "+trash.table(t))
	}
	for _, t := range old {
		renames = append(renames, qualified(db, t)+" TO "+backup.table(t))
	}
	for _, t := range imp.order {
		renames = append(renames, shadow.table(t)+" TO "+qualified(db, t))
	}
	t0 := time.Now()
	if _, err := c.Query(ctx, "", dropTriggers(db, liveTrig)+"RENAME TABLE "+strings.Join(renames, ", ")); err != nil {
		cctx := context.WithoutCancel(ctx)
		trash.clear(cctx, c)
		if len(liveTrig) > 0 {
			if _, rerr := c.Query(cctx, "", script(db, liveTrig)); rerr != nil {
				return nil, fmt.Errorf("swap (one atomic RENAME TABLE) failed: %w; the live tables and the previous backup did not change, but their triggers could not be put back (%v): recreate %s by hand", err, rerr, names(liveTrig))
			}
		}
		return nil, fmt.Errorf("swap (one atomic RENAME TABLE; the live tables and the previous backup did not change): %w", err)
	}
	swapped = true
	res.SwapMillis = time.Since(t0).Milliseconds()
	dropShadow()
	if backup.prefix == "" {
		if err := saveTriggers(context.WithoutCancel(ctx), c, backup.db, liveTrig); err != nil {
			log.Warn().Err(err).Msg("the swap is done; the previous tables' triggers could not be kept for a rollback")
		}
		if err := saveKept(context.WithoutCancel(ctx), c, backup.db, res.Kept); err != nil {
			log.Warn().Err(err).Msg("the swap is done; the kept tables could not be noted for a rollback: a rollback would move them too")
		}
	}
	if objs := imp.held.objects; len(objs) > 0 {
		if _, err := c.Query(context.WithoutCancel(ctx), "", script(db, objs)); err != nil {
			return nil, fmt.Errorf("the tables were swapped in, but creating the dump's views and triggers (%s) failed: %w; the previous tables are in %s: restoredb --rollback returns to them", names(objs), err, backup)
		}
		for _, o := range objs {
			res.Objects = append(res.Objects, strings.ToLower(o.kind)+" "+o.name)
		}
	}
	if err := trash.clear(context.WithoutCancel(ctx), c); err != nil {
		log.Warn().Err(err).Str("trash", trash.String()).Msg("the swap is done; the previous backup could not be dropped: drop it by hand")
	}
	return res, nil
}

// checkPrefix refuses a dump made for another table prefix: swapping it in
// would move every table of the target's prefix to the backup and leave
// WordPress without tables.
func checkPrefix(imp *imported, prefix, from, env string) error {
	if m := imp.manifest; m != nil && m.Prefix != "" && m.Prefix != prefix && m.Prefix != from {
		return exit.Usagef("the dump's tables have the prefix %q, environment %q uses %q (db.prefix): restoring it would leave WordPress without its tables, so nothing was changed. "+
			"Pass --change-prefix %s to rename them (and the keys that embed the prefix) on the way in, or set db.prefix to %q if the site really uses it", m.Prefix, env, prefix, m.Prefix, m.Prefix)
	}
	for _, t := range imp.order {
		if strings.HasPrefix(t, prefix) {
			return nil
		}
	}
	return exit.Usagef("the dump has no table with the prefix %q of environment %q (db.prefix): restoring it would leave WordPress without its tables, so nothing was changed. Check db.prefix, or dump the right database", prefix, env)
}

// refusal is the importer refusing the dump's own content (not a failure
// of the client or the connection).
type refusal struct{ err error }

func (r *refusal) Error() string { return r.err.Error() }
func (r *refusal) Unwrap() error { return r.err }

type imported struct {
	held      heldBack // views and triggers, created after the swap
	order     []string
	rows      map[string]int64
	bytes     int64
	completed bool
	manifest  *dump.Manifest
	mapped    []string
}

func importShadow(ctx context.Context, c *dbclient.Client, shadow place, r io.Reader, known map[string]bool, maxPacket int64, opts Options, log zerolog.Logger) (*imported, error) {
	imp := &imported{rows: map[string]int64{}}
	mapped := map[string]bool{}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	pr, pw := io.Pipe()
	var stderr bytes.Buffer
	done := make(chan error, 1)
	go func() {
		err := c.Run(ctx, dbclient.MySQL, []string{"--batch", "--max-allowed-packet=1G", "--database=" + shadow.db}, pr, io.Discard, &stderr)
		if err == nil { // a client that stops reading early fails the writer
			pr.CloseWithError(errors.New("the database client exited before the end of the dump"))
		} else {
			pr.CloseWithError(err)
		}
		done <- err
	}()
	meter := progress.Start(log, "import", "rows", opts.Size)
	defer meter.Done()
	// Table names change on the way: to the target's prefix when asked
	// (FromPrefix), and into the prefixed shadow. Every table of the dump
	// goes into the shadow, prefix or not.
	mapName := prefixMapper(opts.FromPrefix, c.Env.DB.Prefix)
	rename := func(text []byte) []byte { return text }
	if shadow.prefix != "" || opts.FromPrefix != "" {
		rename = func(text []byte) []byte {
			return tableRe.ReplaceAllFunc(text, func(m []byte) []byte {
				sub := tableRe.FindSubmatch(m)
				name := strings.ReplaceAll(string(sub[2]), "``", "`")
				return []byte(string(sub[1]) + dbclient.QuoteIdent(shadow.prefix+mapName(name)))
			})
		}
	}
	delim := ""
	hooks := lexer.Hooks{
		InsertHead: func(st *lexer.Statement, head []byte) []byte { return rename(head) },
		Statement: func(st *lexer.Statement, text []byte) ([]byte, error) {
			if st.Kind == lexer.Delimiter {
				if f := strings.Fields(string(text)); len(f) == 2 && f[1] != ";" {
					delim = f[1]
				} else {
					delim = ""
				}
			}
			if shadow.prefix != "" && triggerViewRe.Match(text) {
				return nil, &refusal{fmt.Errorf("the dump holds a trigger or a view, which cannot be restored through prefixed shadow tables: grant the user CREATE and DROP on `%s\\_wpsync\\_%%`.* so wpsync can use a shadow database", c.Env.DB.Name)}
			}
			text = rename(text)
			if useRe.Match(text) {
				return nil, &refusal{errors.New("the dump selects or creates a database (USE / CREATE DATABASE, made with --databases): wpsync restores into a shadow database, so dump one database without --databases (dumpdb does)")}
			}
			if gtidRe.Match(text) {
				return []byte("-- wpsync: removed a GTID/binlog setting that needs SUPER\n"), nil
			}
			text = sandboxRe.ReplaceAll(text, nil)
			text = definerCmtRe.ReplaceAll(text, nil)
			text = definerRe.ReplaceAll(text, nil)
			var missing error
			text = collateRe.ReplaceAllFunc(text, func(m []byte) []byte {
				name := strings.ToLower(string(m))
				if known[name] {
					return m
				}
				to, ok := CollationMap[name]
				if !ok || opts.NoCollationMap || !known[to] {
					missing = fmt.Errorf("collation %s of table %s does not exist on the target: create the table with another collation, or restore to a server that has it", name, st.Table)
					return m
				}
				if !mapped[name] {
					mapped[name] = true
					imp.mapped = append(imp.mapped, name+" → "+to)
					log.Warn().Str("from", name).Str("to", to).Msg("collation missing on the target: mapped")
				}
				return []byte(to)
			})
			if missing != nil {
				return nil, &refusal{missing}
			}
			if err := checkShape(st, text, delim); err != nil {
				return nil, &refusal{err}
			}
			if shadow.prefix == "" && imp.held.take(text, delim) {
				return nil, nil // created on the live tables after the swap
			}
			return text, nil
		},
		End: func(st *lexer.Statement) {
			switch st.Kind {
			case lexer.CreateTable:
				if _, ok := imp.rows[mapName(st.Table)]; !ok {
					imp.order = append(imp.order, mapName(st.Table))
					imp.rows[mapName(st.Table)] = 0
				}
			case lexer.Insert:
				imp.rows[mapName(st.Table)] += st.Rows
				meter.Items.Add(st.Rows)
			}
		},
		Comment: func(line []byte) []byte {
			switch {
			case bytes.HasPrefix(line, []byte("-- Dump completed")):
				imp.completed = true
			case bytes.HasPrefix(line, []byte(dump.ManifestPrefix)):
				if m, err := dump.ParseManifestLine(line); err == nil {
					imp.manifest = m
				}
			}
			return line
		},
	}
	copyErr := lexer.Copy(pw, meter.Reader(r), hooks)
	imp.bytes = meter.Bytes.Load()
	if copyErr != nil {
		pw.CloseWithError(copyErr)
		clientErr := <-done
		cancel()
		// The client fails too when the stream stops mid-statement: a
		// refusal of the dump's own content is the cause to report.
		var refused *refusal
		if clientErr != nil && !errors.Is(copyErr, lexer.ErrTruncated) && !errors.As(copyErr, &refused) {
			return nil, fmt.Errorf("import into the shadow database failed: %w; nothing was changed on %s", c.Advice(clientErr, stderr.String()), c.Env.Name)
		}
		return nil, fmt.Errorf("import refused: %w; nothing was changed on %s", copyErr, c.Env.Name)
	}
	pw.Close()
	if err := <-done; err != nil {
		msg := c.Advice(err, stderr.String())
		if strings.Contains(stderr.String(), "max_allowed_packet") {
			return nil, fmt.Errorf("import failed: a statement is larger than the server's max_allowed_packet (%d MiB): raise it on the target (SET GLOBAL max_allowed_packet=1073741824): %w; nothing was changed on %s", maxPacket>>20, msg, c.Env.Name)
		}
		return nil, fmt.Errorf("import into the shadow database failed: %w; nothing was changed on %s", msg, c.Env.Name)
	}
	return imp, nil
}

// countAndList counts the rows of the shadow's tables and lists the live
// tables with the prefix, in one round trip.
func countAndList(ctx context.Context, c *dbclient.Client, shadow place, tables []string, db, prefix string) (map[string]int64, []string, error) {
	var parts []string
	for _, t := range tables {
		parts = append(parts, fmt.Sprintf("SELECT 'count', %s, COUNT(*) FROM %s", dbclient.QuoteString(t), shadow.table(t)))
	}
	// The live tables that move to the backup: the environment's prefix,
	// and any table the dump brings (one outside the prefix goes through
	// the swap like the rest, so a second restore finds it in place).
	q := "SELECT 'table', TABLE_NAME, '' FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA = " + dbclient.QuoteString(db)
	var match []string
	if prefix != "" {
		match = append(match, "TABLE_NAME LIKE "+dbclient.QuoteString(dbclient.LikePrefix(prefix)))
	}
	for _, t := range tables {
		match = append(match, "TABLE_NAME = "+dbclient.QuoteString(t))
	}
	if len(match) > 0 {
		q += " AND (" + strings.Join(match, " OR ") + ")"
	}
	rows, err := c.Query(ctx, "", strings.Join(append(parts, q), " UNION ALL "))
	if err != nil {
		return nil, nil, err
	}
	counts := map[string]int64{}
	var live []string
	for _, r := range rows {
		if len(r) != 3 {
			continue
		}
		switch r[0] {
		case "count":
			n, _ := strconv.ParseInt(r[2], 10, 64)
			counts[r[1]] = n
		case "table":
			live = append(live, r[1])
		}
	}
	sort.Strings(live)
	return counts, live, nil
}

// tablesIn lists the base tables of db with the prefix (views stay where
// they are; see objects.go).
func tablesIn(ctx context.Context, c *dbclient.Client, db, prefix string) ([]string, error) {
	q := "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA = " + dbclient.QuoteString(db)
	if prefix != "" {
		q += " AND TABLE_NAME LIKE " + dbclient.QuoteString(dbclient.LikePrefix(prefix))
	}
	rows, err := c.Query(ctx, "", q+" ORDER BY TABLE_NAME")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range rows {
		out = append(out, r[0])
	}
	sort.Strings(out)
	return out, nil
}

func qualified(db, table string) string {
	return dbclient.QuoteIdent(db) + "." + dbclient.QuoteIdent(table)
}

// Rollback swaps the backup tables back in; the tables it replaces become
// the new backup, so a rollback can itself be rolled back.
func Rollback(ctx context.Context, c *dbclient.Client, lockWait int) ([]string, error) {
	db := c.Env.DB.Name
	release, err := c.Lock(ctx, "wpsync:"+db, lockWait)
	if err != nil {
		return nil, err
	}
	defer release()
	backup, tmp := place{db: db + BackupSuffix}, place{db: db + ShadowSuffix}
	prev, err := tablesIn(ctx, c, backup.db, "")
	if err != nil {
		return nil, err
	}
	prev = slices.DeleteFunc(prev, func(t string) bool { return t == TriggersTable || t == KeptTable })
	if len(prev) == 0 { // a backup kept as prefixed tables?
		backup, tmp = place{db: db, prefix: BackupPrefix}, place{db: db, prefix: ShadowPrefix}
		names, err := tablesIn(ctx, c, db, BackupPrefix)
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			prev = append(prev, strings.TrimPrefix(n, BackupPrefix))
		}
	}
	if len(prev) == 0 {
		return nil, fmt.Errorf("no backup to roll back to: neither database %s%s nor tables %s* in %s hold one (a backup exists only after a restore)", db, BackupSuffix, BackupPrefix, db)
	}
	cur, err := tablesIn(ctx, c, db, c.Env.DB.Prefix)
	if err != nil {
		return nil, err
	}
	if backup.prefix == "" { // tables the restore left in place stay in place
		kept, err := keptTables(ctx, c, backup.db)
		if err != nil {
			return nil, err
		}
		cur = slices.DeleteFunc(cur, func(t string) bool { return slices.Contains(kept, t) })
	}
	all, err := tablesIn(ctx, c, db, "")
	if err != nil {
		return nil, err
	}
	for _, t := range all { // a table outside the prefix that the backup holds too
		if slices.Contains(prev, t) && !slices.Contains(cur, t) {
			cur = append(cur, t)
		}
	}
	if err := tmp.prepare(ctx, c, "", ""); err != nil {
		return nil, err
	}
	var renames []string
	for _, t := range cur {
		renames = append(renames, qualified(db, t)+" TO "+tmp.table(t))
	}
	for _, t := range prev {
		renames = append(renames, backup.table(t)+" TO "+qualified(db, t))
	}
	for _, t := range cur {
		renames = append(renames, tmp.table(t)+" TO "+backup.table(t))
	}
	// Triggers travel beside the tables (see objects.go): the current
	// ones are dropped and kept in the backup, the kept ones come back.
	var curTrig, savedTrig []object
	if backup.prefix == "" {
		if curTrig, err = triggersOn(ctx, c, db, cur); err != nil {
			return nil, err
		}
		if savedTrig, err = savedTriggers(ctx, c, backup.db); err != nil {
			return nil, err
		}
	}
	if _, err := c.Query(ctx, "", dropTriggers(db, curTrig)+"RENAME TABLE "+strings.Join(renames, ", ")); err != nil {
		if len(curTrig) > 0 {
			if _, rerr := c.Query(context.WithoutCancel(ctx), "", script(db, curTrig)); rerr != nil {
				return nil, fmt.Errorf("rollback (one atomic RENAME TABLE) failed: %w; the tables did not change, but their triggers could not be put back (%v): recreate %s by hand", err, rerr, names(curTrig))
			}
		}
		return nil, fmt.Errorf("rollback (one atomic RENAME TABLE; nothing changed): %w", err)
	}
	if err := tmp.clear(ctx, c); err != nil {
		return nil, err
	}
	if backup.prefix == "" {
		if err := saveTriggers(context.WithoutCancel(ctx), c, backup.db, curTrig); err != nil {
			return prev, err
		}
		if len(savedTrig) > 0 {
			if _, err := c.Query(context.WithoutCancel(ctx), "", script(db, savedTrig)); err != nil {
				return prev, fmt.Errorf("the previous tables are back, but their triggers (%s) could not be recreated: %w", names(savedTrig), err)
			}
		}
	}
	return prev, nil
}

func names(objs []object) string {
	var n []string
	for _, o := range objs {
		n = append(n, strings.ToLower(o.kind)+" "+o.name)
	}
	return strings.Join(n, ", ")
}

// editOptions applies edits to the options table in the shadow.
func editOptions(ctx context.Context, c *dbclient.Client, shadow place, table string, tables []string, edits map[string]func([]byte) ([]byte, string, bool)) ([]string, error) {
	if len(edits) == 0 || !slices.Contains(tables, table) {
		return nil, nil
	}
	var names []string
	for n := range edits {
		names = append(names, dbclient.QuoteString(n))
	}
	sort.Strings(names)
	rows, err := c.Query(ctx, "", "SELECT option_name, HEX(option_value) FROM "+shadow.table(table)+" WHERE option_name IN ("+strings.Join(names, ", ")+")")
	if err != nil {
		return nil, err
	}
	var q strings.Builder
	var notes []string
	for _, r := range rows {
		if len(r) != 2 {
			continue
		}
		old, err := hex.DecodeString(r[1])
		if err != nil {
			return nil, err
		}
		nv, note, ok := edits[r[0]](old)
		if !ok {
			continue
		}
		fmt.Fprintf(&q, "UPDATE %s SET option_value = UNHEX('%s') WHERE option_name = %s;\n", shadow.table(table), hex.EncodeToString(nv), dbclient.QuoteString(r[0]))
		notes = append(notes, note)
	}
	if q.Len() == 0 {
		return nil, nil
	}
	if _, err := c.Query(ctx, "", q.String()); err != nil {
		return nil, err
	}
	return notes, nil
}

// prefixMapper renames a table of prefix from to prefix to; others stay.
func prefixMapper(from, to string) func(string) string {
	if from == "" || from == to {
		return func(t string) string { return t }
	}
	return func(t string) string {
		if strings.HasPrefix(t, from) {
			return to + t[len(from):]
		}
		return t
	}
}

// changePrefixKeys renames what WordPress keys by the table prefix: the
// <prefix>user_roles option and usermeta keys such as <prefix>capabilities
// and <prefix>user_level (plugins store theirs the same way).
func changePrefixKeys(ctx context.Context, c *dbclient.Client, shadow place, from, to string, tables []string) error {
	var q strings.Builder
	if t := to + "options"; slices.Contains(tables, t) {
		fmt.Fprintf(&q, "UPDATE %s SET option_name = %s WHERE option_name = %s;\n", shadow.table(t), dbclient.QuoteString(to+"user_roles"), dbclient.QuoteString(from+"user_roles"))
	}
	if t := to + "usermeta"; slices.Contains(tables, t) {
		fmt.Fprintf(&q, "UPDATE %s SET meta_key = CONCAT(%s, SUBSTRING(meta_key, %d)) WHERE meta_key LIKE %s;\n",
			shadow.table(t), dbclient.QuoteString(to), len(from)+1, dbclient.QuoteString(dbclient.LikePrefix(from)))
	}
	if q.Len() == 0 {
		return nil
	}
	_, err := c.Query(ctx, "", q.String())
	return err
}

// KeptTable, in the backup database, names the live tables a restore left
// in place (db.exclude_tables), so a rollback leaves them in place too.
const KeptTable = "wpsync_kept"

func saveKept(ctx context.Context, c *dbclient.Client, backupDB string, kept []string) error {
	t := qualified(backupDB, KeptTable)
	q := "DROP TABLE IF EXISTS " + t + ";\nCREATE TABLE " + t + " (name VARCHAR(64) PRIMARY KEY);\n"
	for _, k := range kept {
		q += "INSERT INTO " + t + " VALUES (" + dbclient.QuoteString(k) + ");\n"
	}
	_, err := c.Query(ctx, "", q)
	return err
}

func keptTables(ctx context.Context, c *dbclient.Client, backupDB string) ([]string, error) {
	if ok, err := hasTable(ctx, c, backupDB, KeptTable); !ok {
		return nil, err
	}
	rows, err := c.Query(ctx, "", "SELECT name FROM "+qualified(backupDB, KeptTable))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range rows {
		out = append(out, r[0])
	}
	return out, nil
}
