#!/usr/bin/env bash
# Redraws docs/screenshots from a build: the window as a reader sees it, presentation mode at
# a projector's 1920×1080 and a laptop's 1280×720, a tour step before and after its reveal,
# the presenter view and the tour editor. Look at each one before committing them.
#
#   scripts/make-screenshots.sh [BUILD_DIR]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${1:-build}/tools/screenshots/pe-docs-screenshots
out=docs/screenshots
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Each picture is replaced where it stands: the desktop ones (packaging/desktop-screenshots.sh)
# are not this script's.

shots() { "$tool" "$work" "$@" 2>/dev/null >/dev/null; }
keep() { mv "$work/$1.png" "$out/$2.png"; }

shots --size 1600x1000
for view in timeline turnover regional-trade pairings ventures sources map; do keep "$view" "$view"; done
shots --size 1600x1000 --lang fr
keep turnover turnover-fr
shots --size 1600x1000 --lang kk --theme dark
keep timeline timeline-kk-dark
# A laptop's screen and an old one, in the two longest languages: nothing may be cut off.
for lang in fr ru; do
    for size in 1280x720 1024x768; do
        shots --size "$size" --lang "$lang"
        for view in timeline turnover pairings; do keep "$view" "$view-$lang-$size"; done
    done
done

for size in 1920x1080 1280x720; do
    side=${size#*x}
    shots --size "$size" --present
    for view in timeline turnover regional-trade pairings ventures map; do
        keep "$view" "presentation-$view-$side"
    done
    # Step 4 of "Thirty years of partnership" asks the class before it shows the figure.
    shots --size "$size" --tour thirty-years:4
    keep presentation-tour-thirty-years-4 "presentation-tour-question-$side"
    shots --size "$size" --tour thirty-years:4 --revealed
    keep presentation-tour-thirty-years-4-revealed "presentation-tour-answer-$side"
done
shots --size 1280x720 --tour thirty-years:4 --presenter
keep presenter-view presenter-view
shots --size 1280x720 --edit-tour thirty-years
keep tour-editor tour-editor
ls "$out"
