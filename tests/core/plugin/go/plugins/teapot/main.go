// SPDX-License-Identifier: GPL-3.0-or-later

// Writes 418, as Tyk's TestGoPlugin_PreventDoubleError plugin does.
package main

import "net/http"

func MyTeapot(rw http.ResponseWriter, r *http.Request) {
	rw.WriteHeader(http.StatusTeapot)
	_, _ = rw.Write([]byte("I'm a teapot"))
}

func main() {}
