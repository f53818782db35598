# SPDX-License-Identifier: Apache-2.0
"""examples/python/dask_read.py on a LocalCluster of 2 worker processes (loopback):
one DataFrame equal to read_many's over the same directory, errors collected."""

import importlib.util
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

from support import CORPUS, DATA, REPO

HAVE_DASK = importlib.util.find_spec("distributed") is not None and importlib.util.find_spec("pandas") is not None
EXAMPLE = REPO / "examples" / "python" / "dask_read.py"


@unittest.skipUnless(HAVE_DASK, "this interpreter has no dask.distributed (python_debian requires it)")
class DaskExample(unittest.TestCase):
    def test_a_directory_on_two_worker_processes(self):
        import pandas

        import jixiao

        with tempfile.TemporaryDirectory() as directory:
            root = pathlib.Path(directory) / "in"
            root.mkdir()
            for index in range(40):
                shutil.copy(CORPUS, root / f"court-{index:02}.txt")
            for path in sorted((DATA / "corpus" / "real").glob("*.txt")):
                shutil.copy(path, root / path.name)
            (root / "broken.json").write_text('{"format": "jixiao.document/1",\n "title": }', encoding="utf-8")
            output = pathlib.Path(directory) / "indicators.pkl"
            result = subprocess.run([sys.executable, str(EXAMPLE), str(root), "--workers", "2", "--batch", "8",
                                     "--output", str(output)],
                                    cwd=REPO, env=dict(os.environ), capture_output=True, text=True, timeout=240)
            self.assertEqual(result.returncode, 0, result.stderr[-3000:])
            frame = pandas.read_pickle(output)
            with jixiao.read_many(root, progress=False) as expected:
                expected_frame = expected.indicators_frame()
                files = len(expected.documents) + len(expected.errors)
                errors = [error.path for error in expected.errors]
        self.assertEqual(errors, [str(root / "broken.json")])
        self.assertTrue(frame.equals(expected_frame))
        self.assertGreaterEqual(frame["path"].nunique(), 40)
        summary = dict(zip(*[iter(result.stdout.split())] * 2))
        self.assertEqual(summary["files"], str(files))
        self.assertEqual(summary["errors"], "1")
        self.assertEqual(summary["documents"], str(files - 1))
        self.assertEqual(summary["indicators"], str(len(expected_frame)))
        self.assertIn("broken.json: ParseError", result.stderr)


if __name__ == "__main__":
    unittest.main()
