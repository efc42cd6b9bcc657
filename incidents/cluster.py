"""Batch ingest on Dask: workers read and extract, one writer here stores.

Imported only for ``ingest --workers N`` or ``--scheduler ADDRESS``, so the serial
command never loads dask. Workers get file paths and read the files themselves (a
cluster named with ``--scheduler`` must see the same files, under the same absolute
paths or the same working folder), and each worker loads the gazetteer once, on its first
task, into `gazetteer.match.load`'s per-process cache: the task graph carries paths and
one small broadcast job description, never the gazetteer. Results come back as they
complete and are written in file order, so article ids, the summary and the progress bar
are those of a serial ingest.
"""

from __future__ import annotations

import logging
import sys
import types
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

import dask
from distributed import Client, Future, LocalCluster, as_completed

from gazetteer.match import Gazetteer
from gazetteer.match import load as load_gazetteer
from incidents.ingest import (
    IngestSummary,
    Prepared,
    article_files,
    draw_progress,
    prepare,
    reprocess_all,
    write,
)
from incidents.store import Store, open_stores

__all__ = [
    "LARGEST_CHUNK",
    "SMALLEST_CHUNK",
    "connect",
    "ingest_paths",
    "may_fork",
    "plan_chunks",
    "prepare_chunk",
    "start_local_cluster",
]

# Files per task (see `plan_chunks`). Each task costs this process a few ms of CPU
# (submit, scheduler, gather, unpickling), taken from the cores the workers extract on
# (about 3 ms an article): 64 files make that a few per cent, and still let a large batch
# show progress and hold few results back for in-order writing.
LARGEST_CHUNK = 64
SMALLEST_CHUNK = 4
# Tasks in flight per worker thread: keeps workers busy while bounding the results
# held back for in-order writing.
_IN_FLIGHT_PER_THREAD = 3


# Dask's sampling profiler walks the running thread's stack every few milliseconds, about
# a tenth of a worker's time on extraction, and nobody reads it here; nor the event loops'
# 20 ms health tick, the system monitor or work stealing (`plan_chunks` evens the load).
# Together they cost the parent and each worker about 0.05 s of CPU a batch.
_QUIET = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.scheduler.work-stealing": False,
}


@contextmanager
def connect(*, workers: int | None = None, scheduler: str | None = None) -> Iterator[Client]:
    """A Dask client: on an existing scheduler, else on a new local cluster of processes.

    Parameters
    ----------
    workers : worker processes for a `LocalCluster` (one thread each: extraction is
        pure Python, so threads would share one core); see `start_local_cluster`.
    scheduler : address of a running scheduler (``tcp://host:8786``); wins over `workers`.

    Open the store after this, not before: workers are forked only from a process
    that holds no store connection.
    """
    if scheduler:
        with Client(scheduler, timeout=30) as client:
            yield client
        return
    with (
        dask.config.set(_QUIET),
        start_local_cluster(workers=workers or 1) as cluster,
        Client(cluster) as client,
    ):
        yield client


def start_local_cluster(*, workers: int) -> LocalCluster:
    """A `LocalCluster` of `workers` processes, each under its nanny, no dashboard.

    Forked from this process when `may_fork`: a forked worker starts in about 0.1 s with
    every module and the gazetteer already loaded, where a spawned one imports dask,
    this package and the gazetteer anew (about 0.5 s of CPU each, on the same cores as
    the work). Only the start forks: a worker that a nanny restarts later, when the store
    may be open, is spawned (the method is read when each process starts).
    """
    method = "fork" if may_fork() else "spawn"
    if method == "fork":
        load_gazetteer()  # once here, inherited by every worker
    with (
        dask.config.set({"distributed.worker.multiprocessing-method": method}),
        _no_main_script() if method == "spawn" else nullcontext(),
    ):
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # A worker whose heartbeat meets the scheduler already closing logs an ERROR
            # with a traceback (now and then, at the end of a good batch); a task that
            # fails comes back through its future and is reported as a rejected file.
            silence_logs=logging.CRITICAL,
        )


@contextmanager
def _no_main_script() -> Iterator[None]:
    """A spawned process runs its parent's ``__main__`` again from its file when that
    module has no import name: a Streamlit page (or a test runner's script) would run once
    more in every worker. While workers start, ``__main__`` is an empty module."""
    main = sys.modules.get("__main__")
    if main is None or getattr(main, "__spec__", None) is not None:
        yield
        return
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


def may_fork() -> bool:
    """Whether workers may be forked from this process: on Linux, with no store open
    here (a child must never use, or close, its parent's database connection)."""
    return sys.platform == "linux" and open_stores() == 0


@dataclass(frozen=True, slots=True)
class Job:
    """What every task of one batch shares; sent once to each worker."""

    corrections: dict[str, str]
    stored: frozenset[str]
    published: date | None
    base: Path


def worker_gazetteer() -> Gazetteer:
    """This worker's gazetteer: loaded by its first task, kept for the rest."""
    return load_gazetteer()


def prepare_chunk(paths: list[Path], job: Job) -> list[Prepared]:
    """The per-task function: `incidents.ingest.prepare` for each file, on a worker."""
    gaz = worker_gazetteer()
    return [
        prepare(
            path,
            gazetteer=gaz,
            corrections=job.corrections,
            is_stored=job.stored.__contains__,
            published=job.published,
            base=job.base,
        )
        for path in paths
    ]


def ingest_paths(
    store: Store,
    paths: Iterable[Path],
    *,
    client: Client,
    reprocess: bool = False,
    progress: TextIO | None = None,
    published: date | None = None,
    chunk: int | None = None,
) -> IngestSummary:
    """Ingest files with extraction on the client's workers; same result as serial.

    Parameters as for `incidents.ingest.ingest_paths`, plus
    client : the Dask client whose workers extract (see `connect`).
    chunk : files per task; by default they shrink as the batch runs out (`plan_chunks`).

    ``reprocess`` runs here, after the batch, as in serial mode.
    """
    files = article_files(paths)
    threads = max(sum(client.nthreads().values()), 1)
    chunks = plan_chunks(files, threads=threads, chunk=chunk)
    summary = IngestSummary()
    corrections = store.corrections()
    job = Job(
        corrections=dict(corrections),
        stored=store.article_hashes(),
        published=published,
        base=Path.cwd(),
    )
    [shared] = client.scatter([job], broadcast=True, hash=False)
    order: dict[Future, int] = {}

    def submit(i: int) -> Future:
        future = client.submit(prepare_chunk, chunks[i], shared, pure=False)
        order[future] = i
        return future

    in_flight = min(len(chunks), threads * _IN_FLIGHT_PER_THREAD)
    done = as_completed([submit(i) for i in range(in_flight)])
    held: dict[int, list[Prepared]] = {}
    written = 0
    next_chunk = 0
    for future in done:
        i = order.pop(future)
        held[i] = _results(future, chunks[i])
        if in_flight < len(chunks):
            done.add(submit(in_flight))
            in_flight += 1
        while next_chunk in held:
            for prepared in held.pop(next_chunk):
                written += 1
                if progress is not None:
                    draw_progress(progress, written, len(files), Path(prepared.path))
                write(store, prepared, summary)
            next_chunk += 1
    if reprocess:  # on the stored texts, here: no file paths involved
        summary.reprocessed = reprocess_all(
            store, gazetteer=load_gazetteer(), corrections=corrections
        )
    if progress is not None and files:
        progress.write("\n")
    return summary


def plan_chunks(files: list[Path], *, threads: int, chunk: int | None = None) -> list[list[Path]]:
    """The batch cut into tasks, in file order: `chunk` files each, or by default a
    `threads`-th of the files left (guided self-scheduling), at least `SMALLEST_CHUNK` and
    at most `LARGEST_CHUNK`: few tasks while much is left, and small last ones, so that
    the workers run out of work together."""
    chunks = []
    start = 0
    while start < len(files):
        left = len(files) - start
        size = chunk or min(max(-(-left // max(threads, 1)), SMALLEST_CHUNK), LARGEST_CHUNK)
        chunks.append(files[start : start + max(size, 1)])
        start += max(size, 1)
    return chunks


def _results(future: Future, paths: list[Path]) -> list[Prepared]:
    """A task's results; a task that died (its worker lost) rejects its files."""
    try:
        results: list[Prepared] = future.result()
    except Exception as err:
        reason = f"could not be processed ({type(err).__name__})"
        return [Prepared.rejected(path, reason) for path in paths]
    finally:
        future.release()
    return results
