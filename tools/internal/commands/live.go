package commands

import (
	"time"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/livedb"
	"github.com/wpsync/wpsync/tools/internal/report"
	"github.com/wpsync/wpsync/tools/internal/rewrite"
	"github.com/wpsync/wpsync/tools/internal/sqlconn"
)

// rewriteLive rewrites an environment's live database. A dry run only
// reads: no identity check, no backup dump (and no --allow-protected, see
// mayWrite).
func rewriteLive(c *cliapp.Ctx, cfg *config.Config, opts rewrite.Options, rep *report.Report) error {
	if cfg == nil {
		return exit.Usagef("--env needs --config wpsync.yml")
	}
	t, err := connect(c, "env", !opts.DryRun, true)
	if err != nil {
		return err
	}
	defer t.Close()
	if !opts.DryRun {
		if err := keepBackupDump(c, t, rep); err != nil {
			return err
		}
	}
	opts.Prefix = t.env.DB.Prefix
	db, err := sqlconn.Open(c.Ctx, t.host, t.env)
	if err != nil {
		return err
	}
	defer db.Close()
	// The reader, the writers and one query at a time: more would only
	// queue on the server.
	db.SetMaxOpenConns(livedb.Writers + 2)
	// The lock every run that writes this database takes (restoredb too).
	release, err := t.client.LockTarget(c.Ctx, c.Int("lock-wait"))
	if err != nil {
		return err
	}
	defer release()
	c.Log.Info().Str("env", t.env.Name).Str("host", t.host.String()).Str("database", t.env.DB.Name).Bool("dry_run", opts.DryRun).Msg("rewriting the live database")
	start := time.Now()
	stats, err := livedb.Rewrite(c.Ctx, db, opts, t.client.DriverError, c.Log)
	if stats != nil {
		summarizeRewrite(c, rep, stats, time.Since(start), 0)
	}
	return err
}
