// Package shell is the one place where wpsync turns data into POSIX shell
// text. Every command that runs through a shell (locally or over SSH) is
// built from literal script fragments written in this repository plus
// arguments passed through Quote or Join, so a job parameter can never
// become shell syntax.
package shell

import "strings"

// Quote returns s as a single POSIX shell word. Words made only of safe
// characters stay readable in logs; everything else is single-quoted, with
// embedded single quotes written as '\”.
func Quote(s string) string {
	if s == "" {
		return "''"
	}
	if isSafe(s) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// Join quotes each argument and joins them with spaces.
func Join(argv ...string) string {
	parts := make([]string, len(argv))
	for i, a := range argv {
		parts[i] = Quote(a)
	}
	return strings.Join(parts, " ")
}

func isSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case strings.IndexByte("@%+=:,./_-", c) >= 0:
			if i == 0 && c == '=' {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// LastLines are the last n non-empty lines of a command's output, trimmed:
// what a message quotes of a tool's stderr.
func LastLines(s string, n int) []string {
	var keep []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			keep = append(keep, l)
		}
	}
	if len(keep) > n {
		keep = keep[len(keep)-n:]
	}
	return keep
}
