// Package dumpfile reads and writes dump streams: files or "-" for
// stdin/stdout, gzip by content (reading) or by ".gz" (writing), written
// atomically, and sealed: a dump made by wpsync ends with a manifest line
// and a sha256 line, so a truncated or altered stream is never taken for a
// whole one.
package dumpfile

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/klauspost/pgzip"
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
}

// Rewrite is one URL pair applied to a dump.
type Rewrite struct {
	From string `json:"from"`
	To   string `json:"to"`
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
func (m *Manifest) Line() []byte {
	b, _ := json.Marshal(m)
	return append(append([]byte(ManifestPrefix), b...), '\n')
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

// Open opens path for reading ("-" is stdin) and decompresses gzip, which
// it recognizes by its magic bytes, not by the name.
func Open(path string, stdin io.Reader) (io.ReadCloser, error) {
	var f io.ReadCloser
	if path == "-" {
		if c, ok := stdin.(io.ReadCloser); ok {
			f = c // closing it ends a read that waits on a pipe
		} else {
			f = io.NopCloser(stdin)
		}
	} else {
		file, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("open dump: %w", err)
		}
		f = file
	}
	br := bufio.NewReaderSize(f, 1<<20)
	magic, _ := br.Peek(2)
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := pgzip.NewReader(br)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("open dump %s: gzip header: %w", path, err)
		}
		return &gzipReader{zr: zr, f: f, name: path}, nil
	}
	return struct {
		io.Reader
		io.Closer
	}{br, f}, nil
}

// PlainSize is the size of an uncompressed dump file, for progress and
// ETA; 0 for stdin and gzip, whose uncompressed size is unknown.
func PlainSize(path string) int64 {
	if path == "-" {
		return 0
	}
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	magic := make([]byte, 2)
	if n, _ := io.ReadFull(f, magic); n == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		return 0
	}
	fi, err := f.Stat()
	if err != nil {
		return 0
	}
	return fi.Size()
}

type gzipReader struct {
	zr   *pgzip.Reader
	f    io.Closer
	name string
}

func (g *gzipReader) Read(p []byte) (int, error) {
	n, err := g.zr.Read(p)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("the gzip stream of %s is damaged or cut short (%v): make the dump again", g.name, err)
	}
	return n, err
}

func (g *gzipReader) Close() error {
	g.zr.Close()
	return g.f.Close()
}

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

// Output is a dump being written. Nothing appears under the final name
// until Commit: a failed run leaves no file that looks like a dump.
type Output struct {
	path   string
	tmp    *os.File
	gz     io.WriteCloser
	w      io.Writer // the file, the gzip stream or stdout
	sealer *Sealer
	stdout bool
	dev    *os.File // a device or FIFO written in place
}

// Create starts writing path ("-" is stdout); a name ending in .gz is gzip-compressed.
func Create(path string, stdout io.Writer) (*Output, error) {
	o := &Output{path: path}
	if path == "-" {
		o.w, o.stdout = &advisedWriter{w: stdout, path: "to stdout"}, true
		o.sealer = NewSealer(o.w)
		return o, nil
	}
	// A device or a FIFO (/dev/null, a named pipe) is written in place:
	// renaming a temporary file over it would replace it.
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return nil, fmt.Errorf("create dump %s: it is a directory: give a file name", path)
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("create dump %s: %w", path, err)
		}
		o.w, o.dev = f, f
		o.sealer = NewSealer(o.w)
		return o, nil
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".partial-*")
	if err != nil {
		return nil, fmt.Errorf("create dump %s: %w (does the directory exist and is it writable?)", path, err)
	}
	o.tmp, o.w = tmp, &advisedWriter{w: tmp, path: path}
	if strings.HasSuffix(path, ".gz") {
		zw := pgzip.NewWriter(tmp)
		zw.SetConcurrency(512<<10, 2) // two cores, flat memory
		o.gz, o.w = zw, zw
	}
	o.sealer = NewSealer(o.w)
	return o, nil
}

// advisedWriter names the dump and the fix in a failed write.
type advisedWriter struct {
	w    io.Writer
	path string
}

func (a *advisedWriter) Write(p []byte) (int, error) {
	n, err := a.w.Write(p)
	if err != nil {
		advice := ""
		switch {
		case errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT):
			advice = ": the disk is full; free space there or write the dump elsewhere (--out); nothing was kept"
		case errors.Is(err, syscall.EPIPE):
			advice = ": the command reading the output stopped early (see its own message above); what was written is incomplete and carries no seal"
		}
		err = fmt.Errorf("write dump %s: %w%s", a.path, err, advice)
	}
	return n, err
}

// Write writes dump bytes and hashes them for the seal.
func (o *Output) Write(p []byte) (int, error) {
	n, err := o.sealer.Write(p)
	if err != nil {
		return n, fmt.Errorf("write dump %s: %w", o.path, err)
	}
	return n, nil
}

// Seal writes the sha256 trailer line of everything written so far.
func (o *Output) Seal() error { return o.sealer.Seal() }

// SealLine is the seal line of what was written so far (see Sealer).
func (o *Output) SealLine() []byte { return o.sealer.SealLine() }

// Commit finishes the file and moves it to its final name.
func (o *Output) Commit() error {
	if err := o.sealer.Close(); err != nil {
		return fmt.Errorf("write dump %s: %w", o.path, err)
	}
	if o.stdout {
		return nil
	}
	if o.dev != nil {
		return o.dev.Close()
	}
	if o.gz != nil {
		if err := o.gz.Close(); err != nil {
			return fmt.Errorf("write dump %s: %w", o.path, err)
		}
	}
	// No fsync: a dump cut short by a crash still fails its seal check,
	// so durability costs time and buys nothing here.
	if err := o.tmp.Close(); err != nil {
		return fmt.Errorf("write dump %s: %w (disk full?)", o.path, err)
	}
	if err := os.Chmod(o.tmp.Name(), 0o600); err != nil {
		return err
	}
	return os.Rename(o.tmp.Name(), o.path)
}

// Abort removes the partial file.
func (o *Output) Abort() {
	o.sealer.Close()
	if o.dev != nil {
		o.dev.Close()
	}
	if o.tmp != nil {
		o.tmp.Close()
		os.Remove(o.tmp.Name())
	}
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
