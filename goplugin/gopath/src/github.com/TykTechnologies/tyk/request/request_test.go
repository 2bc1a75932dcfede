// SPDX-License-Identifier: GPL-3.0-or-later

package request

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/TykTechnologies/tyk/config"
)

func TestRealIP(t *testing.T) {
	old := Global
	defer func() { Global = old }()
	depth := 0
	Global = func() config.Config {
		c := config.Config{}
		c.HttpServerOptions.XFFDepth = depth
		return c
	}
	r := httptest.NewRequest("GET", "/", nil)
	r.RemoteAddr = "10.0.0.1:1234"
	if got := RealIP(r); got != "10.0.0.1" {
		t.Errorf("remote addr: %s", got)
	}
	r.Header.Set("X-Forwarded-For", "1.1.1.1, 2.2.2.2, 3.3.3.3")
	for d, want := range map[int]string{0: "1.1.1.1", 1: "3.3.3.3", 3: "1.1.1.1", 4: ""} {
		depth = d
		if got := RealIP(r); got != want {
			t.Errorf("xff_depth %d: %q, want %q", d, got, want)
		}
	}
	r.Header.Set("X-Real-IP", "not an ip")
	depth = 0
	if got := RealIP(r); got != "1.1.1.1" {
		t.Errorf("invalid X-Real-IP used: %s", got)
	}
	r.Header.Set("X-Real-IP", "9.9.9.9")
	if got := RealIP(r); got != "9.9.9.9" {
		t.Errorf("X-Real-IP: %s", got)
	}
	r = r.WithContext(context.WithValue(r.Context(), "remote_addr", "8.8.8.8"))
	if got := RealIP(r); got != "8.8.8.8" {
		t.Errorf("context remote_addr: %s", got)
	}
}
