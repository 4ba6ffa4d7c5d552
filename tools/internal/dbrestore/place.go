package dbrestore

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/rs/zerolog"

	"github.com/wpsync/wpsync/tools/internal/dbclient"
)

// server is what the pre-flight learnt about the target.
type server struct {
	Target
	charset, collation string
	maxPacket          int64
	collations         map[string]bool // lower-case names the server knows
	mariadb            bool
}

// preflight checks, in one round trip, that the server answers, the
// credentials work and the target database exists, and learns its charset
// and the collations the server supports.
func preflight(ctx context.Context, s Session, t Target) (*server, error) {
	rows, err := s.Query(ctx, "", "SELECT 'db', DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME, @@max_allowed_packet, VERSION() FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = "+
		dbclient.QuoteString(t.DB)+";\nSELECT 'collation', COLLATION_NAME FROM information_schema.COLLATIONS")
	if err != nil {
		return nil, fmt.Errorf("pre-flight: %w", err)
	}
	srv := &server{Target: t, collations: map[string]bool{}}
	for _, r := range rows {
		switch {
		case r[0] == "db" && len(r) == 5:
			srv.charset, srv.collation = r[1], r[2]
			srv.maxPacket, _ = strconv.ParseInt(r[3], 10, 64)
			srv.mariadb = strings.Contains(strings.ToLower(r[4]), "mariadb")
		case r[0] == "collation" && len(r) == 2:
			srv.collations[strings.ToLower(r[1])] = true
		}
	}
	if srv.charset == "" {
		return nil, fmt.Errorf("pre-flight: database %s does not exist on %s: create it (WordPress's DB_NAME) first", t.DB, t.Env)
	}
	return srv, nil
}

// place is where a set of tables lives: a database and a name prefix
// (empty for a database of its own).
type place struct{ db, prefix string }

// places are the shadow, the backup and the trash of one target: all
// databases, or all prefixed tables in the target database.
type places struct{ shadow, backup, trash place }

func databasePlaces(db string) places {
	return places{place{db: db + ShadowSuffix}, place{db: db + BackupSuffix}, place{db: db + TrashSuffix}}
}

func prefixedPlaces(db string) places {
	return places{place{db: db, prefix: ShadowPrefix}, place{db: db, prefix: BackupPrefix}, place{db: db, prefix: TrashPrefix}}
}

func (p place) table(t string) string { return qualified(p.db, p.prefix+t) }

func (p place) String() string {
	if p.prefix == "" {
		return "database " + p.db
	}
	return "tables " + p.prefix + "* in " + p.db
}

// placeShadow makes an empty shadow: a database beside the target, or,
// when the server denies the user CREATE DATABASE, prefixed tables in the
// target database (and the backup and trash go the same way).
func placeShadow(ctx context.Context, s Session, srv *server, log zerolog.Logger) (places, error) {
	p := databasePlaces(srv.DB)
	err := p.shadow.prepare(ctx, s, srv.charset, srv.collation)
	switch {
	case err == nil:
		return p, nil
	case ctx.Err() != nil:
		return p, ctx.Err()
	case !dbclient.IsDenied(err):
		return p, fmt.Errorf("pre-flight: cannot create the shadow %s: %w", p.shadow, err)
	}
	p = prefixedPlaces(srv.DB)
	log.Warn().Str("shadow", p.shadow.String()).Msgf("the user may not create databases: the shadow and the backup are prefixed tables in %s (grant CREATE and DROP on `%s\\_wpsync\\_%%`.* for separate databases)", srv.DB, srv.DB)
	if err := p.shadow.prepare(ctx, s, srv.charset, srv.collation); err != nil {
		return p, fmt.Errorf("pre-flight: cannot prepare the shadow %s: %w", p.shadow, err)
	}
	return p, nil
}

// clear drops everything at p: the database, or the prefixed tables.
func (p place) clear(ctx context.Context, s Session) error {
	if p.prefix == "" {
		_, err := s.Query(ctx, "", "DROP DATABASE IF EXISTS "+dbclient.QuoteIdent(p.db))
		return err
	}
	tables, err := tablesIn(ctx, s, p.db, p.prefix)
	if err != nil || len(tables) == 0 {
		return err
	}
	var names []string
	for _, t := range tables {
		names = append(names, qualified(p.db, t))
	}
	_, err = s.Query(ctx, "", "DROP TABLE IF EXISTS "+strings.Join(names, ", "))
	return err
}

func createDatabase(db, charset, collation string) string {
	create := "CREATE DATABASE " + dbclient.QuoteIdent(db)
	if charset != "" {
		create += fmt.Sprintf(" CHARACTER SET %s COLLATE %s", charset, collation)
	}
	return create
}

// ensure makes p exist, keeping what it holds.
func (p place) ensure(ctx context.Context, s Session, charset, collation string) error {
	if p.prefix != "" {
		return nil
	}
	_, err := s.Query(ctx, "", strings.Replace(createDatabase(p.db, charset, collation), "CREATE DATABASE ", "CREATE DATABASE IF NOT EXISTS ", 1))
	return err
}

// prepare makes p empty and ready.
func (p place) prepare(ctx context.Context, s Session, charset, collation string) error {
	if p.prefix == "" {
		_, err := s.Query(ctx, "", "DROP DATABASE IF EXISTS "+dbclient.QuoteIdent(p.db)+"; "+createDatabase(p.db, charset, collation))
		return err
	}
	return p.clear(ctx, s)
}

// tables lists the tables at p, without p's prefix.
func (p place) tables(ctx context.Context, s Session) ([]string, error) {
	names, err := tablesIn(ctx, s, p.db, p.prefix)
	if err != nil {
		return nil, err
	}
	for i, n := range names {
		names[i] = strings.TrimPrefix(n, p.prefix)
	}
	return names, nil
}

// tablesIn lists the base tables of db with the prefix (views stay where
// they are; see objects.go).
func tablesIn(ctx context.Context, s Session, db, prefix string) ([]string, error) {
	q := "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA = " + dbclient.QuoteString(db)
	if prefix != "" {
		q += " AND TABLE_NAME LIKE " + dbclient.QuoteString(dbclient.LikePrefix(prefix))
	}
	rows, err := s.Query(ctx, "", q+" ORDER BY TABLE_NAME")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range rows {
		out = append(out, r[0])
	}
	sort.Strings(out) // byte order, whatever the server's collation
	return out, nil
}
