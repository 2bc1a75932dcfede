// SPDX-License-Identifier: GPL-3.0-or-later

package main

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"sync"
)

// recorder is the http.ResponseWriter a plugin gets. It notes what the
// plugin wrote the way Tyk's wrapper around the real writer does (Tyk:
// gateway/mw_go_plugin.go, customResponseWriter) and what Go's server
// would add: the status of the first WriteHeader (a Write without one is
// 200), the headers as they were at that moment, and a sniffed
// Content-Type. It offers Flush but not Hijack, like Tyk's wrapper.
type recorder struct {
	header http.Header

	mu          sync.Mutex
	wroteHeader bool
	status      int
	snapshot    http.Header
	body        bytes.Buffer
	sniffEnd    int // bytes Go's server would sniff: those before the first Flush
	flushed     bool
}

func newRecorder() *recorder { return &recorder{header: http.Header{}} }

// writerFor is the writer of one call: Tyk's chain hands every step the same writer, so
// what earlier steps set on rw.Header() without writing is there already.
func writerFor(m *message) *recorder {
	w := newRecorder()
	if h, err := m.RWHeaders.toHeader(); err == nil {
		w.header = h
	}
	return w
}

func (w *recorder) Header() http.Header { return w.header }

// WriteHeader keeps the first status. Go's server panics on codes that are
// not three digits and only logs a second call; so does this.
func (w *recorder) WriteHeader(code int) {
	if code < 100 || code > 999 {
		panic(fmt.Sprintf("invalid WriteHeader code %v", code))
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writeHeaderLocked(code)
}

func (w *recorder) writeHeaderLocked(code int) {
	if w.wroteHeader {
		fmt.Fprintln(os.Stderr, "http: superfluous response.WriteHeader call")
		return
	}
	w.wroteHeader = true
	w.status = code
	w.snapshot = w.header.Clone()
	if w.snapshot == nil {
		w.snapshot = http.Header{}
	}
}

func (w *recorder) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.wroteHeader {
		w.writeHeaderLocked(http.StatusOK)
	}
	if !bodyAllowed(w.status) {
		return 0, http.ErrBodyNotAllowed
	}
	w.body.Write(p)
	if !w.flushed {
		w.sniffEnd = w.body.Len()
	}
	return len(p), nil
}

// Flush commits the header like Go's server does (200 if none was written).
func (w *recorder) Flush() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.wroteHeader {
		w.writeHeaderLocked(http.StatusOK)
	}
	w.flushed = true
}

func bodyAllowed(status int) bool {
	return !(status >= 100 && status <= 199) && status != http.StatusNoContent && status != http.StatusNotModified
}

// result returns what was written (nil when nothing was) and the headers
// currently on the writer.
func (w *recorder) result() (*written, http.Header) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.wroteHeader {
		return nil, w.header
	}
	h := w.snapshot.Clone()
	// Go's server sniffs a Content-Type from the first buffered bytes
	// when the handler set none and no Content-Encoding or
	// Transfer-Encoding is present (net/http: chunkWriter.writeHeader).
	_, haveType := h["Content-Type"]
	if !haveType && h.Get("Content-Encoding") == "" && h.Get("Transfer-Encoding") == "" &&
		bodyAllowed(w.status) && w.sniffEnd > 0 {
		h.Set("Content-Type", http.DetectContentType(w.body.Bytes()[:w.sniffEnd]))
	}
	return &written{Status: w.status, Headers: fromHeader(h, nil), Body: append([]byte{}, w.body.Bytes()...)}, w.header
}
