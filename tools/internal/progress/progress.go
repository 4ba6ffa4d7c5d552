// Package progress logs how a long stage is going (bytes, items, rate,
// ETA) every few seconds. Written here rather than taken from a terminal
// progress-bar library because the main reader is a Jenkins console log:
// it wants periodic plain log lines, not carriage-return animations.
package progress

import (
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"
)

// Interval between progress lines.
var Interval = 5 * time.Second

// Meter counts bytes and items of one stage.
type Meter struct {
	Bytes atomic.Int64
	Items atomic.Int64
	Total int64 // expected bytes, 0 if unknown
	stage string
	unit  string
	start time.Time
	stop  chan struct{}
	once  sync.Once
	log   zerolog.Logger
}

// Start begins logging progress of stage; items are counted in unit (rows, files).
func Start(log zerolog.Logger, stage, unit string, total int64) *Meter {
	m := &Meter{stage: stage, unit: unit, Total: total, start: time.Now(), stop: make(chan struct{}), log: log}
	go m.loop()
	return m
}

func (m *Meter) loop() {
	t := time.NewTicker(Interval)
	defer t.Stop()
	for {
		select {
		case <-m.stop:
			return
		case <-t.C:
			m.line(zerolog.InfoLevel, "progress")
		}
	}
}

func (m *Meter) line(lvl zerolog.Level, msg string) {
	el := time.Since(m.start).Seconds()
	b := m.Bytes.Load()
	ev := m.log.WithLevel(lvl).Str("stage", m.stage).Int64("bytes", b).Int64(m.unit, m.Items.Load()).
		Float64("mib_per_s", round(float64(b)/1048576/max(el, 0.001)))
	if m.Total > 0 && b > 0 && b < m.Total {
		eta := el * float64(m.Total-b) / float64(b)
		ev = ev.Int("percent", int(100*b/m.Total)).Str("eta", (time.Duration(eta) * time.Second).String())
	}
	ev.Msg(msg)
}

// Done stops the ticker and returns the elapsed time.
func (m *Meter) Done() time.Duration {
	m.once.Do(func() { close(m.stop) })
	return time.Since(m.start)
}

// Reader counts bytes read through r.
func (m *Meter) Reader(r io.Reader) io.Reader { return &countReader{r, m} }

// Writer counts bytes written through w.
func (m *Meter) Writer(w io.Writer) io.Writer { return &countWriter{w, m} }

type countReader struct {
	r io.Reader
	m *Meter
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.m.Bytes.Add(int64(n))
	return n, err
}

type countWriter struct {
	w io.Writer
	m *Meter
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.m.Bytes.Add(int64(n))
	return n, err
}

func round(f float64) float64 { return float64(int64(f*10)) / 10 }
