# SPDX-License-Identifier: Apache-2.0
"""The Hongkou document through the Python API, field by field against the golden TSVs."""

import datetime
import errno
import gc
import json
import os
import pathlib
import tempfile
import unittest
import warnings
from decimal import Decimal

import jixiao

from support import CORPUS, golden_declarations, golden_goals, golden_indicators

FUNDS_FIELDS = (
    "total",
    "total_fiscal",
    "total_other",
    "annual",
    "annual_appropriation",
    "annual_carryover",
    "annual_other",
)


def _date(text):
    return datetime.date.fromisoformat(text)


class HongkouDeclarations(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.document = jixiao.parse_document(CORPUS)
        cls.declarations = cls.document.declarations

    @classmethod
    def tearDownClass(cls):
        cls.document.close()

    def test_title(self):
        self.assertEqual(self.document.title, "上海市虹口区人民法院 2024 年度项目绩效目标汇总表")

    def test_seven_declarations(self):
        self.assertEqual(len(self.declarations), 7)
        self.assertEqual(len(golden_declarations()), 7)

    def test_project_fields(self):
        for row, declaration in zip(golden_declarations(), self.declarations):
            with self.subTest(doc=row["doc"]):
                project = declaration.project
                self.assertEqual(project.name, row["name"])
                self.assertEqual(project.nature, row["nature"])
                self.assertEqual(project.category, row["category"])
                self.assertEqual(project.supervisor, row["supervisor"])
                self.assertEqual(project.implementer, row["implementer"])
                self.assertIsInstance(project.start_date, datetime.date)
                self.assertEqual(project.start_date, _date(row["start_date"]))
                self.assertEqual(project.end_date, _date(row["end_date"]))
                self.assertEqual(declaration.year, int(row["year"]))

    def test_funds_exact(self):
        for row, declaration in zip(golden_declarations(), self.declarations):
            for field in FUNDS_FIELDS:
                with self.subTest(doc=row["doc"], field=field):
                    value = getattr(declaration.funds, field)
                    self.assertIsInstance(value, Decimal)
                    self.assertEqual(value, Decimal(row["funds." + field]))
                    # Exact: the scale is kept, not just the value.
                    self.assertEqual(str(value), row["funds." + field])
            self.assertEqual(declaration.funds.unit, "元")

    def test_total_of_all_declarations(self):
        total = sum((d.funds.total for d in self.declarations), Decimal(0))
        self.assertEqual(total, Decimal("33378615.00"))
        self.assertEqual(str(total), "33378615.00")

    def test_goals(self):
        for row, declaration in zip(golden_goals(), self.declarations):
            with self.subTest(doc=row["doc"]):
                self.assertEqual(declaration.goals.overall, row["overall"])
                self.assertEqual(declaration.goals.annual, row["annual"])

    def test_indicator_counts(self):
        for row, declaration in zip(golden_declarations(), self.declarations):
            with self.subTest(doc=row["doc"]):
                self.assertEqual(len(declaration.indicators), int(row["indicators"]))
        self.assertEqual(sum(len(d.indicators) for d in self.declarations), 100)

    def test_all_indicators_field_by_field(self):
        rows = golden_indicators()
        self.assertEqual(len(rows), 100)
        actual = [(i, d, ind) for i, d in enumerate(self.declarations) for ind in d.indicators]
        self.assertEqual(len(actual), len(rows))
        for row, (index, declaration, indicator) in zip(rows, actual):
            with self.subTest(doc=row["doc"], name=row["name"]):
                self.assertEqual(index + 1, int(row["doc"]))
                self.assertEqual(declaration.project.name, row["project"])
                accepted = {(row["level1"], row["level2"])}
                if row["also_accepted"]:
                    accepted.add(tuple(row["also_accepted"].split("/")))
                self.assertIn((indicator.level1, indicator.level2), accepted)
                self.assertEqual(indicator.name, row["name"])
                target = indicator.target
                self.assertEqual(target.raw, row["raw"])
                self.assertEqual(target.kind, row["kind"])
                if row["kind"] == "compare":
                    self.assertEqual(target.op, row["op_or_term"])
                    self.assertIsInstance(target.value, Decimal)
                    self.assertEqual(str(target.value), row["value_or_basis"])
                    self.assertEqual(target.unit, row["unit"])
                elif row["kind"] == "trend":
                    self.assertEqual(target.direction, row["op_or_term"])
                    self.assertEqual(target.basis, row["value_or_basis"])
                elif row["kind"] == "qualitative":
                    self.assertEqual(target.term, row["op_or_term"])
                else:
                    self.fail(f"golden kind {row['kind']} not covered by this test")
                self.assertIsInstance(indicator.line, int)
                self.assertGreater(indicator.line, 0)

    def test_indicator_lines_point_at_their_rows(self):
        lines = CORPUS.read_text(encoding="utf-8").split("\n")
        for declaration in self.declarations:
            for indicator in declaration.indicators:
                with self.subTest(name=indicator.name):
                    self.assertIn(indicator.name, lines[indicator.line - 1])

    def test_ingest_diagnostics_are_plain_values(self):
        for diagnostic in self.document.diagnostics:
            self.assertIsInstance(diagnostic.code, str)
            self.assertTrue(diagnostic.code.startswith("INGEST_"), diagnostic.code)
            self.assertIn(diagnostic.severity, ("error", "warning", "info"))
            self.assertIsInstance(diagnostic.message, str)


class Inputs(unittest.TestCase):
    """parse_document reads a path (str or Path); parse_text (loads) reads text."""

    def _names(self, document):
        with document:
            return [d.project.name for d in document.declarations]

    def test_path_str_text_and_bytes_agree(self):
        expected = [row["name"] for row in golden_declarations()]
        text = CORPUS.read_text(encoding="utf-8")
        self.assertEqual(self._names(jixiao.parse_document(CORPUS)), expected)
        self.assertEqual(self._names(jixiao.parse_document(str(CORPUS))), expected)
        self.assertEqual(self._names(jixiao.parse_text(text)), expected)
        self.assertEqual(self._names(jixiao.parse_text(text.encode("utf-8"))), expected)
        self.assertIs(jixiao.loads, jixiao.parse_text)

    def test_misspelt_str_path_is_file_not_found(self):
        # It used to be read as text: an empty document with a warning.
        misspelt = str(CORPUS).replace("hongkou", "hongkuo")
        for path in (misspelt, pathlib.Path(misspelt), "hongkou-court-2024.txt"):
            with self.subTest(path=path):
                with self.assertRaises(FileNotFoundError) as caught:
                    jixiao.parse_document(path)
                error = caught.exception
                self.assertIsInstance(error, jixiao.FileError)
                self.assertEqual(error.errno, errno.ENOENT)
                self.assertEqual(error.filename, str(path))
                self.assertIn(str(path), str(error))

    def test_deprecated_text_still_reads_with_a_warning(self):
        expected = [row["name"] for row in golden_declarations()]
        text = CORPUS.read_text(encoding="utf-8")
        for source in (text, text.encode("utf-8")):
            with self.subTest(type=type(source).__name__):
                with self.assertWarns(DeprecationWarning) as caught:
                    names = self._names(jixiao.parse_document(source))
                self.assertEqual(names, expected)
                self.assertIn("parse_text", str(caught.warning))
                self.assertEqual(caught.filename, __file__)  # points at the caller

    def test_what_counts_as_text(self):
        # Line breaks, a tab, a NUL, or a JSON opening bracket: text (deprecated).
        one_line_json = '  {"format": "jixiao.document/1", "title": "T", "declarations": [], "diagnostics": []}'
        for source, title in ((one_line_json, "T"), ('[1]', None), ("a\tb", None), ("a\rb", None)):
            with self.subTest(source=source):
                with self.assertWarns(DeprecationWarning):
                    try:
                        with jixiao.parse_document(source) as document:
                            self.assertEqual(document.title, title)
                    except jixiao.JixiaoError:
                        self.assertIsNone(title)  # read as text and refused as such
        # Anything else is a path, even when it looks odd.
        # A str naming an existing file is that file, even one that starts with "{".
        with tempfile.TemporaryDirectory() as directory:
            (pathlib.Path(directory) / "{odd}.txt").write_bytes(CORPUS.read_bytes())
            here = os.getcwd()
            os.chdir(directory)
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("error")
                    with jixiao.parse_document("{odd}.txt") as document:
                        self.assertEqual(len(document.declarations), 7)
                    with self.assertRaises(FileNotFoundError):
                        jixiao.parse_document("odd.txt")
            finally:
                os.chdir(here)

    def test_parse_text_takes_text_only(self):
        for value in (CORPUS, 12, None):
            with self.subTest(value=value):
                with self.assertRaises(TypeError):
                    jixiao.parse_text(value)

    def test_json_round_trip(self):
        with jixiao.parse_document(CORPUS) as document:
            first = document.to_json()
            declarations = document.declarations
        data = json.loads(first)
        self.assertEqual(data["format"], "jixiao.document/1")
        self.assertEqual(len(data["declarations"]), 7)
        self.assertEqual(data["declarations"][1]["funds"]["total"], "12780000.00")
        with jixiao.parse_text(first) as again:
            self.assertEqual(again.to_json(), first)
            self.assertEqual(again.declarations, declarations)

    def test_csv_has_a_row_per_indicator(self):
        import csv
        import io

        with jixiao.parse_document(CORPUS) as document:
            rows = list(csv.reader(io.StringIO(document.to_csv())))
        self.assertEqual(len(rows), 1 + 100)
        names = [row["name"] for row in golden_indicators()]
        flat = [cell for row in rows[1:] for cell in row]
        for name in names:
            self.assertIn(name, flat)

    def test_text_layout_reads_back_equal(self):
        with jixiao.parse_document(CORPUS) as document:
            text = document.to_text()
            declarations = document.declarations
        self.assertIn("财政项目支出绩效目标申报表", text)
        self.assertIn("12,780,000.00", text)
        with jixiao.parse_text(text) as again:
            for before, after in zip(declarations, again.declarations):
                self.assertEqual(before.project, after.project)
                self.assertEqual(before.funds, after.funds)
                self.assertEqual(before.goals, after.goals)
                self.assertEqual([(i.level1, i.level2, i.name, i.target.raw) for i in before.indicators],
                                 [(i.level1, i.level2, i.name, i.target.raw) for i in after.indicators])


class Summary(unittest.TestCase):
    def test_funds_totals_are_exact(self):
        with jixiao.parse_document(CORPUS) as document:
            self.assertEqual(document.funds_total(), Decimal("33378615.00"))
            self.assertEqual(str(document.funds_total("annual")), "33378615.00")
            self.assertEqual(document.funds_total("total_other"), Decimal("0.00"))
            with self.assertRaises(ValueError):
                document.funds_total("grand")

    def test_summary_renderings(self):
        with jixiao.parse_document(CORPUS) as document:
            text = document.summary()
            markdown = document.summary("markdown")
            csv_text = document.summary("csv")
            data = json.loads(document.summary("json"))
            with self.assertRaises(ValueError):
                document.summary("html")
        self.assertIn("33,378,615.00", text)
        self.assertIn("33,378,615.00", markdown)
        self.assertIn("33378615.00", csv_text)
        self.assertIn("33378615.00", json.dumps(data, ensure_ascii=False))
        for row in golden_declarations():
            self.assertIn(row["name"], text)
            self.assertIn(row["name"], csv_text)


class Lifetimes(unittest.TestCase):
    def test_values_outlive_the_document(self):
        document = jixiao.parse_document(CORPUS)
        declarations = document.declarations
        target = declarations[3].indicators[0].target
        document.close()
        del document
        gc.collect()
        self.assertEqual(declarations[1].funds.total, Decimal("12780000.00"))
        self.assertEqual(len(declarations[3].indicators), 21)
        # A target copied out of a document still prints and evaluates.
        self.assertEqual(jixiao.parse_target(target.canonical()).kind, target.kind)

    def test_children_keep_their_document_alive(self):
        import weakref

        document = jixiao.parse_document(CORPUS)
        target = document.declarations[3].indicators[1].target
        handle = weakref.ref(document._handle)
        del document
        gc.collect()
        # The target borrows from the document's C memory, so that stays alive ...
        self.assertIsNotNone(handle())
        self.assertFalse(handle().closed)
        self.assertTrue(target.evaluate(26500).met)
        # ... until the last child is gone.
        del target
        gc.collect()
        self.assertIsNone(handle())

    def test_children_outlive_an_explicit_close(self):
        document = jixiao.parse_document(CORPUS)
        target = document.declarations[3].indicators[1].target
        canonical = target.canonical()
        document.close()
        # Borrowed memory is gone; the target re-parses its raw text and agrees.
        self.assertEqual(target.canonical(), canonical)
        self.assertTrue(target.evaluate(26500).met)

    def test_use_after_close_raises(self):
        with jixiao.parse_document(CORPUS) as document:
            self.assertFalse(document.closed)
        self.assertTrue(document.closed)
        with self.assertRaises(jixiao.ClosedError):
            document.to_json()
        with self.assertRaises(jixiao.JixiaoError):
            document.to_csv()
        with self.assertRaises(ValueError):
            document.to_text()
        document.close()  # twice is fine

    def test_copy_out_leaves_the_collector_as_it_was(self):
        was_enabled = gc.isenabled()
        try:
            for state in (True, False):
                (gc.enable if state else gc.disable)()
                with jixiao.parse_document(CORPUS) as document:
                    self.assertEqual(len(document.declarations), 7)
                self.assertEqual(gc.isenabled(), state)
        finally:
            (gc.enable if was_enabled else gc.disable)()

    def test_garbage_collection_frees(self):
        import weakref

        document = jixiao.parse_document(CORPUS)
        ref = weakref.ref(document)
        del document
        gc.collect()
        self.assertIsNone(ref())

    def test_path_object_missing_file(self):
        with self.assertRaises(jixiao.JixiaoError) as caught:
            jixiao.parse_document(pathlib.Path("/nonexistent/dir/none.txt"))
        self.assertIn("none.txt", str(caught.exception))
        self.assertIsInstance(caught.exception, OSError)


if __name__ == "__main__":
    unittest.main()
