package dbrestore

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/wpsync/wpsync/tools/internal/dump/lexer"
)

// Every statement of a real mariadb-dump passes; statements a dump of one
// database never holds are refused before they are sent.
func TestOnlyDumpShapedStatementsPass(t *testing.T) {
	dump, err := os.ReadFile("../dump/lexer/testdata/wordpress.sql")
	if err != nil {
		t.Fatal(err)
	}
	trigger := "DELIMITER ;;\n/*!50003 CREATE*/ /*!50003 TRIGGER `wp_tr` BEFORE INSERT ON `wp_posts` FOR EACH ROW BEGIN SET NEW.post_title = TRIM(NEW.post_title); END */;;\nDELIMITER ;\n"
	view := "/*!50001 DROP VIEW IF EXISTS `wp_v`*/;\n/*!50001 CREATE ALGORITHM=UNDEFINED */\n/*!50013 SQL SECURITY DEFINER */\n/*!50001 VIEW `wp_v` AS select 1 AS `a` */;\n"
	mysql8 := "/*!50503 SET NAMES utf8mb4 */;\nSET @MYSQLDUMP_TEMP_LOG_BIN = @@SESSION.SQL_LOG_BIN;\n/*!80016 SET @OLD_DEFAULT_COLLATION_FOR_UTF8MB4=@@default_collation_for_utf8mb4 */;\n"
	var refused []string
	hook := func(st *lexer.Statement, text []byte) ([]byte, error) {
		if err := checkShape(st, text, delimOf(st, text)); err != nil {
			refused = append(refused, err.Error())
		}
		return text, nil
	}
	if err := lexer.Copy(&bytes.Buffer{}, strings.NewReader(string(dump)+trigger+view+mysql8), lexer.Hooks{Statement: hook}); err != nil {
		t.Fatal(err)
	}
	if len(refused) > 0 {
		t.Errorf("statements of a real dump were refused:\n%s", strings.Join(refused, "\n"))
	}
	for _, bad := range []string{
		"DROP TABLE IF EXISTS `wordpress`.`wp_options`;",
		"UPDATE `wordpress`.`wp_options` SET option_value='x';",
		"INSERT INTO `wordpress`.`wp_options` VALUES (1,'a','b','yes');",
		"DELETE FROM wp_users;",
		"/*!40101 SET GLOBAL max_connections=1 */;",
		"SET PASSWORD FOR 'wp'@'%' = PASSWORD('x');",
		"GRANT ALL ON *.* TO 'x'@'%';",
		"DROP DATABASE wordpress;",
		"CREATE TABLE `wordpress`.`x` (a int);",
		"RENAME TABLE `wp_users` TO `wordpress`.`wp_users`;",
		"ALTER TABLE `wp_users` DROP COLUMN `user_pass`;",
		"/*!50001 DROP VIEW IF EXISTS `wordpress`.`v`*/;",
		"CREATE TRIGGER `t` BEFORE INSERT ON `wordpress`.`wp_users` FOR EACH ROW SET @a=1;",
		"DROP TABLE IF EXISTS `a`; DROP DATABASE x;",
	} {
		refused = nil
		if err := lexer.Copy(&bytes.Buffer{}, strings.NewReader(bad+"\n"), lexer.Hooks{Statement: hook}); err != nil {
			t.Fatal(err)
		}
		if len(refused) == 0 {
			t.Errorf("not refused: %s", bad)
		}
	}
}

// delimOf follows DELIMITER lines for the test's hook, as Restore does.
var testDelim string

func delimOf(st *lexer.Statement, text []byte) string {
	if st.Kind == lexer.Delimiter {
		if f := strings.Fields(string(text)); len(f) == 2 && f[1] != ";" {
			testDelim = f[1]
		} else {
			testDelim = ""
		}
	}
	return testDelim
}
