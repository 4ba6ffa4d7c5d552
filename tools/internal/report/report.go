// Package report is the run summary every helper produces: a one-screen
// table for people and the same facts as JSON (--report) for Jenkins.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/wpsync/wpsync/tools/internal/exit"
)

// Report is the JSON document written by --report.
type Report struct {
	Tool     string         `json:"tool"`
	Version  string         `json:"version"`
	Site     string         `json:"site,omitempty"`
	Status   string         `json:"status"` // ok, failed, refused, dry-run
	Error    string         `json:"error,omitempty"`
	Started  time.Time      `json:"started"`
	Finished time.Time      `json:"finished"`
	Seconds  float64        `json:"seconds"`
	Summary  map[string]any `json:"summary,omitempty"`
	Details  any            `json:"details,omitempty"`
}

// New starts a report now.
func New(site string) *Report {
	return &Report{Site: site, Started: time.Now().UTC(), Status: "ok", Summary: map[string]any{}}
}

// Finish stamps the end time and the outcome.
func (r *Report) Finish(err error) {
	r.Finished = time.Now().UTC()
	r.Seconds = r.Finished.Sub(r.Started).Seconds()
	if err != nil {
		r.Status, r.Error = "failed", err.Error()
		if exit.CodeOf(err) == exit.Refused {
			r.Status = "refused"
		}
	}
}

// WriteFile writes the report atomically (temp file + rename), with every
// secret value replaced.
func (r *Report) WriteFile(path string, secrets []string) error {
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	s := string(data)
	for _, sec := range secrets {
		s = strings.ReplaceAll(s, sec, "[REDACTED]")
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".report-*.json")
	if err != nil {
		return fmt.Errorf("write report %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.WriteString(s + "\n"); err != nil {
		tmp.Close()
		return fmt.Errorf("write report %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Table prints rows under a header, aligned, for the one-screen summary.
func Table(w io.Writer, header []string, rows [][]string) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(header, "\t"))
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	tw.Flush()
}

// Bytes formats a byte count for people.
func Bytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
