// SPDX-License-Identifier: GPL-3.0-or-later

package main

import (
	"encoding/base64"
	"testing"
)

const contextPlugin = `package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/TykTechnologies/tyk/ctx"
)

func Inspect(rw http.ResponseWriter, r *http.Request) {
	if d := ctx.GetDefinition(r); d != nil {
		r.Header.Set("X-Config", fmt.Sprint(d.ConfigData["k"]))
	}
	if o := ctx.GetOASDefinition(r); o != nil {
		r.Header.Set("X-OAS", o.GetTykExtension().Info.Name)
	}
	if data, ok := r.Context().Value(ctx.ContextData).(map[string]interface{}); ok {
		r.Header.Set("X-Ctx", fmt.Sprint(data["remote_addr"]))
	}
	if s := ctx.GetSession(r); s != nil {
		s.Alias = "edited"
		s.Touch()
	}
	r.Header.Set("X-Token", ctx.GetAuthToken(r))
	if r.ContentLength != 0 {
		b, _ := io.ReadAll(r.Body)
		up := strings.ToUpper(string(b))
		r.Body = io.NopCloser(bytes.NewBufferString(up))
		r.ContentLength = int64(len(up))
	}
	r.URL.Path = "/rewritten"
	r.Method = "POST"
}

func main() {}
`

func TestContextValuesAndRequestEdits(t *testing.T) {
	so := buildSource(t, "inspect", []byte(contextPlugin))
	mustLoad(t, "request", so, "Inspect")
	msg := requestMsg("request", so, "Inspect", [][]string{{"Content-Type", "text/plain"}})
	req := msg["request"].(map[string]interface{})
	req["body"] = base64.StdEncoding.EncodeToString([]byte("hello"))
	req["content_length"] = 5
	msg["session"] = map[string]interface{}{"org_id": "o", "alias": "a", "rate": 10, "per": 1}
	msg["key_id"] = "k1"
	msg["auth_token"] = "k1"
	msg["context_data"] = map[string]interface{}{"remote_addr": "1.2.3.4"}
	r := testHost.send(t, msg)
	out := r["request"].(map[string]interface{})
	if decodeB64(t, out["body"]) != "HELLO" || out["body_replaced"] != true || out["body_read"] != true ||
		out["content_length"].(float64) != 5 || out["path"] != "/rewritten" || out["url"] != "/rewritten?a=1" || out["method"] != "POST" {
		t.Errorf("request %v", out)
	}
	for name, want := range map[string]string{"X-Config": "v", "X-Ctx": "1.2.3.4", "X-Token": "k1", "Content-Type": "text/plain"} {
		if got := headerValue(out["headers"], name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	s := r["session"].(map[string]interface{})
	if s["alias"] != "edited" || s["rate"].(float64) != 10 || r["session_modified"] != true ||
		r["session_set"] != false || r["key_id"] != "k1" {
		t.Errorf("session %v reply %v", s, r)
	}

	// Tyk OAS APIs get only the OAS document.
	msg = requestMsg("request", so, "Inspect", nil)
	delete(msg, "definition")
	msg["oas"] = map[string]interface{}{"openapi": "3.0.3", "info": map[string]interface{}{"title": "t", "version": "1"},
		"paths": map[string]interface{}{}, "x-tyk-api-gateway": map[string]interface{}{"info": map[string]interface{}{"name": "oas-api"}}}
	r = testHost.send(t, msg)
	out = r["request"].(map[string]interface{})
	if headerValue(out["headers"], "X-OAS") != "oas-api" || headerValue(out["headers"], "X-Config") != "" ||
		out["body_replaced"] != false || r["session"] != nil {
		t.Errorf("oas call %v", r)
	}
}
