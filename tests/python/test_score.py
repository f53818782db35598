# SPDX-License-Identifier: Apache-2.0
"""score() with a small actuals dict (scoring.md), figures worked out here by hand."""

import json
import pathlib
import tempfile
import unittest
from decimal import ROUND_HALF_UP, Decimal

import jixiao

from support import CORPUS, golden_indicators

PROJECT = "专业设备购置及更新"


def full_actuals(partial=None):
    """Actuals meeting every target of the first declaration (from the golden TSV);
    the indicator named ``partial`` is graded partial instead."""
    indicators = []
    for row in golden_indicators():
        if row["project"] != PROJECT:
            continue
        if row["kind"] == "compare":
            actual = {"name": row["name"], "actual": row["value_or_basis"], "unit": row["unit"]}
        elif row["kind"] == "trend":
            actual = {"name": row["name"], "actual": row["op_or_term"]}
        else:
            actual = {"name": row["name"], "actual": "partial" if row["name"] == partial else "achieved"}
        indicators.append(actual)
    return {"declarations": [{"project": PROJECT,
                              "budget": {"annual": "300000.00", "executed": Decimal("291000.00")},
                              "indicators": indicators}]}


def two_places(value):
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Score(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.document = jixiao.parse_document(CORPUS)

    @classmethod
    def tearDownClass(cls):
        cls.document.close()

    def first(self, report):
        rows = [d for d in report.declarations if d.project == PROJECT]
        self.assertEqual(len(rows), 1)
        return rows[0]

    def test_everything_met(self):
        with jixiao.score(self.document, full_actuals()) as report:
            row = self.first(report)
            # rate 291000/300000 = 0.97 → 9.70 of 10; every indicator at full weight. 总分 is
            # the sum of the printed rows: 7 × 7.14 (50/7) + 4 × 7.50 + 10 + 9.70 = 99.68.
            self.assertEqual(row.budget_rate, Decimal("0.9700"))
            self.assertEqual(row.budget_score, Decimal("9.70"))
            self.assertEqual(row.total, Decimal("99.68"))
            self.assertEqual(str(row.total), "99.68")
            self.assertEqual(row.grade, "优")
            self.assertEqual(len(row.indicators), 12)
            for indicator in row.indicators:
                with self.subTest(name=indicator.name):
                    self.assertTrue(indicator.met)
                    self.assertEqual(indicator.score, indicator.weight)
            # Weights (reported to 2 places): 产出+成本 share 50 among 7, 效益 30 among 4,
            # 满意度 10 for its one indicator.
            shares = {"产出指标": Decimal(50) / 7, "成本指标": Decimal(50) / 7,
                      "效益指标": Decimal(30) / 4, "满意度指标": Decimal(10)}
            for indicator in row.indicators:
                with self.subTest(name=indicator.name):
                    self.assertEqual(indicator.weight, two_places(shares[indicator.level1]))
            self.assertEqual(row.level1["满意度指标"].weight, Decimal(10))
            self.assertEqual(row.level1["效益指标"].score, Decimal(30))

    def test_a_partial_grade(self):
        # 产出+成本 share 50 among 7 indicators; partial gives 70% of 50/7.
        with jixiao.score(self.document, full_actuals(partial="设备单价合规性")) as report:
            row = self.first(report)
            # printed rows: 6 × 7.14 + 5.00 (70% of 50/7) + 30 + 10, and the budget's 9.70
            expected = Decimal("9.70") + 6 * two_places(Decimal(50) / 7) + two_places(Decimal(50) / 7 * Decimal("0.7")) + 40
            self.assertEqual(row.total, expected)
            self.assertEqual(row.total, Decimal("97.54"))
            partial = [i for i in row.indicators if i.name == "设备单价合规性"][0]
            self.assertEqual(two_places(partial.score), two_places(Decimal(50) / 7 * Decimal("0.7")))

    def test_json_text_and_path_agree(self):
        data = full_actuals(partial="设备单价合规性")
        data["format"] = "jixiao.actuals/1"
        text = json.dumps(data, ensure_ascii=False, default=str)
        with tempfile.TemporaryDirectory() as directory:
            path = pathlib.Path(directory) / "actuals.json"
            path.write_text(text, encoding="utf-8")
            totals = []
            for actuals in (data, text, text.encode("utf-8"), path, str(path)):
                with jixiao.score(self.document, actuals) as report:
                    totals.append(self.first(report).total)
        self.assertEqual(totals, [Decimal("97.54")] * 5)

    def test_options(self):
        with jixiao.score(self.document, full_actuals(), grade_excellent=Decimal("99.8")) as report:
            self.assertEqual(self.first(report).grade, "良")
        with jixiao.score(self.document, full_actuals(), budget_weight=20, output_cost_weight="40") as report:
            row = self.first(report)
            self.assertEqual(row.budget_score, Decimal("19.40"))
            self.assertEqual(row.total, Decimal("99.37"))  # 19.40 + 7 × 5.71 (40/7) + 30 + 10
        with self.assertRaises(TypeError):
            jixiao.score(self.document, full_actuals(), budget_wieght=20)
        with self.assertRaises(ValueError):
            jixiao.score(self.document, full_actuals(), reverse_formula="cubic")
        with self.assertRaises(TypeError):
            jixiao.score(self.document, full_actuals(), budget_weight=10.0)

    def test_renderings(self):
        with jixiao.score(self.document, full_actuals()) as report:
            data = json.loads(report.to_json())
            markdown = report.to_markdown()
            text = report.to_text()
            csv_text = report.to_csv()
        self.assertEqual(data["format"], "jixiao.score/1")
        matched = [d for d in data["declarations"] if d["project"] == PROJECT]
        self.assertEqual(matched[0]["total"], "99.68")
        for column in ("一级指标", "二级指标", "三级指标", "得分"):
            self.assertIn(column, markdown)
            self.assertIn(column, text)
            self.assertIn(column, csv_text)
        self.assertIn("|", markdown)

    def test_missing_actuals_are_reported_not_failed(self):
        data = full_actuals()
        data["declarations"][0]["indicators"] = data["declarations"][0]["indicators"][1:]
        with jixiao.score(self.document, data) as report:
            row = self.first(report)
            self.assertLess(row.total, Decimal("99.68"))
            self.assertTrue(report.diagnostics)

    def test_bad_actuals(self):
        with self.assertRaises(jixiao.ParseError) as caught:
            jixiao.score(self.document, '{"format": "jixiao.actuals/1",\n "declarations": [,]}')
        self.assertEqual(caught.exception.line, 2)
        with self.assertRaises(jixiao.FileError):
            jixiao.score(self.document, pathlib.Path("/nonexistent/actuals.json"))
        with self.assertRaises(jixiao.FileError):
            jixiao.score(self.document, "/nonexistent/actuals.json")
        with self.assertRaises(TypeError):
            data = full_actuals()
            data["declarations"][0]["budget"]["executed"] = 291000.0
            jixiao.score(self.document, data)

    def test_report_values_outlive_it(self):
        report = jixiao.score(self.document, full_actuals())
        rows = report.declarations
        report.close()
        self.assertEqual(self.first_of(rows).total, Decimal("99.68"))
        with self.assertRaises(jixiao.ClosedError):
            report.to_json()

    def first_of(self, rows):
        return [d for d in rows if d.project == PROJECT][0]


if __name__ == "__main__":
    unittest.main()
