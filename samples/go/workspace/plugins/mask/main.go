// SPDX-License-Identifier: GPL-3.0-or-later

// An analytics plugin (analytics_plugin): masks the "password" field of a JSON request body
// in the recorded RawRequest, as Tyk's MyAnalyticsPluginMaskJSONLoginBody does, and tags
// the record.
package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"strconv"

	"github.com/TykTechnologies/tyk-pump/analytics"
)

func MaskPassword(record *analytics.AnalyticsRecord) {
	raw, err := base64.StdEncoding.DecodeString(record.RawRequest)
	if err != nil {
		return
	}
	req, err := http.ReadRequest(bufio.NewReader(bytes.NewReader(raw)))
	if err != nil {
		return
	}
	body, err := io.ReadAll(req.Body)
	if err != nil {
		return
	}
	var fields map[string]interface{}
	if json.Unmarshal(body, &fields) != nil {
		return
	}
	if _, ok := fields["password"]; ok {
		fields["password"] = "****"
	}
	masked, _ := json.Marshal(fields)
	req.Body = io.NopCloser(bytes.NewReader(masked))
	req.ContentLength = int64(len(masked))
	req.Header.Set("Content-Length", strconv.Itoa(len(masked)))
	var out bytes.Buffer
	if req.Write(&out) != nil {
		return
	}
	record.RawRequest = base64.StdEncoding.EncodeToString(out.Bytes())
	record.Tags = append(record.Tags, "masked")
}

func main() {}
