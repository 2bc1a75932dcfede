// SPDX-License-Identifier: GPL-3.0-or-later

// Exports a variable instead of a function: Lookup yields a pointer, so the
// cast to a handler fails as in Tyk.
package main

import "net/http"

var MyPre = func(rw http.ResponseWriter, r *http.Request) {
	rw.Header().Set("X-Never", "1")
}

func main() {}
