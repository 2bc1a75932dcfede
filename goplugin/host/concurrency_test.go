// SPDX-License-Identifier: GPL-3.0-or-later

package main

import (
	"sync"
	"testing"
	"time"
)

const timingPlugin = `package main

import (
	"net/http"
	"time"

	"github.com/TykTechnologies/tyk/log"
)

func Slow(rw http.ResponseWriter, r *http.Request) {
	log.Get().Info("slow start")
	time.Sleep(300 * time.Millisecond)
	log.Get().Info("slow end")
}

func Fast(rw http.ResponseWriter, r *http.Request) {
	log.Get().Info("fast")
}

func main() {}
`

// Calls run concurrently and each reply carries only its own call's logs.
func TestConcurrentCallsKeepTheirLogs(t *testing.T) {
	so := buildSource(t, "timing", []byte(timingPlugin))
	mustLoad(t, "request", so, "Slow")
	mustLoad(t, "request", so, "Fast")
	var wg sync.WaitGroup
	var slow map[string]interface{}
	var slowDone time.Time
	wg.Add(1)
	go func() {
		defer wg.Done()
		slow = testHost.send(t, requestMsg("request", so, "Slow", nil))
		slowDone = time.Now()
	}()
	time.Sleep(50 * time.Millisecond)
	fast := testHost.send(t, requestMsg("request", so, "Fast", nil))
	fastDone := time.Now()
	wg.Wait()
	if !fastDone.Before(slowDone) {
		t.Error("the fast call waited for the slow one")
	}
	messages := func(r map[string]interface{}) []string {
		var out []string
		for _, e := range r["logs"].([]interface{}) {
			out = append(out, e.(map[string]interface{})["message"].(string))
		}
		return out
	}
	if m := messages(fast); len(m) != 1 || m[0] != "fast" {
		t.Errorf("fast logs %v", m)
	}
	if m := messages(slow); len(m) != 2 || m[0] != "slow start" || m[1] != "slow end" {
		t.Errorf("slow logs %v", m)
	}
	if ns := slow["ns"].(float64); ns < float64(300*time.Millisecond) {
		t.Errorf("slow ns %v", ns)
	}
}
