# SPDX-License-Identifier: Apache-2.0
"""Text keeps every byte through the bindings, NUL included: the accessors use the
C ABI's _n forms (jx_document_title_n, jx_target_text_n, …) and text going in is
passed with its length (jx_target_evaluate_n)."""

import importlib.util
import json
import os
import unittest

import jixiao

from support import CORPUS

HAVE_PANDAS = importlib.util.find_spec("pandas") is not None
REQUIRED = set(filter(None, os.environ.get("JIXIAO_TEST_REQUIRE", "").split(",")))


def nul_document() -> str:
    with jixiao.parse_document(CORPUS) as document:
        data = json.loads(document.to_json())
    data["title"] = "T\x00itle"
    data["declarations"][0]["project"]["name"] = "A\x00B"
    data["declarations"][0]["indicators"][0]["name"] = "n\x00m"
    return json.dumps(data)


class NulText(unittest.TestCase):
    def test_title_project_and_indicator_name(self):
        with jixiao.parse_text(nul_document()) as document:
            self.assertEqual(document.title, "T\x00itle")
            self.assertEqual(document.declarations[0].project.name, "A\x00B")
            self.assertEqual(document.declarations[0].indicators[0].name, "n\x00m")

    @unittest.skipUnless(HAVE_PANDAS or "pandas" in REQUIRED, "pandas is not installed")
    def test_frames(self):
        with jixiao.parse_text(nul_document()) as document:
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
