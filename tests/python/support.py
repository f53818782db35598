# SPDX-License-Identifier: Apache-2.0
"""Shared paths and golden-data readers for the Python tests (stdlib only)."""

import csv
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# ctest passes JIXIAO_TEST_DATA; run by hand, the tests find the copies in the tree.
DATA = Path(os.environ.get("JIXIAO_TEST_DATA", REPO / "tests" / "data"))
CORPUS = DATA / "corpus" / "hongkou-court-2024.txt"
GOLDEN = DATA / "golden"
HEADER = REPO / "capi" / "include" / "jixiao.h"
README = REPO / "bindings" / "python" / "README.md"


def read_tsv(name):
    """Rows of a golden TSV as dicts (header row gives the keys)."""
    with open(GOLDEN / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def golden_declarations():
    return read_tsv("hongkou-court-2024.declarations.tsv")


def golden_goals():
    return read_tsv("hongkou-court-2024.goals.tsv")


def golden_indicators():
    return read_tsv("hongkou-court-2024.indicators.tsv")
