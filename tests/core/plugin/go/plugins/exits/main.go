// SPDX-License-Identifier: GPL-3.0-or-later
// A pre hook that ends the whole plugin host when asked: what a plugin calling os.Exit, or
// hitting one of Go's fatal errors, does to the process it runs in.
package main

import (
	"net/http"
	"os"
)

func MyExit(rw http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Exit") != "" {
		os.Exit(3)
	}
	r.Header.Set("X-Survived", "1")
}

func main() {}
