"""Edit-distance search over a fixed list of keys, with a pre-filter that drops no answer.

`RatioIndex.extract(query, score_cutoff=..., limit=...)` answers exactly what
``rapidfuzz.process.extract(query, keys, scorer=fuzz.ratio, ...)`` answers over the whole
list (same keys, scores, order and indices), but scores only the few keys that can reach
the cutoff. `fuzz.ratio` is ``100 * (1 - d / (len(a) + len(b)))`` with ``d`` the Indel
distance (insertions and deletions), and ``d`` is at least

- the difference of the two lengths, and
- the number of letters found in one string and not in the other (each must be deleted
  or inserted at least once),

so a key whose lower bound already puts it below the cutoff cannot be an answer. The
letter sets are 64-bit masks compared for all keys at once with numpy; at cutoff 85 about
four keys in a thousand are left to score.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

if TYPE_CHECKING:
    import numpy as np

__all__ = ["RatioIndex"]

_OTHER_BIT = 63  # letters no key has
# Lower bounds are compared with this much slack, so float rounding can only keep a key.
_SLACK = 1e-6


class RatioIndex:
    """Keys searchable by `fuzz.ratio`; answers identical to `process.extract` over all keys."""

    def __init__(self, keys: Sequence[str]) -> None:
        # numpy costs about 0.15 s to import: only a search by edit distance needs it.
        import numpy as np

        self.keys = list(keys)
        letters = sorted({ch for key in self.keys for ch in key})
        # With more letters than bits, letters share a bit: the bound only gets weaker.
        self._bit = {ch: 1 << (i % _OTHER_BIT) for i, ch in enumerate(letters)}
        self._masks = np.array([self._mask(key) for key in self.keys], dtype=np.uint64)
        self._lengths = np.array([len(key) for key in self.keys], dtype=np.int64)
        # Largest lower bound that still lets a key reach the cutoff, by query length and
        # cutoff; -1 where the lengths alone rule the key out.
        self._max_bound: dict[tuple[int, float], np.ndarray[Any, Any]] = {}

    def _mask(self, text: str) -> int:
        bit = self._bit
        other = 1 << _OTHER_BIT
        mask = 0
        for ch in set(text):
            mask |= bit.get(ch, other)
        return mask

    def _bounds(self, length: int, score_cutoff: float) -> np.ndarray[Any, Any]:
        import numpy as np

        found = self._max_bound.get((length, score_cutoff))
        if found is None:
            total = self._lengths + length
            # ratio >= cutoff  <=>  d <= (100 - cutoff) * total / 100
            found = np.floor(((100.0 - score_cutoff) * total + _SLACK) / 100.0).astype(np.int64)
            found[np.abs(self._lengths - length) > found] = -1
            self._max_bound[(length, score_cutoff)] = found
        return found

    def shortlist(self, query: str, score_cutoff: float) -> list[int]:
        """Indices, in order, of the keys that may score `score_cutoff` or more."""
        import numpy as np

        differing = np.bitwise_count(self._masks ^ np.uint64(self._mask(query)))
        keep: list[int] = np.flatnonzero(
            differing <= self._bounds(len(query), score_cutoff)
        ).tolist()
        return keep

    def extract(
        self, query: str, *, score_cutoff: float, limit: int
    ) -> list[tuple[str, float, int]]:
        """Best keys by `fuzz.ratio`: ``(key, score, index)``, best first, ties by index."""
        keep = self.shortlist(query, score_cutoff)
        if not keep:
            return []
        found = process.extract(
            query,
            [self.keys[i] for i in keep],
            scorer=fuzz.ratio,
            score_cutoff=score_cutoff,
            limit=limit,
        )
        return [(key, score, keep[j]) for key, score, j in found]
