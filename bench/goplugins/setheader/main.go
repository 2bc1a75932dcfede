// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark's Go pre hook: sets one header, as the Python hook it is compared with does.
package main

import "net/http"

func SetHeader(rw http.ResponseWriter, r *http.Request) {
	r.Header.Set("X-Bench", "1")
}

func main() {}
