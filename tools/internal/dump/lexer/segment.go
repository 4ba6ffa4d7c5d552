package lexer

import (
	"bufio"
	"sync"
	"sync/atomic"
)

// segmentWriter collects the lexer's output in segments of about a
// megabyte, with the literals to rewrite kept aside, and hands each full
// segment to a writer goroutine that rewrites those literals and writes
// everything in order. Lexing and rewriting so run on two cores.
type segmentWriter struct {
	w       *bufio.Writer
	rewrite func(dst, raw []byte, ticket any) []byte
	seg     *segment
	work    chan *segment
	done    chan struct{}
	pool    sync.Pool
	mu      sync.Mutex
	err     error
	failing atomic.Bool // err is set: checked on every write without the lock
}

type segment struct {
	text  []byte // output bytes around the deferred literals
	raw   []byte // the deferred literals' raw text, back to back
	items []deferred
}

type deferred struct {
	at       int    // position in text where the literal goes
	from, to int    // its bytes in raw
	own      []byte // or its bytes, handed over whole (a big literal is not copied)
	ticket   any
}

const segmentSize = 256 << 10

func newSegmentWriter(w *bufio.Writer, rewrite func(dst, raw []byte, ticket any) []byte) *segmentWriter {
	s := &segmentWriter{w: w, rewrite: rewrite, work: make(chan *segment, 2), done: make(chan struct{})}
	s.pool.New = func() any { return &segment{text: make([]byte, 0, segmentSize)} }
	s.seg = s.pool.Get().(*segment)
	go s.writer()
	return s
}

func (s *segmentWriter) writer() {
	defer close(s.done)
	var out []byte
	for seg := range s.work {
		if s.failed() == nil {
			last := 0
			for _, d := range seg.items {
				s.w.Write(seg.text[last:d.at])
				raw := d.own
				if raw == nil {
					raw = seg.raw[d.from:d.to]
				}
				out = s.rewrite(out[:0], raw, d.ticket)
				s.w.Write(out)
				if cap(out) > 4*segmentSize {
					out = nil // do not keep a big literal's buffer
				}
				last = d.at
			}
			if _, err := s.w.Write(seg.text[last:]); err != nil {
				s.setErr(err)
			}
		}
		for i := range seg.items {
			seg.items[i] = deferred{}
		}
		seg.text, seg.raw, seg.items = seg.text[:0], seg.raw[:0], seg.items[:0]
		s.pool.Put(seg)
	}
}

func (s *segmentWriter) setErr(err error) {
	s.mu.Lock()
	if s.err == nil {
		s.err = err
	}
	s.mu.Unlock()
	s.failing.Store(true)
}

func (s *segmentWriter) failed() error {
	if !s.failing.Load() {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// Write appends output; an empty Write reports the writer's first error.
func (s *segmentWriter) Write(p []byte) (int, error) {
	s.seg.text = append(s.seg.text, p...)
	s.maybeSend()
	return len(p), s.failed()
}

func (s *segmentWriter) WriteByte(c byte) error {
	s.seg.text = append(s.seg.text, c)
	if len(s.seg.text) >= segmentSize {
		s.maybeSend()
	}
	return nil
}

// deferLiteral keeps raw for the writer; with owned, raw itself is kept
// (the lexer gives it up), else it is copied.
func (s *segmentWriter) deferLiteral(raw []byte, ticket any, owned bool) {
	if owned {
		s.seg.items = append(s.seg.items, deferred{at: len(s.seg.text), own: raw, ticket: ticket})
		s.work <- s.seg // a big literal: send it on at once
		s.seg = s.pool.Get().(*segment)
		return
	}
	from := len(s.seg.raw)
	s.seg.raw = append(s.seg.raw, raw...)
	s.seg.items = append(s.seg.items, deferred{at: len(s.seg.text), from: from, to: len(s.seg.raw), ticket: ticket})
	s.maybeSend()
}

func (s *segmentWriter) maybeSend() {
	if len(s.seg.text)+len(s.seg.raw) >= segmentSize {
		s.work <- s.seg
		s.seg = s.pool.Get().(*segment)
	}
}

// close sends the last segment, waits for the writer and returns its error.
func (s *segmentWriter) close() error {
	s.work <- s.seg
	close(s.work)
	<-s.done
	return s.failed()
}
