# SPDX-License-Identifier: Apache-2.0
"""What the end-to-end tests of the jixiao program share: where the program and
the test data are (the first two command-line arguments), and running it."""

import os
import subprocess
import sys

JIXIAO = None
DATA = None


def configure():
    """Takes JIXIAO and TEST_DATA_DIR off the command line; returns the argv for unittest.main."""
    global JIXIAO, DATA
    JIXIAO, DATA = sys.argv[1], sys.argv[2]
    return [sys.argv[0]] + sys.argv[3:]


def data(*parts):
    return os.path.join(DATA, *parts)


def run(*args, stdin=None):
    """Runs jixiao; returns (status, stdout text, stderr text)."""
    p = subprocess.run([JIXIAO, *args], input=stdin, capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")
