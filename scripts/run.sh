#!/usr/bin/env bash
# Installs what is missing, builds Fuer Monitor and starts it. Without a display it
# produces the plenary summary PDF from the demo data instead and says where.
# Extra arguments go to the program, e.g. `scripts/run.sh --db out/demo.sqlite`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target fuer-monitor -j"$(nproc)"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/app/fuer-monitor "$@"
fi
mkdir -p out
rm -f out/demo.sqlite out/demo.sqlite-wal out/demo.sqlite-shm
build/app/fuer-monitor demo --out out/demo.sqlite
build/app/fuer-monitor --db out/demo.sqlite report --year 2025 --kind annual --out out/plenary-summary-2025.pdf
echo "No display found: the plenary summary of the demo data is at $PWD/out/plenary-summary-2025.pdf"
