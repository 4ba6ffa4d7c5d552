package commands

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"sort"
	"strings"
	"sync"

	"github.com/rs/zerolog"

	"github.com/wpsync/wpsync/tools/internal/dbclient"
	"github.com/wpsync/wpsync/tools/internal/dbrestore"
	"github.com/wpsync/wpsync/tools/internal/dump"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/sqlconn"
	"github.com/wpsync/wpsync/tools/internal/syncstate"
)

// Row-level copies (see syncstate's rows.go and dbrestore's patch.go) are
// worth their bookkeeping for big tables of which a small part changed.
const (
	// PartialMaxShare: more changed rows (with those the backup must catch
	// up on) than this share of the table, and it is copied whole.
	PartialMaxShare = 0.10
	// PartialMaxWhere bounds the dump tool's --where (one argument of a
	// command line run over SSH; Linux takes 128 KiB).
	PartialMaxWhere = 64 << 10
	// FingerprintMaxRows: bigger tables (the server's estimate) are not
	// fingerprinted row by row, so always copied whole: comparing keeps
	// about 100 bytes a row in the agent's memory (100 MB here), and the
	// state 10 bytes a row in the target database.
	FingerprintMaxRows = 1_000_000
)

// incrementalPlanner compares the source's tables with what the target's
// sync state says was copied last time (see package syncstate). It only
// reads the target.
func incrementalPlanner(src, dst *target, srcQ, dstQ syncstate.Querier, log zerolog.Logger) dump.Planner {
	return func(ctx context.Context, tables []string) (*dump.Incremental, error) {
		if src.env.DB.Prefix != dst.env.DB.Prefix {
			return nil, exit.Usagef("--incremental-to %s: its table prefix %q differs from %s's %q; an incremental sync compares tables by name: sync in full (without --incremental-to)",
				dst.env.Name, dst.env.DB.Prefix, src.env.Name, src.env.DB.Prefix)
		}
		// What the target recorded says which tables are compared row by
		// row from the start (see hotTables).
		state, err := syncstate.Read(ctx, dstQ, dst.env.DB.Name, src.env.Name)
		if err != nil {
			return nil, err
		}
		// The two servers fingerprint their tables at the same time:
		// each CHECKSUM TABLE reads a whole table on one core.
		var srcSums map[string]int64
		var schemas map[string]string
		var keyed, hot map[string]syncstate.Keyed
		var kind string
		var hashed map[string][]dump.RowSum
		var hashFailed map[string]error
		var srcErr error
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			if schemas, srcErr = syncstate.Schemas(ctx, srcQ, src.env.DB.Name, src.env.DB.Prefix); srcErr == nil {
				keyed, srcErr = syncstate.KeyColumns(ctx, srcQ, src.env.DB.Name, tables)
			}
			var estimates map[string]int64
			if srcErr == nil {
				estimates, srcErr = syncstate.TableRows(ctx, srcQ, src.env.DB.Name, tables)
			}
			if srcErr != nil {
				return
			}
			for t, k := range keyed {
				if estimates[t] > FingerprintMaxRows {
					delete(keyed, t)
				} else {
					k.Rows = estimates[t]
					keyed[t] = k
				}
			}
			kind = syncstate.SumKind(ctx, srcQ)
			hot = hotTables(state, keyed, kind)
			var rest []string
			for _, t := range tables {
				if _, ok := hot[t]; !ok {
					rest = append(rest, t)
				}
			}
			var hw sync.WaitGroup
			hw.Add(1)
			go func() {
				defer hw.Done()
				hashed, hashFailed = syncstate.SourceSums(ctx, srcQ, src.env.DB.Name, hot, kind)
			}()
			srcSums, srcErr = syncstate.ChecksumsAtOnce(ctx, srcQ, src.env.DB.Name, rest)
			hw.Wait()
		}()
		var recorded map[string]*syncstate.Recorded
		dstSums, err := syncstate.ChecksumsAtOnce(ctx, dstQ, dst.env.DB.Name, tables)
		if err == nil {
			recorded, err = syncstate.ReadRows(ctx, dstQ, dst.env.DB.Name, mayBeHot(state))
		}
		wg.Wait()
		if err = cmp.Or(srcErr, err); err != nil {
			return nil, err
		}
		// A hot table changed on the source if a row did; one whose rows
		// could not be compared is checksummed after all.
		rowsChanged := map[string]bool{}
		var unsure []string
		for t := range hot {
			rec, cur := recorded[t], hashed[t]
			if rec == nil || hashFailed[t] != nil {
				delete(hashed, t)
				unsure = append(unsure, t)
				continue
			}
			changed, deleted := syncstate.Diff(rec.Rows, cur)
			rowsChanged[t], srcSums[t] = len(changed)+len(deleted) > 0, syncstate.ByRows
		}
		if len(unsure) > 0 {
			more, err := syncstate.ChecksumsAtOnce(ctx, srcQ, src.env.DB.Name, unsure)
			if err != nil {
				return nil, err
			}
			maps.Copy(srcSums, more)
		}
		inc := &dump.Incremental{To: dst.env.Name, Checksums: map[string]int64{}, Schemas: map[string]string{}, TargetSums: map[string]int64{}, Reasons: map[string]string{}}
		var copied []syncstate.Decision
		for _, d := range syncstate.Plan(tables, state, srcSums, rowsChanged, schemas, dstSums, func(s string) string { return s }) {
			if d.Copy {
				inc.Checksums[d.Table], inc.Schemas[d.Table], inc.Reasons[d.Table] = srcSums[d.Table], schemas[d.Table], d.Reason
				copied = append(copied, d)
			} else {
				inc.Unchanged = append(inc.Unchanged, d.Table)
				inc.TargetSums[d.Table] = dstSums[d.Table]
			}
		}
		sort.Strings(inc.Unchanged)
		if err := planRows(ctx, log, srcQ, dstQ, src, dst, inc, copied, keyed, state, kind, hashed, recorded); err != nil {
			return nil, err
		}
		return inc, nil
	}
}

// hotTables are the tables whose rows are compared one by one instead of
// checksummed: those the last sync replaced with their rows recorded (it
// made the backup a row-level copy patches), big enough to go row by row.
// Such a table changes again more often than not (wp_postmeta on a live
// site), and then its rows are hashed anyway: hashing them first saves
// the CHECKSUM TABLE and lets the hashing start with the planning. When
// it did not change, hashing cost more than the checksum would have.
func hotTables(state map[string]syncstate.Row, keyed map[string]syncstate.Keyed, kind string) map[string]syncstate.Keyed {
	out := map[string]syncstate.Keyed{}
	for t, k := range keyed {
		if st, ok := state[t]; ok && st.HasBackup && st.RowKind == kind && st.RowKey == k.Key && k.Rows >= syncstate.PartialMinRows && rowsCopyable(t) {
			out[t] = k
		}
	}
	return out
}

// mayBeHot are the tables hotTables may choose, by the state alone.
func mayBeHot(state map[string]syncstate.Row) []string {
	var out []string
	for t, st := range state {
		if st.HasBackup && st.RowKind != "" && rowsCopyable(t) {
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return out
}

// rowsCopyable: options are edited on the way in by name, and a missing
// one is inserted (hygiene): not a row-by-row function of the source.
func rowsCopyable(table string) bool {
	return !strings.HasSuffix(table, "options") && !strings.HasSuffix(table, "sitemeta")
}

// planRows fingerprints the rows of the copied tables that have an integer
// key (hashed has those done already), so the restore can record them,
// and decides which are copied row by row: those only the source changed,
// whose backup on the target the last swap made, with few changed rows.
func planRows(ctx context.Context, log zerolog.Logger, srcQ, dstQ syncstate.Querier, src, dst *target, inc *dump.Incremental, copied []syncstate.Decision, keyed map[string]syncstate.Keyed, state map[string]syncstate.Row,
	kind string, hashed map[string][]dump.RowSum, recorded map[string]*syncstate.Recorded) error {
	candidates := map[string]syncstate.Keyed{}
	var names []string
	toHash := map[string]syncstate.Keyed{}
	var unread []string
	for _, d := range copied {
		if k, ok := keyed[d.Table]; ok && rowsCopyable(d.Table) {
			candidates[d.Table] = k
			names = append(names, d.Table)
			if _, done := hashed[d.Table]; !done {
				toHash[d.Table] = k
			}
			if _, done := recorded[d.Table]; !done {
				unread = append(unread, d.Table)
			}
		}
	}
	if len(candidates) == 0 {
		return nil
	}
	var sums map[string][]dump.RowSum
	var failed map[string]error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		sums, failed = syncstate.SourceSums(ctx, srcQ, src.env.DB.Name, toHash, kind)
		maps.Copy(sums, hashed)
	}()
	more, err := syncstate.ReadRows(ctx, dstQ, dst.env.DB.Name, unread)
	if err == nil {
		recorded = maps.Clone(recorded)
		if recorded == nil {
			recorded = map[string]*syncstate.Recorded{}
		}
		maps.Copy(recorded, more)
	}
	// The backups must exist; their checksums are the restore's to check,
	// under its lock (a backup is cold: reading it is not cheap).
	var backups map[string]int64
	if err == nil {
		backups, err = syncstate.TableRows(ctx, dstQ, dst.env.DB.Name+dbrestore.BackupSuffix, names)
	}
	wg.Wait()
	if err != nil {
		return err
	}
	for t, ferr := range failed {
		log.Warn().Str("table", t).Err(ferr).Msg("its rows could not be fingerprinted: it is copied whole")
	}
	inc.RowSums, inc.Where, inc.Partial, inc.BackupSums = map[string]*dump.RowSums{}, map[string]string{}, map[string]dump.Partial{}, map[string]int64{}
	for _, d := range copied {
		k, ok := candidates[d.Table]
		cur, fingerprinted := sums[d.Table]
		if !ok || !fingerprinted {
			continue
		}
		st, known := state[d.Table]
		rec := recorded[d.Table]
		comparable := known && st.RowKind == kind && st.RowKey == k.Key && rec != nil
		var prev []dump.RowSum
		if comparable {
			prev = rec.Rows
		}
		changed, deleted := syncstate.Diff(prev, cur)
		if comparable && d.Reason == "rows changed on the source" && st.HasBackup && len(cur) >= syncstate.PartialMinRows {

			cost := len(changed) + len(deleted) + len(rec.Moved)
			where := whereKeys(k.Key, changed)
			if _, hasBackup := backups[d.Table]; hasBackup && float64(cost) <= PartialMaxShare*float64(len(cur)) && len(where) <= PartialMaxWhere {
				inc.Partial[d.Table] = dump.Partial{Key: k.Key, Changed: len(changed), Deleted: len(deleted), BackupSum: st.BackupSum}
				// The restore checks the live table too, under its lock.
				inc.TargetSums[d.Table] = st.TargetSum
				inc.RowSums[d.Table] = &dump.RowSums{Table: d.Table, Key: k.Key, Kind: kind, Sums: changed, Deleted: deleted}
				inc.Where[d.Table] = where
				inc.Reasons[d.Table] = fmt.Sprintf("%d rows changed and %d deleted on the source (copied row by row)", len(changed), len(deleted))
				continue
			}
		}
		// A whole copy records every row, each marked moved where it
		// differs from what the target held (all of them when unknown).
		if comparable && d.Reason == "rows changed on the source" {
			inc.BackupSums[d.Table] = st.TargetSum
		}
		inc.RowSums[d.Table] = &dump.RowSums{Table: d.Table, Key: k.Key, Kind: kind, All: true, Sums: cur, Deleted: deleted}
	}
	return nil
}

// whereKeys is the dump tool's --where for rows' keys: runs of
// consecutive keys as ranges, the rest as a list; FALSE for none.
func whereKeys(key string, rows []dump.RowSum) string {
	keys := make([]int64, len(rows))
	for i, r := range rows {
		keys[i] = r.Key
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	col := dbclient.QuoteIdent(key)
	var single, ranges []string
	for i := 0; i < len(keys); {
		j := i
		for j+1 < len(keys) && keys[j+1] == keys[j]+1 {
			j++
		}
		if j-i >= 2 {
			ranges = append(ranges, fmt.Sprintf("%s BETWEEN %d AND %d", col, keys[i], keys[j]))
		} else {
			for x := i; x <= j; x++ {
				single = append(single, fmt.Sprint(keys[x]))
			}
		}
		i = j + 1
	}
	if len(single) > 0 {
		ranges = append(ranges, col+" IN ("+strings.Join(single, ",")+")")
	}
	if len(ranges) == 0 {
		return "FALSE"
	}
	return strings.Join(ranges, " OR ")
}

// quickQuerier is t's database through its port forwarded over SSH (about
// 1 ms a query instead of the 10–50 ms of a client run; large results
// come back without the client's formatting), else its client program.
func quickQuerier(ctx context.Context, t *target, log zerolog.Logger) (syncstate.Querier, func()) {
	db, err := sqlconn.Open(ctx, t.host, t.env)
	if err != nil {
		log.Debug().Err(err).Str("env", t.env.Name).Msg("the database port cannot be reached through SSH: asking through the client program")
		return t.client, func() {}
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	return sqlconn.Reader{DB: db, Explain: t.client.DriverError}, func() { db.Close() }
}
