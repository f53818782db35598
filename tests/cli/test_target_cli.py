# SPDX-License-Identifier: Apache-2.0
"""End-to-end tests of `jixiao target` reading standard input (cli.md,
target-values.md): one target per line, one JSON line out per line in, in order,
whatever the size of the input or of one line.

usage: test_target_cli.py JIXIAO TEST_DATA_DIR [unittest args]
(TEST_DATA_DIR is taken like the other CLI tests take it, and not needed here)

Expected values are written out by hand from target-values.md; for generated
inputs the check is the input itself (each output's "raw" is its input line).
"""

import json
import subprocess
import sys
import unittest

JIXIAO = None


def run(*args, stdin=b""):
    """Runs jixiao; returns (status, stdout bytes, stderr text)."""
    p = subprocess.run([JIXIAO, *args], input=stdin, capture_output=True, timeout=120)
    return p.returncode, p.stdout, p.stderr.decode("utf-8")


def json_lines(out):
    return [json.loads(line) for line in out.decode("utf-8").split("\n")[:-1]]


class TargetStdin(unittest.TestCase):
    def test_known_targets_one_line_each(self):
        status, out, err = run("target", stdin="≥90.00 (%)\n提升\n合规\n2024年12月31日前完成\n".encode())
        self.assertEqual(status, 0, err)
        self.assertEqual(json_lines(out), [
            {"raw": "≥90.00 (%)", "kind": "compare", "op": "ge", "value": "90.00", "unit": "%"},
            {"raw": "提升", "kind": "trend", "direction": "up", "basis": "none"},
            {"raw": "合规", "kind": "qualitative", "term": "合规"},
            {"raw": "2024年12月31日前完成", "kind": "deadline", "date": "2024-12-31"},
        ])

    def test_crlf_and_no_final_newline(self):
        status, out, err = run("target", stdin=b"=100.00(%)\r\n\xe5\x8f\x8a\xe6\x97\xb6\r\n45%-60%")
        self.assertEqual(status, 0, err)
        lines = json_lines(out)
        self.assertEqual([t["raw"] for t in lines], ["=100.00(%)", "及时", "45%-60%"])
        self.assertEqual(lines[2], {"raw": "45%-60%", "kind": "range", "low": "45", "high": "60", "unit": "%"})
        self.assertTrue(out.endswith(b"}\n"))

    def test_empty_line_is_an_invalid_target_and_exit_1(self):
        status, out, _ = run("target", stdin=b"\xe6\x8f\x90\xe5\x8d\x87\n\n=1\n")
        self.assertEqual(status, 1)
        lines = json_lines(out)
        self.assertEqual([t["kind"] for t in lines], ["trend", "invalid", "compare"])
        self.assertEqual(lines[1]["raw"], "")
        self.assertEqual(lines[1]["offset"], 0)

    def test_empty_input_prints_nothing(self):
        status, out, err = run("target", stdin=b"")
        self.assertEqual((status, out), (0, b""), err)

    def test_nul_byte_stays_inside_its_line(self):
        status, out, _ = run("target", stdin=b"a\x00b\n=5\n")
        lines = json_lines(out)
        self.assertEqual(len(lines), 2)
        self.assertEqual(lines[0]["raw"], "a\x00b")
        self.assertEqual(lines[1]["value"], "5")
        self.assertEqual(status, 0)

    def test_many_lines_cross_read_blocks_in_order(self):
        # Lines of varying length, so that line ends fall anywhere in a read block.
        inputs = []
        for i in range(40000):
            inputs.append(("≥%d.%02d(%%)" % (i, i % 100)) if i % 3 else "合规" * (1 + i % 7))
        data = ("\n".join(inputs) + "\n").encode()
        self.assertGreater(len(data), 4 * 65536)
        status, out, err = run("target", stdin=data)
        self.assertEqual(status, 0, err)
        lines = json_lines(out)
        self.assertEqual([t["raw"] for t in lines], inputs)
        self.assertEqual(lines[4], {"raw": "≥4.04(%)", "kind": "compare", "op": "ge", "value": "4.04", "unit": "%"})
        self.assertEqual(lines[39998]["value"], "39998.98")

    def test_a_line_longer_than_a_read_block(self):
        long_term = "及时" * 100000  # 600,000 bytes
        status, out, err = run("target", stdin=("提升\n" + long_term + "\n=1\n").encode())
        self.assertEqual(status, 0, err)
        lines = json_lines(out)
        self.assertEqual([t["kind"] for t in lines], ["trend", "qualitative", "compare"])
        self.assertEqual(lines[1]["term"], long_term)

    def test_canonical_from_stdin(self):
        status, out, err = run("target", "--canonical", stdin="≥90.00 (%)\n$\\leq 1.69\\%$\n".encode())
        self.assertEqual(status, 0, err)
        self.assertEqual(out.decode(), "≥90.00(%)\n≤1.69(%)\n")

    def test_arguments_and_dash(self):
        status, out, err = run("target", "提升", "-", stdin=b"=2\n")
        self.assertEqual(status, 0, err)
        self.assertEqual([t["raw"] for t in json_lines(out)], ["提升", "=2"])


if __name__ == "__main__":
    JIXIAO = sys.argv.pop(1)
    sys.argv.pop(1)  # the test data directory: these tests make their own input
    unittest.main()
