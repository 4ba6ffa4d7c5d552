package dump

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wpsync/wpsync/tools/internal/dump/lexer"
)

const body = "DROP TABLE IF EXISTS `wp_a`;\nCREATE TABLE `wp_a` (\n  `id` int NOT NULL,\n  `v` text\n) ENGINE=InnoDB;\n" +
	"INSERT INTO `wp_a` VALUES (1,'x'),(2,'https://prod.example/');\nINSERT INTO `wp_a` VALUES (3,'y');\n" +
	"CREATE TABLE `wp_b` (\n  `id` int NOT NULL\n) ENGINE=InnoDB;\n"

func sealed(t *testing.T, content string, m *Manifest) []byte {
	t.Helper()
	var buf bytes.Buffer
	s := NewSealer(&buf)
	s.Write(HeaderLine())
	s.Write([]byte(content))
	if m != nil {
		line, err := m.Line()
		if err != nil {
			t.Fatal(err)
		}
		s.Write(line)
	}
	s.Seal()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// tally reads in through a Verifier and a Tally, as a restore does.
func tally(t *testing.T, in []byte) (*Tally, *Verifier) {
	t.Helper()
	tl, v := NewTally(), NewVerifier(bytes.NewReader(in))
	if err := lexer.Copy(&bytes.Buffer{}, v, lexer.Hooks{End: tl.End, Comment: tl.Comment}); err != nil {
		t.Fatal(err)
	}
	return tl, v
}

func TestTallyCountsTablesAndRows(t *testing.T) {
	tl, _ := tally(t, []byte(body+CompletedPrefix+" on x\n"))
	if strings.Join(tl.Order, ",") != "wp_a,wp_b" || tl.Rows["wp_a"] != 3 || tl.Rows["wp_b"] != 0 || !tl.Completed {
		t.Errorf("tally %+v", tl)
	}
	// Counted under the names a restore gives the tables.
	tl = NewTally()
	tl.Name = func(s string) string { return "x" + s }
	lexer.Copy(&bytes.Buffer{}, strings.NewReader(body), lexer.Hooks{End: tl.End})
	if tl.Rows["xwp_a"] != 3 {
		t.Errorf("renamed tally %+v", tl.Rows)
	}
}

func TestWhole(t *testing.T) {
	m := &Manifest{Prefix: "wp_", Tables: []Table{{"wp_a", 3}, {"wp_b", 0}}}
	good := sealed(t, body+CompletedPrefix+"\n", m)
	cases := []struct {
		name   string
		in     []byte
		sealed bool
		err    string
	}{
		{"sealed", good, true, ""},
		{"sealed without completion line", sealed(t, body, m), true, ""},
		{"plain and complete", []byte(body + CompletedPrefix + "\n"), false, ""},
		{"plain and cut", []byte(body), false, "no wpsync seal"},
		{"header but cut", good[:bytes.Index(good, []byte(ManifestPrefix))], false, "has no seal at its end"},
		{"altered", bytes.Replace(good, []byte("'y'"), []byte("'z'"), 1), false, "does not match its seal"},
		{"damaged manifest", bytes.Replace(good, []byte(`"prefix"`), []byte(`"prefix`), 1), false, "manifest line is damaged"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tl, v := tally(t, c.in)
			s, err := tl.Whole(v)
			if c.err == "" && (err != nil || s != c.sealed) || c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)) {
				t.Errorf("sealed %v, err %v; want %v, %q", s, err, c.sealed, c.err)
			}
		})
	}
	// Without a verifier (a stream not hashed) the completion line decides.
	tl, _ := tally(t, []byte(body))
	if _, err := tl.Whole(nil); err == nil || !strings.Contains(err.Error(), "no completion line") {
		t.Errorf("err %v", err)
	}
}

func TestWantComesFromTheManifest(t *testing.T) {
	tl, _ := tally(t, sealed(t, body+CompletedPrefix+"\n", &Manifest{Tables: []Table{{"wp_a", 5}, {"wp_b", 0}}}))
	want, err := tl.Want()
	if err != nil || want["wp_a"] != 5 {
		t.Errorf("want %v %v", want, err)
	}
	tl, _ = tally(t, sealed(t, body, &Manifest{Tables: []Table{{"wp_a", 3}}}))
	if _, err := tl.Want(); err == nil || !strings.Contains(err.Error(), "the manifest lists 1 tables, the dump created 2") {
		t.Errorf("err %v", err)
	}
	tl, _ = tally(t, []byte(body))
	if want, _ := tl.Want(); want["wp_a"] != 3 {
		t.Errorf("want without manifest %v", want)
	}
}

func TestTransformReseals(t *testing.T) {
	in := sealed(t, body+CompletedPrefix+"\n", &Manifest{Prefix: "wp_", Tables: []Table{{"wp_a", 3}, {"wp_b", 0}}})
	hooks := lexer.Hooks{
		Defer:   func(_ *lexer.Statement, _ int, raw []byte, _ bool) any { return raw },
		Rewrite: func(dst, raw []byte, _ any) []byte { return append(dst, bytes.ToUpper(raw)...) },
	}
	var out bytes.Buffer
	dropped, err := Transform(&out, bytes.NewReader(in), hooks, func(m *Manifest) { m.Rewritten = append(m.Rewritten, Rewrite{From: "a", To: "b"}) })
	if err != nil || dropped {
		t.Fatal(err, dropped)
	}
	tl, v := tally(t, out.Bytes())
	if s, err := tl.Whole(v); !s || err != nil {
		t.Errorf("the output is not whole: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "HTTPS://PROD.EXAMPLE/") || len(tl.Manifest.Rewritten) != 1 {
		t.Errorf("output:\n%s", out.String())
	}
	// A damaged input is refused, never resealed.
	bad := bytes.Replace(in, []byte("'y'"), []byte("'z'"), 1)
	if _, err := Transform(&bytes.Buffer{}, bytes.NewReader(bad), hooks, nil); err == nil || !strings.Contains(err.Error(), "refused") {
		t.Errorf("err %v", err)
	}
	// A seal without the header (an older wpsync) is dropped, not renewed.
	old := in[bytes.IndexByte(in, '\n')+1:]
	out.Reset()
	dropped, err = Transform(&out, bytes.NewReader(old), hooks, nil)
	if err != nil || !dropped || strings.Contains(out.String(), SealPrefix) {
		t.Errorf("dropped %v err %v:\n%s", dropped, err, out.String())
	}
}

func TestManifestBesideTheDump(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "d.sql")
	o, err := Create(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	o.Write([]byte(body))
	m := &Manifest{Site: "s", Tables: []Table{{"wp_a", 3}}}
	if err := o.Commit(m); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path + ".manifest.json")
	if err != nil || !strings.Contains(string(data), `"site": "s"`) {
		t.Errorf("manifest %s %v", data, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("left in the directory: %v", entries)
	}
}

// An incremental dump's plan line says early what its manifest says of the
// tables left out; a restore sees it as it passes, and compares it with
// the manifest before it relies on what it started.
func TestPlanLine(t *testing.T) {
	inc := &Incremental{Unchanged: []string{"wp_a", "wp_b"}, TargetSums: map[string]int64{"wp_a": 1, "wp_b": 2, "wp_partial": 3}}
	line, err := PlanLine(inc)
	if err != nil {
		t.Fatal(err)
	}
	var seen *EarlyPlan
	tally := NewTally()
	tally.OnPlan = func(pl *EarlyPlan) { seen = pl }
	tally.Comment(line)
	if seen == nil || !seen.Matches(inc) {
		t.Fatalf("plan line %s seen as %+v", line, seen)
	}
	for name, other := range map[string]*Incremental{
		"another table left out": {Unchanged: []string{"wp_a"}, TargetSums: inc.TargetSums},
		"another checksum":       {Unchanged: inc.Unchanged, TargetSums: map[string]int64{"wp_a": 1, "wp_b": 5}},
	} {
		if seen.Matches(other) {
			t.Errorf("%s: the plan line matches", name)
		}
	}
	// A damaged line starts nothing.
	seen = nil
	tally.Comment([]byte(PlanPrefix + "{not json\n"))
	if seen != nil {
		t.Errorf("a damaged plan line was seen: %+v", seen)
	}
}
