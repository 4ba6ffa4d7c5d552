// Package dbrestore restores a dump into an environment's database without
// ever leaving it broken. A restore runs in stages, each a small function
// over a Session (the database connection, faked in the unit tests):
//
//	preflight  the target database exists; its charset and collations
//	place      a shadow database beside it (or prefixed tables when the
//	           user may not create databases)
//	import     the dump into the shadow, statement by statement, refusing
//	           anything that is not dump-shaped
//	verify     the stream was whole (dump.Tally.Whole) and the shadow holds
//	           what the dump says, table by table
//	edit       option edits and a prefix change, in the shadow
//	swap       one atomic RENAME TABLE: the previous backup to the trash,
//	           the live tables to the backup, the shadow into place
//
// Any failure before the swap drops the shadow; the target is untouched.
// Rollback swaps the backup back in.
package dbrestore

import (
	"context"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/rs/zerolog"

	"github.com/wpsync/wpsync/tools/internal/dbclient"
	"github.com/wpsync/wpsync/tools/internal/dump"
	"github.com/wpsync/wpsync/tools/internal/syncstate"
)

// Session is what a restore needs of the target's database server.
type Session interface {
	// Query runs SQL statements in db ("" for none) and returns the rows
	// of the last result.
	Query(ctx context.Context, db, sql string) ([][]string, error)
	// Lock takes the target's run lock; release ends it.
	Lock(ctx context.Context, wait int) (release func(), err error)
	// Import starts a session reading SQL statements into db;
	// what it prints goes to stdout (nil: discarded).
	Import(ctx context.Context, db string, stdout io.Writer) Importer
}

// Importer is a session reading SQL statements (the client program's,
// or a driver connection's: see driver.go).
type Importer interface {
	io.Writer
	// Close ends the input and returns the client's failure.
	Close() error
	// Abort ends the input mid-stream for cause and returns the client's
	// own failure, if it had one.
	Abort(cause error) error
	// Exited is closed when the client has exited.
	Exited() <-chan struct{}
}

// Target is the database restored into.
type Target struct {
	Env, DB, Prefix string
}

// Client is the Session of a database client on the environment's host.
func Client(c *dbclient.Client) (Session, Target) {
	return clientSession{c}, Target{Env: c.Env.Name, DB: c.Env.DB.Name, Prefix: c.Env.DB.Prefix}
}

type clientSession struct{ *dbclient.Client }

func (c clientSession) Lock(ctx context.Context, wait int) (func(), error) {
	return c.Client.LockTarget(ctx, wait)
}

func (c clientSession) Import(ctx context.Context, db string, stdout io.Writer) Importer {
	args := []string{"--batch", "--skip-column-names", "--max-allowed-packet=1G", "--database=" + db}
	if stdout != nil {
		// What it prints (the parallel import's markers) is read while
		// it runs: flushed after each statement, not when it exits.
		args = append(args, "--unbuffered")
	}
	return c.Client.Input(ctx, dbclient.MySQL, args, stdout)
}

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

// Result describes a restore.
type Result struct {
	Database   string         `json:"database"`
	Backup     string         `json:"backup"`
	Tables     []dump.Table   `json:"tables"`
	Rows       int64          `json:"rows"`
	Bytes      int64          `json:"bytes"`
	Sealed     bool           `json:"sealed"`
	Mapped     []string       `json:"collations_mapped,omitempty"`
	Manifest   *dump.Manifest `json:"manifest,omitempty"`
	SwapMillis int64          `json:"swap_ms"`
	Objects    []string       `json:"views_and_triggers,omitempty"`
	Edited     []string       `json:"edited,omitempty"`
	Kept       []string       `json:"kept,omitempty"`
	Unchanged  []string       `json:"unchanged,omitempty"`
	Patched    []string       `json:"row_by_row,omitempty"`
	ImportTime time.Duration  `json:"-"`
}

// Options of a restore.
type Options struct {
	// NoCollationMap stops instead of mapping a missing collation.
	NoCollationMap bool
	// LockWait is how long to wait for another run on the same database (seconds).
	LockWait int
	// Size is the dump's size when known, for the progress ETA.
	Size int64
	// Jobs is how many sessions insert at once (see parallel.go);
	// 0 or 1: one session runs the whole dump in order.
	Jobs int
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
	// SiteMetaEdits do the same to the multisite network options.
	SiteMetaEdits map[string]func(value []byte) (newValue []byte, note string, ok bool)
	// Recipe describes how the target's rows are made from the dump's
	// (hygiene settings): a row-level incremental restore needs the same
	// as last time (see patch.go).
	Recipe string
	// ShadowSQL, given the shadow's name of a WordPress table (without
	// the prefix; ok false when the dump has none), returns statements run
	// in the shadow before the swap, and a note for the summary each.
	ShadowSQL func(table func(name string) (qualified string, ok bool)) (stmts, notes []string)
}

// Restore imports the dump read through in (a Verifier, so the seal can be
// checked) into the target database.
func Restore(ctx context.Context, s Session, t Target, in *dump.Verifier, opts Options, log zerolog.Logger) (*Result, error) {
	srv, err := preflight(ctx, s, t)
	if err != nil {
		return nil, err
	}
	release, err := s.Lock(ctx, opts.LockWait)
	if err != nil {
		return nil, err
	}
	defer release()
	if err := recoverPatches(ctx, s, t, log); err != nil {
		return nil, err
	}
	ahead, stopAhead := readAhead(ctx, s, t, log)
	defer stopAhead(nil)

	var p places
	swapped := false
	// Registered before the shadow exists: a signal can arrive while it
	// is being created.
	defer func() {
		if !swapped && p.shadow.db != "" {
			dropShadow(ctx, s, p.shadow, log)
		}
	}()
	if p, err = placeShadow(ctx, s, srv, log); err != nil {
		return nil, err
	}
	res := &Result{Database: t.DB, Backup: p.backup.String()}

	start := time.Now()
	imp, err := importShadow(ctx, s, t, p.shadow, in, srv, opts, log)
	if err != nil {
		return nil, err
	}
	res.ImportTime = time.Since(start)
	res.Bytes, res.Mapped, res.Manifest = imp.bytes, imp.mapped, imp.tally.Manifest
	log.Info().Str("shadow", p.shadow.String()).Dur("took", res.ImportTime).Int64("bytes", imp.bytes).Msg("imported into the shadow database")

	verifyStart := time.Now()
	ver, err := verify(ctx, s, t, p.shadow, imp, in, opts, log)
	if err != nil {
		return nil, err
	}
	res.Sealed, res.Tables, res.Rows, res.Kept = ver.sealed, ver.tables, ver.rows, ver.kept
	log.Info().Dur("took", time.Since(verifyStart)).Int64("rows", res.Rows).Int("tables", len(res.Tables)).Msg("verified: row counts match the dump")

	if res.Edited, err = edit(ctx, s, t, p.shadow, imp.tally.Order, opts); err != nil {
		return nil, err
	}
	// The sync state of what is replaced goes first: if what follows
	// fails, those tables are copied again next time, never skipped. The
	// shadow is fingerprinted as it is swapped in: after the edits.
	m := imp.tally.Manifest
	incremental := m != nil && m.Incremental != nil
	var fp fingerprints
	var patches []*patch
	whole := imp.tally.Order
	if incremental {
		if fp.old, err = syncstate.Read(ctx, s, t.DB, m.Env); err != nil {
			return nil, err
		}
		if patches, err = preparePatches(ctx, s, t, p, m, imp.tally, fp.old, ahead, opts); err != nil {
			return nil, err
		}
		whole = slices.DeleteFunc(slices.Clone(whole), func(n string) bool {
			return slices.ContainsFunc(patches, func(pt *patch) bool { return pt.table == n })
		})
		if err = fp.take(ctx, s, p, whole); err != nil {
			return nil, err
		}
		if err = ver.unchanged(); err != nil {
			return nil, err
		}
		err = syncstate.Forget(ctx, s, t.DB, append(append([]string{}, imp.tally.Order...), ver.live...))
	} else {
		err = syncstate.Clear(ctx, s, t.DB)
	}
	if err != nil {
		return nil, err
	}
	fp.recorded = map[string]*syncstate.Recorded{}
	for _, pt := range patches {
		fp.recorded[pt.table] = pt.recorded
	}
	if fp.patched, err = applyPatches(ctx, s, t, p, patches, log); err != nil {
		return nil, err
	}
	// Nothing ahead may run during the swap (it reads the live tables).
	stopAhead(patches)
	sw, err := swap(ctx, s, t, p, ver.live, whole, patchedNames(patches), srv)
	if err != nil {
		return nil, err
	}
	swapped, res.SwapMillis = true, sw.millis
	for _, pt := range patches {
		res.Patched = append(res.Patched, fmt.Sprintf("%s (%d rows changed, %d deleted)", pt.table, len(pt.sums.Sums), len(pt.sums.Deleted)))
	}
	dropShadow(ctx, s, p.shadow, log)
	if res.Objects, err = afterSwap(ctx, s, t, p, sw.liveTriggers, imp.held.objects, res.Kept, log); err != nil {
		return nil, err
	}
	if incremental {
		res.Unchanged = m.Incremental.Unchanged
		if err := recordState(ctx, s, t, m, imp.tally, p.shadow.prefix, fp, opts); err != nil {
			log.Warn().Err(err).Msg("the swap is done; the sync state could not be written: the next incremental sync copies these tables again")
		}
	}
	return res, nil
}

// fingerprints are the checksums an incremental restore records.
type fingerprints struct {
	old     map[string]syncstate.Row // the state before this restore
	shadow  map[string]int64         // the shadow's tables (shadow names)
	patched map[string]int64         // the patched tables
	// recorded is what the state held of the patched tables' rows.
	recorded map[string]*syncstate.Recorded
}

// take fingerprints the shadow's whole tables.
func (fp *fingerprints) take(ctx context.Context, s Session, p places, whole []string) error {
	var err error
	if fp.shadow, err = syncstate.Checksums(ctx, s, p.shadow.db, prefixed(p.shadow.prefix, whole)); err != nil {
		return fmt.Errorf("fingerprint the shadow (the live tables did not change): %w", err)
	}
	return nil
}

// recordState writes what an incremental sync needs next time: for each
// table swapped in, the source's fingerprint from the manifest, the new
// live table's checksum (before anyone could write to it), and for tables
// whose rows are fingerprinted, the rows' and the backup's.
func recordState(ctx context.Context, s Session, t Target, m *dump.Manifest, tally *dump.Tally, shadowPrefix string, fp fingerprints, opts Options) error {
	inc := m.Incremental
	toSource := map[string]string{}
	mapName := prefixMapper(opts.FromPrefix, t.Prefix)
	for src := range inc.Checksums {
		toSource[mapName(src)] = src
	}
	recipe := Recipe(m, opts)
	rows := map[string]syncstate.Row{}
	lists := map[string][]dump.RowSum{}
	for _, name := range tally.Order {
		src, ok := toSource[name]
		if !ok {
			continue // structure only: copied again next time
		}
		row := syncstate.Row{Source: m.Env, SourceSum: inc.Checksums[src], Schema: inc.Schemas[src], Recipe: recipe}
		rs := tally.RowSums[src]
		old, known := fp.old[name]
		if sum, ok := fp.patched[name]; ok {
			// The backup is now the table that was live, which the
			// patch checked against the state.
			row.TargetSum, row.BackupSum, row.HasBackup = sum, old.TargetSum, true
		} else if row.TargetSum, ok = fp.shadow[shadowPrefix+name]; !ok {
			continue // not fingerprinted: copied again next time
		} else if rs != nil {
			// The rows' moved marks compare with the recorded rows, which
			// describe the backup only if the table that was live held
			// what the state says when the dump was made (BackupSums) and
			// was made the same way. (A write after that is caught when a
			// row-level restore checks the backup's checksum.)
			l, hadLive := inc.BackupSums[src]
			row.HasBackup = hadLive && known && l == old.TargetSum && old.Recipe == recipe && old.RowKind == rs.Kind && old.RowKey == rs.Key
			row.BackupSum = l
		}
		if rs != nil {
			row.RowKey, row.RowKind = rs.Key, rs.Kind
			var prev []dump.RowSum
			if r := fp.recorded[name]; r != nil {
				prev = r.Rows
			}
			lists[name] = syncstate.Merge(prev, rs)
		}
		rows[name] = row
	}
	var keep []string
	for _, u := range inc.Unchanged {
		keep = append(keep, mapName(u))
	}
	return syncstate.Write(context.WithoutCancel(ctx), s, t.DB, rows, keep, lists, fp.recorded)
}

// dropShadow drops the shadow, even when ctx was cancelled (a signal).
func dropShadow(ctx context.Context, s Session, shadow place, log zerolog.Logger) {
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Minute)
	defer cancel()
	if err := shadow.clear(cctx, s); err != nil {
		log.Error().Err(err).Str("shadow", shadow.String()).Msg("could not drop the shadow; drop it by hand")
	}
}

func qualified(db, table string) string {
	return dbclient.QuoteIdent(db) + "." + dbclient.QuoteIdent(table)
}
