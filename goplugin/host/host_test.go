// SPDX-License-Identifier: GPL-3.0-or-later

package main

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// The end-to-end tests build the plugins the engine's tests use
// (tests/core/plugin/go/plugins) with -buildmode=plugin and drive one host
// through its reader and writer. The first build compiles the standard
// library for -dynlink, which takes half a minute or so.

var (
	pluginDir   string // built plugins, removed by TestMain
	testHost    *harness
	buildMu     sync.Mutex
	builtByName = map[string]string{}
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "hbgohost")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	pluginDir = dir
	testHost = startHarness()
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func sourceDir(name string) string {
	return filepath.Join("..", "..", "tests", "core", "plugin", "go", "plugins", name)
}

// buildPlugin builds one test plugin as the engine does: its files copied
// to <gopath>/src/hookbench.plugin/p<name>, built in GOPATH mode over
// Hookbench's Tyk packages.
func buildPlugin(t *testing.T, name string) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(sourceDir(name), "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	return buildSource(t, name, src)
}

func buildSource(t *testing.T, name string, src []byte) string {
	t.Helper()
	buildMu.Lock()
	defer buildMu.Unlock()
	if so, ok := builtByName[name]; ok {
		return so
	}
	gopath := filepath.Join(pluginDir, "gopath")
	pkg := filepath.Join(gopath, "src", "hookbench.plugin", "p"+name)
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(pkg, "main.go"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	own, err := filepath.Abs(filepath.Join("..", "gopath"))
	if err != nil {
		t.Fatal(err)
	}
	so := filepath.Join(pluginDir, name+".so")
	cmd := exec.Command("go", "build", "-buildmode=plugin", "-o", so, ".")
	cmd.Dir = pkg
	cmd.Env = append(os.Environ(), "GO111MODULE=off", "GOFLAGS=", "GOPROXY=off", "CGO_ENABLED=1",
		"GOPATH="+gopath+string(os.PathListSeparator)+own+string(os.PathListSeparator)+"/usr/share/gocode")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building %s: %v\n%s", name, err, out)
	}
	builtByName[name] = so
	return so
}

// harness runs a host on pipes and matches replies to requests by id.
type harness struct {
	in      io.Writer
	inMu    sync.Mutex
	mu      sync.Mutex
	nextID  int64
	waiting map[int64]chan map[string]interface{}
	logs    chan map[string]interface{}
}

func startHarness() *harness {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	h := &harness{in: inW, waiting: map[int64]chan map[string]interface{}{}, logs: make(chan map[string]interface{}, 100)}
	go newHost(outW).serve(inR)
	go func() {
		r := bufio.NewReader(outR)
		for {
			line, err := r.ReadBytes('\n')
			if err != nil {
				return
			}
			var m map[string]interface{}
			if json.Unmarshal(line, &m) != nil {
				panic("host wrote a line that is not JSON: " + string(line))
			}
			if m["op"] == "log" {
				h.logs <- m
				continue
			}
			id := int64(m["id"].(float64))
			h.mu.Lock()
			ch := h.waiting[id]
			delete(h.waiting, id)
			h.mu.Unlock()
			if ch != nil {
				ch <- m
			}
		}
	}()
	return h
}

func (h *harness) send(t *testing.T, msg map[string]interface{}) map[string]interface{} {
	t.Helper()
	h.mu.Lock()
	h.nextID++
	id := h.nextID
	ch := make(chan map[string]interface{}, 1)
	h.waiting[id] = ch
	h.mu.Unlock()
	msg["id"] = id
	b, _ := json.Marshal(msg)
	h.inMu.Lock()
	_, err := h.in.Write(append(b, '\n'))
	h.inMu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	select {
	case m := <-ch:
		return m
	case <-time.After(60 * time.Second):
		t.Fatalf("no reply to %s", b)
		return nil
	}
}

func load(t *testing.T, kind, so, symbol string) map[string]interface{} {
	t.Helper()
	return testHost.send(t, map[string]interface{}{"op": "load", "kind": kind, "path": so, "symbol": symbol})
}

func mustLoad(t *testing.T, kind, so, symbol string) {
	t.Helper()
	if r := load(t, kind, so, symbol); r["ok"] != true {
		t.Fatalf("load %s %s: %v", so, symbol, r)
	}
}

func requestMsg(kind, so, symbol string, headers [][]string) map[string]interface{} {
	return map[string]interface{}{
		"op": "call", "kind": kind, "path": so, "symbol": symbol,
		"request": map[string]interface{}{
			"method": "GET", "url": "/listen/x?a=1", "proto": "HTTP/1.1", "host": "h:8080",
			"remote_addr": "127.0.0.1:5555", "request_uri": "/listen/x?a=1",
			"headers": headers, "body": "", "content_length": 0,
		},
		"session": nil, "key_id": "", "auth_token": "",
		"definition": map[string]interface{}{"api_id": "api1", "org_id": "default",
			"config_data": map[string]interface{}{"k": "v"}},
		"hash_keys": false,
	}
}

func headerValue(list interface{}, name string) string {
	for _, p := range list.([]interface{}) {
		pair := p.([]interface{})
		if strings.EqualFold(pair[0].(string), name) {
			return pair[1].(string)
		}
	}
	return ""
}

func decodeB64(t *testing.T, v interface{}) string {
	t.Helper()
	b, err := base64.StdEncoding.DecodeString(v.(string))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestPreHookSetsHeaders(t *testing.T) {
	so := buildPlugin(t, "pre_header")
	mustLoad(t, "request", so, "MyPluginPre")
	r := testHost.send(t, requestMsg("request", so, "MyPluginPre", [][]string{{"Accept", "*/*"}}))
	if r["written"] != nil || r["panic"] != "" {
		t.Fatalf("unexpected reply %v", r)
	}
	req := r["request"].(map[string]interface{})
	if got := headerValue(req["headers"], "X-Initial-URI"); got != "/listen/x?a=1" {
		t.Errorf("X-Initial-URI = %q", got)
	}
	if got := headerValue(req["headers"], "Accept"); got != "*/*" {
		t.Errorf("Accept = %q", got)
	}
	if got := headerValue(r["rw_headers"], "X-Go-Pre"); got != "1" {
		t.Errorf("X-Go-Pre = %q", got)
	}
	if req["path"] != "/listen/x" || req["raw_query"] != "a=1" || req["url"] != "/listen/x?a=1" || r["ns"].(float64) <= 0 {
		t.Errorf("request %v ns %v", req, r["ns"])
	}
}

func TestAuthHookSetsSessionOrRejects(t *testing.T) {
	so := buildPlugin(t, "auth")
	mustLoad(t, "request", so, "MyPluginAuthCheck")
	ok := testHost.send(t, requestMsg("request", so, "MyPluginAuthCheck", [][]string{{"Authorization", "abc"}}))
	if ok["written"] != nil || ok["session_set"] != true || ok["session_modified"] != true ||
		ok["key_id"] != "abc" || ok["auth_token"] != "abc" || ok["hash_key"] != false {
		t.Fatalf("accepted call: %v", ok)
	}
	s := ok["session"].(map[string]interface{})
	if s["org_id"] != "default" || s["alias"] != "abc-session" {
		t.Errorf("session %v", s)
	}
	msg := requestMsg("request", so, "MyPluginAuthCheck", [][]string{{"Authorization", "abc"}})
	msg["hash_keys"] = true
	if r := testHost.send(t, msg); r["hash_key"] != true {
		t.Errorf("hash_keys true: hash_key = %v", r["hash_key"])
	}

	bad := testHost.send(t, requestMsg("request", so, "MyPluginAuthCheck", [][]string{{"Authorization", "nope"}}))
	w, _ := bad["written"].(map[string]interface{})
	if w == nil || w["status"].(float64) != 403 || decodeB64(t, w["body"]) != "auth failed" ||
		headerValue(w["headers"], "X-Auth-Result") != "failed" || bad["session"] != nil {
		t.Fatalf("rejected call: %v", bad)
	}
}

func TestReplyWritingHooks(t *testing.T) {
	post := buildPlugin(t, "post_reply")
	mustLoad(t, "request", post, "MyPluginPost")
	r := testHost.send(t, requestMsg("request", post, "MyPluginPost", nil))
	w := r["written"].(map[string]interface{})
	if w["status"].(float64) != 200 || decodeB64(t, w["body"]) != `{"from":"go"}` ||
		headerValue(w["headers"], "Content-Type") != "application/json" {
		t.Errorf("post reply %v", w)
	}
	tea := buildPlugin(t, "teapot")
	mustLoad(t, "request", tea, "MyTeapot")
	r = testHost.send(t, requestMsg("request", tea, "MyTeapot", nil))
	w = r["written"].(map[string]interface{})
	if w["status"].(float64) != 418 || decodeB64(t, w["body"]) != "I'm a teapot" ||
		headerValue(w["headers"], "Content-Type") != "text/plain; charset=utf-8" {
		t.Errorf("teapot reply %v", w)
	}
}

func TestPanicIsReported(t *testing.T) {
	so := buildPlugin(t, "panics")
	mustLoad(t, "request", so, "MyPanic")
	r := testHost.send(t, requestMsg("request", so, "MyPanic", nil))
	p, _ := r["panic"].(string)
	if !strings.HasPrefix(p, "plugin exploded\n\ngoroutine ") || r["ok"] != true {
		t.Errorf("panic %q", p)
	}
}

func TestLoadErrors(t *testing.T) {
	pre := buildPlugin(t, "pre_header")
	r := load(t, "request", pre, "Nope")
	if r["ok"] != false || !strings.HasPrefix(r["error"].(string), "plugin: symbol Nope not found in plugin hookbench.plugin/ppre_header") {
		t.Errorf("missing symbol: %v", r)
	}
	if r := load(t, "response", pre, "MyPluginPre"); r["error"] != "could not cast function symbol to TykResponseHandler" {
		t.Errorf("response cast: %v", r)
	}
	wrong := buildPlugin(t, "wrong_type")
	if r := load(t, "request", wrong, "MyPre"); r["error"] != "could not cast function symbol to http.HandlerFunc" {
		t.Errorf("wrong type: %v", r)
	}
	if r := load(t, "request", filepath.Join(pluginDir, "absent.so"), "X"); r["ok"] != false ||
		!strings.Contains(r["error"].(string), "realpath failed") {
		t.Errorf("absent file: %v", r)
	}
	if r := testHost.send(t, requestMsg("request", pre, "NotLoaded", nil)); r["ok"] != false {
		t.Errorf("call of an unloaded symbol: %v", r)
	}
}

func TestInitPanicIsRefusedAgain(t *testing.T) {
	so := buildPlugin(t, "init_panic")
	for i := 0; i < 2; i++ {
		r := load(t, "request", so, "MyPre")
		if r["ok"] != false || r["panic"] != true || r["error"] != "panic while loading: init exploded" {
			t.Fatalf("load %d: %v", i, r)
		}
	}
}

func TestResponseHookEditsResponse(t *testing.T) {
	so := buildPlugin(t, "response_hook")
	mustLoad(t, "response", so, "MyResponsePlugin")
	msg := requestMsg("response", so, "MyResponsePlugin", nil)
	msg["response"] = map[string]interface{}{"status": 200, "headers": [][]string{{"Content-Length", "2"}, {"Server", "up"}},
		"body": base64.StdEncoding.EncodeToString([]byte("hi")), "content_length": 2}
	r := testHost.send(t, msg)
	res := r["response"].(map[string]interface{})
	want := `{"message":"response injected message"}`
	if decodeB64(t, res["body"]) != want || res["content_length"].(float64) != float64(len(want)) ||
		headerValue(res["headers"], "X-Response-Added") != "resp-added" || headerValue(res["headers"], "Server") != "up" ||
		headerValue(res["headers"], "Content-Length") != fmt.Sprint(len(want)) || r["written"] != nil {
		t.Errorf("response %v", r)
	}
}

func TestLogsAreAttributedToTheCall(t *testing.T) {
	so := buildPlugin(t, "logs")
	mustLoad(t, "request", so, "MyLogPlugin")
	r := testHost.send(t, requestMsg("request", so, "MyLogPlugin", nil))
	logs := r["logs"].([]interface{})
	if len(logs) != 1 {
		t.Fatalf("logs %v", logs)
	}
	e := logs[0].(map[string]interface{})
	if e["level"] != "info" || e["message"] != "hello from go" || e["fields"].(map[string]interface{})["hook"] != "pre" {
		t.Errorf("entry %v", e)
	}
}

func TestAnalyticsPluginMasksRecord(t *testing.T) {
	so := buildPlugin(t, "analytics_mask")
	mustLoad(t, "analytics", so, "MaskPassword")
	raw := "POST /login HTTP/1.1\r\nHost: h\r\nContent-Length: 33\r\n\r\n{\"user\":\"u\",\"password\":\"secret\"}\n"
	r := testHost.send(t, map[string]interface{}{"op": "call", "kind": "analytics", "path": so, "symbol": "MaskPassword",
		"record": map[string]interface{}{"method": "POST", "raw_request": base64.StdEncoding.EncodeToString([]byte(raw)),
			"tags": []string{"t1"}, "api_key": "abc", "month": 3}})
	rec := r["record"].(map[string]interface{})
	got := decodeB64(t, rec["raw_request"])
	if !strings.Contains(got, `"password":"****"`) || strings.Contains(got, "secret") {
		t.Errorf("raw_request %q", got)
	}
	if tags := rec["tags"].([]interface{}); len(tags) != 2 || tags[1] != "masked" || rec["api_key"] != "abc" || rec["month"].(float64) != 3 {
		t.Errorf("record %v", rec)
	}
}

func TestEndpointPluginLoadsAndRuns(t *testing.T) {
	so := buildPlugin(t, "endpoint")
	mustLoad(t, "request", so, "MyEndpointPlugin")
	r := testHost.send(t, requestMsg("request", so, "MyEndpointPlugin", nil))
	if headerValue(r["request"].(map[string]interface{})["headers"], "X-Endpoint") != "1" ||
		headerValue(r["rw_headers"], "X-Endpoint") != "1" {
		t.Errorf("reply %v", r)
	}
}

func TestMalformedAndUnknownMessages(t *testing.T) {
	testHost.mu.Lock()
	ch := make(chan map[string]interface{}, 1)
	testHost.waiting[777] = ch
	testHost.mu.Unlock()
	testHost.inMu.Lock()
	_, _ = testHost.in.Write([]byte(`{"id":777,"op":` + "\n"))
	testHost.inMu.Unlock()
	select {
	case m := <-ch:
		// The id of an unparsable line cannot be known; 0 is used.
		t.Fatalf("unexpected reply to id 777: %v", m)
	case <-time.After(200 * time.Millisecond):
	}
	if r := testHost.send(t, map[string]interface{}{"op": "dance"}); r["ok"] != false || r["error"] != `unknown op "dance"` {
		t.Errorf("unknown op: %v", r)
	}
}
