package dbrestore

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/wpsync/wpsync/tools/internal/dbclient"
)

// patchedNames are the tables of patches.
func patchedNames(patches []*patch) []string {
	var out []string
	for _, pt := range patches {
		out = append(out, pt.table)
	}
	return out
}

// swapped is what the swap stage did.
type swapped struct {
	millis       int64
	liveTriggers []object // the previous live tables' triggers, to keep in the backup
}

// swap moves, in one atomic RENAME TABLE, the previous backup into the
// trash, the live tables into the backup and the shadow into place. If it
// fails, nothing moved: the live tables and the previous backup stay.
//
// patched are backup tables patched into new live tables (patch.go): they
// go through the shadow database on their way, since their names are taken
// until the live tables move to the backup; if the swap fails, they are
// put back.
func swap(ctx context.Context, s Session, t Target, p places, live, tables, patched []string, srv *server) (*swapped, error) {
	if err := p.backup.ensure(ctx, s, srv.charset, srv.collation); err != nil {
		return nil, fmt.Errorf("prepare the backup %s (the live tables did not change): %w", p.backup, err)
	}
	prev, err := p.backup.tables(ctx, s)
	if err == nil {
		err = p.trash.prepare(ctx, s, srv.charset, srv.collation)
	}
	if err != nil {
		return nil, fmt.Errorf("prepare the swap (the live tables did not change): %w", err)
	}
	// The live tables' triggers cannot move to the backup database: they
	// are dropped in the same call, kept in the backup, and put back if
	// the swap fails.
	sw := &swapped{}
	if p.backup.prefix == "" {
		if sw.liveTriggers, err = triggersOn(ctx, s, t.DB, live); err != nil {
			return nil, fmt.Errorf("prepare the swap (the live tables did not change): %w", err)
		}
	}
	var renames []string
	for _, name := range prev {
		if !slices.Contains(patched, name) {
			renames = append(renames, p.backup.table(name)+" TO "+p.trash.table(name))
		}
	}
	for _, name := range patched {
		renames = append(renames, p.backup.table(name)+" TO "+p.shadow.table(patchedPrefix+name))
	}
	for _, name := range live {
		renames = append(renames, qualified(t.DB, name)+" TO "+p.backup.table(name))
	}
	for _, name := range tables {
		renames = append(renames, p.shadow.table(name)+" TO "+qualified(t.DB, name))
	}
	for _, name := range patched {
		renames = append(renames, p.shadow.table(patchedPrefix+name)+" TO "+qualified(t.DB, name))
	}
	if len(live) == 0 && len(tables) == 0 {
		return sw, nil // an incremental dump with nothing to copy or drop
	}
	t0 := time.Now()
	if _, err := s.Query(ctx, "", dropTriggers(t.DB, sw.liveTriggers)+"RENAME TABLE "+strings.Join(renames, ", ")); err != nil {
		cctx := context.WithoutCancel(ctx)
		p.trash.clear(cctx, s) // empty: nothing moved into it
		if rerr := revertPatches(cctx, s, p, patched); rerr != nil {
			return nil, fmt.Errorf("swap (one atomic RENAME TABLE) failed: %w; the live tables did not change, but the patched backups of %s could not be put back (%v): the next restore or rollback tries again", err, strings.Join(patched, ", "), rerr)
		}
		if len(sw.liveTriggers) > 0 {
			if _, rerr := s.Query(cctx, "", script(t.DB, sw.liveTriggers)); rerr != nil {
				return nil, fmt.Errorf("swap (one atomic RENAME TABLE) failed: %w; the live tables and the previous backup did not change, but their triggers could not be put back (%v): recreate %s by hand", err, rerr, names(sw.liveTriggers))
			}
		}
		return nil, fmt.Errorf("swap (one atomic RENAME TABLE; the live tables and the previous backup did not change): %w", err)
	}
	sw.millis = time.Since(t0).Milliseconds()
	return sw, nil
}

// afterSwap keeps in the backup what a rollback needs (the previous
// triggers, the tables left in place), creates the dump's views and
// triggers on the new live tables, and drops the previous backup.
func afterSwap(ctx context.Context, s Session, t Target, p places, liveTriggers, objects []object, kept []string, log zerolog.Logger) ([]string, error) {
	ctx = context.WithoutCancel(ctx) // the swap is done: finish it
	if p.backup.prefix == "" {
		if err := saveTriggers(ctx, s, p.backup.db, liveTriggers); err != nil {
			log.Warn().Err(err).Msg("the swap is done; the previous tables' triggers could not be kept for a rollback")
		}
		if err := saveKept(ctx, s, p.backup.db, kept); err != nil {
			log.Warn().Err(err).Msg("the swap is done; the kept tables could not be noted for a rollback: a rollback would move them too")
		}
	}
	var created []string
	if len(objects) > 0 {
		if _, err := s.Query(ctx, "", script(t.DB, objects)); err != nil {
			return nil, fmt.Errorf("the tables were swapped in, but creating the dump's views and triggers (%s) failed: %w; the previous tables are in %s: restoredb --rollback returns to them", names(objects), err, p.backup)
		}
		for _, o := range objects {
			created = append(created, strings.ToLower(o.kind)+" "+o.name)
		}
	}
	if err := p.trash.clear(ctx, s); err != nil {
		log.Warn().Err(err).Str("trash", p.trash.String()).Msg("the swap is done; the previous backup could not be dropped: drop it by hand")
	}
	return created, nil
}

// KeptTable, in the backup database, names the live tables a restore left
// in place (db.exclude_tables), so a rollback leaves them in place too.
const KeptTable = "wpsync_kept"

func saveKept(ctx context.Context, s Session, backupDB string, kept []string) error {
	t := qualified(backupDB, KeptTable)
	q := "DROP TABLE IF EXISTS " + t + ";\nCREATE TABLE " + t + " (name VARCHAR(64) PRIMARY KEY);\n"
	for _, k := range kept {
		q += "INSERT INTO " + t + " VALUES (" + dbclient.QuoteString(k) + ");\n"
	}
	_, err := s.Query(ctx, "", q)
	return err
}

func keptTables(ctx context.Context, s Session, backupDB string) ([]string, error) {
	if ok, err := hasTable(ctx, s, backupDB, KeptTable); !ok {
		return nil, err
	}
	rows, err := s.Query(ctx, "", "SELECT name FROM "+qualified(backupDB, KeptTable))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range rows {
		out = append(out, r[0])
	}
	return out, nil
}

func names(objs []object) string {
	var n []string
	for _, o := range objs {
		n = append(n, strings.ToLower(o.kind)+" "+o.name)
	}
	return strings.Join(n, ", ")
}
