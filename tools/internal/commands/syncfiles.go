package commands

import (
	"bytes"
	"fmt"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/host"
	"github.com/wpsync/wpsync/tools/internal/hygiene"
	"github.com/wpsync/wpsync/tools/internal/report"
	"github.com/wpsync/wpsync/tools/internal/rsync"
	"github.com/wpsync/wpsync/tools/internal/shell"
)

// SyncFiles copies the WordPress code of one environment to another.
var SyncFiles = cliapp.Reported(syncFiles)

func syncFiles(c *cliapp.Ctx, rep *report.Report) error {
	cfg, err := c.Config()
	if err != nil {
		return err
	}
	rep.Site = cfg.Site
	if dir := c.String("snapshot"); dir != "" {
		from, err := cfg.Env(c.String("from"))
		if err != nil {
			return err
		}
		return snapshot(c, cfg, from, dir, rep)
	}
	to, err := cfg.Env(c.String("to"))
	if err != nil {
		return err
	}
	if err := mayWrite(c, to); err != nil {
		return err
	}
	if name := c.String("rollback"); c.IsSet("rollback") {
		return rollbackFiles(c, to, name, rep)
	}
	from, err := cfg.Env(c.String("from"))
	if err != nil {
		return err
	}
	if from.Name == to.Name {
		return exit.Usagef("--from and --to are both %q: choose two environments", from.Name)
	}
	savePlan, planPath := c.String("save-plan"), c.String("plan")
	if savePlan != "" && !c.Bool("dry-run") {
		return exit.Usagef("--save-plan writes the plan of a preview: add --dry-run")
	}
	if planPath != "" && c.Bool("dry-run") {
		return exit.Usagef("--plan applies an approved preview: drop --dry-run")
	}
	var plan *rsync.Plan
	if planPath != "" {
		if plan, err = rsync.ReadPlan(planPath); err != nil {
			return exit.Usagef("--plan: %v", err)
		}
		if plan.From != from.Name || plan.To != to.Name {
			return exit.Usagef("--plan %s is the preview of %s → %s, not of %s → %s", planPath, plan.From, plan.To, from.Name, to.Name)
		}
	}
	// Both ends are reached with wpsync's own SSH client first: an unknown
	// host key, a missing known_hosts file, a refused key or a closed port
	// then reads the same in every helper, instead of rsync's "exit 255".
	fromHost, err := host.Open(c.Ctx, from)
	if err != nil {
		return err
	}
	defer fromHost.Close()
	opts := rsync.Options{
		DryRun:    c.Bool("dry-run"),
		Delete:    c.Bool("delete"),
		MaxDelete: c.Int("max-delete"),
		Force:     c.Bool("force"),
		Protect:   cfg.Files.Protect,
		// Staging-only files (the staging guard, a tester's tools) are
		// neither sent nor deleted, in either direction: never promoted.
		Excludes: rsync.Excludes(append(append([]string{}, cfg.Files.Exclude...), cfg.Files.StagingOnly...)),
		Chown:    c.String("chown"),
		Chmod:    c.String("chmod"),
	}
	toHost, err := host.Open(c.Ctx, to)
	if err != nil {
		return err
	}
	defer toHost.Close()
	if err := checkDocroot(c, toHost, to); err != nil {
		return err
	}
	if !opts.DryRun {
		if err := guardIdentity(c, cfg, to, toHost, nil, true, map[string]host.Host{from.Name: fromHost}); err != nil {
			return err
		}
		if to.Protected {
			opts.BackupDir = rsync.NewBackupDir(to.Path, time.Now())
		}
	}
	src := rsync.Endpoint{Env: from, Path: from.Path}
	dst := rsync.Endpoint{Env: to, Path: to.Path}
	start := time.Now()
	if (savePlan != "" || plan != nil) && !from.IsLocal() && to.IsLocal() {
		return exit.Usagef("--save-plan/--plan need the source on this machine or relayed through the mirror (both environments remote)")
	}
	if !from.IsLocal() && !to.IsLocal() {
		// Two remote hosts rarely see each other, and production should hold
		// no key for staging: relay through a local mirror, kept between runs
		// so both legs are incremental.
		// Refreshed for an approved plan too: the plan's checksums, not the mirror,
		// decide that what is applied is what was approved, so the promotion
		// may run on another agent than its preview.
		mirror, mres, err := refreshMirror(c, cfg, from, opts)
		if err != nil {
			return err
		}
		rep.Summary["mirror"] = map[string]any{"path": mirror, "new": mres.New, "changed": mres.Changed, "deleted": mres.Deleted, "bytes": mres.Bytes}
		src = rsync.Endpoint{Path: mirror}
	}
	if plan != nil {
		if err := checkPlan(c, plan, planPath, src, dst, opts); err != nil {
			return err
		}
	}
	c.Log.Info().Str("from", from.Name).Str("to", to.Name).Bool("dry_run", opts.DryRun).Bool("delete", opts.Delete).Msg("syncing files")
	res, err := rsync.Run(c.Ctx, src, dst, opts, c.Log)
	if res != nil {
		summarizeSync(c, rep, from, to, res, opts, time.Since(start))
	}
	if err != nil {
		return err
	}
	if savePlan != "" {
		p, err := rsync.NewPlan(from.Name, to.Name, src.Path, res)
		if err == nil {
			err = rsync.WritePlan(savePlan, p)
		}
		if err != nil {
			return fmt.Errorf("save the plan %s: %w", savePlan, err)
		}
		rep.Summary["plan"] = savePlan
		fmt.Fprintf(c.App.ErrWriter, "plan of this preview: %s (apply exactly it with --plan %s)\n", savePlan, savePlan)
	}
	if opts.BackupDir != "" && len(res.Changes) > 0 {
		if err := rsync.RecordAdded(c.Ctx, toHost, opts.BackupDir, res); err != nil {
			return err
		}
		rep.Summary["backup"] = opts.BackupDir
		fmt.Fprintf(c.App.ErrWriter, "backup of every overwritten or deleted file: %s\nundo with: syncfiles --config %s --to %s --allow-protected --rollback %s\n",
			opts.BackupDir, c.String("config"), to.Name, filepath.Base(opts.BackupDir))
	}
	if !opts.DryRun && !to.Protected {
		if err := installGuard(c, toHost, to, opts.Chown); err != nil {
			return err
		}
		rep.Summary["staging_guard"] = hygiene.StagingGuardPath
	}
	if !opts.DryRun && len(res.Changes) > 0 {
		return runHooks(c, toHost, to, "sync", rep)
	}
	return nil
}

// installGuard writes the staging guard (package hygiene) into an
// unprotected target: no e-mail leaves it, search engines are told not to
// index it, the admin bar says STAGING.
func installGuard(c *cliapp.Ctx, h host.Host, env *config.Env, chown string) error {
	p := path.Join(env.Path, hygiene.StagingGuardPath)
	script := "mkdir -p -- " + shell.Quote(path.Dir(p)) + " && cat > " + shell.Quote(p)
	if chown != "" {
		script += " && chown " + shell.Quote(chown) + " -- " + shell.Quote(p)
	}
	var errb bytes.Buffer
	if err := h.Run(c.Ctx, host.Cmd{Script: script, Stdin: bytes.NewReader(hygiene.StagingGuard), Stderr: &errb}); err != nil {
		return fmt.Errorf("the files are synced, but the staging guard (%s) could not be installed on %s: %v %s; without it staging can send e-mail to real customers", hygiene.StagingGuardPath, env.Name, err, strings.TrimSpace(errb.String()))
	}
	fmt.Fprintf(c.App.ErrWriter, "staging guard: %s (no e-mail leaves %s, noindex, STAGING in the admin bar; never promoted)\n", hygiene.StagingGuardPath, env.Name)
	return nil
}

func summarizeSync(c *cliapp.Ctx, rep *report.Report, from, to *config.Env, res *rsync.Result, opts rsync.Options, elapsed time.Duration) {
	rep.Summary["from"], rep.Summary["to"] = from.Name, to.Name
	rep.Summary["new"], rep.Summary["changed"], rep.Summary["deleted"], rep.Summary["bytes"] = res.New, res.Changed, res.Deleted, res.Bytes
	rep.Details = res.Changes
	if opts.DryRun {
		rep.Status = "dry-run"
	}
	w := c.App.ErrWriter
	title := "syncfiles summary"
	if opts.DryRun {
		title = "syncfiles preview (dry run: nothing was changed)"
		const show = 200
		for i, ch := range res.Changes {
			if i == show {
				fmt.Fprintf(w, "  ... and %d more (all in the --report)\n", len(res.Changes)-show)
				break
			}
			fmt.Fprintf(w, "  %-8s %s\n", ch.Op, ch.Path)
		}
	}
	fmt.Fprintf(w, "\n%s: %s → %s: %d new, %d changed, %d deleted, %s of files in %s\n", title, from.Name, to.Name,
		res.New, res.Changed, res.Deleted, report.Bytes(res.Bytes), elapsed.Round(time.Millisecond))
	if res.Deleted > 0 && !opts.Delete {
		fmt.Fprintln(w, "(deletions shown only with --delete)")
	}
	fmt.Fprintf(w, "excluded: %s; protected on the target: %s\n", strings.Join(opts.Excludes, " "), strings.Join(opts.Protect, " "))
}

func rollbackFiles(c *cliapp.Ctx, to *config.Env, name string, rep *report.Report) error {
	h, err := host.Open(c.Ctx, to)
	if err != nil {
		return err
	}
	defer h.Close()
	dir, err := rsync.Rollback(c.Ctx, h, to.Path, name)
	if err != nil {
		return err
	}
	rep.Summary["rolled_back_from"] = dir
	fmt.Fprintf(c.App.ErrWriter, "\nsyncfiles rollback: %s is back as it was before the run backed up in %s\n", to.Name, dir)
	return nil
}

// checkDocroot refuses a target path that is not a WordPress root: "/", or
// a directory holding other things but neither wp-includes/version.php nor
// wp-config.php (a typo such as /var would have its contents replaced).
// A missing or empty directory is a new site. --allow-any-path says the
// path is meant.
func checkDocroot(c *cliapp.Ctx, h host.Host, env *config.Env) error {
	if c.Bool("allow-any-path") {
		return nil
	}
	script := "p=" + shell.Quote(env.Path) + `
[ -d "$p" ] || { [ -d "$(dirname -- "$p")" ] && echo missing || echo no-parent; exit 0; }
cd -P -- "$p" || exit 1
[ "$(pwd -P)" = / ] && { echo root; exit 0; }
{ [ -f wp-includes/version.php ] || [ -f wp-config.php ]; } && { echo wordpress; exit 0; }
[ -z "$(ls -A)" ] && echo empty || echo other`
	out, err := host.Output(c.Ctx, h, script, nil)
	if err != nil {
		return fmt.Errorf("%s: check the target path %s: %w", env.Name, env.Path, err)
	}
	switch strings.TrimSpace(out) {
	case "no-parent":
		return exit.Usagef("environment %q: neither path %s nor its parent directory exists on %s: create the parent, or check environments.%s.path in wpsync.yml", env.Name, env.Path, h, env.Name)
	case "root", "other":
		return exit.Usagef("environment %q: path %s is not a WordPress root (no wp-includes/version.php, no wp-config.php) and is not empty: syncing into it would replace what it holds, so nothing was changed. Check environments.%s.path in wpsync.yml, or pass --allow-any-path if that directory is meant", env.Name, env.Path, env.Name)
	}
	return nil
}

// checkPlan refuses to apply anything but the approved preview: a dry run
// now must show the same changes, and every file to send must have the
// content it had then.
func checkPlan(c *cliapp.Ctx, plan *rsync.Plan, path string, src, dst rsync.Endpoint, opts rsync.Options) error {
	preview := opts
	preview.DryRun, preview.BackupDir = true, ""
	res, err := rsync.Run(c.Ctx, src, dst, preview, c.Log)
	if err != nil {
		return fmt.Errorf("check the approved preview %s: %w", path, err)
	}
	now, err := rsync.NewPlan(plan.From, plan.To, src.Path, res)
	if err != nil {
		return err
	}
	if diff := plan.Differences(now); len(diff) > 0 {
		return exit.Refusedf("%s changed since the approved preview (%s), so nothing was applied: %s. Preview and approve again", plan.From, path, rsync.Summary(diff))
	}
	c.Log.Info().Int("changes", len(plan.Changes)).Msg("the approved preview still holds: applying exactly it")
	return nil
}
