package dump

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// The trailer lines of a sealed dump. Both are SQL comments, so the dump
// stays a plain dump for every other tool.
const (
	ManifestPrefix = "-- wpsync-manifest: "
	SealPrefix     = "-- wpsync-sha256: "
	// HeaderPrefix starts the first line of every dump dumpdb writes, so
	// that a copy cut before its trailer is known to lack one.
	HeaderPrefix = "-- wpsync-dump: "
)

// PlanPrefix starts the line after the header of an incremental dump: what
// its manifest says at its end of the tables it leaves out, early, so a
// restore can check them on the target while the rest arrives. Only the
// manifest decides; this line only starts work.
const PlanPrefix = "-- wpsync-plan: "

// EarlyPlan is the plan line's content.
type EarlyPlan struct {
	Unchanged  []string         `json:"unchanged"`
	TargetSums map[string]int64 `json:"target_sums"`
}

// PlanLine is the plan line of inc.
func PlanLine(inc *Incremental) ([]byte, error) {
	pl := EarlyPlan{Unchanged: inc.Unchanged, TargetSums: map[string]int64{}}
	for _, t := range inc.Unchanged {
		pl.TargetSums[t] = inc.TargetSums[t]
	}
	b, err := json.Marshal(pl)
	if err != nil {
		return nil, err
	}
	return append(append([]byte(PlanPrefix), b...), '\n'), nil
}

// Matches says whether the plan line said what the manifest says.
func (pl *EarlyPlan) Matches(inc *Incremental) bool {
	if pl == nil || inc == nil || !slices.Equal(pl.Unchanged, inc.Unchanged) || len(pl.TargetSums) != len(inc.Unchanged) {
		return false
	}
	for _, t := range inc.Unchanged {
		if s, ok := pl.TargetSums[t]; !ok || s != inc.TargetSums[t] {
			return false
		}
	}
	return true
}

// HeaderLine is the first line of a dump made by dumpdb.
func HeaderLine() []byte {
	return []byte(HeaderPrefix + FormatVersion + "; ends with a manifest and a sha256 seal: without them it is cut short\n")
}

// Manifest describes a dump: written by dumpdb, checked by restoredb.
type Manifest struct {
	Format     string    `json:"format"`
	Site       string    `json:"site"`
	Env        string    `json:"env"`
	Database   string    `json:"database"`
	Prefix     string    `json:"prefix"`
	Server     string    `json:"server_version"`
	Flavor     string    `json:"flavor"` // mariadb or mysql
	Created    time.Time `json:"created"`
	Tool       string    `json:"tool"`
	Tables     []Table   `json:"tables"`
	Charsets   []string  `json:"charsets"`
	Collations []string  `json:"collations"`
	Bytes      int64     `json:"bytes"`
	// Skipped names what the database holds but the dump does not:
	// stored procedures, functions and events.
	Skipped []string `json:"skipped,omitempty"`
	// URL is the site URL of the environment dumped; Rewritten lists the
	// URL rewrites applied since, in order (rewriteurls adds them).
	URL       string    `json:"url,omitempty"`
	Rewritten []Rewrite `json:"rewritten,omitempty"`
	// Kept are tables left out of the dump (db.exclude_tables): a restore
	// leaves the target's own. NoData are dumped as structure only.
	Kept   []string `json:"kept,omitempty"`
	NoData []string `json:"no_data,omitempty"`
	// Incremental is set for a dump made by dumpdb --incremental-to.
	Incremental *Incremental `json:"incremental,omitempty"`
}

// Incremental is what an incremental dump left out, and the fingerprints
// that make that safe (see package syncstate).
type Incremental struct {
	// To is the target environment the dump was compared with.
	To string `json:"to"`
	// Unchanged are the source tables not dumped: the target keeps its
	// own, which must still have the checksums in TargetSums at restore.
	Unchanged  []string         `json:"unchanged,omitempty"`
	TargetSums map[string]int64 `json:"target_sums,omitempty"`
	// Checksums and Schemas are the source's fingerprints of the tables
	// dumped, taken before the dump.
	Checksums map[string]int64  `json:"checksums"`
	Schemas   map[string]string `json:"schemas"`
	// Reasons says why each dumped table is copied.
	Reasons map[string]string `json:"reasons,omitempty"`
	// Partial are the dumped tables of which the dump holds only the
	// rows that changed on the source (see rows.go).
	Partial map[string]Partial `json:"partial,omitempty"`
	// BackupSums are the target's tables that the dump replaces whole and
	// found as the last sync left them (CHECKSUM TABLE): the backups they
	// become can be patched by the next sync.
	BackupSums map[string]int64 `json:"backup_sums,omitempty"`
	// For the dump's writer, not the manifest: the row fingerprints the
	// dump carries, and each partial table's rows (a WHERE condition).
	RowSums map[string]*RowSums `json:"-"`
	Where   map[string]string   `json:"-"`
}

// Planner decides an incremental dump: given the base tables a full dump
// would hold, it returns what to leave out and the fingerprints.
type Planner func(ctx context.Context, tables []string) (*Incremental, error)

// Rewrite is one URL pair applied to a dump, and which columns and tables
// the rewrite left alone (a row-level re-sync needs the same as last time).
type Rewrite struct {
	From          string   `json:"from"`
	To            string   `json:"to"`
	SkipColumns   []string `json:"skip_columns,omitempty"`
	IncludeTables []string `json:"include_tables,omitempty"`
	SkipTables    []string `json:"skip_tables,omitempty"`
}

// SiteURL is the site URL the dump holds now: the dumped environment's
// URL after the rewrites recorded in the manifest ("" when unknown).
func (m *Manifest) SiteURL() string {
	u := m.URL
	for _, r := range m.Rewritten {
		if strings.EqualFold(strings.TrimRight(r.From, "/"), strings.TrimRight(u, "/")) {
			u = r.To
		}
	}
	return u
}

// Table is one table of a dump.
type Table struct {
	Name string `json:"name"`
	Rows int64  `json:"rows"`
}

// FormatVersion is the manifest format written.
const FormatVersion = "wpsync-dump/1"

// Line returns the manifest as its trailer line.
func (m *Manifest) Line() ([]byte, error) {
	b, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("the dump's manifest: %w", err)
	}
	return append(append([]byte(ManifestPrefix), b...), '\n'), nil
}

// ParseManifestLine reads a manifest trailer line.
func ParseManifestLine(line []byte) (*Manifest, error) {
	s := bytes.TrimPrefix(bytes.TrimRight(line, "\r\n"), []byte(ManifestPrefix))
	m := &Manifest{}
	if err := json.Unmarshal(s, m); err != nil {
		return nil, fmt.Errorf("the dump's manifest line is damaged: %w", err)
	}
	return m, nil
}

// WriteFile writes the manifest as indented JSON to path, atomically: a
// reader finds the old file or the new one, never a part.
func (m *Manifest) WriteFile(path string) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("write manifest %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".partial-*")
	if err != nil {
		return fmt.Errorf("write manifest %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err = tmp.Write(append(data, '\n')); err == nil {
		err = tmp.Chmod(0o600)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("write manifest %s: %w", path, err)
	}
	return nil
}
