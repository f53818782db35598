# SPDX-License-Identifier: Apache-2.0
"""`pip install --no-build-isolation --target DIR ./bindings/python` works offline with
this interpreter, and the installed copy imports and reads a document."""

import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path


from support import CORPUS, REPO


class PipInstall(unittest.TestCase):
    def test_install_to_a_target_directory(self):
        source = REPO / "bindings" / "python"
        with tempfile.TemporaryDirectory() as directory:
            target = Path(directory) / "site"
            # Build in a copy, so the source tree gets no build/ or egg-info.
            work = Path(directory) / "src"
            subprocess.run(["cp", "-r", str(source), str(work)], check=True)
            env = dict(os.environ, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
            result = subprocess.run(
                [sys.executable, "-m", "pip", "install", "--no-build-isolation", "--no-deps",
                 "--quiet", "--target", str(target), str(work)],
                env=env, capture_output=True, text=True, timeout=300)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            self.assertTrue((target / "jixiao" / "_ffi.py").is_file())
            self.assertTrue((target / "jixiao" / "py.typed").is_file())  # PEP 561: the hints are for checkers
            dist_info = list(target.glob("jixiao-*.dist-info"))
            self.assertEqual(len(dist_info), 1)
            self.assertIn("Name: jixiao", (dist_info[0] / "METADATA").read_text(encoding="utf-8"))
            code = ("import jixiao, sys; assert jixiao.__file__.startswith(sys.argv[1]), jixiao.__file__; "
                    "d = jixiao.parse_document(sys.argv[2]); print(len(d.declarations))")
            env = dict(os.environ, PYTHONPATH=str(target))
            result = subprocess.run([sys.executable, "-c", code, str(target), str(CORPUS)], env=env,
                                    cwd=directory, capture_output=True, text=True, timeout=120)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(result.stdout.strip(), "7")


if __name__ == "__main__":
    unittest.main()
