#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Hookbench quick start on Debian 12.
#   ./quickstart.sh gui    install what is missing, build, start the GUI on the sample workspace
#   ./quickstart.sh test   install what is missing, build, run every test
#   ./quickstart.sh build  install what is missing and build
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="${HOOKBENCH_BUILD_DIR:-$here/build}"
jobs="${HOOKBENCH_JOBS:-$(nproc 2>/dev/null || echo 2)}"

# Debian packages the build, the tests and the benchmarks need.
packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-declarative-dev libqscintilla2-qt6-dev libgl-dev
    libhttp-parser-dev nlohmann-json3-dev libhiredis-dev libmurmurhash-dev
    pybind11-dev python3-dev liblua5.4-dev libssl-dev libzip-dev libpugixml-dev
    protobuf-compiler libprotobuf-dev python3-protobuf openssl
    libbenchmark-dev redis-server nginx-light wrk
    xvfb xauth fonts-dejavu-core
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
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # nginx and redis are started by the tests and benchmarks themselves, on free ports.
    for svc in nginx redis-server; do
        $sudo systemctl disable --now "$svc" >/dev/null 2>&1 || true
    done
}

build() {
    # Pin Debian's interpreter: FindPython3 otherwise finds a pyenv one on these machines.
    cmake -S "$here" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE="${HOOKBENCH_BUILD_TYPE:-RelWithDebInfo}" \
        -DPython3_EXECUTABLE=/usr/bin/python3 >/dev/null
    cmake --build "$build_dir" -j "$jobs"
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
    cd "$build_dir"
    exec ctest --output-on-failure --no-tests=error -j "$jobs" "${@:2}"
    ;;
build)
    install_missing
    build
    ;;
*)
    echo "usage: $0 gui|test|build" >&2
    exit 2
    ;;
esac
