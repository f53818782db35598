# SPDX-License-Identifier: Apache-2.0
"""End-to-end test of `jixiao amount` (cli.md): JSON lines, stdin, exit status.

usage: python3 test_amount_cli.py PATH/TO/jixiao [unittest args]
"""

import json
import os
import random
import subprocess
import sys
import unittest
from decimal import Decimal

JIXIAO = None  # set from argv in __main__
SEED = int(os.environ.get("JIXIAO_PROPERTY_SEED", "20241126"))

OFFICIAL = {  # money.md's examples of 人民币大写
    "1,409.50": "人民币壹仟肆佰零玖元伍角",
    "6,007.14": "人民币陆仟零柒元壹角肆分",
    "1,680.32": "人民币壹仟陆佰捌拾元零叁角贰分",
    "107,000.53": "人民币壹拾万柒仟元零伍角叁分",
    "16,409.02": "人民币壹万陆仟肆佰零玖元零贰分",
    "325.04": "人民币叁佰贰拾伍元零肆分",
}


def run(args, stdin=None):
    done = subprocess.run([JIXIAO, "amount", *args], input=None if stdin is None else stdin.encode("utf-8"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    lines = done.stdout.decode("utf-8").splitlines()
    return done.returncode, [json.loads(line) for line in lines]


class AmountVerb(unittest.TestCase):
    def test_official_examples_as_arguments(self):
        status, objects = run(list(OFFICIAL))
        self.assertEqual(status, 0)
        self.assertEqual(len(objects), len(OFFICIAL))
        for (raw, chinese), obj in zip(OFFICIAL.items(), objects):
            expected_value = Decimal(raw.replace(",", ""))
            self.assertEqual(set(obj), {"raw", "value", "wan", "chinese"})
            self.assertEqual(obj["raw"], raw)
            self.assertEqual(obj["value"], format(expected_value, ".2f"))
            self.assertEqual(obj["wan"], format(expected_value / 10000, ".6f"))
            self.assertEqual(obj["chinese"], chinese)

    def test_stdin_lines_with_crlf_and_errors(self):
        status, objects = run(["-"], stdin="1,409.50\r\n12..5\r\n349.80万元\n\n1e5")
        self.assertEqual(status, 1)
        self.assertEqual([o["raw"] for o in objects], ["1,409.50", "12..5", "349.80万元", "", "1e5"])
        self.assertEqual(objects[0]["chinese"], OFFICIAL["1,409.50"])
        self.assertEqual(objects[1]["offset"], 3)
        self.assertIn("error", objects[1])
        self.assertNotIn("value", objects[1])  # a malformed amount never becomes a value
        self.assertEqual(objects[2]["value"], "3498000.00")
        self.assertEqual(objects[2]["wan"], "349.800000")
        self.assertEqual(objects[3]["offset"], 0)
        self.assertEqual(objects[4]["offset"], 1)

    def test_no_arguments_reads_stdin(self):
        status, objects = run([], stdin="0\n-0.05\n")
        self.assertEqual(status, 0)
        self.assertEqual([o["chinese"] for o in objects], ["人民币零元整", "人民币负伍分"])

    def test_json_escaping(self):
        raw = 'a"\\\t\x01b'
        status, objects = run([raw])
        self.assertEqual(status, 1)
        self.assertEqual(objects[0]["raw"], raw)

    def test_wan_column(self):
        status, objects = run(["--wan", "89.974000", "0.000001", "5元"])
        self.assertEqual(status, 0)
        self.assertEqual([o["value"] for o in objects], ["899740.00", "0.01", "5.00"])

    def test_random_amounts_match_decimal(self):
        rng = random.Random(SEED)
        fens = [rng.randrange(-(10**17), 10**17) for _ in range(2000)]
        texts = [format(Decimal(f) / 100, ",.2f" if i % 2 else ".2f") for i, f in enumerate(fens)]
        status, objects = run([], stdin="\n".join(texts) + "\n")
        self.assertEqual(status, 0)
        self.assertEqual(len(objects), len(fens))
        for fen, obj in zip(fens, objects):
            self.assertEqual(obj["value"], format(Decimal(fen) / 100, ".2f"))
            self.assertEqual(obj["wan"], format(Decimal(fen) / 10**6, ".6f"))

    def test_usage_error(self):
        status, _ = run(["--no-such-flag"])
        self.assertEqual(status, 2)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    JIXIAO = sys.argv.pop(1)
    unittest.main()
