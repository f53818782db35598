# SPDX-License-Identifier: Apache-2.0
"""The frames built from the library's columns (jx_document_columns, issue 19's
speed path) are the frames built from the document JSON: same columns, order,
dtypes and values, compared exactly, over every document in tests/data the
package reads and a document with every kind of target (and bytes that are not
UTF-8)."""

import importlib.util
import os
import unittest

import jixiao
from jixiao import frames

from support import CORPUS, DATA

HAVE_PANDAS = importlib.util.find_spec("pandas") is not None
REQUIRED = set(filter(None, os.environ.get("JIXIAO_TEST_REQUIRE", "").split(",")))

# Each replaces the 指标值 of one row of the Hongkou document, in order.
EVERY_KIND = ["较上年提升5%", "2024年12月31日前", "11月底前", "2023.07-2024.01", "1-12月", "90%-95%", "≥",
              "待定", "≥90%(含)", "每年11月底前", "较上年下降", "≤5天", "90%-95%(抽检)"]
NOT_UTF8 = b"\xff\xfe\xe5\xa5"  # two bytes that start nothing, then a cut-off 好


def every_kind_document() -> bytes:
    data = CORPUS.read_bytes()
    markers = [m.encode() for m in ("\t=100.00(%)\n", "\t提升\n", "\t健全\n", "\t≥90.00 (%)\n")]
    for raw in [r.encode() for r in EVERY_KIND] + [NOT_UTF8]:
        marker = next(m for m in markers if m in data)
        at = data.index(marker)
        data = data[:at] + b"\t" + raw + b"\n" + data[at + len(marker):]
    return data


def documents():
    """(name, bytes or path) of every document in tests/data the core reads."""
    yield "every kind", every_kind_document()
    yield CORPUS.name, CORPUS
    for folder, patterns in (("corpus/real", ("*.txt",)), ("serializations", ("*.txt", "*.md")),
                             ("published", ("*.xlsx", "*.xls", "*.html"))):
        for pattern in patterns:
            for path in sorted((DATA / folder).glob(pattern)):
                yield f"{folder}/{path.name}", path


@unittest.skipUnless(HAVE_PANDAS or "pandas" in REQUIRED, "pandas is not installed")
class NativeFrames(unittest.TestCase):
    def assert_same(self, native, reference, what):
        import pandas
        self.assertEqual(list(native.columns), list(reference.columns), what)
        self.assertEqual(list(native.dtypes), list(reference.dtypes), what)
        pandas.testing.assert_frame_equal(native, reference, check_exact=True, obj=what)

    def test_every_document(self):
        read = 0
        for name, source in documents():
            with self.subTest(document=name):
                document = jixiao.parse_text(source) if isinstance(source, bytes) else jixiao.parse_document(source)
                with document:
                    data = document._data()
                    self.assert_same(document.indicators_frame(),
                                     frames.document_frame([(None, data)], "indicators"), f"{name} indicators")
                    for money in frames.MONEY:
                        self.assert_same(document.declarations_frame(money=money),
                                         frames.document_frame([(None, data)], "declarations", money),
                                         f"{name} declarations, money={money}")
                read += 1
        self.assertGreaterEqual(read, 12)  # the folders were found

    def test_read_many(self):
        paths = [str(CORPUS)] + sorted(str(path) for path in (DATA / "corpus" / "real").glob("*.txt"))
        for empty in (False, True):
            with self.subTest(empty=empty), jixiao.read_many([] if empty else paths, workers=2,
                                                            progress=False) as result:
                self.assertEqual(len(result.documents), 0 if empty else len(paths))
                data = [(path, document._data()) for path, document in result.documents.items()]
                self.assert_same(result.indicators_frame(), frames.document_frame(data, "indicators"),
                                 "read_many indicators")
                for money in frames.MONEY:
                    self.assert_same(result.declarations_frame(money), frames.document_frame(data, "declarations", money),
                                     f"read_many declarations, money={money}")

    def test_every_kind_is_covered(self):
        with jixiao.parse_text(every_kind_document()) as document:
            frame = document.indicators_frame()
        self.assertEqual(set(frame["target.kind"]),
                         {"compare", "range", "trend", "deadline", "period", "qualitative", "invalid",
                          "placeholder"})
        # the sparse columns were exercised, not just absent
        for column in ("target.note", "target.by.value", "target.date", "target.month_day", "target.recurring",
                       "target.start", "target.low", "target.error", "target.offset"):
            self.assertTrue(frame[column].notna().any(), column)
        # not UTF-8: one U+FFFD per byte, as the document JSON writes it
        raws = list(frame["target.raw"])
        self.assertIn("\ufffd\ufffd\ufffd\ufffd", raws)

    def test_money_is_exact(self):
        from decimal import Decimal
        with jixiao.parse_document(CORPUS) as document:
            decimal = document.declarations_frame()
            fen = document.declarations_frame(money="fen")
        self.assertEqual(sum(decimal["funds.total"]), Decimal("33378615.00"))
        self.assertEqual(int(fen["funds.total"].sum()), 3337861500)
        self.assertEqual(str(fen["funds.total"].dtype), "Int64")
        self.assertTrue(all(isinstance(value, Decimal) for value in decimal["funds.total"]))

    def test_bad_money_spelling(self):
        with jixiao.parse_document(CORPUS) as document:
            with self.assertRaisesRegex(ValueError, "money must be one of"):
                document.declarations_frame(money="yuan")


if __name__ == "__main__":
    unittest.main()
