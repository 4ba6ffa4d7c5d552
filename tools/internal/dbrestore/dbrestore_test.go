package dbrestore

import "testing"

func TestDumpCleanups(t *testing.T) {
	cases := []struct {
		re       string
		in, want string
	}{
		{"sandbox", "/*M!999999\\- enable the sandbox mode */ \n-- MariaDB dump", "\n-- MariaDB dump"},
		{"definer comment", "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER t", "/*!50003 CREATE*/ /*!50003 TRIGGER t"},
		{"definer", "/*!50013 DEFINER=`admin`@`%` SQL SECURITY DEFINER */", "/*!50013 SQL SECURITY DEFINER */"},
	}
	for _, c := range cases {
		got := sandboxRe.ReplaceAllString(c.in, "")
		got = definerCmtRe.ReplaceAllString(got, "")
		got = definerRe.ReplaceAllString(got, "")
		if got != c.want {
			t.Errorf("%s: %q -> %q, want %q", c.re, c.in, got, c.want)
		}
	}
	for s, want := range map[string]bool{
		"SET @@GLOBAL.GTID_PURGED=/*!80000 '+'*/ 'abc:1-5';": true,
		"SET @@SESSION.SQL_LOG_BIN= 0;":                      true,
		"/*!40101 SET NAMES utf8mb4 */;":                     false,
	} {
		if gtidRe.MatchString(s) != want {
			t.Errorf("gtid %q", s)
		}
	}
	for s, want := range map[string]bool{"USE `wordpress`;": true, "CREATE DATABASE /*!32312 IF NOT EXISTS*/ `x`;": true, "CREATE TABLE `wp_x` (": false} {
		if useRe.MatchString(s) != want {
			t.Errorf("use %q", s)
		}
	}
}
