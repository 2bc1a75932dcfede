// SPDX-License-Identifier: GPL-3.0-or-later

// An auth_check hook modelled on Tyk's test plugin MyPluginAuthCheck: only
// "Authorization: abc" is accepted.
package main

import (
	"net/http"

	"github.com/TykTechnologies/tyk/ctx"
	"github.com/TykTechnologies/tyk/header"
	"github.com/TykTechnologies/tyk/user"
)

func MyPluginAuthCheck(rw http.ResponseWriter, r *http.Request) {
	if r.Header.Get(header.Authorization) != "abc" {
		rw.Header().Add(header.XAuthResult, "failed")
		rw.WriteHeader(http.StatusForbidden)
		_, _ = rw.Write([]byte("auth failed"))
		return
	}
	session := &user.SessionState{
		OrgID: "default",
		Alias: "abc-session",
		KeyID: "abc",
	}
	ctx.SetSession(r, session, true)
}

func main() {}
