package rewrite

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"testing"

	"github.com/wpsync/wpsync/tools/internal/dump/lexer"
	"github.com/wpsync/wpsync/tools/internal/urlmap"
)

// Boundary cases built by PHP (testdata/boundaries.php): every value is
// rewritten, or kept, the same way as a live value and inside a dump.
func TestBoundariesOnPHPBuiltValues(t *testing.T) {
	raw, err := exec.Command("php", "testdata/boundaries.php").Output()
	if err != nil {
		t.Fatalf("php testdata/boundaries.php: %v (install php-cli: make deps)", err)
	}
	var cases []struct{ Name, From, To, In, Want string }
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			pairs := []urlmap.Pair{{From: tc.From, To: tc.To}}
			e, err := NewEngine(pairs)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := e.Value(nil, []byte(tc.In))
			if string(got) != tc.Want {
				t.Errorf("value\n in   %q\n got  %q\n want %q", tc.In, got, tc.Want)
			}
			again, res := e.Value(nil, got)
			if !bytes.Equal(again, got) || res.Replacements != 0 {
				t.Errorf("a second run changed %q", got)
			}
			dump := "CREATE TABLE `wp_options` (\n  `option_value` longtext\n);\nINSERT INTO `wp_options` VALUES ('"
			var out bytes.Buffer
			if _, err := Dump(&out, bytes.NewReader([]byte(dump+string(lexer.Escape(nil, []byte(tc.In)))+"');\n")), Options{Pairs: pairs, Prefix: "wp_"}, nil); err != nil {
				t.Fatal(err)
			}
			if want := dump + string(lexer.Escape(nil, []byte(tc.Want))) + "');\n"; out.String() != want {
				t.Errorf("dump\n got  %q\n want %q", out.String(), want)
			}
		})
	}
}
