#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# HTTP data path: nginx as a reverse proxy vs `hookbench-cli serve`, both in front of the same
# nginx upstream (`return 200`), measured with wrk in alternating rounds in one run. Prints
# requests/s of each and the ratio hookbench/nginx. Everything listens on 127.0.0.1.
#   bench/proxy_vs_nginx.sh [BUILD_DIR] [ROUNDS] [SECONDS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build}"
rounds="${2:-3}"
secs="${3:-5}"
source "$here/bench/benchlib.sh"
bench_setup "$build/app/cli/hookbench-cli" nginx wrk
up_port=$(free_port); proxy_port=$(free_port)

# One nginx worker for the proxy, like hookbench's single engine thread.
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    upstream up { server 127.0.0.1:$up_port; keepalive 32; }
    server { listen 127.0.0.1:$up_port; location / { return 200 "ok"; } }
    server {
        listen 127.0.0.1:$proxy_port;
        location /keyless/ { proxy_pass http://up/; proxy_http_version 1.1; proxy_set_header Connection ""; }
    }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" &
pids+=($!)

mkdir -p "$work/apps"
cat > "$work/apps/keyless.json" <<JSON
{"api_id": "keyless", "org_id": "bench", "use_keyless": true,
 "proxy": {"listen_path": "/keyless/", "target_url": "http://127.0.0.1:$up_port/", "strip_listen_path": true},
 "version_data": {"not_versioned": true, "versions": {"Default": {"name": "Default"}}}}
JSON
"$cli" serve --apps "$work/apps" --listen 127.0.0.1:0 > "$work/hb.out" &
pids+=($!)
for _ in $(seq 50); do grep -q listening "$work/hb.out" 2>/dev/null && break; sleep 0.1; done
hb_url="$(sed -n 's/^listening on //p' "$work/hb.out")/keyless/"
nginx_url="http://127.0.0.1:$proxy_port/keyless/"
sleep 0.3

rps() { wrk -t1 -c16 -d"${secs}s" "$1" | awk '/Requests\/sec/ {print $2}'; }
nginx_total=0; hb_total=0
for r in $(seq "$rounds"); do
    n=$(rps "$nginx_url"); h=$(rps "$hb_url")
    echo "round $r: nginx ${n} req/s, hookbench ${h} req/s"
    nginx_total=$(python3 -c "print($nginx_total + $n)"); hb_total=$(python3 -c "print($hb_total + $h)")
done
python3 -c "n=$nginx_total/$rounds; h=$hb_total/$rounds; print(f'mean: nginx {n:.0f} req/s, hookbench {h:.0f} req/s, ratio hookbench/nginx {h/n:.2f}')"
