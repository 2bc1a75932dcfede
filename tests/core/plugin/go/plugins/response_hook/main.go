// SPDX-License-Identifier: GPL-3.0-or-later

// A response hook modelled on Tyk's TestGoPluginResponseHook plugin: it adds
// a header and replaces the body, fixing Content-Length by hand because Tyk
// does not.
package main

import (
	"bytes"
	"io"
	"net/http"
	"strconv"
)

func MyResponsePlugin(rw http.ResponseWriter, res *http.Response, req *http.Request) {
	res.Header.Add("X-Response-Added", "resp-added")
	body := []byte(`{"message":"response injected message"}`)
	if res.Body != nil {
		_ = res.Body.Close()
	}
	res.Body = io.NopCloser(bytes.NewReader(body))
	res.ContentLength = int64(len(body))
	res.Header.Set("Content-Length", strconv.Itoa(len(body)))
}

func main() {}
