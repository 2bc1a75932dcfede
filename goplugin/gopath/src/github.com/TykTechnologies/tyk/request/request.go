// SPDX-License-Identifier: GPL-3.0-or-later

// Package request offers Tyk's request helpers for plugins
// (Tyk: request/real_ip.go, RealIP).
package request

import (
	"net"
	"net/http"
	"strings"

	"github.com/TykTechnologies/tyk/config"
	"github.com/TykTechnologies/tyk/header"
)

// Global returns the gateway configuration RealIP consults for xff_depth.
// It follows config.Global unless a caller replaces it.
var Global = func() config.Config { return config.Global() }

// RealIP returns the client address Tyk attributes a request to, in this
// order: a "remote_addr" context value (string), a valid X-Real-IP, the
// X-Forwarded-For entry selected by http_server_options.xff_depth (0 = the
// first entry, N = the Nth from the end, out of range = ""), else the host
// part of RemoteAddr.
func RealIP(r *http.Request) string {
	if v, ok := r.Context().Value("remote_addr").(string); ok {
		return v
	}
	if ip := strings.TrimSpace(r.Header.Get(header.XRealIP)); ip != "" && net.ParseIP(ip) != nil {
		return ip
	}
	if xff := r.Header.Get(header.XForwardFor); xff != "" {
		parts := strings.Split(xff, ",")
		depth := Global().HttpServerOptions.XFFDepth
		if depth == 0 {
			return strings.TrimSpace(parts[0])
		}
		if depth < 0 || depth > len(parts) {
			return ""
		}
		return strings.TrimSpace(parts[len(parts)-depth])
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
