#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Benchmark of `jixiao report` on a 1,000-declaration input (issue 18: "a
1,000-declaration report stays usable").

    python3 bench/report_bench.py [--jixiao build/dev-release/jixiao] [--declarations 1000] [--runs 5]

The input is the Hongkou document (7 declarations) repeated with numbered project
names, as jixiao JSON, with its actuals repeated to match.  Measured, side by
side in one run: the wall time of `jixiao report` (with the actuals) and, as the
baseline, of the library work it contains run by the existing verbs (`jixiao
validate --format json` and `jixiao score --format json` on the same files: read,
review, score and write); the page's size (and gzipped); and, in headless Chromium,
the time from navigation to the load event and until the page's script has drawn
every chart (body[data-ready]), with the number of DOM elements.  Times are wall
seconds, min / median / max of --runs; the load average is printed with them.
"""

import argparse
import gzip
import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "data" / "corpus" / "hongkou-court-2024.txt"
ACTUALS = REPO / "tests" / "data" / "score" / "hongkou-court-2024.actuals.json"


def make_inputs(jixiao, count, directory):
    document = json.loads(subprocess.run([jixiao, "parse", str(CORPUS)], capture_output=True, check=True).stdout)
    actuals = json.loads(ACTUALS.read_text(encoding="utf-8"))
    base, base_actuals = document["declarations"], {a["project"]: a for a in actuals["declarations"]}
    declarations, scored = [], []
    for i in range(count):
        d = json.loads(json.dumps(base[i % len(base)]))
        name = d["project"]["name"]
        d["project"]["name"] = f"{name}（{i // len(base) + 1:03}）"
        declarations.append(d)
        if name in base_actuals:
            a = json.loads(json.dumps(base_actuals[name]))
            a["project"] = d["project"]["name"]
            scored.append(a)
    document["declarations"] = declarations
    document["diagnostics"] = []
    actuals["declarations"] = scored
    doc_path, actuals_path = directory / "declarations.json", directory / "actuals.json"
    doc_path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    actuals_path.write_text(json.dumps(actuals, ensure_ascii=False), encoding="utf-8")
    return doc_path, actuals_path


def timed(command, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def spread(times):
    return f"{min(times):.3f} / {statistics.median(times):.3f} / {max(times):.3f} s"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jixiao", default=str(REPO / "build" / "dev-release" / "jixiao"))
    parser.add_argument("--declarations", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        doc, actuals = make_inputs(args.jixiao, args.declarations, tmp)
        page = tmp / "report.html"
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(f"input: {args.declarations} declarations, {doc.stat().st_size / 1e6:.1f} MB JSON; {args.runs} runs each")
        report = timed([args.jixiao, "report", str(doc), "--actuals", str(actuals), "--output", str(page)], args.runs)
        validate = timed([args.jixiao, "validate", str(doc), "--format", "json"], args.runs)
        score = timed([args.jixiao, "score", str(doc), str(actuals), "--format", "json"], args.runs)
        both = [v + s for v, s in zip(validate, score)]
        print(f"jixiao report --actuals          {spread(report)}")
        print(f"baseline validate + score (json) {spread(both)}"
              f"   (validate {spread(validate)}; score {spread(score)})")
        html = page.read_bytes()
        print(f"page: {len(html) / 1e6:.2f} MB, {len(gzip.compress(html)) / 1e6:.2f} MB gzipped")
        opened = subprocess.run(["node", str(REPO / "bench" / "report_open.mjs"), str(page), str(args.runs)],
                                capture_output=True, text=True, env={**os.environ})
        print(opened.stdout.strip() or opened.stderr.strip())
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
