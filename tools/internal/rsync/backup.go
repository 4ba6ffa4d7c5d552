package rsync

import (
	"bytes"
	"context"
	"fmt"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/wpsync/wpsync/tools/internal/host"
	"github.com/wpsync/wpsync/tools/internal/shell"
)

// BackupRoot is where a protected target's backups live: beside the
// docroot, never inside it, so old plugin code is not web-reachable.
func BackupRoot(docroot string) string { return strings.TrimRight(docroot, "/") + ".wpsync-backups" }

// NewBackupDir names this run's backup directory.
func NewBackupDir(docroot string, now time.Time) string {
	return path.Join(BackupRoot(docroot), now.UTC().Format("20060102T150405.000Z"))
}

const addedList = ".wpsync-added"

// RecordAdded writes, into the backup directory on the target, the files
// and directories this run created, so a rollback can remove them (rsync's
// --backup only keeps what was overwritten or deleted).
func RecordAdded(ctx context.Context, h host.Host, backupDir string, res *Result) error {
	var list bytes.Buffer
	for _, ch := range res.Changes {
		if ch.Op == "new" {
			list.WriteString(ch.Path)
			list.WriteByte(0)
		}
	}
	script := "mkdir -p -- " + shell.Join(backupDir) + " && cat > " + shell.Join(path.Join(backupDir, addedList))
	var errb bytes.Buffer
	if err := h.Run(ctx, host.Cmd{Script: script, Stdin: &list, Stderr: &errb}); err != nil {
		return fmt.Errorf("record the added files in %s: %w %s", backupDir, err, errb.String())
	}
	return nil
}

// Backups lists the backup directories on the target, newest last.
func Backups(ctx context.Context, h host.Host, docroot string) ([]string, error) {
	root := shell.Join(BackupRoot(docroot))
	out, err := host.Output(ctx, h, "if [ -d "+root+" ]; then cd -- "+root+" && ls -1; fi", nil)
	if err != nil {
		return nil, fmt.Errorf("list the backups in %s on %s: %w", BackupRoot(docroot), h, err)
	}
	var names []string
	for _, n := range strings.Split(strings.TrimSpace(out), "\n") {
		if n != "" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names, nil
}

// rollbackScript removes what the run added (files, then directories that
// are empty, deepest first) and puts back what it overwrote or deleted.
const rollbackScript = `set -e
cd -- "$1"
b=$2
if [ -f "$b/` + addedList + `" ]; then
  # NUL-separated: a name may hold a newline; deepest first
  sort -rz < "$b/` + addedList + `" | xargs -0 -r sh -c 'for p; do case "$p" in */) rmdir -- "$p" 2>/dev/null || true;; *) rm -f -- "$p";; esac; done' rm-added
fi
rsync -rlptD --exclude=/` + addedList + ` -- "$b/" ./
`

// Rollback restores docroot on h from backup directory name (or the
// newest when name is "latest").
func Rollback(ctx context.Context, h host.Host, docroot, name string) (string, error) {
	if name == "" || name == "latest" {
		all, err := Backups(ctx, h, docroot)
		if err != nil {
			return "", err
		}
		if len(all) == 0 {
			return "", fmt.Errorf("no backups in %s on %s: a backup is made by a run that writes a protected environment", BackupRoot(docroot), h)
		}
		name = all[len(all)-1]
	}
	if strings.Contains(name, "/") || strings.HasPrefix(name, ".") {
		return "", fmt.Errorf("--rollback %q: give a backup name as listed in %s", name, BackupRoot(docroot))
	}
	dir := path.Join(BackupRoot(docroot), name)
	script := "sh -c " + shell.Join(rollbackScript) + " rollback " + shell.Join(docroot, dir)
	if _, err := host.Output(ctx, h, script, nil); err != nil {
		return "", fmt.Errorf("rollback from %s: %w", dir, err)
	}
	return dir, nil
}
