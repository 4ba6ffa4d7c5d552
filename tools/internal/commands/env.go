package commands

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/dbclient"
	"github.com/wpsync/wpsync/tools/internal/dump"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/host"
	"github.com/wpsync/wpsync/tools/internal/identity"
	"github.com/wpsync/wpsync/tools/internal/report"
)

// target is one environment, connected.
type target struct {
	cfg    *config.Config
	env    *config.Env
	host   host.Host
	client *dbclient.Client
}

// connect loads the config, finds the environment named by flag and
// connects to its host; db also prepares its database client.
func connect(c *cliapp.Ctx, flag string, writable, db bool) (*target, error) {
	cfg, err := c.Config()
	if err != nil {
		return nil, err
	}
	env, err := cfg.Env(c.String(flag))
	if err != nil {
		return nil, err
	}
	if writable { // every writable connect writes the database
		if err := mayWrite(c, env); err != nil {
			return nil, fmt.Errorf("%w. Writing %s's database would replace its data: every order, comment, user and form entry made there since the dump was taken would be lost (code goes to production with syncfiles; its data stays)", err, env.Name)
		}
	}
	t := &target{cfg: cfg, env: env}
	if db {
		if _, err := env.DBPassword(); err != nil { // before connecting: a config error is exit 2
			return nil, err
		}
	}
	h, err := host.Open(c.Ctx, env)
	if err != nil {
		return nil, err
	}
	t.host = h
	if db {
		if t.client, err = dbclient.New(h, env); err != nil {
			h.Close()
			return nil, err
		}
	}
	c.Log.Debug().Str("host", h.String()).Msg("connected")
	if writable { // every writable connect writes the database
		client := t.client
		if client == nil {
			client, err = dbclient.New(h, env)
		}
		if err == nil {
			err = guardIdentity(c, cfg, env, h, client, false, nil)
		}
		if err != nil {
			t.Close()
			return nil, err
		}
	}
	return t, nil
}

// mayWrite refuses to write a protected environment without
// --allow-protected. A preview (--dry-run) writes nothing, so it needs none.
func mayWrite(c *cliapp.Ctx, env *config.Env) error {
	if c.Bool("dry-run") {
		return nil
	}
	return env.CheckWritable(c.Bool("allow-protected"))
}

// guardIdentity refuses (exit 3) to write the unprotected environment env
// when its database (client != nil) or its docroot (files) is, by the
// servers' own account, that of a protected environment under another name.
// A protected environment that cannot be asked is a refusal too: what
// cannot be told apart is not written.
// open holds hosts the caller has connected already, by environment name
// (reused, not closed).
func guardIdentity(c *cliapp.Ctx, cfg *config.Config, env *config.Env, h host.Host, client *dbclient.Client, files bool, open map[string]host.Host) error {
	if env.Protected {
		return nil // written only with --allow-protected, checked before
	}
	var target identity.Dir
	if files {
		var err error
		if target, err = identity.Locate(c.Ctx, h, env.Path); err != nil {
			return err
		}
	}
	for _, name := range cfg.EnvNames() {
		p := cfg.Environments[name]
		if !p.Protected || p == env {
			continue
		}
		unsure := func(err error) error {
			return exit.Refusedf("cannot prove that environment %q is not protected environment %q under another name, so nothing was written: %v. "+
				"wpsync asks both servers before writing; make %q reachable with its credentials (in Jenkins: bind them in this step's credentials too)", env.Name, p.Name, err, p.Name)
		}
		checkDB := client != nil && identity.SameTables(env.DB, p.DB) // other names cannot collide
		if !checkDB && !files {
			continue
		}
		var err error
		ph, reused := open[p.Name]
		if !reused {
			if ph, err = host.Open(c.Ctx, p); err != nil {
				return unsure(err)
			}
		}
		err = func() error {
			if !reused {
				defer ph.Close()
			}
			if checkDB {
				pc, err := dbclient.New(ph, p)
				if err != nil {
					return unsure(err)
				}
				same, err := identity.SameServer(c.Ctx, client, pc)
				if err != nil {
					return unsure(err)
				}
				if same {
					return exit.Refusedf("environment %q is the database %s of protected environment %q under another name (one server answers both): nothing was written. Point environments.%s.db at the staging database in wpsync.yml",
						env.Name, p.DB.Name, p.Name, env.Name)
				}
			}
			if files {
				prod, err := identity.Locate(c.Ctx, ph, p.Path)
				if err != nil {
					return unsure(err)
				}
				if target.Overlaps(prod) {
					return exit.Refusedf("environment %q's path %s is the docroot %s of protected environment %q, or holds it or lies inside it, under another name (one host and directory answer both): nothing was written. Point environments.%s.ssh and .path at the staging site in wpsync.yml",
						env.Name, env.Path, p.Path, p.Name, env.Name)
				}
			}
			return nil
		}()
		if err != nil {
			return err
		}
		c.Log.Debug().Str("protected", p.Name).Msg("the target is not this protected environment (asked both servers)")
	}
	return nil
}

func (t *target) Close() { t.host.Close() }

// keepBackupDump dumps a protected environment's database before wpsync
// writes it, so the operator can undo the write from a file even after the
// swap's backup tables are gone. The file goes to --backup-dir (default
// ~/.cache/wpsync/backups/SITE) and its path into the summary and report.
func keepBackupDump(c *cliapp.Ctx, t *target, rep *report.Report) error {
	if !t.env.Protected {
		return nil
	}
	dir := c.String("backup-dir")
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			base = os.TempDir()
		}
		dir = filepath.Join(base, "wpsync", "backups", t.cfg.Site)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return exit.Usagef("backup directory %s: %v (set --backup-dir)", dir, err)
	}
	path := filepath.Join(dir, fmt.Sprintf("%s-%s-%s.sql.gz", t.cfg.Site, t.env.Name, time.Now().UTC().Format("20060102T150405.000Z")))
	c.Log.Info().Str("env", t.env.Name).Str("backup", path).Msg("protected database: keeping a dump of it before writing")
	out, err := dump.Create(path, nil)
	if err != nil {
		return exit.Usagef("%v", err)
	}
	if _, err = dump.Write(c.Ctx, t.client, t.client, out, c.Log, t.cfg.Site, nil); err != nil {
		return fmt.Errorf("backup dump of %s before writing it (nothing was written): %w", t.env.Name, err)
	}
	rep.Summary["backup_dump"] = path
	fmt.Fprintf(c.App.ErrWriter, "backup of %s's database before this write: %s (restore it with restoredb --in)\n", t.env.Name, path)
	return nil
}
