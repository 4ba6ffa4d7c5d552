package sqlconn

import (
	"context"
	"database/sql"
	"strings"
)

// EachRow runs a script on conn and hands over the rows of all its
// results as text, NULL as "NULL" (what the client program prints with
// --batch --raw); row is reused between calls.
func EachRow(ctx context.Context, conn *sql.Conn, script string, each func(row []string) error) error {
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
		row := make([]string, len(vals))
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				return err
			}
			for k, v := range vals {
				if v == nil {
					row[k] = "NULL"
				} else {
					row[k] = string(v)
				}
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

// Reader runs read-only queries on a pool's connections, which it keeps
// open between queries (a new connection through SSH costs a channel and
// a handshake). Not for statements that leave state on the session
// beyond harmless settings.
type Reader struct {
	DB *sql.DB
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

// QueryEach hands over the rows one by one.
func (r Reader) QueryEach(ctx context.Context, db, script string, each func(row []string) error) error {
	conn, err := r.DB.Conn(ctx)
	if err != nil {
		return r.Explain(err, "")
	}
	defer conn.Close()
	if db != "" {
		script = "USE `" + strings.ReplaceAll(db, "`", "``") + "`;\n" + script
	}
	if err := EachRow(ctx, conn, script, each); err != nil {
		return r.Explain(err, "")
	}
	return nil
}
