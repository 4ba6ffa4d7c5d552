package commands

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/rsync"
)

// refreshMirror brings the local mirror of env's files up to date (--mirror,
// else a directory under the user's cache kept between runs, so each leg
// is incremental) with opts' filters, and returns its path. Both the
// relay of two remote environments and the Git snapshot read from it.
func refreshMirror(c *cliapp.Ctx, cfg *config.Config, from *config.Env, opts rsync.Options) (string, *rsync.Result, error) {
	mirror := c.String("mirror")
	if mirror == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			base = os.TempDir()
		}
		mirror = filepath.Join(base, "wpsync", "mirror", cfg.Site, from.Name)
	}
	if err := os.MkdirAll(mirror, 0o700); err != nil {
		return "", nil, exit.Usagef("mirror directory %s: %v (set --mirror)", mirror, err)
	}
	// The mirror is always a whole copy: never a preview, no backup, no
	// ownership of the target's.
	opts.DryRun, opts.Mirror, opts.BackupDir, opts.Chown, opts.Chmod = false, true, "", "", ""
	c.Log.Info().Str("from", from.Name).Str("mirror", mirror).Msg("updating the local mirror")
	res, err := rsync.Run(c.Ctx, rsync.Endpoint{Env: from, Path: from.Path}, rsync.Endpoint{Path: mirror}, opts, c.Log)
	if err != nil {
		return "", nil, fmt.Errorf("copy %s to the mirror %s: %w", from.Name, mirror, err)
	}
	return mirror, res, nil
}
