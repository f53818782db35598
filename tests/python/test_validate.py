# SPDX-License-Identifier: Apache-2.0
"""validate() with disable and severity overrides (validation.md)."""

import json
import pathlib
import tempfile
import unittest

import jixiao

from support import CORPUS

# The first declaration with 项目资金总额 raised to 350,000.00: total ≠ fiscal + other.
_FIRST_FUNDS_LINE = "项目资金 (元)\t项目资金总额\t300,000.00\t年度资金申请总额\t300,000.00"


def broken_text():
    text = CORPUS.read_text(encoding="utf-8")
    assert text.count(_FIRST_FUNDS_LINE) == 1, "corpus layout changed"
    return text.replace(_FIRST_FUNDS_LINE, _FIRST_FUNDS_LINE.replace("300,000.00", "350,000.00", 1))


class Validate(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.document = jixiao.parse_text(broken_text())

    @classmethod
    def tearDownClass(cls):
        cls.document.close()

    def sums(self, diagnostics):
        return [d for d in diagnostics if d.code == "FUNDS_TOTAL_SUM"]

    def test_the_broken_sum_is_found(self):
        found = self.sums(jixiao.validate(self.document))
        self.assertEqual(len(found), 1)
        diagnostic = found[0]
        self.assertIsInstance(diagnostic, jixiao.Diagnostic)
        self.assertEqual(diagnostic.severity, "error")
        self.assertEqual(diagnostic.declaration, 0)
        self.assertIsNone(diagnostic.indicator)
        self.assertTrue("350,000.00" in diagnostic.message or "350000.00" in diagnostic.message,
                        diagnostic.message)

    def test_the_original_has_no_broken_sum(self):
        with jixiao.parse_document(CORPUS) as original:
            diagnostics = jixiao.validate(original)
        self.assertEqual(self.sums(diagnostics), [])
        self.assertEqual([d for d in diagnostics if d.code.startswith("FUNDS_")], [])
        for diagnostic in diagnostics:
            self.assertIn(diagnostic.severity, ("error", "warning", "info"))

    def test_disable(self):
        diagnostics = jixiao.validate(self.document, disable=("FUNDS_TOTAL_SUM",))
        self.assertEqual(self.sums(diagnostics), [])
        # A single code as a str, not its letters.
        self.assertEqual(self.sums(jixiao.validate(self.document, disable="FUNDS_TOTAL_SUM")), [])

    def test_severity_override(self):
        found = self.sums(jixiao.validate(self.document, severity={"FUNDS_TOTAL_SUM": "warning"}))
        self.assertEqual([d.severity for d in found], ["warning"])
        found = self.sums(jixiao.validate(self.document, severity={"FUNDS_TOTAL_SUM": "off"}))
        self.assertEqual(found, [])

    def test_unknown_code_is_named(self):
        with self.assertRaises(jixiao.JixiaoError) as caught:
            jixiao.validate(self.document, disable=("NO_SUCH_RULE",))
        self.assertIn("NO_SUCH_RULE", str(caught.exception))
        with self.assertRaises(ValueError):
            jixiao.validate(self.document, severity={"FUNDS_TOTAL_SUM": "loud"})

    def test_accepts_paths_and_text(self):
        self.assertEqual(jixiao.validate(CORPUS), jixiao.validate(str(CORPUS)))
        with self.assertWarns(DeprecationWarning):  # text is parse_text's now
            self.assertEqual(len(self.sums(jixiao.validate(broken_text()))), 1)

    def test_diagnostics_outlive_the_document(self):
        with jixiao.parse_text(broken_text()) as document:
            diagnostics = jixiao.validate(document)
        self.assertEqual(len(self.sums(diagnostics)), 1)
        with self.assertRaises(jixiao.ClosedError):
            jixiao.validate(document)

    def test_rule_catalogue(self):
        rules = {rule.code: rule for rule in jixiao.validation_rules()}
        self.assertEqual(rules["FUNDS_TOTAL_SUM"].severity, "error")
        self.assertEqual(rules["FUNDS_SINGLE_YEAR"].severity, "warning")
        self.assertEqual(rules["TARGET_VAGUE"].severity, "info")
        for code in ("DATES_ORDER", "TAXONOMY_MISMATCH", "COST_DIRECTION", "CATEGORY_MISPLACED"):
            self.assertIn(code, rules)


class ValidateProfile(unittest.TestCase):
    """validate(doc, profile=…): a built-in name, a profile file (str or Path), a dict."""

    @classmethod
    def setUpClass(cls):
        cls.document = jixiao.parse_document(CORPUS)
        cls.directory = tempfile.TemporaryDirectory()

    @classmethod
    def tearDownClass(cls):
        cls.document.close()
        cls.directory.cleanup()

    def write(self, name, text):
        path = pathlib.Path(self.directory.name) / name
        path.write_text(text, encoding="utf-8")
        return path

    def codes(self, diagnostics, code):
        return [d for d in diagnostics if d.code == code]

    def test_built_in_names(self):
        national = jixiao.validate(self.document, profile="national")
        self.assertEqual(national, jixiao.validate(self.document))  # the default
        self.assertEqual(self.codes(national, "COST_UNIT"), [])  # off in national
        shanghai = self.codes(jixiao.validate(self.document, profile="shanghai"), "COST_UNIT")
        self.assertGreater(len(shanghai), 0)
        for d in shanghai:
            self.assertEqual(d.severity, "info")
            self.assertIn("不是金额", d.message)
        with self.assertRaises(FileNotFoundError):  # neither a built-in name nor a file
            jixiao.validate(self.document, profile="beijing")

    def test_profile_file(self):
        settings = {"base": "shanghai", "rules": {"COST_UNIT": "warning", "REVIEW_GRADE": "off"},
                    "satisfaction_floor": "95", "overshoot": "1.5"}
        path = self.write("p.json", json.dumps(settings, ensure_ascii=False, indent=1))
        found = jixiao.validate(self.document, profile=path)
        self.assertEqual(found, jixiao.validate(self.document, profile=str(path)))
        self.assertEqual(found, jixiao.validate(self.document, profile=settings))
        cost = self.codes(found, "COST_UNIT")
        self.assertEqual(len(cost), len(self.codes(jixiao.validate(self.document, profile="shanghai"), "COST_UNIT")))
        self.assertEqual({d.severity for d in cost}, {"warning"})
        self.assertEqual(self.codes(found, "REVIEW_GRADE"), [])
        # ≥90.00 (%) for 办案人员满意度 is below a floor of 95, not below the default 90.
        low = self.codes(found, "SATISFACTION_LOW")
        self.assertGreater(len(low), 0)
        self.assertTrue(all("95%" in d.message for d in low), [d.message for d in low])
        self.assertEqual(self.codes(jixiao.validate(self.document, profile="shanghai"), "SATISFACTION_LOW"), [])

    def test_a_syntax_error_names_the_file_line_and_column(self):
        path = self.write("broken.json", '{"base": "shanghai",\n "rules" {}}\n')
        with self.assertRaises(jixiao.ParseError) as caught:
            jixiao.validate(self.document, profile=path)
        error = caught.exception
        self.assertEqual(error.line, 2)
        self.assertEqual(error.source, str(path))
        self.assertIn(f"{path}:2:10: invalid JSON: expected ':'", str(error))
        # Given as text, the C ABI's name for it stays.
        with self.assertRaises(jixiao.ParseError) as caught:
            jixiao.validate(self.document, profile=path.read_text(encoding="utf-8"))
        self.assertIn("jx_validate_options.profile:2:10", str(caught.exception))

    def test_a_wrong_member_is_named(self):
        for settings, member in (({"floor": "95"}, '"floor"'), ({"overshoot": "0.5"}, '"overshoot"'),
                                 ({"rules": {"NO_SUCH_RULE": "off"}}, "NO_SUCH_RULE")):
            with self.subTest(member=member):
                path = self.write("wrong.json", json.dumps(settings))
                with self.assertRaises(jixiao.JixiaoError) as caught:
                    jixiao.validate(self.document, profile=path)
                self.assertIn(str(path), str(caught.exception))
                self.assertIn(member, str(caught.exception))


if __name__ == "__main__":
    unittest.main()
