"""How much one article may be: a paste or a file larger than this is refused, with why.

A news article runs to a few thousand words. A paste of a whole archive page (466,000
characters) once went in as one "article" with 3,485 incidents; an HTML page carries its
markup, so files are measured in bytes and get more room.
"""

from __future__ import annotations

__all__ = ["MAX_FILE_BYTES", "MAX_PASTE_CHARS", "file_too_large", "paste_too_long"]

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


def file_too_large(data: bytes, *, label: str) -> str | None:
    """Why an uploaded file is refused, or None when it is small enough for one article."""
    if len(data) <= MAX_FILE_BYTES:
        return None
    return (
        f"{label}: {len(data) / 1e6:.1f} MB, more than one article "
        f"(the limit is {MAX_FILE_BYTES / 1e6:.0f} MB per file)"
    )
