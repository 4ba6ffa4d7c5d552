// Package lexer is a streaming lexer for mysqldump and mariadb-dump
// output. It copies a dump from a reader to a writer and gives its caller
// places to act: every string literal inside an INSERT's VALUES (with
// table and column), the head of every INSERT, every whole non-INSERT
// statement, and every "-- " comment line between statements.
//
// It is hand-written because no Go SQL parser streams: they want a whole
// statement in memory, and one extended INSERT of a WordPress dump can be
// hundreds of megabytes. Memory here is one read buffer, the largest single
// string literal, and the largest non-INSERT statement; INSERT text is
// never held whole. The literal scan runs on bytes.IndexByte, so the lexer
// keeps up with a disk.
package lexer

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// Kind classifies a statement.
type Kind int

const (
	Other Kind = iota
	Insert
	CreateTable
	// Delimiter is the client command "DELIMITER xx" that mysqldump writes
	// around triggers and routines; its text is the whole line.
	Delimiter
)

// Column is one column of a CREATE TABLE.
type Column struct {
	Name string
	Type string // lower-case base type: varchar, longtext, bigint, blob ...
}

// Statement describes the statement being read.
type Statement struct {
	Kind    Kind
	Table   string
	Columns []Column // CREATE TABLE: its columns; INSERT: its column list, if given
	Rows    int64    // INSERT: tuples read so far
	Offset  int64    // where the statement starts in the input: tells statements apart
}

// Hooks are the caller's places to act. Any may be nil.
type Hooks struct {
	// Statement is called for every non-INSERT statement with its full
	// text (terminator included) and returns the text to write; an error
	// stops the copy.
	Statement func(st *Statement, text []byte) ([]byte, error)
	// InsertHead may rewrite the head of an INSERT (up to VALUES), e.g.
	// to rename its table; it returns the text to write.
	InsertHead func(st *Statement, head []byte) []byte
	// End is called at the end of every statement (after its terminator).
	End func(st *Statement)
	// Comment is called for every "-- " or "#" line between statements,
	// newline included; it returns the text to write.
	Comment func(line []byte) []byte
	// Defer sees every string literal of an INSERT tuple: raw is its text
	// as written (still SQL-escaped, without the quotes); binary is true
	// for _binary '…' and x'…' literals. It runs on the lexer's goroutine
	// and returns a non-nil ticket for a literal to rewrite; Rewrite then
	// runs on a writer goroutine, in stream order, and appends the
	// literal's new raw text. Lexing and rewriting so use two cores.
	Defer   func(st *Statement, col int, raw []byte, binary bool) any
	Rewrite func(dst, raw []byte, ticket any) []byte
}

// Limits protect memory from hostile input.
var (
	MaxStatement = 256 << 20 // a non-INSERT statement
	MaxLiteral   = 1 << 30   // one string literal
)

// ErrTruncated means the input ended inside a statement, literal or comment.
var ErrTruncated = errors.New("the dump ends in the middle of a statement (truncated?)")

const bufSize = 1 << 20

// Copy reads a dump from r, writes it to w, and calls the hooks.
func Copy(w io.Writer, r io.Reader, h Hooks) error {
	l := &lexer{r: r, buf: make([]byte, 0, bufSize), h: h}
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriterSize(w, bufSize)
	}
	if h.Defer != nil {
		sw := newSegmentWriter(bw, h.Rewrite)
		l.w = sw
		err := l.run()
		if cerr := sw.close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
		return bw.Flush()
	}
	l.w = bw
	if err := l.run(); err != nil {
		return err
	}
	return bw.Flush()
}

// outWriter is where the lexer writes: a bufio.Writer, or a segmentWriter
// when literals are rewritten on a second goroutine.
type outWriter interface {
	Write(p []byte) (int, error)
	WriteByte(c byte) error
}

type lexer struct {
	r   io.Reader
	w   outWriter
	h   Hooks
	buf []byte
	pos int
	eof bool
	err error

	st      Statement
	delim   []byte // the statement terminator when DELIMITER changed it; nil for ';'
	stmt    []byte // buffered text of a non-INSERT statement
	lit     []byte // scratch for literals and their replacements
	word    []byte // the identifier-ish word before a literal (_binary, x)
	depth   int
	col     int
	offset  int64 // bytes consumed before buf[0], for messages
	stmtOff int64
}

// fill makes at least n bytes available from pos, unless the input ends.
func (l *lexer) fill(n int) bool {
	if len(l.buf)-l.pos >= n {
		return true
	}
	if l.eof {
		return false
	}
	if l.pos > 0 {
		l.offset += int64(l.pos)
		copy(l.buf, l.buf[l.pos:])
		l.buf = l.buf[:len(l.buf)-l.pos]
		l.pos = 0
	}
	for len(l.buf)-l.pos < n && !l.eof {
		if len(l.buf) == cap(l.buf) {
			nb := make([]byte, len(l.buf), 2*cap(l.buf))
			copy(nb, l.buf)
			l.buf = nb
		}
		m, err := l.r.Read(l.buf[len(l.buf):cap(l.buf)])
		l.buf = l.buf[:len(l.buf)+m]
		if err == io.EOF {
			l.eof = true
		} else if err != nil {
			l.err = err
			l.eof = true
		}
	}
	return len(l.buf)-l.pos >= n
}

func (l *lexer) run() error {
	for {
		// Between statements: whitespace and line comments.
		if !l.fill(1) {
			return l.err
		}
		c := l.buf[l.pos]
		switch {
		case c == ' ' || c == '\n' || c == '\r' || c == '\t':
			l.w.WriteByte(c)
			l.pos++
			continue
		case c == '#' || (c == '-' && l.fill(3) && l.buf[l.pos+1] == '-' && isSpace(l.buf[l.pos+2])) || (c == '-' && l.fill(2) && l.buf[l.pos+1] == '-' && l.eofAfter(2)):
			if err := l.lineComment(); err != nil {
				return err
			}
			continue
		}
		if err := l.statement(); err != nil {
			return err
		}
	}
}

func (l *lexer) eofAfter(n int) bool { return !l.fill(n + 1) }

// appendLine appends the input up to and including the next newline (or
// to its end) to dst.
func (l *lexer) appendLine(dst []byte) []byte {
	for l.fill(1) {
		if i := bytes.IndexByte(l.buf[l.pos:], '\n'); i >= 0 {
			dst = append(dst, l.buf[l.pos:l.pos+i+1]...)
			l.pos += i + 1
			return dst
		}
		dst = append(dst, l.buf[l.pos:]...)
		l.pos = len(l.buf)
	}
	return dst
}

func (l *lexer) lineComment() error {
	l.lit = l.appendLine(l.lit[:0])
	out := l.lit
	if l.h.Comment != nil {
		out = l.h.Comment(l.lit)
	}
	_, err := l.w.Write(out)
	return err
}

var (
	insertRe = regexp.MustCompile("(?is)^\\s*(?:INSERT|REPLACE)(?:\\s+(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|IGNORE))*\\s+INTO\\s+`((?:[^`]|``)+)`\\s*(?:\\(([^)]*)\\))?\\s*VALUES\\s*$")
	createRe = regexp.MustCompile("(?is)^\\s*CREATE\\s+(?:TEMPORARY\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`((?:[^`]|``)+)`\\s*$")
	identRe  = regexp.MustCompile("`((?:[^`]|``)+)`")
	colRe    = regexp.MustCompile("(?m)^\\s*`((?:[^`]|``)+)`\\s+([A-Za-z]+)")
)

// statement reads one statement. Until it is known to be an INSERT it is
// buffered; an INSERT is then streamed tuple by tuple.
func (l *lexer) statement() error {
	l.stmtOff = l.offset + int64(l.pos)
	l.st = Statement{Offset: l.stmtOff}
	l.stmt = l.stmt[:0]
	l.depth, l.col = 0, 0
	if l.fill(10) && bytes.EqualFold(l.buf[l.pos:l.pos+10], []byte("DELIMITER ")) {
		return l.delimiter()
	}
	for {
		if !l.fill(1) {
			if l.err != nil {
				return l.err
			}
			if len(bytes.TrimSpace(l.stmt)) == 0 {
				_, err := l.w.Write(l.stmt)
				return err
			}
			return fmt.Errorf("at byte %d: %w", l.stmtOff, ErrTruncated)
		}
		c := l.buf[l.pos]
		if l.delim != nil && c == l.delim[0] && l.fill(len(l.delim)) && bytes.Equal(l.buf[l.pos:l.pos+len(l.delim)], l.delim) {
			l.stmt = append(l.stmt, l.delim...)
			l.pos += len(l.delim)
			return l.endBuffered()
		}
		switch c {
		case '\'', '"', '`':
			if err := l.bufferQuoted(c); err != nil {
				return err
			}
			continue
		case '/':
			if l.fill(2) && l.buf[l.pos+1] == '*' {
				if err := l.bufferBlockComment(); err != nil {
					return err
				}
				continue
			}
		case '#', '-':
			if c == '#' || (l.fill(3) && l.buf[l.pos+1] == '-' && isSpace(l.buf[l.pos+2])) {
				l.stmt = l.appendLine(l.stmt) // a comment inside a statement
				continue
			}
		case '(':
			if l.depth == 0 && l.st.Kind == Other && mayClassify(l.stmt) {
				if m := insertRe.FindSubmatch(l.stmt); m != nil {
					l.st.Kind, l.st.Table = Insert, unquoteIdent(m[1])
					for _, id := range identRe.FindAllSubmatch(m[2], -1) {
						l.st.Columns = append(l.st.Columns, Column{Name: unquoteIdent(id[1])})
					}
					head := l.stmt
					if l.h.InsertHead != nil {
						head = l.h.InsertHead(&l.st, head)
					}
					l.w.Write(head)
					return l.insert()
				}
				if m := createRe.FindSubmatch(l.stmt); m != nil {
					l.st.Kind, l.st.Table = CreateTable, unquoteIdent(m[1])
				}
			}
			l.depth++
		case ')':
			l.depth--
		case ';':
			if l.delim != nil {
				break // inside a trigger or routine body
			}
			l.stmt = append(l.stmt, c)
			l.pos++
			return l.endBuffered()
		}
		l.stmt = append(l.stmt, c)
		l.pos++
		if len(l.stmt) > MaxStatement {
			return fmt.Errorf("at byte %d: a statement longer than %d MiB that is not an INSERT: not a dump wpsync can read", l.stmtOff, MaxStatement>>20)
		}
	}
}

// delimiter reads a "DELIMITER xx" line: from here on, statements end
// with xx instead of ';' (the mysql client's own rule).
func (l *lexer) delimiter() error {
	l.st.Kind = Delimiter
	l.stmt = l.appendLine(l.stmt)
	f := bytes.Fields(l.stmt)
	if len(f) != 2 {
		return fmt.Errorf("at byte %d: a DELIMITER line without one delimiter: %.80q", l.stmtOff, l.stmt)
	}
	if string(f[1]) == ";" {
		l.delim = nil
	} else {
		l.delim = append([]byte(nil), f[1]...)
	}
	return l.endBuffered()
}

func (l *lexer) endBuffered() error {
	if l.st.Kind == CreateTable {
		for _, m := range colRe.FindAllSubmatch(l.stmt, -1) {
			l.st.Columns = append(l.st.Columns, Column{Name: unquoteIdent(m[1]), Type: strings.ToLower(string(m[2]))})
		}
	}
	out := l.stmt
	if l.h.Statement != nil {
		var err error
		if out, err = l.h.Statement(&l.st, l.stmt); err != nil {
			return err
		}
	}
	if _, err := l.w.Write(out); err != nil {
		return err
	}
	if l.h.End != nil {
		l.h.End(&l.st)
	}
	return l.writeErr()
}

// writeErr reports a failed destination early: bufio.Writer keeps its
// first error, and an empty Write returns it.
func (l *lexer) writeErr() error {
	_, err := l.w.Write(nil)
	return err
}

// bufferQuoted appends a quoted string or identifier to the statement buffer.
func (l *lexer) bufferQuoted(q byte) error {
	start := len(l.stmt)
	l.stmt = append(l.stmt, q)
	l.pos++
	for {
		if !l.fill(1) {
			return l.truncatedAt(int64(start))
		}
		c := l.buf[l.pos]
		l.stmt = append(l.stmt, c)
		l.pos++
		if c == '\\' && q != '`' {
			if !l.fill(1) {
				return l.truncatedAt(int64(start))
			}
			l.stmt = append(l.stmt, l.buf[l.pos])
			l.pos++
			continue
		}
		if c == q {
			if l.fill(1) && l.buf[l.pos] == q { // doubled quote
				l.stmt = append(l.stmt, q)
				l.pos++
				continue
			}
			return nil
		}
	}
}

func (l *lexer) bufferBlockComment() error {
	start := len(l.stmt)
	l.stmt = append(l.stmt, '/', '*')
	l.pos += 2
	for {
		if !l.fill(2) {
			if l.fill(1) {
				l.stmt = append(l.stmt, l.buf[l.pos])
				l.pos++
			}
			return l.truncatedAt(int64(start))
		}
		i := bytes.Index(l.buf[l.pos:], []byte("*/"))
		if i >= 0 {
			l.stmt = append(l.stmt, l.buf[l.pos:l.pos+i+2]...)
			l.pos += i + 2
			return nil
		}
		n := len(l.buf) - l.pos - 1 // keep a trailing '*'
		l.stmt = append(l.stmt, l.buf[l.pos:l.pos+n]...)
		l.pos += n
		l.fill(2)
	}
}

func (l *lexer) truncatedAt(int64) error {
	if l.err != nil {
		return l.err
	}
	return fmt.Errorf("at byte %d: %w", l.stmtOff, ErrTruncated)
}

// insert streams the VALUES of an INSERT; pos is on the first '('.
func (l *lexer) insert() error {
	for {
		if !l.fill(1) {
			return l.truncatedAt(0)
		}
		// Copy the run of plain bytes up to the next byte that matters.
		b := l.buf[l.pos:]
		i := 0
		for ; i < len(b); i++ {
			c := b[i]
			switch c {
			case '\'', '(', ')', ',', ';', '"', '`':
			default:
				if isWordChar(c) {
					if len(l.word) < 16 {
						l.word = append(l.word, c)
					}
				} else if c != ' ' {
					l.word = l.word[:0]
				}
				continue
			}
			break
		}
		l.w.Write(b[:i])
		l.pos += i
		if i == len(b) {
			continue
		}
		c := b[i]
		switch c {
		case '\'':
			if err := l.literal(); err != nil {
				return err
			}
			continue
		case '"', '`': // not in dump values, but keep the lexer honest
			mark := len(l.stmt)
			if err := l.bufferQuoted(c); err != nil {
				return err
			}
			l.w.Write(l.stmt[mark:])
			l.stmt = l.stmt[:mark]
			continue
		case '(':
			if l.depth == 0 {
				l.st.Rows++
				l.col = 0
			}
			l.depth++
		case ')':
			l.depth--
		case ',':
			if l.depth == 1 {
				l.col++
			}
		case ';':
			if l.depth == 0 {
				l.w.WriteByte(';')
				l.pos++
				if l.h.End != nil {
					l.h.End(&l.st)
				}
				return l.writeErr()
			}
		}
		l.word = l.word[:0]
		l.w.WriteByte(c)
		l.pos++
	}
}

// literal reads one '…' literal in an INSERT and writes it, rewritten if
// the hook says so.
func (l *lexer) literal() error {
	binary := len(l.word) > 0 && (bytes.EqualFold(l.word, []byte("_binary")) || (len(l.word) == 1 && l.word[0]|0x20 == 'x'))
	l.word = l.word[:0]
	l.pos++ // opening quote
	start := l.pos
	l.lit = l.lit[:0]
	spanning, escaped := false, false
	nextQ, nextB := -1, -1
	for {
		if l.pos >= len(l.buf) {
			spanning = true
			if !l.spill(start) {
				return l.truncatedAt(0)
			}
			start, nextQ, nextB = l.pos, -1, -1
		}
		if escaped { // the byte after a backslash, whatever it is
			l.pos++
			escaped = false
			continue
		}
		if nextQ < l.pos {
			if j := bytes.IndexByte(l.buf[l.pos:], '\''); j >= 0 {
				nextQ = l.pos + j
			} else {
				nextQ = len(l.buf)
			}
		}
		if nextB < l.pos {
			if j := bytes.IndexByte(l.buf[l.pos:], '\\'); j >= 0 {
				nextB = l.pos + j
			} else {
				nextB = len(l.buf)
			}
		}
		if nextB < nextQ { // an escape: skip it and the escaped byte
			l.pos = nextB + 1
			escaped = true
			continue
		}
		if nextQ == len(l.buf) {
			l.pos = len(l.buf)
			continue
		}
		// A quote: doubled ('') continues the literal.
		l.pos = nextQ + 1
		if l.pos >= len(l.buf) {
			spanning = true
			more := l.spill(start)
			start, nextQ, nextB = l.pos, -1, -1
			if more && l.buf[l.pos] == '\'' {
				l.pos++
				continue
			}
			l.lit = l.lit[:len(l.lit)-1] // the closing quote
			break
		}
		if l.buf[l.pos] == '\'' {
			l.pos++
			continue
		}
		if spanning {
			l.lit = append(l.lit, l.buf[start:l.pos-1]...)
		}
		break
	}
	var raw []byte
	if spanning {
		raw = l.lit
		if cap(l.lit) > 4*bufSize && l.h.Defer == nil {
			defer func() { l.lit = nil }() // do not keep a big literal's buffer
		}
	} else {
		raw = l.buf[start : l.pos-1]
	}
	if len(raw) > MaxLiteral {
		return fmt.Errorf("at byte %d: a string literal longer than %d MiB", l.stmtOff, MaxLiteral>>20)
	}
	l.w.WriteByte('\'')
	if l.h.Defer != nil {
		if t := l.h.Defer(&l.st, l.col, raw, binary); t != nil {
			l.w.(*segmentWriter).deferLiteral(raw, t, spanning)
			if spanning {
				l.lit = nil // handed over
			}
			return l.w.WriteByte('\'')
		}
	}
	l.w.Write(raw)
	return l.w.WriteByte('\'')
}

// mayClassify is a cheap test before the regular expressions: only
// INSERT, REPLACE and CREATE statements are ever classified.
func mayClassify(stmt []byte) bool {
	s := bytes.TrimLeft(stmt, " \t\r\n")
	if len(s) < 6 {
		return false
	}
	switch s[0] | 0x20 {
	case 'i', 'r', 'c':
		return true
	}
	return false
}

// spill keeps the part of a literal read so far (from start) and reads
// more input; it reports whether there is more.
func (l *lexer) spill(start int) bool {
	l.lit = append(l.lit, l.buf[start:l.pos]...)
	return l.fill(1)
}

func unquoteIdent(b []byte) string { return strings.ReplaceAll(string(b), "``", "`") }

func isSpace(c byte) bool    { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
func isWordChar(c byte) bool { return c == '_' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }
