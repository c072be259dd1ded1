#!/usr/bin/env bash
# Installs what is missing, builds, then runs the app or the tests.
#
#   scripts/setup.sh run [APP ARGS...]   build and launch Partnership Explorer
#   scripts/setup.sh test                build and run every test (headless)
#   scripts/setup.sh test --sanitize     the same under AddressSanitizer, LeakSanitizer + UBSan
#   scripts/setup.sh lint                format and clang-tidy checks (scripts/lint.sh)
#   scripts/setup.sh bench               build and run the benchmarks
#   scripts/setup.sh package [--check]   build build-package/partnership-explorer_VERSION_ARCH.deb;
#                                        --check: lintian, validators, a Debian 12 install (root)
#   scripts/setup.sh fuzz [SECONDS]      build the fuzz targets with clang and run each for
#                                        SECONDS (60) on a copy of the test data; any finding fails
#
# Builds go through ccache when it is installed (it is in the package list).
set -euo pipefail

cd "$(dirname "$0")/.."

packages=(
    cmake g++ ninja-build
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    nlohmann-json3-dev zlib1g-dev
    xvfb xauth fonts-dejavu-core
    ccache clang-format clang-tidy git
    librsvg2-bin poppler-utils libxml2-utils
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

if [[ $mode == fuzz ]]; then
    # libFuzzer's runtime is in libclang-rt-14-dev, which clang does not pull in.
    packages+=(clang libclang-rt-14-dev)
fi
if [[ $mode == package ]]; then
    # dpkg-shlibdeps and dpkg-buildflags (dpkg-dev), and file, which CPack's DEB generator runs.
    packages+=(dpkg-dev file)
    if [[ ${1:-} == --check ]]; then
        packages+=(lintian desktop-file-utils appstream libglib2.0-bin debootstrap)
    fi
fi
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
package)
    # Built as Debian builds its own packages: Release, with the distribution's hardening flags
    # (dpkg-buildflags), without the tests. packaging/CMakeLists.txt describes the package.
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all
    build build-package -DCMAKE_BUILD_TYPE=Release -DPE_BUILD_TESTS=OFF \
        -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
        -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)"
    rm -f build-package/partnership-explorer_*.deb
    (cd build-package && cpack -G DEB)
    deb=$(echo build-package/partnership-explorer_*_"$(dpkg --print-architecture)".deb)
    echo "Package: $deb"
    if [[ ${1:-} == --check ]]; then
        packaging/check-package.sh "$deb"
        sudo=()
        ((EUID == 0)) || sudo=(sudo)
        "${sudo[@]}" packaging/test-install.sh "$deb"
    fi
    ;;
fuzz)
    seconds=${1:-60}
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DPE_BUILD_FUZZ=ON -DPE_BUILD_TESTS=OFF "${launcher[@]}"
    cmake --build build-fuzz --parallel "$(nproc)" --target fuzz_loader fuzz_export
    # The corpus grows in a temporary folder, seeded with the test datasets; the sources stay
    # as they are. A finding (crash, abort, leak, timeout) is kept in build-fuzz/findings/ and
    # fails the run: each becomes a regression test (a file in tests/data/).
    corpus=$(mktemp -d)
    trap 'rm -rf "$corpus"' EXIT
    mkdir -p build-fuzz/findings
    export ASAN_OPTIONS=detect_leaks=1
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    for target in fuzz_loader fuzz_export; do
        mkdir "$corpus/$target"
        cp tests/data/*.json "$corpus/$target/"
        echo "=== $target: $seconds s"
        "build-fuzz/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -timeout=30 \
            -rss_limit_mb=4096 -print_final_stats=1 \
            -artifact_prefix="build-fuzz/findings/$target-" "$corpus/$target"
    done
    ;;
*)
    echo "usage: scripts/setup.sh run|test [--sanitize]|lint|bench|package [--check]|fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
