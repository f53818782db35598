#!/usr/bin/env python3
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


if __name__ == "__main__":
    main()
