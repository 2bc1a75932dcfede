# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the bench scripts (sourced, not run): checks tools and the CLI, makes a work
# directory, stops every process recorded in `pids` on exit, and finds free loopback ports.
#   bench_setup CLI TOOL...
bench_setup() {
    cli="$1"; shift
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "$tool is required (see quickstart.sh)" >&2; exit 2; }
    done
    [ -x "$cli" ] || { echo "build hookbench-cli first ($cli)" >&2; exit 2; }
    work="$(mktemp -d)"
    pids=()
    trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
