#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Session store cost on the data path: the same auth-token API served by three
# `hookbench-cli serve` instances, one with the memory store, one with a real Redis and Tyk's
# local session cache (the default), one with Redis and the cache off
# (local_session_cache.disable_cached_session_state), all proxying to an nginx upstream
# (`return 200`), measured with wrk in alternating rounds. Prints requests/s of each, the
# ratios to memory, and Redis commands per request counted from INFO commandstats. Every
# request must be answered 200 (checked first). Everything listens on 127.0.0.1.
#   bench/store_redis_vs_memory.sh [BUILD_DIR] [ROUNDS] [SECONDS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build}"
rounds="${2:-3}"
secs="${3:-5}"
source "$here/bench/benchlib.sh"
bench_setup "$build/app/cli/hookbench-cli" nginx wrk redis-server redis-cli curl
up_port=$(free_port); redis_port=$(free_port)

cat > "$work/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:$up_port; location / { return 200 "ok"; } } }
CONF
nginx -c "$work/nginx.conf" -p "$work" &
pids+=($!)
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no >/dev/null &
pids+=($!)

mkdir -p "$work/apps"
cat > "$work/apps/token.json" <<JSON
{"api_id": "token", "org_id": "bench", "use_keyless": false,
 "proxy": {"listen_path": "/token/", "target_url": "http://127.0.0.1:$up_port/", "strip_listen_path": true},
 "version_data": {"not_versioned": true, "versions": {"Default": {"name": "Default"}}}}
JSON

# Started in this shell (not in a command substitution) so cleanup knows their PIDs.
echo '{"local_session_cache": {"disable_cached_session_state": true}}' > "$work/nocache.conf"
echo '{}' > "$work/default.conf"
start_serve() { # $1 = store, $2 = output file, $3 = tyk.conf
    "$cli" serve --config "$3" --apps "$work/apps" --listen 127.0.0.1:0 --secret bench --store "$1" > "$2" &
    pids+=($!)
    for _ in $(seq 50); do grep -q listening "$2" 2>/dev/null && break; sleep 0.1; done
}
url_of() { sed -n 's/^listening on //p' "$1"; }
for _ in $(seq 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
start_serve memory "$work/mem.out" "$work/default.conf"
start_serve "redis://127.0.0.1:$redis_port/0" "$work/redis.out" "$work/default.conf"
start_serve "redis://127.0.0.1:$redis_port/1" "$work/nocache.out" "$work/nocache.conf"
mem_url=$(url_of "$work/mem.out")
redis_url=$(url_of "$work/redis.out")
nocache_url=$(url_of "$work/nocache.out")

session='{"org_id": "bench", "access_rights": {"token": {"api_id": "token", "versions": ["Default"]}}}'
create_key() { curl -s -X POST -H 'X-Tyk-Authorization: bench' -d "$session" "$1/tyk/keys/perfkey" >/dev/null; }
create_key "$mem_url"; create_key "$redis_url"; create_key "$nocache_url"
# generateToken(org, name). (A name that starts with the org id loses that prefix: Tyk's quirk.)
key="benchperfkey"
for u in "$mem_url" "$redis_url" "$nocache_url"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: $key" "$u/token/")
    [ "$code" = 200 ] || { echo "the key is not accepted by $u: $code" >&2; exit 1; }
done

rps() { wrk -t1 -c16 -d"${secs}s" -H "Authorization: $key" "$1/token/" | awk '/Requests\/sec/ {print $2}'; }
requests() { wrk -t1 -c16 -d"${secs}s" -H "Authorization: $key" "$1/token/" | awk '/requests in/ {print $1}'; }
calls() { redis-cli -p "$redis_port" info commandstats | awk -F'[=,:]' '/^cmdstat_/ {n+=$3} END {print n+0}'; }

mem_total=0; redis_total=0; nocache_total=0
for r in $(seq "$rounds"); do
    m=$(rps "$mem_url"); rd=$(rps "$redis_url"); nc=$(rps "$nocache_url")
    echo "round $r: memory ${m} req/s, redis ${rd} req/s, redis without the local cache ${nc} req/s"
    mem_total=$(python3 -c "print($mem_total + $m)"); redis_total=$(python3 -c "print($redis_total + $rd)")
    nocache_total=$(python3 -c "print($nocache_total + $nc)")
done
before=$(calls); n=$(requests "$redis_url"); after=$(calls)
before_nc=$(calls); n_nc=$(requests "$nocache_url"); after_nc=$(calls)
python3 -c "m=$mem_total/$rounds; r=$redis_total/$rounds; nc=$nocache_total/$rounds; print(f'mean: memory {m:.0f} req/s, redis {r:.0f} req/s ({r/m:.2f}x memory, {($after-$before)/$n:.3f} Redis commands per request), redis without the local cache {nc:.0f} req/s ({nc/m:.2f}x memory, {($after_nc-$before_nc)/$n_nc:.2f} commands per request; pipelined commands share a round trip)')"
