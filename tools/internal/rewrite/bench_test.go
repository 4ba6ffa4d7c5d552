package rewrite

import (
	"bytes"
	"io"
	"os"
	"testing"
)

// BenchmarkDump rewrites the real WordPress fixture dump, repeated to
// ~18 MB, or the dump named by WPSYNC_BENCH_DUMP (make bench writes one).
func BenchmarkDump(b *testing.B) {
	one, err := os.ReadFile("../dump/lexer/testdata/wordpress.sql")
	if err != nil {
		b.Fatal(err)
	}
	in := bytes.Repeat(one, 100)
	if f := os.Getenv("WPSYNC_BENCH_DUMP"); f != "" {
		if in, err = os.ReadFile(f); err != nil {
			b.Fatal(err)
		}
	}
	opts := Options{Pairs: sandboxPairs, SkipColumns: []string{"guid"}, Prefix: "wp_"}
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Dump(io.Discard, bytes.NewReader(in), opts, nil); err != nil {
			b.Fatal(err)
		}
	}
}
