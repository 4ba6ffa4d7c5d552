package commands

import (
	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/dbclient"
	"github.com/wpsync/wpsync/tools/internal/host"
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
	if writable {
		if err := env.CheckWritable(c.Bool("allow-protected")); err != nil {
			return nil, err
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
	return t, nil
}

func (t *target) Close() { t.host.Close() }
