# SPDX-License-Identifier: Apache-2.0
"""Several threads parsing and failing at once: each sees its own results and errors."""

import threading
import unittest
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import jixiao

from support import CORPUS

THREADS = 8
ROUNDS = 15


def bad_json(spaces):
    """JSON with a syntax error at byte spaces + 6 on line 1."""
    return " " * spaces + '{"a": }'


class Threads(unittest.TestCase):
    def test_parsing_and_failing_concurrently(self):
        text = CORPUS.read_text(encoding="utf-8")
        start = threading.Barrier(THREADS)

        def work(worker):
            start.wait()
            seen = []
            for round_ in range(ROUNDS):
                spaces = worker * ROUNDS + round_
                try:
                    jixiao.parse_text(bad_json(spaces))
                except jixiao.ParseError as error:
                    seen.append((spaces + 6, error.offset, error.line))
                else:
                    seen.append((spaces + 6, None, None))
                try:
                    jixiao.parse_amount("1" * (worker % 5 + 1) + "x")
                except jixiao.ParseError as error:
                    seen.append((worker % 5 + 1, error.offset, 1 if error.line in (None, 1) else error.line))
                with jixiao.parse_text(text) as document:
                    total = sum(d.funds.total for d in document.declarations)
                    seen.append((Decimal("33378615.00"), total, 100))
                    seen.append((100, sum(len(d.indicators) for d in document.declarations), 100))
                target = jixiao.parse_target("≥" * (worker % 2 + 1))
                seen.append(("invalid", target.kind, 100))
            return seen

        with ThreadPoolExecutor(THREADS) as pool:
            results = list(pool.map(work, range(THREADS)))
        self.assertEqual(len(results), THREADS)
        for worker, seen in enumerate(results):
            self.assertEqual(len(seen), ROUNDS * 5)
            for expected, actual, _ in seen:
                self.assertEqual(actual, expected, f"worker {worker}")

    def test_one_document_shared_by_threads(self):
        with jixiao.parse_document(CORPUS) as document:
            expected_json = document.to_json()

            def work(_):
                return (document.to_json(), len(jixiao.validate(document)),
                        document.declarations[1].funds.total)

            with ThreadPoolExecutor(THREADS) as pool:
                results = list(pool.map(work, range(THREADS * 4)))
        counts = {count for _, count, _ in results}
        self.assertEqual(len(counts), 1)
        for text, _, total in results:
            self.assertEqual(text, expected_json)
            self.assertEqual(total, Decimal("12780000.00"))

    def test_close_while_other_threads_use_it(self):
        # Closing races with use: every call either works or raises ClosedError,
        # never touches freed memory; after the close every thread sees ClosedError.
        for _ in range(5):
            document = jixiao.parse_document(CORPUS)
            start = threading.Barrier(5)
            outcomes = [[] for _ in range(4)]

            def use(seen):
                start.wait()
                for _ in range(100000):
                    try:
                        seen.append(len(document.to_json()) > 0)
                    except jixiao.ClosedError:
                        seen.append("closed")
                        return

            threads = [threading.Thread(target=use, args=(seen,)) for seen in outcomes]
            for thread in threads:
                thread.start()
            start.wait()
            document.close()
            for thread in threads:
                thread.join()
            for seen in outcomes:
                self.assertEqual(seen[-1], "closed")
                self.assertTrue(set(seen[:-1]) <= {True}, set(seen))


if __name__ == "__main__":
    unittest.main()
