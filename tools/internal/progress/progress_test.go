package progress

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

func TestProgressLinesCarryRateAndETA(t *testing.T) {
	Interval = 20 * time.Millisecond
	buf := &syncBuffer{}
	m := Start(zerolog.New(buf), "rewrite", "rows", 1000)
	m.Bytes.Store(250)
	m.Items.Store(7)
	// wait for a progress line that carries the ETA (the meter's goroutine writes it)
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(buf.String(), `"eta":`) && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond) // polling the condition, not a fixed wait
	}
	m.Done()
	out := buf.String()
	for _, want := range []string{`"stage":"rewrite"`, `"rows":7`, `"bytes":250`, `"percent":25`, `"eta":`, `"mib_per_s":`} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s in %s", want, out)
		}
	}
}

// syncBuffer is a bytes.Buffer the meter's goroutine and the test share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
