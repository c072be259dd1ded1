#!/usr/bin/env bash
# Whole processes against a peer, alternating their runs so that both see the same machine:
#  - validating a ~20 MB dataset against Python's json.load of the same file (time and peak
#    memory): the loader should be no slower, and no hungrier, than a plain parse;
#  - a 4K PNG export (1920×1080 at 2×) against rsvg-convert rendering the same chart's SVG at
#    3840×2160: the export should take at most half its time.
# Medians of RUNS runs, measured with /usr/bin/time. Usage: bench/peers.sh BUILD_DIR [RUNS]
set -euo pipefail
build=${1:?usage: peers.sh BUILD_DIR [RUNS]}
runs=${2:-7}
app=$build/app/partnership-explorer
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
work=$(mktemp -d)
export XDG_RUNTIME_DIR=$work
trap 'rm -rf "$work"' EXIT

# One run: "seconds peak-KB" of a whole process.
timed() {
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
    tail -1 "$work/time"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# compare NAME GOAL-RATIO -- A... -- B...
compare() {
    local name=$1 goal=$2
    shift 3
    local a=() b=()
    while [[ $1 != -- ]]; do a+=("$1"); shift; done
    shift
    b=("$@")
    timed "${a[@]}" >/dev/null; timed "${b[@]}" >/dev/null # warm the caches
    local at=() am=() bt=() bm=() ratios=()
    for ((i = 0; i < runs; ++i)); do
        read -r t m < <(timed "${a[@]}"); at+=("$t"); am+=("$m")
        read -r u n < <(timed "${b[@]}"); bt+=("$u"); bm+=("$n")
        ratios+=("$(awk -v x="$t" -v y="$u" 'BEGIN {print x / y}')")
    done
    local mat mam mbt mbm mr
    mat=$(printf '%s\n' "${at[@]}" | median); mam=$(printf '%s\n' "${am[@]}" | median)
    mbt=$(printf '%s\n' "${bt[@]}" | median); mbm=$(printf '%s\n' "${bm[@]}" | median)
    mr=$(printf '%s\n' "${ratios[@]}" | median)
    printf '%s\n  app  %6.3f s %7.1f MB\n  peer %6.3f s %7.1f MB\n' "$name" "$mat" \
        "$(awk -v k="$mam" 'BEGIN {print k / 1024}')" "$mbt" "$(awk -v k="$mbm" 'BEGIN {print k / 1024}')"
    awk -v r="$mr" -v ma="$mam" -v mb="$mbm" -v g="$goal" 'BEGIN {
        printf "  time %.2f× the peer (goal ≤ %s×), memory %.2f×\n", r, g, ma / mb }'
}

"$build/bench/pe-make-dataset" "$work/large.json" 10000 2000 1000
printf 'import json, sys\njson.load(open(sys.argv[1], encoding="utf-8"))\n' >"$work/parse.py"
compare "validate a $(($(stat -c %s "$work/large.json") / 1048576)) MB dataset vs Python's json.load" 1 \
    -- "$app" validate "$work/large.json" -- python3 "$work/parse.py" "$work/large.json"

if command -v rsvg-convert >/dev/null; then
    "$app" export --view turnover --format svg --width 1920 --height 1080 --out "$work/turnover.svg"
    compare "turnover PNG at 3840×2160 vs rsvg-convert of its SVG" 0.5 \
        -- "$app" export --view turnover --format png --width 1920 --height 1080 --scale 2 \
        --out "$work/turnover.png" \
        -- rsvg-convert -w 3840 -h 2160 -o "$work/rsvg.png" "$work/turnover.svg"
fi

# Memory against the number of records: the slope of peak memory over the dataset's size.
for events in 5000 10000 20000; do
    "$build/bench/pe-make-dataset" "$work/m.json" "$events" $((events / 5)) $((events / 10))
    read -r _ kb < <(timed "$app" validate "$work/m.json")
    echo "$events $kb"
done | awk '{x[NR]=$1; y[NR]=$2} END {
    printf "peak memory: %.0f MB at %d events, %.0f MB at %d, %.0f MB at %d: %.2f MB per 1,000 events\n",
        y[1]/1024, x[1], y[2]/1024, x[2], y[3]/1024, x[3], (y[3]-y[1]) / 1024 / ((x[3]-x[1]) / 1000) }'
