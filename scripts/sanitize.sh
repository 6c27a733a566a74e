#!/usr/bin/env bash
# AddressSanitizer + UndefinedBehaviorSanitizer: builds fuercore and the tests under
# tests/core in build-asan (-DFUER_SANITIZE=ON, -O1) and runs them with ctest. Any
# finding (leak, bad access, undefined behaviour) aborts its test and fails the run.
# Only what runs is built: the window, the command line and their tests are not.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
# Debug keeps assert() and Q_ASSERT (Qt's own bounds checks too); -O1 -g1 for speed
# with line numbers in the reports.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
    -DBUILD_TESTING=ON -DFUER_SANITIZE=ON "${launcher[@]}" >/dev/null
tests=()
for t in tests/core/tst_*.cpp; do tests+=("$(basename "$t" .cpp)"); done
cmake --build build-asan -j"$(nproc)" --target fuercore "${tests[@]}"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" -R "^($(IFS='|'; echo "${tests[*]}"))\$"
echo "Sanitizer pass (ASan + UBSan, ${#tests[@]} tests of tests/core): $(($(date +%s) - start)) s"
