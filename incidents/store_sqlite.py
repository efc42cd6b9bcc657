"""The store in one SQLite file: WAL mode, the schema version in `PRAGMA user_version`.

Several processes may share the file (two ingests and the app): writers take turns
(`BUSY_TIMEOUT_S`), an article already stored by the other is seen inside the write
transaction, and readers are never blocked.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from incidents.schema import SCHEMA_VERSION, SQLITE_TYPES, steps
from incidents.store import Store

__all__ = ["BUSY_TIMEOUT_S", "SQLiteStore"]

# How long a writer waits for another one's transaction before giving up. Writes are one
# article each (milliseconds), so two ingests and the app share a store without a "database
# is locked" error ever reaching anyone; WAL lets readers go on while one writes.
BUSY_TIMEOUT_S = 60.0


class SQLiteStore(Store):
    """A SQLite file (or ``:memory:``)."""

    _CONTAINS = "instr({column}, ?) > 0"

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.target = str(path)
        self._opened()

    @classmethod
    def connect(cls, path: Path) -> SQLiteStore:
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        if str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        return cls(conn, path)

    def close(self) -> None:
        self.conn.close()
        self._closed()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work: committed whole or rolled back whole.

        IMMEDIATE takes the write lock at once, so what is read inside is what is written
        against (another writer waits, up to the busy timeout).
        """
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.rollback()
            raise
        self.conn.commit()

    def migrate(self) -> None:
        """Create the schema, or bring an older one up to SCHEMA_VERSION.

        A current store is only read. Otherwise the version is read again inside the
        write transaction: two processes opening an old store at once would both see the
        old version, and the second would redo the first one's upgrade.
        """
        if self._schema_version() == SCHEMA_VERSION:
            return
        with self.transaction():
            for stmt in steps(self._schema_version(), SQLITE_TYPES):
                self.conn.execute(stmt)
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _schema_version(self) -> int:
        version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path}: made by a newer incidentmap (schema {version} > {SCHEMA_VERSION})"
            )
        return version

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self.conn.execute(sql, params).fetchall()]

    def _run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)
