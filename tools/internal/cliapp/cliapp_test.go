package cliapp

import (
	"bytes"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/wpsync/wpsync/tools/internal/exit"
)

func runApp(t *testing.T, env map[string]string, args ...string) (int, string, string, string) {
	t.Helper()
	for k, v := range env {
		t.Setenv(k, v)
	}
	var out, errb bytes.Buffer
	var got string
	app := &cli.App{Name: "demo", Flags: []cli.Flag{&cli.StringFlag{Name: "from-env"}, &cli.BoolFlag{Name: "dry-run"}}}
	code := Run(append([]string{"demo"}, args...), &out, &errb, app, func(c *Ctx) error {
		got = c.String("from-env")
		if c.Bool("dry-run") {
			return exit.Refusedf("refused for the test")
		}
		return nil
	})
	return code, out.String(), errb.String(), got
}

func TestCommonBehaviour(t *testing.T) {
	code, _, stderr, _ := runApp(t, nil, "--bogus")
	if code != exit.Usage || !strings.Contains(stderr, "flag provided but not defined: -bogus: see demo --help") || strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
		t.Errorf("unknown flag: %d %q", code, stderr)
	}
	code, stdout, _, _ := runApp(t, nil, "--version")
	if code != 0 || !strings.Contains(stdout, "demo version dev (commit none)") {
		t.Errorf("--version: %d %q", code, stdout)
	}
	if code, _, _, got := runApp(t, map[string]string{"WPSYNC_FROM_ENV": "production"}); code != 0 || got != "production" {
		t.Errorf("WPSYNC_FROM_ENV not read: %d %q", code, got)
	}
	if code, _, stderr, _ := runApp(t, nil, "--dry-run", "--log-format", "json"); code != exit.Refused || !strings.Contains(stderr, `"exit_code":3`) {
		t.Errorf("refusal: %d %q", code, stderr)
	}
	if code, _, stderr, _ := runApp(t, nil, "stray"); code != exit.Usage || !strings.Contains(stderr, "unexpected argument") {
		t.Errorf("stray argument: %d %q", code, stderr)
	}
	if code, _, _, _ := runApp(t, nil, "--log-format", "xml"); code != exit.Usage {
		t.Errorf("bad log format: %d", code)
	}
}

func TestGuardsAreNeverReadFromTheEnvironment(t *testing.T) {
	for name := range Guards {
		t.Run(name, func(t *testing.T) {
			ran := false
			t.Setenv(EnvVar(name), "true")
			var out, errb bytes.Buffer
			app := &cli.App{Name: "demo", Flags: []cli.Flag{GuardFlag(name)}}
			code := Run([]string{"demo", "--log-format", "console"}, &out, &errb, app, func(c *Ctx) error { ran = true; return nil })
			if code != exit.Usage || ran {
				t.Fatalf("%s=true: exit %d, action ran %v; want exit 2 before the action", EnvVar(name), code, ran)
			}
			if !strings.Contains(errb.String(), EnvVar(name)+" is set in the environment") || !strings.Contains(errb.String(), "unset "+EnvVar(name)) {
				t.Errorf("message does not name the variable and the fix: %q", errb.String())
			}
		})
	}
	// On the command line the guard works.
	var out, errb bytes.Buffer
	var got bool
	app := &cli.App{Name: "demo", Flags: []cli.Flag{GuardFlag("allow-protected")}}
	if code := Run([]string{"demo", "--allow-protected"}, &out, &errb, app, func(c *Ctx) error { got = c.Bool("allow-protected"); return nil }); code != 0 || !got {
		t.Errorf("--allow-protected on the command line: exit %d, value %v", code, got)
	}
}
