#!/usr/bin/env bash
# Installs what Fuer Monitor needs to build, run and test on Debian 12 (as root).
# Safe to run again: apt-get skips what is already there.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

packages=(
    # toolchain; clang-format for scripts/check-format.sh
    build-essential cmake ninja-build pkg-config clang-format
    # Qt 6: widgets, sql, charts, print support, svg (chart export), linguist tools
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libgl-dev libqt6opengl6-dev libxkbcommon-dev
    # password hashing (Argon2id)
    libsodium-dev
    # .xlsx writing (libxlsxwriter) and reading (zlib inflates the zip parts)
    libxlsxwriter-dev zlib1g-dev
    # parsing the big parts of a workbook (sheet, shared strings) fast: libxml2's SAX2 parser
    libxml2-dev
    # the reports' .docx copy: libzip writes the package in memory (ui/report/docxwriter)
    libzip-dev
    # the PostgreSQL backend: the server and psql for the tests' throwaway cluster
    # (scripts/pg-cluster.sh), libpq's headers for the bulk paths on the server;
    # openssl makes the cluster's TLS certificates (a test CA and a server's)
    postgresql-15 postgresql-client-15 libpq-dev python3 openssl
    # bulk reads straight from SQLite on Qt's connection (storage/rowreader)
    libsqlite3-dev
    # Chinese fonts. The reports' faces by role (ui/report/reportstyle.h), each
    # checked by tests/ui/tst_reportfonts to extract from the PDF as written: title
    # AR PL SungtiL GB, first-level headings WenQuanYi Zen Hei, second-level AR PL
    # KaitiM GB, body AR PL UMing CN; UKai and Micro Hei complete the fallback chain.
    # Noto CJK (the window's text) maps ideographs to Kangxi radicals in Qt's PDF text map.
    fonts-noto-cjk fonts-wqy-zenhei fonts-wqy-microhei
    fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-arphic-uming fonts-arphic-ukai
    # headless display, PDF text checks, reference sqlite3 for benchmarks
    xvfb xauth poppler-utils sqlite3 python3-openpyxl
    # the Debian package (scripts/package.sh): cpack's dpkg-shlibdeps, Debian's
    # checks, the icon renderer, and the installed-package test's screenshots
    dpkg-dev file lintian desktop-file-utils appstream man-db librsvg2-bin
    imagemagick x11-utils xdotool
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    $SUDO apt-get update
    $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
