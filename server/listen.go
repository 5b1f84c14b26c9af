package server

import "net"

// listen opens a TCP listener on addr.
func listen(addr string) (net.Listener, error) { return net.Listen("tcp", addr) }
