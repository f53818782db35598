# SPDX-License-Identifier: Apache-2.0
"""Error paths: ParseError with offset and line, missing files, bad JSON, limits."""

import pathlib
import pickle
import tempfile
import unittest

import jixiao

from support import CORPUS


class JsonErrors(unittest.TestCase):
    def test_syntax_error_names_offset_and_line(self):
        text = '{"format": "jixiao.document/1",\n "title": ,\n "declarations": []}'
        with self.assertRaises(jixiao.ParseError) as caught:
            jixiao.parse_text(text)
        error = caught.exception
        self.assertIsInstance(error, jixiao.JixiaoError)
        self.assertIsInstance(error, ValueError)
        self.assertEqual(error.offset, text.index(" ,") + 1)  # the comma where a value belongs
        self.assertEqual(error.line, 2)
        self.assertEqual(error.status, -2)
        self.assertIn("2", str(error))

    def test_offsets_count_bytes_not_characters(self):
        text = '{"format": "jixiao.document/1", "title": "汇总表" x}'
        with self.assertRaises(jixiao.ParseError) as caught:
            jixiao.parse_text(text)
        self.assertEqual(caught.exception.offset, text.encode("utf-8").index(b" x") + 1)
        self.assertEqual(caught.exception.line, 1)

    def test_unknown_format_is_a_format_error(self):
        with self.assertRaises(jixiao.FormatError) as caught:
            jixiao.parse_text('{"format": "jixiao.document/99", "title": null, "declarations": []}')
        self.assertIn("format", str(caught.exception))

    def test_missing_field_names_its_path(self):
        with jixiao.parse_document(CORPUS) as document:
            text = document.to_json()
        broken = text.replace('"total":"300000.00"', '"total":300000', 1)
        self.assertNotEqual(broken, text, "the writer's spelling of funds.total changed")
        with self.assertRaises(jixiao.FormatError) as caught:
            jixiao.parse_text(broken)
        self.assertIn("declarations[0].funds.total", str(caught.exception))

    def test_bad_json_file_names_the_file(self):
        with tempfile.TemporaryDirectory() as directory:
            path = pathlib.Path(directory) / "broken.json"
            path.write_text('{"format": "jixiao.document/1",\n\n  "title": }', encoding="utf-8")
            with self.assertRaises(jixiao.ParseError) as caught:
                jixiao.parse_document(path)
        self.assertEqual(caught.exception.line, 3)
        self.assertIn("broken.json", str(caught.exception))


class FileErrors(unittest.TestCase):
    def test_missing_path(self):
        path = pathlib.Path(tempfile.gettempdir()) / "jixiao-no-such-dir" / "missing.txt"
        with self.assertRaises(jixiao.FileError) as caught:
            jixiao.parse_document(path)
        self.assertIsInstance(caught.exception, OSError)
        self.assertIn("missing.txt", str(caught.exception))

    def test_directory_is_not_a_document(self):
        with self.assertRaises(jixiao.JixiaoError):
            jixiao.parse_document(pathlib.Path(tempfile.gettempdir()))

    def test_wrong_types(self):
        for value in (123, None, 4.5, ["a"]):
            with self.subTest(value=value):
                with self.assertRaises(TypeError):
                    jixiao.parse_document(value)


class Limits(unittest.TestCase):
    def test_input_limit(self):
        with self.assertRaises(jixiao.LimitError) as caught:
            jixiao.parse_document(CORPUS, max_input_bytes=1000)
        self.assertIn("1000", str(caught.exception))

    def test_json_depth_limit(self):
        text = '{"format": "jixiao.document/1", "title": ' + "[" * 50 + "]" * 50 + "}"
        with self.assertRaises(jixiao.JixiaoError):
            jixiao.parse_text(text, max_json_depth=10)

    def test_bad_option_values(self):
        with self.assertRaises(ValueError):
            jixiao.parse_document(CORPUS, max_rows=0)
        with self.assertRaises(TypeError):
            jixiao.parse_document(CORPUS, max_rowz=5)
        with self.assertRaises(ValueError):
            jixiao.parse_document(CORPUS, format="xml")

    def test_forced_format(self):
        with self.assertRaises(jixiao.ParseError):
            jixiao.parse_document(CORPUS, format="json")


class ErrorValues(unittest.TestCase):
    def test_pickle_keeps_the_detail(self):
        try:
            jixiao.parse_amount("12..5")
        except jixiao.ParseError as error:
            copy = pickle.loads(pickle.dumps(error))
            self.assertIsInstance(copy, jixiao.ParseError)
            self.assertEqual((copy.offset, copy.line, copy.expected, str(copy)),
                             (error.offset, error.line, error.expected, str(error)))
        else:
            self.fail("12..5 parsed")

    def test_expected_is_reported(self):
        with self.assertRaises(jixiao.ParseError) as caught:
            jixiao.parse_amount("12a")
        self.assertEqual(caught.exception.offset, 2)
        self.assertTrue(caught.exception.expected)


if __name__ == "__main__":
    unittest.main()
