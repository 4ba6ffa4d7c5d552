package dbrestore

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/rs/zerolog"

	"github.com/wpsync/wpsync/tools/internal/syncstate"
)

// Rollback swaps the backup tables back in; the tables it replaces become
// the new backup, so a rollback can itself be rolled back. The backup is
// where the last restore put it: a backup database, else prefixed tables.
func Rollback(ctx context.Context, s Session, t Target, lockWait int, log zerolog.Logger) ([]string, error) {
	release, err := s.Lock(ctx, lockWait)
	if err != nil {
		return nil, err
	}
	defer release()
	if err := recoverPatches(ctx, s, t, log); err != nil {
		return nil, err
	}
	p := databasePlaces(t.DB)
	prev, err := p.backup.tables(ctx, s)
	if err != nil {
		return nil, err
	}
	prev = slices.DeleteFunc(prev, func(n string) bool { return n == TriggersTable || n == KeptTable || isPatchTable(n) })
	if len(prev) == 0 { // a backup kept as prefixed tables?
		p = prefixedPlaces(t.DB)
		if prev, err = p.backup.tables(ctx, s); err != nil {
			return nil, err
		}
	}
	if len(prev) == 0 {
		return nil, fmt.Errorf("no backup to roll back to: neither database %s%s nor tables %s* in %s hold one (a backup exists only after a restore)", t.DB, BackupSuffix, BackupPrefix, t.DB)
	}
	cur, err := tablesIn(ctx, s, t.DB, t.Prefix)
	if err != nil {
		return nil, err
	}
	if p.backup.prefix == "" { // tables the restore left in place stay in place
		kept, err := keptTables(ctx, s, p.backup.db)
		if err != nil {
			return nil, err
		}
		cur = slices.DeleteFunc(cur, func(n string) bool { return slices.Contains(kept, n) })
	}
	all, err := tablesIn(ctx, s, t.DB, "")
	if err != nil {
		return nil, err
	}
	for _, n := range all { // a table outside the prefix that the backup holds too
		if slices.Contains(prev, n) && !slices.Contains(cur, n) {
			cur = append(cur, n)
		}
	}
	// The current tables go through the shadow place on their way to the
	// backup, because the backup's names are taken until the same RENAME
	// moves the previous tables out.
	tmp := p.shadow
	if err := tmp.prepare(ctx, s, "", ""); err != nil {
		return nil, err
	}
	var renames []string
	for _, n := range cur {
		renames = append(renames, qualified(t.DB, n)+" TO "+tmp.table(n))
	}
	for _, n := range prev {
		renames = append(renames, p.backup.table(n)+" TO "+qualified(t.DB, n))
	}
	for _, n := range cur {
		renames = append(renames, tmp.table(n)+" TO "+p.backup.table(n))
	}
	// Triggers travel beside the tables (see objects.go): the current
	// ones are dropped and kept in the backup, the kept ones come back.
	var curTrig, savedTrig []object
	if p.backup.prefix == "" {
		if curTrig, err = triggersOn(ctx, s, t.DB, cur); err != nil {
			return nil, err
		}
		if savedTrig, err = savedTriggers(ctx, s, p.backup.db); err != nil {
			return nil, err
		}
	}
	if _, err := s.Query(ctx, "", dropTriggers(t.DB, curTrig)+"RENAME TABLE "+strings.Join(renames, ", ")); err != nil {
		if len(curTrig) > 0 {
			if _, rerr := s.Query(context.WithoutCancel(ctx), "", script(t.DB, curTrig)); rerr != nil {
				return nil, fmt.Errorf("rollback (one atomic RENAME TABLE) failed: %w; the tables did not change, but their triggers could not be put back (%v): recreate %s by hand", err, rerr, names(curTrig))
			}
		}
		return nil, fmt.Errorf("rollback (one atomic RENAME TABLE; nothing changed): %w", err)
	}
	if err := tmp.clear(ctx, s); err != nil {
		return nil, err
	}
	// The sync state described the tables just replaced: gone with them,
	// so the next incremental sync copies everything.
	if err := syncstate.Clear(context.WithoutCancel(ctx), s, t.DB); err != nil {
		return prev, err
	}
	if p.backup.prefix == "" {
		if err := saveTriggers(context.WithoutCancel(ctx), s, p.backup.db, curTrig); err != nil {
			return prev, err
		}
		if len(savedTrig) > 0 {
			if _, err := s.Query(context.WithoutCancel(ctx), "", script(t.DB, savedTrig)); err != nil {
				return prev, fmt.Errorf("the previous tables are back, but their triggers (%s) could not be recreated: %w", names(savedTrig), err)
			}
		}
	}
	return prev, nil
}
