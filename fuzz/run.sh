#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every libFuzzer target for SECONDS each (default 30), starting from its seed corpus in
# fuzz/corpus/<target>/. Prints per target the executions, coverage (cov: edges, ft: features)
# and the result; exits non-zero if any target crashed, hung, leaked or is missing.
#   fuzz/run.sh [SECONDS]
# Environment: HOOKBENCH_FUZZ_BUILD_DIR (default <repo>/build-fuzz, configured as in
# docs/reliability.md "Fuzzing"); HOOKBENCH_FUZZ_OUT (default a new temporary directory) gets
# each target's log, the inputs it found and any crash-* / timeout-* / leak-* reproducer.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="${HOOKBENCH_FUZZ_BUILD_DIR:-$here/../build-fuzz}"
seconds="${1:-30}"
out="${HOOKBENCH_FUZZ_OUT:-$(mktemp -d /tmp/hookbench-fuzz.XXXXXX)}"
mkdir -p "$out"
# Undefined behaviour is reported with its stack (the build makes it abort).
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"

# target:max_len. JSON inputs stay under 16 KiB: deeper nesting than that is a known,
# separately handled limit (core/common/jsonnesting.h), not what these runs look for.
targets=(
    fuzz_http_request:8192
    fuzz_api_definition:16384
    fuzz_gateway_config:16384
    fuzz_bundle_manifest:16384
    fuzz_bundle_zip:65536
    fuzz_policy:16384
    fuzz_session:16384
    fuzz_go_regex:1024
    fuzz_xml_path:8192
    fuzz_curl_command:4096
    fuzz_coprocess_object:16384
)

failed=0
printf '%-24s %12s %8s %8s  %s\n' target executions cov ft result
for entry in "${targets[@]}"; do
    name="${entry%%:*}"
    max_len="${entry##*:}"
    binary="$build_dir/fuzz/$name"
    if [ ! -x "$binary" ]; then
        printf '%-24s %12s %8s %8s  %s\n' "$name" - - - "MISSING ($binary)"
        failed=1
        continue
    fi
    # New inputs go to a scratch corpus; the committed seeds are only read.
    work="$out/$name"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    log="$work/log.txt"
    "$binary" "$work/corpus" "$here/corpus/$name" \
        -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" >"$log" 2>&1
    rc=$?
    execs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)"
    cov="$(grep -o ' cov: [0-9]*' "$log" | grep -o '[0-9]*' | tail -1)"
    ft="$(grep -o ' ft: [0-9]*' "$log" | grep -o '[0-9]*' | tail -1)"
    artifacts="$(ls "$work/artifacts" 2>/dev/null)"
    if [ "$rc" -eq 0 ] && [ -z "$artifacts" ]; then
        result=ok
    else
        result="FAILED (exit $rc) $(echo $artifacts | sed "s|\([^ ]*\)|$work/artifacts/\1|g")"
        failed=1
    fi
    printf '%-24s %12s %8s %8s  %s\n' "$name" "${execs:--}" "${cov:--}" "${ft:--}" "$result"
    if [ "$result" != ok ]; then
        echo "---- last lines of $log"
        grep -v '^#[0-9]' "$log" | tail -40
        echo "----"
    fi
done
echo "logs and found inputs: $out"
if [ "$failed" -ne 0 ]; then
    echo "fuzz: FAILED"
    exit 1
fi
echo "fuzz: all targets ok"
