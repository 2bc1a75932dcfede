// SPDX-License-Identifier: GPL-3.0-or-later

// Does not compile: the syntax error is on line 10, column 2.
package main

import "net/http"

func MyPre(rw http.ResponseWriter, r *http.Request) {
	rw.Header().Set("X-Broken", "1")
	:= r
}

func main() {}
