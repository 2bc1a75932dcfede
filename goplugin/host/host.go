// SPDX-License-Identifier: GPL-3.0-or-later

package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"

	"github.com/TykTechnologies/tyk/config"
)

// host reads requests, runs each on its own goroutine and writes replies.
type host struct {
	out      *replyWriter
	loader   *loader
	hashKeys atomic.Value // bool: the hash_keys of the latest call
}

func newHost(out io.Writer) *host {
	h := &host{out: &replyWriter{w: out}, loader: newLoader()}
	h.hashKeys.Store(false)
	// Plugins that call config.Global() see the gateway's hash_keys as the
	// engine last sent it. ctx.SetSession takes the per-call value from
	// the call record instead, so concurrent calls cannot see each
	// other's setting.
	config.Global = func() config.Config {
		return config.Config{HashKeys: h.hashKeys.Load().(bool)}
	}
	installLogCapture(h.out)
	return h
}

// serve handles lines until in ends. Replies of calls still running when
// it returns are still written.
func (h *host) serve(in io.Reader) {
	r := bufio.NewReaderSize(in, 1<<16)
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			if isLoad(line) {
				// In order: a call sent after a load (the loads a restarted host
				// is sent again, then the call that found it dead) must find the
				// plugin open. A plugin's init runs here, as in Tyk's loader.
				h.handle(line)
			} else {
				go h.handle(line)
			}
		}
		if err != nil {
			return
		}
	}
}

func isLoad(line []byte) bool {
	var op struct {
		Op string `json:"op"`
	}
	return json.Unmarshal(line, &op) == nil && op.Op == "load"
}

func (h *host) handle(line []byte) {
	var m message
	if err := json.Unmarshal(line, &m); err != nil {
		var idOnly struct {
			ID int64 `json:"id"`
		}
		_ = json.Unmarshal(line, &idOnly)
		h.fail(idOnly.ID, fmt.Errorf("malformed message: %v", err))
		return
	}
	switch m.Op {
	case "load":
		h.load(&m)
	case "call":
		h.call(&m)
	case "ping":
		// The round trip alone, for the engine's benchmark (bench/bench_goplugin.cpp).
		h.out.send(okReply{ID: m.ID, OK: true})
	default:
		h.fail(m.ID, fmt.Errorf("unknown op %q", m.Op))
	}
}

func (h *host) fail(id int64, err error) {
	h.out.send(errorReply{ID: id, OK: false, Error: err.Error()})
}

func (h *host) load(m *message) {
	panicked, err := h.loader.load(m.Kind, m.Path, m.Symbol)
	if err != nil {
		h.out.send(errorReply{ID: m.ID, Error: err.Error(), Panic: panicked})
		return
	}
	h.out.send(okReply{ID: m.ID, OK: true})
}

func (h *host) call(m *message) {
	fn, err := h.loader.handler(m.Kind, m.Path, m.Symbol)
	if err != nil {
		h.fail(m.ID, err)
		return
	}
	h.hashKeys.Store(m.HashKeys)
	var reply interface{}
	switch f := fn.(type) {
	case requestHook:
		reply, err = runRequestHook(m, f)
	case responseHook:
		reply, err = runResponseHook(m, f)
	case analyticsHook:
		reply, err = runAnalyticsHook(m, f)
	default:
		err = errors.New("internal error: unexpected handler type")
	}
	if err != nil {
		h.fail(m.ID, err)
		return
	}
	h.out.send(reply)
}

// replyWriter serialises whole lines from concurrent calls.
type replyWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (rw *replyWriter) send(v interface{}) {
	b, err := json.Marshal(v)
	if err != nil {
		// Only a plugin-made value (a log field, a record) can fail to
		// encode; report it instead of dropping the reply.
		id := int64(0)
		if r, ok := v.(interface{ replyID() int64 }); ok {
			id = r.replyID()
		}
		b, _ = json.Marshal(errorReply{ID: id, Error: "cannot encode reply: " + err.Error()})
	}
	b = append(b, '\n')
	rw.mu.Lock()
	defer rw.mu.Unlock()
	_, _ = rw.w.Write(b)
}
