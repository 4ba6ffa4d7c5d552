package rewrite

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/wpsync/wpsync/tools/internal/dump/lexer"
	"github.com/wpsync/wpsync/tools/internal/phpserial"
)

// Values larger than the lexer's read buffer, read in odd-sized pieces,
// come out as valid serialized data with every URL rewritten.
func TestValuesLargerThanTheBuffer(t *testing.T) {
	for _, size := range []int{100, 900 << 10, 3 << 20} {
		var val bytes.Buffer
		items := 0
		for val.Len() < size {
			fmt.Fprintf(&val, `i:%d;s:37:"https://www.example.test/wp/%09d";`, items, items)
			items++
		}
		serialized := fmt.Sprintf("a:%d:{%s}", items, val.String())
		dump := "CREATE TABLE `wp_options` (\n  `option_id` bigint(20) unsigned NOT NULL,\n  `option_value` longtext NOT NULL\n);\nINSERT INTO `wp_options` VALUES (1,'" +
			strings.ReplaceAll(serialized, `"`, `\"`) + "'),(2,'https://www.example.test/small');\n-- Dump completed\n"
		for _, half := range []bool{false, true} {
			var out bytes.Buffer
			var r = strings.NewReader(dump)
			in := any(r).(interface{ Read([]byte) (int, error) })
			if half {
				in = iotest.HalfReader(r)
			}
			stats, err := Dump(&out, in, Options{Pairs: sandboxPairs}, nil)
			if err != nil {
				t.Fatal(err)
			}
			var vals [][]byte
			lexer.Copy(&bytes.Buffer{}, bytes.NewReader(out.Bytes()), lexer.Hooks{Defer: func(st *lexer.Statement, col int, raw []byte, b bool) any {
				vals = append(vals, lexer.Unescape(nil, raw))
				return nil
			}})
			if len(vals) != 2 || !phpserial.Valid(vals[0]) || bytes.Contains(vals[0], []byte("www.example.test")) || string(vals[1]) != "https://staging.example.test/small" {
				t.Errorf("size %d half %v: %d values, valid %v, stats %v; start %.120q", size, half, len(vals), len(vals) > 0 && phpserial.Valid(vals[0]), stats.Columns["wp_options.option_value"], vals)
			}
		}
	}
}
