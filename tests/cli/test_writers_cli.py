# SPDX-License-Identifier: Apache-2.0
"""End-to-end tests of `jixiao parse`, `jixiao summary` and `jixiao convert`.

usage: test_writers_cli.py JIXIAO TEST_DATA_DIR [unittest args]

The expected figures come from the golden TSVs (tests/data/golden), read here
with Python's csv module, never from the program under test.
"""

import csv
import io
import json
import math
import os
import pty
import subprocess
import sys
import tempfile
import time
import unittest
from decimal import Decimal

JIXIAO = None
DATA = None


def corpus():
    return os.path.join(DATA, "corpus", "hongkou-court-2024.txt")


def golden(name):
    with open(os.path.join(DATA, "golden", name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def run(*args, stdin=None):
    """Runs jixiao; returns (status, stdout text, stderr text)."""
    p = subprocess.run([JIXIAO, *args], input=stdin, capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def corpus_bytes():
    with open(corpus(), "rb") as f:
        return f.read()


def write_text(directory, name, text):
    """Writes UTF-8 text to directory/name; returns the path."""
    path = os.path.join(directory, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def strip_lines(declarations):
    """Declarations without source lines, which only a source file has."""
    out = []
    for d in declarations:
        d = dict(d)
        d.pop("source", None)
        d["indicators"] = [{k: v for k, v in i.items() if k != "line"} for i in d["indicators"]]
        out.append(d)
    return out


class Parse(unittest.TestCase):
    def test_document_json_matches_golden(self):
        status, out, err = run("parse", corpus())
        self.assertEqual(status, 0, err)
        doc = json.loads(out)
        self.assertEqual(doc["format"], "jixiao.document/1")
        self.assertEqual(doc["title"], "上海市虹口区人民法院 2024 年度项目绩效目标汇总表")
        rows = golden("hongkou-court-2024.declarations.tsv")
        self.assertEqual(len(doc["declarations"]), len(rows))
        for d, g in zip(doc["declarations"], rows):
            self.assertEqual(d["project"]["name"], g["name"])
            self.assertEqual(d["project"]["start_date"], g["start_date"])
            self.assertEqual(d["year"], int(g["year"]))
            for key in ("total", "total_fiscal", "total_other", "annual", "annual_appropriation",
                        "annual_carryover", "annual_other"):
                self.assertIsInstance(d["funds"][key], str, "amounts are JSON strings")
                self.assertEqual(d["funds"][key], g["funds." + key])
            self.assertEqual(len(d["indicators"]), int(g["indicators"]))

    def test_output_ends_with_one_newline_and_is_one_line(self):
        _, out, _ = run("parse", corpus())
        self.assertTrue(out.endswith("}\n"))
        self.assertEqual(out.count("\n"), 1)

    def test_pretty_is_the_same_value(self):
        _, compact, _ = run("parse", corpus())
        status, pretty, _ = run("parse", corpus(), "--pretty")
        self.assertEqual(status, 0)
        self.assertGreater(pretty.count("\n"), 100)
        self.assertEqual(json.loads(pretty), json.loads(compact))

    def test_stdin_gives_the_same_document(self):
        _, from_file, _ = run("parse", corpus())
        status, from_stdin, _ = run("parse", "-", stdin=corpus_bytes())
        self.assertEqual(status, 0)
        self.assertEqual(from_stdin, from_file)

    def test_json_input_is_detected_and_round_trips_byte_for_byte(self):
        _, json_text, _ = run("parse", corpus())
        status, again, err = run("parse", "-", stdin=json_text.encode("utf-8"))
        self.assertEqual(status, 0, err)
        self.assertEqual(again, json_text)
        _, pretty, _ = run("parse", corpus(), "--pretty")
        status, from_pretty, _ = run("parse", "-", stdin=pretty.encode("utf-8"))
        self.assertEqual(from_pretty, json_text)

    def test_output_flag_writes_the_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "out.json")
            status, out, _ = run("parse", corpus(), "--output", path)
            self.assertEqual(status, 0)
            self.assertEqual(out, "")
            with open(path, encoding="utf-8") as f:
                self.assertEqual(json.load(f)["format"], "jixiao.document/1")

    def test_large_input_streams_to_the_same_json_as_the_whole_document(self):
        # 60 copies (420 declarations, ~1 MB): parse reads and writes one
        # declaration at a time; convert --to json writes the
        # model read whole. Same bytes, and the invalid-target lines of a
        # damaged copy keep their order and line numbers.
        text = corpus_bytes().decode("utf-8")
        damaged = text.replace("\u226590.00(%)", "\u2265abc(%)", 1)
        self.assertNotEqual(damaged, text)
        big = (text + "\n") * 30 + damaged + ("\n" + text) * 29
        with tempfile.TemporaryDirectory() as tmp:
            path = write_text(tmp, "big.txt", big)
            status, streamed, err = run("parse", path)
            self.assertEqual(status, 1)
            whole_status, whole, whole_err = run("convert", path, "--to", "json")
            self.assertEqual(whole_status, 1)
            self.assertEqual(streamed, whole)
            self.assertEqual(err, whole_err)
            self.assertIn("invalid target", err)
            self.assertEqual(len(json.loads(streamed)["declarations"]), 60 * 7)

    def test_output_that_cannot_be_written_is_an_error_not_a_silent_loss(self):
        with open("/dev/full", "wb") as full:
            p = subprocess.run([JIXIAO, "parse", corpus()], stdout=full, capture_output=False,
                               stderr=subprocess.PIPE, timeout=60)
        self.assertEqual(p.returncode, 2)
        self.assertIn("cannot write", p.stderr.decode("utf-8"))
        status, _, err = run("parse", corpus(), "--output", "/dev/full")
        self.assertEqual(status, 2)
        self.assertIn("/dev/full: cannot write", err)
        status, _, err = run("summary", corpus(), corpus(), "--output", "/dev/full")
        self.assertEqual(status, 2)
        self.assertIn("cannot write", err)

    def test_many_files_give_ndjson_in_input_order(self):
        with tempfile.TemporaryDirectory() as tmp:
            _, json_text, _ = run("parse", corpus())
            paths = []
            for i in range(12):
                p = os.path.join(tmp, f"in{i:02}.json" if i % 3 == 0 else f"in{i:02}.txt")
                with open(p, "wb") as f:
                    f.write(json_text.encode("utf-8") if i % 3 == 0 else corpus_bytes())
                paths.append(p)
            reversed_paths = list(reversed(paths))
            status, out, err = run("parse", *reversed_paths)
            self.assertEqual(status, 0, err)
            lines = out.splitlines()
            self.assertEqual(len(lines), 12)
            reference = json.loads(json_text)
            for line, p in zip(lines, reversed_paths):
                doc = json.loads(line)
                self.assertEqual(doc.pop("source"), p)
                self.assertEqual(doc, reference)

    def test_directory_expands_to_its_txt_and_json_files_sorted(self):
        with tempfile.TemporaryDirectory() as tmp:
            os.mkdir(os.path.join(tmp, "sub"))
            for name in ("b.txt", "a.TXT", os.path.join("sub", "c.json")):
                with open(os.path.join(tmp, name), "wb") as f:
                    f.write(corpus_bytes() if not name.endswith("json") else run("parse", corpus())[1].encode())
            for ignored in ("notes.md", ".hidden.txt"):
                with open(os.path.join(tmp, ignored), "w") as f:
                    f.write("not an input")
            status, out, err = run("parse", tmp)
            self.assertEqual(status, 0, err)
            sources = [json.loads(line)["source"] for line in out.splitlines()]
            self.assertEqual(sources, [os.path.join(tmp, "a.TXT"), os.path.join(tmp, "b.txt"),
                                       os.path.join(tmp, "sub", "c.json")])

    def test_empty_directory_is_a_usage_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            status, out, err = run("parse", tmp)
            self.assertEqual(status, 2)
            self.assertIn("no .txt or .json", err)

    def test_unreadable_file_exits_2_naming_it(self):
        status, out, err = run("parse", "/no/such/file.txt")
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertIn("/no/such/file.txt", err)

    def test_unreadable_file_among_many_keeps_its_place(self):
        status, out, err = run("parse", corpus(), "/no/such/file.txt", corpus())
        self.assertEqual(status, 2)
        lines = [json.loads(line) for line in out.splitlines()]
        self.assertEqual(len(lines), 3)
        self.assertEqual(lines[1]["format"], "jixiao.error/1")
        self.assertEqual(lines[1]["source"], "/no/such/file.txt")
        self.assertEqual(lines[2]["format"], "jixiao.document/1")
        self.assertIn("/no/such/file.txt", err)

    def test_broken_json_names_line_offset_and_expectation(self):
        status, out, err = run("parse", "-", stdin=b'{"format": "jixiao.document/1",\n "title" null}')
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertIn("<stdin>:2", err)
        self.assertIn("byte 41", err)
        self.assertIn("expected ':'", err)

    def test_unknown_format_and_missing_field_name_the_path(self):
        status, _, err = run("parse", "-", stdin=b'{"format":"jixiao.document/9"}')
        self.assertEqual(status, 2)
        self.assertIn("jixiao.document/9", err)
        _, json_text, _ = run("parse", corpus())
        doc = json.loads(json_text)
        del doc["declarations"][2]["funds"]["total"]
        status, _, err = run("parse", "-", stdin=json.dumps(doc, ensure_ascii=False).encode())
        self.assertEqual(status, 2)
        self.assertIn("declarations[2].funds.total", err)

    def test_invalid_target_and_amount_exit_1_with_file_and_line(self):
        text = corpus_bytes().decode("utf-8")
        text = text.replace("=100.00(%)", "≥", 1).replace("300,000.00", "300,0x0.00", 1)
        with tempfile.TemporaryDirectory() as tmp:
            path = write_text(tmp, "bad.txt", text)
            status, out, err = run("parse", path)
            self.assertEqual(status, 1)
            doc = json.loads(out)  # still read, with the damage recorded
            self.assertEqual(len(doc["declarations"]), 7)
            self.assertIsNone(doc["declarations"][0]["funds"]["total"], "a bad amount is never 0")
            self.assertEqual(doc["declarations"][0]["indicators"][1]["target"]["kind"], "invalid")
            self.assertIn(path + ":12:", err)
            self.assertIn(path + ":22:", err)
            status, _, err = run("parse", path, "--quiet")
            self.assertEqual(status, 1)
            self.assertEqual(err, "")

    def test_usage_errors_exit_2(self):
        self.assertEqual(run("parse")[0], 2)
        self.assertEqual(run("parse", corpus(), "--bogus")[0], 2)
        self.assertEqual(run("parse", "-", "-", stdin=b"")[0], 2)

    def test_help_has_an_example(self):
        for verb in ("parse", "summary", "convert"):
            status, out, _ = run(verb, "--help")
            self.assertEqual(status, 0)
            self.assertIn("example:", out)
            self.assertIn("Exit status", out)

    def test_no_progress_bar_without_a_terminal(self):
        status, _, err = run("parse", *([corpus()] * 30))
        self.assertEqual(status, 0)
        self.assertEqual(err, "")


class Summary(unittest.TestCase):
    # Hand-added from the golden declarations: 300,000 + 12,780,000 + 3,442,618
    # + 13,719,464 + 30,000 + 2,746,533 + 360,000.
    TOTAL = "33378615.00"

    def test_golden_sums_agree_with_the_hand_total(self):
        rows = golden("hongkou-court-2024.declarations.tsv")
        self.assertEqual(sum(Decimal(r["funds.total"]) for r in rows), Decimal(self.TOTAL))

    def test_text_is_aligned_with_a_total_row(self):
        status, out, err = run("summary", corpus())
        self.assertEqual(status, 0, err)
        lines = out.splitlines()
        self.assertEqual(lines[0], "上海市虹口区人民法院 2024 年度项目绩效目标汇总表")
        total = [line for line in lines if "合计" in line]
        self.assertEqual(len(total), 1)
        self.assertIn("33,378,615.00", total[0])
        self.assertTrue(total[0].rstrip().endswith("100"))
        self.assertIn("12,780,000.00", out)

    def test_csv(self):
        status, out, _ = run("summary", corpus(), "--format", "csv")
        self.assertEqual(status, 0)
        rows = list(csv.reader(io.StringIO(out, newline="")))
        golden_rows = golden("hongkou-court-2024.declarations.tsv")
        self.assertEqual(len(rows), 1 + len(golden_rows) + 1)
        header = rows[0]
        for row, g in zip(rows[1:], golden_rows):
            self.assertEqual(row[header.index("项目名称")], g["name"])
            self.assertEqual(row[header.index("项目资金总额(元)")], g["funds.total"])
            self.assertEqual(row[header.index("指标数")], g["indicators"])
        self.assertEqual(rows[-1][header.index("项目资金总额(元)")], self.TOTAL)
        self.assertEqual(rows[-1][header.index("年度资金申请总额(元)")], self.TOTAL)

    def test_json(self):
        status, out, _ = run("summary", corpus(), "--format", "json")
        self.assertEqual(status, 0)
        s = json.loads(out)
        self.assertEqual(s["format"], "jixiao.summary/1")
        self.assertEqual(s["total"]["total"], self.TOTAL)
        self.assertEqual(s["total"]["annual"], self.TOTAL)
        counts = {}
        for row in golden("hongkou-court-2024.indicators.tsv"):
            counts[row["level1"]] = counts.get(row["level1"], 0) + 1
        for level1, n in counts.items():
            self.assertEqual(s["total"]["indicators"][level1], n)
        self.assertEqual(s["total"]["indicators"]["total"], 100)
        self.assertEqual([d["name"] for d in s["declarations"]],
                         [g["name"] for g in golden("hongkou-court-2024.declarations.tsv")])

    def test_markdown(self):
        status, out, _ = run("summary", corpus(), "--format", "markdown")
        self.assertEqual(status, 0)
        self.assertIn("| 专业设备购置及更新", out)
        self.assertIn("33,378,615.00 |", out)

    def test_bad_format_is_a_usage_error(self):
        status, _, err = run("summary", corpus(), "--format", "xml")
        self.assertEqual(status, 2)
        self.assertIn("xml", err)


class Convert(unittest.TestCase):
    def test_csv_has_one_row_per_golden_indicator(self):
        status, out, err = run("convert", corpus(), "--to", "csv")
        self.assertEqual(status, 0, err)
        rows = list(csv.DictReader(io.StringIO(out, newline="")))
        want = golden("hongkou-court-2024.indicators.tsv")
        self.assertEqual(len(rows), len(want))
        for row, g in zip(rows, want):
            self.assertEqual(int(row["declaration"]), int(g["doc"]) - 1)
            for key in ("project", "level1", "level2", "name", "raw", "kind", "op_or_term", "unit"):
                self.assertEqual(row[key], g[key], key)
            if g["kind"] == "compare":
                self.assertEqual(row["value_or_low"], g["value_or_basis"])
            if g["kind"] == "trend":
                self.assertEqual(row["basis"], g["value_or_basis"])

    def test_text_reads_back_as_the_same_declarations(self):
        _, original, _ = run("parse", corpus())
        status, text, err = run("convert", corpus(), "--to", "text")
        self.assertEqual(status, 0, err)
        self.assertIn("财政项目支出绩效目标申报表\n", text)
        self.assertIn("项目资金 (元)\t项目资金总额\t12,780,000.00\t", text)
        status, again, err = run("parse", "-", stdin=text.encode("utf-8"))
        self.assertEqual(status, 0, err)
        a, b = json.loads(original), json.loads(again)
        self.assertEqual(b["title"], a["title"])
        self.assertEqual(strip_lines(b["declarations"]), strip_lines(a["declarations"]))

    def test_json_input_converts_to_text(self):
        _, json_text, _ = run("parse", corpus())
        _, from_text, _ = run("convert", corpus(), "--to", "text")
        status, from_json, _ = run("convert", "-", "--to", "text", stdin=json_text.encode("utf-8"))
        self.assertEqual(status, 0)
        self.assertEqual(from_json, from_text)

    def test_json_and_markdown(self):
        _, parsed, _ = run("parse", corpus())
        status, converted, _ = run("convert", corpus(), "--to", "json")
        self.assertEqual(status, 0)
        self.assertEqual(converted, parsed)
        status, md, _ = run("convert", corpus(), "--to", "markdown")
        self.assertEqual(status, 0)
        self.assertTrue(md.startswith("# 上海市虹口区人民法院 2024 年度项目绩效目标汇总表\n"))
        self.assertIn("## 7. 交通工具购置及更新", md)
        self.assertIn("| 项目资金总额       | 12,780,000.00 |", md)

    def test_needs_a_known_target_format(self):
        self.assertEqual(run("convert", corpus())[0], 2)
        status, _, err = run("convert", corpus(), "--to", "pdf")
        self.assertEqual(status, 2)
        self.assertIn("pdf", err)


class ProgressBar(unittest.TestCase):
    def test_progress_shows_on_a_terminal_when_work_takes_over_a_second(self):
        with tempfile.TemporaryDirectory() as tmp:
            big = os.path.join(tmp, "big.txt")
            with open(big, "wb") as f:
                f.write(corpus_bytes() * 100)
            # Enough copies of the file to take about three seconds on this machine.
            start = time.monotonic()
            run("parse", big, "--output", os.devnull)
            one = max(time.monotonic() - start, 0.001)
            files = min(2000, max(4, math.ceil(3.0 * (os.cpu_count() or 1) / one)))
            args = [JIXIAO, "parse", *([big] * files), "--output", os.devnull]
            main, child = pty.openpty()
            p = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=child)
            os.close(child)
            seen = b""
            while True:
                try:
                    chunk = os.read(main, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
            p.wait(timeout=300)
            os.close(main)
            self.assertIn(p.returncode, (0, 1))
            self.assertIn(f"/{files} files".encode(), seen)
            self.assertIn(b"[#", seen)


if __name__ == "__main__":
    JIXIAO, DATA = sys.argv[1], sys.argv[2]
    unittest.main(argv=[sys.argv[0]] + sys.argv[3:])
