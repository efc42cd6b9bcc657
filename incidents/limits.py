"""How much one article may be: a paste or a file larger than this is refused, with why.

A news article runs to a few thousand words. A paste of a whole archive page (466,000
characters) once went in as one "article" with 3,485 incidents; an HTML page carries its
markup, so files are measured in bytes and get more room. The Ingest page and the command
line (`incidentmap ingest` and `extract`, through `incidents.text.read_article`) apply the
same limits with the same words.
"""

from __future__ import annotations

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_PASTE_CHARS",
    "file_too_large",
    "paste_too_long",
    "size_problem",
]

MAX_PASTE_CHARS = 100_000
MAX_FILE_BYTES = 2_000_000


def paste_too_long(text: str, *, label: str = "pasted text") -> str | None:
    """Why a pasted text is refused, or None when it is short enough for one article."""
    if len(text) <= MAX_PASTE_CHARS:
        return None
    return (
        f"{label}: {len(text):,} characters, more than one article "
        f"(the limit is {MAX_PASTE_CHARS:,}); paste one article at a time"
    )


def size_problem(size: int, *, limit: int = MAX_FILE_BYTES) -> str | None:
    """Why a file of `size` bytes is refused, or None when it is small enough."""
    if size <= limit:
        return None
    return (
        f"{_megabytes(size, decimals=1)}, too large for one article "
        f"(the limit is {_megabytes(limit, decimals=0)} per file)"
    )


def file_too_large(data: bytes, *, label: str) -> str | None:
    """Why an uploaded file is refused (named by `label`), or None when it is small enough."""
    problem = size_problem(len(data))
    return None if problem is None else f"{label}: {problem}"


def _megabytes(size: int, *, decimals: int) -> str:
    if size < 100_000:  # limits set low (tests) read better in bytes
        return f"{size:,} bytes"
    return f"{size / 1e6:.{decimals}f} MB"
