#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora under fuzz/corpus/<target>/ (small files, committed).

Seeds come from the project's own test data and samples where they exist (tests/data,
samples/workspace) and are written here otherwise. Rerun after changing a seed:
    python3 fuzz/makecorpus.py
The coprocess seeds are encoded with `protoc --encode` from the project's .proto files.
"""
import io
import os
import shutil
import subprocess
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(HERE, "corpus")


def target(name):
    path = os.path.join(CORPUS, name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def write(directory, name, data):
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data)


def copy(directory, *relpaths):
    for rel in relpaths:
        shutil.copy(os.path.join(ROOT, rel), os.path.join(directory, os.path.basename(rel)))


# The first byte of an HTTP seed is the read size the harness cuts the rest into (0 = whole).
d = target("fuzz_http_request")
write(d, "get", b"\x00GET /keyless/get?a=1&b=%20 HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n\r\n")
write(d, "post", b"\x07POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
write(d, "chunked", b"\x03PUT /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
      b"5\r\nhello\r\n3;ext=1\r\nabc\r\n0\r\nTrailer: t\r\n\r\n")
write(d, "pipelined", b"\x00GET /1 HTTP/1.1\r\nHost: x\r\n\r\nHEAD /2 HTTP/1.1\r\n"
      b"Host: x\r\n\r\nDELETE /3 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
write(d, "expect", b"\x10POST /e HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc")
write(d, "upgrade", b"\x00GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n"
      b"GET /after HTTP/1.1\r\n\r\n")
write(d, "folded", b"\x01GET / HTTP/1.1\r\nX-Long: a\r\n  continued\r\nX-Empty:\r\n\r\n")
write(d, "absolute", b"\x00OPTIONS http://host:8080/p?q#f HTTP/1.1\r\n\r\nCONNECT h:443 HTTP/1.1\r\n\r\n")

d = target("fuzz_api_definition")
copy(d, "tests/data/api/oas-example.json", "tests/data/e2e/badapps/good.json",
     "tests/data/e2e/badapps/broken.json", "tests/data/e2e/malformed.json",
     "samples/workspace/apps/keyless.json", "samples/workspace/apps/oas-keyless.json",
     "samples/workspace/apps/python.json", "samples/workspace/apps/token.json")

d = target("fuzz_gateway_config")
write(d, "full.conf", """{
  "listen_port": 8080, "listen_address": "127.0.0.1", "secret": "s3",
  "app_path": "apps/", "middleware_path": "middleware", "template_path": "templates",
  "policies": {"policy_source": "file", "policy_record_name": "policies.json", "policy_path": "pol"},
  "storage": {"type": "redis", "host": "localhost", "port": 6379, "database": 2},
  "enable_jsvm": true, "jsvm_timeout": 2, "proxy_default_timeout": 1.5,
  "http_server_options": {"enable_path_prefix_matching": true, "enable_path_suffix_matching": true},
  "hash_keys": true, "hash_key_function": "murmur64", "enable_bundle_downloader": true,
  "bundle_base_url": "http://localhost/bundles/", "health_check_endpoint_name": "hello",
  "coprocess_options": {"enable_coprocess": true, "python_path_prefix": "/opt/tyk"},
  "local_session_cache": {"disable_cached_session_state": false},
  "rate_limit_response_headers": "rate_limits", "global_session_lifetime": 100,
  "force_global_session_lifetime": true
}""")
write(d, "empty.conf", "{}")
write(d, "wrong-type.conf", '{"listen_port": "9000", "storage": []}')

d = target("fuzz_bundle_manifest")
copy(d, "samples/workspace/bundles/python-hooks/manifest.json")
write(d, "js.json", """{"file_list": ["a.js", "lib/b.js"], "custom_middleware": {"driver": "otto",
  "pre": [{"name": "pre", "path": "a.js", "require_session": false}],
  "post": [{"name": "post", "path": "a.js"}], "response": [{"name": "r"}],
  "auth_check": {"name": "auth", "path": "a.js", "raw_body_only": true},
  "id_extractor": {"extract_from": "header", "extract_with": "value",
                   "extractor_config": {"header_name": "Authorization"}}},
  "checksum": "d41d8cd98f00b204e9800998ecf8427e", "signature": "c2ln"}""")
write(d, "bad.json", '{"file_list": "a.py"}')

# Zips: what BundleArchive accepts and each thing it refuses.
d = target("fuzz_bundle_zip")
def zip_bytes(entries, method=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return buf.getvalue()
manifest = b'{"file_list": ["m.py"], "custom_middleware": {"driver": "python", "pre": [{"name": "f"}]}}'
write(d, "bundle.zip", zip_bytes([("manifest.json", manifest), ("m.py", b"def f(r, s, sp):\n  return r, s\n")]))
write(d, "stored.zip", zip_bytes([("manifest.json", manifest), ("dir/", b""), ("dir/a.txt", b"abc")],
                                 zipfile.ZIP_STORED))
write(d, "escape.zip", zip_bytes([("../evil", b"x"), ("/abs", b"y")]))
write(d, "bomb.zip", zip_bytes([("zeros", bytes(200000))]))
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    info = zipfile.ZipInfo("link")
    info.external_attr = (0o120777 << 16)
    zf.writestr(info, "/etc/passwd")
write(d, "symlink.zip", buf.getvalue())
write(d, "empty.zip", zip_bytes([]))

d = target("fuzz_policy")
write(d, "record.json", """{
  "gold": {"id": "ignored", "org_id": "o", "rate": 100, "per": 1, "quota_max": 10,
           "quota_renewal_rate": 3600, "throttle_interval": 1, "throttle_retry_limit": 2,
           "max_query_depth": -1, "active": true, "is_inactive": false, "tags": ["t"],
           "partitions": {"quota": true, "rate_limit": false, "acl": true},
           "access_rights": {"a": {"api_id": "a", "versions": ["Default"],
               "allowed_urls": [{"url": "/x", "methods": ["GET"]}],
               "limit": {"rate": 5, "per": 1, "quota_max": 1}}},
           "meta_data": {"k": "v"}, "key_expires_in": 3600},
  "silver": {"org_id": "o", "quota_max": 10}
}""")
write(d, "single.json", '{"id": "a", "org_id": "o", "rate": 1, "per": 1}')
write(d, "bad.json", '{"p": {"access_rights": {"a": {"limit": {"per": true}}}}}')

d = target("fuzz_session")
write(d, "session.json", """{"org_id": "default", "rate": 1000, "per": 60, "allowance": 1000,
  "quota_max": 100, "quota_remaining": 99, "quota_renews": 1700000000, "quota_renewal_rate": 3600,
  "expires": 0, "is_inactive": false, "apply_policies": ["gold"], "apply_policy_id": "old",
  "access_rights": {"api1": {"api_id": "api1", "api_name": "A", "versions": ["Default"],
      "allowed_urls": [{"url": "/x", "methods": ["GET"]}], "limit": {"rate": 5, "per": 1}}},
  "meta_data": {"tenant": "t", "n": 1}, "tags": ["a"], "alias": "al", "last_updated": "1700000000",
  "session_lifetime": 30, "post_expiry_action": "retain", "post_expiry_grace_period": -1,
  "basic_auth_data": {"password": "p", "hash_type": ""}, "jwt_data": {"secret": "s"},
  "hmac_enabled": false, "monitor": {"trigger_limits": [80.0, 50.5]}, "id_extractor_deadline": 0}""")
write(d, "empty.json", "{}")
write(d, "floats.json", '{"expires": 1.5e3, "rate": 1e300, "quota_max": -1, "session_lifetime": 2.5}')

d = target("fuzz_go_regex")
write(d, "simple", "[a-z]+\nabc 123 def")
write(d, "empty-match", "a*\nbaaac")
write(d, "go-syntax", "(?i)(?P<name>tok)-\\pL+\\z\nTOK-abc")
write(d, "classes", "[[:alpha:]]{2,3}\\b|\\Q.*\\E\nxy.*z")
write(d, "bearer", "Bearer ([A-Za-z0-9]+)\nAuthorization: Bearer abc123")
write(d, "unicode", b"\\x{1F600}|\\p{Greek}+\n\xce\xb1\xce\xb2 \xf0\x9f\x98\x80")

d = target("fuzz_xml_path")
write(d, "simple", "//key\n<a><key>1</key></a>")
write(d, "attr", "/root/item[@id='2']/@name\n<root><item id='1' name='a'/><item id='2' name='b'/></root>")
write(d, "axes", "//b/preceding-sibling::*\n<a><x/><b>t</b><![CDATA[c]]><!--c--><?pi d?></a>")
write(d, "contains", "//a[contains(b,'li')]/c\n<a><b>lit</b><c>v</c></a>")
write(d, "ns", "//key\n<?xml version='1.0' encoding='UTF-8'?><ns:r xmlns:ns='u'><ns:key>k</ns:key></ns:r>")

d = target("fuzz_curl_command")
write(d, "simple", "curl http://localhost:8080/keyless/get")
write(d, "post", "curl -X POST -H 'Content-Type: application/json' -d '{\"a\":1}' http://h/p")
write(d, "browser", "curl 'http://h/p?q=1' \\\n  -H $'X-A: b\\'c' --data-raw $'x\\ny' --compressed")
write(d, "flags", "curl -u user:pass -I --json '{}' --url http://h/ -o out -m 5 -A agent")
write(d, "form", "curl -F a=1 --data-urlencode 'b=c d' -G http://h/x")
write(d, "quotes", "curl \"http://h/\\$x\" -H \"A: \\\"q\\\"\" -d @file")

d = target("fuzz_coprocess_object")
proto_dir = os.path.join(ROOT, "core", "coprocess", "proto")
objects = {
    "request": '''hook_type: Pre hook_name: "pre"
request { headers { key: "Host" value: "x" } set_headers { key: "x-new" value: "1" }
  delete_headers: "Accept" body: "b" raw_body: "rb" url: "/new?z=1" method: "POST"
  params { key: "a" value: "1" } add_params { key: "c" value: "2" } delete_params: "b"
  return_overrides { response_code: -1 } request_uri: "/api/items" scheme: "http" }
metadata { key: "m" value: "v" } spec { key: "OrgID" value: "o" }''',
    "override": '''hook_type: Post request { url: "/x" return_overrides { response_code: 403
  response_error: "denied" headers { key: "X-Err" value: "1" } response_body: "body"
  override_error: true } }''',
    "response": '''hook_type: Response request { url: "/" } response { status_code: 201
  raw_body: "new" body: "new" headers { key: "Content-Type" value: "text/html" }
  multivalue_headers { key: "Set-Cookie" values: "a=1" values: "b=2" } }''',
    "session": '''hook_type: CustomKeyCheck request { url: "tyk://api/path" } session {
  rate: 10 per: 1 quota_max: 5 quota_remaining: 4 org_id: "o" expires: 1700000000
  access_rights { key: "api" value { api_name: "A" api_id: "api" versions: "Default"
    allowed_urls { url: "/x" methods: "GET" } } }
  metadata { key: "k" value: "v" } apply_policies: "gold" tags: "t" alias: "al"
  session_lifetime: 30 id_extractor_deadline: 5 }''',
}
for name, text in objects.items():
    data = subprocess.run(["protoc", "-I", proto_dir, "--encode=coprocess.Object",
                           "coprocess_object.proto"], input=text.encode(),
                          capture_output=True, check=True, cwd=proto_dir).stdout
    write(d, name, data)
write(d, "empty", b"")
