"""Ingest speed: serial, then Dask with 1 and 2 local workers, on a few thousand files.

First the whole command, end to end: ``incidentmap ingest`` and ``incidentmap ingest
--workers N`` run as fresh processes (``--e2e-files`` distinct articles, 640 by default),
each timed on the wall clock from start to exit (imports, gazetteer, cluster start,
extraction, writing, shutdown), serial and parallel runs alternating so that other work
on a shared machine falls on both; the medians of ``--e2e-runs`` runs (at least 5) and
their ratio are printed with the load average.

The real corpus texts (../shared/corpus/articles/*.txt, with their sidecars) are written
again and again into a temporary folder, each copy made a distinct article by a last line
of its own (otherwise every copy after the first would be "already present" and skip
extraction). Each mode ingests the whole folder into a fresh store; the figure is files
per second of the ingest call alone: gazetteer load and cluster start-up are timed apart,
and workers load their gazetteer before the clock starts. With ``--repeat`` each mode runs
that many times and the best run counts (other work on a shared machine only slows a run).
The stores must come out identical (articles in order and the CSV export; the test suite
compares every row).

Then the ingest call alone, in this process.

The texts belong to their publishers: they are read where they are and copied only into a
temporary folder that is deleted at the end.
"""

from __future__ import annotations

import argparse
import io
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from gazetteer.match import load  # noqa: E402
from incidents import cluster  # noqa: E402
from incidents.export import write_export  # noqa: E402
from incidents.ingest import IngestSummary, ingest_paths  # noqa: E402
from incidents.source import SIDECAR_SUFFIX  # noqa: E402
from incidents.store import Store  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "articles"


def make_folder(target: Path, *, files: int) -> int:
    """Write `files` distinct articles (copies of the corpus texts) and their sidecars."""
    texts = sorted(p for p in CORPUS.glob("*.txt") if not p.name.endswith(SIDECAR_SUFFIX))
    written = 0
    copy = 0
    while written < files:
        for path in texts:
            if written == files:
                break
            stem = f"c{copy:03d}-{path.stem}"
            body = path.read_bytes().rstrip() + f"\n\n[{copy}]\n".encode()
            (target / f"{stem}.txt").write_bytes(body)
            sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
            if sidecar.exists():
                (target / f"{stem}{SIDECAR_SUFFIX}").write_bytes(sidecar.read_bytes())
            written += 1
        copy += 1
    return written


def command_wall(folder: Path, db: Path, *, workers: int | None) -> float:
    """Seconds from start to exit of one `incidentmap ingest` into a fresh store."""
    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    options = ["--workers", str(workers)] if workers else []
    argv = [sys.executable, "-m", "incidents.cli", "ingest", *options, "--db", str(db)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    done = subprocess.run(
        [*argv, str(folder)], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - t0
    if done.returncode != 0 or "rejected 0" not in done.stderr:
        raise SystemExit(f"{' '.join(argv)} failed:\n{done.stderr[-2000:]}")
    return wall


def end_to_end(folder: Path, work: Path, *, workers: list[int], runs: int) -> None:
    """Median wall time of the whole command, serial and with each number of workers."""
    print(f"end to end, median of {runs} runs; load average before {os.getloadavg()[0]:.2f}")
    walls: dict[int, list[float]] = {0: [], **{w: [] for w in workers}}
    for _ in range(runs):
        for w in walls:  # alternating, so that load from elsewhere falls on every mode
            walls[w].append(command_wall(folder, work / f"e2e-{w}.db", workers=w or None))
    serial = statistics.median(walls[0])
    print(f"  ingest             {serial:5.2f} s  (runs {_runs(walls[0])})")
    for w in workers:
        median = statistics.median(walls[w])
        print(
            f"  ingest --workers {w}  {median:5.2f} s  (runs {_runs(walls[w])}): "
            f"{serial / median:.2f}x serial"
        )
    same = content(work / "e2e-0.db")
    for w in workers:
        if content(work / f"e2e-{w}.db") != same:
            raise SystemExit(f"store of ingest --workers {w} DIFFERS from serial")
    print(f"  stores identical to serial; load average after {os.getloadavg()[0]:.2f}")


def _runs(walls: list[float]) -> str:
    return " ".join(f"{w:.2f}" for w in walls)


def content(path: Path) -> str:
    """What an analyst gets from a store: its articles in order and the CSV export."""
    with Store.open(path) as store:
        out = io.StringIO()
        for row in store.articles():
            out.write(f"{row['id']} {row['sha256']} {row['name']} {row['incidents']}\n")
        write_export(store.incidents(), out, fmt="csv")
    return out.getvalue()


def best_run(
    label: str,
    *,
    files: int,
    repeat: int,
    ingest: Callable[[Store], IngestSummary],
    cpu: Callable[[], float],
    db: Callable[[int], Path],
) -> Path:
    """Run one mode `repeat` times into fresh stores; print its best run; return a store."""
    best = (math.inf, 0.0)
    summary = IngestSummary()
    path = db(0)
    for run in range(repeat):
        path = db(run)
        with Store.open(path) as store:
            wall, used = time.perf_counter(), cpu()
            summary = ingest(store)
            best = min(best, (time.perf_counter() - wall, cpu() - used))
    wall, used = best
    print(
        f"{label:<10} {files / wall:7.1f} articles/s  ({files} files in {wall:.2f} s, "
        f"{used:.2f} s CPU in all processes; {summary.describe()})"
    )
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2048, help="articles to ingest per run")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--chunk", type=int, help="files a task (default: shrinking)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per mode; the best counts")
    parser.add_argument("--e2e-files", type=int, default=640, help="articles, whole command")
    parser.add_argument("--e2e-runs", type=int, default=5, help="runs of the whole command")
    parser.add_argument("--e2e-only", action="store_true", help="only the whole command")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: nothing to measure")
        return 0

    with tempfile.TemporaryDirectory(prefix="ingest-scale-") as tmp:
        work = Path(tmp)
        small = work / "e2e"
        small.mkdir()
        make_folder(small, files=args.e2e_files)
        print(f"{args.e2e_files} articles from {CORPUS}")
        end_to_end(small, work, workers=args.workers, runs=max(args.e2e_runs, 1))
        if args.e2e_only:
            return 0
        folder = work / "articles"
        folder.mkdir()
        n = make_folder(folder, files=args.files)
        paths = sorted(folder.iterdir())
        chunk = args.chunk or "shrinking"
        print(f"{n} articles ({len(paths) - n} sidecars) from {CORPUS}, chunk {chunk}")
        print(f"load average before: {os.getloadavg()[0]:.2f} (other work slows every mode)")

        t0 = time.perf_counter()
        gaz = load()
        print(f"gazetteer load (serial, once): {time.perf_counter() - t0:.2f} s")
        stores = {
            "serial": best_run(
                "serial",
                files=n,
                repeat=args.repeat,
                ingest=lambda store: ingest_paths(store, paths, gazetteer=gaz),
                cpu=time.process_time,
                db=lambda run: work / f"serial-{run}.db",
            )
        }
        for workers in args.workers:
            t0 = time.perf_counter()
            with cluster.connect(workers=workers) as client:
                client.run(lambda: cluster.worker_gazetteer() and None)
                print(f"cluster of {workers}: start and gazetteer {time.perf_counter() - t0:.2f} s")
                label = f"{workers} worker" + ("s" if workers > 1 else "")
                stores[label] = best_run(
                    label,
                    files=n,
                    repeat=args.repeat,
                    ingest=lambda store, c=client: cluster.ingest_paths(
                        store, paths, client=c, chunk=args.chunk
                    ),
                    cpu=lambda c=client: (
                        time.process_time() + sum(c.run(time.process_time).values())
                    ),
                    db=lambda run, w=workers: work / f"w{w}-{run}.db",
                )
        print(f"load average after: {os.getloadavg()[0]:.2f}")

        reference = content(stores.pop("serial"))
        for label, path in stores.items():
            same = content(path) == reference
            print(f"store with {label} {'identical to' if same else 'DIFFERS from'} serial")
            if not same:
                return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
