// Package hygiene decides what a restore changes in the shadow, before the
// swap, so that a copy of production does not act like production (and
// never serves a production-like site, not even for a second): search
// engines asked not to index (blog_public), plugins deactivated (payment
// gateways, newsletters), options set (admin_email, a gateway's test
// mode), e-mail addresses anonymized, and the settings of media-offload
// plugins, which would otherwise let staging upload to, or delete from,
// production's bucket. It also holds the staging guard, the must-use
// plugin syncfiles installs on an unprotected target (StagingGuard).
//
// Recognised: WP Offload Media (option tantan_wordpress_s3, a serialized
// array: copy-to-s3, remove-local-file, bucket) and WP-Stateless (options
// sm_mode, sm_bucket). Read-only keeps serving the media production already
// offloaded and stops new offloads and local deletes; WP-Stateless is set
// to "disabled". With a bucket, the plugin is pointed at it instead.
package hygiene

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"github.com/wpsync/wpsync/tools/internal/config"
	"github.com/wpsync/wpsync/tools/internal/dbclient"
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

// Copy returns the option edits that make a copy of production behave as
// one: blog_public and plugins to deactivate (env.Hygiene), on top of the
// media-offload edits of Options.
func Copy(env *config.Env) map[string]Edit {
	edits := Options(env)
	if edits == nil {
		edits = map[string]Edit{}
	}
	if h := env.Hygiene; h.BlogPublic != "keep" {
		edits["blog_public"] = plain("blog_public (search engines)", h.BlogPublic)
	}
	if len(env.Hygiene.DeactivatePlugins) > 0 {
		edits["active_plugins"] = deactivate(env.Hygiene.DeactivatePlugins)
	}
	return edits
}

// SiteMeta returns the edits of the multisite network options
// (<prefix>sitemeta): plugins network-activated.
func SiteMeta(env *config.Env) map[string]Edit {
	if len(env.Hygiene.DeactivatePlugins) == 0 {
		return nil
	}
	return map[string]Edit{"active_sitewide_plugins": deactivate(env.Hygiene.DeactivatePlugins)}
}

// deactivate removes plugins from a serialized plugin list: active_plugins
// is a list of plugin files, active_sitewide_plugins maps them to times.
func deactivate(plugins []string) Edit {
	return func(v []byte) ([]byte, string, bool) {
		out, removed, ok := phpserial.RemoveEntries(v, plugins)
		if !ok || len(removed) == 0 {
			return nil, "", false
		}
		return out, fmt.Sprintf("deactivated: %s", strings.Join(removed, ", ")), true
	}
}

// Statements returns SQL run in the shadow before the swap, with a note
// each: options to set (created when missing) and e-mail addresses to
// anonymize. table maps a WordPress table name without the prefix
// ("users") to the shadow's qualified name, ok false when the dump has no
// such table.
func Statements(env *config.Env, table func(string) (string, bool)) (stmts, notes []string) {
	h := env.Hygiene
	if t, ok := table("options"); ok {
		var names []string
		for n := range h.SetOptions {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			stmts = append(stmts, fmt.Sprintf("INSERT INTO %s (option_name, option_value, autoload) VALUES (%s, %s, 'yes') ON DUPLICATE KEY UPDATE option_value = VALUES(option_value)",
				t, dbclient.QuoteString(n), dbclient.QuoteString(h.SetOptions[n])))
			notes = append(notes, fmt.Sprintf("option %s set to %q", n, h.SetOptions[n]))
		}
	}
	if !h.AnonymizeEmails {
		return stmts, notes
	}
	keep := func(col string) string {
		if len(h.KeepEmails) == 0 {
			return ""
		}
		var likes []string
		for _, k := range h.KeepEmails {
			likes = append(likes, col+" LIKE "+dbclient.QuoteString(strings.ReplaceAll(dbclient.LikeEscape(k), "*", "%")))
		}
		return " AND NOT (" + strings.Join(likes, " OR ") + ")"
	}
	var where []string
	add := func(name, update, col, key string) {
		if t, ok := table(name); ok {
			stmts = append(stmts, fmt.Sprintf(update, t)+" AND "+col+" <> ''"+keep(col))
			where = append(where, key)
		}
	}
	// Deterministic: the same user gets the same address on every sync.
	add("users", "UPDATE %s SET user_email = CONCAT('user', ID, '@example.invalid') WHERE user_email IS NOT NULL", "user_email", "users")
	add("usermeta", "UPDATE %s SET meta_value = CONCAT('user', user_id, '@example.invalid') WHERE meta_key = 'billing_email'", "meta_value", "customers' billing e-mail")
	add("postmeta", "UPDATE %s SET meta_value = CONCAT('order', post_id, '@example.invalid') WHERE meta_key = '_billing_email'", "meta_value", "orders (post meta)")
	add("wc_orders", "UPDATE %s SET billing_email = CONCAT('order', id, '@example.invalid') WHERE billing_email IS NOT NULL", "billing_email", "orders (HPOS)")
	add("wc_order_addresses", "UPDATE %s SET email = CONCAT('order', order_id, '@example.invalid') WHERE email IS NOT NULL", "email", "order addresses (HPOS)")
	if len(where) > 0 {
		kept := ""
		if len(h.KeepEmails) > 0 {
			kept = "; kept: " + strings.Join(h.KeepEmails, ", ")
		}
		notes = append(notes, "e-mail addresses anonymized (…@example.invalid): "+strings.Join(where, ", ")+kept)
	}
	return stmts, notes
}

// StagingGuard is the must-use plugin syncfiles installs on an unprotected
// target (see staging-guard.php); StagingGuardPath is where, relative to
// the docroot: config.DefaultStagingOnly names it, so no sync sends or
// deletes it.
//
//go:embed staging-guard.php
var StagingGuard []byte

const StagingGuardPath = "wp-content/mu-plugins/wpsync-staging-guard.php"
