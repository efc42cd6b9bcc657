"""Store speed on each back end: articles written per second, and the app's full read.

The real corpus texts (../shared/corpus/articles) are repeated into distinct articles and
extracted once, beforehand; then each back end gets a fresh store and the clock runs over
`incidents.ingest.write` alone (one transaction per article, as every ingest writes),
then over one `Store.incidents()` of everything (what the map reads on a filter change).
A whole serial ingest (read, extract, write) of the same files is timed too, for scale.

SQLite is always measured. PostgreSQL needs ``--pg URL`` of a server where a database
may be created (it is dropped at the end), e.g. inside a throwaway cluster:

    pg_virtualenv -v 15 .venv/bin/python bench/store_speed.py --pg postgresql://

(libpq reads the host, port, user and password from PGHOST... when the URL leaves them out).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from ingest_scale import CORPUS, make_folder  # noqa: E402

from gazetteer.match import load  # noqa: E402
from incidents.ingest import IngestSummary, Prepared, ingest_paths, prepare, write  # noqa: E402
from incidents.store import Store  # noqa: E402
from incidents.store_postgres import database_url  # noqa: E402


@contextmanager
def postgres_database(url: str) -> Iterator[str]:
    """A fresh database on the server of `url`, as a URL; dropped afterwards."""
    import psycopg
    from psycopg import sql

    name = f"incidentmap_bench_{os.getpid()}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            yield database_url(admin, name)
        finally:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def measure(label: str, target: str, prepared: list[Prepared], paths: list[Path], gaz) -> None:
    incidents = sum(len(p.incidents or []) for p in prepared)
    with Store.open(target) as store:
        summary = IngestSummary()
        wall = timed(lambda: [write(store, p, summary) for p in prepared])
        assert summary.new == len(prepared), summary.describe()
        read = min(timed(store.incidents) for _ in range(3))
    print(
        f"{label:<11} write {len(prepared) / wall:7.1f} articles/s "
        f"({incidents / wall:7.0f} incidents/s, {wall:.2f} s); "
        f"read all {incidents} incidents {read * 1000:6.1f} ms"
    )


def whole_ingest(label: str, target: str, paths: list[Path], gaz) -> None:
    summary = IngestSummary()
    with Store.open(target) as store:
        start = time.perf_counter()
        summary = ingest_paths(store, paths, gazetteer=gaz)
        wall = time.perf_counter() - start
    print(
        f"{label:<11} whole serial ingest {len(paths) / wall:7.1f} articles/s "
        f"({summary.describe()})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1024, help="articles per run")
    parser.add_argument("--pg", default=None, metavar="URL", help="a PostgreSQL server")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: nothing to measure")
        return 0
    with tempfile.TemporaryDirectory(prefix="store-speed-") as tmp:
        work = Path(tmp)
        folder = work / "articles"
        folder.mkdir()
        n = make_folder(folder, files=args.files)
        paths = [p for p in sorted(folder.iterdir()) if not p.name.endswith(".source.txt")]
        gaz = load()
        prepared: list[Prepared] = []
        took = timed(
            lambda: prepared.extend(
                prepare(p, gazetteer=gaz, corrections={}, is_stored=lambda _: False) for p in paths
            )
        )
        print(f"{n} articles from {CORPUS}, extracted beforehand in {took:.1f} s")
        print(f"load average: {os.getloadavg()[0]:.2f} (other work slows every figure)")
        measure("sqlite", str(work / "w.db"), prepared, paths, gaz)
        whole_ingest("sqlite", str(work / "i.db"), paths, gaz)
        if args.pg is None:
            print("postgresql  not measured: give --pg URL (see this script's docstring)")
            return 0
        with postgres_database(args.pg) as url:
            measure("postgresql", url, prepared, paths, gaz)
        with postgres_database(args.pg) as url:
            whole_ingest("postgresql", url, paths, gaz)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
