// SPDX-License-Identifier: GPL-3.0-or-later

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/TykTechnologies/tyk/apidef"
	"github.com/TykTechnologies/tyk/apidef/oas"
	"github.com/TykTechnologies/tyk/ctx"
	"github.com/TykTechnologies/tyk/user"
)

// trackedBody is the request body a plugin gets. Tyk makes bodies of known
// length re-readable before the plugin runs, so reading one changes
// nothing for later steps; a body of unknown length (chunked) is consumed
// by reading. The flag tells the engine which happened.
type trackedBody struct {
	r    *bytes.Reader
	read bool
}

func (b *trackedBody) Read(p []byte) (int, error) {
	b.read = true
	return b.r.Read(p)
}

func (b *trackedBody) Close() error { return nil }

// callEnv is what a request or response hook runs with.
type callEnv struct {
	req   *http.Request
	body  *trackedBody
	given io.ReadCloser // r.Body as handed to the plugin
	orig  []byte
	chunk bool // the body's length is unknown, so reading consumes it
	call  *ctx.HookbenchCall
}

// isTypeError tells a field whose JSON type differs from the Go field's (a definition
// written for another Tyk version) from a broken document: encoding/json fills every other
// field and reports only the first such mismatch, so the plugin still gets the definition.
func isTypeError(err error) bool {
	var typeErr *json.UnmarshalTypeError
	return errors.As(err, &typeErr)
}

func isNull(raw json.RawMessage) bool {
	return len(raw) == 0 || string(raw) == "null"
}

// buildRequest rebuilds the server-side *http.Request Tyk's chain holds:
// r.URL parsed from the current path and query (no scheme or host),
// RequestURI as received, Host promoted out of the header map, and the
// context values of ctx.
func buildRequest(m *message) (*callEnv, error) {
	wr := m.Request
	if wr == nil {
		return nil, errors.New("call without request")
	}
	u, err := url.ParseRequestURI(wr.URL)
	if err != nil {
		return nil, fmt.Errorf("bad request url: %v", err)
	}
	hdr, err := wr.Headers.toHeader()
	if err != nil {
		return nil, err
	}
	hdr.Del("Host")
	proto := wr.Proto
	if proto == "" {
		proto = "HTTP/1.1"
	}
	major, minor, ok := http.ParseHTTPVersion(proto)
	if !ok {
		return nil, fmt.Errorf("bad protocol %q", proto)
	}
	body := &trackedBody{r: bytes.NewReader(wr.Body)}
	var given io.ReadCloser = body
	if wr.ContentLength == 0 && len(wr.Body) == 0 {
		// Go's server hands handlers http.NoBody for empty bodies.
		given = http.NoBody
	}
	r := &http.Request{
		Method:        wr.Method,
		URL:           u,
		Proto:         proto,
		ProtoMajor:    major,
		ProtoMinor:    minor,
		Header:        hdr,
		Body:          given,
		ContentLength: wr.ContentLength,
		Host:          wr.Host,
		RemoteAddr:    wr.RemoteAddr,
		RequestURI:    wr.RequestURI,
	}
	if wr.ContentLength < 0 {
		r.TransferEncoding = []string{"chunked"}
	}
	call := &ctx.HookbenchCall{HashKeys: m.HashKeys}
	c, err := callContext(m, call)
	if err != nil {
		return nil, err
	}
	return &callEnv{req: r.WithContext(c), body: body, given: given, orig: wr.Body, chunk: wr.ContentLength < 0, call: call}, nil
}

func callContext(m *message, call *ctx.HookbenchCall) (context.Context, error) {
	c := ctx.WithHookbenchCall(context.Background(), call)
	if !isNull(m.Session) {
		s := &user.SessionState{}
		if err := json.Unmarshal(m.Session, s); err != nil {
			return nil, fmt.Errorf("bad session: %v", err)
		}
		s.KeyID = m.KeyID
		c = context.WithValue(c, ctx.SessionData, s)
	}
	if m.AuthToken != "" {
		c = context.WithValue(c, ctx.AuthToken, m.AuthToken)
	}
	switch {
	case !isNull(m.Definition):
		d := &apidef.APIDefinition{}
		if err := json.Unmarshal(m.Definition, d); err != nil && !isTypeError(err) {
			return nil, fmt.Errorf("bad definition: %v", err)
		}
		c = context.WithValue(c, ctx.Definition, d)
	case !isNull(m.OAS):
		d := &oas.OAS{}
		if err := json.Unmarshal(m.OAS, d); err != nil && !isTypeError(err) {
			return nil, fmt.Errorf("bad oas: %v", err)
		}
		c = context.WithValue(c, ctx.OASDefinition, d)
	}
	if !isNull(m.ContextData) {
		var data map[string]interface{}
		if err := json.Unmarshal(m.ContextData, &data); err != nil {
			return nil, fmt.Errorf("bad context_data: %v", err)
		}
		c = context.WithValue(c, ctx.ContextData, data)
	}
	return c, nil
}

// requestState reports r as the plugin left it. The body is the original
// unless the plugin replaced r.Body; an unknown-length body that was read
// is reported with what is left of it.
func (e *callEnv) requestState(order headerList) requestOut {
	r := e.req
	out := requestOut{
		Method:        r.Method,
		Host:          r.Host,
		Headers:       fromHeader(r.Header, order),
		ContentLength: r.ContentLength,
		BodyRead:      e.body.read,
	}
	if r.URL != nil {
		out.Path, out.RawPath, out.RawQuery = r.URL.Path, r.URL.RawPath, r.URL.RawQuery
		// The escaped path (RawPath when it still matches Path) and the
		// query, as Tyk's proxy would put them on the wire.
		out.URL = r.URL.RequestURI()
	}
	switch {
	case r.Body == e.given && e.body.read && e.chunk:
		out.Body, _ = io.ReadAll(e.body.r)
	case r.Body == e.given:
		out.Body = e.orig
	case r.Body == nil || r.Body == http.NoBody:
		out.BodyReplaced = true
	default:
		out.BodyReplaced = true
		out.Body, _ = io.ReadAll(r.Body)
	}
	if out.Body == nil {
		out.Body = []byte{}
	}
	return out
}

// sessionState fills the session fields of a reply from r's context.
func (e *callEnv) sessionState(rep *hookReply) {
	rep.Session = json.RawMessage("null")
	if s := ctx.GetSession(e.req); s != nil {
		if b, err := json.Marshal(s); err == nil {
			rep.Session = b
		}
		rep.KeyID = s.KeyID
		rep.SessionModified = s.IsModified()
	}
	set, hashKey := e.call.SessionSet()
	rep.SessionSet = set
	rep.HashKey = e.call.HashKeys
	if set {
		rep.HashKey = hashKey
	}
	rep.AuthToken = ctx.GetAuthToken(e.req)
}

func runRequestHook(m *message, f requestHook) (interface{}, error) {
	env, err := buildRequest(m)
	if err != nil {
		return nil, err
	}
	rw := writerFor(m)
	panicText, ns, logs := runPlugin(func() { f(rw, env.req) })
	return env.reply(m, rw, panicText, ns, logs), nil
}

func (e *callEnv) reply(m *message, rw *recorder, panicText string, ns int64, logs []logEntry) hookReply {
	wr, rwHeader := rw.result()
	rep := hookReply{
		ID:        m.ID,
		OK:        true,
		Request:   e.requestState(m.Request.Headers),
		Written:   wr,
		RWHeaders: fromHeader(rwHeader, nil),
		Logs:      logs,
		Panic:     panicText,
		NS:        ns,
	}
	e.sessionState(&rep)
	return rep
}
