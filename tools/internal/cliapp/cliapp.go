// Package cliapp gives the helpers one command-line behaviour: the
// common flags, WPSYNC_* environment variables for every flag, logging,
// signal handling, reports and the design's exit codes. A helper's main.go
// only declares its own flags and calls a package that does the work.
package cliapp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"sort"
	"strings"
	"syscall"

	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/dump"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/logx"
	"github.com/wpsync/wpsync/tools/internal/report"
)

// Set by the build (-ldflags -X). A binary built by `go install
// module/tools/...@vX.Y.Z` has no ldflags; it takes the module version.
var (
	Version = "dev"
	Commit  = "none"
)

// MemoryTarget is the soft memory limit of every helper (GOMEMLIMIT
// overrides it). Streams stay far below it; only a huge single value
// (tens of MB, which must be held to recompute its length) gets near, and
// then the garbage collector works harder instead of doubling the heap.
const MemoryTarget = 256 << 20

func init() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(MemoryTarget)
	}
	if Version != "dev" {
		return
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		Version = strings.TrimPrefix(info.Main.Version, "v")
	}
}

// Ctx is what an action gets; its Context is cancelled by SIGINT/SIGTERM.
type Ctx struct {
	*cli.Context
	Ctx      context.Context // cancelled by SIGINT/SIGTERM
	Log      zerolog.Logger
	Stdout   io.Writer
	redactor *logx.Redactor
	config   *config.Config
}

// Config loads the --config file once and registers its secrets for redaction.
func (c *Ctx) Config() (*config.Config, error) {
	if c.config != nil {
		return c.config, nil
	}
	cfg, err := config.Load(c.String("config"))
	if err != nil {
		return nil, err
	}
	for _, s := range cfg.Secrets() {
		c.redactor.Add(s)
	}
	c.config = cfg
	return cfg, nil
}

// Input opens a dump for reading (see dump.Open) so that a signal
// ends the run even while it waits for more input on a pipe.
func (c *Ctx) Input(path string) (io.ReadCloser, error) {
	r, err := dump.Open(path, c.App.Reader)
	if err != nil {
		return nil, err
	}
	stop := context.AfterFunc(c.Ctx, func() { r.Close() })
	return &cancelReader{ReadCloser: r, ctx: c.Ctx, stop: stop}, nil
}

// pollableStdin returns stdin in non-blocking mode when it is a pipe, so
// the Go runtime polls it and closing it ends a read that waits for data:
// that is how a signal stops `restoredb --in -` while its feeder is idle.
func pollableStdin() *os.File {
	fi, err := os.Stdin.Stat()
	if err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		return os.Stdin
	}
	if err := syscall.SetNonblock(int(os.Stdin.Fd()), true); err != nil {
		return os.Stdin
	}
	return os.NewFile(os.Stdin.Fd(), "/dev/stdin")
}

type cancelReader struct {
	io.ReadCloser
	ctx  context.Context
	stop func() bool
}

func (r *cancelReader) Read(p []byte) (int, error) {
	if err := r.ctx.Err(); err != nil {
		return 0, err
	}
	return r.ReadCloser.Read(p)
}

func (r *cancelReader) Close() error {
	r.stop()
	return r.ReadCloser.Close()
}

// Reported wraps an action that fills a report: the report is finished
// with the outcome and written to --report whatever happens.
func Reported(action func(*Ctx, *report.Report) error) func(*Ctx) error {
	return func(c *Ctx) error {
		rep := report.New("")
		err := action(c, rep)
		rep.Finish(err)
		if werr := c.WriteReport(rep); werr != nil && err == nil {
			err = werr
		}
		return err
	}
}

// WriteReport writes r as JSON to --report, if given, and the same as a
// page for people beside it (FILE.html).
func (c *Ctx) WriteReport(r *report.Report) error {
	r.Tool, r.Version = c.App.Name, Version
	path := c.String("report")
	if path == "" {
		return nil
	}
	if err := r.WriteFile(path, c.redactor.Secrets()); err != nil {
		return err
	}
	// The page is rendered from the JSON just written: secrets are
	// already redacted there.
	written, err := report.ReadFile(path)
	if err != nil {
		return err
	}
	return report.RenderHTML(HTMLPath(path), r.Tool+" · wpsync", []*report.Report{written})
}

// HTMLPath is the page beside a JSON report: FILE.json → FILE.html.
func HTMLPath(jsonPath string) string {
	return strings.TrimSuffix(jsonPath, ".json") + ".html"
}

// renderHTML writes one page for the reports of a run (--render-html).
func renderHTML(c *Ctx) error {
	var reps []*report.Report
	for _, f := range strings.Split(c.String("render-from"), ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		r, err := report.ReadFile(f)
		if err != nil {
			return exit.Usagef("--render-from: %v", err)
		}
		reps = append(reps, r)
	}
	if len(reps) == 0 {
		return exit.Usagef("--render-html needs --render-from REPORT.json[,REPORT.json…]")
	}
	title := c.String("render-title")
	if title == "" {
		title = "wpsync run"
	}
	return report.RenderHTML(c.String("render-html"), title, reps)
}

func commonFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "describe-env", Hidden: true, Usage: "print what the config says of `ENV` as JSON (protected, url, local) and exit; for the Jenkins library"},
		&cli.StringFlag{Name: "log-format", Value: "auto", Usage: "auto (console on a terminal, else JSON), console or json"},
		&cli.StringFlag{Name: "log-level", Value: "info", Usage: "trace, debug, info, warn or error"},
		&cli.StringFlag{Name: "report", Usage: "write the run's summary as JSON to `FILE` (and a page for people beside it: FILE.html)"},
		&cli.StringFlag{Name: "render-html", Hidden: true, Usage: "write one HTML page for the JSON reports in --render-from to `FILE` and exit; for the Jenkins library"},
		&cli.StringFlag{Name: "render-from", Hidden: true, Usage: "comma-separated JSON reports for --render-html"},
		&cli.StringFlag{Name: "render-title", Hidden: true, Usage: "the page's title for --render-html"},
	}
}

// Guards are the switches that lift a safety guard. Every helper knows all
// of them: they are taken from its command line only, and a WPSYNC_*
// variable for any of them is refused, so a variable left in a shell or set
// by a pipeline can never write production or lift a delete limit.
var Guards = map[string]string{
	"allow-protected":  "allow writing a protected environment (needs an approval in Jenkins)",
	"force":            "lift the --max-delete guard",
	"allow-any-path":   "write a target path that is not a WordPress root (no wp-includes/version.php and no wp-config.php)",
	"allow-other-dump": "restore a dump of another site, or one that holds another environment's URLs (not rewritten for this one)",
	"change-prefix":    "the dump's table `PREFIX`, changed to db.prefix on the way in (tables, the PREFIXuser_roles option, usermeta keys)",
}

// GuardFlag is the --NAME switch of Guards: command line only.
func GuardFlag(name string) cli.Flag {
	return &cli.BoolFlag{Name: name, Usage: guardUsage(name)}
}

// GuardValue is a guard that takes a value (--NAME VALUE): command line only.
func GuardValue(name string) cli.Flag {
	return &cli.StringFlag{Name: name, Usage: guardUsage(name)}
}

func guardUsage(name string) string {
	usage, ok := Guards[name]
	if !ok {
		panic("cliapp: " + name + " is not a guard")
	}
	return usage + " (command line only; never read from WPSYNC_*)"
}

// guardFromEnvironment refuses a WPSYNC_* variable that would lift a guard.
func guardFromEnvironment() error {
	names := make([]string, 0, len(Guards))
	for n := range Guards {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if _, set := os.LookupEnv(EnvVar(n)); set {
			return exit.Usagef("%s is set in the environment, but --%s lifts a safety guard and is taken from the command line only (a variable left in a shell or a pipeline must never write production): unset %s and pass --%s where it is meant", EnvVar(n), n, EnvVar(n), n)
		}
	}
	return nil
}

// ConfigFlag is --config, for the helpers that read wpsync.yml.
func ConfigFlag() cli.Flag {
	return &cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "the wpsync.yml `FILE`"}
}

// Main runs a helper and exits with the design's exit code.
func Main(app *cli.App, action func(*Ctx) error) {
	os.Exit(Run(os.Args, os.Stdout, os.Stderr, app, action))
}

// Run is Main without os.Exit, for tests.
func Run(args []string, stdout, stderr io.Writer, app *cli.App, action func(*Ctx) error) int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	// A reader of stdout that dies (the next command of a pipe) must give
	// an error with a message, not a silent exit 141: with SIGPIPE
	// caught, writes to the closed pipe return EPIPE.
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)
	log, redactor, _ := logx.New(stderr, "auto", "info")
	app.Flags = append(app.Flags, commonFlags()...)
	for _, f := range app.Flags {
		addEnvVar(f)
	}
	app.Version = fmt.Sprintf("%s (commit %s)", Version, Commit)
	app.Writer, app.ErrWriter = stdout, stderr
	if app.Reader == nil {
		app.Reader = pollableStdin()
	}
	app.HideHelpCommand = true
	app.ExitErrHandler = func(*cli.Context, error) {}
	app.OnUsageError = func(c *cli.Context, err error, _ bool) error {
		return exit.Usagef("%v: see %s --help", err, app.Name)
	}
	app.Action = func(c *cli.Context) error {
		if c.NArg() > 0 {
			return exit.Usagef("unexpected argument %q: %s takes only flags; see %s --help", c.Args().First(), app.Name, app.Name)
		}
		l, red, err := logx.New(stderr, c.String("log-format"), c.String("log-level"))
		if err != nil {
			return exit.Usagef("%v", err)
		}
		log, redactor = l, red
		ctx := &Ctx{Context: c, Ctx: c.Context, Log: log, Stdout: stdout, redactor: redactor}
		if err := guardFromEnvironment(); err != nil {
			rep := report.New("") // the caller (Jenkins) reads the reason from the report
			rep.Finish(err)
			ctx.WriteReport(rep)
			return err
		}
		if name := c.String("describe-env"); name != "" {
			return describeEnv(ctx, name)
		}
		if c.String("render-html") != "" {
			return renderHTML(ctx)
		}
		return action(ctx)
	}
	err := app.RunContext(ctx, args)
	code := exit.CodeOf(err)
	if err != nil {
		msg := err.Error()
		if ctx.Err() != nil {
			msg = "interrupted by a signal: the run was stopped and what it had started was cleaned up (" + msg + ")"
		}
		if strings.HasPrefix(msg, "Required flag") {
			code = exit.Usage
			msg += ": see " + app.Name + " --help"
		}
		log.WithLevel(levelFor(code)).Int("exit_code", code).Msg(msg)
	}
	return code
}

func levelFor(code int) zerolog.Level {
	if code == exit.Refused {
		return zerolog.WarnLevel
	}
	return zerolog.ErrorLevel
}

// EnvVar is the environment variable that sets a flag: WPSYNC_<FLAG>.
func EnvVar(flag string) string {
	return "WPSYNC_" + strings.ToUpper(strings.ReplaceAll(flag, "-", "_"))
}

func addEnvVar(f cli.Flag) {
	name := f.Names()[0]
	if _, guard := Guards[name]; guard {
		return
	}
	env := []string{EnvVar(name)}
	switch f := f.(type) {
	case *cli.StringFlag:
		f.EnvVars = env
	case *cli.BoolFlag:
		f.EnvVars = env
	case *cli.IntFlag:
		f.EnvVars = env
	case *cli.Int64Flag:
		f.EnvVars = env
	case *cli.StringSliceFlag:
		f.EnvVars = env
	case *cli.DurationFlag:
		f.EnvVars = env
	default:
		panic(fmt.Sprintf("cliapp: flag %s of type %T has no WPSYNC_* variable", name, f))
	}
}

// describeEnv answers the Jenkins library's one question before it runs a
// step: is this environment protected (so an approval is needed first)?
func describeEnv(c *Ctx, name string) error {
	cfg, err := c.Config()
	if err != nil {
		return err
	}
	e, err := cfg.Env(name)
	if err != nil {
		return err
	}
	return json.NewEncoder(c.Stdout).Encode(map[string]any{"name": e.Name, "site": cfg.Site, "protected": e.Protected, "url": e.URL, "local": e.IsLocal()})
}
