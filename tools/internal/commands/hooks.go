package commands

import (
	"errors"
	"fmt"
	"strings"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/host"
	"github.com/wpsync/wpsync/tools/internal/report"
	"github.com/wpsync/wpsync/tools/internal/shell"
)

// hookResult is one after_sync/after_restore command's outcome.
type hookResult struct {
	Command string `json:"command"`
	Exit    int    `json:"exit"`
	Output  string `json:"output,omitempty"`
}

// runHooks runs env's commands for stage ("sync" or "restore") on h, each
// in env's path (or inside env's app container), reports each one, and
// returns an error naming the first that failed: what it follows is done,
// but the site may serve cached content until the command is fixed.
func runHooks(c *cliapp.Ctx, h host.Host, env *config.Env, stage string, rep *report.Report) error {
	cmds := env.Hooks(stage)
	if len(cmds) == 0 {
		return nil
	}
	var results []hookResult
	var failed error
	for _, cmd := range cmds {
		script := cmd
		switch {
		case env.Path != "" && cmd == config.DefaultHook:
			script = "cd -- " + shell.Quote(env.Path) + " 2>/dev/null; " + cmd // WP-CLI finds the site from there
		case env.Path != "":
			script = "cd -- " + shell.Quote(env.Path) + " && " + cmd
		}
		if env.AppContainer != "" {
			script = shell.Join("docker", "exec", "-i", env.AppContainer, "sh", "-c", cmd)
		}
		out, err := host.Output(c.Ctx, h, script+" 2>&1", nil)
		shown := cmd
		if cmd == config.DefaultHook {
			shown = "wp cache flush (the default, when WP-CLI is installed)"
		}
		r := hookResult{Command: shown, Output: strings.Join(shell.LastLines(out, 5), "\n")}
		var ee *host.ExitError
		switch {
		case errors.As(err, &ee):
			r.Exit = ee.Status
		case err != nil:
			r.Exit = -1
			r.Output = err.Error()
		}
		results = append(results, r)
		said := ""
		if r.Output != "" {
			said = ": " + strings.ReplaceAll(r.Output, "\n", " | ")
		}
		fmt.Fprintf(c.App.ErrWriter, "after_%s on %s: %s → exit %d%s\n", stage, env.Name, shown, r.Exit, said)
		if r.Exit != 0 && failed == nil {
			failed = fmt.Errorf("the %s on %s is done, but its after_%s command %q failed (exit %d)%s; until it is fixed the site may serve cached content (see after_%s in wpsync.yml)",
				map[string]string{"sync": "file sync", "restore": "database restore"}[stage], env.Name, stage, shown, r.Exit, said, stage)
		}
	}
	rep.Summary["after_"+stage] = results
	return failed
}
