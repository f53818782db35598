#!/bin/sh
# Quick start, step 1 (README): on Debian 12, install the Debian packages that are
# missing, build jixiao in Release, and run the main job on the bundled sample.
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -eu
cd "$(dirname "$0")/.."

packages="cmake ninja-build g++ python3 libboost1.81-dev libfmt-dev libgtest-dev libgmock-dev
libbenchmark-dev clang libclang-rt-14-dev abigail-tools valgrind binutils"
# The Python bindings' DataFrames, progress bar and Dask example (tests/python).
packages="$packages python3-pandas python3-tqdm python3-distributed"
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

cmake --preset release
cmake --build --preset release

if [ "${JIXIAO_BOOTSTRAP_BUILD_ONLY:-0}" != 1 ]; then
  ./build/release/jixiao summary examples/hongkou-court-2024.txt
fi
