package dump

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/klauspost/pgzip"
)

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
	if path == "-" {
		// A pipe's first bytes come when its writer has planned its dump:
		// the reader's own preparations (connecting, locking) go on
		// meanwhile, and the format is found at the first read.
		return &lazyReader{open: func() (io.ReadCloser, error) { return detect(f, path) }, f: f}, nil
	}
	return detect(f, path)
}

// detect returns f decompressed when it starts like gzip.
func detect(f io.ReadCloser, path string) (io.ReadCloser, error) {
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

// lazyReader opens its stream at the first read.
type lazyReader struct {
	open func() (io.ReadCloser, error)
	f    io.Closer
	r    io.ReadCloser
	err  error
}

func (l *lazyReader) Read(p []byte) (int, error) {
	if l.r == nil && l.err == nil {
		l.r, l.err = l.open()
	}
	if l.err != nil {
		return 0, l.err
	}
	return l.r.Read(p)
}

func (l *lazyReader) Close() error {
	if l.r != nil {
		return l.r.Close()
	}
	return l.f.Close()
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

// Commit finishes the file and moves it to its final name. A manifest,
// when given, is written beside a dump file first (FILE.manifest.json), so
// a dump under its final name always has its manifest.
func (o *Output) Commit(m *Manifest) error {
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
	if m != nil {
		if err := m.WriteFile(o.path + ".manifest.json"); err != nil {
			return err
		}
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
