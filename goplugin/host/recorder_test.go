// SPDX-License-Identifier: GPL-3.0-or-later

package main

import (
	"net/http"
	"testing"
)

func TestRecorderWriteWithoutHeaderIs200AndSniffed(t *testing.T) {
	w := newRecorder()
	w.Header().Set("X-A", "1")
	_, _ = w.Write([]byte("<html><body>hi</body></html>"))
	w.Header().Set("X-Late", "ignored")
	res, cur := w.result()
	if res.Status != 200 || string(res.Body) != "<html><body>hi</body></html>" {
		t.Fatalf("result %+v", res)
	}
	h := http.Header{}
	for _, p := range res.Headers {
		h.Add(p[0], p[1])
	}
	if h.Get("X-A") != "1" || h.Get("X-Late") != "" || h.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Errorf("headers %v", res.Headers)
	}
	if cur.Get("X-Late") != "ignored" {
		t.Error("current writer headers lost")
	}
}

func TestRecorderKeepsFirstStatus(t *testing.T) {
	w := newRecorder()
	w.WriteHeader(403)
	w.WriteHeader(500)
	res, _ := w.result()
	if res.Status != 403 || len(res.Body) != 0 {
		t.Errorf("result %+v", res)
	}
	for _, p := range res.Headers {
		if p[0] == "Content-Type" {
			t.Errorf("empty body sniffed: %v", res.Headers)
		}
	}
}

func TestRecorderNothingWritten(t *testing.T) {
	w := newRecorder()
	w.Header().Set("X-Rw", "v")
	if res, cur := w.result(); res != nil || cur.Get("X-Rw") != "v" {
		t.Errorf("result %+v %v", res, cur)
	}
}

func TestRecorderFlushCommitsAndLimitsSniffing(t *testing.T) {
	w := newRecorder()
	w.Flush()
	_, _ = w.Write([]byte("<html>"))
	res, _ := w.result()
	if res.Status != 200 {
		t.Errorf("status %d", res.Status)
	}
	for _, p := range res.Headers {
		if p[0] == "Content-Type" {
			t.Errorf("sniffed after a flush with nothing buffered: %v", res.Headers)
		}
	}
}

func TestRecorderInvalidCodePanics(t *testing.T) {
	defer func() {
		if v := recover(); v != "invalid WriteHeader code 42" {
			t.Errorf("recovered %v", v)
		}
	}()
	newRecorder().WriteHeader(42)
}

func TestRecorderNoBodyFor204(t *testing.T) {
	w := newRecorder()
	w.WriteHeader(204)
	if _, err := w.Write([]byte("x")); err != http.ErrBodyNotAllowed {
		t.Errorf("err %v", err)
	}
}
