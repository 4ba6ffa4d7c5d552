package lexer

import (
	"bytes"
	"testing"
)

func TestEscapeRoundTrip(t *testing.T) {
	for _, v := range []string{"", "plain", "it's \"q\" \\ \x00 \n\r\t \x1a ü"} {
		esc := Escape(nil, []byte(v))
		if got := Unescape(nil, esc); string(got) != v {
			t.Errorf("%q -> %q -> %q", v, esc, got)
		}
	}
	if got := Unescape(nil, []byte(`a''b\%`)); string(got) != `a'b\%` {
		t.Errorf("got %q", got)
	}
}

func FuzzEscape(f *testing.F) {
	f.Add([]byte("a'b\\c\x00"))
	f.Fuzz(func(t *testing.T, v []byte) {
		if got := Unescape(nil, Escape(nil, v)); !bytes.Equal(got, v) {
			t.Fatalf("%q -> %q", v, got)
		}
	})
}
