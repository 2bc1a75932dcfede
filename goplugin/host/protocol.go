// SPDX-License-Identifier: GPL-3.0-or-later

package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
)

// message is any line the engine sends; which fields matter depends on op
// and kind.
type message struct {
	ID          int64           `json:"id"`
	Op          string          `json:"op"`
	Kind        string          `json:"kind"`
	Path        string          `json:"path"`
	Symbol      string          `json:"symbol"`
	Request     *wireRequest    `json:"request"`
	Response    *wireResponse   `json:"response"`
	Session     json.RawMessage `json:"session"`
	KeyID       string          `json:"key_id"`
	AuthToken   string          `json:"auth_token"`
	Definition  json.RawMessage `json:"definition"`
	OAS         json.RawMessage `json:"oas"`
	ContextData json.RawMessage `json:"context_data"`
	HashKeys    bool            `json:"hash_keys"`
	RWHeaders   headerList      `json:"rw_headers"`
	Record      json.RawMessage `json:"record"`
}

// headerList is a header as ordered [name, value] pairs.
type headerList [][]string

type wireRequest struct {
	Method        string     `json:"method"`
	URL           string     `json:"url"`
	Proto         string     `json:"proto"`
	Host          string     `json:"host"`
	RemoteAddr    string     `json:"remote_addr"`
	RequestURI    string     `json:"request_uri"`
	Headers       headerList `json:"headers"`
	Body          []byte     `json:"body"`
	ContentLength int64      `json:"content_length"`
}

type wireResponse struct {
	Status        int        `json:"status"`
	Headers       headerList `json:"headers"`
	Body          []byte     `json:"body"`
	ContentLength int64      `json:"content_length"`
}

// requestOut is r as the plugin left it.
type requestOut struct {
	Method        string     `json:"method"`
	URL           string     `json:"url"`
	Path          string     `json:"path"`
	RawPath       string     `json:"raw_path"`
	RawQuery      string     `json:"raw_query"`
	Host          string     `json:"host"`
	Headers       headerList `json:"headers"`
	Body          []byte     `json:"body"`
	ContentLength int64      `json:"content_length"`
	BodyRead      bool       `json:"body_read"`
	BodyReplaced  bool       `json:"body_replaced"`
}

type written struct {
	Status  int        `json:"status"`
	Headers headerList `json:"headers"`
	Body    []byte     `json:"body"`
}

type logEntry struct {
	Level   string                 `json:"level"`
	Message string                 `json:"message"`
	Fields  map[string]interface{} `json:"fields"`
}

// hookReply answers a request or response hook call.
type hookReply struct {
	ID              int64           `json:"id"`
	OK              bool            `json:"ok"`
	Request         requestOut      `json:"request"`
	Response        *wireResponse   `json:"response,omitempty"`
	Written         *written        `json:"written"`
	RWHeaders       headerList      `json:"rw_headers"`
	Session         json.RawMessage `json:"session"`
	KeyID           string          `json:"key_id"`
	SessionSet      bool            `json:"session_set"`
	SessionModified bool            `json:"session_modified"`
	HashKey         bool            `json:"hash_key"`
	AuthToken       string          `json:"auth_token"`
	Logs            []logEntry      `json:"logs"`
	Panic           string          `json:"panic"`
	NS              int64           `json:"ns"`
}

func (r hookReply) replyID() int64 { return r.ID }

type analyticsReply struct {
	ID     int64           `json:"id"`
	OK     bool            `json:"ok"`
	Record json.RawMessage `json:"record"`
	Logs   []logEntry      `json:"logs"`
	Panic  string          `json:"panic"`
	NS     int64           `json:"ns"`
}

func (r analyticsReply) replyID() int64 { return r.ID }

type okReply struct {
	ID int64 `json:"id"`
	OK bool  `json:"ok"`
}

type errorReply struct {
	ID    int64  `json:"id"`
	OK    bool   `json:"ok"`
	Error string `json:"error"`
	Panic bool   `json:"panic,omitempty"`
}

type unsolicitedLog struct {
	Op string `json:"op"`
	logEntry
}

// toHeader turns pairs into an http.Header with canonical names, as Go's
// server does for incoming requests.
func (l headerList) toHeader() (http.Header, error) {
	h := http.Header{}
	for _, p := range l {
		if len(p) != 2 {
			return nil, fmt.Errorf("header entry %q is not a [name, value] pair", p)
		}
		h.Add(p[0], p[1])
	}
	return h, nil
}

// fromHeader lists h: names present in order first (in their order of
// first appearance), then any other names sorted, each with all its values.
func fromHeader(h http.Header, order headerList) headerList {
	out := headerList{}
	seen := map[string]bool{}
	emit := func(name string) {
		if seen[name] {
			return
		}
		seen[name] = true
		for _, v := range h[name] {
			out = append(out, []string{name, v})
		}
	}
	for _, p := range order {
		if len(p) == 2 {
			emit(http.CanonicalHeaderKey(p[0]))
		}
	}
	rest := make([]string, 0, len(h))
	for k := range h {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	for _, k := range rest {
		emit(k)
	}
	return out
}
