#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes the fuzzers' seed corpora (tests/fuzz/corpus/<fuzzer>/) from the tests'
inputs: the Hongkou corpus and golden TSVs, the ingest/validate fixtures, the actuals
file, and document JSON made by the jixiao CLI (its path is the first argument).
Run again when the test data grows:  python3 tests/fuzz/make_seeds.py build/x/jixiao
"""
import csv
import hashlib
import json
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent / "data"
CORPUS = HERE / "corpus"


def put(fuzzer, content):
    if isinstance(content, str):
        content = content.encode("utf-8")
    directory = CORPUS / fuzzer
    directory.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha1(content).hexdigest()[:16]
    (directory / name).write_bytes(content)


def golden(name):
    with open(DATA / "golden" / name, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def main():
    cli = sys.argv[1] if len(sys.argv) > 1 else None
    # amounts: every funds figure of the golden reading, and money.md's forms
    amounts = set()
    for row in golden("hongkou-court-2024.declarations.tsv"):
        for key, value in row.items():
            if key.startswith("funds.") and value:
                amounts.add(value)
    amounts |= {"12,780,000.00", "¥1,409.50", "￥1409.5", "-1,234.50", "349.80万元", "1.5亿元",
                "１２３４．５６", "89.974000", "0", "0.00", "  42 元 ", "－７", "1,23", "1.234",
                "92233720368547758.07", "9999999999999999999", "2024-01-01", "2024年1月1日",
                "2024/02/29", "\u3000100\u3000", "1e5", ".5"}
    for a in sorted(amounts):
        put("amount", a)
    # targets: every 指标值 of the golden reading, and the spec's families
    targets = {row["raw"] for row in golden("hongkou-court-2024.indicators.tsv")}
    targets |= {"≥90.00(%)", "=0.00(次)", "45-60(%)", "同比上升", "较上年提高5%", "2024年12月31日前",
                "2024年1月-2024年6月", "≤3个工作日", "<>0", "＞＝95%", "持平", "环比下降2个百分点",
                "有效提升", "≥", "90-", "2024年13月前"}
    for t in sorted(targets):
        put("target", t)
    # published layout: the corpus, its first declaration, every fixture
    texts = [(DATA / "corpus" / "hongkou-court-2024.txt").read_bytes()]
    texts += [p.read_bytes() for p in sorted((DATA / "ingest").glob("*.txt"))]
    texts += [p.read_bytes() for p in sorted((DATA / "validate").glob("*.txt"))]
    corpus_text = texts[0].decode("utf-8")
    second = corpus_text.find("项目支出绩效目标申报表", corpus_text.find("项目支出绩效目标申报表") + 1)
    if second > 0:
        texts.append(corpus_text[:second].encode("utf-8"))
    texts.append(texts[1].replace(b"\n", b"\r\n"))
    for t in texts:
        put("published_text", t)
    # document JSON through the CLI
    documents = []
    if cli:
        for t in texts[:4] + texts[-2:]:
            out = subprocess.run([cli, "parse", "-"], input=t, capture_output=True, check=False)
            if out.stdout.strip().startswith(b"{"):
                documents.append(out.stdout.strip())
    documents.append(b'{"format":"jixiao.document/1","title":null,"declarations":[],"diagnostics":[]}')
    for d in documents:
        put("document_json", d)
    # actuals
    actuals = (DATA / "score" / "hongkou-court-2024.actuals.json").read_bytes()
    put("actuals_json", actuals)
    parsed = json.loads(actuals)
    for i, declaration in enumerate(parsed.get("declarations", [])[:3]):
        put("actuals_json", json.dumps({"format": "jixiao.actuals/1", "declarations": [declaration]},
                                       ensure_ascii=False))
    put("actuals_json", '{"format":"jixiao.actuals/1","declarations":[]}')
    # the C ABI: selector byte, flags byte, payload
    for a in sorted(amounts)[:12]:
        put("capi", b"\x00\x05" + a.encode())
    for t in sorted(targets)[:12]:
        put("capi", b"\x01\x06" + t.encode() + b"\n95")
    for t in texts[:3]:
        put("capi", b"\x02\x00" + t)
    put("capi", b"\x02\x02" + documents[0])
    put("capi", b"\x03\x01" + actuals)
    put("capi", b"\x04\x03" + "TARGET_VAGUE=off\nINDICATOR_DUPLICATE=error\n10\n50".encode())

    published_file_seeds()


def stored_zip(members):
    """A zip whose members are stored, not deflated, so that mutations reach the XML."""
    import io
    import zipfile
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for name, data in members:
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data)
    return out.getvalue()


def small_xlsx(sheet_data, merges=""):
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    return stored_zip([
        ("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ("xl/workbook.xml", f'<?xml version="1.0"?><workbook {ns} {rel}><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
        ("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst {ns}><si><t>产出指标</t></si><si><r><t>数量</t></r><r><t>指标</t></r></si>'
         '<si><t>a_x000D_b</t><rPh><t>x</t></rPh></si></sst>'),
        ("xl/worksheets/sheet1.xml", f'<?xml version="1.0"?><worksheet {ns}><sheetData>{sheet_data}</sheetData>{merges}</worksheet>'),
    ])


def small_xls():
    """One sheet by xlwt: a merged label, a number, a date and a long text."""
    import datetime
    import io
    import xlwt
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("表1")
    sheet.write_merge(0, 2, 0, 0, "产出指标")
    sheet.write(0, 1, 12780000.5, xlwt.easyxf(num_format_str="#,##0.00"))
    sheet.write(1, 1, datetime.datetime(2024, 1, 1), xlwt.easyxf(num_format_str="yyyy-mm-dd"))
    sheet.write(2, 1, "辅助人员年度绩效考核完成率" * 3)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def tiny_pdf(content, pages=1):
    """A PDF written by hand (uncompressed content, exact xref), Helvetica text and ruling lines."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               "<< /Type /Pages /Kids [" + " ".join(f"{4 + 2 * i} 0 R" for i in range(pages)) + f"] /Count {pages} >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i in range(pages):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>")
        objects.append(f"<< /Length {len(content)} >>\nstream\n{content}\nendstream")
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def published_file_seeds():
    published = DATA / "published"
    for name in ("hongkou-form.xlsx", "hongkou-split.xlsx"):
        put("xlsx", (published / name).read_bytes())
    put("xlsx", small_xlsx('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>合规</t></is></c></row>'
                           '<row r="3"><c r="A3"><v>12780000.5</v></c><c r="B3" t="str"><f>A1&amp;B1</f><v>x</v></c><c r="C3" t="s"><v>2</v></c></row>',
                           '<mergeCells count="1"><mergeCell ref="A1:A3"/></mergeCells>'))
    put("xlsx", small_xlsx('<row r="12"><c r="F12"><f>SUM(F1:F11)</f></c></row>'))
    put("xlsx", small_xlsx('<row r="1"><c r="A1" s="1" t="n"><v>45292</v></c><c r="XFD1" t="b"><v>1</v></c></row>'))
    put("xls", (published / "hongkou-form.xls").read_bytes())
    put("xls", small_xls())
    put("xls", small_xls()[:3000])  # cut inside the workbook stream
    put("html", (published / "hongkou-form.html").read_bytes())
    put("html", '<table><tr><td rowspan="2">产出指标</td><td colspan="2">数量&nbsp;指标</td></tr><tr><td>a<br>b</td><td><p>&ge;90%</p></td></tr></table>')
    put("html", '<!doctype html><table><tr><th rowspan="0">x</th><td><table><tr><td>inner</td></tr></table></td></tr></table>')
    put("html", "<html><body><p>no table</p></body></html>")
    for name in ("damaged.pdf", "scanned.pdf"):
        put("pdf", (DATA / "pdf" / name).read_bytes())
    rules = " ".join(f"72 {700 - 20 * i} 400 0.75 re f" for i in range(4)) + " 72 640 0.75 60 re f"
    put("pdf", tiny_pdf(f"{rules} BT /F1 10 Tf 80 685 Td (Name) Tj 200 0 Td (Target) Tj 0 -20 Td (>=90%) Tj ET"))
    put("pdf", tiny_pdf("BT /F1 12 Tf 72 720 Td (page) Tj ET 1 0 0 RG 72 600 m 500 600 l S", pages=3))


if __name__ == "__main__":
    main()
