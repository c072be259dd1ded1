#!/usr/bin/env bash
# Installs what is missing, builds, then runs the app or the tests.
#
#   scripts/setup.sh run [APP ARGS...]   build and launch Partnership Explorer
#   scripts/setup.sh test                build and run every test (headless)
#   scripts/setup.sh test --sanitize     the same under AddressSanitizer, LeakSanitizer + UBSan
#   scripts/setup.sh lint                format and clang-tidy checks (scripts/lint.sh)
#   scripts/setup.sh bench               build and run the benchmarks
#
# Builds go through ccache when it is installed (it is in the package list).
set -euo pipefail

cd "$(dirname "$0")/.."

packages=(
    cmake g++ ninja-build
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    nlohmann-json3-dev
    xvfb xauth fonts-dejavu-core
    ccache clang-format clang-tidy git
    librsvg2-bin poppler-utils
    python3-pandas
    pandoc bibutils
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

# ccache keys on absolute paths: a base directory would make __FILE__ relative, and the tests
# find their data (QFINDTESTDATA) from the path of their own source.
export CCACHE_NOHASHDIR=1

build() {
    local dir=$1
    shift
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B "$dir" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON "${launcher[@]}" "$@"
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
    # The export parity and metadata suites compare with rsvg-convert and poppler; installed
    # above, so a missing one is a failure here rather than a quiet skip.
    export PE_REQUIRE_EXPORT_TOOLS=1
    if [[ ${1:-} == --sanitize ]]; then
        build build-sanitize -DCMAKE_BUILD_TYPE=Debug -DPE_SANITIZE=ON
        # Leaks are reported; Qt's, fontconfig's and similar process-lifetime caches are
        # suppressed by name in tests/lsan.supp, never the project's own code.
        export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
        export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
        export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
        ctest --test-dir build-sanitize --output-on-failure
    else
        build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
        ctest --test-dir build --output-on-failure
    fi
    ;;
lint)
    # tidy reads the compile commands of the normal build (configured, and its generated
    # moc/rcc sources built, so that every include resolves).
    build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
    status=0
    scripts/lint.sh format || status=1
    BUILD_DIR=build scripts/lint.sh tidy || status=1
    exit "$status"
    ;;
bench)
    build build-bench -DCMAKE_BUILD_TYPE=Release -DPE_BUILD_BENCH=ON
    cmake --build build-bench --target run-benchmarks
    ;;
*)
    echo "usage: scripts/setup.sh run|test [--sanitize]|lint|bench" >&2
    exit 2
    ;;
esac
