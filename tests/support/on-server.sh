#!/bin/sh
# Runs one core test program with FUER_TEST_BACKEND=pg: its TempDatabase opens a
# fresh database on the PostgreSQL test server (FUER_TEST_PG) instead of a file.
# Without FUER_TEST_PG the run is skipped (exit code 77, the test's SKIP_RETURN_CODE)
# unless FUER_REQUIRE_PG=1 (scripts/test.sh): then a missing server fails, as the
# other server tests do (tests/support/pgtestserver.h).
if [ -z "${FUER_TEST_PG:-}" ]; then
    if [ "${FUER_REQUIRE_PG:-}" = 1 ]; then
        echo "FUER_TEST_PG is not set but FUER_REQUIRE_PG=1: no PostgreSQL server to run $1 on" >&2
        exit 1
    fi
    echo "FUER_TEST_PG is not set: $1 is not run on PostgreSQL (scripts/test.sh starts a server)"
    exit 77
fi
FUER_TEST_BACKEND=pg exec "$@"
