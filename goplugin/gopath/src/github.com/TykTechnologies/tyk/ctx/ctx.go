// SPDX-License-Identifier: GPL-3.0-or-later

// Package ctx gives plugins the values the gateway keeps in a request's
// context (Tyk: ctx/ctx.go).
//
// Hookbench supports the session, auth token, classic and OAS definition
// getters and setters, the MCP/JSON-RPC string helpers and every Key
// constant. It does not provide GetErrorClassification and
// SetErrorClassification, whose type lives in Tyk's internal packages.
package ctx

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/TykTechnologies/tyk/apidef"
	"github.com/TykTechnologies/tyk/apidef/oas"
	"github.com/TykTechnologies/tyk/config"
	logger "github.com/TykTechnologies/tyk/log"
	"github.com/TykTechnologies/tyk/user"
)

// Key is a request-context key. The order of the constants is Tyk's, so
// the numeric values match.
type Key uint

const (
	SessionData Key = iota
	UpdateSession
	AuthToken
	HashedAuthToken
	VersionData
	VersionName
	VersionDefault
	OrgSessionContext
	ContextData
	RetainHost
	TrackThisEndpoint
	DoNotTrackThisEndpoint
	UrlRewritePath
	InternalRedirectTarget
	RequestMethod
	OrigRequestURL
	LoopLevel
	LoopLevelLimit
	ThrottleLevel
	ThrottleLevelLimit
	Trace
	CheckLoopLimits
	UrlRewriteTarget
	TransformedRequestMethod
	Definition
	RequestStatus
	GraphQLRequest
	GraphQLIsWebSocketUpgrade
	CacheOptions
	OASDefinition
	SelfLooping
	RequestStartTime
	ErrorClassification
	JsonRPCRouting
	JSONRPCRequest
	JSONRPCRoutingState
	MCPRouting
	OriginalRequestPath
	MCPMethod
	MCPPrimitiveType
	MCPPrimitiveName
	JSONRPCErrorCode
	MatchedIdPBinding
)

// setContext replaces *r so that the caller's pointer sees the new context,
// as Tyk's setters do.
func setContext(r *http.Request, c context.Context) {
	*r = *r.WithContext(c)
}

// GetSession returns the request's session, or nil. A value of another
// type (a plugin built against a different user package) is converted
// through JSON, as Tyk does.
func GetSession(r *http.Request) *user.SessionState {
	v := r.Context().Value(SessionData)
	if v == nil {
		return nil
	}
	if s, ok := v.(*user.SessionState); ok {
		return s
	}
	logger.Get().Warning("SessionState struct differ from the gateway version, trying to unmarshal.")
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	s := &user.SessionState{}
	if json.Unmarshal(b, s) != nil {
		return nil
	}
	return s
}

// SetSession puts s into the request's context (Tyk: ctx/ctx.go,
// SetSession):
//   - s == nil panics;
//   - an empty s.KeyID is taken from the current auth token;
//   - the hash flag is hashKey[0] only when two or more values are given,
//     else the gateway's hash_keys (config.Global().HashKeys);
//   - without a cached key hash, s caches KeyID hashed with Tyk's key
//     hashing when the flag is set, else KeyID itself;
//   - the context gets SessionData = s and AuthToken = s.KeyID;
//   - scheduleUpdate marks s modified (Touch).
func SetSession(r *http.Request, s *user.SessionState, scheduleUpdate bool, hashKey ...bool) {
	if s == nil {
		panic("setting a nil context SessionData")
	}
	if s.KeyID == "" {
		s.KeyID = GetAuthToken(r)
	}
	call := HookbenchCallFrom(r.Context())
	hashing := config.Global().HashKeys
	if call != nil {
		hashing = call.HashKeys
	}
	if len(hashKey) > 1 {
		hashing = hashKey[0]
	}
	if s.KeyHashEmpty() {
		s.SetKeyHash(storageHashKey(s.KeyID, hashing))
	}
	c := context.WithValue(r.Context(), SessionData, s)
	c = context.WithValue(c, AuthToken, s.KeyID)
	setContext(r, c)
	if scheduleUpdate {
		s.Touch()
	}
	if call != nil {
		call.noteSetSession(hashing)
	}
}

// GetAuthToken returns the request's key id, or "".
func GetAuthToken(r *http.Request) string {
	s, _ := r.Context().Value(AuthToken).(string)
	return s
}

// GetDefinition returns a deep copy of the classic API definition, or nil
// (always nil for Tyk OAS APIs).
func GetDefinition(r *http.Request) *apidef.APIDefinition {
	d, ok := r.Context().Value(Definition).(*apidef.APIDefinition)
	if !ok || d == nil {
		return nil
	}
	out := &apidef.APIDefinition{}
	if !deepCopy(d, out) {
		return nil
	}
	return out
}

// SetDefinition puts a classic API definition into the request's context.
func SetDefinition(r *http.Request, s *apidef.APIDefinition) {
	setContext(r, context.WithValue(r.Context(), Definition, s))
}

// GetOASDefinition returns a deep copy of the Tyk OAS definition, or nil
// (always nil for classic APIs).
func GetOASDefinition(r *http.Request) *oas.OAS {
	d, ok := r.Context().Value(OASDefinition).(*oas.OAS)
	if !ok || d == nil {
		return nil
	}
	out := &oas.OAS{}
	if !deepCopy(d, out) {
		return nil
	}
	return out
}

// SetOASDefinition puts a Tyk OAS definition into the request's context.
func SetOASDefinition(r *http.Request, s *oas.OAS) {
	setContext(r, context.WithValue(r.Context(), OASDefinition, s))
}

// deepCopy copies through JSON: Tyk uses a generic deep clone; for these
// JSON-shaped types a round trip gives the same result.
func deepCopy(in, out interface{}) bool {
	b, err := json.Marshal(in)
	return err == nil && json.Unmarshal(b, out) == nil
}

func stringValue(r *http.Request, k Key) string {
	s, _ := r.Context().Value(k).(string)
	return s
}

// GetMCPMethod returns the JSON-RPC method of an MCP request, or "".
func GetMCPMethod(r *http.Request) string { return stringValue(r, MCPMethod) }

// GetMCPPrimitiveType returns the MCP primitive type (tool, resource,
// prompt), or "".
func GetMCPPrimitiveType(r *http.Request) string { return stringValue(r, MCPPrimitiveType) }

// GetMCPPrimitiveName returns the MCP primitive name, or "".
func GetMCPPrimitiveName(r *http.Request) string { return stringValue(r, MCPPrimitiveName) }

// GetJSONRPCErrorCode returns the JSON-RPC error code set for the request,
// or 0.
func GetJSONRPCErrorCode(r *http.Request) int {
	c, _ := r.Context().Value(JSONRPCErrorCode).(int)
	return c
}
