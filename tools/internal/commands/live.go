package commands

import (
	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/report"
	"github.com/wpsync/wpsync/tools/internal/rewrite"
)

func rewriteLive(c *cliapp.Ctx, cfg *config.Config, opts rewrite.Options, rep *report.Report) error {
	if cfg == nil {
		return exit.Usagef("--env needs --config wpsync.yml")
	}
	return exit.Usagef("live database mode is not built yet")
}
