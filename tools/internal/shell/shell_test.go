package shell

import (
	"os/exec"
	"testing"
)

// The real judge of quoting is a real shell: every value must come back as
// exactly one, unchanged argument.
func TestQuoteRoundTripsThroughSh(t *testing.T) {
	values := []string{
		"", "plain", "with space", "it's", `double"quote`, "$(touch /tmp/pwned)",
		"`id`", "semi;colon", "new\nline", "tab\there", "-leading-dash", "ünïcödé ✓",
		"back\\slash", "*glob?", "~tilde", "a'b'c", "'", "''", "!bang", "#hash", "=eq",
		"{brace}", "&amp", "|pipe", "<in>out", "%percent", "x=y",
	}
	for _, v := range values {
		out, err := exec.Command("sh", "-c", "printf '%s' "+Quote(v)).Output()
		if err != nil {
			t.Fatalf("sh rejected %q quoted as %s: %v", v, Quote(v), err)
		}
		if string(out) != v {
			t.Errorf("Quote(%q) = %s came back as %q", v, Quote(v), out)
		}
	}
}

func TestJoinKeepsArgumentBoundaries(t *testing.T) {
	argv := []string{"a b", "c'd", "", "$HOME"}
	out, err := exec.Command("sh", "-c", `for a in `+Join(argv...)+`; do printf '[%s]' "$a"; done`).Output()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(out), "[a b][c'd][][$HOME]"; got != want {
		t.Errorf("got %s want %s", got, want)
	}
}

func FuzzQuote(f *testing.F) {
	f.Add("it's $(x)")
	f.Fuzz(func(t *testing.T, v string) {
		for i := 0; i < len(v); i++ {
			if v[i] == 0 {
				return // argv cannot carry NUL
			}
		}
		out, err := exec.Command("sh", "-c", "printf '%s' "+Quote(v)).Output()
		if err != nil || string(out) != v {
			t.Fatalf("Quote(%q) = %s -> %q, %v", v, Quote(v), out, err)
		}
	})
}
