// SPDX-License-Identifier: GPL-3.0-or-later
// An auth_check hook: a request with "Authorization: letmein" gets a session (stored under
// that key, as Tyk stores what ctx.SetSession sets); anything else is refused with 403.
package main

import (
	"net/http"

	"github.com/TykTechnologies/tyk/ctx"
	"github.com/TykTechnologies/tyk/user"
)

func Authenticate(rw http.ResponseWriter, r *http.Request) {
	token := r.Header.Get("Authorization")
	if token != "letmein" {
		rw.Header().Set("Content-Type", "application/json")
		rw.WriteHeader(http.StatusForbidden)
		_, _ = rw.Write([]byte(`{"error": "not authorised"}`))
		return
	}
	session := user.NewSessionState()
	session.KeyID = token
	session.OrgID = "default"
	session.Alias = "go-sample-user"
	session.Rate = 100
	session.Per = 60
	session.QuotaMax = -1
	ctx.SetSession(r, session, true)
}

func main() {}
