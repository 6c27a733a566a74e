#!/usr/bin/env bash
# Renders the program's icon (resources/desktop/icons/fuer-monitor.svg) into the
# PNG sizes of the hicolor theme. The PNGs are committed, so a build needs no SVG
# renderer; run this after changing the SVG. `--check DIR` renders into DIR and
# fails when a committed PNG differs (ctest runs it: the PNGs must not go stale).
set -euo pipefail
cd "$(dirname "$0")/.."
icons=resources/desktop/icons
sizes=(16 32 48 64 128 256)
out="$icons"
check=""
if [ "${1:-}" = "--check" ]; then
    check=1
    out="${2:?--check needs a folder to render into}"
    mkdir -p "$out"
fi
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }
status=0
for s in "${sizes[@]}"; do
    rsvg-convert --width "$s" --height "$s" "$icons/fuer-monitor.svg" --output "$out/fuer-monitor-$s.png"
    if [ -n "$check" ] && ! cmp -s "$out/fuer-monitor-$s.png" "$icons/fuer-monitor-$s.png"; then
        echo "FAIL: $icons/fuer-monitor-$s.png is not the rendering of fuer-monitor.svg: run scripts/make-icons.sh" >&2
        status=1
    fi
done
exit $status
