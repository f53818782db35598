#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Read a directory of declarations on a Dask cluster and get one DataFrame.

When one machine is not enough (docs/python.md has the arithmetic), the bindings run
inside an existing engine: each Dask worker process reads a batch of files with
jixiao.read_many and returns its indicators_frame(); the client concatenates them.
Files that cannot be read come back as rows of an errors frame, never as a failed
task.

    python3 examples/python/dask_read.py DIRECTORY [--workers 2] [--pattern '*.txt']
    python3 examples/python/dask_read.py DIRECTORY --scheduler tcp://host:8786

Without --scheduler it starts a LocalCluster of --workers processes on this machine
(loopback only, no dashboard).  The workers need what the client has: jixiao
importable and libjixiao.so.0 found (JIXIAO_LIBRARY, or beside the package).
"""

import argparse
import sys
import time
from pathlib import Path
from typing import List, Tuple

import pandas


def read_batch(paths: List[str]) -> Tuple[pandas.DataFrame, pandas.DataFrame]:
    """On a worker: one batch of files → (indicators frame, errors frame)."""
    import jixiao

    with jixiao.read_many(paths, workers=1, progress=False) as result:
        return result.indicators_frame(), result.errors_frame()


def read_directory(directory: str, client, pattern: str = "*", batch: int = 32
                   ) -> Tuple[pandas.DataFrame, pandas.DataFrame, int]:
    """Every file of ``directory`` matching ``pattern``, read on ``client``'s
    workers: (indicators of all documents with a ``path`` column, errors, files)."""
    paths = [str(path) for path in sorted(Path(directory).glob(pattern)) if path.is_file()]
    batches = [paths[start:start + batch] for start in range(0, len(paths), batch)]
    futures = client.map(read_batch, batches, pure=False)
    parts = client.gather(futures)
    if not parts:
        import jixiao
        empty = jixiao.read_many([], progress=False)
        return empty.indicators_frame(), empty.errors_frame(), 0
    indicators = pandas.concat([frame for frame, _ in parts], ignore_index=True)
    errors = pandas.concat([errors for _, errors in parts], ignore_index=True)
    return indicators, errors, len(paths)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory")
    parser.add_argument("--pattern", default="*")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the LocalCluster")
    parser.add_argument("--batch", type=int, default=32, help="files per task")
    parser.add_argument("--scheduler", help="address of a running scheduler (no LocalCluster)")
    parser.add_argument("--output", help="write the indicators DataFrame here (pickle)")
    args = parser.parse_args()

    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        cluster = None
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        client.wait_for_workers(args.workers if cluster else 1, timeout=120)
        started = time.perf_counter()
        indicators, errors, files = read_directory(args.directory, client, args.pattern, args.batch)
        seconds = time.perf_counter() - started
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if args.output:
        indicators.to_pickle(args.output)
    documents = files - len(errors)
    print(f"files {files} documents {documents} errors {len(errors)} indicators {len(indicators)} "
          f"seconds {seconds:.3f} documents/s {files / seconds:.1f}")
    for row in errors.itertuples():
        print(f"error {row.path}: {row.error} {row.message}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
