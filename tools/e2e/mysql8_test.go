//go:build e2e

package e2e

import (
	"path/filepath"
	"strings"
	"testing"
)

// A dump in MySQL 8.0's format (testdata/mysql8.sql: built from MySQL's
// documentation, each feature cited there) restores into MariaDB: GTID and
// binlog settings dropped, 0900 collations mapped and reported, invisible
// columns, expression defaults and generated columns kept, UTF-8 intact.
func TestMySQL8DumpRestoresIntoMariaDB(t *testing.T) {
	defer dbSync(t, false) // staging gets its WordPress back
	in, err := filepath.Abs("testdata/mysql8.sql")
	if err != nil {
		t.Fatal(err)
	}
	r := must(t, "restoredb", "--config", cfgPath, "--env", "staging", "--allow-other-dump", "--log-format", "console", "--in", in)
	for _, want := range []string{"collation mapped: utf8mb4_0900_ai_ci → utf8mb4_unicode_520_ci", "collation mapped: utf8mb4_0900_as_cs → utf8mb4_bin", "no wpsync seal"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("the restore did not say %q:\n%s", want, r.stderr)
		}
	}
	q := func(sql string) string { return rootSQL(t, "staging", "wordpress", sql) }
	if got := q("SELECT option_value FROM wp_options WHERE option_name = 'blogname'"); got != "From MySQL 8 — café" {
		t.Errorf("blogname %q", got)
	}
	if got := q("SELECT EXTRA FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'wordpress' AND TABLE_NAME = 'wp_mysql8_features' AND COLUMN_NAME = 'secret'"); !strings.Contains(got, "INVISIBLE") {
		t.Errorf("the invisible column is %q on MariaDB", got)
	}
	if got := q("SELECT CONCAT_WS('|', secret, doubled) FROM wp_mysql8_features WHERE id = 1"); got != "hidden one|2" {
		t.Errorf("row 1: %q", got)
	}
	if got := q("SELECT COUNT(*) FROM wp_mysql8_features WHERE label = 'case'"); got != "1" {
		t.Errorf("the case-sensitive collation (as_cs → utf8mb4_bin) matched %s rows", got)
	}
	if got := q("INSERT INTO wp_mysql8_features (label) VALUES ('new'); SELECT LENGTH(token) > 30 AND created > '2024-01-01' FROM wp_mysql8_features WHERE label = 'new'"); got != "1" {
		t.Errorf("the expression default and CURRENT_TIMESTAMP did not fill a new row: %q", got)
	}
	assertNoShadow(t)
}
