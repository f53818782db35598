# SPDX-License-Identifier: Apache-2.0
"""Target values of every kind (target-values.md): fields, canonical form, evaluation."""

import datetime
import pickle
import unittest
from decimal import ROUND_HALF_UP, Decimal

import jixiao

D = Decimal


class Kinds(unittest.TestCase):
    def check(self, text, kind, **fields):
        target = jixiao.parse_target(text)
        self.assertEqual(target.kind, kind, f"{text}: {target!r}")
        self.assertEqual(target.raw, text)
        for name, value in fields.items():
            with self.subTest(text=text, field=name):
                actual = getattr(target, name)
                self.assertEqual(actual, value)
                if isinstance(value, Decimal):
                    self.assertIsInstance(actual, Decimal)
                    self.assertEqual(str(actual), str(value))  # digits as written
        return target

    def test_compare(self):
        self.check("≥26000.00(件)", "compare", op="ge", value=D("26000.00"), unit="件")
        self.check("=100.00(%)", "compare", op="eq", value=D("100.00"), unit="%")
        self.check("≤6.00 (小时)", "compare", op="le", value=D("6.00"), unit="小时")
        self.check("$\\geq 98.70\\%$", "compare", op="ge", value=D("98.70"), unit="%")
        self.check("≤90万元", "compare", op="le", value=D("90"), unit="万元")
        self.check(">92%", "compare", op="gt", value=D("92"), unit="%")
        self.check("100%", "compare", op="eq", value=D("100"), unit="%")
        self.check("不低于95％", "compare", op="ge", value=D("95"), unit="%")
        self.check("≥1,000次/年", "compare", op="ge", value=D("1000"), unit="次/年")
        target = self.check("10辆", "compare", op="eq", value=D("10"), unit="辆")
        for name in ("low", "high", "direction", "basis", "date", "term", "error"):
            self.assertIsNone(getattr(target, name), name)

    def test_range(self):
        self.check("45%-60%", "range", low=D("45"), high=D("60"), unit="%")
        self.check("14-24℃", "range", low=D("14"), high=D("24"), unit="℃")
        self.check("≥90%且≤95%", "range", low=D("90"), high=D("95"), unit="%")

    def test_trend(self):
        self.check("提升", "trend", direction="up", basis="none", by=None)
        self.check("持平", "trend", direction="flat", basis="none")
        self.check("下降或持平", "trend", direction="not_up", basis="none")
        self.check("同比下降", "trend", direction="down", basis="yoy")
        self.check("环比上升", "trend", direction="up", basis="mom")
        self.check("不高于上年", "trend", direction="not_up", basis="yoy")
        self.check("同比增长5%", "trend", direction="up", basis="yoy", by=D("5"), by_unit="%")

    def test_deadline(self):
        self.check("2024年12月31日前完成", "deadline", date=datetime.date(2024, 12, 31))

    def test_period(self):
        self.check("2023.07-2024.01", "period", start="2023-07", end="2024-01")

    def test_qualitative(self):
        for term in ("合规", "及时", "健全", "效果明显"):
            self.check(term, "qualitative", term=term)
        self.check("  合规 ", "qualitative", term="合规")

    def test_invalid_is_a_value_not_an_exception(self):
        target = self.check("≥", "invalid", error_offset=len("≥".encode("utf-8")))
        self.assertFalse(target.valid)
        self.assertTrue(target.error)
        self.assertTrue(target.expected)
        for text in ("", "90%-", "1..5", "≥%", "≥≥90%"):
            with self.subTest(text=text):
                target = jixiao.parse_target(text)
                self.assertEqual(target.kind, "invalid")
                self.assertIsInstance(target.error_offset, int)
                self.assertLessEqual(target.error_offset, len(text.encode("utf-8")))

    def test_invalid_utf8(self):
        target = jixiao.parse_target(b"\xff\xfe90%")
        self.assertEqual(target.kind, "invalid")
        self.assertEqual(target.error_offset, 0)

    def test_bytes_and_str_agree(self):
        self.assertEqual(jixiao.parse_target("≥90%"), jixiao.parse_target("≥90%".encode("utf-8")))

    def test_type_errors(self):
        with self.assertRaises(TypeError):
            jixiao.parse_target(90)


class Canonical(unittest.TestCase):
    SAMPLES = ("≥26000.00(件)", ">92%", "100%", "45%-60%", "提升", "同比下降", "同比增长5%",
               "2024年12月31日前完成", "2023.07-2024.01", "合规", "$\\leq 5$")

    def test_round_trip(self):
        for text in self.SAMPLES:
            with self.subTest(text=text):
                target = jixiao.parse_target(text)
                again = jixiao.parse_target(target.canonical())
                expected = target.fields()
                actual = again.fields()
                del expected["raw"], actual["raw"]
                self.assertEqual(actual, expected)

    def test_shanghai_rendering(self):
        self.assertEqual(jixiao.parse_target("≥90%").canonical(), "≥90(%)")

    def test_json(self):
        import json

        data = json.loads(jixiao.parse_target("≥26000.00(件)").to_json())
        self.assertEqual(data["raw"], "≥26000.00(件)")
        self.assertEqual(data["kind"], "compare")
        self.assertEqual(data["op"], "ge")
        self.assertEqual(data["value"], "26000.00")
        self.assertEqual(data["unit"], "件")

    def test_value_semantics(self):
        a = jixiao.parse_target("≥90%")
        b = jixiao.parse_target("≥90%")
        self.assertEqual(a, b)
        self.assertEqual(hash(a), hash(b))
        self.assertNotEqual(a, jixiao.parse_target("≥91%"))
        copy = pickle.loads(pickle.dumps(a))
        self.assertEqual(copy, a)
        self.assertEqual(copy.canonical(), a.canonical())

    def test_closed_target(self):
        with jixiao.parse_target("≥90%") as target:
            pass
        self.assertEqual(target.value, D("90"))  # fields stay
        with self.assertRaises(jixiao.ClosedError):
            target.canonical()


def _ratio(numerator, denominator):
    return (D(numerator) / D(denominator)).quantize(D("1E-10"), rounding=ROUND_HALF_UP)


class Evaluate(unittest.TestCase):
    def test_positive_compare(self):
        target = jixiao.parse_target("≥90.00(%)")
        met = target.evaluate(D("93.5"))
        self.assertTrue(met.met)
        self.assertEqual(met.verdict, "met")
        missed = target.evaluate("85", unit="%")
        self.assertEqual(missed.verdict, "not_met")
        self.assertFalse(missed.met)
        self.assertEqual(missed.degree, _ratio(85, 90))
        self.assertTrue(missed.reason)

    def test_reverse_compare(self):
        target = jixiao.parse_target("≤6.00 (小时)")
        self.assertTrue(target.evaluate(5).met)
        missed = target.evaluate(8)
        self.assertEqual(missed.verdict, "not_met")
        self.assertEqual(missed.degree, _ratio(6, 8))

    def test_unit_mismatch_is_not_comparable(self):
        result = jixiao.parse_target("≥90.00(%)").evaluate("93", unit="件")
        self.assertEqual(result.verdict, "not_comparable")
        self.assertIsNone(result.degree)

    def test_range(self):
        target = jixiao.parse_target("45%-60%")
        self.assertTrue(target.evaluate(50).met)
        self.assertEqual(target.evaluate(30).degree, _ratio(30, 45))

    def test_trend(self):
        target = jixiao.parse_target("提升")
        self.assertTrue(target.evaluate("up").met)
        self.assertTrue(target.evaluate("提高").met)
        self.assertEqual(target.evaluate("down").verdict, "not_met")
        self.assertTrue(target.evaluate((D("100"), D("120"))).met)
        self.assertEqual(target.evaluate((120, 100)).verdict, "not_met")
        self.assertTrue(jixiao.parse_target("下降或持平").evaluate("flat").met)

    def test_deadline(self):
        target = jixiao.parse_target("2024年12月31日前完成")
        self.assertTrue(target.evaluate(datetime.date(2024, 11, 30)).met)
        self.assertTrue(target.evaluate("2024-12-31").met)
        self.assertEqual(target.evaluate(datetime.date(2025, 1, 2)).verdict, "not_met")

    def test_qualitative(self):
        target = jixiao.parse_target("合规")
        self.assertTrue(target.evaluate("achieved").met)
        self.assertTrue(target.evaluate("合规").met)
        self.assertEqual(target.evaluate("not_achieved").verdict, "not_met")

    def test_bad_actual_number_is_a_parse_error(self):
        with self.assertRaises(jixiao.ParseError) as caught:
            jixiao.parse_target("≥90%").evaluate("9..5")
        self.assertIsNotNone(caught.exception.offset)

    def test_float_actual_is_refused(self):
        with self.assertRaises(TypeError):
            jixiao.parse_target("≥90%").evaluate(93.5)

    def test_indicator_targets_evaluate(self):
        from support import CORPUS

        with jixiao.parse_document(CORPUS) as document:
            indicator = document.declarations[3].indicators[1]
        self.assertEqual(indicator.name, "全年收案数")
        self.assertTrue(indicator.target.evaluate(26500).met)
        self.assertEqual(indicator.target.evaluate(13000).degree, _ratio(13000, 26000))


if __name__ == "__main__":
    unittest.main()
