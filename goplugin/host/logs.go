// SPDX-License-Identifier: GPL-3.0-or-later

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"sync"

	logger "github.com/TykTechnologies/tyk/log"
	"github.com/sirupsen/logrus"
)

// callLogs collects the entries logged on one call's goroutine.
type callLogs struct {
	mu      sync.Mutex
	entries []logEntry
}

func (c *callLogs) add(e logEntry) {
	c.mu.Lock()
	c.entries = append(c.entries, e)
	c.mu.Unlock()
}

func (c *callLogs) take() []logEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		return []logEntry{}
	}
	return c.entries
}

// logCapture is a logrus hook on the gateway logger. Plugins log through
// the shared log.Get() logger without passing the request, so the only link
// between an entry and a call is the goroutine: each call runs its plugin
// on a goroutine of its own, registered here for the duration.
type logCapture struct {
	mu      sync.Mutex
	calls   map[uint64]*callLogs
	out     *replyWriter
	outLock sync.Mutex
}

var (
	capture     = &logCapture{calls: map[uint64]*callLogs{}}
	captureOnce sync.Once
)

// installLogCapture hooks the gateway loggers once per process and sends
// unattributed entries to out. Their own output is discarded: every entry
// reaches the engine through the protocol, which logs it.
func installLogCapture(out *replyWriter) {
	capture.outLock.Lock()
	capture.out = out
	capture.outLock.Unlock()
	captureOnce.Do(func() {
		for _, l := range []*logrus.Logger{logger.Get(), logger.GetRaw()} {
			l.AddHook(capture)
			l.SetOutput(io.Discard)
		}
	})
}

// goroutineID parses the number from the first line of the running
// goroutine's stack ("goroutine 42 [running]:"). Go deliberately has no API
// for it; a logrus hook receives only the entry, and this is the one
// property the plugin's logging call shares with the call that ran it. It
// costs a microsecond or so and runs only when something is logged.
func goroutineID() uint64 {
	var buf [64]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b = bytes.TrimPrefix(b, []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i > 0 {
		b = b[:i]
	}
	id, _ := strconv.ParseUint(string(b), 10, 64)
	return id
}

// begin attributes entries logged on the current goroutine to the returned
// collector until end is called.
func (c *logCapture) begin() (*callLogs, func()) {
	id := goroutineID()
	cl := &callLogs{}
	c.mu.Lock()
	c.calls[id] = cl
	c.mu.Unlock()
	return cl, func() {
		c.mu.Lock()
		delete(c.calls, id)
		c.mu.Unlock()
	}
}

func (c *logCapture) Levels() []logrus.Level { return logrus.AllLevels }

func (c *logCapture) Fire(e *logrus.Entry) error {
	entry := logEntry{Level: e.Level.String(), Message: e.Message, Fields: jsonFields(e.Data)}
	c.mu.Lock()
	cl := c.calls[goroutineID()]
	c.mu.Unlock()
	if cl != nil {
		cl.add(entry)
		return nil
	}
	c.outLock.Lock()
	out := c.out
	c.outLock.Unlock()
	if out != nil {
		out.send(unsolicitedLog{Op: "log", logEntry: entry})
	}
	return nil
}

// jsonFields makes logrus fields encodable: errors become their text (as
// logrus' JSON formatter does) and values JSON cannot encode their %v form.
func jsonFields(data logrus.Fields) map[string]interface{} {
	out := make(map[string]interface{}, len(data))
	for k, v := range data {
		switch x := v.(type) {
		case error:
			out[k] = x.Error()
		case nil, string, bool, int, int64, float64:
			out[k] = x
		default:
			if _, err := json.Marshal(x); err != nil {
				out[k] = fmt.Sprintf("%v", x)
			} else {
				out[k] = x
			}
		}
	}
	return out
}
