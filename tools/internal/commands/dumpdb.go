package commands

import (
	"fmt"
	"strings"
	"time"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/dump"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/report"
)

// DumpDB dumps an environment's WordPress tables to a sealed file or stdout.
var DumpDB = cliapp.Reported(dumpDB)

func dumpDB(c *cliapp.Ctx, rep *report.Report) error {
	outPath := c.String("out")
	if outPath == "" {
		return exit.Usagef("--out is missing: give a FILE (.sql or .sql.gz) or - for stdout")
	}
	t, err := connect(c, "env", false, true)
	if err != nil {
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
	m, err := dump.Write(c.Ctx, t.client, out, c.Log, t.cfg.Site)
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
	if len(m.Skipped) > 0 {
		rep.Summary["not_dumped"] = m.Skipped
		fmt.Fprintf(w, "not dumped: %s (stored routines and events are not copied; they stay as they are on the target)\n", strings.Join(m.Skipped, ", "))
	}
	return nil
}
