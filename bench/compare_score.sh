#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Scoring and checking speed, before and after, side by side in one run: two builds
# of bench/score_bench (BASELINE, e.g. built from the commit before a change, and
# CURRENT) run alternately ROUNDS times; each line is one run's rate per CPU second
# (Google Benchmark divides items by CPU time), then the range of each. Goal
# (issue 17): ≥ 1 M indicators/s for BM_ScoreDocument and BM_CheckPublished.
#
# usage: bench/compare_score.sh BASELINE CURRENT [ROUNDS]
set -euo pipefail
baseline=${1:?usage: compare_score.sh BASELINE CURRENT [ROUNDS]}
current=${2:?usage: compare_score.sh BASELINE CURRENT [ROUNDS]}
rounds=${3:-5}
filter='BM_ScoreDocument|BM_CheckPublished'

# "name rate" per benchmark of one run, the rate in M indicators per CPU second.
run() {
  "$1" --benchmark_filter="$filter" --benchmark_min_time=1 --benchmark_format=json 2>/dev/null |
    /usr/bin/python3 -c 'import json, sys
for b in json.load(sys.stdin)["benchmarks"]: print(b["name"], "%.3f" % (b["items_per_second"] / 1e6))'
}

results=$(mktemp)
trap 'rm -f "$results"' EXIT
for round in $(seq "$rounds"); do
  for side in baseline current; do
    bin=$baseline
    [ "$side" = current ] && bin=$current
    run "$bin" | while read -r name rate; do echo "$side $name $rate"; done >> "$results"
  done
  echo "round $round done, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
done
printf '%-10s %-20s %s\n' side benchmark 'M indicators/s (per CPU second), each run; min–max'
sort -k2,2 -k1,1 -s "$results" | awk '
  { key = $1 " " $2; runs[key] = runs[key] " " $3
    if (!(key in lo) || $3 < lo[key]) lo[key] = $3
    if (!(key in hi) || $3 > hi[key]) hi[key] = $3 }
  END { for (k in runs) { split(k, p, " "); printf "%-10s %-20s%s;  %s–%s\n", p[1], p[2], runs[k], lo[k], hi[k] } }' | sort -k2,2 -k1,1
printf 'load:      %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
