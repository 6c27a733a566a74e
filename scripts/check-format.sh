#!/usr/bin/env bash
# Checks that every tracked *.cpp and *.h is formatted as .clang-format says, with
# Debian 12's clang-format (14). Names the files that differ and fails if any do.
# To format them: git ls-files '*.cpp' '*.h' | xargs clang-format -i
# To see what would change in one file: clang-format FILE | diff -u FILE -
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang-format >/dev/null; then
    echo "clang-format is not installed: bash scripts/install-deps.sh (Debian's clang-format package)" >&2
    exit 2
fi
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
else
    mapfile -t files < <(find app core ui tests -name '*.cpp' -o -name '*.h' | sort)
fi
# One clang-format for all files (starting it per file costs more than the check);
# it reports every violation as FILE:LINE:COL: error: …, followed by the source line.
differ=$(clang-format --dry-run --Werror "${files[@]}" 2>&1 >/dev/null \
    | sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' \
    | grep -Fx -f <(printf '%s\n' "${files[@]}") | sort -u || true)
if [ -n "$differ" ]; then
    echo "FAIL: $(echo "$differ" | wc -l) of ${#files[@]} files differ from .clang-format ($(clang-format --version)):"
    echo "$differ" | sed 's/^/  /'
    echo "Format them with: clang-format -i FILE…"
    exit 1
fi
echo "PASS: all ${#files[@]} C++ files are formatted as .clang-format says"
