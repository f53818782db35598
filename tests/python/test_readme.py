# SPDX-License-Identifier: Apache-2.0
"""bindings/python/README.md's Python examples run as written (from the repository root)."""

import os
import re
import subprocess
import sys
import unittest

from support import README, REPO


def python_blocks():
    text = README.read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


class Readme(unittest.TestCase):
    def test_there_is_an_example(self):
        self.assertTrue(python_blocks())

    def test_examples_run(self):
        for index, block in enumerate(python_blocks()):
            with self.subTest(block=index):
                result = subprocess.run([sys.executable, "-c", block], cwd=REPO, env=dict(os.environ),
                                        capture_output=True, text=True, timeout=120)
                self.assertEqual(result.returncode, 0, result.stderr)
                # Every "# → text" comment in the example is what it prints.
                for expected in re.findall(r"#\s*→\s*(.+)", block):
                    self.assertIn(expected.strip(), result.stdout)


if __name__ == "__main__":
    unittest.main()
