package dbclient

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/wpsync/wpsync/tools/internal/host"
)

// Source is a client tool's output being read as it runs: a dump tool's
// stream. Read it to its end (the error at the end is the tool's failure),
// then Wait.
type Source struct {
	pr      *io.PipeReader
	done    chan error
	stderr  bytes.Buffer
	c       *Client
	stopped atomic.Bool
	failed  atomic.Bool // the tool failed before the reader stopped it
}

// Output runs tool once per argument list, one after the other (in one
// remote command: a session each costs a round trip and a shell), and
// returns their stdout as one stream; a failed run ends it.
func (c *Client) Output(ctx context.Context, t Tool, runs ...[]string) *Source {
	pr, pw := io.Pipe()
	s := &Source{pr: pr, done: make(chan error, 1), c: c}
	scripts := make([]string, len(runs))
	for i, args := range runs {
		scripts[i] = c.Script(t, args...)
	}
	go func() {
		var err error
		if len(scripts) > 0 {
			err = c.Host.Run(ctx, host.Cmd{Script: strings.Join(scripts, " &&\n"), Secrets: c.secrets(), Stdout: pw, Stderr: &s.stderr})
		}
		s.failed.Store(err != nil && !s.stopped.Load())
		pw.CloseWithError(err)
		s.done <- err
	}()
	return s
}

func (s *Source) Read(p []byte) (int, error) { return s.pr.Read(p) }

// Stop ends the read early: the tool fails on its next write.
func (s *Source) Stop(cause error) {
	s.stopped.Store(true)
	s.pr.CloseWithError(cause)
}

// Wait waits for the tool and returns its failure with advice, and
// whether the tool failed on its own (not because Stop cut it off): its
// failure, not the reader's, is then the cause to report.
func (s *Source) Wait() (own bool, err error) {
	if err := <-s.done; err != nil {
		return s.failed.Load(), s.c.advice(err, s.stderr.String())
	}
	return false, nil
}

// Sink is a client tool reading what is written to it: the SQL client
// importing a dump.
type Sink struct {
	pw     *io.PipeWriter
	done   chan error
	exited chan struct{}
	stderr bytes.Buffer
	c      *Client
	once   sync.Once
	err    error
}

// ErrClientExited is what a write to a Sink returns after the client
// stopped reading without failing.
var ErrClientExited = errors.New("the database client exited before the end of the input")

// Input runs tool with args, reading its stdin from what is written to
// the returned Sink; its stdout goes to stdout (nil: discarded).
func (c *Client) Input(ctx context.Context, t Tool, args []string, stdout io.Writer) *Sink {
	if stdout == nil {
		stdout = io.Discard
	}
	pr, pw := io.Pipe()
	s := &Sink{pw: pw, done: make(chan error, 1), exited: make(chan struct{}), c: c}
	go func() {
		err := c.Run(ctx, t, args, pr, stdout, &s.stderr)
		if err == nil { // a client that stops reading early fails the writer
			pr.CloseWithError(ErrClientExited)
		} else {
			pr.CloseWithError(err)
		}
		s.done <- err
		close(s.exited)
	}()
	return s
}

// Exited is closed when the client has exited.
func (s *Sink) Exited() <-chan struct{} { return s.exited }

func (s *Sink) Write(p []byte) (int, error) { return s.pw.Write(p) }

// Close ends the input and returns the client's failure, with advice.
func (s *Sink) Close() error { return s.finish(nil) }

// Abort ends the input mid-stream for cause and returns the client's own
// failure, if it had one (it usually fails on a cut statement: the cause
// is then the caller's to report).
func (s *Sink) Abort(cause error) error { return s.finish(cause) }

func (s *Sink) finish(cause error) error {
	s.once.Do(func() {
		s.pw.CloseWithError(cause)
		if err := <-s.done; err != nil {
			s.err = s.c.advice(err, s.stderr.String())
		}
	})
	return s.err
}
