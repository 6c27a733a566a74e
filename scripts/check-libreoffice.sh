#!/usr/bin/env bash
# By-hand check (not part of ctest: LibreOffice is a large install): files that
# LibreOffice itself writes are read as the user sees them.
#   - "68.3%" typed in a cell (LibreOffice stores 0.683 with a percent format)
#     imports as 68.3 for a % indicator, from .xlsx and from .ods;
#   - "5%" in a row of a ‰ indicator is refused, naming the cell;
#   - our own return template, opened and saved again by LibreOffice as .xlsx
#     and .ods, still reads as a template.
# Needs: apt-get install --no-install-recommends libreoffice-calc-nogui
# Usage: scripts/check-libreoffice.sh [path/to/fuer-monitor]
set -euo pipefail
bin=${1:-build/app/fuer-monitor}
command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-calc-nogui" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home"   # LibreOffice's profile goes there, not into the user's
mkdir -p "$HOME"
fail=0
check() { if "$@"; then echo "PASS: ${label}"; else echo "FAIL: ${label}"; fail=1; fi; }

printf 'code,year,value\nW05,2025,68.3%%\nW04,2025,92.6%%\n' > "$tmp/percent.csv"
printf 'code,year,value\nC01,2025,5%%\n' > "$tmp/permille.csv"
for f in percent permille; do
    soffice --headless --convert-to xlsx --outdir "$tmp" "$tmp/$f.csv" >/dev/null 2>&1
    soffice --headless --convert-to ods --outdir "$tmp" "$tmp/$f.csv" >/dev/null 2>&1
done
for ext in xlsx ods; do
    db="$tmp/$ext.sqlite"
    "$bin" --db "$db" values import "$tmp/percent.$ext" --lang en
    "$bin" --db "$db" values export --year 2025 --out "$tmp/out-$ext.csv" --lang en
    label="percent cells from LibreOffice .$ext import as 68.3 and 92.6"
    check grep -q '^W05,2025,68.3,' "$tmp/out-$ext.csv"
    check grep -q '^W04,2025,92.6,' "$tmp/out-$ext.csv"
    label="5% in a ‰ row of a LibreOffice .$ext is refused naming the cell"
    if "$bin" --db "$db" values import "$tmp/permille.$ext" --lang en 2> "$tmp/err-$ext.txt"; then
        echo "FAIL: $label (accepted)"; fail=1
    else
        cat "$tmp/err-$ext.txt"
        check grep -q 'row 2, column C' "$tmp/err-$ext.txt"
    fi
done

# Our template, saved again by LibreOffice.
"$bin" --db "$tmp/t.sqlite" template --unit 区卫健委 --year 2025 --out "$tmp/template.xlsx" --lang en
soffice --headless --convert-to ods --outdir "$tmp" "$tmp/template.xlsx" >/dev/null 2>&1
mkdir -p "$tmp/again"
soffice --headless --convert-to xlsx --outdir "$tmp/again" "$tmp/template.ods" >/dev/null 2>&1
for f in "$tmp/template.ods" "$tmp/again/template.xlsx"; do
    label="our template saved by LibreOffice ($(basename "$f")) still reads as the template (empty: nothing to import)"
    "$bin" --db "$tmp/t.sqlite" values import "$f" --lang en 2> "$tmp/err.txt" || true
    cat "$tmp/err.txt"
    check bash -c "! grep -qi 'header\|not a spreadsheet\|damaged' '$tmp/err.txt'"
done
exit $fail
