package dbrestore

import (
	"context"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/wpsync/wpsync/tools/internal/dbclient"
)

// edit changes the shadow before the swap: the prefix keys when the
// prefix changes, and the options edits (see package hygiene). The live
// tables never see the unedited values.
func edit(ctx context.Context, s Session, t Target, shadow place, tables []string, opts Options) ([]string, error) {
	var notes []string
	if opts.FromPrefix != "" && opts.FromPrefix != t.Prefix {
		if err := changePrefixKeys(ctx, s, shadow, opts.FromPrefix, t.Prefix, tables); err != nil {
			return nil, fmt.Errorf("change the prefix in the shadow's keys (the live tables did not change): %w", err)
		}
		notes = append(notes, fmt.Sprintf("table prefix %s → %s (tables, %suser_roles, usermeta keys)", opts.FromPrefix, t.Prefix, t.Prefix))
	}
	edited, err := editValues(ctx, s, shadow, t.Prefix+"options", "option_name", "option_value", tables, opts.Edits)
	if err != nil {
		return nil, fmt.Errorf("edit the shadow's options (the live tables did not change): %w", err)
	}
	notes = append(notes, edited...)
	if edited, err = editValues(ctx, s, shadow, t.Prefix+"sitemeta", "meta_key", "meta_value", tables, opts.SiteMetaEdits); err != nil {
		return nil, fmt.Errorf("edit the shadow's network options (the live tables did not change): %w", err)
	}
	notes = append(notes, edited...)
	if opts.ShadowSQL != nil {
		stmts, more := opts.ShadowSQL(func(name string) (string, bool) {
			if !slices.Contains(tables, t.Prefix+name) {
				return "", false
			}
			return shadow.table(t.Prefix + name), true
		})
		if len(stmts) > 0 {
			if _, err := s.Query(ctx, "", strings.Join(stmts, ";\n")+";"); err != nil {
				return nil, fmt.Errorf("prepare the shadow for this environment (the live tables did not change): %w", err)
			}
			notes = append(notes, more...)
		}
	}
	return notes, nil
}

// editValues applies edits to a key/value table in the shadow (options:
// option_name/option_value; sitemeta: meta_key/meta_value).
func editValues(ctx context.Context, s Session, shadow place, table, keyCol, valCol string, tables []string, edits map[string]func([]byte) ([]byte, string, bool)) ([]string, error) {
	if len(edits) == 0 || !slices.Contains(tables, table) {
		return nil, nil
	}
	var names []string
	for n := range edits {
		names = append(names, dbclient.QuoteString(n))
	}
	sort.Strings(names)
	rows, err := s.Query(ctx, "", "SELECT "+keyCol+", HEX("+valCol+") FROM "+shadow.table(table)+" WHERE "+keyCol+" IN ("+strings.Join(names, ", ")+")")
	if err != nil {
		return nil, err
	}
	var q strings.Builder
	var notes []string
	for _, r := range rows {
		if len(r) != 2 {
			continue
		}
		old, err := hex.DecodeString(r[1])
		if err != nil {
			return nil, fmt.Errorf("option %s: %w", r[0], err)
		}
		nv, note, ok := edits[r[0]](old)
		if !ok {
			continue
		}
		fmt.Fprintf(&q, "UPDATE %s SET %s = UNHEX('%s') WHERE %s = %s;\n", shadow.table(table), valCol, hex.EncodeToString(nv), keyCol, dbclient.QuoteString(r[0]))
		notes = append(notes, note)
	}
	if q.Len() == 0 {
		return nil, nil
	}
	if _, err := s.Query(ctx, "", q.String()); err != nil {
		return nil, err
	}
	return notes, nil
}

// prefixMapper renames a table of prefix from to prefix to; others stay.
func prefixMapper(from, to string) func(string) string {
	if from == "" || from == to {
		return func(t string) string { return t }
	}
	return func(t string) string {
		if strings.HasPrefix(t, from) {
			return to + t[len(from):]
		}
		return t
	}
}

// changePrefixKeys renames what WordPress keys by the table prefix: the
// <prefix>user_roles option and usermeta keys such as <prefix>capabilities
// and <prefix>user_level (plugins store theirs the same way).
func changePrefixKeys(ctx context.Context, s Session, shadow place, from, to string, tables []string) error {
	var q strings.Builder
	if t := to + "options"; slices.Contains(tables, t) {
		fmt.Fprintf(&q, "UPDATE %s SET option_name = %s WHERE option_name = %s;\n", shadow.table(t), dbclient.QuoteString(to+"user_roles"), dbclient.QuoteString(from+"user_roles"))
	}
	if t := to + "usermeta"; slices.Contains(tables, t) {
		fmt.Fprintf(&q, "UPDATE %s SET meta_key = CONCAT(%s, SUBSTRING(meta_key, %d)) WHERE meta_key LIKE %s;\n",
			shadow.table(t), dbclient.QuoteString(to), len(from)+1, dbclient.QuoteString(dbclient.LikePrefix(from)))
	}
	if q.Len() == 0 {
		return nil
	}
	_, err := s.Query(ctx, "", q.String())
	return err
}
