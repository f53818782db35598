#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Quick start, step 1 (README): on Debian 12, install the Debian packages that are
# missing, build jixiao in Release, and run the main job on the bundled sample.
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -eu
cd "$(dirname "$0")/.."

packages="cmake ninja-build g++ python3 libboost1.81-dev libfmt-dev libgtest-dev libgmock-dev
libbenchmark-dev clang libclang-rt-14-dev abigail-tools valgrind binutils"
# The Python bindings' DataFrames, progress bar and Dask example (tests/python).
packages="$packages python3-pandas python3-tqdm python3-distributed"
# The xlsx, xls and HTML readers, and the writers of their test files (tests/data/published).
packages="$packages pkg-config libzip-dev libexpat1-dev libfreexl-dev libgumbo-dev python3-openpyxl python3-xlsxwriter python3-xlwt"
# The fill-in 自评表 as xlsx (jixiao score --template).
packages="$packages libxlsxwriter-dev"
# The optional PDF plugin (GPL, poppler) and the PDF fixtures' tools.
packages="$packages libpoppler-cpp-dev libpoppler-private-dev poppler-utils"
# The PDF variants' and scan's makers (tests/data/pdf/make_variants.py) and the
# PyMuPDF baseline of bench/files_bench.py.
packages="$packages python3-pil img2pdf python3-fitz"
# The WebAssembly package and its node and browser tests (bindings/js).
packages="$packages emscripten node-acorn nodejs chromium fonts-noto-cjk"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "bootstrap: installing:$missing"
  $sudo apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
fi

# ECharts, which `jixiao report` embeds in its page: read when cmake configures (lockfile).
(cd src/report && npm ci --no-audit --no-fund)

cmake --preset release
cmake --build --preset release

# The npm packages the WebAssembly package's browser tests use (lockfile).
(cd bindings/js && npm ci --no-audit --no-fund)

if [ "${JIXIAO_BOOTSTRAP_BUILD_ONLY:-0}" != 1 ]; then
  ./build/release/jixiao summary examples/hongkou-court-2024.txt
fi
