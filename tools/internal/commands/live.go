package commands

import (
	"database/sql"
	"fmt"
	"time"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/report"
	"github.com/wpsync/wpsync/tools/internal/rewrite"
	"github.com/wpsync/wpsync/tools/internal/sqlconn"
)

// rewriteLive rewrites an environment's live database. A dry run only
// reads, so it needs no --allow-protected.
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
	lock, err := db.Conn(c.Ctx)
	if err != nil {
		return err
	}
	defer lock.Close()
	// The same lock restoredb takes (dbclient.Lock), held by this session.
	var got sql.NullInt64
	if err := lock.QueryRowContext(c.Ctx, "SELECT GET_LOCK(?, ?)", "wpsync:"+t.env.DB.Name, c.Int("lock-wait")).Scan(&got); err != nil {
		return fmt.Errorf("%s database: take the lock %q: %w", t.env.Name, "wpsync:"+t.env.DB.Name, err)
	}
	if !got.Valid || got.Int64 != 1 {
		return fmt.Errorf("%s database: another wpsync run holds the lock %q (waited %ds): let it finish, then run again", t.env.Name, "wpsync:"+t.env.DB.Name, c.Int("lock-wait"))
	}
	c.Log.Info().Str("env", t.env.Name).Str("host", t.host.String()).Str("database", t.env.DB.Name).Bool("dry_run", opts.DryRun).Msg("rewriting the live database")
	start := time.Now()
	stats, err := rewrite.Live(c.Ctx, db, opts, c.Log)
	if stats != nil {
		summarizeRewrite(c, rep, stats, time.Since(start), 0)
	}
	return err
}
