// Package host runs commands and opens connections on an environment's
// machine: the helper's own (Local) or one reached over SSH (SSH). Both run
// the same POSIX script the same way, so everything above this package is
// written once.
package host

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sort"
	"strings"

	"github.com/wpsync/wpsync/tools/internal/shell"
)

// Host is a machine wpsync works on.
type Host interface {
	// String names the host for messages, e.g. "production (deploy@prod:22)".
	String() string
	// Run runs c.Script with /bin/sh and waits. Cancelling ctx ends the
	// command and every process it started.
	Run(ctx context.Context, c Cmd) error
	// Dial opens a connection from the host: "tcp" host:port or "unix" path.
	Dial(ctx context.Context, network, addr string) (net.Conn, error)
	Close() error
}

// Cmd is one script to run. Script must be built from literal fragments
// and shell.Join/shell.Quote of data, never by pasting data in.
type Cmd struct {
	Script string
	// Secrets become exported environment variables of the script. They
	// travel on stdin, ahead of Stdin, never in argv.
	Secrets map[string]string
	Stdin   io.Reader
	Stdout  io.Writer
	Stderr  io.Writer
}

// ExitError is a script that ran and exited non-zero.
type ExitError struct {
	Status int
	Stderr string // last lines of stderr when the caller did not take it
}

func (e *ExitError) Error() string {
	if e.Stderr != "" {
		return fmt.Sprintf("exit status %d: %s", e.Status, e.Stderr)
	}
	return fmt.Sprintf("exit status %d", e.Status)
}

// wrap turns a Cmd into the script and stdin actually sent. The script
// reads the secrets first, then runs the user script in the background of
// a shell that, on TERM/INT/HUP, kills its whole process group: that is how
// a cancelled context ends every process of a pipeline, remote or local.
func wrap(c Cmd) (script string, stdin io.Reader, err error) {
	var b strings.Builder
	var lines strings.Builder
	names := make([]string, 0, len(c.Secrets))
	for n := range c.Secrets {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		v := c.Secrets[n]
		if strings.ContainsAny(v, "\n\x00") {
			return "", nil, fmt.Errorf("secret %s contains a newline or NUL byte", n)
		}
		fmt.Fprintf(&b, "IFS= read -r %s || exit 97; export %s; ", n, n)
		lines.WriteString(v + "\n")
	}
	b.WriteString("trap 'trap - TERM INT HUP; kill -TERM 0 2>/dev/null; exit 143' TERM INT HUP; exec 3<&0; (")
	b.WriteString(c.Script)
	b.WriteString("\n) <&3 3<&- & wait $!")
	in := c.Stdin
	if in == nil {
		in = strings.NewReader("")
	}
	if lines.Len() > 0 {
		in = io.MultiReader(strings.NewReader(lines.String()), in)
	}
	return b.String(), in, nil
}

// Output runs a script and returns its stdout; stderr goes into the error.
func Output(ctx context.Context, h Host, script string, secrets map[string]string) (string, error) {
	var out, errb bytes.Buffer
	err := h.Run(ctx, Cmd{Script: script, Secrets: secrets, Stdout: &out, Stderr: &errb})
	if err != nil {
		var ee *ExitError
		if errors.As(err, &ee) && ee.Stderr == "" {
			ee.Stderr = strings.Join(shell.LastLines(errb.String(), 5), "\n")
		}
		return out.String(), err
	}
	return out.String(), nil
}
