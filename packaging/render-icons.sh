#!/usr/bin/env bash
# Renders the app icon's PNG sizes from resources/icons/gonggu.svg into resources/icons/hicolor/.
# Run after changing the SVG and commit the PNGs (the build does not need an SVG renderer).
# Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
svg="$top/resources/icons/gonggu.svg"
for size in 16 24 32 48 64 128 256; do
    out="$top/resources/icons/hicolor/${size}x${size}/apps/org.gonggu.Gonggu.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$out"
done
