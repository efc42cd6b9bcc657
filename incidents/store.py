"""The incident store: one SQLite file, WAL mode, schema created and migrated here.

Articles are keyed by the SHA-256 of their text, so ingesting a file twice changes
nothing. Each article is written in one transaction: a crash mid-batch keeps every
article already committed and leaves no half article. Several processes may share the
file (two ingests and the app): writers take turns (`BUSY_TIMEOUT_S`), an article already
stored by the other is seen inside the write transaction, and readers are never blocked.
Analyst corrections (spelling -> gazetteer entry) live in their own table and are applied
to every extraction after. Files to the store: `incidents.ingest`.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from gazetteer.match import Gazetteer
from gazetteer.normalize import normalize
from incidents.records import Incident
from incidents.source import ArticleSource

__all__ = [
    "DEFAULT_DB",
    "Store",
    "correction_choices",
    "db_path",
    "record_correction",
    "text_hash",
]

DEFAULT_DB = Path("data") / "incidents.db"
SCHEMA_VERSION = 3
# How long a writer waits for another one's transaction before giving up. Writes are one
# article each (milliseconds), so two ingests and the app share a store without a "database
# is locked" error ever reaching anyone; WAL lets readers go on while one writes.
BUSY_TIMEOUT_S = 60.0

_SCHEMA = [
    """
    CREATE TABLE IF NOT EXISTS articles (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        source_path TEXT,
        encoding TEXT,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        published TEXT,
        published_text TEXT
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS incidents (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        event_type TEXT NOT NULL,
        sentence TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        claimed_by TEXT,
        attributed_to TEXT,
        killed INTEGER,
        wounded INTEGER,
        casualties_text TEXT,
        targets TEXT NOT NULL DEFAULT '[]',
        equipment TEXT NOT NULL DEFAULT '[]',
        date_text TEXT,
        more TEXT NOT NULL DEFAULT '[]',
        loc_text TEXT,
        loc_entry_id TEXT,
        loc_name_ar TEXT,
        loc_name_en TEXT,
        loc_level TEXT,
        loc_how TEXT,
        province_pcode TEXT,
        district_pcode TEXT,
        lat REAL,
        lon REAL,
        score REAL,
        country TEXT,
        event_date TEXT,
        sentences TEXT NOT NULL DEFAULT '[]',
        loc_evidence TEXT,
        UNIQUE (article_id, seq)
    )
    """,
    "CREATE INDEX IF NOT EXISTS incidents_province ON incidents(province_pcode)",
    "CREATE INDEX IF NOT EXISTS incidents_point ON incidents(lat, lon)",
    """
    CREATE TABLE IF NOT EXISTS place_mentions (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        key TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        unit TEXT,
        entry_id TEXT,
        name_ar TEXT,
        name_en TEXT,
        level TEXT,
        country TEXT,
        province_pcode TEXT,
        district_pcode TEXT,
        score REAL,
        method TEXT,
        ambiguous INTEGER NOT NULL DEFAULT 0,
        candidates TEXT NOT NULL DEFAULT '[]'
    )
    """,
    "CREATE INDEX IF NOT EXISTS mentions_key ON place_mentions(key)",
    """
    CREATE TABLE IF NOT EXISTS corrections (
        key TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        note TEXT,
        created_at TEXT NOT NULL
    )
    """,
]

# Steps from each schema version to the next: _UPGRADES[v - 1] takes version v to v + 1.
_UPGRADES: list[list[str]] = [
    ["ALTER TABLE incidents ADD COLUMN country TEXT"],
    [
        "ALTER TABLE articles ADD COLUMN url TEXT",
        "ALTER TABLE articles ADD COLUMN outlet TEXT",
        "ALTER TABLE articles ADD COLUMN published TEXT",
        "ALTER TABLE articles ADD COLUMN published_text TEXT",
        "ALTER TABLE incidents ADD COLUMN event_date TEXT",
        "ALTER TABLE incidents ADD COLUMN sentences TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE incidents ADD COLUMN loc_evidence TEXT",
        # Older rows have their sentences already, as the lead plus `more`: spell them
        # out so every row reads the same (string work: no JSON1 needed).
        """UPDATE incidents SET sentences = '[[' || "start" || ', ' || "end" || ']'
               || CASE WHEN trim(more) IN ('', '[]') THEN ']'
                       ELSE ', ' || substr(trim(more), 2) END""",
    ],
]


def db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The store's path: the argument, else $INCIDENTMAP_DB, else data/incidents.db."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("INCIDENTMAP_DB")
    return Path(env) if env else DEFAULT_DB


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """A connection to the SQLite store with the operations the app and CLI need."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Store:
        """Open (creating and migrating) the store at `db_path(path)`."""
        target = db_path(path)
        if str(target) != ":memory:":
            target.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        if str(target) != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        store = cls(conn, target)
        if not read_only:
            store.migrate()
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def migrate(self) -> None:
        """Create the schema, or bring an older one up to SCHEMA_VERSION.

        A current store is only read. Otherwise the version is read again inside the
        write transaction: two processes opening an old store at once would both see the
        old version, and the second would redo the first one's upgrade.
        """
        if self._schema_version() == SCHEMA_VERSION:
            return
        with self.transaction():
            version = self._schema_version()
            for stmt in _SCHEMA:
                self.conn.execute(stmt)
            if 0 < version < SCHEMA_VERSION:
                for upgrade in _UPGRADES[version - 1 :]:
                    for stmt in upgrade:
                        self.conn.execute(stmt)
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _schema_version(self) -> int:
        version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path}: made by a newer incidentmap (schema {version} > {SCHEMA_VERSION})"
            )
        return version

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work: committed whole or rolled back whole."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.rollback()
            raise
        self.conn.commit()

    # -- articles ----------------------------------------------------------------------------

    def has_article(self, sha256: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM articles WHERE sha256 = ?", (sha256,)).fetchone()
            is not None
        )

    def article_hashes(self) -> frozenset[str]:
        """The SHA-256 of every stored text: what a batch need not extract again."""
        return frozenset(r[0] for r in self.conn.execute("SELECT sha256 FROM articles"))

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
        """Store an article and its incidents in one transaction; False if already present."""
        sha = text_hash(text)
        src = source or ArticleSource()
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM articles WHERE sha256 = ?", (sha,)).fetchone():
                return False
            cur = conn.execute(
                "INSERT INTO articles (sha256, name, source_path, encoding, text, ingested_at, "
                "url, outlet, published, published_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    sha,
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
            article_id = int(cur.lastrowid or 0)
            self._insert_incidents(conn, article_id, incidents)
        return True

    def replace_incidents(self, article_id: int, incidents: list[Incident]) -> None:
        """Swap an article's incidents for a new extraction (after corrections)."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM incidents WHERE article_id = ?", (article_id,))
            self._insert_incidents(conn, article_id, incidents)

    def _insert_incidents(
        self, conn: sqlite3.Connection, article_id: int, incidents: list[Incident]
    ) -> None:
        for seq, inc in enumerate(incidents):
            loc = inc.location
            cur = conn.execute(
                """INSERT INTO incidents (article_id, seq, event_type, sentence, start, end,
                    claimed_by, attributed_to, killed, wounded, casualties_text, targets,
                    equipment, date_text, more, loc_text, loc_entry_id, loc_name_ar, loc_name_en,
                    loc_level, loc_how, province_pcode, district_pcode, lat, lon, score,
                    country, event_date, sentences, loc_evidence)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                           ?, ?, ?, ?, ?, ?, ?)""",
                (
                    article_id,
                    seq,
                    inc.event_type,
                    inc.sentence,
                    inc.start,
                    inc.end,
                    inc.claimed_by,
                    inc.attributed_to,
                    inc.killed,
                    inc.wounded,
                    inc.casualties_text,
                    json.dumps(inc.targets, ensure_ascii=False),
                    json.dumps(inc.equipment, ensure_ascii=False),
                    inc.date,
                    json.dumps(inc.more),
                    loc.text if loc else None,
                    loc.entry_id if loc else None,
                    loc.name_ar if loc else None,
                    loc.name_en if loc else None,
                    loc.level if loc else None,
                    loc.how if loc else None,
                    loc.province_pcode if loc else None,
                    loc.district_pcode if loc else None,
                    loc.lat if loc else None,
                    loc.lon if loc else None,
                    loc.score if loc else None,
                    inc.country,
                    inc.event_date,
                    json.dumps([list(span) for span in inc.sentences]),
                    (
                        json.dumps(loc.evidence.to_json(), ensure_ascii=False)
                        if loc and loc.evidence
                        else None
                    ),
                ),
            )
            incident_id = int(cur.lastrowid or 0)
            conn.executemany(
                """INSERT INTO place_mentions (incident_id, article_id, text, key, start, end, unit,
                    entry_id, name_ar, name_en, level, country, province_pcode, district_pcode,
                    score, method, ambiguous, candidates)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    (
                        incident_id,
                        article_id,
                        m.text,
                        normalize(m.text),
                        m.start,
                        m.end,
                        m.unit,
                        m.entry_id,
                        m.name_ar,
                        m.name_en,
                        m.level,
                        m.country,
                        m.province_pcode,
                        m.district_pcode,
                        m.score,
                        m.method,
                        int(m.ambiguous),
                        json.dumps(list(m.candidates), ensure_ascii=False),
                    )
                    for m in inc.places
                ],
            )

    def articles(self) -> list[sqlite3.Row]:
        return self.conn.execute(
            "SELECT a.id, a.name, a.sha256, a.encoding, a.ingested_at, length(a.text) AS chars, "
            "a.url, a.outlet, a.published, "
            "(SELECT count(*) FROM incidents i WHERE i.article_id = a.id) AS incidents "
            "FROM articles a ORDER BY a.id"
        ).fetchall()

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
            where.append("instr(i.sentence, ?) > 0")
            params.append(search.strip())
        sql = (
            "SELECT i.*, a.name AS article, a.url, a.outlet, a.published "
            "FROM incidents i JOIN articles a ON a.id = i.article_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY i.article_id, i.seq"
        )
        return [_incident_row(row) for row in self.conn.execute(sql, params)]

    def mentions(self, incident_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT * FROM place_mentions WHERE incident_id = ? ORDER BY start", (incident_id,)
        ).fetchall()
        return [{**dict(r), "candidates": json.loads(r["candidates"])} for r in rows]

    def claimants(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT claimed_by FROM incidents WHERE claimed_by IS NOT NULL ORDER BY 1"
        )
        return [r[0] for r in rows]

    def review_tray(self, *, score_below: float = 90.0) -> list[dict[str, Any]]:
        """Place mentions that did not resolve or resolved weakly, grouped by spelling."""
        rows = self.conn.execute(
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
        ).fetchall()
        return [{**dict(r), "candidates": json.loads(r["candidates"] or "[]")} for r in rows]

    # -- corrections -------------------------------------------------------------------------

    def add_correction(self, text: str, entry_id: str, *, note: str | None = None) -> None:
        """Remember that this spelling means this gazetteer entry, from now on."""
        key = normalize(text)
        if not key:
            raise ValueError("empty spelling")
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO corrections (key, text, entry_id, note, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
                "entry_id = excluded.entry_id, note = excluded.note, "
                "text = excluded.text, created_at = excluded.created_at",
                (key, text, entry_id, note, _now()),
            )

    def corrections(self) -> dict[str, str]:
        """Normalised spelling -> gazetteer entry id."""
        return {
            r["key"]: r["entry_id"]
            for r in self.conn.execute("SELECT key, entry_id FROM corrections")
        }

    def correction_rows(self) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM corrections ORDER BY created_at DESC").fetchall()


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


def _incident_row(row: sqlite3.Row) -> dict[str, Any]:
    out = dict(row)
    for key in ("targets", "equipment", "more", "sentences"):
        out[key] = json.loads(out[key] or "[]")
    out["loc_evidence"] = json.loads(out["loc_evidence"]) if out["loc_evidence"] else None
    return out


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
