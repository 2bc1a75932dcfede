#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Hookbench quick start on Debian 12.
#   ./quickstart.sh gui    install what is missing, build, start the GUI on the sample workspace
#   ./quickstart.sh test   install what is missing, build, run every test
#   ./quickstart.sh build  install what is missing and build
#   ./quickstart.sh sanitize  the sanitizer build, its tests and the fuzzers (part of `test`)
#   ./quickstart.sh deps   only install what is missing
# Build settings (docs/building.md): HOOKBENCH_WERROR=ON (.ci/run sets it), HOOKBENCH_PCH=OFF,
# HOOKBENCH_JOBS, HOOKBENCH_BUILD_TYPE, HOOKBENCH_BUILD_DIR.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="${HOOKBENCH_BUILD_DIR:-$here/build}"
jobs="${HOOKBENCH_JOBS:-$(nproc 2>/dev/null || echo 2)}"
# ccache (when installed, CMakeLists.txt uses it) shares its cache between clones of the
# repository: paths are hashed relative to the clone, and the working directory is left out.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$here}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
# Without these ccache refuses every file compiled with a precompiled header (HOOKBENCH_PCH).
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros}"
werror="${HOOKBENCH_WERROR:-OFF}" pch="${HOOKBENCH_PCH:-ON}"

# Debian packages the build, the tests and the benchmarks need.
packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-declarative-dev qt6-declarative-private-dev libqscintilla2-qt6-dev libgl-dev
    libhttp-parser-dev nlohmann-json3-dev libhiredis-dev libmurmurhash-dev
    pybind11-dev python3-dev liblua5.4-dev libssl-dev libzip-dev libpugixml-dev
    protobuf-compiler libprotobuf-dev python3-protobuf openssl
    libgrpc++-dev protobuf-compiler-grpc python3-grpcio
    golang-go golang-github-sirupsen-logrus-dev
    libbenchmark-dev redis-server nginx-light wrk
    xvfb xauth fonts-dejavu-core dpkg-dev desktop-file-utils appstream
    clang libclang-rt-14-dev clang-format clang-tidy
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # The tests and benchmarks start their own redis-server and nginx on free loopback ports;
    # the host's services are left as they are. Daemons this install brings in are not
    # started (a policy-rc.d for the length of the install, only when the host has none), and
    # services already there are not touched.
    local policy=/usr/sbin/policy-rc.d added_policy=""
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
        $sudo chmod 755 "$policy"
        added_policy=1
    fi
    local rc=0
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || rc=$?
    if [ -n "$added_policy" ]; then
        $sudo rm -f "$policy"
    fi
    return $rc
}

build() {
    # Pin Debian's interpreter: FindPython3 otherwise finds a pyenv one on these machines.
    cmake -S "$here" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE="${HOOKBENCH_BUILD_TYPE:-RelWithDebInfo}" \
        -DHOOKBENCH_WERROR="$werror" -DHOOKBENCH_PCH="$pch" \
        -DPython3_EXECUTABLE=/usr/bin/python3 >/dev/null
    cmake --build "$build_dir" -j "$jobs"
}

# The reliability proof (docs/reliability.md): a clang build with AddressSanitizer and
# UndefinedBehaviorSanitizer of every library, the tests labelled "asan" run against it, and
# every libFuzzer target for HOOKBENCH_FUZZ_SECONDS (30) from its seed corpus.
sanitizer_checks() {
    local dir="${HOOKBENCH_SANITIZE_BUILD_DIR:-$here/build-sanitize}"
    cmake -S "$here" -B "$dir" -G Ninja \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DHOOKBENCH_FUZZ=ON \
        -DHOOKBENCH_BUILD_GUI=OFF -DHOOKBENCH_BUILD_BENCH=OFF -DHOOKBENCH_BUILD_TESTS=ON \
        -DHOOKBENCH_WERROR="$werror" -DHOOKBENCH_PCH="$pch" \
        -DPython3_EXECUTABLE=/usr/bin/python3 >/dev/null
    cmake --build "$dir" -j "$jobs" --target hb_fuzzers hb_sanitizer_tests
    # Leaks are the fuzzers' to find (they run with detection on); the embedded runtimes
    # (CPython, QV4) keep process-lifetime allocations that would drown the tests' report.
    # ASan prints the stack of a crash itself; QTest's gdb dump of an ASan process takes minutes.
    (cd "$dir" && QTEST_DISABLE_STACK_DUMP=1 ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest -L asan --output-on-failure --no-tests=error -j "$jobs")
    HOOKBENCH_FUZZ_BUILD_DIR="$dir" "$here/fuzz/run.sh" "${HOOKBENCH_FUZZ_SECONDS:-30}"
}

case "${1:-}" in
gui)
    install_missing
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found; starting Hookbench under Xvfb (it will not be visible)."
        exec xvfb-run -a "$build_dir/app/gui/hookbench" --workspace "$here/samples/workspace" "${@:2}"
    fi
    exec "$build_dir/app/gui/hookbench" --workspace "$here/samples/workspace" "${@:2}"
    ;;
test)
    install_missing
    build
    (cd "$build_dir" && ctest --output-on-failure --no-tests=error -j "$jobs" "${@:2}")
    # A run narrowed by ctest arguments skips the sanitizer build and the fuzzers.
    if [ $# -le 1 ]; then
        sanitizer_checks
    fi
    ;;
sanitize)
    install_missing
    sanitizer_checks
    ;;
build)
    install_missing
    build
    ;;
deps)
    install_missing
    ;;
*)
    echo "usage: $0 gui|test|build|sanitize|deps" >&2
    exit 2
    ;;
esac
