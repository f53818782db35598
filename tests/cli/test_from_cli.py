# SPDX-License-Identifier: Apache-2.0
"""`--from` and the serializations on the command line (cli.md; docs/ingest.md,
"Serializations"): the Hongkou document in aligned columns, pipe rows and
Markdown reads — detected, or forced with --from — into the same declarations as
the seed's tab text, field for field (every key of the document JSON but the
source lines); every verb that reads a document takes --from and documents it."""

import json
import unittest

import cli_support
from cli_support import data, run

SEED = ("corpus", "hongkou-court-2024.txt")
ALIGNED = ("serializations", "hongkou.aligned.txt")
PIPES = ("serializations", "hongkou.pipes.txt")
MARKDOWN = ("serializations", "hongkou.md")


def declarations(stdout):
    """The declarations of `jixiao parse` output without where they stood in the source."""
    out = []
    for d in json.loads(stdout)["declarations"]:
        d = dict(d)
        d.pop("source", None)
        d["indicators"] = [{k: v for k, v in i.items() if k != "line"} for i in d["indicators"]]
        out.append(d)
    return out


class FromTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        status, out, err = run("parse", data(*SEED))
        assert status == 0, err
        cls.seed = declarations(out)
        assert len(cls.seed) == 7 and sum(len(d["indicators"]) for d in cls.seed) == 100

    def assert_same_as_seed(self, args):
        status, out, err = run("parse", *args)
        self.assertEqual(status, 0, err)
        got = declarations(out)
        self.assertEqual(len(got), len(self.seed))
        for k, (g, s) in enumerate(zip(got, self.seed)):
            for key in s:
                if key == "indicators":
                    self.assertEqual(len(g[key]), len(s[key]), f"{args} declaration {k}")
                    for i, (gi, si) in enumerate(zip(g[key], s[key])):
                        self.assertEqual(gi, si, f"{args} declaration {k} indicator {i}")
                else:
                    self.assertEqual(g.get(key), s[key], f"{args} declaration {k} {key}")
            self.assertEqual(set(g), set(s))

    def test_aligned_detected(self):
        self.assert_same_as_seed([data(*ALIGNED)])

    def test_aligned_forced(self):
        self.assert_same_as_seed([data(*ALIGNED), "--from", "aligned"])

    def test_pipes_detected_and_forced(self):
        self.assert_same_as_seed([data(*PIPES)])
        self.assert_same_as_seed([data(*PIPES), "--from", "pipes"])

    def test_markdown(self):
        self.assert_same_as_seed([data(*MARKDOWN), "--from", "markdown"])

    def test_seed_forced_tabs(self):
        self.assert_same_as_seed([data(*SEED), "--from", "tabs"])

    def test_forcing_the_wrong_serialization_changes_the_reading(self):
        # Read as one cell per line, the seed's tab rows are whole lines: not the seed's reading.
        status, out, _ = run("parse", data(*SEED), "--from", "cell_per_line")
        self.assertIn(status, (0, 1))
        self.assertNotEqual(declarations(out), self.seed)

    def test_unknown_name_is_a_usage_error(self):
        status, out, err = run("parse", data(*SEED), "--from", "spaces")
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertIn("--from spaces: expected tabs, aligned, single_space, cell_per_line, pipes, markdown, "
                      "pdf, xlsx, xls or html", err)

    def test_forcing_a_file_format_on_text_is_an_error_naming_the_file(self):
        status, _, err = run("parse", data(*SEED), "--from", "xlsx")
        self.assertEqual(status, 2)
        self.assertIn("hongkou-court-2024.txt", err)

    def test_every_reading_verb_takes_and_documents_from(self):
        for verb, extra in (("summary", []), ("convert", ["--to", "csv"]), ("validate", []),
                            ("parse", [])):
            status, out, err = run(verb, data(*ALIGNED), "--from", "aligned", *extra)
            self.assertIn(status, (0, 1), f"{verb}: {err}")
            self.assertNotEqual(out, "", verb)
            status, help_text, _ = run(verb, "--help")
            self.assertEqual(status, 0, verb)
            self.assertIn("--from NAME", help_text, verb)
            self.assertIn("cell_per_line", help_text, verb)
        status, help_text, _ = run("score", "--help")
        self.assertIn("--from NAME", help_text)

    def test_summary_of_aligned_equals_the_seeds(self):
        _, seed, _ = run("summary", data(*SEED), "--format", "csv")
        status, aligned, err = run("summary", data(*ALIGNED), "--from", "aligned", "--format", "csv")
        self.assertEqual(status, 0, err)
        self.assertEqual(aligned, seed)

    def test_score_reads_the_aligned_declarations(self):
        actuals = data("score", "hongkou-court-2024.actuals.json")
        _, seed, _ = run("score", data(*SEED), actuals, "--format", "json", "--quiet")
        _, aligned, _ = run("score", data(*ALIGNED), actuals, "--format", "json", "--quiet", "--from", "aligned")
        self.assertEqual(json.loads(aligned), json.loads(seed))


if __name__ == "__main__":
    unittest.main(argv=cli_support.configure())
