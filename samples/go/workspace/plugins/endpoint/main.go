// SPDX-License-Identifier: GPL-3.0-or-later
// A per-endpoint plugin (extended_paths.go_plugin): answers GET /status itself.
package main

import (
	"encoding/json"
	"net/http"

	"github.com/TykTechnologies/tyk/ctx"
)

func Status(rw http.ResponseWriter, r *http.Request) {
	alias := ""
	if s := ctx.GetSession(r); s != nil {
		alias = s.Alias
	}
	rw.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(rw).Encode(map[string]string{"status": "ok", "session": alias})
}

func main() {}
