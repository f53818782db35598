# SPDX-License-Identifier: Apache-2.0
"""End-to-end tests of `jixiao validate` (validation.md, cli.md).

usage: test_validate_cli.py JIXIAO TEST_DATA_DIR [unittest args]

Expected findings are read off the input files by hand (the fixtures in
tests/data/validate are edited copies of the Hongkou document's first declaration,
one broken thing per declaration, each declaration spanning 30 lines from line 5).
"""

import json
import os
import re
import tempfile
import unittest

import cli_support
from cli_support import data, run


def rule_findings(document):
    """(code, severity, declaration, indicator, line) of the rules' findings: neither
    the reader's (INGEST_*) nor the per-declaration summary REVIEW_GRADE."""
    return [(d["code"], d["severity"], d["declaration"], d["indicator"], d["line"])
            for d in document["diagnostics"]
            if not d["code"].startswith("INGEST_") and d["code"] != "REVIEW_GRADE"]


class ValidateHongkou(unittest.TestCase):
    def test_one_review_grade_per_declaration(self):
        status, out, err = run("validate", data("corpus", "hongkou-court-2024.txt"), "--format", "json")
        grades = [d["declaration"] for d in json.loads(out)["diagnostics"] if d["code"] == "REVIEW_GRADE"]
        self.assertEqual(grades, list(range(7)))

    def test_report_has_the_two_findings_and_counts(self):
        status, out, err = run("validate", data("corpus", "hongkou-court-2024.txt"))
        self.assertEqual(status, 0, err)  # warnings and infos only
        self.assertIn("[4] 审判执行业务费（第 95–130 行）", out)
        self.assertRegex(out, r"warning\s+INDICATOR_DUPLICATE\s+第\s+115 行\s+三级指标「宣传内容审核通过率」重复")
        self.assertRegex(out, r"info\s+CATEGORY_MISPLACED\s+第\s+27 行\s+三级指标「设备维护成本」读作成本指标")
        # Ingest diagnostics are part of the report.
        self.assertIn("INGEST_", out)
        # The count per severity matches the findings listed.
        rows = re.findall(r"^  (error|warning|info) ", out, flags=re.M)
        m = re.search(r"合计：错误 (\d+) 条，警告 (\d+) 条，提示 (\d+) 条", out)
        self.assertIsNotNone(m, out)
        self.assertEqual([int(x) for x in m.groups()],
                         [rows.count("error"), rows.count("warning"), rows.count("info")])
        self.assertEqual(int(m.group(1)), 0)

    def test_json_has_ingest_and_rule_diagnostics(self):
        status, out, err = run("validate", data("corpus", "hongkou-court-2024.txt"), "--format", "json")
        self.assertEqual(status, 0, err)
        doc = json.loads(out)
        self.assertEqual(doc["format"], "jixiao.document/1")
        self.assertEqual(len(doc["declarations"]), 7)
        self.assertEqual(rule_findings(doc), [
            ("CATEGORY_MISPLACED", "info", 0, 6, 27),
            ("INDICATOR_DUPLICATE", "warning", 3, 6, 115),
        ])
        self.assertTrue(any(d["code"].startswith("INGEST_") for d in doc["diagnostics"]))

    def test_standard_input(self):
        with open(data("corpus", "hongkou-court-2024.txt"), "rb") as f:
            text = f.read()
        status, out, err = run("validate", "-", "--format", "json", stdin=text)
        self.assertEqual(status, 0, err)
        self.assertEqual(len(rule_findings(json.loads(out))), 2)


class ValidateOptions(unittest.TestCase):
    def test_disable_repeatable_and_comma_separated(self):
        corpus = data("corpus", "hongkou-court-2024.txt")
        for args in (["--disable", "CATEGORY_MISPLACED", "--disable", "INDICATOR_DUPLICATE"],
                     ["--disable", "CATEGORY_MISPLACED,INDICATOR_DUPLICATE"]):
            status, out, err = run("validate", corpus, "--format", "json", *args)
            self.assertEqual(status, 0, err)
            self.assertEqual(rule_findings(json.loads(out)), [], args)

    def test_severity_raised_to_error_gives_exit_1(self):
        status, out, err = run("validate", data("corpus", "hongkou-court-2024.txt"), "--format", "json",
                               "--severity", "INDICATOR_DUPLICATE=error")
        self.assertEqual(status, 1, err)
        self.assertIn(("INDICATOR_DUPLICATE", "error", 3, 6, 115), rule_findings(json.loads(out)))

    def test_errors_lowered_to_warning_give_exit_0(self):
        status, out, err = run("validate", data("validate", "funds.txt"),
                               "--severity", "FUNDS_TOTAL_SUM=warning,FUNDS_ANNUAL_EXCEEDS_TOTAL=off",
                               "--severity", "FUNDS_NEGATIVE=info")
        self.assertEqual(status, 0, err + out)
        self.assertRegex(out, r"warning\s+FUNDS_TOTAL_SUM")
        self.assertNotIn("FUNDS_ANNUAL_EXCEEDS_TOTAL", out)

    def test_unknown_code_or_level_is_a_usage_error(self):
        corpus = data("corpus", "hongkou-court-2024.txt")
        status, out, err = run("validate", corpus, "--disable", "NO_SUCH_RULE")
        self.assertEqual(status, 2)
        self.assertIn("NO_SUCH_RULE", err)
        status, out, err = run("validate", corpus, "--severity", "FUNDS_TOTAL_SUM=loud")
        self.assertEqual(status, 2)
        self.assertIn("loud", err)
        status, out, err = run("validate", corpus, "--format", "yaml")
        self.assertEqual(status, 2)


class ValidateFixtures(unittest.TestCase):
    def test_funds_errors_give_exit_1(self):
        status, out, err = run("validate", data("validate", "funds.txt"))
        self.assertEqual(status, 1, err)
        self.assertIn("项目资金总额 300,000.00 ≠ 财政资金 250,000.00 + 其他资金 0.00", out)
        self.assertRegex(out, r"error\s+FUNDS_TOTAL_SUM\s+第\s+5 行")
        self.assertRegex(out, r"合计：错误 3 条")

    def test_multi_year_project_has_no_funds_finding(self):
        status, out, err = run("validate", data("validate", "funds.txt"), "--format", "json")
        doc = json.loads(out)
        self.assertEqual(doc["declarations"][2]["project"]["nature"], "阶段性项目")
        self.assertEqual([f for f in rule_findings(doc) if f[2] == 2], [])

    def test_json_input(self):
        status, out, err = run("validate", data("validate", "taxonomy.json"), "--format", "json")
        self.assertEqual(status, 1, err)
        self.assertEqual(rule_findings(json.loads(out)), [
            ("TAXONOMY_UNKNOWN", "warning", 0, 7, 29),
            ("TAXONOMY_MISMATCH", "error", 0, 1, 22),
        ])

    def test_clean_input_exit_0(self):
        status, out, err = run("validate", data("validate", "clean.txt"))
        self.assertEqual(status, 0, err)
        self.assertIn("合计：错误 0 条，警告 0 条", out)


class ValidateUnreadable(unittest.TestCase):
    def test_missing_file_exit_2_names_it(self):
        status, out, err = run("validate", data("no-such-file.txt"))
        self.assertEqual(status, 2)
        self.assertIn("no-such-file.txt", err)

    def test_broken_json_exit_2(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            f.write('{"format": "jixiao.document/1", "declarations": [')
            path = f.name
        try:
            status, out, err = run("validate", path)
            self.assertEqual(status, 2)
            self.assertIn(os.path.basename(path), err)
        finally:
            os.unlink(path)

    def test_no_file_is_a_usage_error(self):
        status, out, err = run("validate")
        self.assertEqual(status, 2)


if __name__ == "__main__":
    unittest.main(argv=cli_support.configure())
