// Command restoredb restores a dump into an environment's database through
// a verified shadow database and one atomic swap.
package main

import (
	"github.com/urfave/cli/v2"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/commands"
)

func main() {
	cliapp.Main(&cli.App{
		Name:      "restoredb",
		Usage:     "restore a dump into an environment's database: import beside, verify, swap",
		UsageText: "restoredb --config wpsync.yml --env staging --in FILE|- [--allow-protected]\n   restoredb --config wpsync.yml --env staging --rollback",
		Description: `Imports the dump into a shadow database (DB_wpsync_shadow) beside the target,
verifies it (sha256 seal, completion line, statement errors, row counts against
the manifest), then swaps all WordPress tables into place with one atomic
RENAME TABLE, moving the previous tables into DB_wpsync_prev. Any failure before
the swap drops the shadow and leaves the target exactly as it was; the previous
backup moves aside in the same RENAME and is dropped only after it. Views and
triggers are created on the live tables right after the swap. Before writing,
the protected environments' servers are asked whether the target is one of
them under another name; a protected target is dumped first (--backup-dir). A
dump of another site, or one still holding another environment's URLs, is
refused (--allow-other-dump); so is one with another table prefix
(--change-prefix). Media-offload settings are made read-only on an unprotected
target (offload in wpsync.yml). Only statements a dump of one database holds
are sent. DEFINER
clauses, GTID_PURGED and MariaDB's sandbox line are removed; MySQL 8 collations
missing on MariaDB are mapped with a warning (--no-collation-map stops instead).
The user should have CREATE and DROP on DB\_wpsync\_% databases; without it, the
shadow and the backup are tables prefixed wpsync_new_ and wpsync_old_ in DB.`,
		Flags: []cli.Flag{
			cliapp.ConfigFlag(),
			&cli.StringFlag{Name: "env", Aliases: []string{"e"}, Usage: "the environment to restore into"},
			&cli.StringFlag{Name: "in", Aliases: []string{"i"}, Usage: "dump `FILE` (.sql or .sql.gz, gzip detected) or - for stdin"},
			cliapp.GuardFlag("allow-protected"),
			cliapp.GuardFlag("allow-other-dump"),
			cliapp.GuardValue("change-prefix"),
			&cli.StringFlag{Name: "backup-dir", Usage: "where a protected environment's database is dumped before it is written (default ~/.cache/wpsync/backups/SITE)"},
			&cli.BoolFlag{Name: "rollback", Usage: "swap the tables of the previous restore back in"},
			&cli.IntFlag{Name: "lock-wait", Value: 600, Usage: "wait up to `SECONDS` for another run on the same database to finish"},
			&cli.BoolFlag{Name: "no-collation-map", Usage: "stop, rather than map, when a collation of the dump is missing on the target"},
		},
	}, commands.RestoreDB)
}
