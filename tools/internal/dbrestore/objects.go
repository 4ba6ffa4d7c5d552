package dbrestore

import (
	"context"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"

	"github.com/wpsync/wpsync/tools/internal/dbclient"
)

// Views and triggers cannot go through the shadow database: RENAME TABLE
// moves neither a view nor a table with triggers to another database
// ("Trigger in wrong schema"). So the importer holds the dump's view and
// trigger definitions back, the swap moves base tables only (the live
// tables' triggers are dropped in the same client call and kept in the
// backup database, in TriggersTable), and the held-back definitions are
// created on the live tables right after the swap.

// TriggersTable, in the backup database, holds the triggers the live
// tables had before the swap, so a rollback can put them back.
const TriggersTable = "wpsync_triggers"

var (
	viewDefRe    = regexp.MustCompile(`(?is)^CREATE\s+(?:OR\s+REPLACE\s+)?(?:ALGORITHM\s*=\s*\w+\s+)?(?:SQL\s+SECURITY\s+\w+\s+)?VIEW\s+(` + ident + `)`)
	viewDropRe   = regexp.MustCompile(`(?is)^DROP\s+VIEW\s+IF\s+EXISTS\s`)
	triggerDefRe = regexp.MustCompile(`(?is)^CREATE\s+TRIGGER\s+(` + ident + `)`)
)

// object is a view or trigger definition to create on the live database.
type object struct {
	kind, name, stmt string // stmt without its terminator
}

// heldBack collects the dump's views and triggers in dump order; a view
// defined twice (mysqldump's stand-in, then the real one) keeps the last.
type heldBack struct{ objects []object }

// take reports whether the statement is one the importer holds back.
func (h *heldBack) take(text []byte, delim string) bool {
	sk := skeleton(text, delim)
	if viewDropRe.MatchString(sk) {
		return true
	}
	kind := ""
	var m []string
	if m = viewDefRe.FindStringSubmatch(sk); m != nil {
		kind = "VIEW"
	} else if m = triggerDefRe.FindStringSubmatch(sk); m != nil {
		kind = "TRIGGER"
	} else {
		return false
	}
	o := object{kind: kind, name: unquote(m[1]), stmt: strings.TrimSpace(trimTerminator(string(text), delim))}
	for i, prev := range h.objects {
		if prev.kind == kind && prev.name == o.name {
			h.objects = append(h.objects[:i], h.objects[i+1:]...)
			break
		}
	}
	h.objects = append(h.objects, o)
	return true
}

func trimTerminator(s, delim string) string {
	t := strings.TrimRight(s, " \t\r\n")
	if delim != "" && strings.HasSuffix(t, delim) {
		return t[:len(t)-len(delim)]
	}
	return strings.TrimSuffix(t, ";")
}

func unquote(id string) string {
	if strings.HasPrefix(id, "`") {
		return strings.ReplaceAll(id[1:len(id)-1], "``", "`")
	}
	return id
}

// script creates the objects in db, replacing any of the same name. Each
// statement runs between DELIMITER lines, so trigger bodies keep their ';'.
func script(db string, objects []object) string {
	var b strings.Builder
	b.WriteString("USE " + dbclient.QuoteIdent(db) + ";\nDELIMITER ;;\n")
	for _, o := range objects {
		fmt.Fprintf(&b, "DROP %s IF EXISTS %s;;\n%s;;\n", o.kind, dbclient.QuoteIdent(o.name), o.stmt)
	}
	b.WriteString("DELIMITER ;\n")
	return b.String()
}

// triggersOn reads the definitions of the triggers on tables of db.
func triggersOn(ctx context.Context, s Session, db string, tables []string) ([]object, error) {
	if len(tables) == 0 {
		return nil, nil
	}
	rows, err := s.Query(ctx, "", "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, HEX(ACTION_STATEMENT) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = "+
		dbclient.QuoteString(db)+" AND EVENT_OBJECT_TABLE IN "+dbclient.QuoteList(tables)+" ORDER BY EVENT_OBJECT_TABLE, ACTION_ORDER")
	if err != nil {
		return nil, fmt.Errorf("read the live tables' triggers: %w", err)
	}
	var out []object
	for _, r := range rows {
		if len(r) != 5 {
			continue
		}
		body, err := hex.DecodeString(r[4])
		if err != nil {
			return nil, fmt.Errorf("trigger %s: %w", r[0], err)
		}
		out = append(out, object{kind: "TRIGGER", name: r[0],
			stmt: fmt.Sprintf("CREATE TRIGGER %s %s %s ON %s FOR EACH ROW %s", dbclient.QuoteIdent(r[0]), r[2], r[3], dbclient.QuoteIdent(r[1]), body)})
	}
	return out, nil
}

// dropTriggers is the SQL dropping the given triggers of db.
func dropTriggers(db string, objects []object) string {
	var b strings.Builder
	for _, o := range objects {
		b.WriteString("DROP TRIGGER " + qualified(db, o.name) + ";\n")
	}
	return b.String()
}

// saveTriggers keeps trigger definitions in the backup database.
func saveTriggers(ctx context.Context, s Session, backupDB string, objects []object) error {
	t := qualified(backupDB, TriggersTable)
	q := "DROP TABLE IF EXISTS " + t + ";\nCREATE TABLE " + t + " (ord INT PRIMARY KEY, name VARCHAR(64) NOT NULL, stmt LONGBLOB NOT NULL);\n"
	for i, o := range objects {
		q += fmt.Sprintf("INSERT INTO %s VALUES (%d, %s, UNHEX('%s'));\n", t, i, dbclient.QuoteString(o.name), hex.EncodeToString([]byte(o.stmt)))
	}
	if _, err := s.Query(ctx, "", q); err != nil {
		return fmt.Errorf("keep the previous triggers in %s: %w", t, err)
	}
	return nil
}

// savedTriggers reads what saveTriggers kept; none when there is no table.
func savedTriggers(ctx context.Context, s Session, backupDB string) ([]object, error) {
	if ok, err := hasTable(ctx, s, backupDB, TriggersTable); !ok {
		return nil, err
	}
	rows, err := s.Query(ctx, "", "SELECT name, HEX(stmt) FROM "+qualified(backupDB, TriggersTable)+" ORDER BY ord")
	if err != nil {
		return nil, err
	}
	var out []object
	for _, r := range rows {
		if len(r) != 2 {
			continue
		}
		stmt, err := hex.DecodeString(r[1])
		if err != nil {
			return nil, err
		}
		out = append(out, object{kind: "TRIGGER", name: r[0], stmt: string(stmt)})
	}
	return out, nil
}

// hasTable reports whether db holds table.
func hasTable(ctx context.Context, s Session, db, table string) (bool, error) {
	rows, err := s.Query(ctx, "", "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = "+dbclient.QuoteString(db)+" AND TABLE_NAME = "+dbclient.QuoteString(table))
	if err != nil {
		return false, err
	}
	return len(rows) == 1 && rows[0][0] != "0", nil
}
