package host

import (
	"context"
	"errors"
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
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, c.Stdout, c.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM) }
	cmd.WaitDelay = 5 * time.Second
	err = cmd.Run()
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
