"""Reads for the source view: one stored article with its text, one incident by id.

Kept apart from `incidents.store` (which holds the schema and the writes) so the pages
get typed answers without SQL of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from incidents.store import Store, _incident_row

__all__ = ["StoredArticle", "article_by_id", "incident_by_id"]


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


def article_by_id(store: Store, article_id: int) -> StoredArticle | None:
    """The stored article, or None when there is no such id."""
    row = store.conn.execute(
        "SELECT id, name, text, url, outlet, published, published_text FROM articles WHERE id = ?",
        (int(article_id),),
    ).fetchone()
    if row is None:
        return None
    return StoredArticle(
        id=int(row["id"]),
        name=row["name"],
        text=row["text"],
        url=row["url"],
        outlet=row["outlet"],
        published=row["published"],
        published_text=row["published_text"],
    )


def incident_by_id(store: Store, incident_id: int) -> dict[str, Any] | None:
    """One incident in the shape `Store.incidents` gives, or None when there is none."""
    row = store.conn.execute(
        "SELECT i.*, a.name AS article, a.url, a.outlet, a.published "
        "FROM incidents i JOIN articles a ON a.id = i.article_id WHERE i.id = ?",
        (int(incident_id),),
    ).fetchone()
    return None if row is None else _incident_row(row)
