# SPDX-License-Identifier: Apache-2.0
"""parse_document(path) reads every format the library reads, one test per format
with the files in tests/data: the published text, the PDF, xlsx, xls, HTML and
the document JSON all give the Hongkou document (names, 指标值, funds, exactly)."""

import os
import pathlib
import tempfile
import unittest
from decimal import Decimal

import jixiao
from jixiao import _ffi

from support import CORPUS, DATA

PDF = DATA / "corpus" / "hongkou-court-2024.pdf"
PUBLISHED = DATA / "published"
# The PDF reader is a plugin (GPL, over poppler) found beside the library.
PDF_PLUGIN = pathlib.Path(_ffi.library_path).resolve().parent / "libjixiao_pdf.so"


def contents(document):
    """What every format must agree on: per declaration the project, the funds and
    the (name, 指标值) rows."""
    return [(d.project.name, d.project.start_date, d.funds, [(i.level1, i.level2, i.name, i.target.raw)
                                                             for i in d.indicators])
            for d in document.declarations]


class EveryFormat(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with jixiao.parse_document(CORPUS) as document:
            cls.expected = contents(document)
            cls.json = document.to_json()

    def assert_hongkou(self, path, **options):
        with jixiao.parse_document(path, **options) as document:
            self.assertEqual(len(document.declarations), 7)
            self.assertEqual(document.funds_total(), Decimal("33378615.00"))
            self.assertEqual(contents(document), self.expected)

    def test_text(self):
        self.assert_hongkou(CORPUS)
        self.assert_hongkou(str(CORPUS), format="text")

    def test_pdf(self):
        if PDF_PLUGIN.exists() or os.environ.get("JIXIAO_PDF_PLUGIN"):
            self.assert_hongkou(PDF)
        else:  # built without poppler: a clear error naming the plugin, never a wrong document
            with self.assertRaisesRegex(jixiao.FileError, "libjixiao_pdf.so"):
                jixiao.parse_document(PDF)

    def test_xlsx(self):
        self.assert_hongkou(PUBLISHED / "hongkou-form.xlsx")

    def test_xls(self):
        self.assert_hongkou(PUBLISHED / "hongkou-form.xls")

    def test_html(self):
        self.assert_hongkou(PUBLISHED / "hongkou-form.html")

    def test_json(self):
        with tempfile.TemporaryDirectory() as directory:
            path = pathlib.Path(directory) / "hongkou.json"
            path.write_text(self.json, encoding="utf-8")
            self.assert_hongkou(path)
            self.assert_hongkou(str(path), format="json")

    def test_format_is_from_the_content_not_the_name(self):
        with tempfile.TemporaryDirectory() as directory:
            path = pathlib.Path(directory) / "misnamed.txt"
            path.write_bytes((PUBLISHED / "hongkou-form.xlsx").read_bytes())
            self.assert_hongkou(path)

    def test_a_forced_format_that_does_not_fit_is_an_error(self):
        with self.assertRaises(jixiao.ParseError) as caught:
            jixiao.parse_document(CORPUS, format="json")
        self.assertIn("hongkou-court-2024.txt", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
