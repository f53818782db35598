# SPDX-License-Identifier: Apache-2.0
"""Golden output snapshots: every rendering of the Hongkou document, byte for byte.

Each case runs the `jixiao` program from tests/data (so file names in the output
are relative and stable) and compares its standard output and exit status with
tests/outputs/expected/<case>. A change of output is made on purpose:

    /usr/bin/python3 tests/outputs/test_outputs.py build/dev/jixiao tests/data --update

rewrites the snapshots; review the diff (git diff tests/outputs) before committing.
"""
import difflib
import os
import subprocess
import sys
import unittest

SEED = "corpus/hongkou-court-2024.txt"
ACTUALS = "score/hongkou-court-2024.actuals.json"

# (case, expected exit status, arguments)
CASES = [
    ("parse.json", 0, ["parse", SEED]),
    ("parse.pretty.json", 0, ["parse", SEED, "--pretty"]),
    ("convert.csv", 0, ["convert", SEED, "--to", "csv"]),
    ("convert.md", 0, ["convert", SEED, "--to", "markdown"]),
    ("convert.txt", 0, ["convert", SEED, "--to", "text"]),
    ("summary.txt", 0, ["summary", SEED]),
    ("summary.md", 0, ["summary", SEED, "--format", "markdown"]),
    ("summary.csv", 0, ["summary", SEED, "--format", "csv"]),
    ("summary.json", 0, ["summary", SEED, "--format", "json"]),
    ("validate.txt", 0, ["validate", SEED]),
    ("validate.json", 0, ["validate", SEED, "--format", "json"]),
    ("score.txt", 0, ["score", SEED, ACTUALS, "--quiet"]),
    ("score.md", 0, ["score", SEED, ACTUALS, "--format", "markdown", "--quiet"]),
    ("score.csv", 0, ["score", SEED, ACTUALS, "--format", "csv", "--quiet"]),
    ("score.json", 0, ["score", SEED, ACTUALS, "--format", "json", "--quiet"]),
    # The published layout written back and read again gives the same document.
    ("roundtrip.json", 0, ["parse", "-"]),
]

PROGRAM = DATA = None
EXPECTED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected")


def run(case, args):
    stdin = None
    if case == "roundtrip.json":
        stdin = subprocess.run([PROGRAM, "convert", SEED, "--to", "text"], cwd=DATA,
                               capture_output=True, check=True).stdout
    p = subprocess.run([PROGRAM] + args, cwd=DATA, input=stdin, capture_output=True, timeout=120)
    return p.returncode, p.stdout


class GoldenOutputs(unittest.TestCase):
    pass


def make_test(case, status, args):
    def test(self):
        code, out = run(case, args)
        self.assertEqual(code, status, f"jixiao {' '.join(args)}: exit {code}")
        with open(os.path.join(EXPECTED, case), "rb") as f:
            want = f.read()
        if out != want:
            diff = "".join(difflib.unified_diff(
                want.decode("utf-8", "replace").splitlines(True),
                out.decode("utf-8", "replace").splitlines(True),
                f"expected/{case}", f"jixiao {' '.join(args)}", n=1))
            self.fail(f"{case} differs from its snapshot:\n{diff[:6000]}")
    return test


for _case, _status, _args in CASES:
    setattr(GoldenOutputs, "test_" + _case.replace(".", "_"), make_test(_case, _status, _args))


def update():
    os.makedirs(EXPECTED, exist_ok=True)
    for case, status, args in CASES:
        code, out = run(case, args)
        if code != status:
            sys.exit(f"{case}: exit {code}, expected {status}")
        with open(os.path.join(EXPECTED, case), "wb") as f:
            f.write(out)
        print(f"wrote expected/{case} ({len(out)} bytes)")


if __name__ == "__main__":
    PROGRAM, DATA = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    if sys.argv[3:] == ["--update"]:
        update()
    else:
        unittest.main(argv=[sys.argv[0]] + sys.argv[3:])
