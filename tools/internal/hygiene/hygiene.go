// Package hygiene decides what a restore changes in the shadow, before the
// swap, so that a copy of production does not act like production: today
// the settings of media-offload plugins, which would otherwise let staging
// upload to, or delete from, production's bucket.
//
// Recognised: WP Offload Media (option tantan_wordpress_s3, a serialized
// array: copy-to-s3, remove-local-file, bucket) and WP-Stateless (options
// sm_mode, sm_bucket). Read-only keeps serving the media production already
// offloaded and stops new offloads and local deletes; WP-Stateless is set
// to "disabled". With a bucket, the plugin is pointed at it instead.
package hygiene

import (
	"fmt"

	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/phpserial"
)

// Edit is what a restore does to one option: its new value and a line for
// the summary, or ok false to leave it.
type Edit = func(value []byte) (newValue []byte, note string, ok bool)

// Options returns the options to edit in env's database on a restore,
// by option name (without the table prefix; they live in <prefix>options).
func Options(env *config.Env) map[string]Edit {
	o := env.Offload
	if o.Mode == "keep" {
		return nil
	}
	edits := map[string]Edit{
		"tantan_wordpress_s3": func(v []byte) ([]byte, string, bool) {
			set := map[string]string{"copy-to-s3": "0", "remove-local-file": "0"}
			what := "read-only: no new offloads, no local deletes"
			if o.Mode == "bucket" {
				set = map[string]string{"bucket": o.Bucket}
				what = "bucket " + o.Bucket
			}
			out, changed, ok := phpserial.SetStrings(v, set)
			if !ok || len(changed) == 0 {
				return nil, "", false
			}
			return out, "WP Offload Media (tantan_wordpress_s3): " + what, true
		},
	}
	if o.Mode == "bucket" {
		edits["sm_bucket"] = plain("WP-Stateless (sm_bucket)", o.Bucket)
	} else {
		edits["sm_mode"] = plain("WP-Stateless (sm_mode)", "disabled")
	}
	return edits
}

func plain(what, to string) Edit {
	return func(v []byte) ([]byte, string, bool) {
		if string(v) == to {
			return nil, "", false
		}
		return []byte(to), fmt.Sprintf("%s: %q → %q", what, v, to), true
	}
}
