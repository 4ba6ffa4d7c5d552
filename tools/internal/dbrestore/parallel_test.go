package dbrestore

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/wpsync/wpsync/tools/internal/dump"
)

// bigBody is a dump whose wp_posts has many INSERT statements, with the
// header and trailer settings mysqldump writes.
func bigBody(inserts int) (string, *dump.Manifest) {
	var b strings.Builder
	b.WriteString("/*!40101 SET NAMES utf8mb4 */;\n/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n")
	b.WriteString(strings.SplitAfter(body, "INSERT INTO `wp_options` VALUES (1,'siteurl','https://staging.example'),(2,'blog_public','1');\n")[0])
	b.WriteString("DROP TABLE IF EXISTS `wp_posts`;\n/*!40101 SET @saved_cs_client     = @@character_set_client */;\n/*!40101 SET character_set_client = utf8mb4 */;\n")
	b.WriteString("CREATE TABLE `wp_posts` (\n  `ID` bigint(20) unsigned NOT NULL AUTO_INCREMENT,\n  `post_content` longtext NOT NULL,\n  PRIMARY KEY (`ID`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;\n")
	b.WriteString("/*!40101 SET character_set_client = @saved_cs_client */;\n\n--\n-- Dumping data for table `wp_posts`\n--\n\nLOCK TABLES `wp_posts` WRITE;\n")
	for i := 0; i < inserts; i++ {
		fmt.Fprintf(&b, "INSERT INTO `wp_posts` VALUES (%d,'post %d; with a semicolon'),(%d,'x');\n", 2*i+1, i, 2*i+2)
	}
	b.WriteString("UNLOCK TABLES;\n/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;\n")
	m := manifest()
	m.Tables[1].Rows = int64(2 * inserts)
	return b.String(), m
}

var insertRe = regexp.MustCompile("INSERT INTO `wp_posts` VALUES \\((\\d+),'post \\d+; with a semicolon'\\),\\(\\d+,'x'\\);")

func TestParallelImportSpreadsInsertsAndKeepsDDLInOrder(t *testing.T) {
	content, m := bigBody(40)
	f := newServer()
	f.on(`SELECT 'count'`, [][]string{{"count", "wp_options", "2"}, {"count", "wp_posts", "80"}, {"table", "wp_options", ""}, {"table", "wp_posts", ""}}, nil)
	res, err := restore(f, sealedDump(t, m, content), Options{Jobs: 3})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rows != 82 || len(f.sessions) != 4 {
		t.Fatalf("rows %d, sessions %d", res.Rows, len(f.sessions))
	}
	ddl, workers := f.sessions[0].got.String(), f.sessions[1:]
	if strings.Contains(ddl, "INSERT INTO `wp_posts`") || !strings.Contains(ddl, "CREATE TABLE `wp_posts`") {
		t.Errorf("the DDL session:\n%s", ddl)
	}
	// After each CREATE TABLE the DDL session confirmed it ran.
	if !regexp.MustCompile("(?s)CREATE TABLE `wp_options`.*?;SELECT 'wpsync-sync-1';\n.*CREATE TABLE `wp_posts`.*?;SELECT 'wpsync-sync-2';\n").MatchString(ddl) {
		t.Errorf("no marker after the CREATE TABLEs:\n%s", ddl)
	}
	total, used := 0, 0
	for _, w := range workers {
		got := w.got.String()
		// (A worker may get no INSERT when the others keep up: under the
		// race detector, say.)
		if i, j := strings.Index(got, "/*!40014 SET @OLD_UNIQUE_CHECKS"), strings.Index(got, "INSERT"); i < 0 || (j >= 0 && j < i) || !strings.Contains(got[:i], "SET NAMES utf8mb4") {
			t.Errorf("a worker did not start with the dump's settings:\n%.200s", got)
		}
		if strings.Contains(got, "CREATE TABLE") || strings.Contains(got, "LOCK TABLES") || strings.Contains(got, "character_set_client") {
			t.Errorf("a worker got a statement of the DDL session:\n%s", got)
		}
		// Whole statements, in dump order within the session.
		last := 0
		for _, ins := range insertRe.FindAllStringSubmatch(got, -1) {
			var id int
			fmt.Sscan(ins[1], &id)
			if id <= last {
				t.Errorf("out of order: %d after %d", id, last)
			}
			last = id
			total++
		}
		if last > 0 {
			used++
		}
		// The closing SET reaches every session, after its INSERTs.
		if !strings.HasSuffix(strings.TrimSpace(got), "SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;") {
			t.Errorf("a worker's session ends with:\n%.300s", got[max(0, len(got)-300):])
		}
	}
	if total != 40 || used < 2 {
		t.Errorf("%d INSERTs over %d workers", total, used)
	}
	if strings.Contains(f.imported.String(), "LOCK TABLES") {
		t.Error("LOCK TABLES reached a session")
	}
}

// A statement that fails in one worker stops the import: the server's
// message is reported, nothing is swapped, the shadow goes.
func TestParallelImportStopsAtAWorkersFailure(t *testing.T) {
	content, m := bigBody(40)
	f := newServer()
	f.failOn = "(61,'post 30;"
	_, err := restore(f, sealedDump(t, m, content), Options{Jobs: 2})
	contains(t, err, "import into the shadow database failed: staging database: ERROR 1062 (23000)")
	if f.ran("RENAME TABLE") || !f.ran("DROP DATABASE IF EXISTS `wp_wpsync_shadow`") {
		t.Errorf("queries:\n%s", strings.Join(f.queries, "\n"))
	}
	if strings.Contains(f.imported.String(), "(79,'post 39;") {
		t.Error("statements went on being sent after the failure")
	}
}

// A cut dump sends no partial statement to any session.
func TestParallelImportOfACutDump(t *testing.T) {
	content, m := bigBody(10)
	in := sealedDump(t, m, content)
	cut := in[:strings.Index(string(in), "(11,'post 5;")+5]
	f := newServer()
	_, err := restore(f, cut, Options{Jobs: 2})
	contains(t, err, "the dump ends in the middle of a statement")
	for _, s := range f.sessions {
		if strings.Contains(s.got.String(), "(11,") {
			t.Errorf("a partial statement was sent:\n%s", s.got.String())
		}
	}
}

// utf8mb4 tables' INSERTs go under SET NAMES binary; a latin1 table's under
// the dump's own SET NAMES.
func TestParallelImportCharsets(t *testing.T) {
	latin1 := "DROP TABLE IF EXISTS `wp_old`;\nCREATE TABLE `wp_old` (\n  `id` int NOT NULL,\n  `v` text CHARACTER SET latin1\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n" +
		"INSERT INTO `wp_old` VALUES (1,'caf\xc3\xa9');\n"
	content, m := bigBody(6)
	m.Tables = append(m.Tables, dump.Table{Name: "wp_old", Rows: 1})
	f := newServer()
	f.on(`SELECT 'count'`, [][]string{{"count", "wp_options", "2"}, {"count", "wp_posts", "12"}, {"count", "wp_old", "1"}}, nil)
	if _, err := restore(f, sealedDump(t, m, content+latin1), Options{Jobs: 2}); err != nil {
		t.Fatal(err)
	}
	for _, w := range f.sessions[1:] {
		got := w.got.String()
		// Each INSERT runs under the names last set before it.
		names := ""
		for _, line := range strings.Split(got, "\n") {
			switch {
			case strings.Contains(line, "SET NAMES"):
				names = line[strings.LastIndex(line, "SET NAMES"):]
			case strings.HasPrefix(line, "INSERT INTO `wp_old`") && !strings.HasPrefix(names, "SET NAMES utf8mb4"):
				t.Errorf("the latin1 table's INSERT ran under %q", names)
			case strings.HasPrefix(line, "INSERT INTO `wp_posts`") && names != "SET NAMES binary;":
				t.Errorf("a utf8mb4 table's INSERT ran under %q", names)
			}
		}
	}
}
