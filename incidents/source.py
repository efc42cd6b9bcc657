"""Where an article comes from: its URL, outlet and publication date.

The publication date matters beyond bookkeeping: it is what turns "أمس الأحد" into a
calendar day. It comes from, in order of priority, a date the analyst gives on the
command line, a sidecar file beside the article (``X.source.txt`` for ``X.txt``, lines of
``key: value``), and the article's own HTML metadata. A sidecar or page that says
nothing usable gives None, never an exception: a missing date only makes relative dates
unresolved, it never stops an ingest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from incidents.dates import parse_published

__all__ = [
    "SIDECAR_SUFFIX",
    "ArticleSource",
    "HtmlSourceCollector",
    "html_source",
    "is_sidecar",
    "parse_day",
    "read_sidecar",
    "resolve_source",
    "sidecar_path",
]

SIDECAR_SUFFIX = ".source.txt"
# A sidecar is a few lines; anything bigger is not one and is not read.
_MAX_SIDECAR_BYTES = 256 * 1024


@dataclass(frozen=True, slots=True)
class ArticleSource:
    """An article's provenance; `published_text` keeps the value as written."""

    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_text: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.url or self.outlet or self.published or self.published_text)


def is_sidecar(path: str | Path) -> bool:
    """True for a sidecar file (``*.source.txt``), which is never an article."""
    return Path(path).name.lower().endswith(SIDECAR_SUFFIX)


def sidecar_path(path: Path) -> Path:
    """The sidecar of an article: its last suffix replaced (r001.txt -> r001.source.txt)."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def _leading_date(value: str) -> date | None:
    """The date a value starts with: '2009-05-11 (from URL)' gives 2009-05-11.

    Sidecars follow the date with a note in brackets; only a whole first word that is
    a day (or an ISO datetime) counts, so '2008-05 (day unknown)' gives None.
    """
    words = value.split(maxsplit=1)
    if not words:
        return None
    return parse_published(words[0].rstrip(",;"))


def read_sidecar(path: Path) -> ArticleSource | None:
    """The sidecar of the article at `path`, or None when it is missing or unreadable.

    Parameters
    ----------
    path : the article file (``X.txt``, ``X.html``); its sidecar is ``X.source.txt``.

    Returns
    -------
    The ``url``, ``outlet`` and ``published`` values (other keys are ignored); None when
    there is no sidecar, it cannot be read, or it has none of those keys.
    """
    side = sidecar_path(path)
    try:
        if side.stat().st_size > _MAX_SIDECAR_BYTES:
            return None
        data = side.read_bytes()
    except OSError:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1256")
        except UnicodeDecodeError:
            return None
    values: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in ("url", "outlet", "published") and key not in values:
            values[key] = value.strip()
    if not values:
        return None
    published_text = values.get("published") or None
    return ArticleSource(
        url=values.get("url") or None,
        outlet=values.get("outlet") or None,
        published=_leading_date(published_text) if published_text else None,
        published_text=published_text,
    )


# <meta> keys (property= or name=, lower case) that carry each field, best first.
_DATE_KEYS = ("article:published_time", "pubdate", "date", "publish-date")
_URL_KEYS = ("og:url",)
_OUTLET_KEYS = ("og:site_name",)


class HtmlSourceCollector:
    """Gathers source metadata from the start tags of a page, as a parser meets them.

    `incidents.text` feeds it from the same pass that extracts the text, so a page is
    parsed once; `html_source` drives it with a parser of its own.
    """

    def __init__(self) -> None:
        self._meta: dict[str, str] = {}
        self._canonical: str | None = None
        self._time: str | None = None

    def start_tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("meta", "link", "time"):
            return
        values = {name.lower(): (value or "").strip() for name, value in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            content = values.get("content", "")
            if key and content and key not in self._meta:
                self._meta[key] = content
        elif tag == "link":
            rels = values.get("rel", "").lower().split()
            if "canonical" in rels and values.get("href") and self._canonical is None:
                self._canonical = values["href"]
        elif values.get("datetime") and self._time is None:
            self._time = values["datetime"]

    def source(self) -> ArticleSource:
        """What the tags seen so far say; the first date that parses wins."""
        dates = [self._meta[k] for k in _DATE_KEYS if k in self._meta]
        if self._time:
            dates.append(self._time)
        published = None
        published_text = dates[0] if dates else None
        for raw in dates:
            published = _leading_date(raw)
            if published is not None:
                published_text = raw
                break
        return ArticleSource(
            url=next((self._meta[k] for k in _URL_KEYS if k in self._meta), self._canonical),
            outlet=next((self._meta[k] for k in _OUTLET_KEYS if k in self._meta), None),
            published=published,
            published_text=published_text,
        )


class _TagParser(HTMLParser):
    def __init__(self, collector: HtmlSourceCollector) -> None:
        super().__init__(convert_charrefs=True)
        self.collector = collector

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.collector.start_tag(tag, attrs)


def html_source(raw_html: str) -> ArticleSource:
    """URL, outlet and publication date from a page's <meta>, <link> and <time> tags.

    The date is the first of ``article:published_time``, ``<meta name="pubdate"|"date"|
    "publish-date">`` and the first ``<time datetime>`` that is a day or an ISO
    datetime; the URL is ``og:url``, else ``<link rel="canonical">``; the outlet is
    ``og:site_name``. Fields the page lacks are None.
    """
    collector = HtmlSourceCollector()
    parser = _TagParser(collector)
    parser.feed(raw_html)
    parser.close()
    return collector.source()


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def resolve_source(
    path: Path, *, html: ArticleSource | None = None, published: date | None = None
) -> ArticleSource | None:
    """An article file's source: the sidecar, else the page's metadata, field by field.

    Parameters
    ----------
    path : the article file, whose sidecar is looked for beside it.
    html : what the page's own metadata said (`incidents.text.Article.source`).
    published : a date given by the analyst; it replaces the publication date only.

    The sidecar wins for every field it has (its publication value, even a vague one,
    is kept with its words); the page fills the fields the sidecar lacks.
    """
    side = read_sidecar(path)
    merged = side or html
    if side is not None and html is not None:
        dated = side if side.published_text else html
        merged = ArticleSource(
            url=side.url or html.url,
            outlet=side.outlet or html.outlet,
            published=dated.published,
            published_text=dated.published_text,
        )
    if published is not None:
        merged = replace(
            merged or ArticleSource(), published=published, published_text=published.isoformat()
        )
    return None if merged is None or merged.empty else merged


def parse_day(value: str) -> date | None:
    """A strict YYYY-MM-DD day (the command line's --published), else None."""
    if not _ISO_DAY.fullmatch(value.strip()):
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None
