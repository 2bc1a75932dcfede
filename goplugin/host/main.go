// SPDX-License-Identifier: GPL-3.0-or-later

// Command host loads Tyk-style Go plugins and runs them for the Hookbench
// engine over newline-delimited JSON on stdin/stdout. The protocol is
// described in docs/go-plugin-host.md.
package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	replies, err := takeStdout()
	if err != nil {
		fmt.Fprintln(os.Stderr, "hookbench go host:", err)
		os.Exit(1)
	}
	h := newHost(replies)
	h.serve(os.Stdin)
}

// takeStdout keeps the original stdout for protocol replies and points fd 1
// at stderr, so whatever a plugin prints (fmt.Println, a logger writing to
// os.Stdout) lands in the log stream instead of corrupting the protocol.
func takeStdout() (*os.File, error) {
	fd, err := syscall.Dup(1)
	if err != nil {
		return nil, fmt.Errorf("dup stdout: %w", err)
	}
	syscall.CloseOnExec(fd)
	if err := syscall.Dup3(2, 1, 0); err != nil {
		return nil, fmt.Errorf("redirect stdout: %w", err)
	}
	return os.NewFile(uintptr(fd), "replies"), nil
}
