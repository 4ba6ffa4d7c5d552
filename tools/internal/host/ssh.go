package host

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/melbahja/goph"
	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/knownhosts"

	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/shell"
)

// SSH is a remote machine reached with OpenSSH-compatible settings taken
// only from wpsync.yml (never ~/.ssh/config).
type SSH struct {
	label  string
	sudo   bool // commands run under sudo -n (ssh.sudo)
	client *goph.Client
	jump   *ssh.Client
	stop   chan struct{}
	once   sync.Once
}

// KeepaliveInterval is how often an idle connection is probed; three missed
// answers close it so a dead link fails the run instead of hanging it.
var KeepaliveInterval = 15 * time.Second

// Open connects to env's host: Local for an environment without ssh.
func Open(ctx context.Context, env *config.Env) (Host, error) {
	if env.IsLocal() {
		return &Local{Label: env.Name}, nil
	}
	return DialSSH(ctx, env)
}

// DialSSH connects to env over SSH, through the jump host if one is set.
func DialSSH(ctx context.Context, env *config.Env) (*SSH, error) {
	s := env.SSH
	auth, err := authFor(env)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(s.KnownHosts); err != nil {
		return nil, exit.Usagef("environment %q: known_hosts file %s: %v: create it with the host's key (ssh-keyscan -p %d %s >> %s, then compare the fingerprint with the server's)", env.Name, s.KnownHosts, errors.Unwrap(err), s.Port, s.Host, s.KnownHosts)
	}
	callback, err := hostKeyCallback(env.Name, s.KnownHosts)
	if err != nil {
		return nil, err
	}
	cfg := &ssh.ClientConfig{User: s.User, Auth: auth, HostKeyCallback: callback, Timeout: 20 * time.Second}
	addr := net.JoinHostPort(s.Host, strconv.Itoa(s.Port))
	h := &SSH{label: fmt.Sprintf("%s (%s@%s)", env.Name, s.User, addr), stop: make(chan struct{}), sudo: s.Sudo}

	var conn net.Conn
	if s.Jump != "" {
		juser, jaddr := parseJump(s.Jump, s.User)
		jcfg := *cfg
		jcfg.User = juser
		h.jump, err = dialClient(ctx, "tcp", jaddr, &jcfg)
		if err != nil {
			return nil, fmt.Errorf("environment %q: jump host %s: %w", env.Name, jaddr, err)
		}
		conn, err = h.jump.DialContext(ctx, "tcp", addr)
	} else {
		conn, err = (&net.Dialer{Timeout: cfg.Timeout}).DialContext(ctx, "tcp", addr)
		conn = withQuickAck(conn)
	}
	if err != nil {
		h.Close()
		return nil, fmt.Errorf("environment %q: connect to %s: %w (is the host up and the port right?)", env.Name, addr, err)
	}
	c, chans, reqs, err := ssh.NewClientConn(conn, addr, cfg)
	if err != nil {
		conn.Close()
		h.Close()
		return nil, sshAdvice(env, addr, err)
	}
	h.client = &goph.Client{Client: ssh.NewClient(c, chans, reqs)}
	go h.keepalive()
	return h, nil
}

func dialClient(ctx context.Context, network, addr string, cfg *ssh.ClientConfig) (*ssh.Client, error) {
	conn, err := (&net.Dialer{Timeout: cfg.Timeout}).DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	conn = withQuickAck(conn)
	c, chans, reqs, err := ssh.NewClientConn(conn, addr, cfg)
	if err != nil {
		conn.Close()
		return nil, err
	}
	return ssh.NewClient(c, chans, reqs), nil
}

func parseJump(jump, defaultUser string) (user, addr string) {
	user = defaultUser
	if i := strings.LastIndex(jump, "@"); i >= 0 {
		user, jump = jump[:i], jump[i+1:]
	}
	if _, _, err := net.SplitHostPort(jump); err != nil {
		jump = net.JoinHostPort(jump, "22")
	}
	return user, jump
}

func authFor(env *config.Env) ([]ssh.AuthMethod, error) {
	if key := env.SSHKeyFile(); key != "" {
		a, err := goph.Key(key, env.SSHKeyPassphrase())
		if err != nil {
			var missing *ssh.PassphraseMissingError
			if errors.As(err, &missing) {
				return nil, exit.Usagef("environment %q: SSH key %s is encrypted: export its passphrase as %s", env.Name, key, env.Var("SSH_KEY_PASSPHRASE"))
			}
			return nil, exit.Usagef("environment %q: SSH key %s: %v (check ssh.key_file or %s)", env.Name, key, err, env.Var("SSH_KEY_FILE"))
		}
		return a, nil
	}
	if goph.HasAgent() {
		a, err := goph.UseAgent()
		if err != nil {
			return nil, fmt.Errorf("environment %q: SSH agent: %w", env.Name, err)
		}
		return a, nil
	}
	return nil, exit.Usagef("environment %q: no SSH key: set ssh.key_file or %s, or start an SSH agent (SSH_AUTH_SOCK)", env.Name, env.Var("SSH_KEY_FILE"))
}

// hostKeyCallback verifies against known_hosts and turns the two failures
// into advice that shows the fingerprint the server presented.
func hostKeyCallback(envName, file string) (ssh.HostKeyCallback, error) {
	check, err := knownhosts.New(file)
	if err != nil {
		return nil, exit.Usagef("environment %q: known_hosts file %s: %v", envName, file, err)
	}
	return func(hostname string, remote net.Addr, key ssh.PublicKey) error {
		err := check(hostname, remote, key)
		var ke *knownhosts.KeyError
		if !errors.As(err, &ke) {
			return err
		}
		fp := key.Type() + " " + ssh.FingerprintSHA256(key)
		host, port, _ := net.SplitHostPort(hostname)
		if len(ke.Want) == 0 {
			return exit.Refusedf("host key of %s is not in %s: the server offered %s. If that fingerprint is the server's (ask its admin or check its console), add it with: ssh-keyscan -p %s %s >> %s", hostname, file, fp, port, host, file)
		}
		return exit.Refusedf("HOST KEY CHANGED for %s: the server offered %s but %s:%d expects another key. This may be an attack; connection refused. If the server was rebuilt, verify the new fingerprint, then: ssh-keygen -f %s -R '[%s]:%s' and add the new key", hostname, fp, ke.Want[0].Filename, ke.Want[0].Line, file, host, port)
	}, nil
}

func sshAdvice(env *config.Env, addr string, err error) error {
	var ee *exit.Error
	if errors.As(err, &ee) {
		return &exit.Error{Code: ee.Code, Err: fmt.Errorf("environment %q: %w", env.Name, ee.Err)}
	}
	if strings.Contains(err.Error(), "unable to authenticate") {
		return fmt.Errorf("environment %q: %s refused the login of %s with the given key: check ssh.user, the key (ssh.key_file / %s) and the user's authorized_keys", env.Name, addr, env.SSH.User, env.Var("SSH_KEY_FILE"))
	}
	return fmt.Errorf("environment %q: SSH to %s: %w", env.Name, addr, err)
}

func (h *SSH) keepalive() {
	t := time.NewTicker(KeepaliveInterval)
	defer t.Stop()
	missed := 0
	for {
		select {
		case <-h.stop:
			return
		case <-t.C:
			done := make(chan error, 1)
			go func() {
				_, _, err := h.client.SendRequest("keepalive@openssh.com", true, nil)
				done <- err
			}()
			select {
			case err := <-done:
				if err != nil {
					return
				}
				missed = 0
			case <-time.After(KeepaliveInterval):
				if missed++; missed >= 3 {
					h.client.Close()
					return
				}
			}
		}
	}
}

func (h *SSH) String() string { return h.label }

// Run runs the script with /bin/sh on the remote host. On cancellation it
// sends TERM (the wrapper then kills the script's process group) and
// closes the session.
func (h *SSH) Run(ctx context.Context, c Cmd) error {
	script, stdin, err := wrap(c)
	if err != nil {
		return err
	}
	sess, err := h.client.NewSession()
	if err != nil {
		return fmt.Errorf("%s: open SSH session: %w", h.label, err)
	}
	defer sess.Close()
	stdout, stderr := c.Stdout, c.Stderr
	if stdout == nil {
		stdout = io.Discard
	}
	if stderr == nil {
		stderr = io.Discard
	}
	sess.Stdout, sess.Stderr = stdout, stderr
	in, err := sess.StdinPipe()
	if err != nil {
		return err
	}
	start := "exec /bin/sh -c " + shell.Join(script)
	if h.sudo {
		// -n: never wait for a password; the wrapper's secrets come on
		// stdin, which sudo passes through.
		start = "exec sudo -n /bin/sh -c " + shell.Join(script)
	}
	if err := sess.Start(start); err != nil {
		return fmt.Errorf("%s: start remote command: %w", h.label, err)
	}
	go func() {
		io.Copy(in, stdin)
		in.Close()
	}()
	done := make(chan error, 1)
	go func() { done <- sess.Wait() }()
	select {
	case err = <-done:
	case <-ctx.Done():
		sess.Signal(ssh.SIGTERM)
		select {
		case <-done:
		case <-time.After(5 * time.Second):
		}
		sess.Close()
		return ctx.Err()
	}
	var ee *ssh.ExitError
	if errors.As(err, &ee) {
		return &ExitError{Status: ee.ExitStatus()}
	}
	var missing *ssh.ExitMissingError
	if errors.As(err, &missing) {
		return fmt.Errorf("%s: the SSH connection closed before the remote command finished (network drop or sshd restart): %w", h.label, err)
	}
	return err
}

// Dial opens a TCP or unix-socket connection from the remote host
// (direct-tcpip / direct-streamlocal), e.g. for the MySQL driver.
func (h *SSH) Dial(ctx context.Context, network, addr string) (net.Conn, error) {
	c, err := h.client.DialContext(ctx, network, addr)
	if err != nil {
		return nil, fmt.Errorf("%s: tunnel to %s %s: %w (is the service listening there, and does sshd allow forwarding?)", h.label, network, addr, err)
	}
	return c, nil
}

func (h *SSH) Close() error {
	h.once.Do(func() { close(h.stop) })
	var err error
	if h.client != nil {
		err = h.client.Close()
	}
	if h.jump != nil {
		h.jump.Close()
	}
	return err
}
