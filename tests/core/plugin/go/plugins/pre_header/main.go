// SPDX-License-Identifier: GPL-3.0-or-later

// A pre hook that sets a client response header and an upstream request
// header, as Tyk's test plugin MyPluginPre does.
package main

import (
	"net/http"

	"github.com/TykTechnologies/tyk/header"
)

func MyPluginPre(rw http.ResponseWriter, r *http.Request) {
	rw.Header().Set("X-Go-Pre", "1")
	r.Header.Set(header.XInitialURI, r.URL.RequestURI())
}

func main() {}
