#!/usr/bin/env bash
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

# Best of three runs of a command (seconds, wall clock), reading input.txt.
best_of_three() {
  local best="" out=$1; shift
  for _ in 1 2 3; do
    local start end took
    start=$(date +%s.%N)
    "$@" < "$work/input.txt" > "$work/$out"
    end=$(date +%s.%N)
    took=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$took < $best" | bc -l)" = 1 ]; then best=$took; fi
  done
  echo "$best"
}

t_jixiao=$(best_of_three jixiao.ndjson "$jixiao" target)
t_python=$(best_of_three python.ndjson "$python" "$here/target_baseline.py")

if ! cmp -s "$work/jixiao.ndjson" "$work/python.ndjson"; then
  echo "compare_target: outputs differ:" >&2
  diff "$work/jixiao.ndjson" "$work/python.ndjson" | head -5 >&2
  exit 1
fi
count=$(wc -l < "$work/jixiao.ndjson")
printf 'inputs:   %d lines (identical output, %d lines)\n' "$lines" "$count"
printf 'jixiao:   %.3f s  (%.2f M targets/s)\n' "$t_jixiao" "$(echo "$lines / $t_jixiao / 1000000" | bc -l)"
printf 'python:   %.3f s  (%.2f M targets/s)\n' "$t_python" "$(echo "$lines / $t_python / 1000000" | bc -l)"
printf 'ratio:    %.1f× (goal ≥ 30×)\n' "$(echo "$t_python / $t_jixiao" | bc -l)"
