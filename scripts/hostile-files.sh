#!/bin/sh
# Writes the full-size hostile files that `values import` must read within its
# limits (50 MB, 10 s, 200 MB of memory) or refuse naming the limit, and measures
# each with /usr/bin/time -v. Small versions of the same files are built and
# asserted in tests/core/tst_hostilefiles.cpp.
#   scripts/hostile-files.sh [OUTDIR] [BINARY]
set -eu
out=${1:-/tmp/hostile}
bin=${2:-build/app/fuer-monitor}
mkdir -p "$out"
python3 - "$out" <<'PY'
import sys, zipfile, os
out = sys.argv[1]
# 1. A CSV whose every line carries 1,000 trailing commas (22.9 MB).
with open(os.path.join(out, "trailing-commas.csv"), "w", encoding="utf-8") as f:
    pad = "," * 1000
    f.write("code,year,value,note" + pad + "\n")
    n = 0
    while f.tell() < 22_900_000:
        f.write("W%02d,%d,%d,row %d%s\n" % (n % 45 + 1, 2020 + n % 11, n % 100, n, pad))
        n += 1
# 2. A CSV whose header has a million empty columns (1 MB).
with open(os.path.join(out, "million-empty-columns.csv"), "w", encoding="utf-8") as f:
    f.write("code,year,value" + "," * 1_000_000 + "\nW01,2024,5\n")
# 3. An .xlsx with one cell in column AMJ (the 1,024th) in each of 1.2 million rows.
sheet = ['<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/'
         'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c>'
         '<c r="B1" t="inlineStr"><is><t>year</t></is></c><c r="C1" t="inlineStr"><is><t>value</t></is></c></row>']
for r in range(2, 1_200_002):
    sheet.append('<row><c r="AMJ%d"><v>1</v></c></row>' % r)
sheet.append("</sheetData></worksheet>")
ns = "http://schemas.openxmlformats.org/"
with zipfile.ZipFile(os.path.join(out, "column-amj.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="%spackage/2006/content-types"/>' % ns)
    z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="%spackage/2006/relationships">'
               '<Relationship Id="rId1" Type="%sofficeDocument/2006/relationships/officeDocument" '
               'Target="xl/workbook.xml"/></Relationships>' % (ns, ns))
    z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="%sspreadsheetml/2006/main" '
               'xmlns:r="%sofficeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" '
               'r:id="rId1"/></sheets></workbook>' % (ns, ns))
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships '
               'xmlns="%spackage/2006/relationships"><Relationship Id="rId1" '
               'Type="%sofficeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
               '</Relationships>' % (ns, ns))
    z.writestr("xl/worksheets/sheet1.xml", "".join(sheet))
PY
ls -l "$out"
db=$out/x.sqlite
rm -f "$db"
for f in trailing-commas.csv million-empty-columns.csv column-amj.xlsx; do
    echo "== $f"
    /usr/bin/time -v "$bin" --db "$db" values import "$out/$f" 2>"$out/$f.time" >"$out/$f.out" || true
    head -c 400 "$out/$f.time"; echo
    grep -E "Maximum resident|Elapsed" "$out/$f.time"
done
