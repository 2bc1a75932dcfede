// SPDX-License-Identifier: GPL-3.0-or-later

// A pre hook that puts a session naming a policy no gateway has into the context: Tyk's
// policy step after the hook fails.
package main

import (
	"net/http"

	"github.com/TykTechnologies/tyk/ctx"
	"github.com/TykTechnologies/tyk/user"
)

func SetUnknownPolicy(rw http.ResponseWriter, r *http.Request) {
	rw.Header().Set("X-Before-Policy", "1")
	session := &user.SessionState{KeyID: "k1", OrgID: "default"}
	session.SetPolicies("no-such-policy")
	ctx.SetSession(r, session, false)
}

func main() {}
