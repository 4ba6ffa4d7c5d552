package helpers

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the generated files (make generate)")

// The Groovy flag table and the step pages' flag sections are what the Go
// flag definitions say; `make generate` rewrites them.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	root := filepath.Join("..", "..", "..")
	want := map[string][]byte{FlagsGroovyPath: FlagsGroovy()}
	for _, tool := range Names {
		page, err := os.ReadFile(filepath.Join(root, PagePath(tool)))
		if err != nil {
			t.Fatal(err)
		}
		if want[PagePath(tool)], err = StepPage(tool, page); err != nil {
			t.Fatal(err)
		}
	}
	for path, content := range want {
		full := filepath.Join(root, path)
		if *update {
			if err := os.WriteFile(full, content, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(full)
		if err != nil || !bytes.Equal(got, content) {
			t.Errorf("%s is not what the helpers' flags say (%v): run make generate and commit it", path, err)
		}
	}
}

func TestGroovyName(t *testing.T) {
	for flag, want := range map[string]string{"in": "input", "dry-run": "dryRun", "allow-other-dump": "allowOtherDump", "env": "env"} {
		if got := GroovyName(flag); got != want {
			t.Errorf("%s: %s, want %s", flag, got, want)
		}
	}
}

// Every helper's flags have distinct step arguments and usage texts.
func TestEveryFlagIsDocumented(t *testing.T) {
	for _, tool := range Names {
		seen := map[string]bool{}
		for _, f := range All[tool].App().Flags {
			n := GroovyName(f.Names()[0])
			if seen[n] {
				t.Errorf("%s: two flags are the step argument %s", tool, n)
			}
			seen[n] = true
			if d, ok := f.(interface{ GetUsage() string }); !ok || d.GetUsage() == "" {
				t.Errorf("%s: --%s has no usage text", tool, f.Names()[0])
			}
		}
	}
}
