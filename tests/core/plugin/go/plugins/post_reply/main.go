// SPDX-License-Identifier: GPL-3.0-or-later

// A post hook that answers the client itself.
package main

import (
	"encoding/json"
	"net/http"

	"github.com/TykTechnologies/tyk/header"
)

func MyPluginPost(rw http.ResponseWriter, r *http.Request) {
	body, _ := json.Marshal(map[string]string{"from": "go"})
	rw.Header().Set(header.ContentType, header.ApplicationJSON)
	rw.WriteHeader(http.StatusOK)
	_, _ = rw.Write(body)
}

func main() {}
