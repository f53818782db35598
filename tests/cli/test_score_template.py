# SPDX-License-Identifier: Apache-2.0
"""The finance staff's workflow (issue 17): `jixiao score --template DECLS --format csv|xlsx`
writes the fill-in 自评表; a script fills it (csv module; openpyxl for xlsx) with the Hongkou
actuals; `jixiao score DECLS FILLED` must give byte for byte the report of the same actuals
given as jixiao.actuals/1 JSON; a bad cell is named with its cell.

usage: test_score_template.py JIXIAO TEST_DATA_DIR [unittest args]
"""

import csv
import io
import json
import os
import tempfile
import unittest

import cli_support
from cli_support import data, run

COLUMNS = ["项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
           "偏差原因分析及改进措施", "全年预算数", "全年执行数"]


def corpus():
    return data("corpus", "hongkou-court-2024.txt")


def hongkou_actuals():
    with open(data("score", "hongkou-court-2024.actuals.json"), encoding="utf-8") as f:
        return json.load(f)


def cell_text(actual):
    """An actual as a person types it into 实际完成值: the unit after the figure, a pair as
    "previous,current" (fractions and deductions have no column in the template)."""
    if isinstance(actual.get("actual"), dict):
        return "%s,%s" % (actual["actual"]["previous"], actual["actual"]["current"])
    if isinstance(actual.get("actual"), list):
        return "%s,%s" % tuple(actual["actual"])
    return actual.get("actual", "") + actual.get("unit", "")


def fill(rows):
    """Fills template rows (header first) from the Hongkou actuals: each row takes the
    project's first unused actual of its name (one that names the row's 二级指标 first).
    Returns the filled rows and the same actuals as jixiao.actuals/1."""
    by_project = {}
    for d in hongkou_actuals()["declarations"]:
        by_project.setdefault(d["project"], []).append(d)
    out = [rows[0]]
    declarations = []
    used = set()
    current = None
    for row in rows[1:]:
        row = list(row) + [""] * (len(COLUMNS) - len(row))
        project = row[0]
        if current is None or current["project"] != project:
            source = by_project[project].pop(0)
            current = {"project": project, "budget": {}, "indicators": [], "_source": source}
            declarations.append(current)
        source = current["_source"]
        if row[3] == "年度资金总额":
            row[8] = source["budget"]["annual"]
            row[9] = source["budget"]["executed"]
            current["budget"] = {"annual": row[8], "executed": row[9]}
            out.append(row)
            continue
        candidates = [i for i, a in enumerate(source["indicators"])
                      if (id(source), i) not in used and a["name"] == row[3]
                      and a.get("level2", row[2]) == row[2]]
        candidates.sort(key=lambda i: "level2" not in source["indicators"][i])
        if candidates:
            i = candidates[0]
            used.add((id(source), i))
            a = source["indicators"][i]
            row[5] = cell_text(a)
            if "reason" in a:
                row[7] = a["reason"]
            if "target" in a:
                row[4] = a["target"]
            entry = {"name": row[3], "level2": row[2], "actual": row[5]}
            if "reason" in a:
                entry["reason"] = a["reason"]
            if "target" in a:
                entry["target"] = a["target"]
            current["indicators"].append(entry)
        out.append(row)
    for d in declarations:
        del d["_source"]
    return out, {"format": "jixiao.actuals/1", "declarations": declarations}


class TemplateTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def score_json(self, actuals_path):
        status, out, err = run("score", corpus(), actuals_path, "--format", "json", "--quiet")
        self.assertIn(status, (0, 1), err)
        return out

    def expected(self, actuals):
        with open(self.path("actuals.json"), "w", encoding="utf-8") as f:
            json.dump(actuals, f, ensure_ascii=False)
        return self.score_json(self.path("actuals.json"))

    def write_template(self, fmt):
        status, _, err = run("score", "--template", corpus(), "--format", fmt, "--output", self.path("t." + fmt))
        self.assertEqual(status, 0, err)
        return self.path("t." + fmt)

    def test_csv_template_layout(self):
        with open(self.write_template("csv"), "rb") as f:
            raw = f.read()
        self.assertTrue(raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM")
        rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
        self.assertEqual(rows[0], COLUMNS)
        # The first declaration: its budget row (全年预算数 printed, 全年执行数 blank), then its
        # indicator rows with targets printed and 实际完成值 / 偏差原因 blank.
        self.assertEqual(rows[1], ["专业设备购置及更新", "预算执行率", "", "年度资金总额", "", "", "", "", "300000.00", ""])
        self.assertEqual(rows[3][:6], ["专业设备购置及更新", "产出指标", "数量指标", "水泵更完成率", "=100.00(%)", ""])
        budget_rows = [r for r in rows if r[3] == "年度资金总额"]
        self.assertEqual(len(budget_rows), 7)
        self.assertEqual(len(rows), 1 + 7 + 100)  # header, 7 budget rows, 100 indicators
        self.assertTrue(all(r[5] == "" and r[7] == "" for r in rows[1:]))

    def test_filled_csv_scores_as_the_same_actuals_in_json(self):
        with open(self.write_template("csv"), encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        filled, actuals = fill(rows)
        with open(self.path("filled.csv"), "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f).writerows(filled)
        got = self.score_json(self.path("filled.csv"))
        self.assertEqual(got, self.expected(actuals))
        self.assertEqual(json.loads(got)["declarations"][0]["total"], "96.93")

    def test_filled_xlsx_scores_as_the_same_actuals_in_json(self):
        import openpyxl
        book = openpyxl.load_workbook(self.write_template("xlsx"))
        sheet = book["Sheet1"]
        rows = [[("" if c is None else str(c)) for c in r] for r in sheet.iter_rows(values_only=True)]
        self.assertEqual(rows[0], COLUMNS)
        filled, actuals = fill(rows)
        for r, row in enumerate(filled, start=1):
            for c, value in enumerate(row, start=1):
                if value != "" and (sheet.cell(r, c).value or "") != value:
                    # Figures as numbers, the way a person's entry is stored.
                    try:
                        number = int(value) if value.isdigit() else None
                    except ValueError:
                        number = None
                    sheet.cell(r, c).value = number if number is not None else value
        book.save(self.path("filled.xlsx"))
        self.assertEqual(self.score_json(self.path("filled.xlsx")), self.expected(actuals))

    def test_a_bad_cell_is_named(self):
        import openpyxl
        book = openpyxl.load_workbook(self.write_template("xlsx"))
        sheet = book["Sheet1"]
        self.assertEqual(sheet["D10"].value, "设备使用率")  # target =100.00 (%)
        self.assertEqual(sheet["D12"].value, "办案场所安全性")  # target 提升
        sheet["F10"] = "约90"
        sheet["F11"] = "上升"
        sheet["F12"] = "约90"
        book.save(self.path("bad.xlsx"))
        status, out, err = run("score", corpus(), self.path("bad.xlsx"))
        self.assertEqual(status, 1)
        self.assertEqual(out, "")
        lines = err.splitlines()
        self.assertIn("Sheet1!F10: 「约90」不是数值", lines)
        self.assertIn("Sheet1!F12: 「约90」不是趋势（上升/下降/持平、上年和本年两个数值）或达成等级", lines)
        self.assertEqual(err.count("Sheet1!"), 2, err)

        with open(self.write_template("csv"), encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        rows[9][5] = "约90"
        rows[9][6] = "十"
        with open(self.path("bad.csv"), "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f).writerows(rows)
        status, _, err = run("score", corpus(), self.path("bad.csv"))
        self.assertEqual(status, 1)
        lines = err.splitlines()
        self.assertIn("line 10, column F: 「约90」不是数值", lines)
        self.assertIn("line 10, column G: 「十」不是分值（数值）", lines)

    def test_a_wrong_header_is_named(self):
        with open(self.path("h.csv"), "w", encoding="utf-8-sig") as f:
            f.write("项目名称,一级指标,二级,三级指标\r\n")
        status, _, err = run("score", corpus(), self.path("h.csv"))
        self.assertEqual(status, 2)
        self.assertIn("line 1, column C: expected the header 「二级指标」, found 「二级」", err)

    def test_usage(self):
        status, _, err = run("score", "--template", corpus(), "--format", "xlsx")
        self.assertEqual(status, 2)
        self.assertIn("--output", err)
        status, _, err = run("score", "--template", corpus(), "--format", "markdown")
        self.assertEqual(status, 2)


if __name__ == "__main__":
    unittest.main(argv=cli_support.configure())
