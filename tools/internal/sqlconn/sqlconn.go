// Package sqlconn opens a database/sql connection to an environment's
// database through the host layer (an SSH tunnel to db.host:port or to
// db.socket, or a plain local connection), for the work that needs a
// real driver: the live URL rewrite's batched, prepared updates, the
// restore's import and queries (statements sent as the lexer found them,
// without the client program's second parse), and an incremental dump's
// planning (Reader: row fingerprints streamed, not printed and parsed).
package sqlconn

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/go-sql-driver/mysql"

	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/host"
)

// Open connects to env's database through h.
func Open(ctx context.Context, h host.Host, env *config.Env) (*sql.DB, error) {
	d := env.DB
	if d.DockerContainer != "" {
		return nil, exit.Usagef("environment %q: the live database mode needs a TCP port or socket the SSH host can reach; db.docker_container is reached only through docker exec. Publish the container's port and set db.host/db.port, or rewrite the dump instead (dumpdb | rewriteurls | restoredb)", env.Name)
	}
	pw, err := env.DBPassword()
	if err != nil {
		return nil, err
	}
	cfg := mysql.NewConfig()
	cfg.User, cfg.Passwd, cfg.DBName = env.DBUser(), pw, d.Name
	cfg.Net, cfg.Addr = "tcp", net.JoinHostPort(d.Host, strconv.Itoa(d.Port))
	if d.Socket != "" {
		cfg.Net, cfg.Addr = "unix", d.Socket
	}
	cfg.DialFunc = func(ctx context.Context, network, addr string) (net.Conn, error) { return h.Dial(ctx, network, addr) }
	if err := cfg.Apply(mysql.Charset("utf8mb4", "")); err != nil {
		return nil, err
	}
	cfg.Timeout = 20 * time.Second
	// Failures come back as errors, worded by the caller; the driver
	// would also print some to stderr, outside the helpers' log.
	cfg.Logger = &mysql.NopLogger{}
	cfg.MaxAllowedPacket = 0 // ask the server
	// Batches of UPDATEs are built client-side and sent as one
	// multi-statement query: one round trip per batch.
	cfg.InterpolateParams = true
	cfg.MultiStatements = true
	conn, err := mysql.NewConnector(cfg)
	if err != nil {
		return nil, err
	}
	db := sql.OpenDB(conn)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s database %s at %s through %s: %w (check db settings and %s)", env.Name, d.Name, cfg.Addr, h, err, env.DBPasswordVar())
	}
	return db, nil
}
