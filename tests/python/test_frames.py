# SPDX-License-Identifier: Apache-2.0
"""DataFrames: the Hongkou document's frames against the golden TSVs and the
document JSON, cell by cell; money exact as Decimal or integer 分; and the package
without pandas (an ImportError that says what to install, nothing else broken)."""

import datetime
import importlib.util
import json
import os
import subprocess
import sys
import textwrap
import unittest
from decimal import Decimal

import jixiao
from jixiao import frames

from support import CORPUS, REPO, golden_declarations, golden_indicators

HAVE_PANDAS = importlib.util.find_spec("pandas") is not None
# ctest sets this for the interpreter that has the python3-* packages (Debian's):
# there, a missing pandas is a failure, not a reason to test less.
REQUIRED = set(filter(None, os.environ.get("JIXIAO_TEST_REQUIRE", "").split(",")))

FUNDS_FIELDS = ("total", "total_fiscal", "total_other", "annual", "annual_appropriation",
                "annual_carryover", "annual_other")


def flatten(data, prefix=""):
    """A JSON object's leaves by dotted path (as the frames name their columns)."""
    out = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        else:
            out[name] = value
    return out


def as_json(value):
    """A frame cell back to its JSON value (Decimal → its string, date → ISO)."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    try:
        import pandas
        if value is pandas.NA:
            return None
    except ImportError:
        pass
    return value


class PandasIsThere(unittest.TestCase):
    def test_required_packages_are_installed(self):
        for name in sorted(REQUIRED):
            with self.subTest(package=name):
                self.assertIsNotNone(importlib.util.find_spec(name),
                                     f"{name} is required on {sys.executable} (see cmake/bootstrap.sh)")


@unittest.skipUnless(HAVE_PANDAS, "this interpreter has no pandas: WithoutPandas covers it")
class DocumentFrames(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.document = jixiao.parse_document(CORPUS)
        cls.data = json.loads(cls.document.to_json())

    @classmethod
    def tearDownClass(cls):
        cls.document.close()

    def test_indicators_against_golden(self):
        frame = self.document.indicators_frame()
        golden = golden_indicators()
        self.assertEqual(len(frame), len(golden))
        for index, row in enumerate(golden):
            with self.subTest(row=index):
                cells = frame.iloc[index]
                self.assertEqual(cells["project"], row["project"])
                self.assertEqual(cells["level1"], row["level1"])
                self.assertEqual(cells["level2"], row["level2"])
                self.assertEqual(cells["name"], row["name"])
                self.assertEqual(cells["target.raw"], row["raw"])
                self.assertEqual(cells["target.kind"], row["kind"])
                if row["kind"] == "compare":
                    self.assertEqual(cells["target.op"], row["op_or_term"])
                    self.assertIsInstance(cells["target.value"], Decimal)
                    self.assertEqual(str(cells["target.value"]), row["value_or_basis"])
                    self.assertEqual(cells["target.unit"], row["unit"])
                elif row["kind"] == "qualitative":
                    self.assertEqual(cells["target.term"], row["op_or_term"])
                    self.assertIsNone(cells["target.value"])

    def test_indicators_are_the_json_cell_by_cell(self):
        frame = self.document.indicators_frame()
        rows = [(d, i, declaration["project"]["name"], indicator)
                for d, declaration in enumerate(self.data["declarations"])
                for i, indicator in enumerate(declaration["indicators"])]
        self.assertEqual(len(frame), len(rows))
        records = frame.to_dict("records")
        for (d, i, project, indicator), record in zip(rows, records):
            self.assertEqual((record["declaration"], record["indicator"], record["project"]), (d, i, project))
            leaves = flatten(indicator)
            for column, value in record.items():
                if column in ("declaration", "indicator", "project"):
                    continue
                self.assertEqual(as_json(value), leaves.get(column), f"row {d}/{i} column {column}")
            self.assertLessEqual(set(leaves), set(record), "a JSON key without a column")

    def test_declarations_against_golden(self):
        frame = self.document.declarations_frame()
        golden = golden_declarations()
        self.assertEqual(len(frame), len(golden))
        for index, row in enumerate(golden):
            with self.subTest(doc=row["doc"]):
                cells = frame.iloc[index]
                self.assertEqual(cells["declaration"], index)
                for key in ("name", "nature", "category", "supervisor", "implementer"):
                    self.assertEqual(cells["project." + key], row[key])
                self.assertEqual(cells["project.start_date"], datetime.date.fromisoformat(row["start_date"]))
                self.assertEqual(cells["year"], int(row["year"]))
                self.assertEqual(cells["indicators"], int(row["indicators"]))
                for field in FUNDS_FIELDS:
                    value = cells["funds." + field]
                    self.assertIsInstance(value, Decimal)
                    self.assertEqual(str(value), row["funds." + field])  # the scale too

    def test_declarations_are_the_json_cell_by_cell(self):
        records = self.document.declarations_frame().to_dict("records")
        for index, (declaration, record) in enumerate(zip(self.data["declarations"], records)):
            leaves = flatten({k: v for k, v in declaration.items() if k != "indicators"})
            for column, value in record.items():
                if column in ("declaration", "indicators"):
                    continue
                self.assertEqual(as_json(value), leaves.get(column), f"declaration {index} column {column}")
            self.assertLessEqual(set(leaves), set(record))

    def test_money_in_fen_is_exact(self):
        in_yuan = self.document.declarations_frame()
        in_fen = self.document.declarations_frame(money="fen")
        for field in FUNDS_FIELDS:
            column = in_fen["funds." + field]
            self.assertEqual(str(column.dtype), "Int64")
            for yuan, fen in zip(in_yuan["funds." + field], column):
                self.assertEqual(Decimal(int(fen)), yuan * 100)
        self.assertEqual(int(in_fen["funds.total"].sum()), 3337861500)
        self.assertEqual(sum(in_yuan["funds.total"]), Decimal("33378615.00"))
        with self.assertRaises(ValueError):
            self.document.declarations_frame(money="float")

    def test_fen_refuses_fractions_of_a_fen(self):
        data = json.loads(json.dumps(self.data))
        data["declarations"][0]["funds"]["total"] = "0.005"
        with self.assertRaises(ValueError) as caught:
            frames.document_frame([(None, data)], "declarations", money="fen")
        self.assertIn("0.005", str(caught.exception))

    def test_no_float_anywhere(self):
        for frame in (self.document.indicators_frame(), self.document.declarations_frame(),
                      self.document.diagnostics_frame()):
            for column in frame.columns:
                self.assertNotEqual(frame[column].dtype.kind, "f", column)
                self.assertFalse(any(isinstance(value, float) for value in frame[column]), column)

    def test_diagnostics(self):
        frame = self.document.diagnostics_frame()
        expected = self.document.diagnostics
        self.assertGreater(len(expected), 0)
        self.assertEqual(list(frame.columns), ["code", "severity", "message", "declaration", "indicator", "line"])
        for diagnostic, record in zip(expected, frame.to_dict("records")):
            self.assertEqual([as_json(record[key]) for key in frame.columns],
                             [diagnostic.code, diagnostic.severity, diagnostic.message,
                              diagnostic.declaration, diagnostic.indicator, diagnostic.line])
        self.assertEqual(len(frame), len(expected))

    def test_columns_do_not_depend_on_the_content(self):
        empty = '{"format": "jixiao.document/1", "title": null, "declarations": [], "diagnostics": []}'
        with jixiao.parse_text(empty) as document:
            for name in ("indicators_frame", "declarations_frame", "diagnostics_frame"):
                with self.subTest(frame=name):
                    blank = getattr(document, name)()
                    full = getattr(self.document, name)()
                    self.assertEqual(len(blank), 0)
                    self.assertEqual(list(blank.columns), list(full.columns))

    def test_keys_the_spec_does_not_list_yet_are_kept(self):
        data = json.loads(json.dumps(self.data))
        data["declarations"][0]["indicators"][0]["confidence"] = "high"
        data["declarations"][0]["indicators"][0]["target"]["certainty"] = "0.9"
        frame = frames.document_frame([(None, data)], "indicators")
        self.assertEqual(list(frame.columns)[-2:], ["confidence", "target.certainty"])
        self.assertEqual(frame.loc[0, "confidence"], "high")
        self.assertIsNone(frame.loc[1, "confidence"])

    def test_frames_outlive_the_document(self):
        document = jixiao.parse_document(CORPUS)
        frame = document.indicators_frame()
        document.close()
        self.assertEqual(len(frame), 100)
        with self.assertRaises(jixiao.ClosedError):
            document.indicators_frame()


@unittest.skipUnless(HAVE_PANDAS, "this interpreter has no pandas: WithoutPandas covers it")
class ScoreFrames(unittest.TestCase):
    ACTUALS = {"declarations": [{"project": "专业设备购置及更新",
                                 "budget": {"annual": "300000.00", "executed": "291000.00"},
                                 "indicators": [{"name": "水泵更完成率", "actual": "100", "unit": "%"}]}]}

    @classmethod
    def setUpClass(cls):
        cls.document = jixiao.parse_document(CORPUS)
        cls.report = jixiao.score(cls.document, cls.ACTUALS)

    @classmethod
    def tearDownClass(cls):
        cls.report.close()
        cls.document.close()

    def test_indicator_rows_are_the_report(self):
        frame = self.report.frame()
        expected = [(index, declaration.project, row)
                    for index, declaration in enumerate(self.report.declarations) for row in declaration.indicators]
        self.assertEqual(len(frame), len(expected))
        for (index, project, row), record in zip(expected, frame.to_dict("records")):
            self.assertEqual(record["declaration"], index)
            self.assertEqual(record["project"], project)
            for key in ("level1", "level2", "name", "weight", "met", "score", "reason", "target", "actual"):
                self.assertEqual(as_json(record[key]), as_json(getattr(row, key)), key)
        data = json.loads(self.report.to_json())
        first = data["declarations"][0]["indicators"][1]
        self.assertEqual(frame.loc[1, "status"], first["status"])
        self.assertEqual(bool(frame.loc[1, "overshoot"]), first["overshoot"])

    def test_declaration_rows(self):
        frame = self.report.frame("declarations")
        in_fen = self.report.frame("declarations", money="fen")
        self.assertEqual(len(frame), len(self.report.declarations))
        for index, declaration in enumerate(self.report.declarations):
            cells = frame.iloc[index]
            self.assertEqual(cells["project"], declaration.project)
            self.assertEqual(cells["total"], declaration.total)
            self.assertEqual(cells["grade"], declaration.grade)
            self.assertEqual(cells["budget.rate"], declaration.budget_rate)
            self.assertEqual(cells["budget.score"], declaration.budget_score)
            for name, part in declaration.level1.items():
                self.assertEqual(cells[f"level1.{name}.weight"], part.weight)
                self.assertEqual(cells[f"level1.{name}.score"], part.score)
        self.assertEqual(frame.loc[0, "budget.executed"], Decimal("291000.00"))
        self.assertEqual(in_fen.loc[0, "budget.executed"], 29100000)
        with self.assertRaises(ValueError):
            self.report.frame("projects")


class WithoutPandas(unittest.TestCase):
    """The package with pandas made unimportable (in a child interpreter)."""

    def run_child(self, code):
        blocked = "import sys; sys.modules['pandas'] = None\n" + textwrap.dedent(code)
        result = subprocess.run([sys.executable, "-c", blocked], cwd=REPO, env=dict(os.environ),
                                capture_output=True, text=True, timeout=120)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def test_frames_say_what_to_install_and_the_rest_works(self):
        out = self.run_child(f"""
            import jixiao
            document = jixiao.parse_document({str(CORPUS)!r})
            print(len(document.declarations), document.funds_total())
            for call in (document.indicators_frame, document.declarations_frame, document.diagnostics_frame,
                         jixiao.read_many([{str(CORPUS)!r}], progress=False).indicators_frame):
                try:
                    call()
                except ImportError as error:
                    print(call.__name__, "ImportError", error.name, "python3-pandas" in str(error))
        """)
        self.assertEqual(out.splitlines(), [
            "7 33378615.00",
            "indicators_frame ImportError pandas True",
            "declarations_frame ImportError pandas True",
            "diagnostics_frame ImportError pandas True",
            "indicators_frame ImportError pandas True",
        ])

    def test_importing_jixiao_does_not_import_pandas(self):
        out = self.run_child("""
            import sys
            del sys.modules['pandas']
            import jixiao
            jixiao.parse_document("tests/data/corpus/hongkou-court-2024.txt").declarations
            print('pandas' in sys.modules)
        """)
        self.assertEqual(out.strip(), "False")


if __name__ == "__main__":
    unittest.main()
