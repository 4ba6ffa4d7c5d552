package dbrestore

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/rs/zerolog"

	"github.com/wpsync/wpsync/tools/internal/dbclient"
	"github.com/wpsync/wpsync/tools/internal/dump"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/syncstate"
)

// verified is what the verify stage established.
type verified struct {
	sealed bool
	tables []dump.Table
	rows   int64
	live   []string // the live tables the swap moves to the backup
	kept   []string // live tables left in place (db.exclude_tables, unchanged)
	// unchanged waits for the check that the tables an incremental dump
	// left out are still as planned (nil when there is none).
	unchanged func() error
}

func prefixed(prefix string, names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = prefix + n
	}
	return out
}

// checkUnchanged refuses an incremental dump when the tables it left out
// no longer hold, on the target, what they held when it was made: a write
// since (a tester's) would otherwise survive a sync meant to undo it.
func checkUnchanged(ctx context.Context, s Session, t Target, unchanged []string, want map[string]int64) error {
	got, err := syncstate.ChecksumsAtOnce(ctx, s, t.DB, unchanged)
	if err != nil {
		return fmt.Errorf("verify: %w", err)
	}
	for _, name := range unchanged {
		if g, ok := got[name]; !ok || g != want[name] {
			return exit.Refusedf("%s's table %s changed since the incremental dump was made (or is gone): nothing was changed; make the dump again (dumpdb --incremental-to %s) and restore that", t.Env, name, t.Env)
		}
	}
	return nil
}

// verify checks that the stream was a whole dump, for this target, and
// that the shadow holds every table with the rows the dump says.
func verify(ctx context.Context, s Session, t Target, shadow place, imp *imported, v *dump.Verifier, opts Options, log zerolog.Logger) (*verified, error) {
	sealed, err := imp.tally.Whole(v)
	if err != nil {
		return nil, fmt.Errorf("refused: %w; nothing was changed on %s", err, t.Env)
	}
	if !sealed {
		log.Warn().Msg("the dump has no wpsync seal (not made by dumpdb): verified by its completion line and row counts only")
	}
	order, m := imp.tally.Order, imp.tally.Manifest
	incremental := m != nil && m.Incremental != nil
	if len(order) == 0 && !incremental {
		return nil, fmt.Errorf("verify: the dump created no tables; nothing was changed on %s", t.Env)
	}
	if incremental && m.Incremental.To != t.Env {
		return nil, exit.Usagef("the dump is incremental to %s (dumpdb --incremental-to %s): restoring it into %s would leave that environment's other tables as they are; make a dump for %s", m.Incremental.To, m.Incremental.To, t.Env, t.Env)
	}
	if len(order) > 0 {
		if err := checkPrefix(m, order, t, opts.FromPrefix); err != nil {
			return nil, err
		}
	}
	if opts.CheckOrigin != nil && m != nil {
		if err := opts.CheckOrigin(m); err != nil {
			return nil, err
		}
	}
	want, err := imp.tally.Want()
	if err != nil {
		return nil, fmt.Errorf("verify: %w; nothing was changed on %s", err, t.Env)
	}
	counts, live, err := countAndList(ctx, s, shadow, order, t.DB, t.Prefix)
	if err != nil {
		return nil, fmt.Errorf("verify: %w", err)
	}
	ver := &verified{sealed: sealed, live: live}
	if m != nil {
		// Left out of the dump on purpose (db.exclude_tables, or unchanged
		// since the last sync): the target's own stay in place, outside
		// the swap.
		leftOut := m.Kept
		if incremental {
			leftOut = append(append([]string{}, leftOut...), m.Incremental.Unchanged...)
		}
		mapName := prefixMapper(opts.FromPrefix, t.Prefix)
		ver.live = slices.DeleteFunc(ver.live, func(name string) bool {
			for _, k := range leftOut {
				if mapName(k) == name {
					ver.kept = append(ver.kept, name)
					return true
				}
			}
			return false
		})
	}
	if incremental {
		// Checksumming them takes a while (a whole table each) and only
		// reads: it runs while the restore prepares, and is waited for
		// before anything is written. (The partial tables' live tables are
		// checked when the patch has copied what it takes from them:
		// patch.go.)
		// Started when the dump's plan line came, if it said the same.
		checked := make(chan error, 1)
		if e := imp.early; e != nil && e.plan.Matches(m.Incremental) {
			checked = e.done
		} else {
			go func() { checked <- checkUnchanged(ctx, s, t, m.Incremental.Unchanged, m.Incremental.TargetSums) }()
		}
		ver.unchanged = func() error { return <-checked }
	}
	for _, name := range order {
		got, ok := counts[name]
		if !ok || got != want[name] {
			return nil, fmt.Errorf("verify: table %s has %d rows after the import, the dump says %d; nothing was changed on %s", name, got, want[name], t.Env)
		}
		ver.tables = append(ver.tables, dump.Table{Name: name, Rows: got})
		ver.rows += got
	}
	return ver, nil
}

// checkPrefix refuses a dump made for another table prefix: swapping it in
// would move every table of the target's prefix to the backup and leave
// WordPress without tables.
func checkPrefix(m *dump.Manifest, order []string, t Target, from string) error {
	if m != nil && m.Prefix != "" && m.Prefix != t.Prefix && m.Prefix != from {
		return exit.Usagef("the dump's tables have the prefix %q, environment %q uses %q (db.prefix): restoring it would leave WordPress without its tables, so nothing was changed. "+
			"Pass --change-prefix %s to rename them (and the keys that embed the prefix) on the way in, or set db.prefix to %q if the site really uses it", m.Prefix, t.Env, t.Prefix, m.Prefix, m.Prefix)
	}
	for _, name := range order {
		if strings.HasPrefix(name, t.Prefix) {
			return nil
		}
	}
	return exit.Usagef("the dump has no table with the prefix %q of environment %q (db.prefix): restoring it would leave WordPress without its tables, so nothing was changed. Check db.prefix, or dump the right database", t.Prefix, t.Env)
}

// countAndList counts the rows of the shadow's tables and lists the live
// tables with the prefix, in one round trip.
func countAndList(ctx context.Context, s Session, shadow place, tables []string, db, prefix string) (map[string]int64, []string, error) {
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
	rows, err := s.Query(ctx, "", strings.Join(append(parts, q), " UNION ALL "))
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
			n, err := strconv.ParseInt(r[2], 10, 64)
			if err != nil {
				return nil, nil, fmt.Errorf("count of %s: %q is not a number", r[1], r[2])
			}
			counts[r[1]] = n
		case "table":
			live = append(live, r[1])
		}
	}
	sort.Strings(live)
	return counts, live, nil
}
