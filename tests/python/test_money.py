# SPDX-License-Identifier: Apache-2.0
"""Amounts: parsing, 万元 and 人民币大写 (money.md), always Decimal, never float."""

import unittest
from decimal import Decimal

import jixiao


class ParseAmount(unittest.TestCase):
    def test_forms_of_money_md(self):
        cases = {
            "12,780,000.00": "12780000.00",
            "12780000": "12780000.00",
            "0.00": "0.00",
            "-1,234.50": "-1234.50",
            "¥1,409.50": "1409.50",
            "￥1409.5": "1409.50",
            "１２３.４５": "123.45",
            "349.80万元": "3498000.00",
        }
        for text, expected in cases.items():
            with self.subTest(text=text):
                value = jixiao.parse_amount(text)
                self.assertIsInstance(value, Decimal)
                self.assertEqual(str(value), expected)

    def test_large_amounts_stay_exact(self):
        # Beyond a double's 15-16 significant digits: must not go through float.
        self.assertEqual(str(jixiao.parse_amount("999,999,999,999,999.99")), "999999999999999.99")
        self.assertEqual(str(jixiao.parse_amount("123456789012345.67")), "123456789012345.67")

    def test_malformed_amounts_are_errors_with_offsets(self):
        cases = {"1,2,3": None, "12..5": 3, "1e5": 1, "": 0, "12a": 2}
        for text, offset in cases.items():
            with self.subTest(text=text):
                with self.assertRaises(jixiao.ParseError) as caught:
                    jixiao.parse_amount(text)
                error = caught.exception
                self.assertIsInstance(error, jixiao.JixiaoError)
                self.assertIsNotNone(error.offset)
                if offset is not None:
                    self.assertEqual(error.offset, offset)
                self.assertTrue(str(error))

    def test_overflow_is_an_error(self):
        with self.assertRaises(jixiao.JixiaoError):
            jixiao.parse_amount("99999999999999999999999.00")

    def test_rejects_non_text(self):
        with self.assertRaises(TypeError):
            jixiao.parse_amount(1409.5)


class Chinese(unittest.TestCase):
    def test_official_examples(self):
        cases = {
            "1409.50": "人民币壹仟肆佰零玖元伍角",
            "6007.14": "人民币陆仟零柒元壹角肆分",
            "1680.32": "人民币壹仟陆佰捌拾元零叁角贰分",
            "107000.53": "人民币壹拾万柒仟元零伍角叁分",
            "16409.02": "人民币壹万陆仟肆佰零玖元零贰分",
            "325.04": "人民币叁佰贰拾伍元零肆分",
        }
        for amount, expected in cases.items():
            with self.subTest(amount=amount):
                self.assertEqual(jixiao.amount_to_chinese(Decimal(amount)), expected)

    def test_fixed_spellings(self):
        cases = {
            "10005": "人民币壹万零伍元整",
            "0": "人民币零元整",
            "0.05": "人民币伍分",
            "100000005": "人民币壹亿零伍元整",
            "-1409.50": "人民币负壹仟肆佰零玖元伍角",
        }
        for amount, expected in cases.items():
            with self.subTest(amount=amount):
                self.assertEqual(jixiao.amount_to_chinese(Decimal(amount)), expected)

    def test_more_than_two_decimals_is_refused(self):
        with self.assertRaises(jixiao.JixiaoError):
            jixiao.amount_to_chinese(Decimal("1.005"))

    def test_float_is_refused(self):
        with self.assertRaises(TypeError):
            jixiao.amount_to_chinese(1409.5)


class Wan(unittest.TestCase):
    def test_exact_conversion(self):
        self.assertEqual(str(jixiao.to_wan(Decimal("12780000.00"))), "1278.000000")
        self.assertEqual(str(jixiao.to_wan(Decimal("1409.50"))), "0.140950")
        self.assertEqual(str(jixiao.to_wan(Decimal("0.01"))), "0.000001")
        self.assertEqual(jixiao.to_wan(Decimal("33378615.00")), Decimal("3337.8615"))

    def test_integer_input(self):
        self.assertEqual(str(jixiao.to_wan(3498000)), "349.800000")


if __name__ == "__main__":
    unittest.main()
