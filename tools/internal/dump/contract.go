package dump

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/wpsync/wpsync/tools/internal/dump/lexer"
)

// CompletedPrefix starts the dump tool's own last line ("-- Dump completed
// on …"): mysqldump and mariadb-dump write it only when they finish.
const CompletedPrefix = "-- Dump completed"

// Tally counts what a dump stream holds as it passes the lexer: the tables
// it creates, in order, the rows its INSERTs carry per table, whether the
// dump tool's completion line came, and the manifest line. The writer
// (FromServer) and the restore count with the same Tally, so "how many
// rows does this dump hold" has one answer.
type Tally struct {
	Order     []string
	Rows      map[string]int64
	Completed bool
	Manifest  *Manifest
	// ManifestErr is a manifest line that did not parse.
	ManifestErr error
	// Name maps a table name of the dump to the name counted (a restore
	// that changes the prefix counts the target's names); nil keeps it.
	Name func(string) string
	// OnRows sees each INSERT's rows, for progress.
	OnRows func(int64)
	// RowSums are the row fingerprints the dump carries, by table (see
	// rows.go); RowSumsErr is a line that did not parse.
	RowSums    map[string]*RowSums
	RowSumsErr error
	// OnPlan sees an incremental dump's plan line (PlanPrefix), if it
	// parses.
	OnPlan func(*EarlyPlan)
}

// NewTally returns an empty tally.
func NewTally() *Tally { return &Tally{Rows: map[string]int64{}} }

func (t *Tally) name(s string) string {
	if t.Name == nil {
		return s
	}
	return t.Name(s)
}

// End is the lexer's End hook.
func (t *Tally) End(st *lexer.Statement) {
	switch st.Kind {
	case lexer.CreateTable:
		n := t.name(st.Table)
		if _, ok := t.Rows[n]; !ok {
			t.Order = append(t.Order, n)
			t.Rows[n] = 0
		}
	case lexer.Insert:
		t.Rows[t.name(st.Table)] += st.Rows
		if t.OnRows != nil {
			t.OnRows(st.Rows)
		}
	}
}

// Comment is the lexer's Comment hook; it passes every line on.
func (t *Tally) Comment(line []byte) []byte {
	switch {
	case bytes.HasPrefix(line, []byte(CompletedPrefix)):
		t.Completed = true
	case bytes.HasPrefix(line, []byte(ManifestPrefix)):
		t.Manifest, t.ManifestErr = ParseManifestLine(line)
	case bytes.HasPrefix(line, []byte(PlanPrefix)):
		var pl EarlyPlan
		if t.OnPlan != nil && json.Unmarshal(bytes.TrimPrefix(bytes.TrimRight(line, "\r\n"), []byte(PlanPrefix)), &pl) == nil {
			t.OnPlan(&pl)
		}
	case bytes.HasPrefix(line, []byte(RowSumsPrefix)):
		if t.RowSums == nil {
			t.RowSums = map[string]*RowSums{}
		}
		if err := addRowSums(t.RowSums, line); err != nil && t.RowSumsErr == nil {
			t.RowSumsErr = err
		}
	}
	return line
}

// Whole decides whether a stream read to its end is a whole dump. A
// stream that declares itself sealed (dumpdb's header, or a seal line)
// must carry a valid seal; any other must end with the dump tool's
// completion line. sealed says which check it passed; v may be nil for
// a stream that was not hashed.
func (t *Tally) Whole(v *Verifier) (sealed bool, err error) {
	if t.ManifestErr != nil {
		return false, t.ManifestErr
	}
	if t.RowSumsErr != nil {
		return false, t.RowSumsErr
	}
	if v != nil {
		err := v.Check()
		if err == nil {
			return true, nil
		}
		if v.MustBeSealed() || !t.Completed {
			return false, err
		}
	}
	if !t.Completed {
		return false, errors.New("the dump has no completion line (\"" + CompletedPrefix + "\"): it is cut short")
	}
	return false, nil
}

// Want is how many rows each table must hold after the dump is imported:
// the manifest's counts when it has one (they are what the server held),
// else what the stream carried.
func (t *Tally) Want() (map[string]int64, error) {
	m := t.Manifest
	if m == nil {
		return t.Rows, nil
	}
	if len(m.Tables) != len(t.Order) {
		return nil, fmt.Errorf("the manifest lists %d tables, the dump created %d", len(m.Tables), len(t.Order))
	}
	want := make(map[string]int64, len(m.Tables))
	for _, tb := range m.Tables {
		want[t.name(tb.Name)] = tb.Rows
	}
	return want, nil
}
