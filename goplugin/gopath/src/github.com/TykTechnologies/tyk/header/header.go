// SPDX-License-Identifier: GPL-3.0-or-later

// Package header holds the HTTP header names and media types Tyk's code and
// plugins use (Tyk: header/header.go). Only string constants; nothing here
// depends on Hookbench.
package header

const (
	Accept                   = "Accept"
	AcceptEncoding           = "Accept-Encoding"
	AccessControlAllowOrigin = "Access-Control-Allow-Origin"
	Authorization            = "Authorization"
	CacheControl             = "Cache-Control"
	Connection               = "Connection"
	ContentEncoding          = "Content-Encoding"
	ContentLength            = "Content-Length"
	ContentType              = "Content-Type"
	Cookie                   = "Cookie"
	Date                     = "Date"
	Expires                  = "Expires"
	Host                     = "Host"
	Location                 = "Location"
	Origin                   = "Origin"
	Server                   = "Server"
	SetCookie                = "Set-Cookie"
	TransferEncoding         = "Transfer-Encoding"
	Upgrade                  = "Upgrade"
	UserAgent                = "User-Agent"
	WWWAuthenticate          = "WWW-Authenticate"
)

// Media types.
const (
	ApplicationJSON = "application/json"
	ApplicationXML  = "application/xml"
	TextXML         = "text/xml"
	TextPlain       = "text/plain"
)

// Tyk's own and commonly proxied headers.
const (
	XRealIP             = "X-Real-IP"
	XForwardFor         = "X-Forwarded-For"
	XForwardedHost      = "X-Forwarded-Host"
	XForwardedProto     = "X-Forwarded-Proto"
	XAuthResult         = "X-Auth-Result"
	XSessionAlias       = "X-Session-Alias"
	XInitialURI         = "X-Initial-URI"
	XGenerator          = "X-Generator"
	XTykAuthorization   = "X-Tyk-Authorization"
	XTykNodeID          = "X-Tyk-Nodeid"
	XTykNonce           = "X-Tyk-Nonce"
	XTykSessionID       = "X-Tyk-Session-Id"
	XTykTrace           = "X-Tyk-Trace"
	XTykHostname        = "X-Tyk-Hostname"
	XTykAPIExpires      = "X-Tyk-Api-Expires"
	XCacheStatus        = "X-Cache-Status"
	XRateLimitLimit     = "X-RateLimit-Limit"
	XRateLimitRemaining = "X-RateLimit-Remaining"
	XRateLimitReset     = "X-RateLimit-Reset"
	XRequestID          = "X-Request-Id"
)
