# SPDX-License-Identifier: Apache-2.0
"""read_many: many files in parallel, per-file errors collected in order, the
progress bar on a terminal only (and none, without error, when tqdm is missing),
and the GIL released while the library reads."""

import importlib.util
import os
import pathlib
import pty
import select
import shutil
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import unittest

import jixiao

from support import CORPUS, DATA, REPO

HAVE_PANDAS = importlib.util.find_spec("pandas") is not None
HAVE_TQDM = importlib.util.find_spec("tqdm") is not None

BROKEN_JSON = '{"format": "jixiao.document/1",\n\n  "title": }'


class Directory(unittest.TestCase):
    """A directory of 6 good copies of the corpus, a broken JSON file and an empty file."""

    @classmethod
    def setUpClass(cls):
        cls.temp = tempfile.TemporaryDirectory()
        cls.root = pathlib.Path(cls.temp.name)
        for index in range(6):
            shutil.copy(CORPUS, cls.root / f"court-{index}.txt")
        (cls.root / "court-3b.json").write_text(BROKEN_JSON, encoding="utf-8")
        (cls.root / "sub").mkdir()
        shutil.copy(CORPUS, cls.root / "sub" / "court-9.txt")

    @classmethod
    def tearDownClass(cls):
        cls.temp.cleanup()

    def test_reads_every_file_and_collects_errors_in_order(self):
        with jixiao.read_many(self.root, workers=3, progress=False) as result:
            names = [pathlib.Path(path).name for path in result.documents]
            self.assertEqual(names, ["court-0.txt", "court-1.txt", "court-2.txt", "court-3.txt",
                                     "court-4.txt", "court-5.txt"])
            self.assertEqual(len(result), 6)
            for document in result.documents.values():
                self.assertEqual(len(document.declarations), 7)
            self.assertEqual(len(result.errors), 1)
            error = result.errors[0]
            self.assertEqual(pathlib.Path(error.path).name, "court-3b.json")
            self.assertIsInstance(error.error, jixiao.ParseError)
            self.assertEqual(error.error.line, 3)
            self.assertIn("court-3b.json", str(error.error))
            self.assertIn("court-3b.json", repr(error))
            self.assertEqual(repr(result), "<ReadResult 6 documents, 1 errors>")
        for document in result.documents.values():
            self.assertTrue(document.closed)

    def test_a_list_with_missing_and_repeated_paths(self):
        missing = str(self.root / "gone.txt")
        good = str(self.root / "court-0.txt")
        result = jixiao.read_many([good, missing, pathlib.Path(good), str(self.root / "sub")], progress=False)
        self.assertEqual(list(result.documents), [good])
        self.assertEqual([error.path for error in result.errors], [missing, str(self.root / "sub")])
        self.assertIsInstance(result.errors[0].error, FileNotFoundError)
        self.assertIsInstance(result.errors[1].error, jixiao.JixiaoError)  # a directory is no document
        result.close()

    def test_pattern_walks_subdirectories(self):
        with jixiao.read_many(self.root, pattern="**/*.txt", progress=False) as result:
            self.assertEqual(len(result), 7)
            self.assertIn(str(self.root / "sub" / "court-9.txt"), result.documents)
            self.assertEqual(result.errors, [])

    def test_one_worker_and_many_agree(self):
        with jixiao.read_many(self.root, workers=1, progress=False) as one, \
                jixiao.read_many(self.root, workers=8, progress=False) as many:
            self.assertEqual(list(one.documents), list(many.documents))
            for path in one.documents:
                self.assertEqual(one.documents[path].to_json(), many.documents[path].to_json())
            self.assertEqual([(e.path, str(e.error)) for e in one.errors],
                             [(e.path, str(e.error)) for e in many.errors])

    def test_bad_arguments_fail_before_reading(self):
        for workers in (0, -1, 1.5, True):
            with self.subTest(workers=workers):
                with self.assertRaises(ValueError):
                    jixiao.read_many(self.root, workers=workers, progress=False)
        with self.assertRaises(ValueError):
            jixiao.read_many(self.root, format="xml", progress=False)
        with self.assertRaises(TypeError):
            jixiao.read_many(self.root, max_rowz=3, progress=False)
        with self.assertRaises(NotADirectoryError):
            jixiao.read_many(str(self.root / "court-0.txt"), progress=False)
        with self.assertRaises(TypeError):
            jixiao.read_many(b"/tmp", progress=False)

    def test_limits_apply_to_each_file(self):
        with jixiao.read_many(self.root, pattern="court-[01].txt", max_input_bytes=1000, progress=False) as result:
            self.assertEqual(len(result), 0)
            self.assertEqual(len(result.errors), 2)
            for error in result.errors:
                self.assertIsInstance(error.error, jixiao.LimitError)

    @unittest.skipUnless(HAVE_PANDAS, "this interpreter has no pandas: test_frames.WithoutPandas covers it")
    def test_frames_over_many_files(self):
        with jixiao.read_many(self.root, progress=False) as result:
            indicators = result.indicators_frame()
            declarations = result.declarations_frame(money="fen")
            diagnostics = result.diagnostics_frame()
            errors = result.errors_frame()
            with jixiao.parse_document(CORPUS) as single:
                one = single.indicators_frame()
                one_diagnostics = single.diagnostics_frame()
        self.assertEqual(len(indicators), 6 * len(one))
        self.assertEqual(list(indicators.columns), ["path"] + list(one.columns))
        self.assertEqual(indicators["path"].tolist(),
                         [path for path in result.documents for _ in range(len(one))])
        first = indicators[indicators["path"] == str(self.root / "court-2.txt")].reset_index(drop=True)
        self.assertTrue(first.drop(columns="path").equals(one))
        self.assertEqual(int(declarations["funds.total"].sum()), 6 * 3337861500)
        self.assertEqual(len(diagnostics), 6 * len(one_diagnostics))
        self.assertEqual(errors.loc[0, "error"], "ParseError")
        self.assertEqual(errors.loc[0, "line"], 3)
        self.assertTrue(errors.loc[0, "path"].endswith("court-3b.json"))


def run_on_a_terminal(code, block_tqdm=False):
    """Run code in a child interpreter whose standard error is a terminal (a pty);
    return (exit status, what it wrote there)."""
    prelude = "import sys; sys.modules['tqdm'] = None\n" if block_tqdm else ""
    controller, terminal = pty.openpty()
    child = subprocess.Popen([sys.executable, "-c", prelude + textwrap.dedent(code)], cwd=REPO,
                             env=dict(os.environ), stdout=subprocess.DEVNULL, stderr=terminal)
    os.close(terminal)
    output = b""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([controller], [], [], 1)
        if ready:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
        elif child.poll() is not None:
            break
    os.close(controller)
    return child.wait(timeout=60), output.decode("utf-8", "replace")


READ_TWO = f"""
    import jixiao
    result = jixiao.read_many([{str(CORPUS)!r}, {str(DATA / 'corpus' / 'real' / 'nanyue-tourism-2018.txt')!r}],
                              workers=2{{}})
    assert len(result.documents) == 2, result
"""


class Progress(unittest.TestCase):
    @unittest.skipUnless(HAVE_TQDM, "this interpreter has no tqdm: the next test covers it")
    def test_a_bar_on_a_terminal(self):
        status, output = run_on_a_terminal(READ_TWO.format(""))
        self.assertEqual(status, 0, output)
        self.assertIn("jixiao", output)
        self.assertIn("2/2", output)
        self.assertIn("100%", output)

    def test_no_bar_and_no_error_without_tqdm(self):
        status, output = run_on_a_terminal(READ_TWO.format(""), block_tqdm=True)
        self.assertEqual(status, 0, output)
        self.assertEqual(output, "")

    def test_no_bar_when_asked_or_not_on_a_terminal(self):
        status, output = run_on_a_terminal(READ_TWO.format(", progress=False"))
        self.assertEqual((status, output), (0, ""))
        result = subprocess.run([sys.executable, "-c", textwrap.dedent(READ_TWO.format(""))], cwd=REPO,
                                env=dict(os.environ), capture_output=True, text=True, timeout=120)
        self.assertEqual((result.returncode, result.stderr), (0, ""))


class TheGilIsReleased(unittest.TestCase):
    def test_python_runs_while_the_library_reads(self):
        # Another Python thread keeps counting while this one is inside
        # jx_document_read.  Were the GIL held through the call, the count would
        # stand still from just before the call until it returns: measured with the
        # same call through ctypes.PyDLL (which holds it), 22,000 increments in
        # 1.5 s, all of them around the call; through CDLL, 8.9 million.
        big = CORPUS.read_bytes() * 200  # 3 MB: tens of milliseconds of reading
        counter = [0]
        stop = threading.Event()

        def count():
            while not stop.is_set():
                counter[0] += 1

        switch = sys.getswitchinterval()
        sys.setswitchinterval(1e-4)
        thread = threading.Thread(target=count)
        thread.start()
        try:
            time.sleep(0.01)
            before = counter[0]
            started = time.perf_counter()
            document = jixiao.parse_text(big)
            after = counter[0]
            elapsed = time.perf_counter() - started
        finally:
            stop.set()
            thread.join()
            sys.setswitchinterval(switch)
        document.close()
        self.assertGreater(elapsed, 0.005)
        increments = after - before
        message = f"{increments} increments in {elapsed * 1e3:.1f} ms"
        self.assertGreater(increments, 100000, message)
        self.assertGreater(increments / (elapsed * 1e3), 100, message)


if __name__ == "__main__":
    unittest.main()
