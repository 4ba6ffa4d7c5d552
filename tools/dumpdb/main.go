// Command dumpdb makes a consistent, non-blocking, sealed dump of an
// environment's WordPress database.
package main

import (
	"github.com/urfave/cli/v2"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/commands"
)

func main() {
	cliapp.Main(&cli.App{
		Name:      "dumpdb",
		Usage:     "dump an environment's WordPress tables (consistent, non-blocking, sealed)",
		UsageText: "dumpdb --config wpsync.yml --env production --out FILE.sql[.gz]|-",
		Description: `Runs the server's own mariadb-dump/mysqldump on the environment's host
(inside db.docker_container when set) with --single-transaction, so production
keeps serving writes. The dump ends with a manifest (tables, row counts, server,
charsets, collations) and a sha256 seal; restoredb refuses a dump whose seal is
missing or wrong. FILE is written under a temporary name and renamed only when
complete; FILE.manifest.json is written beside it.`,
		Flags: []cli.Flag{
			cliapp.ConfigFlag(),
			&cli.StringFlag{Name: "env", Aliases: []string{"e"}, Usage: "the environment to dump (read only)"},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: "`FILE` (.sql, .sql.gz) or - for stdout"},
		},
	}, commands.DumpDB)
}
