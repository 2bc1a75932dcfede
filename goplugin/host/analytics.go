// SPDX-License-Identifier: GPL-3.0-or-later

package main

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/TykTechnologies/tyk-pump/analytics"
)

// runAnalyticsHook decodes the record, lets the plugin edit it in place and
// returns it (Tyk: gateway/analytics_go_plugin.go). A panic leaves the
// record as far as the plugin got, which Tyk still queues.
func runAnalyticsHook(m *message, f analyticsHook) (interface{}, error) {
	if isNull(m.Record) {
		return nil, errors.New("analytics call without record")
	}
	rec := &analytics.AnalyticsRecord{}
	if err := json.Unmarshal(m.Record, rec); err != nil {
		return nil, fmt.Errorf("bad record: %v", err)
	}
	panicText, ns, logs := runPlugin(func() { f(rec) })
	b, err := json.Marshal(rec)
	if err != nil {
		return nil, fmt.Errorf("cannot encode record: %v", err)
	}
	return analyticsReply{ID: m.ID, OK: true, Record: b, Logs: logs, Panic: panicText, NS: ns}, nil
}
