#!/usr/bin/env bash
# Draws the hicolor PNG icons from the SVG source with librsvg (rsvg-convert, in librsvg2-bin).
# Run after changing icons/*.svg and commit the PNGs: the build then needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")/icons"
id=io.github.partnership_explorer.partnership_explorer
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$id.svg" \
        --output "hicolor/${size}x${size}/apps/$id.png"
done
