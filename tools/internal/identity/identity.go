// Package identity tells, from the servers themselves, whether an
// environment that wpsync is about to write is really a protected one
// reached under another name: a second host name, an IP address, a tunnel,
// a container port, a symlinked path. Names in wpsync.yml prove nothing, so
// both questions are answered by the servers:
//
//   - Databases: a session on the protected environment's server takes a
//     named lock with a random name, and the target's session asks whether
//     that lock is in use. User locks are global to one server, so the
//     answer is yes exactly when both sessions reach the same server,
//     whatever host, port, socket, tunnel or container led there.
//   - Docroots: each host reports its kernel's boot id (random, one per
//     running kernel, shared by its containers) and the device and inode of
//     the resolved directory. Equal boot ids and equal device:inode are one
//     directory, however it is named or mounted.
package identity

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/dbclient"
	"github.com/wpsync/wpsync/tools/internal/host"
	"github.com/wpsync/wpsync/tools/internal/shell"
)

// SameServer reports whether target and other are sessions on one database
// server. It only takes and releases a lock on other; nothing is written.
func SameServer(ctx context.Context, target, other *dbclient.Client) (bool, error) {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		return false, err
	}
	token := "wpsync-identity-" + hex.EncodeToString(b[:])
	release, err := other.Lock(ctx, token, 0)
	if err != nil {
		return false, err
	}
	defer release()
	rows, err := target.Query(ctx, "", "SELECT IS_USED_LOCK("+dbclient.QuoteString(token)+") IS NOT NULL")
	if err != nil {
		return false, err
	}
	return len(rows) == 1 && len(rows[0]) == 1 && rows[0][0] == "1", nil
}

// SameTables reports whether two environments' WordPress tables on one
// server can meet: the same database (names compared as a server with
// lower_case_table_names would) and table prefixes of which one starts
// with the other.
func SameTables(a, b config.DB) bool {
	if !strings.EqualFold(a.Name, b.Name) {
		return false
	}
	pa, pb := strings.ToLower(a.Prefix), strings.ToLower(b.Prefix)
	return strings.HasPrefix(pa, pb) || strings.HasPrefix(pb, pa)
}

// Dir is where a directory really is.
type Dir struct {
	Boot string // the host kernel's boot id
	// Chain is device:inode of the directory, then of each parent up to
	// its root; empty when the directory does not exist.
	Chain []string
}

// Locate finds dir on h. A directory that does not exist yet has no inode
// and is the same as nothing.
func Locate(ctx context.Context, h host.Host, dir string) (Dir, error) {
	script := "cat /proc/sys/kernel/random/boot_id && cd -P -- " + shell.Quote(dir) + ` 2>/dev/null || exit 0
d=$(pwd -P); while :; do stat -L -c %d:%i -- "$d" || exit 1; [ "$d" = / ] && break; d=$(dirname -- "$d"); done`
	out, err := host.Output(ctx, h, script, nil)
	if err != nil {
		return Dir{}, fmt.Errorf("%s: locate %s: %w", h, dir, err)
	}
	f := strings.Fields(out)
	if len(f) == 0 {
		return Dir{}, fmt.Errorf("%s: locate %s: the host printed no boot id", h, dir)
	}
	return Dir{Boot: f[0], Chain: f[1:]}, nil
}

// Overlaps reports whether writing one can touch the other: one directory,
// or one inside the other, on the same running kernel.
func (a Dir) Overlaps(b Dir) bool {
	if a.Boot == "" || a.Boot != b.Boot || len(a.Chain) == 0 || len(b.Chain) == 0 {
		return false
	}
	return slices.Contains(a.Chain, b.Chain[0]) || slices.Contains(b.Chain, a.Chain[0])
}
