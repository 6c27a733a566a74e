#!/usr/bin/env bash
# Builds the Debian package out/fuer-monitor_<version>_amd64.deb from the build
# folder (reusing what scripts/test.sh or run.sh built there) and checks it the way
# Debian does: lintian, desktop-file-validate and appstreamcli validate.
# Exits non-zero when the package cannot be built or a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
if [ ! -f build/CMakeCache.txt ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
else
    cmake build >/dev/null   # the existing configuration, with this checkout's rules
fi
cmake --build build --target fuer-monitor -j"$(nproc)"

rm -f build/fuer-monitor_*.deb
if ! (cd build && cpack -G DEB >cpack.log 2>&1); then
    cat build/cpack.log >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
fi
mkdir -p out
rm -f out/fuer-monitor_*.deb
deb=$(ls build/fuer-monitor_*_amd64.deb)
mv "$deb" out/
deb="out/$(basename "$deb")"

status=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; status=1; }

# lintian: no errors; warnings are listed and explained in README ("Installing the package").
lintian_out=$(lintian --info --display-level '>=warning' --tag-display-limit 0 "$deb" 2>&1) || true
if [ -n "$lintian_out" ]; then echo "$lintian_out"; fi
if lintian --fail-on error "$deb" >/dev/null 2>&1; then pass "lintian: no errors"; else fail "lintian reports errors"; fi

unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
if desktop-file-validate "$unpacked/usr/share/applications/fuer-monitor.desktop"; then
    pass "desktop-file-validate fuer-monitor.desktop"
else
    fail "desktop-file-validate fuer-monitor.desktop"
fi
# --no-net: the screenshots and home page are addresses the project has not
# published yet (example.org); everything else is checked, pedantic included.
if appstreamcli validate --pedantic --no-net "$unpacked"/usr/share/metainfo/*.metainfo.xml; then
    pass "appstreamcli validate"
else
    fail "appstreamcli validate"
fi

version=$(sed -n 's/^project(FuerMonitor VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] && pass "package version $version" \
    || fail "package version $(dpkg-deb -f "$deb" Version) is not the project's $version"

echo "Package: $deb ($(du -k "$deb" | cut -f1) KiB, installed $(dpkg-deb -f "$deb" Installed-Size) KiB)"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
exit $status
