package commands

import (
	"cmp"
	"context"
	"sort"
	"sync"

	"github.com/wpsync/wpsync/tools/internal/dump"
	"github.com/wpsync/wpsync/tools/internal/exit"
	"github.com/wpsync/wpsync/tools/internal/syncstate"
)

// incrementalPlanner compares the source's tables with what the target's
// sync state says was copied last time (see package syncstate). It only
// reads the target.
func incrementalPlanner(src, dst *target) dump.Planner {
	return func(ctx context.Context, tables []string) (*dump.Incremental, error) {
		if src.env.DB.Prefix != dst.env.DB.Prefix {
			return nil, exit.Usagef("--incremental-to %s: its table prefix %q differs from %s's %q; an incremental sync compares tables by name: sync in full (without --incremental-to)",
				dst.env.Name, dst.env.DB.Prefix, src.env.Name, src.env.DB.Prefix)
		}
		// The two servers fingerprint their tables at the same time:
		// each CHECKSUM TABLE reads a whole table on one core.
		var srcSums map[string]int64
		var schemas map[string]string
		var srcErr error
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			if srcSums, srcErr = syncstate.Checksums(ctx, src.client, src.env.DB.Name, tables); srcErr == nil {
				schemas, srcErr = syncstate.Schemas(ctx, src.client, src.env.DB.Name, src.env.DB.Prefix)
			}
		}()
		state, err := syncstate.Read(ctx, dst.client, dst.env.DB.Name, src.env.Name)
		var dstSums map[string]int64
		if err == nil {
			dstSums, err = syncstate.Checksums(ctx, dst.client, dst.env.DB.Name, tables)
		}
		wg.Wait()
		if err = cmp.Or(srcErr, err); err != nil {
			return nil, err
		}
		inc := &dump.Incremental{To: dst.env.Name, Checksums: map[string]int64{}, Schemas: map[string]string{}, TargetSums: map[string]int64{}, Reasons: map[string]string{}}
		for _, d := range syncstate.Plan(tables, state, srcSums, schemas, dstSums, func(s string) string { return s }) {
			if d.Copy {
				inc.Checksums[d.Table], inc.Schemas[d.Table], inc.Reasons[d.Table] = srcSums[d.Table], schemas[d.Table], d.Reason
			} else {
				inc.Unchanged = append(inc.Unchanged, d.Table)
				inc.TargetSums[d.Table] = dstSums[d.Table]
			}
		}
		sort.Strings(inc.Unchanged)
		return inc, nil
	}
}
