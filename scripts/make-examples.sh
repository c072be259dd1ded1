#!/usr/bin/env bash
# Redraws docs/examples from a build: the exports a journalist would make, in the sizes,
# themes and languages the README shows. Look at each one before committing them.
#
#   scripts/make-examples.sh [BUILD_DIR]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-build}/app/partnership-explorer
out=docs/examples
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
rm -f "$out"/*.png "$out"/*.svg "$out"/*.pdf "$out"/*.csv "$out"/*.txt

export_view() { "$app" export "$@" 2>/dev/null; }
export_view --view turnover --format png --scale 2 --out "$out/turnover-article.png"
export_view --view turnover --format svg --out "$out/turnover-article.svg"
export_view --view turnover --format pdf --out "$out/turnover-article.pdf"
export_view --view turnover --format png --scale 2 --lang fr --out "$out/turnover-article-fr.png"
export_view --view turnover --format png --scale 2 --lang ru --out "$out/turnover-article-ru.png"
export_view --view turnover --format png --scale 2 --series exports,imports \
    --out "$out/turnover-exports-imports.png"
export_view --view turnover --format png --scale 2 --from 2005 --to 2014 \
    --out "$out/turnover-2005-2014.png"
export_view --view turnover --format png --scale 2 --sources book \
    --out "$out/turnover-book-only.png"
export_view --view turnover --format csv --out "$out/turnover.csv"
export_view --view turnover --format csv --lang fr --csv-excel --out "$out/turnover-excel-fr.csv"
export_view --view timeline --format png --width 1920 --height 1080 --out "$out/timeline-slide.png"
export_view --view regional-trade --format png --width 900 --height 600 --scale 3 --theme print \
    --out "$out/regional-trade-print.png"
export_view --view venture-output --format png --width 1080 --height 1080 --theme dark \
    --out "$out/venture-output-square-dark.png"
export_view --view map --format png --scale 2 --out "$out/map-article.png"
export_view --view map --format png --width 1920 --height 1080 --lang ru --out "$out/map-slide-ru.png"
export_view --view map --format csv --out "$out/map.csv"
ls "$out"
