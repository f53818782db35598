# SPDX-License-Identifier: Apache-2.0
"""The Hongkou document in other text serializations through the Python API:
detected, or forced with ``from_``, it reads into the declarations of the seed's
tab text, field for field (the document JSON without source lines)."""

import json
import unittest

import jixiao

from support import CORPUS, DATA

SERIALIZATIONS = DATA / "serializations"


def declarations(document):
    out = []
    for d in json.loads(document.to_json())["declarations"]:
        d.pop("source", None)
        for i in d["indicators"]:
            i.pop("line", None)
        out.append(d)
    return out


class Serializations(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with jixiao.parse_document(CORPUS) as seed:
            cls.seed = declarations(seed)
        assert len(cls.seed) == 7

    def assert_seed(self, document):
        with document:
            got = declarations(document)
        self.assertEqual(len(got), len(self.seed))
        for k, (g, s) in enumerate(zip(got, self.seed)):
            self.assertEqual(g, s, f"declaration {k}")

    def test_aligned_detected_and_forced(self):
        self.assert_seed(jixiao.parse_document(SERIALIZATIONS / "hongkou.aligned.txt"))
        self.assert_seed(jixiao.parse_document(SERIALIZATIONS / "hongkou.aligned.txt", from_="aligned"))

    def test_pipes_and_markdown_text(self):
        pipes = (SERIALIZATIONS / "hongkou.pipes.txt").read_text(encoding="utf-8")
        self.assert_seed(jixiao.parse_text(pipes))
        self.assert_seed(jixiao.parse_text(pipes, from_="pipes"))
        markdown = (SERIALIZATIONS / "hongkou.md").read_bytes()
        self.assert_seed(jixiao.parse_text(markdown, from_="markdown"))

    def test_forcing_changes_the_reading(self):
        with jixiao.parse_document(CORPUS, from_="cell_per_line") as document:
            self.assertNotEqual(declarations(document), self.seed)

    def test_unknown_name_raises(self):
        with self.assertRaises(jixiao.InvalidArgumentError) as caught:
            jixiao.parse_document(CORPUS, from_="spaces")
        self.assertIn("spaces", str(caught.exception))
        self.assertIsInstance(caught.exception, ValueError)


if __name__ == "__main__":
    unittest.main()
