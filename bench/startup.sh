#!/usr/bin/env bash
# Whole-process start-up: time from process start to the first painted frame, and resident
# memory then, for Partnership Explorer and for the baseline (one QChartView), alternating
# runs so both see the same machine state. The app measured is bench's build of it
# (partnership-explorer-probe: the app's own sources plus the probe). Usage:
# bench/startup.sh BUILD_DIR [RUNS]
set -euo pipefail
build=${1:?usage: startup.sh BUILD_DIR [RUNS]}
runs=${2:-15}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export PE_FIRST_PAINT_PROBE=1

measure() {
    local name=$1
    shift
    local times=() rss=()
    for ((i = 0; i < runs; ++i)); do
        local out
        out=$("$@" 2>/dev/null)
        times+=("$(awk '/first-paint-ms/ {print $2}' <<<"$out")")
        rss+=("$(awk '/rss-kb/ {print $2}' <<<"$out")")
    done
    local median_ms median_rss
    median_ms=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    median_rss=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    printf '%-22s first paint %8.1f ms   resident %7.1f MB   (median of %d)\n' \
        "$name" "$median_ms" "$(awk -v k="$median_rss" 'BEGIN {print k/1024}')" "$runs"
    echo "$median_ms $median_rss"
}

# Warm the page cache once for both.
"$build/bench/baseline_chartview" >/dev/null 2>&1 || true
"$build/bench/partnership-explorer-probe" >/dev/null 2>&1 || true

base=$(measure "baseline (QChartView)" "$build/bench/baseline_chartview")
app=$(measure "Partnership Explorer" "$build/bench/partnership-explorer-probe" --lang en)
echo "$base" | head -1
echo "$app" | head -1
read -r base_ms base_rss < <(echo "$base" | tail -1)
read -r app_ms app_rss < <(echo "$app" | tail -1)
awk -v a="$app_ms" -v b="$base_ms" -v ar="$app_rss" -v br="$base_rss" \
    'BEGIN {printf "ratio: start-up %.2f× (budget 1.3×), memory %.2f× (budget 1.5×)\n", a/b, ar/br}'
