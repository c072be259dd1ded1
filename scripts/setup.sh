#!/usr/bin/env bash
# Installs what is missing, builds, then runs the app or the tests.
#
#   scripts/setup.sh run [APP ARGS...]   build and launch Partnership Explorer
#   scripts/setup.sh test                build and run every test (headless)
#   scripts/setup.sh test --sanitize     the same under AddressSanitizer + UBSan
#   scripts/setup.sh bench               build and run the benchmarks
set -euo pipefail

cd "$(dirname "$0")/.."

packages=(
    cmake g++ ninja-build
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    nlohmann-json3-dev
    xvfb xauth fonts-dejavu-core
)

install_missing() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    ((${#missing[@]} == 0)) && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    ((EUID == 0)) || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    # env after sudo: sudo would drop a variable set before it, and apt could then ask questions.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja "$@"
    cmake --build "$dir" --parallel "$(nproc)"
}

mode=${1:-run}
shift || true

install_missing

case "$mode" in
run)
    build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
        echo "No display found: starting the app on a virtual one (xvfb-run)." >&2
        exec xvfb-run -a build/app/partnership-explorer "$@"
    fi
    exec build/app/partnership-explorer "$@"
    ;;
test)
    if [[ ${1:-} == --sanitize ]]; then
        build build-sanitize -DCMAKE_BUILD_TYPE=Debug -DPE_SANITIZE=ON
        # Qt's and fontconfig's process-lifetime caches are not leaks of ours.
        export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
        export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
        ctest --test-dir build-sanitize --output-on-failure
    else
        build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
        ctest --test-dir build --output-on-failure
    fi
    ;;
bench)
    build build-bench -DCMAKE_BUILD_TYPE=Release -DPE_BUILD_BENCH=ON
    cmake --build build-bench --target run-benchmarks
    ;;
*)
    echo "usage: scripts/setup.sh run|test [--sanitize]|bench" >&2
    exit 2
    ;;
esac
