package sqlconn

import (
	"context"
	"database/sql"
	"database/sql/driver"

	"github.com/wpsync/wpsync/tools/internal/dbclient"
)

// EachRow runs a script on conn and hands over the rows of all its
// results as text, NULL as "NULL" (what the client program prints with
// --batch --raw); row is reused between calls.
func EachRow(ctx context.Context, conn *sql.Conn, script string, each func(row []string) error) error {
	var row []string
	return EachRawRow(ctx, conn, script, func(raw [][]byte) error {
		row = row[:0]
		for _, v := range raw {
			if v == nil {
				row = append(row, "NULL")
			} else {
				row = append(row, string(v))
			}
		}
		return each(row)
	})
}

// EachRawRow is EachRow without the copies: NULL is nil, and row and its
// bytes are valid only during the call (a parser of many rows so
// allocates nothing per row).
func EachRawRow(ctx context.Context, conn *sql.Conn, script string, each func(row [][]byte) error) error {
	rows, err := conn.QueryContext(ctx, script)
	if err != nil {
		return err
	}
	defer rows.Close()
	for {
		cols, err := rows.Columns()
		if err != nil {
			return err
		}
		vals := make([]sql.RawBytes, len(cols))
		ptrs := make([]any, len(cols))
		for k := range vals {
			ptrs[k] = &vals[k]
		}
		row := make([][]byte, len(vals))
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				return err
			}
			for k, v := range vals {
				row[k] = v
			}
			if err := each(row); err != nil {
				return err
			}
		}
		if !rows.NextResultSet() {
			break
		}
	}
	return rows.Err()
}

// Rows runs a script on conn and returns the rows of all its results.
func Rows(ctx context.Context, conn *sql.Conn, script string) ([][]string, error) {
	var out [][]string
	err := EachRow(ctx, conn, script, func(row []string) error {
		out = append(out, append([]string(nil), row...))
		return nil
	})
	return out, err
}

// Discard closes conn without returning it to the pool: it may carry
// session settings.
func Discard(conn *sql.Conn) {
	_ = conn.Raw(func(any) error { return driver.ErrBadConn })
	conn.Close()
}

// Reader runs queries on a pool's connections, as the client program runs
// them (rows of every result as text). Fresh gives each query a
// connection of its own, closed after it, like one run of the client (a
// script may leave session settings behind); otherwise connections are
// kept between queries (a new one through SSH costs a channel and a
// handshake), for read-only queries whose settings are harmless.
type Reader struct {
	DB    *sql.DB
	Fresh bool
	// Explain words the driver's failures (dbclient.Client.DriverError).
	Explain func(err error, context string) error
}

// Query returns the rows of all the script's results.
func (r Reader) Query(ctx context.Context, db, script string) ([][]string, error) {
	var out [][]string
	err := r.QueryEach(ctx, db, script, func(row []string) error {
		out = append(out, append([]string(nil), row...))
		return nil
	})
	return out, err
}

// QueryEach hands over the rows one by one (row is reused): a big result
// is never held whole.
func (r Reader) QueryEach(ctx context.Context, db, script string, each func(row []string) error) error {
	return r.on(ctx, db, func(conn *sql.Conn) error { return EachRow(ctx, conn, script, each) })
}

// QueryEachRaw hands over the rows one by one as EachRawRow does.
func (r Reader) QueryEachRaw(ctx context.Context, db, script string, each func(row [][]byte) error) error {
	return r.on(ctx, db, func(conn *sql.Conn) error { return EachRawRow(ctx, conn, script, each) })
}

// on runs do on a connection of r's, in db.
func (r Reader) on(ctx context.Context, db string, do func(conn *sql.Conn) error) error {
	conn, err := r.DB.Conn(ctx)
	if err != nil {
		return r.Explain(err, "")
	}
	if r.Fresh {
		defer Discard(conn)
	} else {
		defer conn.Close()
	}
	if db != "" {
		if _, err := conn.ExecContext(ctx, "USE "+dbclient.QuoteIdent(db)); err != nil {
			return r.Explain(err, "")
		}
	}
	if err := do(conn); err != nil {
		return r.Explain(err, "")
	}
	return nil
}
