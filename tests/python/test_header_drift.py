# SPDX-License-Identifier: Apache-2.0
"""The Python declarations must match capi/include/jixiao.h: every jx_ function
_ffi.py declares exists in the header with the same number of arguments, return
kinds agree, struct members and pinned constants are the same."""

import ctypes
import re
import unittest

from jixiao import _ffi

import jixiao
from support import HEADER

_PROTOTYPE = re.compile(r"JX_API\s+([^;(){}]*?)\s*\b(jx_\w+)\s*\(([^)]*)\)\s*;", re.S)
_STRUCT = re.compile(r"typedef\s+struct\s+(jx_\w+)\s*\{(.*?)\}\s*\1\s*;", re.S)
_ENUM_ITEM = re.compile(r"\b(JX_[A-Z0-9_]+)\s*=\s*(-?\d+)")
_DEFINE = re.compile(r"#define\s+(JX_[A-Z0-9_]+)\s+(-?\d+)u?\b")


def _strip_comments(text):
    return re.sub(r"/\*.*?\*/", " ", text, flags=re.S)


def header_text():
    return _strip_comments(HEADER.read_text(encoding="utf-8"))


def header_functions():
    """name -> (return type text, [parameter texts])."""
    functions = {}
    declarations = re.sub(r"^\s*#.*$", " ", header_text(), flags=re.M)  # no preprocessor lines
    for ret, name, params in _PROTOTYPE.findall(declarations):
        params = " ".join(params.split())
        items = [] if params in ("", "void") else [p.strip() for p in params.split(",")]
        functions[name] = (" ".join(ret.split()), items)
    return functions


def header_struct_members(name):
    for struct, body in _STRUCT.findall(header_text()):
        if struct == name:
            members = []
            for declaration in body.split(";"):
                declaration = declaration.strip()
                if declaration:
                    match = re.search(r"(\w+)\s*(\[[^\]]*\])?\s*$", declaration)
                    members.append(match.group(1))
            return members
    raise AssertionError(f"struct {name} not found in {HEADER}")


class HeaderDrift(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.functions = header_functions()

    def test_header_was_parsed(self):
        # Guard against a parser that silently finds nothing.
        self.assertIn("jx_version_number", self.functions)
        self.assertIn("jx_document_read", self.functions)
        self.assertGreater(len(self.functions), 50)

    def test_every_declared_function_is_in_the_header_with_the_same_arity(self):
        for name, (restype, argtypes) in _ffi.PROTOTYPES.items():
            with self.subTest(function=name):
                self.assertIn(name, self.functions, f"{name} is declared in _ffi.py but not in jixiao.h")
                _, params = self.functions[name]
                self.assertEqual(len(argtypes), len(params),
                                 f"{name}: _ffi.py has {len(argtypes)} arguments, jixiao.h has {params}")

    def test_every_header_function_is_declared(self):
        # A function added to jixiao.h without a Python declaration is drift too:
        # add it to _ffi.PROTOTYPES (and to the API if users need it).
        missing = sorted(set(self.functions) - set(_ffi.PROTOTYPES))
        self.assertEqual(missing, [], "jixiao.h functions not declared in bindings/python/jixiao/_ffi.py")

    def test_return_kinds_agree(self):
        for name, (restype, _) in _ffi.PROTOTYPES.items():
            if name not in self.functions:
                continue  # reported by the arity test
            ret, _ = self.functions[name]
            with self.subTest(function=name, header=ret):
                if ret == "void":
                    self.assertIsNone(restype)
                elif ret in ("jx_status", "int"):
                    self.assertIs(restype, ctypes.c_int)
                elif ret == "const char *":
                    self.assertIs(restype, ctypes.c_char_p)
                elif ret.endswith("*"):
                    self.assertTrue(restype is ctypes.c_void_p or issubclass(restype, ctypes._Pointer), restype)
                else:
                    self.fail(f"unhandled return type {ret}")

    def test_pointer_parameters_are_pointers(self):
        scalar_types = (ctypes.c_int, ctypes.c_uint32, ctypes.c_size_t, ctypes.c_int64, ctypes.c_uint64)
        for name, (_, argtypes) in _ffi.PROTOTYPES.items():
            if name not in self.functions:
                continue
            _, params = self.functions[name]
            for index, (param, argtype) in enumerate(zip(params, argtypes)):
                with self.subTest(function=name, parameter=param):
                    if "*" in param:
                        self.assertNotIn(argtype, scalar_types, f"{name} argument {index} is a pointer in C")
                    elif param.startswith("jx_money "):
                        self.assertIs(argtype, _ffi.Money)
                    else:
                        self.assertIn(argtype, scalar_types, f"{name} argument {index} is a scalar in C")

    def test_struct_members_in_order(self):
        for c_name, python in (("jx_error", _ffi.Error), ("jx_money", _ffi.Money),
                               ("jx_read_options", _ffi.ReadOptions),
                               ("jx_validate_options", _ffi.ValidateOptions),
                               ("jx_score_options", _ffi.ScoreOptions)):
            with self.subTest(struct=c_name):
                self.assertEqual([f[0] for f in python._fields_], header_struct_members(c_name))

    def test_pinned_constants(self):
        text = header_text()
        values = {name: int(value) for name, value in _ENUM_ITEM.findall(text)}
        values.update({name: int(value) for name, value in _DEFINE.findall(text)})
        expected = {
            "JX_OK": _ffi.OK, "JX_EINVAL": _ffi.EINVAL, "JX_EPARSE": _ffi.EPARSE,
            "JX_EOVERFLOW": _ffi.EOVERFLOW, "JX_ELIMIT": _ffi.ELIMIT, "JX_EIO": _ffi.EIO,
            "JX_EFORMAT": _ffi.EFORMAT, "JX_ENOMEM": _ffi.ENOMEM, "JX_EBUFS": _ffi.EBUFS,
            "JX_ERANGE": _ffi.ERANGE, "JX_EINTERNAL": _ffi.EINTERNAL,
            "JX_ERROR_EXPECTED_SIZE": _ffi.Error.expected.size,
            "JX_ERROR_MESSAGE_SIZE": _ffi.Error.message.size,
            "JX_FORMAT_AUTO": _ffi.FORMAT_AUTO, "JX_FORMAT_TEXT": _ffi.FORMAT_TEXT,
            "JX_FORMAT_JSON": _ffi.FORMAT_JSON, "JX_FORMAT_CSV": _ffi.FORMAT_CSV,
            "JX_FORMAT_MARKDOWN": _ffi.FORMAT_MARKDOWN, "JX_WRITE_PRETTY": _ffi.WRITE_PRETTY,
            "JX_MONEY_PLAIN": _ffi.MONEY_PLAIN, "JX_MONEY_THOUSANDS": _ffi.MONEY_THOUSANDS,
            "JX_MONEY_WAN": _ffi.MONEY_WAN, "JX_MONEY_CHINESE": _ffi.MONEY_CHINESE,
            "JX_ROUND_EXACT": _ffi.ROUND_EXACT, "JX_ROUND_HALF_UP": _ffi.ROUND_HALF_UP,
            "JX_ROUND_HALF_EVEN": _ffi.ROUND_HALF_EVEN, "JX_ROUND_DOWN": _ffi.ROUND_DOWN,
            "JX_TARGET_RAW": _ffi.TARGET_RAW, "JX_TARGET_OP": _ffi.TARGET_OP,
            "JX_TARGET_VALUE": _ffi.TARGET_VALUE, "JX_TARGET_UNIT": _ffi.TARGET_UNIT,
            "JX_TARGET_NOTE": _ffi.TARGET_NOTE, "JX_TARGET_LOW": _ffi.TARGET_LOW,
            "JX_TARGET_HIGH": _ffi.TARGET_HIGH, "JX_TARGET_DIRECTION": _ffi.TARGET_DIRECTION,
            "JX_TARGET_BASIS": _ffi.TARGET_BASIS, "JX_TARGET_BY_VALUE": _ffi.TARGET_BY_VALUE,
            "JX_TARGET_BY_UNIT": _ffi.TARGET_BY_UNIT, "JX_TARGET_DATE": _ffi.TARGET_DATE,
            "JX_TARGET_START": _ffi.TARGET_START, "JX_TARGET_END": _ffi.TARGET_END,
            "JX_TARGET_TERM": _ffi.TARGET_TERM, "JX_TARGET_ERROR_EXPECTED": _ffi.TARGET_ERROR_EXPECTED,
            "JX_TARGET_ERROR_MESSAGE": _ffi.TARGET_ERROR_MESSAGE,
            "JX_PROJECT_NAME": _ffi.PROJECT_NAME, "JX_PROJECT_NATURE": _ffi.PROJECT_NATURE,
            "JX_PROJECT_CATEGORY": _ffi.PROJECT_CATEGORY, "JX_PROJECT_SUPERVISOR": _ffi.PROJECT_SUPERVISOR,
            "JX_PROJECT_IMPLEMENTER": _ffi.PROJECT_IMPLEMENTER,
            "JX_PROJECT_START_DATE": _ffi.PROJECT_START_DATE, "JX_PROJECT_END_DATE": _ffi.PROJECT_END_DATE,
            "JX_GOALS_OVERALL": _ffi.GOALS_OVERALL, "JX_GOALS_ANNUAL": _ffi.GOALS_ANNUAL,
            "JX_FUNDS_UNIT": _ffi.FUNDS_UNIT, "JX_TAXONOMY": _ffi.TAXONOMY,
            "JX_INDICATOR_LEVEL1": _ffi.INDICATOR_LEVEL1, "JX_INDICATOR_LEVEL2": _ffi.INDICATOR_LEVEL2,
            "JX_INDICATOR_NAME": _ffi.INDICATOR_NAME, "JX_INDICATOR_RAW": _ffi.INDICATOR_RAW,
            "JX_INDICATOR_LABEL": _ffi.INDICATOR_LABEL,
            "JX_SCORE_PROJECT": _ffi.SCORE_PROJECT, "JX_SCORE_TOTAL": _ffi.SCORE_TOTAL,
            "JX_SCORE_GRADE": _ffi.SCORE_GRADE, "JX_SCORE_BUDGET_RATE": _ffi.SCORE_BUDGET_RATE,
            "JX_SCORE_BUDGET_SCORE": _ffi.SCORE_BUDGET_SCORE,
        }
        expected.update({f"JX_TARGET_{kind.upper()}": index for index, kind in enumerate(_ffi.TARGET_KINDS)})
        expected.update({f"JX_VERDICT_{v.upper()}": i for i, v in enumerate(_ffi.VERDICTS)})
        expected.update({f"JX_SEVERITY_{s.upper()}": i for i, s in enumerate(_ffi.SEVERITIES)})
        expected.update({f"JX_REVERSE_{r.upper()}": i for i, r in enumerate(_ffi.REVERSE_FORMULAS)})
        funds_names = {"total": "JX_FUNDS_TOTAL", "total_fiscal": "JX_FUNDS_TOTAL_FISCAL",
                       "total_other": "JX_FUNDS_TOTAL_OTHER", "annual": "JX_FUNDS_ANNUAL",
                       "annual_appropriation": "JX_FUNDS_ANNUAL_APPROPRIATION",
                       "annual_carryover": "JX_FUNDS_ANNUAL_CARRYOVER",
                       "annual_other": "JX_FUNDS_ANNUAL_OTHER"}
        expected.update({funds_names[f]: i for i, f in enumerate(_ffi.FUNDS_FIELDS)})
        for name, value in expected.items():
            with self.subTest(constant=name):
                self.assertIn(name, values, f"{name} is not in jixiao.h")
                self.assertEqual(values[name], value)

    def test_library_and_package_match_the_version_header(self):
        # include/jixiao/version.h is the one place the version is written.
        text = (HEADER.parent.parent.parent / "include" / "jixiao" / "version.h").read_text(encoding="utf-8")
        major, minor, patch = (int(re.search(rf"#define JX_VERSION_{part} (\d+)", text).group(1))
                               for part in ("MAJOR", "MINOR", "PATCH"))
        self.assertEqual(_ffi.version_number, major * 10000 + minor * 100 + patch)
        self.assertEqual(jixiao.__version__, f"{major}.{minor}.{patch}")


if __name__ == "__main__":
    unittest.main()
