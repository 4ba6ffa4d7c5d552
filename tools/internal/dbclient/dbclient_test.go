package dbclient

import "testing"

func TestClientMessageDropsTheBatchFrame(t *testing.T) {
	for in, want := range map[string]string{
		"--------------\nRENAME TABLE `a` TO `b`\n--------------\n\nERROR 1435 (HY000) at line 1: Trigger in wrong schema\n": "ERROR 1435 (HY000) at line 1: Trigger in wrong schema",
		"ERROR 1045 (28000): Access denied for user 'wp'@'localhost' (using password: YES)\n":                                "ERROR 1045 (28000): Access denied for user 'wp'@'localhost' (using password: YES)",
		"wpsync: no mariadb or mysql client on this host: install the MySQL/MariaDB client package\n":                        "wpsync: no mariadb or mysql client on this host: install the MySQL/MariaDB client package",
		"first\nsecond\nthird\nfourth\n": "second | third | fourth",
	} {
		if got := clientMessage(in); got != want {
			t.Errorf("clientMessage(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestQuoting(t *testing.T) {
	if got := QuoteIdent("a`b"); got != "`a``b`" {
		t.Errorf("QuoteIdent: %s", got)
	}
	if got := QuoteString("it's\\\n\x00"); got != `'it\'s\\\n\0'` {
		t.Errorf("QuoteString: %s", got)
	}
	if got := QuoteList([]string{"wp_a", "it's"}); got != `('wp_a', 'it\'s')` {
		t.Errorf("QuoteList: %s", got)
	}
	if got := LikePrefix("wp_x%"); got != `wp\_x\%%` {
		t.Errorf("LikePrefix: %s", got)
	}
}
