// SPDX-License-Identifier: GPL-3.0-or-later

package main

import (
	"fmt"
	"runtime/debug"
	"time"
)

// runPlugin calls fn on the current goroutine (each call has its own, as
// Tyk runs a plugin on the request's goroutine), attributes what it logs
// to this call, measures only fn, and recovers a panic as
// "<value>\n\n<stack>". Tyk logs such a panic as "Recovered from panic
// while running Go-plugin middleware func"; the engine does that from the
// reply, so nothing is logged here.
func runPlugin(fn func()) (panicText string, ns int64, logs []logEntry) {
	cl, end := capture.begin()
	defer end()
	start := time.Now()
	func() {
		defer func() {
			if v := recover(); v != nil {
				ns = time.Since(start).Nanoseconds()
				panicText = fmt.Sprintf("%v\n\n%s", v, debug.Stack())
			}
		}()
		fn()
		ns = time.Since(start).Nanoseconds()
	}()
	return panicText, ns, cl.take()
}
