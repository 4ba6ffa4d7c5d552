package host

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestLocalRunPassesSecretsOnStdin(t *testing.T) {
	h := &Local{Label: "staging"}
	var out bytes.Buffer
	err := h.Run(context.Background(), Cmd{
		Script:  `printf '%s|' "$PW"; cat; ps -o args= -p $$`,
		Secrets: map[string]string{"PW": "s3cret"},
		Stdin:   strings.NewReader("data"),
		Stdout:  &out,
	})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "s3cret|data") || strings.Count(out.String(), "s3cret") != 1 {
		t.Errorf("out %q (the secret once, from the environment, never in argv)", out.String())
	}
}

func TestSecretsWithANewlineAreRefused(t *testing.T) {
	err := (&Local{}).Run(context.Background(), Cmd{Script: "true", Secrets: map[string]string{"PW": "a\nb"}})
	if err == nil || !strings.Contains(err.Error(), "secret PW contains a newline") {
		t.Errorf("err %v", err)
	}
}

func TestOutputQuotesTheLastLinesOfStderr(t *testing.T) {
	_, err := Output(context.Background(), &Local{}, "for i in 1 2 3 4 5 6 7; do echo line$i >&2; done; exit 3", nil)
	var ee *ExitError
	if !errors.As(err, &ee) || ee.Status != 3 || ee.Stderr != "line3\nline4\nline5\nline6\nline7" {
		t.Errorf("err %#v", err)
	}
	if !strings.Contains(err.Error(), "exit status 3: line3") {
		t.Errorf("message %q", err.Error())
	}
}

// A command that exits without reading its input ends the run at once,
// though the caller's stream stays open.
func TestRunEndsWhenTheCommandExitsUnread(t *testing.T) {
	r, w := bytesPipe()
	defer w.Close()
	done := make(chan error, 1)
	go func() { done <- (&Local{}).Run(context.Background(), Cmd{Script: "exit 4", Stdin: r}) }()
	select {
	case err := <-done:
		var ee *ExitError
		if !errors.As(err, &ee) || ee.Status != 4 {
			t.Errorf("err %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("Run waited for the unread input")
	}
}

// Cancelling the context ends the command and what it started.
func TestCancelEndsTheProcessGroup(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	done := make(chan error, 1)
	started := make(chan struct{})
	go func() {
		done <- (&Local{}).Run(ctx, Cmd{Script: "echo up; sleep 300 & wait", Stdout: writerFunc(func(p []byte) (int, error) {
			if bytes.Contains(p, []byte("up")) {
				close(started)
			}
			return out.Write(p)
		})})
	}()
	<-started
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("the command outlived its context")
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// bytesPipe is an input stream that stays open until closed.
func bytesPipe() (*pipeReader, *pipeReader) { p := &pipeReader{c: make(chan struct{})}; return p, p }

type pipeReader struct{ c chan struct{} }

func (p *pipeReader) Read([]byte) (int, error) { <-p.c; return 0, errors.New("closed") }
func (p *pipeReader) Close() error             { close(p.c); return nil }
