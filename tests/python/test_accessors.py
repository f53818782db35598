# SPDX-License-Identifier: Apache-2.0
"""Document values are copied out through the document JSON (one bulk transfer);
the C ABI's typed accessors must give the very same values."""

import ctypes
import datetime
import unittest
from decimal import Decimal

import jixiao
from jixiao import _ffi
from jixiao.money import fen_to_decimal
from jixiao.target import Target, _copy_fields

from support import CORPUS


def _text(function, pointer, field):
    out = ctypes.c_char_p()
    _ffi.check(function(pointer, field, ctypes.byref(out)))
    return None if out.value is None else out.value.decode("utf-8")


class TypedAccessorsAgree(unittest.TestCase):
    def test_every_field(self):
        with jixiao.parse_document(CORPUS) as document:
            declarations = document.declarations
            with document._use() as pointer:
                count = ctypes.c_size_t()
                _ffi.check(_ffi.lib.jx_document_declaration_count(pointer, ctypes.byref(count)))
                self.assertEqual(count.value, len(declarations))
                for index, declaration in enumerate(declarations):
                    item = ctypes.c_void_p()
                    _ffi.check(_ffi.lib.jx_document_declaration(pointer, index, ctypes.byref(item)))
                    self.check_declaration(item.value, declaration)

    def check_declaration(self, pointer, declaration):
        text = lambda field: _text(_ffi.lib.jx_declaration_text, pointer, field)  # noqa: E731
        project = declaration.project
        self.assertEqual(text(_ffi.PROJECT_NAME), project.name)
        self.assertEqual(text(_ffi.PROJECT_NATURE), project.nature)
        self.assertEqual(text(_ffi.PROJECT_CATEGORY), project.category)
        self.assertEqual(text(_ffi.PROJECT_SUPERVISOR), project.supervisor)
        self.assertEqual(text(_ffi.PROJECT_IMPLEMENTER), project.implementer)
        self.assertEqual(datetime.date.fromisoformat(text(_ffi.PROJECT_START_DATE)), project.start_date)
        self.assertEqual(datetime.date.fromisoformat(text(_ffi.PROJECT_END_DATE)), project.end_date)
        self.assertEqual(text(_ffi.GOALS_OVERALL), declaration.goals.overall)
        self.assertEqual(text(_ffi.GOALS_ANNUAL), declaration.goals.annual)
        self.assertEqual(text(_ffi.FUNDS_UNIT), declaration.funds.unit)
        self.assertEqual(text(_ffi.TAXONOMY), declaration.taxonomy)
        for field_index, name in enumerate(_ffi.FUNDS_FIELDS):
            money = _ffi.Money()
            present = ctypes.c_int()
            _ffi.check(_ffi.lib.jx_declaration_funds(pointer, field_index, ctypes.byref(money), ctypes.byref(present)))
            self.assertEqual(present.value, 1)
            value = fen_to_decimal(money.fen)
            self.assertEqual(value, getattr(declaration.funds, name))
            self.assertEqual(str(value), str(getattr(declaration.funds, name)))
        year, has_year = ctypes.c_int(), ctypes.c_int()
        _ffi.check(_ffi.lib.jx_declaration_year(pointer, ctypes.byref(year), ctypes.byref(has_year)))
        self.assertEqual(year.value, declaration.year)
        first, last = ctypes.c_uint32(), ctypes.c_uint32()
        _ffi.check(_ffi.lib.jx_declaration_lines(pointer, ctypes.byref(first), ctypes.byref(last)))
        self.assertEqual((first.value, last.value), (declaration.first_line, declaration.last_line))
        count = ctypes.c_size_t()
        _ffi.check(_ffi.lib.jx_declaration_indicator_count(pointer, ctypes.byref(count)))
        self.assertEqual(count.value, len(declaration.indicators))
        for index, indicator in enumerate(declaration.indicators):
            item = ctypes.c_void_p()
            _ffi.check(_ffi.lib.jx_declaration_indicator(pointer, index, ctypes.byref(item)))
            with self.subTest(name=indicator.name):
                self.assertEqual(_text(_ffi.lib.jx_indicator_text, item, _ffi.INDICATOR_LEVEL1), indicator.level1)
                self.assertEqual(_text(_ffi.lib.jx_indicator_text, item, _ffi.INDICATOR_LEVEL2), indicator.level2)
                self.assertEqual(_text(_ffi.lib.jx_indicator_text, item, _ffi.INDICATOR_NAME), indicator.name)
                self.assertEqual(_text(_ffi.lib.jx_indicator_text, item, _ffi.INDICATOR_RAW), indicator.target.raw)
                self.assertEqual(_text(_ffi.lib.jx_indicator_text, item, _ffi.INDICATOR_LABEL), indicator.label)
                line = ctypes.c_uint32()
                _ffi.check(_ffi.lib.jx_indicator_line(item, ctypes.byref(line)))
                self.assertEqual(line.value, indicator.line)
                target = ctypes.c_void_p()
                _ffi.check(_ffi.lib.jx_indicator_target(item, ctypes.byref(target)))
                typed = Target(_copy_fields(target.value))
                self.assertEqual(typed.fields(), indicator.target.fields())

    def test_funds_totals_agree(self):
        with jixiao.parse_document(CORPUS) as document:
            for name in _ffi.FUNDS_FIELDS:
                self.assertEqual(document.funds_total(name),
                                 sum((getattr(d.funds, name) for d in document.declarations), Decimal(0)))


if __name__ == "__main__":
    unittest.main()
