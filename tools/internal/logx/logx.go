// Package logx sets up zerolog the same way for every helper: a human
// console on a terminal, JSON otherwise or when asked, and a redacting
// writer underneath so that no secret value ever reaches a log line.
package logx

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
)

// New returns a logger writing to w in the given format (auto, console or
// json) at the given level, and the redactor under it: every secret added
// to the redactor is replaced in everything logged.
func New(w io.Writer, format, level string) (zerolog.Logger, *Redactor, error) {
	lvl, err := zerolog.ParseLevel(level)
	if err != nil || level == "" {
		return zerolog.Nop(), nil, fmt.Errorf("--log-level %q: use one of trace, debug, info, warn, error", level)
	}
	red := NewRedactor(w, nil)
	var out io.Writer = red
	switch format {
	case "json":
	case "console":
		out = zerolog.ConsoleWriter{Out: red, TimeFormat: time.TimeOnly, NoColor: !isTerminal(w)}
	case "auto", "":
		if isTerminal(w) {
			out = zerolog.ConsoleWriter{Out: red, TimeFormat: time.TimeOnly}
		}
	default:
		return zerolog.Nop(), nil, fmt.Errorf("--log-format %q: use auto, console or json", format)
	}
	return zerolog.New(out).Level(lvl).With().Timestamp().Logger(), red, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isatty.IsTerminal(f.Fd())
}

// Redactor replaces secret values, raw and JSON-escaped, in everything
// written through it. Each Write is redacted whole, and zerolog writes one
// event per Write, so a secret cannot be split across two calls.
type Redactor struct {
	mu      sync.Mutex
	w       io.Writer
	secrets [][]byte
}

// NewRedactor wraps w.
func NewRedactor(w io.Writer, secrets []string) *Redactor {
	r := &Redactor{w: w}
	for _, s := range secrets {
		r.Add(s)
	}
	return r
}

// Add registers one more secret.
func (r *Redactor) Add(secret string) {
	if len(secret) < 3 { // too short to redact without destroying the log
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.secrets = append(r.secrets, []byte(secret))
	if esc, _ := json.Marshal(secret); len(esc) > 2 && string(esc[1:len(esc)-1]) != secret {
		r.secrets = append(r.secrets, esc[1:len(esc)-1])
	}
}

// Secrets returns the registered values, for other outputs to redact.
func (r *Redactor) Secrets() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]string, len(r.secrets))
	for i, s := range r.secrets {
		out[i] = string(s)
	}
	return out
}

func (r *Redactor) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := p
	for _, s := range r.secrets {
		if bytes.Contains(out, s) {
			out = bytes.ReplaceAll(out, s, []byte("[REDACTED]"))
		}
	}
	if _, err := r.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
