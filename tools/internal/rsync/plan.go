package rsync

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Plan is an approved preview: the changes a dry run showed, with the
// sha256 of every file it would send, so that the real run applies exactly
// what was approved, or nothing.
type Plan struct {
	From    string       `json:"from"`
	To      string       `json:"to"`
	Changes []PlanChange `json:"changes"`
}

// PlanChange is one change of a plan.
type PlanChange struct {
	Op     string `json:"op"`
	Path   string `json:"path"`
	SHA256 string `json:"sha256,omitempty"` // new and changed files
}

// NewPlan describes res, hashing the files it sends from the local
// directory root (the source, or the mirror that relays it).
func NewPlan(from, to, root string, res *Result) (*Plan, error) {
	p := &Plan{From: from, To: to}
	for _, ch := range res.Changes {
		pc := PlanChange{Op: ch.Op, Path: ch.Path}
		if ch.Kind == "file" && (ch.Op == "new" || ch.Op == "changed") {
			sum, err := hashFile(filepath.Join(root, ch.Path))
			if err != nil {
				return nil, fmt.Errorf("plan: %w", err)
			}
			pc.SHA256 = sum
		}
		p.Changes = append(p.Changes, pc)
	}
	sort.Slice(p.Changes, func(i, j int) bool { return p.Changes[i].Path < p.Changes[j].Path })
	return p, nil
}

func hashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Differences lists how now differs from the approved plan p: changes
// added, gone, or with other content. None means now is exactly p.
func (p *Plan) Differences(now *Plan) []string {
	want := map[string]PlanChange{}
	for _, c := range p.Changes {
		want[c.Path] = c
	}
	var diff []string
	for _, c := range now.Changes {
		w, ok := want[c.Path]
		switch {
		case !ok:
			diff = append(diff, fmt.Sprintf("%s %s (not in the preview)", c.Op, c.Path))
		case w.Op != c.Op:
			diff = append(diff, fmt.Sprintf("%s %s (previewed as %s)", c.Op, c.Path, w.Op))
		case w.SHA256 != c.SHA256:
			diff = append(diff, fmt.Sprintf("%s %s (its content changed since the preview)", c.Op, c.Path))
		}
		delete(want, c.Path)
	}
	for _, w := range want {
		diff = append(diff, fmt.Sprintf("%s %s (previewed, no longer to do)", w.Op, w.Path))
	}
	sort.Strings(diff)
	return diff
}

// WritePlan saves p as JSON.
func WritePlan(path string, p *Plan) error {
	data, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(data, '\n'), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// ReadPlan loads a plan written by WritePlan.
func ReadPlan(path string) (*Plan, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	p := &Plan{}
	if err := json.Unmarshal(data, p); err != nil {
		return nil, fmt.Errorf("%s is not a plan written by syncfiles --save-plan: %w", path, err)
	}
	return p, nil
}

// Summary is a short line for messages.
func Summary(diff []string) string {
	const show = 10
	if len(diff) <= show {
		return strings.Join(diff, "; ")
	}
	return strings.Join(diff[:show], "; ") + fmt.Sprintf("; and %d more", len(diff)-show)
}
