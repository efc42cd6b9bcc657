"""The store in PostgreSQL with PostGIS: one database a team shares.

Opened by a ``postgresql://user:pass@host:port/db`` URL (`Store.open`). The connection
runs in autocommit and each unit of work in its own transaction, so readers never wait
for writers; two ingests storing the same text meet at the articles' unique key, where the
second insert waits for the first and then does nothing. The schema version lives in the
`incidentmap_schema` table; an upgrade holds an advisory lock, so two processes opening an
old database upgrade it once. Incidents carry a PostGIS point made from lat/lon.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row

from incidents.schema import (
    POSTGRES_EXTRAS,
    POSTGRES_SPATIAL,
    POSTGRES_TYPES,
    SCHEMA_VERSION,
    steps,
)
from incidents.store import Store, StoreError

__all__ = ["PostgresStore", "database_url", "redacted"]

# Any fixed number: the key of the advisory lock held while the schema is created or upgraded.
_SCHEMA_LOCK = 0x1CDE_5C4E
_CONNECT_TIMEOUT_S = 10


class PostgresStore(Store):
    """A PostgreSQL database with the PostGIS extension (created when missing)."""

    _CONTAINS = "strpos({column}, ?) > 0"

    def __init__(self, conn: psycopg.Connection[dict[str, Any]], url: str) -> None:
        self.conn = conn
        self.target = redacted(url)
        self._url = url
        self._opened()

    @classmethod
    def connect(cls, url: str) -> PostgresStore:
        return cls(_connect(url), url)

    def close(self) -> None:
        self.conn.close()
        self._closed()

    @contextmanager
    def transaction(self) -> Iterator[psycopg.Connection[dict[str, Any]]]:
        """One atomic unit of work: committed whole or rolled back whole."""
        self._reconnect_if_lost()
        with self.conn.transaction():
            yield self.conn

    def _reconnect_if_lost(self) -> None:
        """A new connection after the old one was lost (the server restarted, say): the
        app keeps one store for its lifetime, and the statement that met the loss has
        already failed; what comes after should not."""
        if self.conn.broken:
            self.conn = _connect(self._url)

    def migrate(self) -> None:
        """Create PostGIS and the schema, or bring an older schema up to SCHEMA_VERSION.

        A current database is only read. Otherwise the version is read again under the
        advisory lock, which the other opener holds until its upgrade is committed.
        """
        if self._schema_version() == SCHEMA_VERSION:
            return
        with self.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            self._create_extras()
            for stmt in steps(self._schema_version(), POSTGRES_TYPES):
                self.conn.execute(stmt)
            for stmt in POSTGRES_SPATIAL:
                self.conn.execute(stmt)
            self.conn.execute("DELETE FROM incidentmap_schema")
            self.conn.execute("INSERT INTO incidentmap_schema VALUES (%s)", (SCHEMA_VERSION,))

    def _create_extras(self) -> None:
        try:
            with self.conn.transaction():  # a savepoint: the error below is reported plainly
                for stmt in POSTGRES_EXTRAS:
                    self.conn.execute(stmt)
        except (psycopg.errors.UndefinedFile, psycopg.errors.InsufficientPrivilege) as err:
            raise StoreError(
                f"{self.target}: PostGIS is needed and could not be enabled "
                f"({_first_line(err)}); install postgresql-15-postgis-3 on the server, or "
                "have its administrator run CREATE EXTENSION postgis in this database"
            ) from None

    def _schema_version(self) -> int:
        row = self.conn.execute(
            "SELECT to_regclass('incidentmap_schema') IS NOT NULL AS present"
        ).fetchone()
        if row is None or not row["present"]:
            return 0
        row = self.conn.execute("SELECT max(version) AS version FROM incidentmap_schema").fetchone()
        version = int(row["version"] or 0) if row else 0
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.target}: made by a newer incidentmap (schema {version} > {SCHEMA_VERSION})"
            )
        return version

    def add_article(self, *, text: str, **kwargs: Any) -> bool:
        # SQLite keeps a NUL character; PostgreSQL's text type cannot hold one.
        if "\x00" in text:
            raise ValueError("the text holds a NUL character, which PostgreSQL cannot store")
        return super().add_article(text=text, **kwargs)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        idle = self.conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        try:
            return self._execute(sql, params)
        except psycopg.OperationalError:
            # Outside a transaction this is a read (writes run in `transaction`): once the
            # connection is found lost, read again on a new one.
            if not (idle and self.conn.broken):
                raise
        self._reconnect_if_lost()
        return self._execute(sql, params)

    def _execute(self, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        cur = self.conn.execute(_placeholders(sql), params) if params else self.conn.execute(sql)
        return cur.fetchall() if cur.description is not None else []

    def _run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(_placeholders(sql), rows)


def _connect(url: str) -> psycopg.Connection[dict[str, Any]]:
    try:
        options: dict[str, Any] = {"application_name": "incidentmap"}
        if "connect_timeout" not in conninfo_to_dict(url):
            options["connect_timeout"] = _CONNECT_TIMEOUT_S
        return psycopg.connect(url, autocommit=True, row_factory=dict_row, **options)
    except psycopg.Error as err:
        raise StoreError(f"{redacted(url)}: cannot connect ({_first_line(err)})") from None


def database_url(conn: psycopg.Connection[Any], dbname: str) -> str:
    """A postgresql:// URL for another database of `conn`'s server, with its credentials."""
    info = conn.info
    auth = quote(info.user, safe="")
    if info.password:
        auth += ":" + quote(info.password, safe="")
    if info.host.startswith("/"):  # a Unix socket's folder goes in the query
        query = urlencode({"host": info.host, "port": info.port})
        return f"postgresql://{auth}@/{quote(dbname)}?{query}"
    return f"postgresql://{auth}@{info.host}:{info.port}/{quote(dbname)}"


def _placeholders(sql: str) -> str:
    """The store's `?` parameters as psycopg's `%s` (no statement has `?` or `%` in a literal)."""
    return sql.replace("%", "%%").replace("?", "%s")


def redacted(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.password is not None:
        netloc = f"{parts.username or ''}:***@{netloc.rsplit('@', 1)[1]}"
    query = urlencode(
        [(k, "***" if k == "password" else v) for k, v in parse_qsl(parts.query)], safe="/"
    )
    return urlunsplit(parts._replace(netloc=netloc, query=query))


def _first_line(err: Exception) -> str:
    return (str(err).strip().splitlines() or [type(err).__name__])[0]
