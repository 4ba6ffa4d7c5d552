package commands

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/wpsync/wpsync/tools/internal/cliapp"
	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/report"
	"github.com/wpsync/wpsync/tools/internal/rsync"
	"github.com/wpsync/wpsync/tools/internal/wpinfo"
)

// repoOnly are files a site repository has that the servers do not: a
// snapshot never deletes them from the working tree.
var repoOnly = []string{"/.git/", "/.gitignore", "/.gitattributes", "/.github/", "/README.md"}

// snapshot copies an environment's code into a Git working tree (through
// the mirror), refuses files that look like secrets, and writes a
// changelog of what changed for the commit message.
func snapshot(c *cliapp.Ctx, cfg *config.Config, from *config.Env, worktree string, rep *report.Report) error {
	if st, err := os.Stat(worktree); err != nil || !st.IsDir() {
		return exit.Usagef("--snapshot %s: not a directory: clone the site repository there first", worktree)
	}
	start := time.Now()
	base := rsync.Options{Protect: cfg.Files.Protect, Excludes: rsync.Excludes(append(append([]string{}, cfg.Files.Exclude...), cfg.Files.StagingOnly...))}
	mirror, _, err := refreshMirror(c, cfg, from, base)
	if err != nil {
		return err
	}
	secrets, err := wpinfo.Secrets(mirror, cfg.Files.NotSecret)
	if err != nil {
		return err
	}
	if len(secrets) > 0 {
		rep.Summary["secrets"] = secrets
		return exit.Refusedf("refusing to snapshot %s: these files look like secrets and must not be committed: %s. Add them to files.exclude in wpsync.yml (and remove them from the server if they are not needed)",
			from.Name, strings.Join(secrets, ", "))
	}
	old, err := wpinfo.Scan(worktree)
	if err != nil {
		return fmt.Errorf("read the plugins and themes in %s: %w", worktree, err)
	}
	tree := rsync.Options{Mirror: true, Excludes: repoOnly}
	res, err := rsync.Run(c.Ctx, rsync.Endpoint{Path: mirror}, rsync.Endpoint{Path: worktree}, tree, c.Log)
	if err != nil {
		return fmt.Errorf("copy the mirror into %s: %w", worktree, err)
	}
	now, err := wpinfo.Scan(worktree)
	if err != nil {
		return fmt.Errorf("read the plugins and themes in %s: %w", worktree, err)
	}
	changes := wpinfo.Diff(old, now)
	msg := changelog(from, res, changes, c.String("build"))
	if path := c.String("changelog"); path != "" {
		if err := os.WriteFile(path, []byte(msg), 0o644); err != nil {
			return fmt.Errorf("write the changelog: %w", err)
		}
	}
	var lines []string
	for _, ch := range changes {
		lines = append(lines, ch.String())
	}
	rep.Summary["from"], rep.Summary["worktree"], rep.Summary["components"] = from.Name, worktree, lines
	rep.Summary["new"], rep.Summary["changed"], rep.Summary["deleted"] = res.New, res.Changed, res.Deleted
	fmt.Fprintf(c.App.ErrWriter, "\nsyncfiles snapshot: %s → %s in %s\n%s", from.Name, worktree, time.Since(start).Round(time.Millisecond), msg)
	return nil
}

// changelog is the commit message: a subject, the component versions
// that changed, the files added and removed, and where it came from.
func changelog(from *config.Env, res *rsync.Result, changes []wpinfo.Change, build string) string {
	var b strings.Builder
	files := func(op string) []string {
		var out []string
		for _, ch := range res.Changes {
			if ch.Op == op && ch.Kind != "dir" {
				out = append(out, ch.Path)
			}
		}
		return out
	}
	added, removed := files("new"), files("deleted")
	subject := fmt.Sprintf("Snapshot of %s: %d files added, %d changed, %d removed", from.Name, len(added), res.Changed, len(removed))
	if len(changes) > 0 {
		var parts []string
		for _, ch := range changes {
			parts = append(parts, ch.String())
		}
		subject = fmt.Sprintf("Snapshot of %s: %s", from.Name, strings.Join(parts, "; "))
		if len(subject) > 120 {
			subject = fmt.Sprintf("Snapshot of %s: %d components changed", from.Name, len(changes))
		}
	}
	b.WriteString(subject + "\n\n")
	for _, ch := range changes {
		b.WriteString("- " + ch.String() + "\n")
	}
	if len(changes) > 0 {
		b.WriteString("\n")
	}
	list := func(title string, paths []string) {
		if len(paths) == 0 {
			return
		}
		fmt.Fprintf(&b, "%s (%d):\n", title, len(paths))
		for i, p := range paths {
			if i == 50 {
				fmt.Fprintf(&b, "  ... and %d more\n", len(paths)-50)
				break
			}
			b.WriteString("  " + p + "\n")
		}
	}
	list("Files added", added)
	list("Files removed", removed)
	fmt.Fprintf(&b, "\nSource: %s (%s, %s)\n", from.Name, from.URL, from.Path)
	if build != "" {
		fmt.Fprintf(&b, "Build: %s\n", build)
	}
	return b.String()
}
