package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

func TestProgressLinesCarryRateAndETA(t *testing.T) {
	Interval = 20 * time.Millisecond
	var buf bytes.Buffer
	m := Start(zerolog.New(&buf), "rewrite", "rows", 1000)
	m.Bytes.Store(250)
	m.Items.Store(7)
	time.Sleep(70 * time.Millisecond)
	m.Done()
	out := buf.String()
	for _, want := range []string{`"stage":"rewrite"`, `"rows":7`, `"bytes":250`, `"percent":25`, `"eta":`, `"mib_per_s":`} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s in %s", want, out)
		}
	}
}
