"""Reads for the source view: one stored article with its text, one incident by id.

The pages call these rather than SQL of their own; the store answers the same on every
back end (`incidents.store`).
"""

from __future__ import annotations

from typing import Any

from incidents.store import Store, StoredArticle

__all__ = ["StoredArticle", "article_by_id", "incident_by_id"]


def article_by_id(store: Store, article_id: int) -> StoredArticle | None:
    """The stored article, or None when there is no such id."""
    return store.article(article_id)


def incident_by_id(store: Store, incident_id: int) -> dict[str, Any] | None:
    """One incident in the shape `Store.incidents` gives, or None when there is none."""
    return store.incident(incident_id)
