"""validate() with disable and severity overrides (validation.md)."""

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


if __name__ == "__main__":
    unittest.main()
