//go:build e2e

package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// rewrite.keep: URLs under a kept prefix (media that stays on production or
// its CDN) stay as they are in every encoded form; the rest of production's
// URLs, in the same values, are rewritten; serialized lengths stay right.
func TestKeptURLsStayInEveryForm(t *testing.T) {
	defer dbSync(t, false)
	defer rootSQL(t, "production", "wordpress", "DELETE FROM wp_posts WHERE ID = 990001; DELETE FROM wp_postmeta WHERE post_id = 990001")
	content := `<img src="https://www.example.test/wp-content/uploads/2024/a.jpg"> <a href="https://www.example.test/about/">about</a> ` +
		`{"u":"https:\/\/www.example.test\/wp-content\/uploads\/b.jpg","p":"https:\/\/www.example.test\/contact\/"} ` +
		`?img=https%3A%2F%2Fwww.example.test%2Fwp-content%2Fuploads%2Fc.jpg&next=https%3A%2F%2Fwww.example.test%2Fshop%2F ` +
		`<img src="//www.example.test/wp-content/uploads/e.jpg"> <img src="https://cdn.example.test/f.jpg">`
	meta := `a:2:{s:5:"media";s:49:"https://www.example.test/wp-content/uploads/d.jpg";s:4:"page";s:30:"https://www.example.test/blog/";}`
	rootSQL(t, "production", "wordpress", fmt.Sprintf(`INSERT INTO wp_posts (ID, post_author, post_date, post_date_gmt, post_content, post_title, post_excerpt, post_status, comment_status, ping_status, post_password, post_name, to_ping, pinged, post_modified, post_modified_gmt, post_content_filtered, post_parent, guid, menu_order, post_type, post_mime_type, comment_count)
		VALUES (990001, 1, NOW(), NOW(), '%s', 'keep', '', 'publish', 'closed', 'closed', '', 'keep', '', '', NOW(), NOW(), '', 0, 'https://www.example.test/?p=990001', 0, 'post', '', 0);
		INSERT INTO wp_postmeta (post_id, meta_key, meta_value) VALUES (990001, 'keep_meta', '%s')`,
		strings.ReplaceAll(strings.ReplaceAll(content, `\`, `\\`), "'", "''"), meta))

	cfg := variantConfig(t, "keep", "rewrite:\n", "rewrite:\n  keep: [https://www.example.test/wp-content/uploads, https://cdn.example.test]\n")
	sh(t, fmt.Sprintf(`set -o pipefail; cd %s && ./dumpdb --config %[2]s --env production --out - | ./rewriteurls --config %[2]s --from-env production --to-env staging --in - --out - | ./restoredb --config %[2]s --env staging --in -`, bin, cfg))

	// (the client's batch output writes a backslash as two)
	got := strings.ReplaceAll(rootSQL(t, "staging", "wordpress", "SELECT post_content FROM wp_posts WHERE ID = 990001"), `\\`, `\`)
	for _, kept := range []string{
		"https://www.example.test/wp-content/uploads/2024/a.jpg",
		`https:\/\/www.example.test\/wp-content\/uploads\/b.jpg`,
		"https%3A%2F%2Fwww.example.test%2Fwp-content%2Fuploads%2Fc.jpg",
		"//www.example.test/wp-content/uploads/e.jpg",
		"https://cdn.example.test/f.jpg",
	} {
		if !strings.Contains(got, kept) {
			t.Errorf("kept URL changed: %s\nin %s", kept, got)
		}
	}
	for _, rewritten := range []string{
		"https://staging.example.test/about/",
		`https:\/\/staging.example.test\/contact\/`,
		"https%3A%2F%2Fstaging.example.test%2Fshop%2F",
	} {
		if !strings.Contains(got, rewritten) {
			t.Errorf("not rewritten: %s\nin %s", rewritten, got)
		}
	}
	wantMeta := `a:2:{s:5:"media";s:49:"https://www.example.test/wp-content/uploads/d.jpg";s:4:"page";s:34:"https://staging.example.test/blog/";}`
	if m := rootSQL(t, "staging", "wordpress", "SELECT meta_value FROM wp_postmeta WHERE post_id = 990001"); m != wantMeta {
		t.Errorf("serialized meta:\n%s\nwant\n%s", m, wantMeta)
	}
	// PHP's own unserialize() judges the value.
	if out := sh(t, "php -r 'echo unserialize($argv[1]) === false ? \"broken\" : \"ok\";' '"+wantMeta+"'"); out != "ok" {
		t.Errorf("PHP's unserialize(): %s", out)
	}
}
