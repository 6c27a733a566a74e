#!/usr/bin/env bash
# Installs what is missing, builds Fuer Monitor with its tests (warnings are errors)
# and runs them all.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON -DFUER_WERROR=ON >/dev/null
cmake --build build -j"$(nproc)"
# A throwaway PostgreSQL cluster for the tests that need a server (scripts/pg-cluster.sh),
# stopped and removed at the end whatever happens; with FUER_REQUIRE_PG=1 such a test
# fails instead of skipping when FUER_TEST_PG is missing.
pgdir=$(mktemp -d "${TMPDIR:-/tmp}/fuer-pg.XXXXXX")
cleanup() {
    bash scripts/pg-cluster.sh stop "$pgdir" || true
    rm -rf "$pgdir"
}
trap cleanup EXIT
bash scripts/pg-cluster.sh start "$pgdir"
set -a
# shellcheck disable=SC1091
source "$pgdir/env"
set +a
export FUER_REQUIRE_PG=1
ctest --test-dir build --output-on-failure -j"$(nproc)"
