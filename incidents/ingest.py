"""Files to the store: read, extract, write; one bad file never stops a batch.

Every file goes through two steps. `prepare` reads it and extracts its incidents (pure
work, no database), and `write` stores the result, each article in its own transaction.
The serial ingest here runs both in turn; `incidents.cluster` runs `prepare` on Dask
workers and calls the same `write` in file order, so both leave the same store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

from gazetteer.match import Gazetteer
from incidents.extract import extract_article
from incidents.records import Incident
from incidents.source import ArticleSource, is_sidecar, resolve_source
from incidents.store import Store, text_hash
from incidents.text import ArticleError, decode_article, read_article

__all__ = [
    "IngestSummary",
    "Prepared",
    "ingest_bytes",
    "ingest_paths",
    "ingest_text",
    "prepare",
    "reprocess_all",
    "write",
]


@dataclass(slots=True)
class IngestSummary:
    """What an ingest did, for the summary line and the exit code."""

    new: int = 0
    present: int = 0
    reprocessed: int = 0
    incidents: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)

    def describe(self) -> str:
        parts = [
            f"articles new {self.new}",
            f"already present {self.present}",
            f"rejected {len(self.rejected)}",
            f"incidents added {self.incidents}",
        ]
        if self.reprocessed:
            parts.insert(2, f"reprocessed {self.reprocessed}")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Prepared:
    """One file after reading and extraction: all the writer needs, nothing it must look up.

    Exactly one of three: `reason` set (rejected, in plain words), `incidents` None
    (the text is already stored, so it was not extracted), or an article to store.
    """

    path: str
    name: str
    text: str = ""
    encoding: str | None = None
    source: ArticleSource | None = None
    incidents: list[Incident] | None = None
    reason: str | None = None

    @classmethod
    def rejected(cls, path: Path, reason: str) -> Prepared:
        return cls(path=str(path), name=path.stem, reason=reason)


def prepare(
    path: Path,
    *,
    gazetteer: Gazetteer,
    corrections: Mapping[str, str],
    is_stored: Callable[[str], bool],
    published: date | None = None,
    base: Path | None = None,
) -> Prepared:
    """Read one article file and extract its incidents; never raises for a bad file.

    Parameters
    ----------
    path : the file as given; the stored name and source path come from it.
    gazetteer, corrections : what extraction places mentions with.
    is_stored : tells from a text's SHA-256 that the store has it (then no extraction).
    published : the analyst's publication date, overriding sidecars and page metadata.
    base : the folder a relative `path` is read from (the caller's, on a Dask worker
        whose working folder may differ); None reads `path` as it is.
    """
    where = base / path if base is not None else path
    try:
        article = read_article(where)
    except ArticleError as err:
        return Prepared.rejected(path, str(err))
    try:
        source = resolve_source(where, html=article.source, published=published)
        if is_stored(text_hash(article.text)):
            return Prepared(path=str(path), name=path.stem, text=article.text)
        incidents = extract_article(
            article.text,
            gazetteer=gazetteer,
            article_id=path.stem,
            corrections=corrections,
            published=source.published if source else None,
        )
    except Exception as err:  # one bad article never stops the batch
        return Prepared.rejected(path, f"could not be processed ({type(err).__name__})")
    return Prepared(
        path=str(path),
        name=path.stem,
        text=article.text,
        encoding=article.encoding,
        source=source,
        incidents=incidents,
    )


def write(store: Store, prepared: Prepared, summary: IngestSummary) -> None:
    """Store one prepared file in its own transaction and count it in `summary`."""
    if prepared.reason is not None:
        summary.rejected.append((prepared.path, prepared.reason))
        return
    if prepared.incidents is None:
        summary.present += 1
        return
    try:
        added = store.add_article(
            name=prepared.name,
            text=prepared.text,
            incidents=prepared.incidents,
            source_path=prepared.path,
            encoding=prepared.encoding,
            source=prepared.source,
        )
    except Exception as err:  # one bad article never stops the batch
        summary.rejected.append((prepared.path, f"could not be processed ({type(err).__name__})"))
        return
    if added:
        summary.new += 1
        summary.incidents += len(prepared.incidents)
    else:  # the same text earlier in this batch, or from an ingest running beside this one
        summary.present += 1


def ingest_paths(
    store: Store,
    paths: Iterable[Path],
    *,
    gazetteer: Gazetteer,
    reprocess: bool = False,
    progress: TextIO | None = None,
    published: date | None = None,
) -> IngestSummary:
    """Ingest files in this process; one bad file is recorded and skipped.

    Parameters
    ----------
    store : where articles and incidents go.
    paths : article files; sidecars (``*.source.txt``) among them are skipped silently.
    gazetteer : the place index for extraction.
    reprocess : afterwards, extract every stored article again (after corrections).
    progress : where to draw a progress bar, if anywhere.
    published : the analyst's publication date for these files; it overrides the date of
        sidecars and page metadata (see `incidents.source.resolve_source`).
    """
    summary = IngestSummary()
    corrections = store.corrections()
    files = article_files(paths)
    for n, path in enumerate(files, start=1):
        if progress is not None:
            draw_progress(progress, n, len(files), path)
        prepared = prepare(
            path,
            gazetteer=gazetteer,
            corrections=corrections,
            is_stored=store.has_article,
            published=published,
        )
        write(store, prepared, summary)
    if reprocess:
        summary.reprocessed = reprocess_all(store, gazetteer=gazetteer, corrections=corrections)
    if progress is not None and files:
        progress.write("\n")
    return summary


def article_files(paths: Iterable[Path]) -> list[Path]:
    """The files of a batch that are articles (sidecars are read beside them, not as articles)."""
    return [p for p in paths if not is_sidecar(p)]


def ingest_text(
    store: Store,
    text: str,
    *,
    name: str,
    gazetteer: Gazetteer,
    corrections: Mapping[str, str] | None = None,
    source_path: str | None = None,
    encoding: str | None = None,
    source: ArticleSource | None = None,
) -> tuple[bool, int]:
    """Extract and store one article's text; (stored as new, incidents stored).

    The source's publication date reaches the extractor, which resolves "أمس" and
    weekdays against it; URL, outlet and date are stored with the article.
    """
    if store.has_article(text_hash(text)):
        return False, 0
    incidents = extract_article(
        text,
        gazetteer=gazetteer,
        article_id=name,
        corrections=corrections,
        published=source.published if source else None,
    )
    added = store.add_article(
        name=name,
        text=text,
        incidents=incidents,
        source_path=source_path,
        encoding=encoding,
        source=source,
    )
    return added, len(incidents) if added else 0


def ingest_bytes(store: Store, data: bytes, *, name: str, gazetteer: Gazetteer) -> tuple[bool, int]:
    """Ingest an uploaded or pasted article; raises `ArticleError` when it is not one.

    An uploaded HTML page brings its own metadata (URL, outlet, publication date).
    """
    article = decode_article(data)
    return ingest_text(
        store,
        article.text,
        name=name,
        gazetteer=gazetteer,
        corrections=store.corrections(),
        encoding=article.encoding,
        source=article.source,
    )


def reprocess_all(
    store: Store, *, gazetteer: Gazetteer, corrections: Mapping[str, str] | None = None
) -> int:
    """Extract every stored article again (e.g. after corrections); returns articles redone.

    Each article is read against its stored publication date, as on first ingest.
    """
    corrections = store.corrections() if corrections is None else corrections
    articles = store.stored_articles()
    for article in articles:
        incidents = extract_article(
            article.text,
            gazetteer=gazetteer,
            article_id=article.name,
            corrections=corrections,
            published=_stored_day(article.published),
        )
        store.replace_incidents(article.id, incidents)
    return len(articles)


def _stored_day(value: str | None) -> date | None:
    """A stored ISO day back to a date; a damaged value reads as unknown."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def draw_progress(out: TextIO, n: int, total: int, path: Path) -> None:
    """Redraw the one-line progress bar: file `n` of `total` is under way."""
    width = 30
    filled = int(width * n / max(total, 1))
    bar = "#" * filled + "-" * (width - filled)
    name = path.name if len(path.name) <= 40 else path.name[:37] + "..."
    out.write(f"\r[{bar}] {n}/{total} {name:<40}")
    out.flush()
