package dbrestore

import (
	"fmt"
	"regexp"

	"github.com/wpsync/wpsync/tools/internal/dump/lexer"
)

// The statement shapes a mysqldump or mariadb-dump of one database holds,
// apart from INSERTs (which the lexer streams and only recognises
// unqualified). Anything else, above all a statement naming another
// database, would run on the server outside the shadow before the dump is
// verified, so the importer refuses it before sending it.
var (
	// the statement with comments removed and conditional comments opened
	blockCommentRe = regexp.MustCompile(`(?s)/\*[^!M].*?\*/|/\*\*/`)
	condOpenRe     = regexp.MustCompile(`/\*M?!\d*\s?`)
	lineCommentRe  = regexp.MustCompile(`(?m)^\s*(?:--\s|#).*$`)

	ident     = "(?:`(?:[^`]|``)+`|[A-Za-z0-9_$]+)" // quoted or bare, never db.name
	identList = ident + `(?:\s*,\s*` + ident + `)*`
	allowed   = []*regexp.Regexp{
		regexp.MustCompile(`(?is)^$`),
		regexp.MustCompile(`(?is)^SET\s+(?:NAMES|CHARACTER\s+SET|@[A-Za-z_]+|TIME_ZONE|SQL_MODE|SQL_NOTES|FOREIGN_KEY_CHECKS|UNIQUE_CHECKS|CHARACTER_SET_\w+|COLLATION_\w+|AUTOCOMMIT|@@SESSION\.\w+|SESSION\s)`),
		regexp.MustCompile(`(?is)^DROP\s+(?:TABLE|VIEW)\s+IF\s+EXISTS\s+` + identList + `$`),
		regexp.MustCompile(`(?is)^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?` + ident + `\s*\(`),
		regexp.MustCompile(`(?is)^LOCK\s+TABLES\s+` + ident + `\s+(?:READ|WRITE)(?:\s*,\s*` + ident + `\s+(?:READ|WRITE))*$`),
		regexp.MustCompile(`(?is)^UNLOCK\s+TABLES$`),
		regexp.MustCompile(`(?is)^ALTER\s+TABLE\s+` + ident + `\s+(?:DISABLE|ENABLE)\s+KEYS$`),
		regexp.MustCompile(`(?is)^CREATE\s+(?:OR\s+REPLACE\s+)?(?:ALGORITHM\s*=\s*\w+\s+)?(?:SQL\s+SECURITY\s+\w+\s+)?VIEW\s+` + ident + `\s`),
		regexp.MustCompile(`(?is)^CREATE\s+TRIGGER\s+` + ident + `\s+(?:BEFORE|AFTER)\s+(?:INSERT|UPDATE|DELETE)\s+ON\s+` + ident + `\s`),
		regexp.MustCompile(`(?is)^DROP\s+(?:TRIGGER|PROCEDURE|FUNCTION|EVENT)\s+IF\s+EXISTS\s+` + ident + `$`),
		regexp.MustCompile(`(?is)^CREATE\s+(?:PROCEDURE|FUNCTION|EVENT)\s+` + ident + `\s*[\s(]`),
	}
	forbiddenSetRe = regexp.MustCompile(`(?i)\bGLOBAL\b|@@GLOBAL|\bPASSWORD\b|\bROLE\b`)
)

// skeleton is a statement as the server reads it, minus its comments and
// its terminator.
func skeleton(text []byte, delim string) string {
	s := sandboxRe.ReplaceAll(text, nil)
	s = lineCommentRe.ReplaceAll(s, nil)
	s = blockCommentRe.ReplaceAll(s, nil)
	s = condOpenRe.ReplaceAll(s, nil)
	str := string(s)
	// drop the terminator and the closers of the conditional comments
	for {
		t := trimSpace(str)
		switch {
		case delim != "" && len(t) >= len(delim) && t[len(t)-len(delim):] == delim:
			str = t[:len(t)-len(delim)]
		case len(t) > 0 && t[len(t)-1] == ';':
			str = t[:len(t)-1]
		case len(t) >= 2 && t[len(t)-2:] == "*/":
			str = t[:len(t)-2]
		default:
			return collapseCloser(t)
		}
	}
}

// collapseCloser removes the "*/" that close conditional comments in the
// middle of a statement ("CREATE*/ /*!50003 TRIGGER ...").
func collapseCloser(s string) string { return closerRe.ReplaceAllString(s, " ") }

var closerRe = regexp.MustCompile(`\s*\*/\s*`)

func trimSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\n' || s[0] == '\r' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\n' || s[len(s)-1] == '\r' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}

// checkShape refuses a statement a dump of one database does not hold.
func checkShape(st *lexer.Statement, text []byte, delim string) error {
	if st.Kind == lexer.Delimiter {
		return nil
	}
	sk := skeleton(text, delim)
	for _, re := range allowed {
		if re.MatchString(sk) {
			if len(sk) >= 3 && (sk[:3] == "SET" || sk[:3] == "set") && forbiddenSetRe.MatchString(sk) {
				break
			}
			return nil
		}
	}
	return fmt.Errorf("the dump holds a statement that a dump of one database does not (it could change something outside the shadow before verification), so nothing was sent: %.120q", sk)
}
