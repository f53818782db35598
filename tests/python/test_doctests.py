# SPDX-License-Identifier: Apache-2.0
"""The examples in the package's docstrings run as written (doctest), from the
repository root, and every public call has one."""

import datetime
import doctest
import importlib.util
import inspect
import os
import pathlib
import pkgutil
import unittest
from decimal import Decimal

import jixiao

from support import REPO


def modules():
    for info in pkgutil.iter_modules(jixiao.__path__):
        yield __import__(f"jixiao.{info.name}", fromlist=["_"])


def _enter_repo(test):
    test.globs["_here"] = os.getcwd()
    os.chdir(REPO)


def _leave_repo(test):
    os.chdir(test.globs.pop("_here"))


def public_calls():
    """(name, object) of every public function, class and public method or property."""
    for name in jixiao.__all__:
        value = getattr(jixiao, name)
        if inspect.isfunction(value):
            yield name, value
        elif inspect.isclass(value) and not issubclass(value, BaseException):
            yield name, value
            for member, attribute in vars(value).items():
                if member.startswith("_"):
                    continue
                if inspect.isfunction(attribute) or isinstance(attribute, property):
                    yield f"{name}.{member}", attribute


class EveryCallHasAnExample(unittest.TestCase):
    def test_docstrings_have_examples(self):
        missing = [name for name, value in public_calls() if ">>>" not in (inspect.getdoc(value) or "")]
        self.assertEqual(missing, [], "public calls without a docstring example")

    def test_public_calls_are_annotated(self):
        # Type hints throughout (the package ships py.typed): every parameter and
        # every return of the public API.
        unannotated = []
        for name, value in public_calls():
            function = value.fget if isinstance(value, property) else value
            if inspect.isclass(function):
                if "__init__" not in vars(function):
                    continue
                function = function.__init__
            signature = inspect.signature(function)
            missing = [p.name for p in signature.parameters.values()
                       if p.name != "self" and p.annotation is inspect.Parameter.empty]
            if function.__name__ != "__init__" and signature.return_annotation is inspect.Signature.empty:
                missing.append("return")
            if missing:
                unannotated.append((name, missing))
        self.assertEqual(unannotated, [])
        self.assertTrue((pathlib.Path(jixiao.__file__).parent / "py.typed").is_file())

    def test_there_are_examples(self):
        self.assertGreater(sum(1 for _ in public_calls()), 40)


def load_tests(loader, tests, pattern):
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    # Each example sees the package's public names, as after `from jixiao import *`.
    names = {name: getattr(jixiao, name) for name in jixiao.__all__}
    names.update(jixiao=jixiao, Decimal=Decimal, datetime=datetime)
    have_pandas = importlib.util.find_spec("pandas") is not None
    for module in modules():
        suite = doctest.DocTestSuite(module, extraglobs=names, setUp=_enter_repo,
                                     tearDown=_leave_repo, optionflags=flags)
        for case in suite:
            # The DataFrame examples need pandas; an interpreter without it runs the
            # others (test_frames.WithoutPandas checks the ImportError it gets).
            if have_pandas or "frame(" not in case._dt_test.docstring:
                tests.addTest(case)
    return tests


if __name__ == "__main__":
    unittest.main()
