// Package helpers declares the helpers' command lines: their names,
// help texts and flags, in one place. The mains only call Main; the
// Jenkins library's flag table and the parameter sections of its step
// pages are generated from these definitions (make generate), so a flag
// is declared once.
package helpers

import (
	"github.com/urfave/cli/v2"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/commands"
)

// Helper is one helper: its command line and what it does.
type Helper struct {
	App    func() *cli.App
	Action func(*cliapp.Ctx) error
	// Step is the Jenkins step that runs this helper alone.
	Step string
}

// All are the helpers by name.
var All = map[string]Helper{
	"syncfiles":   {appSyncFiles, commands.SyncFiles, "syncFiles"},
	"dumpdb":      {appDumpDB, commands.DumpDB, "dumpDb"},
	"restoredb":   {appRestoreDB, commands.RestoreDB, "restoreDb"},
	"rewriteurls": {appRewriteURLs, commands.RewriteURLs, "rewriteUrls"},
	"checksite":   {appCheckSite, commands.CheckSite, "checkSite"},
}

// Names are the helpers' names in a fixed order.
var Names = []string{"syncfiles", "dumpdb", "restoredb", "rewriteurls", "checksite"}

// Main runs the named helper and exits with the design's exit code.
func Main(name string) {
	h := All[name]
	cliapp.Main(h.App(), h.Action)
}

// appSyncFiles is syncfiles: copies WordPress code between environments with rsync:
// preview, protected files, a delete guard, and backups with rollback when
// the target is protected.
func appSyncFiles() *cli.App {
	return &cli.App{
		Name:  "syncfiles",
		Usage: "copy WordPress files between environments with rsync, WordPress-aware and guarded",
		UsageText: `syncfiles --config wpsync.yml --from production --to staging [--dry-run] [--delete]
   syncfiles --config wpsync.yml --from staging --to production --allow-protected [--delete]
   syncfiles --config wpsync.yml --to production --allow-protected --rollback BACKUP|latest
   syncfiles --config wpsync.yml --from production --snapshot WORKTREE --changelog MSG [--mirror DIR]`,
		Description: `Runs the real rsync with the SSH settings of wpsync.yml only (key, known_hosts,
port, jump host; ~/.ssh/config is ignored). Never synced: wp-content/uploads/,
cache and upgrade folders, .git/, plus files.exclude and files.staging_only (never
promoted). Never overwritten or deleted on the target: /wp-config.php, /.htaccess,
/.user.ini plus files.protect; patterns are anchored at the docroot (**/NAME for
any depth). A target path that is not a WordPress root is refused
(--allow-any-path), and so is a target that the servers say is a protected
environment under another name. --dry-run --save-plan FILE saves a preview;
--plan FILE applies exactly it, or nothing. When both
environments are remote, the files are relayed through a local mirror directory
(--mirror; kept between runs so both legs are incremental). Files are put in
place at the end of the transfer (--delay-updates), so the site never runs half
a plugin update. Writing a protected environment needs --allow-protected and
keeps every overwritten or deleted file in PATH.wpsync-backups/<time> on the
target; --rollback puts them back and removes what the run added.`,
		Flags: []cli.Flag{
			cliapp.ConfigFlag(),
			&cli.StringFlag{Name: "from", Usage: "source environment"},
			&cli.StringFlag{Name: "to", Usage: "target environment"},
			&cli.BoolFlag{Name: "dry-run", Aliases: []string{"n"}, Usage: "print what would change, change nothing"},
			&cli.BoolFlag{Name: "delete", Usage: "delete target files that the source does not have (protected and excluded files stay)"},
			&cli.IntFlag{Name: "max-delete", Value: 500, Usage: "refuse a run that would delete more than `N` files"},
			cliapp.GuardFlag("force"),
			cliapp.GuardFlag("allow-protected"),
			cliapp.GuardFlag("allow-any-path"),
			&cli.StringFlag{Name: "mirror", Usage: "local relay `DIR` when both environments are remote (default: ~/.cache/wpsync/mirror/SITE/FROM)"},
			&cli.StringFlag{Name: "chown", Usage: "set owner on the target, e.g. 33:33 for www-data in Docker (`USER:GROUP`)"},
			&cli.StringFlag{Name: "chmod", Usage: "set permissions on the target, rsync syntax, e.g. D755,F644"},
			&cli.StringFlag{Name: "rollback", Usage: "restore the target from backup `NAME` (or latest)"},
			&cli.StringFlag{Name: "save-plan", Usage: "with --dry-run: write the previewed changes and the checksums of the files to send to `FILE`"},
			&cli.StringFlag{Name: "plan", Usage: "apply exactly the preview saved in `FILE`; refused when the source changed since"},
			&cli.StringFlag{Name: "snapshot", Usage: "copy --from's code into the Git working tree `DIR` (through --mirror), refusing secret-looking files"},
			&cli.StringFlag{Name: "changelog", Usage: "with --snapshot: write the commit message (component versions, files) to `FILE`"},
			&cli.StringFlag{Name: "build", Usage: "with --snapshot: the build to name in the changelog (e.g. $BUILD_URL)"},
		},
	}
}

// appDumpDB is dumpdb: makes a consistent, non-blocking, sealed dump of an
// environment's WordPress database.
func appDumpDB() *cli.App {
	return &cli.App{
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
			&cli.StringFlag{Name: "incremental-to", Usage: "dump only the tables that differ from what `ENV` got at its last sync (either side changed), and of a big table that only production changed, only the changed rows; the others are listed as unchanged, and restoredb leaves them in place"},
		},
	}
}

// appRestoreDB is restoredb: restores a dump into an environment's database through
// a verified shadow database and one atomic swap.
func appRestoreDB() *cli.App {
	return &cli.App{
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
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "sessions that insert at once (default: the target host's cores, at most 4; 1 sends every INSERT through one session, in order)"},
			&cli.StringFlag{Name: "import-through", Value: "auto", Usage: "how the restore reaches the server, `MODE`: tunnel (the database port forwarded over SSH; statements go as the lexer found them), client (the mariadb/mysql program on the host), or auto (the tunnel when the port can be reached, else the client)"},
		},
	}
}

// appRewriteURLs is rewriteurls: rewrites WordPress URLs in a dump stream or a live
// database without breaking PHP-serialized data.
func appRewriteURLs() *cli.App {
	return &cli.App{
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
	}
}

// appCheckSite is checksite: is a site working after a sync?
func appCheckSite() *cli.App {
	return &cli.App{
		Name:      "checksite",
		Usage:     "check that an environment's WordPress works: home page and a sample of pages, compared with another environment",
		UsageText: "checksite --config wpsync.yml --env staging [--compare production] [--pages 10]",
		Description: `Fetches the home page and up to --pages URLs (from WordPress's sitemap,
wp-sitemap.xml, else the latest posts' feed) through the environment's URL, or
check.base_url in wpsync.yml with the site's Host header (a container's
address). Reports each page's status, time, PHP fatal-error markers and the
--compare environment's URLs left in the HTML; with --compare, the sample comes
from that environment and a page that works there but not here is a problem.
Exits 1 when the environment is unhealthy (a fatal error, a 5xx, a home page
that is not 200, or a page that works on the reference only). Reads only.`,
		Flags: []cli.Flag{
			cliapp.ConfigFlag(),
			&cli.StringFlag{Name: "env", Aliases: []string{"e"}, Usage: "the environment to check"},
			&cli.StringFlag{Name: "compare", Usage: "the reference `ENV` (production): same paths, its status codes, its URLs looked for in the pages"},
			&cli.IntFlag{Name: "pages", Value: 10, Usage: "pages to fetch besides the home page (check.pages in wpsync.yml)"},
			&cli.IntFlag{Name: "timeout", Value: 30, Usage: "`SECONDS` to wait for one page"},
		},
	}
}
