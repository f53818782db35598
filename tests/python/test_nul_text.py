"""Text keeps every byte through the bindings, NUL included: the accessors use the
C ABI's _n forms (jx_document_title_n, jx_target_text_n, …) and text going in is
passed with its length (jx_target_evaluate_n)."""

import json
import unittest

import jixiao

from support import CORPUS


class NulText(unittest.TestCase):
    def test_title_project_and_indicator_name(self):
        with jixiao.parse_document(CORPUS) as document:
            data = json.loads(document.to_json())
        data["title"] = "T\x00itle"
        data["declarations"][0]["project"]["name"] = "A\x00B"
        data["declarations"][0]["indicators"][0]["name"] = "n\x00m"
        with jixiao.parse_text(json.dumps(data)) as document:
            self.assertEqual(document.title, "T\x00itle")
            self.assertEqual(document.declarations[0].project.name, "A\x00B")
            self.assertEqual(document.declarations[0].indicators[0].name, "n\x00m")
            frame = document.indicators_frame()
            self.assertEqual(frame.loc[0, "name"], "n\x00m")
            self.assertEqual(frame.loc[0, "project"], "A\x00B")

    def test_target_raw_and_the_unit_of_an_actual(self):
        target = jixiao.parse_target("≥90%\x00x")
        self.assertEqual(target.raw, "≥90%\x00x")
        target = jixiao.parse_target("≥90%")
        self.assertEqual(target.evaluate("95", unit="%").verdict, "met")
        evaluation = target.evaluate("95", unit="%\x00x")  # another unit, not "%"
        self.assertEqual(evaluation.verdict, "not_comparable")
        self.assertIn("%\x00x", evaluation.reason)


if __name__ == "__main__":
    unittest.main()
