package commands

import (
	"cmp"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/dump"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/report"
	"github.com/wpsync/wpsync/tools/internal/syncstate"
)

// DumpDB dumps an environment's WordPress tables to a sealed file or stdout.
var DumpDB = cliapp.Reported(dumpDB)

func dumpDB(c *cliapp.Ctx, rep *report.Report) error {
	outPath := c.String("out")
	if outPath == "" {
		return exit.Usagef("--out is missing: give a FILE (.sql or .sql.gz) or - for stdout")
	}
	incTo := c.String("incremental-to")
	if incTo != "" && incTo == c.String("env") {
		return exit.Usagef("--incremental-to %s is the environment dumped: give the environment the dump will be restored into", incTo)
	}
	if _, err := c.Config(); err != nil {
		return err
	}
	// Both hosts are connected at once (an SSH handshake each), each with
	// a quick way to ask its database questions.
	var dst *target
	var srcQ, dstQ syncstate.Querier
	closeSrcQ, closeDstQ := func() {}, func() {}
	var dstErr error
	dstDone := make(chan struct{})
	go func() {
		defer close(dstDone)
		if incTo != "" {
			if dst, dstErr = connect(c, "incremental-to", false, true); dstErr == nil {
				dstQ, closeDstQ = quickQuerier(c.Ctx, dst, c.Log)
			}
		}
	}()
	t, err := connect(c, "env", false, true)
	if err == nil {
		srcQ, closeSrcQ = quickQuerier(c.Ctx, t, c.Log)
	}
	<-dstDone
	defer closeSrcQ()
	defer closeDstQ()
	if dst != nil {
		defer dst.Close()
	}
	if err = cmp.Or(err, dstErr); err != nil {
		if t != nil {
			t.Close()
		}
		return err
	}
	defer t.Close()
	rep.Site = t.cfg.Site
	out, err := dump.Create(outPath, c.Stdout)
	if err != nil {
		return exit.Usagef("%v", err)
	}
	start := time.Now()
	c.Log.Info().Str("env", t.env.Name).Str("host", t.host.String()).Str("database", t.env.DB.Name).Str("out", outPath).Msg("dumping")
	var plan dump.Planner
	if dst != nil {
		plan = incrementalPlanner(t, dst, srcQ, dstQ, c.Log)
	}
	m, err := dump.Write(c.Ctx, t.client, srcQ, out, c.Log, t.cfg.Site, plan)
	if err != nil {
		return err
	}
	elapsed := time.Since(start)
	var rows int64
	tableRows := [][]string{}
	for _, tb := range m.Tables {
		rows += tb.Rows
		tableRows = append(tableRows, []string{tb.Name, fmt.Sprint(tb.Rows)})
	}
	rep.Details = m
	rep.Summary["tables"], rep.Summary["rows"], rep.Summary["bytes"], rep.Summary["out"] = len(m.Tables), rows, m.Bytes, outPath
	w := c.App.ErrWriter
	fmt.Fprintf(w, "\ndumpdb summary: %s (%s %s) → %s: %d tables, %d rows, %s in %s (%.1f MiB/s)\n", t.env.Name, m.Flavor, m.Server, outPath,
		len(m.Tables), rows, report.Bytes(m.Bytes), elapsed.Round(time.Millisecond), float64(m.Bytes)/1048576/elapsed.Seconds())
	report.Table(w, []string{"TABLE", "ROWS"}, tableRows)
	if len(m.Kept) > 0 {
		rep.Summary["excluded"] = m.Kept
		fmt.Fprintf(w, "excluded (db.exclude_tables; a restore keeps the target's own): %s\n", strings.Join(m.Kept, ", "))
	}
	if len(m.NoData) > 0 {
		rep.Summary["structure_only"] = m.NoData
		fmt.Fprintf(w, "structure only (db.no_data_tables): %s\n", strings.Join(m.NoData, ", "))
	}
	if inc := m.Incremental; inc != nil {
		rep.Summary["unchanged"] = inc.Unchanged
		rep.Summary["copied_because"] = inc.Reasons
		fmt.Fprintf(w, "incremental to %s: %d tables copied, %d unchanged (kept as they are there)\n", inc.To, len(m.Tables), len(inc.Unchanged))
		var names []string
		for n := range inc.Reasons {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(w, "  copied %s: %s\n", n, inc.Reasons[n])
		}
	}
	if len(m.Skipped) > 0 {
		rep.Summary["not_dumped"] = m.Skipped
		fmt.Fprintf(w, "not dumped: %s (stored routines and events are not copied; they stay as they are on the target)\n", strings.Join(m.Skipped, ", "))
	}
	return nil
}
