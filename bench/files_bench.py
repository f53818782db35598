#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Reading the published files as whole processes, side by side in one run (issue 15).

  PDF   jixiao parse hongkou-court-2024.pdf  vs  pdftotext -bbox-layout (the least any
        reader must do; goal: jixiao within 1.5x)  vs  PyMuPDF (python3-fitz) extracting
        words and grouping them into rows (goal: jixiao faster). Pages/s.
  xlsx  jixiao parse vs python3-openpyxl load_workbook of the same workbook (goal:
        jixiao >= 10x faster): the Hongkou form (7 sheets) and a large one made here
        from the golden (105 declarations, one sheet each).
  HTML  the Google Benchmark bench/html_bench (page -> model, goal >= 50 MB/s), when
        --html-bench names it.

It builds nothing: give it the programs of a Release build, e.g.
  /usr/bin/python3 bench/files_bench.py --jixiao build/dev-release/jixiao \\
      --html-bench build/dev-release/bench/html_bench
Each tool runs --rounds times, interleaved, so that the machine's noise falls on all
alike; the figures are the median and the range of wall time. The load average is
printed before and after."""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "tests", "data")
PDF = os.path.join(DATA, "corpus", "hongkou-court-2024.pdf")
FORM_XLSX = os.path.join(DATA, "published", "hongkou-form.xlsx")

# PyMuPDF baseline: every page's words, grouped into rows by their baseline
# (a word joins the row whose y is within half its height), each row left to right.
FITZ_ROWS = r"""
import sys, fitz
rows_total = 0
with fitz.open(sys.argv[1]) as doc:
    for page in doc:
        rows = []
        for x0, y0, x1, y1, word, *_ in sorted(page.get_text("words"), key=lambda w: (w[3], w[0])):
            if rows and abs(rows[-1][0] - y1) <= (y1 - y0) / 2:
                rows[-1][1].append((x0, word))
            else:
                rows.append([y1, [(x0, word)]])
        for _, words in rows:
            words.sort()
        rows_total += len(rows)
print(rows_total)
"""

OPENPYXL_LOAD = "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1])"


def load():
    return "%.2f %.2f %.2f" % os.getloadavg()


def run(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(tools, rounds):
    """tools: name -> argv. Returns name -> list of wall times, rounds interleaved."""
    times = {name: [] for name in tools}
    for name, command in tools.items():  # one warm-up each (page cache, Python imports)
        run(command)
    for _ in range(rounds):
        for name, command in tools.items():
            times[name].append(run(command))
    return times


def report(title, times, reference, work=None, unit=None):
    print(f"\n{title}")
    base = statistics.median(times[reference])
    for name, t in times.items():
        median = statistics.median(t)
        rate = f"  {work / median:8.1f} {unit}/s" if work else ""
        print(f"  {name:34s} median {median * 1000:8.1f} ms  range {min(t) * 1000:.1f}-{max(t) * 1000:.1f} ms"
              f"{rate}  {median / base:5.2f}x {reference}")


def big_workbook(path, copies=15):
    """The Hongkou form's 7 declarations `copies` times over, one sheet each (openpyxl,
    as tests/data/published/make_files.py lays them out)."""
    sys.path.insert(0, os.path.join(DATA, "published"))
    import make_files
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    n = 0
    for _ in range(copies):
        for form in make_files.forms():
            n += 1
            sheet = book.create_sheet(f"表{n}")
            top = 0
            if n == 1:
                sheet.cell(row=1, column=1, value=make_files.TITLE)
                top = 1
            for c in form.cells:
                r, k = c["row"] + 1 + top, c["col"] + 1
                cell = sheet.cell(row=r, column=k, value=make_files.cell_value(c["value"]))
                if isinstance(c["value"], str):
                    cell.data_type = "s"
                if isinstance(c["value"], tuple) and c["value"][0] == "money":
                    cell.number_format = "#,##0.00"
                if c["rows"] > 1 or c["cols"] > 1:
                    sheet.merge_cells(start_row=r, start_column=k, end_row=r + c["rows"] - 1,
                                      end_column=k + c["cols"] - 1)
    book.save(path)
    return n


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jixiao", required=True, help="the jixiao program of a Release build")
    parser.add_argument("--html-bench", help="bench/html_bench of the same build")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    jixiao = os.path.abspath(args.jixiao)
    print(f"load average before: {load()}  (cores: {os.cpu_count()})")

    pages = int(next(line.split()[1] for line in subprocess.run(
        ["pdfinfo", PDF], check=True, capture_output=True, text=True).stdout.splitlines() if line.startswith("Pages:")))
    times = measure({
        "jixiao parse (PDF)": [jixiao, "parse", PDF],
        "pdftotext -bbox-layout": ["pdftotext", "-bbox-layout", PDF, "/dev/null"],
        "PyMuPDF words -> rows": [sys.executable, "-c", FITZ_ROWS, PDF],
    }, args.rounds)
    report(f"PDF: {os.path.relpath(PDF, ROOT)}, {pages} pages (goal: jixiao <= 1.5x pdftotext, < PyMuPDF)",
           times, "pdftotext -bbox-layout", pages, "pages")

    with tempfile.TemporaryDirectory() as tmp:
        big = os.path.join(tmp, "hongkou-105.xlsx")
        declarations = big_workbook(big)
        for path, label in ((FORM_XLSX, "the Hongkou form, 7 declarations"),
                            (big, f"{declarations} declarations, {os.path.getsize(big) // 1024} KB")):
            times = measure({
                "jixiao parse (xlsx)": [jixiao, "parse", path],
                "openpyxl load_workbook": [sys.executable, "-c", OPENPYXL_LOAD, path],
            }, args.rounds)
            report(f"xlsx: {label} (goal: openpyxl >= 10x jixiao)", times, "jixiao parse (xlsx)")

    if args.html_bench:
        print("\nHTML page -> model (goal >= 50 MB/s), Google Benchmark, CPU time:")
        sys.stdout.flush()
        subprocess.run([args.html_bench, "--benchmark_repetitions=5", "--benchmark_report_aggregates_only=true"],
                       check=True)
    print(f"\nload average after: {load()}")


if __name__ == "__main__":
    sys.exit(main())
