// SPDX-License-Identifier: GPL-3.0-or-later

// A request hook that panics.
package main

import "net/http"

func MyPanic(rw http.ResponseWriter, r *http.Request) {
	panic("plugin exploded")
}

func main() {}
