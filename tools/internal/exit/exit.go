// Package exit carries the design's exit codes inside ordinary errors, so
// that any package can say "this is the user's mistake" or "a safety rule
// refused this" without knowing about the command line.
package exit

import (
	"errors"
	"fmt"
)

// The exit codes fixed by the design.
const (
	OK      = 0
	Failed  = 1 // nothing half-done is left behind
	Usage   = 2 // usage or config error
	Refused = 3 // refused by a safety rule
)

// Error is an error with an exit code.
type Error struct {
	Code int
	Err  error
}

func (e *Error) Error() string { return e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Usagef returns a usage or config error (exit 2).
func Usagef(format string, args ...any) error {
	return &Error{Code: Usage, Err: fmt.Errorf(format, args...)}
}

// Refusedf returns a safety refusal (exit 3).
func Refusedf(format string, args ...any) error {
	return &Error{Code: Refused, Err: fmt.Errorf(format, args...)}
}

// CodeOf returns the exit code for err: 0 for nil, the code of the first
// *Error in the chain, else 1.
func CodeOf(err error) int {
	if err == nil {
		return OK
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return Failed
}
