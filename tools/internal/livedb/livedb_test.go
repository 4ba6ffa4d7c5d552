package livedb

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"

	"github.com/wpsync/wpsync/tools/internal/rewrite"
	"github.com/wpsync/wpsync/tools/internal/urlmap"
)

func TestPlanPicksRewritableTextColumns(t *testing.T) {
	cols := []liveColumn{
		{name: "ID", typ: "bigint", pk: true},
		{name: "post_content", typ: "longtext", charset: "utf8mb4"},
		{name: "post_title", typ: "text", charset: "latin1"},
		{name: "guid", typ: "varchar", charset: "utf8mb4"},
		{name: "search", typ: "longtext", charset: "utf8mb4", generated: true},
		{name: "blob", typ: "varchar", charset: "binary"},
		{name: "post_date", typ: "datetime"},
	}
	stats := rewrite.NewStats()
	p := planTable("wp_posts", cols, rewrite.NewFilter(rewrite.Options{SkipColumns: []string{"guid"}}), stats)
	if strings.Join(p.text, ",") != "post_content,post_title" || len(p.pk) != 1 || !p.pagedByKey() {
		t.Errorf("plan %+v", p)
	}
	if stats.Skipped["--skip-columns guid"] != 1 {
		t.Errorf("skipped %v", stats.Skipped)
	}
	where, args := p.where([]string{"old_site.example"})
	if where != "(`post_content` LIKE ? OR `post_title` LIKE ?)" || len(args) != 2 || args[0] != `%old\_site.example%` {
		t.Errorf("where %s %v", where, args)
	}
	if got := strings.Join(p.columns(), ","); got != "ID,post_content,post_title" {
		t.Errorf("columns %s", got)
	}
}

func TestChangesRewriteOnlyWhatMatches(t *testing.T) {
	e, err := rewrite.NewEngine([]urlmap.Pair{{From: "https://prod.example", To: "https://staging.example"}})
	if err != nil {
		t.Fatal(err)
	}
	p := &tablePlan{table: "wp_blogs", pk: []liveColumn{{name: "blog_id", typ: "bigint", pk: true}}, text: []string{"domain", "path", "note"}}
	stats := rewrite.NewStats()
	raw := []sql.RawBytes{[]byte("1"), []byte("prod.example"), []byte("/"), nil}
	set, _ := p.changes(e, true, raw, stats, nil)
	if len(set) != 1 || set[0].new != "staging.example" || set[0].old != "prod.example" || set[0].col != 0 {
		t.Errorf("set %+v", set)
	}
	raw = []sql.RawBytes{[]byte("2"), []byte("other.example"), []byte(`a:1:{s:3:"url";s:20:"https://prod.example";}`), nil}
	p.text[1] = "path"
	set, _ = p.changes(e, true, raw, stats, nil)
	if len(set) != 1 || set[0].new != `a:1:{s:3:"url";s:23:"https://staging.example";}` {
		t.Errorf("set %+v", set)
	}
}

func TestTypedKey(t *testing.T) {
	pk := []liveColumn{{name: "a", typ: "bigint"}, {name: "b", typ: "BIGINT"}, {name: "c", typ: "varchar"}}
	key, err := typedKey(pk, []sql.RawBytes{[]byte("-5"), []byte("18446744073709551615"), []byte("x")})
	if err != nil || key[0] != int64(-5) || key[1] != uint64(18446744073709551615) || key[2] != "x" {
		t.Errorf("key %v %v", key, err)
	}
	if _, err := typedKey(pk[:1], []sql.RawBytes{[]byte("1.5")}); err == nil || !strings.Contains(err.Error(), `primary key a value "1.5"`) {
		t.Errorf("err %v", err)
	}
}

// The batches as the server receives them.
func TestBatchStatements(t *testing.T) {
	w := &batchWriter{table: "wp_posts", pk: []liveColumn{{name: "ID", typ: "bigint"}}, text: []string{"post_content", "post_title"},
		charsets: map[string]string{"post_content": "utf8mb4", "post_title": "latin1"}, work: make(chan batch, 4)}
	w.add([]any{int64(1)}, []colValue{{0, "new1", "old1"}})
	w.add([]any{int64(2)}, []colValue{{1, "new2", "old2"}})
	w.flush()
	b := <-w.work
	want := "UPDATE `wp_posts` t JOIN (SELECT ? AS `v0`, ? AS `v1`, ? AS `v2` UNION ALL SELECT ?, ?, ?) v ON t.`ID` = v.`v0` " +
		"SET t.`post_content` = COALESCE(v.`v1`, t.`post_content`), t.`post_title` = COALESCE(v.`v2`, CONVERT(t.`post_title` USING utf8mb4))"
	if b.query != want || len(b.args) != 6 || b.args[1] != "new1" || b.args[2] != nil || b.args[5] != "new2" {
		t.Errorf("batch\n%s\n%v\nwant\n%s", b.query, b.args, want)
	}

	w = &batchWriter{table: "wp_nokey", text: []string{"v"}, charsets: map[string]string{"v": "utf8mb4"}, work: make(chan batch, 4)}
	w.add(nil, []colValue{{0, "new", "old"}})
	w.flush()
	b = <-w.work
	if b.query != "START TRANSACTION; UPDATE `wp_nokey` SET `v` = ? WHERE BINARY `v` = ?; COMMIT" || b.args[0] != "new" || b.args[1] != "old" {
		t.Errorf("batch %s %v", b.query, b.args)
	}

	// A dry run counts and sends nothing.
	w = &batchWriter{table: "wp_posts", pk: []liveColumn{{name: "ID"}}, text: []string{"c"}, dryRun: true, work: make(chan batch, 4)}
	w.add([]any{int64(1)}, []colValue{{0, "n", "o"}})
	w.flush()
	if w.rows != 1 || len(w.work) != 0 {
		t.Errorf("dry run: rows %d, batches %d", w.rows, len(w.work))
	}
}

// A table with nothing to write finishes at once, often before its writer
// goroutines have started; they must still end (they once waited forever
// on the channel field set to nil: a rare hang of the live rewrite).
func TestBatchWriterWithNothingToWriteFinishes(t *testing.T) {
	done := make(chan error)
	go func() {
		for i := 0; i < 2000; i++ {
			w := newBatchWriter(context.Background(), nil, "wp_posts", []liveColumn{{name: "ID", typ: "bigint"}}, []string{"c"}, nil, false)
			if err := w.finish(); err != nil {
				done <- err
				return
			}
			w.stop() // after finish: nothing more to close
		}
		done <- nil
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatal("a batch writer with nothing to write never finished")
	}
}
