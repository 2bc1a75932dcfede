// SPDX-License-Identifier: GPL-3.0-or-later

// A per-endpoint (extended_paths.go_plugin) hook. It marks both the request
// sent upstream and the client reply, so a test can check either.
package main

import "net/http"

func MyEndpointPlugin(rw http.ResponseWriter, r *http.Request) {
	r.Header.Set("X-Endpoint", "1")
	rw.Header().Set("X-Endpoint", "1")
}

func main() {}
