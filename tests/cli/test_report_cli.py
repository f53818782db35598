# SPDX-License-Identifier: Apache-2.0
"""End-to-end tests of `jixiao report` (docs/report.md).

usage: test_report_cli.py JIXIAO TEST_DATA_DIR [unittest args]

The page of the Hongkou document, with and without its actuals: the 合计 row as
`jixiao summary --format json` gives it, a card per declaration, the hand-checked
self-evaluation totals of test_score_cli.py, the exit statuses, and no page at all
when an input cannot be read.
"""

import json
import os
import re
import tempfile
import unittest

import cli_support
from cli_support import data, run


def corpus():
    return data("corpus", "hongkou-court-2024.txt")


def actuals():
    return data("score", "hongkou-court-2024.actuals.json")


def cells(row_html):
    return [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row_html)]


class ReportTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.page = os.path.join(self.dir.name, "report.html")

    def tearDown(self):
        self.dir.cleanup()

    def read_page(self):
        with open(self.page, encoding="utf-8") as f:
            return f.read()

    def test_the_total_row_is_the_summarys(self):
        status, out, err = run("report", corpus(), "--output", self.page)
        self.assertEqual(status, 0, err)
        self.assertEqual(out, "")
        self.assertIn("7 份申报表", err)
        html = self.read_page()
        status, summary, _ = run("summary", corpus(), "--format", "json")
        total = json.loads(summary)["total"]
        row = re.search(r'<tr class="total">(.*?)</tr>', html).group(1)
        got = cells(row)
        self.assertEqual(got[1], "合计")
        self.assertEqual(got[5].replace(",", ""), total["total"])
        self.assertEqual(got[6].replace(",", ""), total["annual"])
        self.assertEqual(got[5], "33,378,615.00")
        self.assertEqual(len(re.findall(r'<article class="declaration"', html)), 7)
        self.assertNotIn('id="chart-scores"', html)
        # self-contained: no resource is fetched from anywhere
        # (the markup outside the inline scripts; the browser test watches the requests)
        markup = re.sub(r"<script>.*?</script>", "", html, flags=re.S)
        self.assertEqual(html.count("<script>"), 2)  # ECharts and the page's script, inline
        self.assertIsNone(re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", markup))
        self.assertNotIn("http", markup)

    def test_with_actuals_the_scores_are_on_the_cards(self):
        status, _, err = run("report", corpus(), "--actuals", actuals(), "--output", self.page)
        self.assertEqual(status, 0, err)
        html = self.read_page()
        for project, total, grade in [("专业设备购置及更新", "96.93", "优"), ("信息化建设项目", "89.89", "良"),
                                      ("交通工具购置及更新", "89.70", "良")]:
            card = re.search(r'<article class="declaration"[^>]*>\s*<h2><span class="no">\d+</span> ' + project +
                             r'</h2>(.*?)</article>', html, re.S)
            self.assertIsNotNone(card, project)
            self.assertIn(f'<strong class="total">{total}</strong> 等级 <strong class="grade">{grade}</strong>',
                          card.group(1))
        self.assertIn('id="chart-scores"', html)
        self.assertIn('id="chart-grades"', html)

    def test_the_profile_changes_the_findings(self):
        status, _, err = run("report", corpus(), "--profile", "shanghai", "--output", self.page)
        national = self.read_page()
        status2, _, _ = run("report", corpus(), "--disable", "INDICATOR_DUPLICATE", "--output", self.page)
        self.assertNotIn("<code>INDICATOR_DUPLICATE</code>", self.read_page())
        self.assertIn("<code>INDICATOR_DUPLICATE</code>", national)
        self.assertIn(status, (0, 1))
        self.assertIn(status2, (0, 1))

    def test_unreadable_input_writes_no_page(self):
        status, _, err = run("report", data("does-not-exist.txt"), "--output", self.page)
        self.assertEqual(status, 2)
        self.assertIn("does-not-exist.txt", err)
        self.assertFalse(os.path.exists(self.page))
        bad = os.path.join(self.dir.name, "bad.json")
        with open(bad, "w") as f:
            f.write('{"format": "jixiao.actuals/1", "declarations": [')
        status, _, err = run("report", corpus(), "--actuals", bad, "--output", self.page)
        self.assertEqual(status, 2)
        self.assertIn("bad.json", err)
        self.assertFalse(os.path.exists(self.page))

    def test_usage(self):
        status, _, err = run("report", corpus())
        self.assertEqual(status, 2)
        self.assertIn("--output", err)
        status, _, err = run("report", corpus(), "--profile", "nowhere", "--output", self.page)
        self.assertEqual(status, 2)
        self.assertIn("nowhere", err)
        status, _, err = run("report", "--output", self.page)
        self.assertEqual(status, 2)


if __name__ == "__main__":
    unittest.main(argv=cli_support.configure())
