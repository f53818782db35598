#!/usr/bin/python3
"""Makes PDF variants of the Hongkou 汇总表 the way its published PDF was made:
the form as a ruled HTML table (rowspan for merged labels, vertically centred)
printed by headless Chromium with fonts-noto-cjk. The forms come from the golden
readings through tests/data/published/make_files.py (its Form class), so every
variant must read field for field as the golden says
(tests/unit/pdfgrid/pdf_variants_test.cpp).

  variant-serif.pdf      Noto Serif CJK SC at 11 pt instead of the sans face
  variant-narrow.pdf     a narrow page (A5): long indicator names wrap over 2-3 lines
  variant-landscape.pdf  A4 landscape, wide columns, several declarations a page
  variant-pagebreak.pdf  a page break forced inside a level-1 group (the 产出指标
                         rows of declaration 1 continue on the next page)
  variant-wan.pdf        the funds in 万元 (项目资金 (万元), 30.00 for 300000.00 元)
  scanned.pdf            what a scanner makes of the seed's first page: one 1-bit
                         CCITT G4 image and no text layer (pdftoppm -mono, Pillow,
                         img2pdf), for "no text layer: run OCR first"
  no-declaration.pdf     a ruled table with text but no 绩效目标申报表 (Latin text
                         only, so no CJK font is embedded and the file stays small)

Run: /usr/bin/python3 tests/data/pdf/make_variants.py [NAME...] (needs chromium,
fonts-noto-cjk, poppler-utils, python3-pil, img2pdf; rewrites the PDFs). Chromium stamps the creation date, so the
bytes differ between runs; the text and the layout do not."""

import html
import os
import subprocess
import sys
import tempfile
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "published"))
import make_files  # noqa: E402  (the golden → Form layout, shared with the xlsx/xls/HTML files)

BASE_CSS = """
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 10pt; margin: 0; }
h1 { font-size: 14pt; text-align: center; }
table { border-collapse: collapse; width: 100%; margin-bottom: 12pt; }
td, th { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: middle; text-align: center; }
td.goal { text-align: left; }
table.form { break-before: page; }
table.form.first { break-before: auto; }
tr { break-inside: avoid; }
"""

VARIANTS = {
    "serif": dict(css='body { font-family: "Noto Serif CJK SC", serif; font-size: 11pt; }', page="A4"),
    "narrow": dict(css="td, th { padding: 1pt; } body { font-size: 9pt; } td.name { width: 4em; max-width: 4em; }", page="A5"),
    "landscape": dict(css="table.form { break-before: auto; }", page="A4 landscape"),
    "pagebreak": dict(css="tr.break { break-before: page; }", page="A4", break_doc="1", break_at=3),
    "wan": dict(css="", page="A4", wan=True),
}


def wan(text):
    """The golden 元 amount as 万元, exact, at least two decimals: 300000.00 → 30.00."""
    value = Decimal(text) / 10000
    digits = max(2, -value.normalize().as_tuple().exponent)
    return f"{value:,.{digits}f}"


def form_html(form, first, variant):
    rows = {}
    for c in form.cells:
        rows.setdefault(c["row"], []).append(c)
    table_first = min((c["row"] for c in form.cells if c["value"] == "一级指标"), default=0) + 1
    out = [f'<table class="form{" first" if first else ""}">']
    for r in range(form.row):
        cells = []
        for c in sorted(rows.get(r, []), key=lambda c: c["col"]):
            v = c["value"]
            text = v[1] if isinstance(v, tuple) else v
            if isinstance(v, tuple) and v[0] == "money":
                if variant.get("wan"):
                    text = wan(text)
                else:
                    whole, _, cents = text.partition(".")
                    text = f"{int(whole):,}.{cents}"
            if variant.get("wan") and text == "项目资金 (元)":
                text = "项目资金 (万元)"
            span = (f' rowspan="{c["rows"]}"' if c["rows"] > 1 else "") + (f' colspan="{c["cols"]}"' if c["cols"] > 1 else "")
            css = ' class="goal"' if c.get("goal") else ' class="name"' if c.get("name") else ""
            cells.append(f"<td{span}{css}>{html.escape(text)}</td>")
        broken = variant.get("break_doc") == form.doc and r == table_first + variant.get("break_at", 0)
        out.append(("<tr class=\"break\">" if broken else "<tr>") + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def page_html(variant):
    parts = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
             f"<title>{html.escape(make_files.TITLE)}</title>",
             f"<style>@page {{ size: {variant['page']}; margin: 12mm; }}{BASE_CSS}{variant['css']}</style>",
             f"</head><body><h1>{html.escape(make_files.TITLE)}</h1>"]
    for n, (decl, form) in enumerate(zip(make_files.DECLARATIONS, make_files.forms()), start=1):
        form.doc = decl["doc"]
        parts.append(form_html(form, n == 1, variant))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def make_scanned(tmp):
    from PIL import Image

    seed = os.path.join(os.path.dirname(HERE), "corpus", "hongkou-court-2024.pdf")
    subprocess.run(["pdftoppm", "-r", "100", "-mono", "-f", "1", "-l", "1", "-singlefile", seed,
                    os.path.join(tmp, "scan")], check=True)
    tiff = os.path.join(tmp, "scan.tif")
    Image.open(os.path.join(tmp, "scan.pbm")).convert("1").save(tiff, compression="group4")
    target = os.path.join(HERE, "scanned.pdf")
    subprocess.run(["img2pdf", "--pagesize", "A4", "--nodate", "-o", target, tiff], check=True,
                   stderr=subprocess.DEVNULL)
    print(f"{target}: {os.path.getsize(target)} bytes")


NO_DECLARATION = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }
table { border-collapse: collapse; } td { border: 0.75pt solid #000; padding: 2pt 4pt; }
</style></head><body><h1>Budget summary 2024</h1><table>
<tr><td>Item</td><td>Amount</td></tr><tr><td>Equipment</td><td>300,000.00</td></tr>
<tr><td>Staff</td><td>12,780,000.00</td></tr></table></body></html>
"""


def print_pdf(source, target):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={target}", "file://" + source],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    print(f"{target}: {os.path.getsize(target)} bytes")


def main():
    names = sys.argv[1:] or list(VARIANTS) + ["scanned", "no-declaration"]
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            if name == "scanned":
                make_scanned(tmp)
                continue
            if name == "no-declaration":
                source = os.path.join(tmp, "no-declaration.html")
                with open(source, "w", encoding="utf-8") as f:
                    f.write(NO_DECLARATION)
                print_pdf(source, os.path.join(HERE, "no-declaration.pdf"))
                continue
            source = os.path.join(tmp, f"variant-{name}.html")
            with open(source, "w", encoding="utf-8") as f:
                f.write(page_html(VARIANTS[name]))
            print_pdf(source, os.path.join(HERE, f"variant-{name}.pdf"))


if __name__ == "__main__":
    sys.exit(main())
