#!/usr/bin/env bash
# Renders the app icon's raster files from activation-lab.svg, next to this script:
#   png/activation-lab-<size>.png  16 24 32 48 64 128 256 512 (Linux desktops, jpackage on Linux)
#   activation-lab.ico             16 24 32 48 64 128 256     (Windows, jpackage on Windows)
#   activation-lab.icns            16 32 48 128 256 512       (macOS, jpackage on macOS)
#   src/main/resources/org/activationlab/ui/icons/icon-<size>.png  16 32 48 64 128 256
#                                  (the window's icon, set by the app itself)
# Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert (imagemagick) and png2icns
# (icnsutils); pass --install to apt-get them first. The outputs are committed: run this only
# after changing the SVG.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
svg="$here/activation-lab.svg"
png_sizes=(16 24 32 48 64 128 256 512)
ico_sizes=(16 24 32 48 64 128 256)
icns_sizes=(16 32 48 128 256 512)
window_sizes=(16 32 48 64 128 256)
window_dir="$here/../../src/main/resources/org/activationlab/ui/icons"

if [[ "${1:-}" == "--install" ]]; then
    apt-get update -qq
    apt-get install -y -qq librsvg2-bin imagemagick icnsutils
fi
for tool in rsvg-convert convert png2icns; do
    command -v "$tool" >/dev/null || { echo "render.sh: $tool not found (run with --install on Debian)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$here/png"
for size in "${png_sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$work/$size.png"
    mv "$work/$size.png" "$here/png/activation-lab-$size.png"
done

ico_inputs=()
for size in "${ico_sizes[@]}"; do ico_inputs+=("$here/png/activation-lab-$size.png"); done
convert "${ico_inputs[@]}" -strip "$work/activation-lab.ico"
mv "$work/activation-lab.ico" "$here/activation-lab.ico"

icns_inputs=()
for size in "${icns_sizes[@]}"; do icns_inputs+=("$here/png/activation-lab-$size.png"); done
png2icns "$work/activation-lab.icns" "${icns_inputs[@]}" >/dev/null
mv "$work/activation-lab.icns" "$here/activation-lab.icns"

for size in "${window_sizes[@]}"; do
    cp "$here/png/activation-lab-$size.png" "$work/window-$size.png"
    mv "$work/window-$size.png" "$window_dir/icon-$size.png"
done

echo "rendered ${#png_sizes[@]} PNGs, activation-lab.ico and activation-lab.icns in $here, and the window icons"
