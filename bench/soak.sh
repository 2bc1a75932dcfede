#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Soak: `hookbench-cli serve` on a Redis store under steady load for SECONDS (default 600):
# a keyless API, a token API (sessions in Redis), and one API per plugin driver (Python,
# Lua and JavaScript pre hooks). Halfway through, redis-server is stopped for five seconds and
# started again on the same port. Every 15 s it prints the server's RSS, open file
# descriptors and threads, and the requests and failures per API since the last line; at the
# end, whether RSS, fds and threads came back level and how many requests failed outside the
# Redis outage. Loopback only; everything it starts is stopped on exit.
#   bench/soak.sh [SECONDS] [BUILD_DIR]
# SOAK_SERVE_ARGS adds options to `serve` (e.g. --python-child-process: the Python API's hook
# then runs in the Python plugin host, whose RSS is printed beside the server's).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
seconds="${1:-600}"
build="${2:-$here/../build}"
# shellcheck source=bench/benchlib.sh
. "$here/benchlib.sh"
bench_setup "$build/app/cli/hookbench-cli" redis-server python3

redis_port="$(free_port)"
start_redis() {
    # Append-only file in the work directory: keys survive the restart, as on a real Redis.
    redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly yes --dir "$work" \
        --daemonize no --loglevel warning >"$work/redis.log" 2>&1 &
    redis_pid=$!
    pids+=("$redis_pid")
    for _ in $(seq 50); do
        redis-cli -p "$redis_port" ping >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "redis-server did not start" >&2
    exit 1
}
start_redis

mkdir -p "$work/apps" "$work/bundles/lua" "$work/bundles/python" "$work/mw"
api() { # id listen-path keyless extra-json
    cat >"$work/apps/$1.json" <<JSON
{"api_id": "$1", "org_id": "soak", "name": "$1", "use_keyless": $3,
 "proxy": {"listen_path": "$2", "target_url": "hookbench://echo", "strip_listen_path": true},
 "version_data": {"not_versioned": true, "versions": {"Default": {"name": "Default"}}}$4}
JSON
}
api keyless /keyless/ true ''
api token /token/ false ''
api python /python/ true ', "custom_middleware_bundle": "python"'
api lua /lua/ true ', "custom_middleware_bundle": "lua"'
api js /js/ true ", \"custom_middleware\": {\"driver\": \"otto\", \"pre\": [{\"name\": \"SoakPre\", \"path\": \"$work/mw/pre.js\"}]}"
cat >"$work/bundles/python/manifest.json" <<'JSON'
{"file_list": ["middleware.py"], "custom_middleware": {"driver": "python", "pre": [{"name": "SoakPre"}]}}
JSON
cat >"$work/bundles/python/middleware.py" <<'PY'
from tyk.decorators import Hook

@Hook
def SoakPre(request, session, spec):
    request.add_header("X-Soak", "python")
    return request, session
PY
cat >"$work/bundles/lua/manifest.json" <<'JSON'
{"file_list": ["plugin.lua"], "custom_middleware": {"driver": "lua", "pre": [{"name": "SoakPre"}]}}
JSON
cat >"$work/bundles/lua/plugin.lua" <<'LUA'
function SoakPre(request, session, spec)
  tyk.req.set_header("X-Soak", "lua")
  return request, session
end
LUA
cat >"$work/mw/pre.js" <<'JS'
var SoakPre = new TykJS.TykMiddleware.NewMiddleware({});
SoakPre.NewProcessRequest(function(request, session) {
    request.SetHeaders["X-Soak"] = "js";
    return SoakPre.ReturnData(request, {});
});
JS

port="$(free_port)"
"$build/app/cli/hookbench-cli" serve --listen "127.0.0.1:$port" --apps "$work/apps" \
    --bundles "$work/bundles" --bundle-cache "$work/cache" --secret soak \
    --store "redis://127.0.0.1:$redis_port" ${SOAK_SERVE_ARGS:-} >"$work/serve.out" \
    2>"$work/serve.err" &
serve_pid=$!
pids+=("$serve_pid")
for _ in $(seq 100); do
    grep -q '^listening on' "$work/serve.out" 2>/dev/null && break
    sleep 0.1
done
grep -q '^listening on' "$work/serve.out" || { cat "$work/serve.err" >&2; exit 1; }
curl_key() {
    python3 - "$port" <<'PY'
import http.client, json, sys
c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=10)
body = json.dumps({"org_id": "soak", "rate": 0, "per": 0, "quota_max": -1,
                   "access_rights": {"token": {"api_id": "token", "versions": ["Default"]}}})
c.request("POST", "/tyk/keys/soak-key-0001", body, {"X-Tyk-Authorization": "soak"})
r = c.getresponse(); r.read()
sys.exit(0 if r.status == 200 else 1)
PY
}
curl_key || { echo "could not create the soak key" >&2; exit 1; }

echo "soak: ${seconds}s against pid $serve_pid (redis on $redis_port); redis restarts at $((seconds / 2))s"
python3 - "$port" "$serve_pid" "$seconds" "$redis_port" "$work" <<'PY' &
import http.client, os, sys, threading, time
port, pid, seconds, redis_port, work = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
apis = {"keyless": ("/keyless/get", {}), "token": ("/token/get", {"Authorization": "soak-key-0001"}),
        "python": ("/python/get", {}), "lua": ("/lua/get", {}), "js": ("/js/get", {})}
lock = threading.Lock()
counts = {name: [0, 0] for name in apis}  # requests, failures since the last report
outage = [None, None]  # when the Redis restart began and ended (monotonic)
failures_outside_outage = [0]
stop = time.monotonic() + seconds

def worker(names):
    conn = None
    i = 0
    while time.monotonic() < stop:
        name = names[i % len(names)]; i += 1
        path, headers = apis[name]
        ok = False
        try:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", path, headers=headers)
            r = conn.getresponse(); r.read()
            ok = r.status == 200
        except Exception:
            conn = None
        now = time.monotonic()
        with lock:
            counts[name][0] += 1
            if not ok:
                counts[name][1] += 1
                in_outage = outage[0] is not None and outage[0] - 1 <= now <= (outage[1] or now) + 5
                if not in_outage:
                    failures_outside_outage[0] += 1

def sample():
    status = open(f"/proc/{pid}/status").read().split("\n")
    rss = next(int(l.split()[1]) for l in status if l.startswith("VmRSS"))
    threads = next(int(l.split()[1]) for l in status if l.startswith("Threads"))
    fds = len(os.listdir(f"/proc/{pid}/fd"))
    return rss, fds, threads

def host_rss():
    """RSS of the server's plugin hosts (child processes), in KiB."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                status = open(f"/proc/{entry}/status").read().split("\n")
                total += next(int(l.split()[1]) for l in status if l.startswith("VmRSS"))
        except (OSError, StopIteration, IndexError, ValueError):
            pass
    return total

threads = [threading.Thread(target=worker, args=(list(apis),), daemon=True) for _ in range(4)]
for t in threads: t.start()
start = time.monotonic()
print(f"{'t(s)':>6} {'rss(KiB)':>9} {'fds':>5} {'threads':>7} {'hosts(KiB)':>10}  " + "  ".join(f"{n}:req/fail" for n in apis), flush=True)
first = None
restarted = False
while time.monotonic() < stop:
    time.sleep(15 if seconds >= 60 else 5)
    t = time.monotonic() - start
    if not restarted and t >= seconds / 2:
        restarted = True
        outage[0] = time.monotonic()
        open(f"{work}/restart-redis", "w").close()  # the shell does the restart
        while os.path.exists(f"{work}/restart-redis"):
            time.sleep(0.1)
        outage[1] = time.monotonic()
        print(f"{t:6.0f} redis-server stopped for 5 s and started again", flush=True)
    rss, fds, nthreads = sample()
    if first is None:
        first = (rss, fds, nthreads)
    with lock:
        line = "  ".join(f"{counts[n][0]}/{counts[n][1]}" for n in apis)
        for n in apis: counts[n] = [0, 0]
    print(f"{t:6.0f} {rss:9d} {fds:5d} {nthreads:7d} {host_rss():10d}  {line}", flush=True)
for t in threads: t.join()
rss, fds, nthreads = sample()
print(f"end: rss {first[0]} -> {rss} KiB, fds {first[1]} -> {fds}, threads {first[2]} -> {nthreads}; "
      f"failures outside the Redis outage: {failures_outside_outage[0]}", flush=True)
sys.exit(1 if failures_outside_outage[0] else 0)
PY
load_pid=$!
while kill -0 "$load_pid" 2>/dev/null; do
    if [ -e "$work/restart-redis" ]; then
        kill "$redis_pid"; wait "$redis_pid" 2>/dev/null || true
        sleep 5
        start_redis
        rm -f "$work/restart-redis"
    fi
    sleep 0.2
done
status=0
wait "$load_pid" || status=$?
kill -0 "$serve_pid" 2>/dev/null || { echo "hookbench-cli serve died" >&2; tail -20 "$work/serve.err" >&2; exit 1; }
exit "$status"
