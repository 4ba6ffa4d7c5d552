// Command rewriteurls rewrites WordPress URLs in a dump stream or a live
// database without breaking PHP-serialized data.
package main

import (
	"github.com/urfave/cli/v2"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/commands"
)

func main() {
	cliapp.Main(&cli.App{
		Name:  "rewriteurls",
		Usage: "rewrite site URLs in a MySQL dump or a live WordPress database, serialization-safe",
		UsageText: `rewriteurls --in FILE|- --out FILE|- --from URL --to URL [--from URL --to URL ...]
   rewriteurls --config wpsync.yml --from-env production --to-env staging --in FILE --out FILE
   rewriteurls --config wpsync.yml --env staging --from URL --to URL [--dry-run]`,
		Description: `Rewrites every occurrence of each --from URL: https://, http:// and //host,
JSON-escaped (https:\/\/host) and URL-encoded (https%3A%2F%2Fhost) forms, with
exact host and path boundaries (www.example.com never matches www.example.com.au).
PHP-serialized values are walked and their lengths recomputed; everything else
in the dump is copied byte for byte. Input may be gzip (detected); output is
gzip when its name ends in .gz.`,
		Flags: []cli.Flag{
			cliapp.ConfigFlag(),
			&cli.StringFlag{Name: "in", Aliases: []string{"i"}, Usage: "dump to read: `FILE` or - for stdin"},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "dump to write: `FILE` or - for stdout"},
			&cli.StringSliceFlag{Name: "from", Usage: "source `URL` (repeat, paired with --to)"},
			&cli.StringSliceFlag{Name: "to", Usage: "target `URL` (repeat, paired with --from)"},
			&cli.StringFlag{Name: "from-env", Usage: "take the source URL from this environment of the config"},
			&cli.StringFlag{Name: "to-env", Usage: "take the target URL from this environment of the config"},
			&cli.StringFlag{Name: "env", Usage: "rewrite this environment's live database instead of a dump"},
			&cli.StringSliceFlag{Name: "skip-columns", Usage: "columns left as they are: `NAME` or table.column (default: the config's rewrite.skip_columns, else guid)", Value: cli.NewStringSlice("guid")},
			&cli.StringSliceFlag{Name: "include-tables", Usage: "rewrite only these `TABLES`"},
			&cli.StringSliceFlag{Name: "skip-tables", Usage: "leave these `TABLES` alone"},
			&cli.BoolFlag{Name: "dry-run", Aliases: []string{"n"}, Usage: "count what would change, write nothing"},
			cliapp.GuardFlag("allow-protected"),
			&cli.StringFlag{Name: "backup-dir", Usage: "where a protected environment's database is dumped before it is written (default ~/.cache/wpsync/backups/SITE)"},
			&cli.IntFlag{Name: "lock-wait", Value: 600, Usage: "live mode: wait up to `SECONDS` for another run on the same database"},
		},
	}, commands.RewriteURLs)
}
