//go:build !linux

package host

import "net"

// withQuickAck: TCP_QUICKACK is Linux's (see quickack_linux.go).
func withQuickAck(c net.Conn) net.Conn { return c }
