// Package rsync runs the real rsync between two environments with the SSH
// settings of wpsync.yml (key, known_hosts, port, jump host; nothing from
// ~/.ssh/config), WordPress-aware filters, a delete guard, and backups of
// everything a run overwrites or deletes on a protected target.
package rsync

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/rs/zerolog"

	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/progress"
	"github.com/wpsync/wpsync/tools/internal/shell"
)

// Endpoint is one side of a transfer.
type Endpoint struct {
	Env  *config.Env // nil: a local directory (the mirror)
	Path string
}

func (e Endpoint) remote() bool { return e.Env != nil && !e.Env.IsLocal() }

// spec is the rsync argument for the endpoint's directory (trailing slash:
// the contents). Paths go to the remote rsync as data (--protect-args).
func (e Endpoint) spec() string {
	p := strings.TrimRight(e.Path, "/") + "/"
	if e.remote() {
		return e.Env.SSH.User + "@" + bracket(e.Env.SSH.Host) + ":" + p
	}
	return p
}

func bracket(h string) string {
	if strings.Contains(h, ":") {
		return "[" + h + "]"
	}
	return h
}

// DefaultExcludes are never synced: media (on S3 in the usual setup),
// caches, upgrade leftovers, VCS data, and wpsync's own backups.
var DefaultExcludes = []string{"/wp-content/uploads/", "/wp-content/cache/", "/wp-content/upgrade/", "/.git/", "/.wpsync-backups/"}

// Excludes returns the built-in filters plus extra ones, without repeats
// (wp-content/uploads/ and /wp-content/uploads/ count as one).
func Excludes(extra []string) []string {
	out := append([]string{}, DefaultExcludes...)
	seen := map[string]bool{}
	for _, p := range out {
		seen[strings.TrimPrefix(p, "/")] = true
	}
	for _, p := range extra {
		if k := strings.TrimPrefix(p, "/"); !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return out
}

// Options of a run.
type Options struct {
	DryRun    bool
	Delete    bool
	MaxDelete int // refuse a run that would delete more; 0 means no limit
	Force     bool
	Excludes  []string
	Protect   []string // never overwritten or deleted on the target
	Chown     string
	Chmod     string
	BackupDir string // absolute path on the target: keep what is overwritten or deleted
	Mirror    bool   // the target is our own mirror: always exact, no guard
}

// Change is one itemized change.
type Change struct {
	Op   string // new, changed, deleted, attrs
	Kind string // file, dir, link, other
	Path string
	Size int64
}

// Result of a run.
type Result struct {
	New, Changed, Deleted, Attrs int
	Bytes                        int64 // bytes of the files sent
	Changes                      []Change
	Elapsed                      time.Duration
}

// Run syncs src to dst.
func Run(ctx context.Context, src, dst Endpoint, opts Options, log zerolog.Logger) (*Result, error) {
	if src.remote() && dst.remote() {
		return nil, fmt.Errorf("rsync connects one remote side at a time: relay through a mirror directory")
	}
	if opts.Delete && opts.MaxDelete > 0 && !opts.Force && !opts.DryRun {
		preview := opts
		preview.DryRun = true
		res, err := run(ctx, src, dst, preview, log)
		if err != nil {
			return nil, err
		}
		if res.Deleted > opts.MaxDelete {
			return res, exit.Refusedf("this run would delete %d files on the target, more than --max-delete %d: nothing was changed. Check the source path, then re-run with a higher --max-delete or with --force", res.Deleted, opts.MaxDelete)
		}
	}
	return run(ctx, src, dst, opts, log)
}

func run(ctx context.Context, src, dst Endpoint, opts Options, log zerolog.Logger) (*Result, error) {
	args, err := Args(src, dst, opts)
	if err != nil {
		return nil, err
	}
	log.Debug().Strs("argv", args).Msg("rsync")
	cmd := exec.CommandContext(ctx, "rsync", args...)
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 10 * time.Second
	cmd.Env = os.Environ()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start rsync: %w (install rsync)", err)
	}
	res := &Result{}
	meter := progress.Start(log, "files", "files", 0)
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if ch, ok := parseItem(sc.Text()); ok {
			res.add(ch)
			meter.Items.Store(int64(res.New + res.Changed + res.Deleted))
			meter.Bytes.Store(res.Bytes)
		}
	}
	meter.Done()
	err = cmd.Wait()
	res.Elapsed = time.Since(start)
	if err != nil {
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		if ee, ok := err.(*exec.ExitError); ok {
			return res, explain(ee.ExitCode(), stderr.String())
		}
		return res, err
	}
	return res, nil
}

// Args builds rsync's command line.
func Args(src, dst Endpoint, opts Options) ([]string, error) {
	args := []string{"-rlptD", "--protect-args", "--partial", "--delay-updates", "--out-format=%i %l %n%L"}
	if opts.DryRun {
		args = append(args, "--dry-run")
	}
	if opts.Delete || opts.Mirror {
		args = append(args, "--delete-delay")
		if opts.MaxDelete > 0 && !opts.Force && !opts.Mirror && !opts.DryRun { // a preview counts them all
			args = append(args, "--max-delete="+strconv.Itoa(opts.MaxDelete))
		}
	}
	if opts.Chown != "" {
		args = append(args, "--chown="+opts.Chown)
	}
	if opts.Chmod != "" {
		args = append(args, "--chmod="+opts.Chmod)
	}
	if opts.BackupDir != "" {
		args = append(args, "--backup", "--backup-dir="+opts.BackupDir)
	}
	for _, p := range opts.Protect {
		args = append(args, "--exclude="+p)
	}
	for _, p := range opts.Excludes {
		args = append(args, "--exclude="+p)
	}
	for _, e := range []Endpoint{src, dst} {
		if e.remote() {
			rsh, err := SSHCommand(e.Env)
			if err != nil {
				return nil, err
			}
			args = append(args, "-e", rsh)
			if e.Env.SSH.Sudo {
				args = append(args, "--rsync-path=sudo -n rsync")
			}
		}
	}
	return append(args, "--", src.spec(), dst.spec()), nil
}

// SSHCommand is the OpenSSH client command rsync uses for env, built from
// wpsync.yml only: -F /dev/null ignores ~/.ssh/config, host keys are
// checked strictly against the configured known_hosts.
func SSHCommand(env *config.Env) (string, error) {
	argv, err := sshArgv(env)
	if err != nil {
		return "", err
	}
	for _, a := range argv {
		if strings.ContainsAny(a, `'"\`) {
			return "", exit.Usagef("environment %q: SSH setting %q holds a quote or backslash, which rsync's -e cannot carry: rename the file", env.Name, a)
		}
	}
	return shell.Join(argv...), nil
}

func sshArgv(env *config.Env) ([]string, error) {
	s := env.SSH
	base := []string{"-F", "/dev/null", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + s.KnownHosts,
		"-o", "ServerAliveInterval=15", "-o", "ServerAliveCountMax=3", "-o", "ConnectTimeout=20"}
	if key := env.SSHKeyFile(); key != "" {
		if env.SSHKeyPassphrase() != "" {
			return nil, exit.Usagef("environment %q: rsync's ssh cannot read a key passphrase from the environment: load the key into an SSH agent (ssh-add; in Jenkins: credentials kind sshAgent instead of ssh) and unset %s", env.Name, env.Var("SSH_KEY_FILE"))
		}
		base = append(base, "-o", "IdentitiesOnly=yes", "-i", key)
	}
	argv := append([]string{"ssh"}, base...)
	if s.Jump != "" {
		user, addr := s.User, s.Jump
		if i := strings.LastIndex(addr, "@"); i >= 0 {
			user, addr = addr[:i], addr[i+1:]
		}
		host, port := addr, "22"
		if i := strings.LastIndex(addr, ":"); i >= 0 && !strings.Contains(addr[i+1:], "]") {
			host, port = addr[:i], addr[i+1:]
		}
		// ProxyCommand, not -J: -J would read ~/.ssh/config and default keys for the jump.
		proxy := append(append([]string{"ssh"}, base...), "-p", port, "-W", "%h:%p", user+"@"+host)
		argv = append(argv, "-o", "ProxyCommand="+strings.Join(proxy, " "))
	}
	return append(argv, "-p", strconv.Itoa(s.Port)), nil
}

// unescapeName undoes rsync's escaping of names in its output: every byte
// it does not print (a newline, non-ASCII in the C locale, and a backslash
// that would look like an escape) is written as \#ooo in octal.
func unescapeName(s string) string {
	if !strings.Contains(s, `\#`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+4 < len(s) && s[i+1] == '#' && isOctal(s[i+2]) && isOctal(s[i+3]) && isOctal(s[i+4]) {
			b.WriteByte((s[i+2]-'0')<<6 | (s[i+3]-'0')<<3 | (s[i+4] - '0'))
			i += 4
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isOctal(c byte) bool { return '0' <= c && c <= '7' }

// parseItem reads one --out-format line: "%i %l %n%L". Names come back
// exactly as they are on disk (see unescapeName).
func parseItem(line string) (Change, bool) {
	if strings.HasPrefix(line, "*deleting ") {
		rest := strings.TrimLeft(strings.TrimPrefix(line, "*deleting "), " ")
		if _, name, ok := strings.Cut(rest, " "); ok {
			name = unescapeName(name)
			return Change{Op: "deleted", Kind: kindOf(name), Path: name}, true
		}
		return Change{}, false
	}
	f := strings.SplitN(line, " ", 3)
	if len(f) != 3 || len(f[0]) != 11 {
		return Change{}, false
	}
	item, name := f[0], f[2]
	size, _ := strconv.ParseInt(f[1], 10, 64)
	ch := Change{Path: unescapeName(name), Size: size}
	switch item[1] {
	case 'f':
		ch.Kind = "file"
	case 'd':
		ch.Kind = "dir"
	case 'L':
		ch.Kind = "link"
		if i := strings.Index(name, " -> "); i >= 0 {
			ch.Path = name[:i]
		}
		ch.Path = unescapeName(ch.Path)
	default:
		ch.Kind = "other"
	}
	switch {
	case strings.Contains(item[2:], "+++++++"):
		ch.Op = "new"
	case item[0] == '>' || item[0] == '<' || (item[0] == 'c' && ch.Kind != "dir"):
		ch.Op = "changed"
	default:
		ch.Op = "attrs"
	}
	return ch, true
}

func kindOf(name string) string {
	if strings.HasSuffix(name, "/") {
		return "dir"
	}
	return "file"
}

func (r *Result) add(ch Change) {
	switch ch.Op {
	case "new":
		r.New++
	case "changed":
		r.Changed++
	case "deleted":
		r.Deleted++
	default:
		r.Attrs++
		return
	}
	if ch.Kind == "file" && ch.Op != "deleted" {
		r.Bytes += ch.Size
	}
	r.Changes = append(r.Changes, ch)
}

// explain turns rsync's exit codes into what happened and what to do.
func explain(code int, stderr string) error {
	tail := strings.Join(shell.LastLines(stderr, 2), " | ")
	msg := map[int]string{
		1:   "rsync rejected its arguments (a wpsync bug: please report it)",
		2:   "the two rsync versions cannot talk (protocol incompatibility): update rsync on both hosts",
		3:   "a source or target path could not be used: check `path` in wpsync.yml and that the directory exists",
		5:   "rsync could not start on the remote host: is rsync installed there?",
		10:  "socket I/O error",
		11:  "file I/O error on the target: disk full or read-only file system?",
		12:  "the connection broke or the remote rsync died (dropped SSH connection?): re-run; completed files are kept and partial ones resume",
		20:  "rsync was interrupted",
		23:  "some files could not be transferred (permissions?): see the messages above; the rest was synced",
		24:  "some source files vanished during the transfer (a live site writing files): usually harmless, re-run to be exact",
		25:  "the --max-delete limit stopped deletions",
		30:  "timeout while sending or receiving data: the network or a host is too slow; re-run",
		35:  "timeout waiting for the remote rsync daemon",
		255: "SSH failed: check the host key (known_hosts), the key and the user in wpsync.yml",
	}[code]
	if msg == "" {
		msg = "rsync failed"
	}
	if code == 23 && strings.Contains(stderr, "Permission denied") {
		return fmt.Errorf("rsync exit code 23: the SSH user may not write some files on the target (%s): for a docroot owned by another user (a container's www-data), set ssh.sudo: true for that environment (with --chown), or fix the ownership", tail)
	}
	if strings.Contains(stderr, "sudo: ") {
		return fmt.Errorf("rsync: ssh.sudo is on, and sudo on the remote host failed (%s): give the SSH user passwordless sudo (NOPASSWD) for rsync and sh there, or turn ssh.sudo off", tail)
	}
	if strings.Contains(stderr, "Host key verification failed") || strings.Contains(stderr, "REMOTE HOST IDENTIFICATION HAS CHANGED") {
		return exit.Refusedf("rsync: SSH refused the host key (unknown or changed): %s. Check the fingerprint and known_hosts", tail)
	}
	return fmt.Errorf("rsync exit code %d: %s (%s)", code, msg, tail)
}
