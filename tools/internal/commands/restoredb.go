package commands

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/dbrestore"
	"github.com/wpsync/wpsync/tools/internal/dump"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/host"
	"github.com/wpsync/wpsync/tools/internal/hygiene"
	"github.com/wpsync/wpsync/tools/internal/report"
	"github.com/wpsync/wpsync/tools/internal/sqlconn"
)

// RestoreDB imports a dump through a shadow database and swaps it in.
var RestoreDB = cliapp.Reported(restoreDB)

func restoreDB(c *cliapp.Ctx, rep *report.Report) error {
	in := c.String("in")
	if in == "" && !c.Bool("rollback") {
		return exit.Usagef("--in is missing: give the dump FILE (.sql or .sql.gz) or - for stdin (or --rollback)")
	}
	if in != "" && c.Bool("rollback") {
		return exit.Usagef("--rollback swaps the previous tables back and reads no dump: drop --in")
	}
	// The safety check comes first: a refused run opens nothing.
	t, err := connect(c, "env", true, true)
	if err != nil {
		return err
	}
	defer t.Close()
	rep.Site = t.cfg.Site
	w := c.App.ErrWriter
	session, target := dbrestore.Client(t.client)
	if c.Bool("rollback") {
		tables, err := dbrestore.Rollback(c.Ctx, session, target, c.Int("lock-wait"), c.Log)
		if err != nil {
			return err
		}
		rep.Summary["rolled_back_tables"] = tables
		fmt.Fprintf(w, "\nrestoredb rollback: %s database %s has its previous %d tables back; the replaced ones are the new backup (roll back again to undo)\n",
			t.env.Name, t.env.DB.Name, len(tables))
		return runHooks(c, t.host, t.env, "restore", rep)
	}
	r, err := c.Input(in)
	if err != nil {
		return exit.Usagef("%v", err)
	}
	defer r.Close()
	if err := keepBackupDump(c, t, rep); err != nil {
		return err
	}
	v := dump.NewVerifier(r)
	start := time.Now()
	c.Log.Info().Str("env", t.env.Name).Str("host", t.host.String()).Str("database", t.env.DB.Name).Str("in", in).Msg("restoring through a shadow database")
	opts := dbrestore.Options{NoCollationMap: c.Bool("no-collation-map"), LockWait: c.Int("lock-wait"), Size: dump.PlainSize(in), FromPrefix: c.String("change-prefix"), Jobs: c.Int("jobs")}
	if opts.Jobs < 0 {
		return exit.Usagef("--jobs %d: give a number of sessions, 1 or more", opts.Jobs)
	}
	if opts.Jobs == 0 {
		opts.Jobs = defaultJobs(c, t)
	}
	if !t.env.Protected { // a copy of production must not act like it
		opts.Edits, opts.SiteMetaEdits = hygiene.Copy(t.env), hygiene.SiteMeta(t.env)
		opts.ShadowSQL = func(table func(string) (string, bool)) ([]string, []string) { return hygiene.Statements(t.env, table) }
	} else {
		opts.Edits = hygiene.Options(t.env)
	}
	// A row-level incremental restore keeps the rows the source did not
	// change as the target has them: exact only with the same hygiene.
	if recipe, err := json.Marshal([]any{t.env.Protected, t.env.Hygiene}); err == nil {
		opts.Recipe = string(recipe)
	}
	if !c.Bool("allow-other-dump") {
		opts.CheckOrigin = func(m *dump.Manifest) error { return checkOrigin(t, m) }
	}
	session, through, closeDB, err := importSession(c, t, session)
	if err != nil {
		return err
	}
	defer closeDB()
	c.Log.Info().Int("jobs", opts.Jobs).Str("through", through).Msg("import sessions")
	rep.Summary["jobs"], rep.Summary["import_through"] = opts.Jobs, through
	res, err := dbrestore.Restore(c.Ctx, session, target, v, opts, c.Log)
	if err != nil {
		return err
	}
	rep.Details = res
	rep.Summary["tables"], rep.Summary["rows"], rep.Summary["bytes"], rep.Summary["swap_ms"] = len(res.Tables), res.Rows, res.Bytes, res.SwapMillis
	fmt.Fprintf(w, "\nrestoredb summary: %s → %s database %s: %d tables, %d rows, %s in %s; swap took %d ms (the only moment the site saw a change)\n",
		in, t.env.Name, res.Database, len(res.Tables), res.Rows, report.Bytes(res.Bytes), time.Since(start).Round(time.Millisecond), res.SwapMillis)
	if res.Sealed {
		fmt.Fprintln(w, "verified: sha256 seal, completion line, row counts of every table")
	} else {
		fmt.Fprintln(w, "verified: completion line and row counts (the dump had no wpsync seal)")
	}
	for _, m := range res.Mapped {
		fmt.Fprintf(w, "collation mapped: %s\n", m)
	}
	if len(res.Unchanged) > 0 {
		rep.Summary["unchanged"] = res.Unchanged
		fmt.Fprintf(w, "incremental: %d tables unchanged since the last sync, left in place (their checksums verified)\n", len(res.Unchanged))
	}
	if len(res.Patched) > 0 {
		rep.Summary["row_by_row"] = res.Patched
		fmt.Fprintf(w, "incremental, row by row (the previous backup patched into the new table, then swapped in): %s\n", strings.Join(res.Patched, ", "))
	}
	if excluded := slices.DeleteFunc(slices.Clone(res.Kept), func(k string) bool { return slices.Contains(res.Unchanged, k) }); len(excluded) > 0 {
		rep.Summary["kept"] = excluded
		fmt.Fprintf(w, "kept as they are on %s (not in the dump: db.exclude_tables): %s\n", t.env.Name, strings.Join(excluded, ", "))
	}
	if len(res.Edited) > 0 {
		rep.Summary["edited"] = res.Edited
		for _, e := range res.Edited {
			fmt.Fprintf(w, "changed before the swap: %s\n", e)
		}
	}
	if len(res.Objects) > 0 {
		rep.Summary["views_and_triggers"] = res.Objects
		fmt.Fprintf(w, "created on the live tables after the swap: %s\n", strings.Join(res.Objects, ", "))
	}
	if m := res.Manifest; m != nil && len(m.Skipped) > 0 {
		rep.Summary["not_in_dump"] = m.Skipped
		fmt.Fprintf(w, "not in the dump, so unchanged here: %s (stored routines and events of %s)\n", strings.Join(m.Skipped, ", "), m.Env)
	}
	fmt.Fprintf(w, "previous tables kept in %s; undo with: restoredb --config %s --env %s --rollback\n", res.Backup, c.String("config"), t.env.Name)
	return runHooks(c, t.host, t.env, "restore", rep)
}

// checkOrigin refuses a dump of another site, or one that still holds
// another environment's URLs: restored, staging would link and redirect
// its visitors to production.
func checkOrigin(t *target, m *dump.Manifest) error {
	if m.Site != "" && m.Site != t.cfg.Site {
		return exit.Refusedf("the dump is of site %q, and this config is for site %q: nothing was changed on %s. Check --in and --config, or pass --allow-other-dump if that dump is meant", m.Site, t.cfg.Site, t.env.Name)
	}
	if u := m.SiteURL(); u != "" && !strings.EqualFold(strings.TrimRight(u, "/"), strings.TrimRight(t.env.URL, "/")) {
		return exit.Refusedf("the dump holds the URLs of %s (%s), not those of %s (%s): restored as it is, %s would send its visitors to %s; nothing was changed. Rewrite it first (rewriteurls --from-env %s --to-env %s), or pass --allow-other-dump if that is meant",
			m.Env, u, t.env.Name, t.env.URL, t.env.Name, u, m.Env, t.env.Name)
	}
	return nil
}

// MaxDefaultJobs caps the default --jobs: past a few sessions the server's
// insert rate, not the number of clients, is the limit.
const MaxDefaultJobs = 4

// importSession picks how the restore reaches the server (--import-through):
// through the database's port forwarded over SSH when it can be reached
// (the import takes about 0.8× the time it takes through the client
// program, and each query 1 ms instead of 10: see dbrestore's driver.go),
// else through the client program.
func importSession(c *cliapp.Ctx, t *target, client dbrestore.Session) (s dbrestore.Session, through string, closeDB func(), err error) {
	mode := c.String("import-through")
	switch mode {
	case "client":
		return client, "client", func() {}, nil
	case "auto", "tunnel":
	default:
		return nil, "", nil, exit.Usagef("--import-through %q: give tunnel, client or auto", mode)
	}
	db, err := sqlconn.Open(c.Ctx, t.host, t.env)
	if err != nil {
		if mode == "tunnel" {
			return nil, "", nil, fmt.Errorf("--import-through tunnel: %w (or use --import-through client)", err)
		}
		c.Log.Info().Err(err).Msg("the database port cannot be reached through SSH: importing through the client program")
		return client, "client", func() {}, nil
	}
	return dbrestore.WithDriver(client, db, t.client.DriverError), "tunnel", func() { db.Close() }, nil
}

// defaultJobs is the target host's core count, capped; 1 when it cannot
// be told.
func defaultJobs(c *cliapp.Ctx, t *target) int {
	out, err := host.Output(c.Ctx, t.host, "getconf _NPROCESSORS_ONLN 2>/dev/null || nproc", nil)
	n, perr := strconv.Atoi(strings.TrimSpace(out))
	if err != nil || perr != nil || n < 1 {
		c.Log.Debug().Err(err).Msg("could not count the target host's cores: one import session")
		return 1
	}
	return min(n, MaxDefaultJobs)
}
