# SPDX-License-Identifier: GPL-3.0-or-later
# A Tyk Python plugin that uses every hook. It runs unchanged in Tyk (as a bundle) and in
# Hookbench; the sample API samples/workspace/apps/python.json loads it.
import json
import time

from gateway import TykGateway as tyk
from tyk.decorators import Hook

import counters  # a helper module of this bundle

VALID_TOKENS = {"sample-token": "sample user", "other-token": "other user"}


@Hook
def SamplePre(request, session, spec):
    # Runs before authentication: no session yet.
    request.add_header("X-Sample-Pre", "1")
    if request.object.params.get("deny") == "1":
        request.object.return_overrides.response_code = 403
        request.object.return_overrides.response_error = "denied by the pre hook"
    counters.bump("pre")
    return request, session


@Hook
def SampleAuth(request, session, metadata, spec):
    token = request.get_header("Authorization")
    counters.bump("auth")
    tyk.log("auth_check called for %s" % token, "info")
    if token in VALID_TOKENS:
        session.rate = 100.0
        session.per = 1.0
        session.quota_max = -1
        session.alias = VALID_TOKENS[token]
        # The ID extractor caches this session until the deadline: later requests with
        # the same Authorization value skip this hook.
        session.id_extractor_deadline = int(time.time()) + 60
        metadata["token"] = token
    return request, session, metadata


@Hook
def SamplePostKeyAuth(request, session, spec):
    request.add_header("X-Sample-User", session.alias)
    return request, session


@Hook
def SamplePost(request, session, spec):
    request.add_header("X-Sample-Post", str(counters.bump("post")))
    config = json.loads(spec["config_data"]) if spec["config_data"] else {}
    if "greeting" in config:
        request.add_header("X-Sample-Greeting", config["greeting"])
    return request, session


@Hook
def SampleResponse(request, response, session, metadata, spec):
    response.headers["X-Sample-Response"] = str(counters.bump("response"))
    return response
