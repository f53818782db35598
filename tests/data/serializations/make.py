#!/usr/bin/python3
"""Writes the Hongkou document (../corpus/hongkou-court-2024.txt, the seed, tab-separated)
in every text serialization jixiao reads (docs/ingest.md, "Serializations"):

  hongkou.aligned.txt           cells padded with spaces to aligned columns (display width: CJK is 2)
  hongkou.single-space.txt      cells separated by one space (tabs lost, empty cells gone)
  hongkou.cell-per-line.txt     one cell per line, a blank line after each (flattened HTML)
  hongkou.pipes.txt             | a | b | rows, empty cells as runs of pipes
  hongkou.md                    Markdown: a table per block of rows, headings, paragraphs
  hongkou.pdftotext-layout.txt  `pdftotext -layout` of ../corpus/hongkou-court-2024.pdf
  hongkou.pdftotext.txt         plain `pdftotext` of the same PDF (reading order, no columns)

Run from anywhere: /usr/bin/python3 tests/data/serializations/make.py (needs poppler-utils).
The outputs are committed; the tests read them and never run this script.
"""
import os
import subprocess
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "corpus", "hongkou-court-2024.txt")
PDF = os.path.join(HERE, "..", "corpus", "hongkou-court-2024.pdf")


def width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def read_rows():
    with open(SEED, encoding="utf-8") as f:
        text = f.read()
    if text.startswith("\ufeff"):
        text = text[1:]
    rows = []
    for line in text.split("\n"):
        line = line.rstrip("\r")
        cells = [c.strip() for c in line.split("\t")]
        while cells and cells[-1] == "":
            cells.pop()
        rows.append(cells)
    while rows and not rows[-1]:
        rows.pop()
    return rows


def blocks(rows):
    """Runs of non-blank rows, with the blank rows between them as None."""
    block = []
    for cells in rows:
        if not cells:
            if block:
                yield block
                block = []
            yield None
        else:
            block.append(cells)
    if block:
        yield block


def aligned(rows):
    out = []
    for block in blocks(rows):
        if block is None:
            out.append("")
            continue
        n = max(len(r) for r in block)
        widths = [0] * n
        for r in block:
            if len(r) == 1:
                continue  # a heading or title: centred over the block, not a column
            for i, c in enumerate(r):
                widths[i] = max(widths[i], width(c))
        total = sum(widths) + 3 * (n - 1)
        for r in block:
            if len(r) == 1:
                out.append(" " * max(0, (total - width(r[0])) // 2) + r[0])
                continue
            line = ""
            for i, c in enumerate(r):
                line += c + " " * (widths[i] - width(c) + 3)
            out.append(line.rstrip())
    return "\n".join(out) + "\n"


def single_space(rows):
    return "\n".join(" ".join(c for c in r if c) for r in rows) + "\n"


def cell_per_line(rows):
    out = []
    for r in rows:
        for c in r:
            if c:
                out.append(c)
                out.append("")
    return "\n".join(out)


def pipe_row(cells):
    return "|" + "|".join(" %s " % c if c else "" for c in cells) + "|"


def pipes(rows):
    out = []
    for r in rows:
        out.append(pipe_row(r) if len(r) > 1 else "".join(r))
    return "\n".join(out) + "\n"


def markdown(rows):
    out = []
    for block in blocks(rows):
        if block is None:
            out.append("")
            continue
        table = []
        for r in block + [[]]:
            if len(r) > 1:
                table.append(r)
                continue
            if table:
                n = max(len(t) for t in table)
                for i, t in enumerate(table):
                    out.append(pipe_row(t + [""] * (n - len(t))))
                    if i == 0:
                        out.append("|" + "|".join("---" for _ in range(n)) + "|")
                table = []
            if r:
                text = r[0]
                out.append(("## " + text) if "申报表" in text or "汇总表" in text else text)
    return "\n".join(out) + "\n"


def write(name, text):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    rows = read_rows()
    write("hongkou.aligned.txt", aligned(rows))
    write("hongkou.single-space.txt", single_space(rows))
    write("hongkou.cell-per-line.txt", cell_per_line(rows))
    write("hongkou.pipes.txt", pipes(rows))
    write("hongkou.md", markdown(rows))
    for name, flags in (("hongkou.pdftotext-layout.txt", ["-layout"]), ("hongkou.pdftotext.txt", [])):
        subprocess.run(["pdftotext", *flags, "-enc", "UTF-8", PDF, os.path.join(HERE, name)], check=True)


if __name__ == "__main__":
    main()
