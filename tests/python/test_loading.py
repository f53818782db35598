# SPDX-License-Identifier: Apache-2.0
"""Finding the library: JIXIAO_LIBRARY, beside the package, the system loader; clear
messages when it is missing or not libjixiao.  Each case runs in a fresh interpreter."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

import jixiao

from support import REPO

PACKAGE = REPO / "bindings" / "python" / "jixiao"


def run(code, env_changes, cwd=None, pythonpath=None):
    env = dict(os.environ)
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    # The package under test, by absolute path (the child runs elsewhere).
    env["PYTHONPATH"] = pythonpath if pythonpath is not None else str(Path(jixiao.__file__).resolve().parents[1])
    return subprocess.run([sys.executable, "-c", code], env=env, cwd=cwd or tempfile.gettempdir(),
                          capture_output=True, text=True, timeout=120)


class Loading(unittest.TestCase):
    def test_version_is_checked(self):
        self.assertGreaterEqual(jixiao._ffi.version_number, jixiao._ffi.MIN_VERSION)
        self.assertRegex(jixiao.library_version, r"^\d+\.\d+\.\d+$")
        self.assertTrue(os.path.exists(jixiao.library_path) or "/" not in jixiao.library_path)

    def test_too_old_or_too_new_a_library_is_refused(self):
        class Function:
            def __init__(self, value):
                self.value = value

            def __call__(self):
                return self.value

        class Library:  # stands in for a CDLL of another release
            def __init__(self, version):
                self.jx_version_number = Function(version)

        for version, shown in ((99, "0.0.99"), (10000, "1.0.0")):
            with self.subTest(version=version):
                with self.assertRaises(jixiao.LibraryNotFoundError) as caught:
                    jixiao._ffi._check_version(Library(version), "/some/libjixiao.so.0")
                message = str(caught.exception)
                self.assertIn(shown, message)
                self.assertIn("/some/libjixiao.so.0", message)
                self.assertIn("JIXIAO_LIBRARY", message)
        self.assertEqual(jixiao._ffi._check_version(Library(100), "x"), 100)
        self.assertEqual(jixiao._ffi._check_version(Library(215), "x"), 215)

    def test_missing_library_says_what_to_do(self):
        result = run("import jixiao", {"JIXIAO_LIBRARY": "/nonexistent/libjixiao.so.0"})
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("LibraryNotFoundError", result.stderr)
        self.assertIn("/nonexistent/libjixiao.so.0", result.stderr)
        self.assertIn("JIXIAO_LIBRARY", result.stderr)

    def test_a_library_that_is_not_jixiao(self):
        other = "/lib/x86_64-linux-gnu/libz.so.1"
        if not os.path.exists(other):
            other = sys.executable  # not loadable: still a clear error
        result = run("import jixiao", {"JIXIAO_LIBRARY": other})
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("LibraryNotFoundError", result.stderr)

    def test_library_beside_the_package(self):
        with tempfile.TemporaryDirectory() as directory:
            copy = Path(directory) / "jixiao"
            shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.so*"))
            shutil.copy2(jixiao.library_path, copy / "libjixiao.so.0")
            code = ("import jixiao, sys; print(jixiao.library_path); "
                    "print(jixiao.parse_amount('1,409.50'))")
            result = run(code, {"JIXIAO_LIBRARY": None}, pythonpath=directory)
            self.assertEqual(result.returncode, 0, result.stderr)
            lines = result.stdout.splitlines()
            self.assertEqual(Path(lines[0]).resolve(), (copy / "libjixiao.so.0").resolve())
            self.assertEqual(lines[1], "1409.50")


if __name__ == "__main__":
    unittest.main()
