package dump

import (
	"bufio"
	"bytes"
	"fmt"
	"io"

	"github.com/wpsync/wpsync/tools/internal/dump/lexer"
)

// Transform copies a dump from r to w through the lexer with the caller's
// hooks and keeps the contract across the change of content:
//
//   - a dumpdb dump (its header line) is verified against its seal, and
//     gets a new seal over the new content; a damaged or cut one is
//     refused, because resealing it would make it look whole;
//   - its manifest line goes through edit (which records the change);
//   - any other input is not hashed (that costs a core); if it carries a
//     seal anyway (a wpsync older than the header line), the output gets
//     none rather than one nobody checked: sealDropped.
//
// The caller's Comment hook is not used: comment lines are the contract's.
func Transform(w io.Writer, r io.Reader, hooks lexer.Hooks, edit func(*Manifest)) (sealDropped bool, err error) {
	// An Output hashes what it is given; any other writer gets a Sealer.
	sealer, ok := w.(interface {
		io.Writer
		SealLine() []byte
	})
	if !ok {
		s := NewSealer(w)
		defer s.Close()
		sealer = s
	}
	bw := bufio.NewWriterSize(sealer, 256<<10)
	sealed := false
	var editErr error
	hooks.Comment = func(line []byte) []byte {
		switch {
		case bytes.HasPrefix(line, []byte(SealPrefix)):
			sealed = true // renewed at the end, over everything written
			return nil
		case bytes.HasPrefix(line, []byte(ManifestPrefix)) && edit != nil:
			m, err := ParseManifestLine(line)
			if err != nil {
				editErr = err
				return line
			}
			edit(m)
			out, err := m.Line()
			if err != nil {
				editErr = err
				return line
			}
			return out
		}
		return line
	}
	v := NewVerifier(r)
	v.OnlyMarked = true
	if err := lexer.Copy(bw, v, hooks); err != nil {
		return false, err
	}
	if v.Marked {
		if err := v.Check(); err != nil {
			return false, fmt.Errorf("refused: %w", err)
		}
		if editErr != nil {
			return false, fmt.Errorf("refused: %w", editErr)
		}
		if _, err := bw.Write(sealer.SealLine()); err != nil {
			return false, err
		}
	} else if sealed {
		sealDropped = true
	}
	return sealDropped, bw.Flush()
}
