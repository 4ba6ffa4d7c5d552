// Package dump owns the dump contract: what a wpsync dump is, how it is
// written (FromServer, into an Output that seals it), rewritten
// (Transform keeps the contract across a change of content), verified
// (Verifier, Tally.Whole) and counted (Tally), for dumpdb, rewriteurls and
// restoredb alike. The streaming SQL lexer under it is package lexer.
//
// A dump is a file or "-" (stdin/stdout), gzip by content when read and by
// ".gz" when written, written atomically, and sealed: a dump made by
// dumpdb starts with a header line and ends with a manifest line and a
// sha256 line, so a truncated or altered stream is never taken for a whole
// one. All three are SQL comments: the dump stays a plain dump for every
// other tool.
package dump
