// Package phpserial walks PHP-serialized data byte-exactly and rewrites its
// string leaves, recomputing every length it has to.
//
// It is hand-written because no Go library fits: the general PHP
// (un)serializers decode into Go values and serialize again, which
// re-formats floats, loses the difference between s: and S:, needs the
// class of every object, and drops C: payloads. Here nothing is decoded
// that is not rewritten: integers, floats, booleans, nulls, references,
// class names and property names (with their NUL bytes) are copied as
// they are, and a value that is not rewritten comes out identical.
package phpserial

import (
	"bytes"
	"errors"
	"slices"
	"strconv"
)

// LeafFunc appends the rewritten form of one string leaf to dst.
type LeafFunc func(dst, leaf []byte) []byte

// MaxDepth bounds nesting so hostile input cannot exhaust the stack.
const MaxDepth = 512

var errSyntax = errors.New("not valid PHP-serialized data")

// LooksSerialized is WordPress's is_serialized() idea: a cheap test that
// decides whether it is worth trying to parse.
// TrimSpace splits s as PHP's trim() sees it (" \t\n\r\0\x0B"), which
// is what WordPress's maybe_unserialize() does before unserialize().
func TrimSpace(s []byte) (lead, body, trail []byte) {
	i, j := 0, len(s)
	for i < j && isTrimSpace(s[i]) {
		i++
	}
	for j > i && isTrimSpace(s[j-1]) {
		j--
	}
	return s[:i], s[i:j], s[j:]
}

func isTrimSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0 || c == 0x0b
}

func LooksSerialized(s []byte) bool {
	if len(s) < 4 {
		return len(s) == 2 && s[0] == 'N' && s[1] == ';'
	}
	if s[1] != ':' && !(s[0] == 'N' && s[1] == ';') {
		return false
	}
	switch last := s[len(s)-1]; last {
	case ';', '}':
	default:
		return false
	}
	switch s[0] {
	case 'a', 'O', 's', 'S', 'C', 'i', 'd', 'b', 'E', 'N':
		return true
	}
	return false
}

// Rewrite parses src as exactly one serialized value, appends it to dst
// with every string leaf passed through leaf, and reports whether src
// parsed. On failure dst is returned as it was given.
func Rewrite(dst, src []byte, leaf LeafFunc) ([]byte, bool) {
	w := walker{src: src, leaf: leaf, out: slices.Grow(dst, len(src)+len(src)/16)}
	if err := w.value(0); err != nil || w.pos != len(src) {
		return dst, false
	}
	return w.out, true
}

// Valid reports whether src is exactly one serialized value.
func Valid(src []byte) bool {
	_, ok := Rewrite(nil, src, func(dst, leaf []byte) []byte { return append(dst, leaf...) })
	return ok
}

type walker struct {
	src  []byte
	pos  int
	out  []byte
	tmp  []byte // scratch for one rewritten leaf
	leaf LeafFunc
}

func (w *walker) value(depth int) error {
	if depth > MaxDepth || w.pos+1 >= len(w.src) {
		return errSyntax
	}
	t := w.src[w.pos]
	if t == 'N' {
		return w.copyLit("N;")
	}
	if w.src[w.pos+1] != ':' {
		return errSyntax
	}
	switch t {
	case 'i':
		return w.scalar(isIntChar)
	case 'd':
		return w.scalar(isFloatChar)
	case 'b':
		if w.pos+3 < len(w.src) && (w.src[w.pos+2] == '0' || w.src[w.pos+2] == '1') && w.src[w.pos+3] == ';' {
			w.copyN(4)
			return nil
		}
		return errSyntax
	case 'r', 'R':
		return w.scalar(isDigit)
	case 's':
		return w.str()
	case 'a':
		start := w.pos
		n, err := w.count(start + 2)
		if err != nil {
			return err
		}
		w.out = append(w.out, w.src[start:w.pos]...)
		return w.members(n, depth)
	case 'O':
		start := w.pos
		if err := w.skipName(start + 2); err != nil {
			return err
		}
		n, err := w.count(w.pos + 1)
		if err != nil {
			return err
		}
		w.out = append(w.out, w.src[start:w.pos]...)
		return w.members(n, depth)
	case 'C':
		return w.custom(depth)
	case 'E':
		start := w.pos
		if err := w.skipName(start + 2); err != nil {
			return err
		}
		if w.pos >= len(w.src) || w.src[w.pos] != ';' {
			return errSyntax
		}
		w.pos++
		w.out = append(w.out, w.src[start:w.pos]...)
		return nil
	}
	return errSyntax // S: (escaped strings) and anything unknown
}

// members walks n key/value pairs and the closing brace. The opening
// "{" was copied with the header.
func (w *walker) members(n, depth int) error {
	for i := 0; i < n; i++ {
		if w.pos+1 >= len(w.src) || (w.src[w.pos] != 's' && w.src[w.pos] != 'i') {
			return errSyntax
		}
		if err := w.value(depth + 1); err != nil { // keys: strings are rewritten too
			return err
		}
		if err := w.value(depth + 1); err != nil {
			return err
		}
	}
	return w.copyLit("}")
}

// str handles s:N:"...";, rewriting the N bytes.
func (w *walker) str() error {
	n, end, err := w.length(w.pos + 2)
	if err != nil {
		return err
	}
	body := end + 2 // after :"
	if end+1 >= len(w.src) || w.src[end+1] != '"' || body+n+2 > len(w.src) || w.src[body+n] != '"' || w.src[body+n+1] != ';' {
		return errSyntax
	}
	w.writeString('s', w.src[body:body+n])
	w.pos = body + n + 2
	return nil
}

// custom handles C:N:"Class":M:{payload}: the payload is rewritten as
// serialized fragments inside arbitrary bytes and its length recomputed.
func (w *walker) custom(depth int) error {
	start := w.pos
	if err := w.skipName(start + 2); err != nil {
		return err
	}
	n, end, err := w.length(w.pos + 1)
	if err != nil {
		return err
	}
	body := end + 2 // after :{
	if end+1 >= len(w.src) || w.src[end+1] != '{' || body+n >= len(w.src) || w.src[body+n] != '}' {
		return errSyntax
	}
	header := w.src[start : w.pos+1] // C:N:"Class":
	payload := rewriteFragments(nil, w.src[body:body+n], w.leaf, depth+1)
	w.out = append(w.out, header...)
	w.out = strconv.AppendInt(w.out, int64(len(payload)), 10)
	w.out = append(w.out, ":{"...)
	w.out = append(w.out, payload...)
	w.out = append(w.out, '}')
	w.pos = body + n + 1
	return nil
}

// rewriteFragments rewrites each serialized value found in s and passes
// the bytes between them through leaf (ArrayObject's "x:i:0;a:...;m:a:0:{}"
// and similar custom payloads).
func rewriteFragments(dst, s []byte, leaf LeafFunc, depth int) []byte {
	plainStart := 0
	for i := 0; i < len(s); {
		if i+1 < len(s) && (s[i+1] == ':' || s[i] == 'N') && isTypeChar(s[i]) {
			w := walker{src: s[:len(s):len(s)], pos: i, leaf: leaf}
			if err := w.value(depth); err == nil {
				dst = leaf(dst, s[plainStart:i])
				dst = append(dst, w.out...)
				i, plainStart = w.pos, w.pos
				continue
			}
		}
		i++
	}
	return leaf(dst, s[plainStart:])
}

// writeString appends typ:N:"<leaf(body)>"; with N the new byte length.
func (w *walker) writeString(typ byte, body []byte) {
	w.tmp = w.leaf(w.tmp[:0], body)
	w.out = append(w.out, typ, ':')
	w.out = strconv.AppendInt(w.out, int64(len(w.tmp)), 10)
	w.out = append(w.out, ':', '"')
	w.out = append(w.out, w.tmp...)
	w.out = append(w.out, '"', ';')
}

// length reads the decimal at i up to ':' and returns it and the colon's index.
func (w *walker) length(i int) (n, colon int, err error) {
	j := i
	for j < len(w.src) && isDigit(w.src[j]) {
		j++
	}
	if j == i || j >= len(w.src) || w.src[j] != ':' || j-i > 12 {
		return 0, 0, errSyntax
	}
	v, err := strconv.Atoi(string(w.src[i:j]))
	if err != nil || v > len(w.src) {
		return 0, 0, errSyntax
	}
	return v, j, nil
}

// count reads "N:{" at i for arrays and objects and leaves pos after "{".
func (w *walker) count(i int) (int, error) {
	n, colon, err := w.length(i)
	if err != nil || colon+1 >= len(w.src) || w.src[colon+1] != '{' {
		return 0, errSyntax
	}
	w.pos = colon + 2
	return n, nil
}

// skipName checks N:"name" at i and leaves pos on the byte after the closing quote.
func (w *walker) skipName(i int) error {
	n, colon, err := w.length(i)
	if err != nil {
		return err
	}
	q := colon + 1
	if q >= len(w.src) || w.src[q] != '"' || q+n+2 > len(w.src) || w.src[q+n+1] != '"' {
		return errSyntax
	}
	w.pos = q + n + 2
	return nil
}

// scalar copies "t:<chars>;".
func (w *walker) scalar(ok func(byte) bool) error {
	j := w.pos + 2
	for j < len(w.src) && ok(w.src[j]) {
		j++
	}
	if j == w.pos+2 || j >= len(w.src) || w.src[j] != ';' {
		return errSyntax
	}
	w.copyN(j + 1 - w.pos)
	return nil
}

func (w *walker) copyLit(lit string) error {
	if !bytes.HasPrefix(w.src[w.pos:], []byte(lit)) {
		return errSyntax
	}
	w.copyN(len(lit))
	return nil
}

func (w *walker) copyN(n int) {
	w.out = append(w.out, w.src[w.pos:w.pos+n]...)
	w.pos += n
}

func isDigit(c byte) bool    { return '0' <= c && c <= '9' }
func isIntChar(c byte) bool  { return isDigit(c) || c == '-' || c == '+' }
func isTypeChar(c byte) bool { return bytes.IndexByte([]byte("aOsCidbrRNE"), c) >= 0 }
func isFloatChar(c byte) bool {
	return isDigit(c) || c == '-' || c == '+' || c == '.' || c == 'E' || c == 'e' || c == 'I' || c == 'N' || c == 'F' || c == 'A'
}

// member is one key/value pair of a serialized array, as written.
type member struct{ key, val []byte }

// arrayMembers splits the serialized array src into its members; ok is
// false when src is not exactly one serialized array.
func arrayMembers(src []byte) (members []member, ok bool) {
	if len(src) < 4 || src[0] != 'a' || src[1] != ':' {
		return nil, false
	}
	identity := func(dst, b []byte) []byte { return append(dst, b...) }
	w := walker{src: src, leaf: identity}
	n, err := w.count(2)
	if err != nil {
		return nil, false
	}
	for i := 0; i < n; i++ {
		keyStart := w.pos
		w.out = w.out[:0]
		if w.pos+1 >= len(src) || (src[w.pos] != 's' && src[w.pos] != 'i') || w.value(1) != nil {
			return nil, false
		}
		valStart := w.pos
		if w.value(1) != nil {
			return nil, false
		}
		members = append(members, member{src[keyStart:valStart], src[valStart:w.pos]})
	}
	if w.pos != len(src)-1 || src[w.pos] != '}' {
		return nil, false
	}
	return members, true
}

// appendArray writes a:count:{body}.
func appendArray(dst []byte, count int, body []byte) []byte {
	dst = append(dst, "a:"...)
	dst = strconv.AppendInt(dst, int64(count), 10)
	dst = append(dst, ":{"...)
	return append(append(dst, body...), '}')
}

// SetStrings returns the serialized array src with the string keys in set
// given the string values in set (added when missing; the count is
// recomputed), every other member byte for byte. ok is false when src is
// not one serialized array. changed lists the keys whose value changed.
func SetStrings(src []byte, set map[string]string) (out []byte, changed []string, ok bool) {
	members, ok := arrayMembers(src)
	if !ok {
		return src, nil, false
	}
	var body []byte
	seen := map[string]bool{}
	for _, m := range members {
		body = append(body, m.key...)
		key, isStr := stringValue(m.key)
		if v, want := set[key]; isStr && want {
			seen[key] = true
			newVal := appendString(nil, v)
			if !bytes.Equal(newVal, m.val) {
				changed = append(changed, key)
			}
			body = append(body, newVal...)
			continue
		}
		body = append(body, m.val...)
	}
	count := len(members)
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if !seen[k] {
			body = appendString(body, k)
			body = appendString(body, set[k])
			changed = append(changed, k)
			count++
		}
	}
	return appendArray(nil, count, body), changed, true
}

func appendString(dst []byte, s string) []byte {
	dst = append(dst, 's', ':')
	dst = strconv.AppendInt(dst, int64(len(s)), 10)
	dst = append(dst, ':', '"')
	dst = append(dst, s...)
	return append(dst, '"', ';')
}

// stringValue reads s:N:"…"; (the whole of raw).
func stringValue(raw []byte) (string, bool) {
	if len(raw) < 6 || raw[0] != 's' {
		return "", false
	}
	i := bytes.IndexByte(raw[2:], ':')
	if i < 0 || len(raw) < 2+i+4 {
		return "", false
	}
	return string(raw[2+i+2 : len(raw)-2]), true
}

// RemoveEntries returns the serialized array src without the members whose
// string value (a list: active_plugins) or string key (a map:
// active_sitewide_plugins) is one of names; a list's integer keys are
// renumbered from 0, as PHP's array_values would. ok is false when src is
// not one serialized array; removed lists what was taken out.
func RemoveEntries(src []byte, names []string) (out []byte, removed []string, ok bool) {
	members, ok := arrayMembers(src)
	if !ok {
		return src, nil, false
	}
	var kept []member
	allInt := true
	for _, m := range members {
		key, keyIsStr := stringValue(m.key)
		val, valIsStr := stringValue(m.val)
		switch {
		case keyIsStr && slices.Contains(names, key):
			removed = append(removed, key)
			continue
		case !keyIsStr && valIsStr && slices.Contains(names, val):
			removed = append(removed, val)
			continue
		}
		allInt = allInt && !keyIsStr
		kept = append(kept, m)
	}
	var body []byte
	for i, m := range kept {
		if allInt {
			body = append(body, 'i', ':')
			body = strconv.AppendInt(body, int64(i), 10)
			body = append(body, ';')
		} else {
			body = append(body, m.key...)
		}
		body = append(body, m.val...)
	}
	return appendArray(nil, len(kept), body), removed, true
}
