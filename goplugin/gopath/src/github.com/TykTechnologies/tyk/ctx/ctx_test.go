// SPDX-License-Identifier: GPL-3.0-or-later

package ctx

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/TykTechnologies/tyk/apidef"
	"github.com/TykTechnologies/tyk/config"
	"github.com/TykTechnologies/tyk/user"
)

func withAuthToken(r *http.Request, token string) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), AuthToken, token))
}

func TestSetSessionNilPanics(t *testing.T) {
	defer func() {
		if v := recover(); v != "setting a nil context SessionData" {
			t.Errorf("recovered %v", v)
		}
	}()
	SetSession(httptest.NewRequest("GET", "/", nil), nil, true)
}

func TestSetSessionFillsKeyIDAndAuthTokenInPlace(t *testing.T) {
	r := withAuthToken(httptest.NewRequest("GET", "/", nil), "tok")
	s := &user.SessionState{}
	SetSession(r, s, false)
	if s.KeyID != "tok" || GetAuthToken(r) != "tok" || GetSession(r) != s {
		t.Fatalf("KeyID %q token %q", s.KeyID, GetAuthToken(r))
	}
	if s.IsModified() {
		t.Error("scheduleUpdate false touched the session")
	}
	s2 := &user.SessionState{KeyID: "other"}
	SetSession(r, s2, true)
	if GetAuthToken(r) != "other" || !s2.IsModified() {
		t.Errorf("token %q modified %v", GetAuthToken(r), s2.IsModified())
	}
}

func TestSetSessionHashFlag(t *testing.T) {
	old := config.Global
	defer func() { config.Global = old }()
	config.Global = func() config.Config { return config.Config{HashKeys: true} }

	cases := []struct {
		name  string
		flags []bool
		hash  string
	}{
		{"no flag uses hash_keys", nil, "248bfa47"},
		{"one flag is ignored", []bool{false}, "248bfa47"},
		{"two flags: the first decides", []bool{false, true}, "hello"},
	}
	for _, c := range cases {
		r := httptest.NewRequest("GET", "/", nil)
		call := &HookbenchCall{HashKeys: true}
		r = r.WithContext(WithHookbenchCall(r.Context(), call))
		s := &user.SessionState{KeyID: "hello"}
		SetSession(r, s, true, c.flags...)
		if s.KeyHash() != c.hash {
			t.Errorf("%s: key hash %q, want %q", c.name, s.KeyHash(), c.hash)
		}
		set, flag := call.SessionSet()
		if !set || flag != (c.hash != "hello") {
			t.Errorf("%s: call record %v %v", c.name, set, flag)
		}
	}
	// Without a host call record the gateway config decides.
	s := &user.SessionState{KeyID: "hello"}
	SetSession(httptest.NewRequest("GET", "/", nil), s, false)
	if s.KeyHash() != "248bfa47" {
		t.Errorf("config.Global hash_keys ignored: %q", s.KeyHash())
	}
	// A cached hash is kept.
	s = &user.SessionState{KeyID: "hello"}
	s.SetKeyHash("cached")
	SetSession(httptest.NewRequest("GET", "/", nil), s, false)
	if s.KeyHash() != "cached" {
		t.Errorf("cached hash replaced: %q", s.KeyHash())
	}
}

func TestHashStr(t *testing.T) {
	fox := "The quick brown fox jumps over the lazy dog"
	if got := hashStr(""); got != "00000000" {
		t.Errorf("empty: %s", got)
	}
	if got := hashStr(fox); got != "2e4ff723" {
		t.Errorf("murmur32 fox: %s", got)
	}
	h1, h2 := murmur128([]byte(fox))
	if h1 != 0xe34bbc7bbc071b6c || h2 != 0x7a433ca9c49a9347 {
		t.Errorf("murmur128 fox: %x %x", h1, h2)
	}
	h1, h2 = murmur128([]byte("hello"))
	if h1 != 0xcbd8a7b341bd9b02 || h2 != 0x5b1e906a48ae1d19 {
		t.Errorf("murmur128 hello: %x %x", h1, h2)
	}
	// {"org":"o","id":"k","h":"murmur64"}
	key := "eyJvcmciOiJvIiwiaWQiOiJrIiwiaCI6Im11cm11cjY0In0="
	if got := hashStr(key); len(got) != 16 {
		t.Errorf("murmur64 key: %s", got)
	}
}

func TestDefinitionIsCopied(t *testing.T) {
	r := httptest.NewRequest("GET", "/", nil)
	if GetDefinition(r) != nil || GetOASDefinition(r) != nil {
		t.Fatal("definitions without a value")
	}
	d := &apidef.APIDefinition{APIID: "a", ConfigData: map[string]interface{}{"k": "v"}}
	SetDefinition(r, d)
	got := GetDefinition(r)
	got.ConfigData["k"] = "changed"
	if d.ConfigData["k"] != "v" || got.APIID != "a" {
		t.Errorf("copy shares data: %v", d.ConfigData)
	}
}
