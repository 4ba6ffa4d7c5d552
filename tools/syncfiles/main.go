// Command syncfiles copies WordPress code between environments with rsync:
// preview, protected files, a delete guard, and backups with rollback when
// the target is protected.
package main

import (
	"github.com/urfave/cli/v2"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/commands"
)

func main() {
	cliapp.Main(&cli.App{
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
	}, commands.SyncFiles)
}
