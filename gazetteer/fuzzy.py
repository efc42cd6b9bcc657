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

import os
from collections.abc import Sequence
from functools import reduce
from itertools import repeat
from operator import or_
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
        # numpy costs about 0.15 s to import: only a search by edit distance needs it. Its
        # masks are elementwise and call no BLAS: a BLAS pool of threads, when numpy is
        # first loaded here, would only spin beside the reader (3 % of one core).
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        import numpy as np

        self.keys = list(keys)
        letters = sorted({ch for key in self.keys for ch in key})
        # With more letters than bits, letters share a bit: the bound only gets weaker.
        self._bit = {ch: 1 << (i % _OTHER_BIT) for i, ch in enumerate(letters)}
        self._masks = np.array([self._mask(key) for key in self.keys], dtype=np.uint64)
        self._lengths = np.array([len(key) for key in self.keys], dtype=np.int64)
        self._bitwise_count = np.bitwise_count
        # By query length and cutoff: one more than the largest lower bound that still lets
        # each key reach the cutoff, 0 where the lengths alone rule the key out (uint8, as
        # `np.bitwise_count` gives, so the comparison needs no cast).
        self._limits: dict[tuple[int, float], np.ndarray[Any, Any]] = {}

    def _mask(self, text: str) -> int:
        return reduce(or_, map(self._bit.get, set(text), repeat(1 << _OTHER_BIT)), 0)

    def _limits_for(self, length: int, score_cutoff: float) -> np.ndarray[Any, Any]:
        import numpy as np

        total = self._lengths + length
        # ratio >= cutoff  <=>  d <= (100 - cutoff) * total / 100
        bound = np.floor(((100.0 - score_cutoff) * total + _SLACK) / 100.0)
        bound[np.abs(self._lengths - length) > bound] = -1
        # No two masks differ in more than 64 bits: larger bounds all mean "keep".
        found = (np.minimum(bound, 64) + 1).astype(np.uint8)
        self._limits[(length, score_cutoff)] = found
        return found

    def shortlist(self, query: str, score_cutoff: float) -> list[int]:
        """Indices, in order, of the keys that may score `score_cutoff` or more."""
        limits = self._limits.get((len(query), score_cutoff))
        if limits is None:
            limits = self._limits_for(len(query), score_cutoff)
        mask = reduce(or_, map(self._bit.get, set(query), repeat(1 << _OTHER_BIT)), 0)
        keep: list[int] = (self._bitwise_count(self._masks ^ mask) < limits).nonzero()[0].tolist()
        return keep

    def extract(
        self, query: str, *, score_cutoff: float, limit: int
    ) -> list[tuple[str, float, int]]:
        """Best keys by `fuzz.ratio`: ``(key, score, index)``, best first, ties by index."""
        keep = self.shortlist(query, score_cutoff)
        if not keep:
            return []
        keys = self.keys
        found = process.extract(
            query,
            [keys[i] for i in keep],
            scorer=fuzz.ratio,
            score_cutoff=score_cutoff,
            limit=limit,
        )
        return [(key, score, keep[j]) for key, score, j in found]
