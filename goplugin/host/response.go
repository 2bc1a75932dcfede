// SPDX-License-Identifier: GPL-3.0-or-later

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
)

// runResponseHook builds the *http.Response Tyk hands response plugins (the
// upstream reply after the earlier response middleware) next to the
// request, runs the hook and reports both, plus anything written to rw.
func runResponseHook(m *message, f responseHook) (interface{}, error) {
	if m.Response == nil {
		return nil, errors.New("response call without response")
	}
	env, err := buildRequest(m)
	if err != nil {
		return nil, err
	}
	hdr, err := m.Response.Headers.toHeader()
	if err != nil {
		return nil, err
	}
	status := m.Response.Status
	res := &http.Response{
		Status:        fmt.Sprintf("%d %s", status, http.StatusText(status)),
		StatusCode:    status,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        hdr,
		Body:          io.NopCloser(bytes.NewReader(m.Response.Body)),
		ContentLength: m.Response.ContentLength,
		Request:       env.req,
	}
	rw := writerFor(m)
	panicText, ns, logs := runPlugin(func() { f(rw, res, env.req) })
	rep := env.reply(m, rw, panicText, ns, logs)
	out := &wireResponse{
		Status:        res.StatusCode,
		Headers:       fromHeader(res.Header, m.Response.Headers),
		ContentLength: res.ContentLength,
		Body:          []byte{},
	}
	if res.Body != nil {
		if b, err := io.ReadAll(res.Body); err == nil {
			out.Body = b
		}
	}
	rep.Response = out
	return rep, nil
}
