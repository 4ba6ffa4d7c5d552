package dump

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"strings"
	"sync"
)

// Sealer hashes everything written through it and makes the seal line
// that covers it. Hashing and the writes to the underlying writer run on
// their own goroutine (another core), in order, so a stream pays for
// neither; a write error comes back on a later Write, SealLine or Close.
type Sealer struct {
	w     io.Writer
	h     hash.Hash
	n     int64
	work  chan sealChunk
	done  chan struct{}
	pool  sync.Pool
	mu    sync.Mutex
	err   error
	close sync.Once
}

type sealChunk struct {
	b      *[]byte
	hashed bool
	sync   chan struct{} // a flush request
}

// NewSealer wraps w. Close it to flush and stop it.
func NewSealer(w io.Writer) *Sealer {
	s := &Sealer{w: w, h: sha256.New(), work: make(chan sealChunk, 2), done: make(chan struct{})}
	s.pool.New = func() any { b := make([]byte, 0, 256<<10); return &b }
	go func() {
		defer close(s.done)
		for c := range s.work {
			if c.sync != nil {
				close(c.sync)
				continue
			}
			if c.hashed {
				s.h.Write(*c.b)
			}
			if s.failed() == nil {
				if _, err := s.w.Write(*c.b); err != nil {
					s.mu.Lock()
					s.err = err
					s.mu.Unlock()
				}
			}
			*c.b = (*c.b)[:0]
			s.pool.Put(c.b)
		}
	}()
	return s
}

func (s *Sealer) failed() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

func (s *Sealer) enqueue(p []byte, hashed bool) (int, error) {
	if err := s.failed(); err != nil {
		return 0, err
	}
	b := s.pool.Get().(*[]byte)
	*b = append(*b, p...)
	s.work <- sealChunk{b: b, hashed: hashed}
	if hashed {
		s.n += int64(len(p))
	}
	return len(p), nil
}

func (s *Sealer) Write(p []byte) (int, error) { return s.enqueue(p, true) }

// SealLine is the trailer line for what was written so far.
func (s *Sealer) SealLine() []byte {
	synced := make(chan struct{})
	s.work <- sealChunk{sync: synced}
	<-synced
	return []byte(SealPrefix + hex.EncodeToString(s.h.Sum(nil)) + "\n")
}

// Seal writes the seal line (not hashed) after everything written so far.
func (s *Sealer) Seal() error {
	_, err := s.enqueue(s.SealLine(), false)
	return err
}

// Bytes is how much was written.
func (s *Sealer) Bytes() int64 { return s.n }

// Close flushes, stops the goroutine and returns the first write error.
func (s *Sealer) Close() error {
	s.close.Do(func() { close(s.work); <-s.done })
	return s.failed()
}

// Verifier passes a dump through and checks its seal at the end. It holds
// back the last bytes from the hash until EOF, because the seal line is
// the last line and is not part of what it covers.
type Verifier struct {
	r    io.Reader
	h    hash.Hash
	hold []byte
	done bool
	// Marked: the stream starts with dumpdb's header line, so it must end
	// with a seal. Known after the first bytes.
	Marked bool
	// OnlyMarked skips hashing a stream without the header (a plain dump,
	// or one sealed by a wpsync older than the header): its seal, if any,
	// is then reported as Sealed but never as Valid.
	OnlyMarked bool
	// Sealed and Valid are known after EOF.
	Sealed, Valid bool
	Want, Got     string
	started       bool
	head          []byte // the first bytes, to recognise the header
}

const holdBack = 8 << 10

// NewVerifier wraps r.
func NewVerifier(r io.Reader) *Verifier { return &Verifier{r: r, h: sha256.New()} }

func (v *Verifier) Read(p []byte) (int, error) {
	n, err := v.r.Read(p)
	if !v.started {
		v.head = append(v.head, p[:min(n, len(HeaderPrefix)-len(v.head))]...)
		if len(v.head) == len(HeaderPrefix) || err != nil {
			v.started = true
			v.Marked = bytes.Equal(v.head, []byte(HeaderPrefix))
			if v.OnlyMarked && !v.Marked {
				v.h = nil // hold only what finish needs to find a seal line
			}
		}
	}
	// Keep the last holdBack bytes back (the seal line is among them);
	// hash what falls out of that window straight from p, without copying
	// the stream.
	if total := len(v.hold) + n; total > holdBack {
		out := total - holdBack
		if out <= len(v.hold) {
			if v.h != nil {
				v.h.Write(v.hold[:out])
			}
			v.hold = append(v.hold[:0], v.hold[out:]...)
			v.hold = append(v.hold, p[:n]...)
		} else {
			if v.h != nil {
				v.h.Write(v.hold)
				v.h.Write(p[:out-len(v.hold)])
			}
			v.hold = append(v.hold[:0], p[out-len(v.hold):n]...)
		}
	} else {
		v.hold = append(v.hold, p[:n]...)
	}
	if err == io.EOF && !v.done {
		v.done = true
		v.finish()
	}
	return n, err
}

func (v *Verifier) finish() {
	i := bytes.LastIndex(v.hold, []byte("\n"+SealPrefix))
	if i < 0 {
		if bytes.HasPrefix(v.hold, []byte(SealPrefix)) {
			i = -1
		} else {
			return
		}
	}
	line := v.hold[i+1:]
	v.Sealed = true
	if v.h == nil {
		return // not hashed: never Valid
	}
	v.h.Write(v.hold[:i+1])
	v.Got = hex.EncodeToString(v.h.Sum(nil))
	v.Want = strings.TrimSpace(strings.TrimPrefix(string(line), SealPrefix))
	v.Valid = v.Got == v.Want && bytes.Count(line, []byte("\n")) <= 1
}

// MustBeSealed reports whether the stream declared itself a sealed dump
// (dumpdb's header or a seal line), so that a missing or wrong seal is fatal.
func (v *Verifier) MustBeSealed() bool { return v.Marked || v.Sealed }

// Check returns nil when the stream was read to its end and its seal holds.
func (v *Verifier) Check() error {
	switch {
	case !v.done:
		return errors.New("the dump was not read to its end")
	case !v.Sealed && v.Marked:
		return errors.New("the dump was made by dumpdb (its first line says so) but has no seal at its end: it is cut short; dump again")
	case !v.Sealed:
		return errors.New("the dump has no wpsync seal (the sha256 trailer line): it is cut short, or was not made by dumpdb")
	case !v.Valid:
		return fmt.Errorf("the dump's sha256 does not match its seal (want %.12s…, got %.12s…): it was altered or damaged in transfer", v.Want, v.Got)
	}
	return nil
}
