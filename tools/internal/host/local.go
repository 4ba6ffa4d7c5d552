package host

import (
	"context"
	"errors"
	"io"
	"net"
	"os/exec"
	"syscall"
	"time"
)

// Local is the helper's own machine.
type Local struct{ Label string }

func (l *Local) String() string { return l.Label + " (local)" }

func (l *Local) Run(ctx context.Context, c Cmd) error {
	script, stdin, err := wrap(c)
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, "/bin/sh", "-c", script)
	cmd.Stdout, cmd.Stderr = c.Stdout, c.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM) }
	cmd.WaitDelay = 5 * time.Second
	// Stdin is copied on a goroutine Run does not wait for (as over SSH):
	// a command that exits without reading all of it (a client that could
	// not connect) ends Run at once, not when the caller's stream ends.
	in, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	if err = cmd.Start(); err == nil {
		go func() {
			io.Copy(in, stdin)
			in.Close()
		}()
		err = cmd.Wait()
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return &ExitError{Status: ee.ExitCode()}
	}
	return err
}

func (l *Local) Dial(ctx context.Context, network, addr string) (net.Conn, error) {
	var d net.Dialer
	return d.DialContext(ctx, network, addr)
}

func (l *Local) Close() error { return nil }
