// Package commands holds the actions of the four helpers: each reads its
// flags, calls the packages that do the work, prints the summary and
// writes the report. The main packages only declare flags.
package commands

import (
	"fmt"
	"io"
	"time"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/dump"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/progress"
	"github.com/wpsync/wpsync/tools/internal/report"
	"github.com/wpsync/wpsync/tools/internal/rewrite"
	"github.com/wpsync/wpsync/tools/internal/urlmap"
)

// RewriteURLs rewrites a dump stream (--in/--out) or a live database (--env).
var RewriteURLs = cliapp.Reported(rewriteURLs)

func rewriteURLs(c *cliapp.Ctx, rep *report.Report) error {
	var cfg *config.Config
	if c.String("config") != "" {
		var err error
		if cfg, err = c.Config(); err != nil {
			return err
		}
		rep.Site = cfg.Site
	}
	pairs, err := urlPairs(c, cfg)
	if err != nil {
		return err
	}
	opts := rewrite.Options{
		Pairs:         pairs,
		SkipColumns:   c.StringSlice("skip-columns"),
		IncludeTables: c.StringSlice("include-tables"),
		SkipTables:    c.StringSlice("skip-tables"),
		DryRun:        c.Bool("dry-run"),
	}
	if !c.IsSet("skip-columns") && cfg != nil {
		opts.SkipColumns = cfg.Rewrite.SkipColumns
	}
	if _, err := urlmap.New(pairs); err != nil {
		return exit.Usagef("%v", err)
	}
	rep.Summary["pairs"] = pairs
	if c.String("env") != "" {
		if c.IsSet("in") || c.IsSet("out") {
			return exit.Usagef("--env rewrites the live database; --in/--out rewrite a dump: use one or the other")
		}
		return rewriteLive(c, cfg, opts, rep)
	}
	return rewriteDump(c, opts, rep)
}

// urlPairs takes the pairs from --from/--to or from the config's environments.
func urlPairs(c *cliapp.Ctx, cfg *config.Config) ([]urlmap.Pair, error) {
	from, to := c.StringSlice("from"), c.StringSlice("to")
	if len(from) != len(to) {
		return nil, exit.Usagef("got %d --from and %d --to: give them in pairs (--from URL --to URL, repeated)", len(from), len(to))
	}
	var pairs []urlmap.Pair
	for i := range from {
		pairs = append(pairs, urlmap.Pair{From: from[i], To: to[i]})
	}
	fe, te := c.String("from-env"), c.String("to-env")
	if fe != "" || te != "" {
		if cfg == nil {
			return nil, exit.Usagef("--from-env/--to-env take the URLs from the config: add --config wpsync.yml")
		}
		if fe == "" || te == "" {
			return nil, exit.Usagef("give both --from-env and --to-env")
		}
		f, err := cfg.Env(fe)
		if err != nil {
			return nil, err
		}
		t, err := cfg.Env(te)
		if err != nil {
			return nil, err
		}
		pairs = append(pairs, urlmap.Pair{From: f.URL, To: t.URL})
		for _, p := range cfg.Rewrite.Extra {
			pairs = append(pairs, urlmap.Pair{From: p.From, To: p.To})
		}
	}
	if cfg != nil {
		for _, k := range cfg.Rewrite.Keep { // a pair onto itself: kept in every form
			pairs = append(pairs, urlmap.Pair{From: k, To: k})
		}
	}
	if len(pairs) == 0 {
		return nil, exit.Usagef("nothing to rewrite: give --from URL --to URL, or --config with --from-env and --to-env")
	}
	return pairs, nil
}

func rewriteDump(c *cliapp.Ctx, opts rewrite.Options, rep *report.Report) error {
	in, outPath := c.String("in"), c.String("out")
	if in == "" || outPath == "" {
		return exit.Usagef("dump mode needs --in FILE|- and --out FILE|- (or --config and --env for the live database)")
	}
	if in == outPath && in != "-" {
		return exit.Usagef("--in and --out are the same file: write to a new file (the input is read while the output is written)")
	}
	r, err := c.Input(in)
	if err != nil {
		return exit.Usagef("%v", err)
	}
	defer r.Close()
	var w io.Writer
	out, err := dump.Create(outPath, c.Stdout)
	if err != nil {
		return exit.Usagef("%v", err)
	}
	w = out
	if opts.DryRun {
		w = io.Discard
	}
	meter := progress.Start(c.Log, "rewrite", "rows", dump.PlainSize(in))
	stats, err := rewrite.Dump(w, meter.Reader(r), opts, func(rows int64) { meter.Items.Store(rows) })
	elapsed := meter.Done()
	if err != nil {
		out.Abort()
		return fmt.Errorf("rewrite %s: %w (nothing was written to %s)", in, err, outPath)
	}
	if opts.DryRun {
		out.Abort()
	} else if err := out.Commit(nil); err != nil {
		out.Abort()
		return err
	}
	if stats.SealDropped {
		c.Log.Warn().Msg("the input has a seal but not dumpdb's header line (made by an older wpsync): its seal was not verified, so the output carries none; restoredb verifies it by its completion line and row counts")
	}
	summarizeRewrite(c, rep, stats, elapsed, meter.Bytes.Load())
	return nil
}

func summarizeRewrite(c *cliapp.Ctx, rep *report.Report, stats *rewrite.Stats, elapsed time.Duration, bytes int64) {
	values, repl, broken := stats.Total()
	rep.Details = stats
	rep.Summary["values_changed"] = values
	rep.Summary["replacements"] = repl
	rep.Summary["broken_serialized"] = broken
	rep.Summary["rows_scanned"] = stats.Rows
	rep.Summary["bytes"] = bytes
	if c.Bool("dry-run") {
		rep.Status = "dry-run"
	}
	w := c.App.ErrWriter
	size := ""
	if bytes > 0 {
		size = ", " + report.Bytes(bytes)
	}
	fmt.Fprintf(w, "\nrewriteurls summary%s: %d replacements in %d values, %d rows scanned%s in %s\n",
		map[bool]string{true: " (dry run: nothing written)", false: ""}[c.Bool("dry-run")],
		repl, values, stats.Rows, size, elapsed.Round(time.Millisecond))
	report.Table(w, []string{"TABLE.COLUMN", "VALUES", "REPLACEMENTS", "BROKEN SERIALIZED"}, stats.TableRows())
	if broken > 0 {
		fmt.Fprintf(w, "note: %d values looked PHP-serialized but did not parse; they got a plain text replacement (see the report)\n", broken)
	}
}
