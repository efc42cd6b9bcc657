"""The incident store: one interface over two back ends, a SQLite file or PostgreSQL.

`Store.open()` picks the back end from its argument or $INCIDENTMAP_DB: a
``postgresql://user:pass@host:port/db`` URL opens `incidents.store_postgres` (PostGIS, a
store a team shares), anything else is a SQLite file (`incidents.store_sqlite`, the
embedded default `data/incidents.db`). Both hold the tables of `incidents.schema` at the
same version, run the statements written here (in the SQL both engines speak, `?` for
parameters) and answer with the same records: plain dicts, JSON columns decoded.

Articles are keyed by the SHA-256 of their text, so ingesting a file twice changes
nothing, even when two ingests store the same text at once (a unique key, and an insert
that does nothing on conflict). Each article is written in one transaction: a crash
mid-batch keeps every article already committed and leaves no half article. Analyst
corrections (spelling -> gazetteer entry) live in their own table and are applied to
every extraction after. Reports of one event in different articles are linked on
reading (`events`, computed by `incidents.linking` from the stored rows); what the store
keeps of it is only the analyst's splits, keyed by report keys that survive re-ingest.
Files to the store: `incidents.ingest`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import weakref
import zlib
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from gazetteer.match import Gazetteer
from gazetteer.normalize import normalize
from incidents.linking import EventIndex, link_events, reports_from_rows, split_pair
from incidents.records import Incident
from incidents.rows import incident_row, incident_values, insert_sql, mention_values
from incidents.schema import INCIDENT_COLUMNS, MENTION_COLUMNS, SCHEMA_VERSION
from incidents.source import ArticleSource

__all__ = [
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "Store",
    "StoreError",
    "StoredArticle",
    "correction_choices",
    "database_errors",
    "db_target",
    "is_postgres_url",
    "open_stores",
    "record_correction",
    "text_hash",
]

DEFAULT_DB = Path("data") / "incidents.db"
_URL_SCHEMES = ("postgresql://", "postgres://")
_URL_LIKE = re.compile(r"postgres(ql)?:|[a-z][a-z0-9+.-]*:/", re.IGNORECASE)


class StoreError(RuntimeError):
    """The store cannot be used as asked; the message is for the user."""


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as stored: its whole text and where it came from (all untrusted)."""

    id: int
    name: str
    text: str
    url: str | None
    outlet: str | None
    published: str | None  # ISO day, when the source gave one
    published_text: str | None  # the source's own wording when it was not a clear date


def db_target(explicit: str | os.PathLike[str] | None = None) -> str:
    """Where the store is: the argument, else $INCIDENTMAP_DB, else data/incidents.db."""
    if explicit:
        return os.fspath(explicit)
    return os.environ.get("INCIDENTMAP_DB") or str(DEFAULT_DB)


def is_postgres_url(target: str) -> bool:
    return target.startswith(_URL_SCHEMES)


def database_errors() -> tuple[type[Exception], ...]:
    """The errors a back end in use may raise, for callers that report them plainly."""
    import sqlite3
    import sys

    found: list[type[Exception]] = [StoreError, sqlite3.DatabaseError]
    if "psycopg" in sys.modules:  # only once a PostgreSQL store was opened
        found.append(sys.modules["psycopg"].Error)
    return tuple(found)


# Every store connection this process holds open. A process that forks Dask workers must
# hold none: a child must never use, or close, its parent's SQLite or PostgreSQL connection.
_OPEN: weakref.WeakSet[Store] = weakref.WeakSet()


def open_stores() -> int:
    """How many store connections this process holds open (`incidents.cluster` forks
    its workers only when none is)."""
    return len(_OPEN)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_INCIDENT_SELECT = (
    "SELECT i.id, "
    + ", ".join(f'i."{c}"' for c in INCIDENT_COLUMNS)
    + ", a.name AS article, a.url, a.outlet, a.published, a.sha256 AS article_sha256 "
    "FROM incidents i JOIN articles a ON a.id = i.article_id"
)
# What linking reads of every incident (`incidents.linking.reports_from_rows`).
_REPORT_SELECT = (
    'SELECT i.id, i.article_id, i.seq, i.start, i."end", i.event_type, i.event_date, '
    "i.province_pcode, i.district_pcode, a.sha256 AS article_sha256 "
    "FROM incidents i JOIN articles a ON a.id = i.article_id ORDER BY i.article_id, i.seq"
)
_ARTICLE_SELECT = "SELECT id, name, text, url, outlet, published, published_text FROM articles"


class Store(ABC):
    """A connection to the store with the operations the app and the CLI need.

    A back end supplies the connection, transactions, how a statement runs and the
    schema's version; every query is here, once.
    """

    # Text search: SQLite has instr, PostgreSQL strpos; both count characters from 1.
    _CONTAINS: ClassVar[str]
    target: str  # for messages: a file path, or a URL without its password

    @classmethod
    def open(
        cls, target: str | os.PathLike[str] | None = None, *, read_only: bool = False
    ) -> Store:
        """Open the store at `db_target(target)`, creating or upgrading its schema.

        With ``read_only`` the schema is left as it is (a reader of a current store).
        """
        where = db_target(target)
        store: Store
        if is_postgres_url(where):
            from incidents.store_postgres import PostgresStore

            store = PostgresStore.connect(where)
        elif _URL_LIKE.match(where):  # a mistyped URL would otherwise become a file name
            raise StoreError(
                f"{where.split(':', 1)[0]}:...: not a store address; PostgreSQL is "
                "postgresql://user:pass@host:port/db, anything else a SQLite file path"
            )
        else:
            from incidents.store_sqlite import SQLiteStore

            store = SQLiteStore.connect(Path(where))
        if not read_only:
            try:
                store.migrate()
            except BaseException:
                store.close()
                raise
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _opened(self) -> None:
        """Count this connection as open (`open_stores`); a back end calls it on connect."""
        _OPEN.add(self)

    def _closed(self) -> None:
        """No longer count this connection as open; a back end calls it on close."""
        _OPEN.discard(self)

    # -- what a back end supplies -------------------------------------------------------------

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def transaction(self) -> AbstractContextManager[Any]:
        """One atomic unit of work, committed whole or rolled back whole; yields the
        back end's connection (for its own tests; callers use the methods below)."""

    @abstractmethod
    def migrate(self) -> None:
        """Create the schema, or bring an older one up to SCHEMA_VERSION."""

    @abstractmethod
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run one statement (`?` parameters) and return its rows as dicts."""

    @abstractmethod
    def _run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for each parameter row."""

    # -- articles ----------------------------------------------------------------------------

    def has_article(self, sha256: str) -> bool:
        return bool(self._rows("SELECT 1 AS x FROM articles WHERE sha256 = ?", (sha256,)))

    def article_hashes(self) -> frozenset[str]:
        """The SHA-256 of every stored text: what a batch need not extract again."""
        return frozenset(r["sha256"] for r in self._rows("SELECT sha256 FROM articles"))

    def add_article(
        self,
        *,
        name: str,
        text: str,
        incidents: list[Incident],
        source_path: str | None = None,
        encoding: str | None = None,
        source: ArticleSource | None = None,
    ) -> bool:
        """Store an article and its incidents in one transaction; False if already present.

        When another process stores the same text meanwhile, the unique key makes this
        insert wait for it and then do nothing.
        """
        src = source or ArticleSource()
        with self.transaction():
            inserted = self._rows(
                "INSERT INTO articles (sha256, name, source_path, encoding, text, ingested_at, "
                "url, outlet, published, published_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (sha256) DO NOTHING RETURNING id",
                (
                    text_hash(text),
                    name,
                    source_path,
                    encoding,
                    text,
                    _now(),
                    src.url,
                    src.outlet,
                    src.published.isoformat() if src.published else None,
                    src.published_text,
                ),
            )
            if not inserted:
                return False
            self._insert_incidents(int(inserted[0]["id"]), incidents)
        return True

    def replace_incidents(self, article_id: int, incidents: list[Incident]) -> None:
        """Swap an article's incidents for a new extraction (after corrections)."""
        with self.transaction():
            self._rows("DELETE FROM incidents WHERE article_id = ?", (article_id,))
            self._insert_incidents(article_id, incidents)

    def _insert_incidents(self, article_id: int, incidents: list[Incident]) -> None:
        insert_incident = insert_sql("incidents", INCIDENT_COLUMNS) + " RETURNING id"
        insert_mention = insert_sql("place_mentions", MENTION_COLUMNS)
        for seq, inc in enumerate(incidents):
            [row] = self._rows(insert_incident, incident_values(article_id, seq, inc))
            incident_id = int(row["id"])
            self._run_many(
                insert_mention,
                [mention_values(incident_id, article_id, m) for m in inc.places],
            )

    def delete_article(self, article_id: int) -> int | None:
        """Delete an article with its incidents and their place mentions, in one
        transaction; returns how many incidents went with it (None: no such article).

        Its text is forgotten too, so ingesting it again stores it anew.
        """
        with self.transaction():
            found = self._rows(
                "SELECT (SELECT count(*) FROM incidents WHERE article_id = ?) AS n "
                "FROM articles WHERE id = ?",
                (int(article_id), int(article_id)),
            )
            if not found:
                return None
            for table, column in (
                ("place_mentions", "article_id"),
                ("incidents", "article_id"),
                ("articles", "id"),
            ):
                self._rows(f"DELETE FROM {table} WHERE {column} = ?", (int(article_id),))
        return int(found[0]["n"])

    def articles(self) -> list[dict[str, Any]]:
        """Every article without its text: name, source, size and incident count."""
        return self._rows(
            "SELECT a.id, a.name, a.sha256, a.encoding, a.ingested_at, length(a.text) AS chars, "
            "a.url, a.outlet, a.published, "
            "(SELECT count(*) FROM incidents i WHERE i.article_id = a.id) AS incidents "
            "FROM articles a ORDER BY a.id"
        )

    def article(self, article_id: int) -> StoredArticle | None:
        """The stored article with its text, or None when there is no such id."""
        rows = self._rows(_ARTICLE_SELECT + " WHERE id = ?", (int(article_id),))
        return StoredArticle(**rows[0]) if rows else None

    def stored_articles(self) -> list[StoredArticle]:
        """Every article with its text, in the order stored (for extracting them again)."""
        return [StoredArticle(**r) for r in self._rows(_ARTICLE_SELECT + " ORDER BY id")]

    # -- incidents ---------------------------------------------------------------------------

    def incidents(
        self,
        *,
        provinces: Iterable[str] = (),
        districts: Iterable[str] = (),
        event_types: Iterable[str] = (),
        claimants: Iterable[str] = (),
        search: str | None = None,
    ) -> list[dict[str, Any]]:
        """Incidents with their article name, filtered; every filter empty means all."""
        where: list[str] = []
        params: list[Any] = []
        for column, values in (
            ("i.province_pcode", list(provinces)),
            ("i.district_pcode", list(districts)),
            ("i.event_type", list(event_types)),
        ):
            if values:
                where.append(f"{column} IN ({', '.join('?' * len(values))})")
                params.extend(values)
        claim_list = list(claimants)
        if claim_list:
            parts = []
            for claimant in claim_list:
                if claimant == "unclaimed":
                    parts.append("i.claimed_by IS NULL")
                else:
                    parts.append("i.claimed_by = ?")
                    params.append(claimant)
            where.append("(" + " OR ".join(parts) + ")")
        if search and search.strip():
            where.append(self._CONTAINS.format(column="i.sentence"))
            params.append(search.strip())
        sql = (
            _INCIDENT_SELECT
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY i.article_id, i.seq"
        )
        return [incident_row(row) for row in self._rows(sql, params)]

    def incident(self, incident_id: int) -> dict[str, Any] | None:
        """One incident in the shape `incidents` gives, or None when there is none."""
        rows = self._rows(_INCIDENT_SELECT + " WHERE i.id = ?", (int(incident_id),))
        return incident_row(rows[0]) if rows else None

    def mentions(self, incident_id: int) -> list[dict[str, Any]]:
        rows = self._rows(
            "SELECT id, "
            + ", ".join(f'"{c}"' for c in MENTION_COLUMNS)
            + ' FROM place_mentions WHERE incident_id = ? ORDER BY start, "end", id',
            (incident_id,),
        )
        return [{**r, "candidates": json.loads(r["candidates"])} for r in rows]

    def claimants(self) -> list[str]:
        rows = self._rows(
            "SELECT DISTINCT claimed_by FROM incidents WHERE claimed_by IS NOT NULL ORDER BY 1"
        )
        return [r["claimed_by"] for r in rows]

    def data_version(self) -> tuple[int, int, int, int]:
        """Changes whenever incidents, articles, corrections or splits change (for caches of
        query results): the incident count, the last incident id, a checksum of the rest,
        and the number of splits.

        Counts and ids alone repeat: SQLite gives the ids of deleted rows to the next ones,
        so an article extracted again after a correction, or deleted and stored again,
        may come back under the same ids with its markers elsewhere. The checksum covers
        where incidents stand and what they tell, the articles, and the corrections.
        """
        [row] = self._rows(
            "SELECT (SELECT count(*) FROM incidents) AS n, "
            "(SELECT coalesce(max(id), 0) FROM incidents) AS last, "
            "(SELECT coalesce(sum(lat), 0) FROM incidents) AS lat, "
            "(SELECT coalesce(sum(lon), 0) FROM incidents) AS lon, "
            "(SELECT coalesce(sum(killed), 0) FROM incidents) AS killed, "
            "(SELECT coalesce(sum(wounded), 0) FROM incidents) AS wounded, "
            "(SELECT count(event_date) FROM incidents) AS dated, "
            "(SELECT count(DISTINCT loc_entry_id) FROM incidents) AS places, "
            "(SELECT count(*) FROM articles) AS articles, "
            "(SELECT coalesce(max(id), 0) FROM articles) AS last_article, "
            "(SELECT max(published) FROM articles) AS published, "
            "(SELECT count(*) FROM event_splits) AS splits"
        )
        rest = [
            round(float(row["lat"]), 4),
            round(float(row["lon"]), 4),
            *(int(row[k]) for k in ("killed", "wounded", "dated", "places", "articles")),
            int(row["last_article"]),
            row["published"],
            sorted(self.corrections().items()),
        ]
        checksum = zlib.crc32(json.dumps(rest, ensure_ascii=False).encode("utf-8"))
        return (int(row["n"]), int(row["last"]), checksum, int(row["splits"]))

    def review_tray(self, *, score_below: float = 90.0) -> list[dict[str, Any]]:
        """Place mentions that did not resolve or resolved weakly, grouped by spelling."""
        rows = self._rows(
            """SELECT m.key, min(m.text) AS text, count(*) AS mentions,
                      max(m.entry_id) AS entry_id, max(m.name_en) AS name_en, min(m.score) AS score,
                      max(m.method) AS method, max(m.ambiguous) AS ambiguous,
                      max(m.candidates) AS candidates, min(a.name) AS article
               FROM place_mentions m JOIN articles a ON a.id = m.article_id
               WHERE m.key NOT IN (SELECT key FROM corrections)
                 AND (m.unit IS NULL OR m.unit != 'dateline')
                 AND (m.entry_id IS NULL OR m.score < ? OR m.ambiguous = 1)
               GROUP BY m.key ORDER BY mentions DESC, m.key""",
            (score_below,),
        )
        return [{**r, "candidates": json.loads(r["candidates"] or "[]")} for r in rows]

    # -- events: reports of one event in several articles ------------------------------------

    def events(self) -> EventIndex:
        """Every stored incident's event, linked from all incidents and the analyst's
        splits (`incidents.linking`); the same store gives the same events on either
        back end, and after `ingest --reprocess`."""
        return link_events(reports_from_rows(self._rows(_REPORT_SELECT)), splits=self.splits())

    def splits(self) -> frozenset[tuple[str, str]]:
        """The pairs of report keys an analyst split apart (`linking.split_pair` order)."""
        rows = self._rows("SELECT report_a, report_b FROM event_splits")
        return frozenset((r["report_a"], r["report_b"]) for r in rows)

    def split_reports(self, pairs: Iterable[tuple[str, str]]) -> int:
        """Remember that each pair of reports (report keys) is not one event; returns the
        pairs newly stored."""
        wanted = sorted({split_pair(a, b) for a, b in pairs if a != b})
        added = 0
        with self.transaction():
            for a, b in wanted:
                added += len(
                    self._rows(
                        "INSERT INTO event_splits (report_a, report_b, created_at) "
                        "VALUES (?, ?, ?) ON CONFLICT (report_a, report_b) DO NOTHING "
                        "RETURNING report_a",
                        (a, b, _now()),
                    )
                )
        return added

    def split_off(self, incident_id: int) -> int:
        """Take one report out of its event: split it from every other report of the
        event as linked now. Returns the pairs newly stored (0 for a lone report)."""
        event = self.events().event_of(incident_id)
        if event is None:
            return 0
        [mine] = [r.key for r in event.reports if r.incident_id == int(incident_id)]
        return self.split_reports((mine, r.key) for r in event.reports if r.key != mine)

    # -- corrections -------------------------------------------------------------------------

    def add_correction(self, text: str, entry_id: str, *, note: str | None = None) -> None:
        """Remember that this spelling means this gazetteer entry, from now on."""
        key = normalize(text)
        if not key:
            raise ValueError("empty spelling")
        with self.transaction():
            self._rows(
                "INSERT INTO corrections (key, text, entry_id, note, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                "entry_id = excluded.entry_id, note = excluded.note, "
                "text = excluded.text, created_at = excluded.created_at",
                (key, text, entry_id, note, _now()),
            )

    def delete_correction(self, spelling: str) -> bool:
        """Forget the correction of a spelling (as written, or its normalised key); True
        when there was one. Stored incidents keep its reading until they are extracted
        again (`ingest --reprocess`)."""
        keys = list(dict.fromkeys(k for k in (spelling, normalize(spelling)) if k))
        if not keys:
            return False
        with self.transaction():
            gone = self._rows(
                f"DELETE FROM corrections WHERE key IN ({', '.join('?' * len(keys))}) "
                "RETURNING key",
                keys,
            )
        return bool(gone)

    def corrections(self) -> dict[str, str]:
        """Normalised spelling -> gazetteer entry id."""
        return {
            r["key"]: r["entry_id"] for r in self._rows("SELECT key, entry_id FROM corrections")
        }

    def correction_rows(self) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT key, text, entry_id, note, created_at FROM corrections "
            "ORDER BY created_at DESC, key"
        )


def correction_choices(row: Mapping[str, Any], *, gazetteer: Gazetteer) -> list[str]:
    """Entries an analyst may pick for a review-tray row: its own answer, its stored
    runner-ups, then what a looser search of the spelling finds; no repeats."""
    options = [row["entry_id"]] if row.get("entry_id") else []
    options += [c["entry_id"] for c in row.get("candidates", [])]
    options += [c.entry.id for c in gazetteer.candidates(row["text"], limit=5, score_cutoff=70)]
    return list(dict.fromkeys(options))


def record_correction(store: Store, text: str, entry_id: str, *, gazetteer: Gazetteer) -> None:
    """Store an analyst's correction after checking the entry exists."""
    if gazetteer.get(entry_id.strip()) is None:
        raise ValueError(f"{entry_id or '(none)'}: not a gazetteer entry")
    store.add_correction(text, entry_id.strip())


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
