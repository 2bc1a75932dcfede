// SPDX-License-Identifier: GPL-3.0-or-later

package oas

import (
	"encoding/json"
	"strings"
	"testing"
)

const doc = `{"openapi":"3.0.3","info":{"title":"Pets","version":"1"},
"paths":{"/pets":{"get":{"operationId":"listPets","responses":{"200":{"description":"ok"}}}}},
"x-other":{"a":1},
"x-tyk-api-gateway":{"info":{"id":"api1","name":"Pets","state":{"active":true}},
 "upstream":{"url":"http://up"},"server":{"listenPath":{"value":"/pets/","strip":true}},
 "middleware":{"global":{"pluginConfig":{"driver":"goplugin","data":{"enabled":true,"value":{"k":"v"}}},
  "prePlugins":[{"enabled":true,"functionName":"MyPre","path":"p.so"}]}},
 "unknownSection":{"kept":"until decoded"}}}`

func TestDecodeAndExtension(t *testing.T) {
	var o OAS
	if err := json.Unmarshal([]byte(doc), &o); err != nil {
		t.Fatal(err)
	}
	if o.Info.Title != "Pets" || o.Paths.Len() != 1 || o.Paths.Value("/pets").Get.OperationID != "listPets" {
		t.Fatalf("document %+v", o.T)
	}
	// A copy made before the extension is decoded keeps every key.
	b, err := json.Marshal(&o)
	if err != nil || !strings.Contains(string(b), "unknownSection") || !strings.Contains(string(b), `"x-other"`) {
		t.Fatalf("round trip %s %v", b, err)
	}
	x := o.GetTykExtension()
	if x == nil || x.Info.ID != "api1" || !x.Info.State.Active || x.Upstream.URL != "http://up" ||
		x.Server.ListenPath.Value != "/pets/" || !x.Server.ListenPath.Strip {
		t.Fatalf("extension %+v", x)
	}
	mw := o.GetTykMiddleware()
	if mw.Global.PluginConfig.Data.Value["k"] != "v" || mw.Global.PrePlugins[0].FunctionName != "MyPre" {
		t.Errorf("middleware %+v", mw.Global)
	}
	x.Info.Name = "Renamed"
	b, _ = json.Marshal(&o)
	if !strings.Contains(string(b), `"Renamed"`) {
		t.Errorf("edit through the extension pointer lost: %s", b)
	}
}
