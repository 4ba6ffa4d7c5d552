package lexer

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"testing/iotest"
)

type seen struct {
	table string
	col   int
	raw   string
	bin   bool
}

func collect(t testing.TB, in []byte, oneByte bool) (out []byte, lits []seen, stmts []Statement, comments []string, err error) {
	var buf bytes.Buffer
	var r = bytes.NewReader(in)
	h := Hooks{
		Defer: func(st *Statement, col int, raw []byte, binary bool) any {
			lits = append(lits, seen{st.Table, col, string(raw), binary})
			return nil
		},
		End:     func(st *Statement) { stmts = append(stmts, *st) },
		Comment: func(line []byte) []byte { comments = append(comments, string(line)); return line },
	}
	if oneByte {
		err = Copy(&buf, iotest.OneByteReader(r), h)
	} else {
		err = Copy(&buf, r, h)
	}
	return buf.Bytes(), lits, stmts, comments, err
}

func TestLiteralsTablesColumns(t *testing.T) {
	dump := "-- header\n/*!40101 SET NAMES utf8mb4 */;\n" +
		"CREATE TABLE `wp_x` (\n  `id` bigint(20) NOT NULL,\n  `val` longtext,\n  `bin` blob,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n" +
		"INSERT INTO `wp_x` VALUES (1,'a\\'b',_binary 'z'),(2,'it''s','c\\\\'),(3,NULL,x'00ff');\n" +
		"INSERT INTO `wp_x` (`val`,`id`) VALUES ('q;(,)',4);\n" +
		"-- Dump completed\n"
	for _, oneByte := range []bool{false, true} {
		out, lits, stmts, comments, err := collect(t, []byte(dump), oneByte)
		if err != nil {
			t.Fatal(err)
		}
		if string(out) != dump {
			t.Errorf("not byte-identical:\n%q", out)
		}
		want := []seen{{"wp_x", 1, `a\'b`, false}, {"wp_x", 2, "z", true}, {"wp_x", 1, "it''s", false}, {"wp_x", 2, `c\\`, false}, {"wp_x", 2, "00ff", true}, {"wp_x", 0, "q;(,)", false}}
		if fmt.Sprint(lits) != fmt.Sprint(want) {
			t.Errorf("oneByte=%v literals\n got %v\nwant %v", oneByte, lits, want)
		}
		if len(stmts) != 4 || stmts[1].Kind != CreateTable || fmt.Sprint(stmts[1].Columns) != "[{id bigint} {val longtext} {bin blob}]" {
			t.Errorf("create: %+v", stmts)
		}
		if stmts[2].Rows != 3 || stmts[3].Rows != 1 || fmt.Sprint(stmts[3].Columns) != "[{val } {id }]" {
			t.Errorf("inserts: %+v", stmts[2:])
		}
		if len(comments) != 2 || comments[1] != "-- Dump completed\n" {
			t.Errorf("comments: %q", comments)
		}
	}
}

func TestRealDumpIsCopiedByteForByte(t *testing.T) {
	in, err := os.ReadFile("testdata/wordpress.sql")
	if err != nil {
		t.Fatal(err)
	}
	// Without a Defer hook the lexer writes straight through (dumpdb, restoredb).
	var direct bytes.Buffer
	if err := Copy(&direct, iotest.HalfReader(bytes.NewReader(in)), Hooks{}); err != nil || !bytes.Equal(direct.Bytes(), in) {
		t.Fatalf("direct copy differs: %v", err)
	}
	for _, oneByte := range []bool{false, true} {
		out, lits, stmts, comments, err := collect(t, in, oneByte)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, in) {
			t.Fatal("output differs from input")
		}
		if len(lits) < 500 {
			t.Errorf("only %d literals found", len(lits))
		}
		tables := map[string]bool{}
		for _, s := range stmts {
			if s.Kind == CreateTable {
				tables[s.Table] = true
			}
		}
		if !tables["wp_posts"] || !tables["wp_options"] || len(tables) != 12 {
			t.Errorf("tables: %v", tables)
		}
		if !strings.HasPrefix(comments[len(comments)-1], "-- Dump completed") {
			t.Errorf("last comment %q", comments[len(comments)-1])
		}
	}
}

func TestTruncatedDumpIsAnError(t *testing.T) {
	in, _ := os.ReadFile("testdata/wordpress.sql")
	i := bytes.Index(in, []byte("INSERT INTO `wp_posts`"))
	for _, cut := range []int{i + 30, i + 200, i + 5000} {
		_, _, _, _, err := collect(t, in[:cut], false)
		if !errors.Is(err, ErrTruncated) {
			t.Errorf("cut at %d: %v", cut, err)
		}
	}
}

func FuzzCopy(f *testing.F) {
	f.Add([]byte("INSERT INTO `t` VALUES (1,'a\\'b'),(2,'x''y');\n-- c\n"))
	f.Add([]byte("CREATE TABLE `t` (\n `a` text\n);/* x */;"))
	f.Fuzz(func(t *testing.T, in []byte) {
		out, _, _, _, err := collect(t, in, false)
		if err == nil && !bytes.Equal(out, in) {
			t.Fatalf("identity copy changed %q to %q", in, out)
		}
		out2, _, _, _, err2 := collect(t, in, true)
		if (err == nil) != (err2 == nil) || (err == nil && !bytes.Equal(out2, in)) {
			t.Fatalf("read size changed the result: %v / %v", err, err2)
		}
	})
}

// mysqldump writes triggers and routines between DELIMITER lines; their
// bodies hold ';' and must stay one statement each.
func TestDelimiterKeepsTriggerBodiesWhole(t *testing.T) {
	in := "CREATE TABLE `t` (\n  `a` int\n);\nDELIMITER ;;\n/*!50003 CREATE*/ /*!50003 TRIGGER `tr` BEFORE INSERT ON `t` FOR EACH ROW BEGIN SET NEW.a = 1; SET NEW.a = NEW.a + 1; END */;;\nDELIMITER ;\nINSERT INTO `t` VALUES (1);\n"
	var kinds []Kind
	var texts []string
	var out bytes.Buffer
	err := Copy(&out, strings.NewReader(in), Hooks{Statement: func(st *Statement, text []byte) ([]byte, error) {
		kinds = append(kinds, st.Kind)
		texts = append(texts, strings.TrimSpace(string(text)))
		return text, nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != in {
		t.Errorf("not copied byte for byte:\n%s", out.String())
	}
	want := []Kind{CreateTable, Delimiter, Other, Delimiter}
	if fmt.Sprint(kinds) != fmt.Sprint(want) || !strings.HasSuffix(texts[2], "END */;;") {
		t.Errorf("statements %v:\n%q", kinds, texts)
	}
}
