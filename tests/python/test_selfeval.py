# SPDX-License-Identifier: Apache-2.0
"""Published 自评表, the 决算 summary, grade schemes and the fill-in template through the
Python package (issue 17), over the C ABI."""

import csv
import io
import os
import tempfile
import unittest
from decimal import Decimal

import jixiao
from support import CORPUS


class SelfEvalTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.document = jixiao.parse_document(CORPUS)

    @classmethod
    def tearDownClass(cls):
        cls.document.close()

    def test_check_of_a_document_without_published_scores_finds_nothing(self):
        self.assertEqual(jixiao.check_selfeval(self.document), [])
        with self.assertRaises(ValueError):
            jixiao.check_selfeval(self.document, grade_scheme="beijing")

    def test_grade_schemes_and_the_summary(self):
        national = jixiao.score_published(self.document)
        shanghai = jixiao.score_published(self.document, grade_scheme="shanghai")
        self.assertEqual([d.grade for d in national.declarations], ["差"] * 7)
        self.assertEqual([d.grade for d in shanghai.declarations], ["不合格"] * 7)
        summary = jixiao.summarize([national, shanghai])
        self.assertEqual(summary, jixiao.SelfEvalSummary(projects=14, budget_wan=Decimal("6675.723000"),
                                                         average=Decimal("0.00"), excellent=0, good=0,
                                                         passed=0, failed=14))
        self.assertEqual(jixiao.summarize([]).average, None)

    def test_template_filled_and_scored_as_json_actuals(self):
        text = jixiao.write_template(self.document)
        rows = list(csv.reader(io.StringIO(text, newline="")))
        self.assertEqual(rows[0][5], "实际完成值")
        self.assertEqual(rows[1], ["专业设备购置及更新", "预算执行率", "", "年度资金总额", "", "", "", "", "300000.00", ""])
        # Only the first project filled in: the other projects' rows removed, as in the JSON below.
        rows = [r for r in rows if r[0] in ("项目名称", "专业设备购置及更新")]
        rows[1][9] = "291000.00"
        row = next(r for r in rows if r[3] == "法警设备采购完成率")
        row[5] = "95%"
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "filled.csv")
            with open(path, "w", encoding="utf-8-sig", newline="") as f:
                csv.writer(f).writerows(rows)
            from_template = jixiao.score(self.document, path)
            from_json = jixiao.score(self.document, {"declarations": [{
                "project": "专业设备购置及更新", "budget": {"annual": "300000.00", "executed": "291000.00"},
                "indicators": [{"name": "法警设备采购完成率", "level2": "数量指标", "actual": "95%"}]}]})
            self.assertEqual(from_template.to_json(), from_json.to_json())
            self.assertEqual(from_template.declarations[0].total, Decimal("16.49"))

            row[5] = "约90"
            with open(path, "w", encoding="utf-8-sig", newline="") as f:
                csv.writer(f).writerows(rows)
            with self.assertRaises(jixiao.ParseError) as caught:
                jixiao.score(self.document, path)
            self.assertIn("column F: 「约90」不是数值", str(caught.exception))

            self.assertTrue(jixiao.xlsx_template_supported())
            xlsx = os.path.join(tmp, "t.xlsx")
            self.assertIsNone(jixiao.write_template(self.document, xlsx, format="xlsx"))
            with open(xlsx, "rb") as f:
                self.assertEqual(f.read(4), b"PK\x03\x04")
            # The unfilled template scores like no actuals at all (every row missing).
            self.assertEqual(jixiao.score(self.document, xlsx).declarations[0].total, Decimal("0.00"))
        with self.assertRaises(ValueError):
            jixiao.write_template(self.document, format="markdown")


if __name__ == "__main__":
    unittest.main()
