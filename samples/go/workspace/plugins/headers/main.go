// SPDX-License-Identifier: GPL-3.0-or-later
// A pre hook: adds a header for the upstream and one for the client, and logs through
// Tyk's logger (the line shows in the phase that wrote it).
package main

import (
	"net/http"

	"github.com/TykTechnologies/tyk/ctx"
	"github.com/TykTechnologies/tyk/log"
)

var logger = log.Get()

func AddHeaders(rw http.ResponseWriter, r *http.Request) {
	r.Header.Set("X-Go-Plugin", "pre")
	rw.Header().Set("X-Served-By", "go-sample")
	if def := ctx.GetDefinition(r); def != nil {
		logger.WithField("api", def.APIID).Info("pre hook ran")
	}
}

func main() {}
