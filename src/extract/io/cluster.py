"""Runs on a Dask cluster (dask.distributed) when one machine is not enough.

The pipeline is mapped over a Dask bag of paths; each Dask worker process
loads the pipeline once (it is cached per process) and sends back records as
JSON.  The writing side is the same as a local run (``batch.run_batch``), so
outputs, manifest and error log are identical.  A task that fails as a whole (a worker
that died on it as often as the scheduler allows: ``KilledWorker``) gives each of its
articles an error line, and the run goes on.

    from dask.distributed import Client
    from extract.io.cluster import run_on_cluster
    run_on_cluster([Path("data/raw")], Path("data/out"), Client("tcp://scheduler:8786"))

Needs the ``dask`` extra: ``pip install "extract[dask]"``; the workers need
``extract`` installed too (same version), and must see the input paths
(shared file system) — only records travel back to the client.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from extract.io.batch import Executor, Job, Outcome, Summary, died, process_job, run_batch

PARTITION_SIZE = 64  # articles per Dask task


def _require_dask() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as e:  # pragma: no cover - exercised only without the extra
        raise RuntimeError(
            "extract: running on a Dask cluster needs dask and distributed: pip install 'extract[dask]'"
        ) from e


def map_bag(paths: Any, *, ner: bool = True, max_bytes: int | None = None) -> Any:
    """A Dask bag of paths (str or Path) → a bag of ``Outcome`` (record JSON or error), lazily."""
    from extract.io.batch import pipeline_fingerprint
    from extract.text.decode import DEFAULT_MAX_BYTES

    limit = max_bytes or DEFAULT_MAX_BYTES
    version = pipeline_fingerprint(ner)
    return paths.map(lambda p: process_job(Job(str(p), ner, limit, version)))


AHEAD = 8  # partitions computed ahead of the one being written: memory stays bounded on long runs


def _process_part(part: list[Job]) -> list[Outcome]:
    return [process_job(j) for j in part]


def dask_executor(client: Any) -> Executor:
    """Executor for ``run_batch`` that runs the jobs on ``client``'s cluster, yielding in input order.

    Jobs are taken lazily, ``PARTITION_SIZE`` a task, at most ``AHEAD`` tasks ahead of the one
    being written (a collection of millions of rows is never held whole)."""
    _require_dask()

    def run(jobs: Iterable[Job]) -> Iterator[Outcome]:
        it = iter(jobs)
        window: deque[tuple[Any, list[Job]]] = deque()

        def submit() -> bool:
            part = list(itertools.islice(it, PARTITION_SIZE))
            if part:
                window.append((client.submit(_process_part, part, pure=False), part))
            return bool(part)

        while len(window) < AHEAD and submit():
            pass
        while window:
            fut, part = window.popleft()
            try:
                outcomes = fut.result()
            except Exception as e:  # KilledWorker (a worker died on it again and again), lost connection …
                how = f"the Dask task of its {len(part)} articles failed ({type(e).__name__}: {e}); the batch went on"
                outcomes = [died(job, how) for job in part]
            fut.release()
            submit()
            yield from outcomes

    return run


def run_on_cluster(inputs: list[Path], out: Path, client: Any, **kwargs: Any) -> Summary:
    """``run_batch`` with the work done on a Dask cluster."""
    return run_batch(inputs, out, executor=dask_executor(client), **kwargs)


def connect(address: str) -> Any:
    """A ``distributed.Client`` for a scheduler address (``tcp://host:8786``)."""
    _require_dask()
    from distributed import Client

    return Client(address)
