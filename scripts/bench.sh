#!/usr/bin/env bash
# Runs every benchmark of tests/bench/ against its reference (sqlite3, openpyxl)
# in the same run and writes what they print to out/bench.md, for README.
# Usage: scripts/bench.sh [build-folder]   (the tests must be built: scripts/test.sh)
# The VM is shared and noisy: each benchmark prints medians of several runs and
# the ratio to its reference measured alternately with it.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
for b in bench_import bench_assess bench_report bench_database bench_uistall bench_serverimport bench_serverassess; do
    [ -x "$build/tests/$b" ] || { echo "$build/tests/$b is not built; run scripts/test.sh first" >&2; exit 1; }
done
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed as the reference (apt-get install sqlite3)" >&2; exit 1; }
# bench_import runs /usr/bin/python3 when there is one (a pyenv's python3 may lack openpyxl).
py=python3; [ -x /usr/bin/python3 ] && py=/usr/bin/python3
"$py" -c 'import openpyxl' 2>/dev/null || echo "python3-openpyxl is missing: the .xlsx reference is skipped" >&2
command -v soffice >/dev/null || echo "LibreOffice is missing (apt-get install libreoffice-calc-nogui): the .xlsx saved by Calc is skipped" >&2
mkdir -p out
report=out/bench.md
{
    echo "# Benchmarks ($(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m), $(sed -n 's/^PRETTY_NAME=//p' /etc/os-release | tr -d '"'))"
    echo
    echo '## values import as a whole process'
    echo '```'
    "$build/tests/bench_import" process 100000 1000000
    echo '```'
    echo
    echo '## CSV import and .xlsx reading inside one process (100,000 rows)'
    echo '```'
    "$build/tests/bench_import" 100000
    echo '```'
    echo
    echo '## Assessment'
    echo '```'
    "$build/tests/bench_assess"
    echo '```'
    echo
    echo '## Plenary reports'
    echo '```'
    for kind_year in "annual 2025" "midterm 2026" "final 2031"; do
        set -- $kind_year
        for run in 1 2 3; do QT_QPA_PLATFORM=offscreen "$build/tests/bench_report" --kind "$1" --year "$2" | grep total | sed "s/^/$1 run $run: /"; done
    done
    echo '```'
    echo
    echo '## Database'
    echo '```'
    "$build/tests/bench_database"
    echo '```'
    echo
    echo '## UI-thread stalls'
    echo '```'
    QT_QPA_PLATFORM=offscreen "$build/tests/bench_uistall" 2>/dev/null
    echo '```'
    echo
    # A throwaway PostgreSQL cluster (scripts/pg-cluster.sh) unless FUER_TEST_PG names one.
    echo '## On a PostgreSQL server: values import against psql \copy, and assess --by-area against the file'
    echo '```'
    server_benches() {
        "$build/tests/bench_serverimport" 100000 3 || true
        "$build/tests/bench_serverassess" --areas 1000 --runs 3 || true
    }
    if [ -n "${FUER_TEST_PG:-}" ]; then
        server_benches
    else
        pgdir=$(mktemp -d "${TMPDIR:-/tmp}/fuer-bench-pg.XXXXXX")
        bash scripts/pg-cluster.sh start "$pgdir" >&2
        (set -a; . "$pgdir/env"; set +a; server_benches)
        bash scripts/pg-cluster.sh stop "$pgdir" >&2
        rm -rf "$pgdir"
    fi
    echo '```'
} | tee "$report"
echo "written: $report" >&2
