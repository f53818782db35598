#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Benchmark of the Python bindings: per-call overhead and document throughput.

Times are CPU seconds of this process (time.process_time).  Run against a Release build of the C library:

    JIXIAO_LIBRARY=build/<release-dir>/libjixiao.so.0 PYTHONPATH=bindings/python \
        python3 bench/python_bench.py [--megabytes 20]

Goals (set for the bindings, none was given): a small call (an amount, a target)
costs at most a few microseconds on top of the C work; reading a large document
through ``parse_document`` costs at most 1.1× the bare C ABI call
(``jx_document_read``).  Copying every declaration out into Python values is bound
by Python object creation (one Indicator, Target, Decimal and strings per row, and
the garbage collector walking them); it is reported, per indicator, so a change
that slows it shows up.
"""

import argparse
import ctypes
import sys
import time
import timeit
from decimal import Decimal
from pathlib import Path

import jixiao
from jixiao import _ffi

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "data" / "corpus" / "hongkou-court-2024.txt"


# CPU time of this process, not wall time: the machine may be shared, and a busy
# neighbour should not count against the bindings.
CLOCK = time.process_time


def per_call(label, statement, number):
    best = min(timeit.repeat(statement, number=number, repeat=5, timer=CLOCK)) / number
    print(f"{label:<48} {best * 1e6:10.2f} µs/call")
    return best


def best_of(function, repeat=3):
    times = []
    for _ in range(repeat):
        start = CLOCK()
        function()
        times.append(CLOCK() - start)
    return min(times)


def bare_read(data):
    out = ctypes.c_void_p()
    error = _ffi.Error()
    _ffi.check(_ffi.lib.jx_document_read(data, len(data), None, ctypes.byref(out), ctypes.byref(error)), error)
    _ffi.lib.jx_document_free(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=20.0, help="size of the large document")
    args = parser.parse_args()
    print(f"jixiao {jixiao.library_version} from {jixiao.library_path}; Python {sys.version.split()[0]}")

    print("\n-- small calls --")
    amount = Decimal("12780000.00")
    per_call("parse_amount('12,780,000.00')", lambda: jixiao.parse_amount("12,780,000.00"), 20000)
    per_call("amount_to_chinese(Decimal)", lambda: jixiao.amount_to_chinese(amount), 20000)
    per_call("to_wan(Decimal)", lambda: jixiao.to_wan(amount), 20000)
    per_call("parse_target('≥26000.00(件)')", lambda: jixiao.parse_target("≥26000.00(件)"), 20000)
    target = jixiao.parse_target("≥90.00(%)")
    per_call("Target.evaluate(Decimal)", lambda: target.evaluate(Decimal("93.5")), 20000)
    per_call("Target.canonical()", target.canonical, 20000)

    print("\n-- the Hongkou document (7 declarations, 100 indicators) --")
    text = CORPUS.read_bytes()
    per_call("jx_document_read (bare ctypes call)", lambda: bare_read(text), 200)

    def parse_and_copy():
        with jixiao.parse_document(text) as document:
            return document.declarations

    per_call("parse_document + declarations copy-out", parse_and_copy, 200)
    document = jixiao.parse_document(text)
    per_call("Document.to_json()", document.to_json, 200)
    per_call("validate(document)", lambda: jixiao.validate(document), 200)
    document.close()

    print(f"\n-- a large document (the Hongkou text repeated to ≥ {args.megabytes:g} MB) --")
    copies = max(1, int(args.megabytes * 1e6 / len(text)) + 1)
    big = text * copies
    megabytes = len(big) / 1e6
    c_time = best_of(lambda: bare_read(big))

    def python_read():
        jixiao.parse_document(big).close()

    py_time = best_of(python_read)
    holder = {}

    def copy_out():
        holder["declarations"] = holder["document"].declarations

    holder["document"] = jixiao.parse_document(big)
    copy_time = best_of(lambda: (holder["document"]._cache.clear(), copy_out()))
    declarations = len(holder["declarations"])
    indicators = sum(len(d.indicators) for d in holder["declarations"])
    holder["document"].close()
    print(f"size {megabytes:.1f} MB, {declarations} declarations, {indicators} indicators")
    print(f"{'jx_document_read (bare)':<48} {c_time:8.3f} s  {megabytes / c_time:8.1f} MB/s")
    print(f"{'parse_document':<48} {py_time:8.3f} s  {megabytes / py_time:8.1f} MB/s  ({py_time / c_time:.2f}× bare)")
    print(f"{'declarations copy-out':<48} {copy_time:8.3f} s  {indicators / copy_time / 1e3:8.1f} k indicators/s  "
          f"({copy_time / c_time:.2f}× the read)")


if __name__ == "__main__":
    main()
