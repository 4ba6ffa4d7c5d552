package lexer

import (
	"bytes"
	"slices"
)

// Unescape appends the value of a single-quoted literal's raw text.
func Unescape(dst, raw []byte) []byte {
	dst = slices.Grow(dst, len(raw))
	if bytes.IndexByte(raw, '\'') >= 0 {
		return unescapeSlow(dst, raw)
	}
	for {
		i := bytes.IndexByte(raw, '\\')
		if i < 0 || i+1 >= len(raw) {
			return append(dst, raw...)
		}
		dst = append(dst, raw[:i]...)
		dst = appendUnescaped(dst, raw[i+1])
		raw = raw[i+2:]
	}
}

func appendUnescaped(dst []byte, e byte) []byte {
	switch e {
	case '0':
		return append(dst, 0)
	case 'n':
		return append(dst, '\n')
	case 'r':
		return append(dst, '\r')
	case 't':
		return append(dst, '\t')
	case 'b':
		return append(dst, '\b')
	case 'Z':
		return append(dst, 0x1a)
	case '%', '_': // kept escaped, as MySQL does
		return append(dst, '\\', e)
	}
	return append(dst, e)
}

// unescapeSlow also handles doubled quotes (”).
func unescapeSlow(dst, raw []byte) []byte {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c == '\\' && i+1 < len(raw):
			i++
			dst = appendUnescaped(dst, raw[i])
		case c == '\'' && i+1 < len(raw) && raw[i+1] == '\'':
			dst = append(dst, '\'')
			i++
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// escapes maps each byte mysqldump escapes (mysql_real_escape_string: NUL,
// \n, \r, \, ', " and Ctrl-Z) to the letter after its backslash.
var escapes = [256]byte{0: '0', '\n': 'n', '\r': 'r', '\\': '\\', '\'': '\'', '"': '"', 0x1a: 'Z'}

// Escape appends val escaped the way mysqldump writes it.
func Escape(dst, val []byte) []byte {
	if len(val) > 1<<20 { // grow once for a big value
		dst = slices.Grow(dst, len(val)+len(val)/8)
	}
	start := 0
	for i, c := range val {
		if e := escapes[c]; e != 0 {
			dst = append(dst, val[start:i]...)
			dst = append(dst, '\\', e)
			start = i + 1
		}
	}
	return append(dst, val[start:]...)
}
