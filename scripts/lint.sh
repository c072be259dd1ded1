#!/usr/bin/env bash
# Static checks. Exits non-zero, naming the files, when a check finds something.
#
#   scripts/lint.sh format   every tracked .cpp/.h against .clang-format (clang-format --dry-run)
#   scripts/lint.sh tidy     clang-tidy (.clang-tidy) over models/, render/, widgets/ and app/,
#                            from BUILD_DIR/compile_commands.json (default: build)
#   scripts/lint.sh          both
#
# To fix formatting: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail

cd "$(dirname "$0")/.."

clang_format=${CLANG_FORMAT:-clang-format}
clang_tidy=${CLANG_TIDY:-clang-tidy}
build_dir=${BUILD_DIR:-build}
jobs=${LINT_JOBS:-$(nproc)}

check_format() {
    local files=() bad=()
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
    echo "clang-format: ${#files[@]} files"
    for file in "${files[@]}"; do
        "$clang_format" --dry-run -Werror "$file" >/dev/null 2>&1 || bad+=("$file")
    done
    if ((${#bad[@]})); then
        echo "Not formatted (run clang-format -i on them):" >&2
        printf '  %s\n' "${bad[@]}" >&2
        # The first differences, to show what is meant.
        "$clang_format" --dry-run -Werror "${bad[0]}" 2>&1 | head -20 >&2 || true
        return 1
    fi
    echo "clang-format: clean"
}

check_tidy() {
    if [[ ! -f $build_dir/compile_commands.json ]]; then
        echo "no $build_dir/compile_commands.json: configure with" \
            "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON (scripts/setup.sh test does)" >&2
        return 2
    fi
    # The libraries' and the app's own sources, as compiled (moc, rcc and test files aside);
    # headers are checked through them (HeaderFilterRegex in .clang-tidy).
    local files=()
    mapfile -t files < <(git ls-files -- 'models/*.cpp' 'render/*.cpp' 'widgets/*.cpp' 'app/*.cpp')
    echo "clang-tidy: ${#files[@]} files, $jobs at a time"
    local log
    log=$(mktemp)
    local status=0
    printf '%s\n' "${files[@]}" |
        xargs -P "$jobs" -I{} sh -c \
            '"$0" -p "$1" --quiet "$2" >"$3.$$.out" 2>&1 || { echo "$2" >>"$3.failed"; cat "$3.$$.out"; }; rm -f "$3.$$.out"' \
            "$clang_tidy" "$build_dir" {} "$log" >"$log.findings" || status=$?
    if [[ -s $log.failed ]]; then
        cat "$log.findings" >&2
        echo "clang-tidy found problems in (or through the headers of):" >&2
        sort "$log.failed" | sed 's/^/  /' >&2
        status=1
    fi
    rm -f "$log" "$log.failed" "$log.findings"
    ((status == 0)) && echo "clang-tidy: clean"
    return "$status"
}

case ${1:-all} in
format) check_format ;;
tidy) check_tidy ;;
all)
    status=0
    check_format || status=1
    check_tidy || status=1
    exit "$status"
    ;;
*)
    echo "usage: scripts/lint.sh [format|tidy]" >&2
    exit 2
    ;;
esac
