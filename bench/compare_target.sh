#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Whole-process speed of `jixiao target` against the Python baseline
# (bench/target_baseline.py): 300,000 input lines built from the Hongkou golden
# targets; the outputs must be identical. Goal: jixiao ≥ 30× faster.
#
# usage: bench/compare_target.sh [path/to/jixiao] [python]
#   jixiao defaults to build/release/jixiao (configure with -DCMAKE_BUILD_TYPE=Release),
#   python to /usr/bin/python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
jixiao=${1:-$root/build/release/jixiao}
python=${2:-/usr/bin/python3}
lines=300000
[ -x "$jixiao" ] || { echo "compare_target: no jixiao program at $jixiao" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The raw column (6th) of the golden indicators, repeated to $lines lines.
tail -n +2 "$root/tests/data/golden/hongkou-court-2024.indicators.tsv" | cut -f6 > "$work/golden.txt"
awk -v n="$lines" '{ t[NR] = $0 } END { for (i = 0; i < n; ++i) print t[i % NR + 1] }' "$work/golden.txt" > "$work/input.txt"

# Best of five runs of a command reading input.txt: "wall cpu" in seconds (cpu =
# user + sys, the fair figure on a machine busy with other work), to the
# millisecond (bash's time; /usr/bin/time rounds to 10 ms, a fifth of jixiao's run).
best_of_five() {
  local best_wall="" best_cpu="" out=$1 times; shift
  for _ in 1 2 3 4 5; do
    # A fresh output file: truncating the last run's 20 MB (still being written
    # back) made the shell wait up to 50 ms before the command even started.
    rm -f "$work/$out"
    times=$( { TIMEFORMAT='%3R %3U %3S'; time "$@" < "$work/input.txt" > "$work/$out" 2> "$work/$out.err"; } 2>&1 )
    read -r wall user sys <<< "$times"
    local cpu
    cpu=$(echo "$user + $sys" | bc -l)
    if [ -z "$best_wall" ] || [ "$(echo "$wall < $best_wall" | bc -l)" = 1 ]; then best_wall=$wall; fi
    if [ -z "$best_cpu" ] || [ "$(echo "$cpu < $best_cpu" | bc -l)" = 1 ]; then best_cpu=$cpu; fi
  done
  echo "$best_wall $best_cpu"
}

read -r w_jixiao c_jixiao <<< "$(best_of_five jixiao.ndjson "$jixiao" target)"
read -r w_python c_python <<< "$(best_of_five python.ndjson "$python" "$here/target_baseline.py")"

if ! cmp -s "$work/jixiao.ndjson" "$work/python.ndjson"; then
  echo "compare_target: outputs differ:" >&2
  diff "$work/jixiao.ndjson" "$work/python.ndjson" | head -5 >&2
  exit 1
fi
count=$(wc -l < "$work/jixiao.ndjson")
ratio() { echo "$1 / ($2 + 0.000001)" | bc -l; }
printf 'inputs:  %d lines, identical output (%d lines)\n' "$lines" "$count"
printf 'jixiao:  %6.3f s wall  %6.3f s cpu  (%.2f M targets/s of cpu)\n' "$w_jixiao" "$c_jixiao" "$(ratio "$lines / 1000000" "$c_jixiao")"
printf 'python:  %6.3f s wall  %6.3f s cpu  (%.2f M targets/s of cpu)\n' "$w_python" "$c_python" "$(ratio "$lines / 1000000" "$c_python")"
printf 'ratio:   %.1f× wall, %.1f× cpu (goal ≥ 30×)\n' "$(ratio "$w_python" "$w_jixiao")" "$(ratio "$c_python" "$c_jixiao")"
printf 'load:    %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
