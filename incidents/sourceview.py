"""Where an incident was read: the source line for the panel and the full article text.

Pure functions returning HTML. Everything from an article (text, outlet, URL) is
untrusted: it is escaped, and a URL becomes a link only when it is a web address.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from incidents.mapview import safe_text

__all__ = ["article_html", "incident_spans", "source_html", "web_url"]


def web_url(url: str | None) -> str | None:
    """The URL when it is an http(s) address with a host; None for anything else.

    A `javascript:` or `data:` URL from a page's metadata must never become a link.
    """
    if not url:
        return None
    candidate = url.strip()
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch.isspace() or ord(ch) < 32 for ch in candidate):
        return None
    return candidate


def source_html(*, outlet: str | None, published: str | None, url: str | None) -> str:
    """One line: outlet, publication date and the URL as a link that opens a new tab."""
    link = web_url(url)
    if link:
        where = (
            f'<a class="source-link" href="{safe_text(link)}" target="_blank" '
            f'rel="noopener noreferrer">{safe_text(link)}</a>'
        )
    elif url:
        where = f'<span class="source-url">{safe_text(url)}</span>'
    else:
        where = '<span class="source-url">no URL</span>'
    return (
        '<div class="incident-source" style="font-size:0.9rem;">'
        f'<span class="source-outlet">{safe_text(outlet or "outlet unknown")}</span> · '
        f'<span class="source-published">{safe_text(published or "date unknown")}</span> · '
        f"{where}</div>"
    )


def incident_spans(row: Mapping[str, Any]) -> list[tuple[int, int]]:
    """The article offsets of an incident's sentences (lead first), from a stored row."""
    spans = [
        (int(span["start"]), int(span["end"]))
        if isinstance(span, dict)
        else (int(span[0]), int(span[1]))
        for span in row.get("sentences") or []
    ]
    return spans or [(int(row["start"]), int(row["end"]))]


def article_html(text: str, highlight: Sequence[tuple[int, int]] = ()) -> str:
    """The whole article, escaped, right-to-left, with the given spans marked."""
    spans = sorted((s, e) for s, e in highlight if 0 <= s < e <= len(text))
    parts: list[str] = []
    pos = 0
    for s, e in spans:
        s = max(s, pos)
        if s >= e:
            continue
        parts.append(safe_text(text[pos:s]))
        parts.append(f'<mark class="incident-sentence">{safe_text(text[s:e])}</mark>')
        pos = e
    parts.append(safe_text(text[pos:]))
    return (
        '<div dir="rtl" lang="ar" class="article-text" style="white-space:pre-wrap;'
        'font-size:1.1rem;line-height:1.9;text-align:right;">' + "".join(parts) + "</div>"
    )
