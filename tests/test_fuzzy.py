"""The edit-distance index: its pre-filter never changes an answer of `process.extract`."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from gazetteer.fuzzy import RatioIndex
from gazetteer.match import Gazetteer


def _edited(key: str, letters: str, rng: random.Random, edits: int) -> str:
    for _ in range(edits):
        i = rng.randrange(len(key) + 1)
        op = rng.choice(("delete", "insert", "substitute", "swap"))
        if op == "delete" and i < len(key):
            key = key[:i] + key[i + 1 :]
        elif op == "substitute" and i < len(key):
            key = key[:i] + rng.choice(letters) + key[i + 1 :]
        elif op == "swap" and i + 1 < len(key):
            key = key[:i] + key[i + 1] + key[i] + key[i + 2 :]
        else:
            key = key[:i] + rng.choice(letters) + key[i:]
    return key


def _reference(index: RatioIndex, query: str, cutoff: float, limit: int | None):
    return process.extract(query, index.keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)


@pytest.mark.parametrize("keys_of", ["_fuzzy_keys", "_skeleton_keys", "_english_keys"])
def test_answers_equal_extract_over_every_key(gaz: Gazetteer, keys_of: str):
    # The gazetteer's three edit-distance lists, 400 queries each with one to three edits
    # (some letters no key has), at the cutoffs the app, the store and the matcher use.
    keys = getattr(gaz, keys_of)
    index = RatioIndex(keys)
    letters = "".join(sorted({ch for k in keys for ch in k})) + "xژ"
    rng = random.Random(keys_of)
    for key in rng.sample(keys, 400):
        query = _edited(key, letters, rng, rng.randint(1, 3))
        for cutoff, limit in ((85, 8), (85, 5), (80, 20), (70, 5), (92.5, 1), (0, None)):
            want = _reference(index, query, cutoff, limit)
            assert index.extract(query, score_cutoff=cutoff, limit=limit) == want, query


def test_one_letter_typo_in_a_long_name_is_never_filtered_out(gaz: Gazetteer):
    # One wrong letter in a name of eight letters or more scores at least 87.5: the
    # shortlist at cutoff 85 must always hold the name itself.
    index = RatioIndex(gaz._fuzzy_keys)
    letters = "".join(sorted({ch for k in index.keys for ch in k if ch != " "}))
    rng = random.Random(3)
    long_names = [(i, k) for i, k in enumerate(index.keys) if len(k) >= 8]
    assert len(long_names) > 300
    for i, key in long_names:
        for op in ("delete", "insert", "substitute"):
            j = rng.randrange(len(key))
            if op == "delete":
                query = key[:j] + key[j + 1 :]
            elif op == "insert":
                query = key[:j] + rng.choice(letters) + key[j:]
            else:
                query = key[:j] + rng.choice(letters.replace(key[j], "")) + key[j + 1 :]
            assert i in index.shortlist(query, 85), (op, key, query)
            assert key in [k for k, _, _ in index.extract(query, score_cutoff=85, limit=None)]


def test_shortlist_is_short(gaz: Gazetteer):
    # The point of the index: at cutoff 85 a typo is scored against a handful of keys.
    index = RatioIndex(gaz._fuzzy_keys)
    rng = random.Random(5)
    letters = "".join(sorted({ch for k in index.keys for ch in k}))
    sizes = [
        len(index.shortlist(_edited(k, letters, rng, 1), 85)) for k in rng.sample(index.keys, 300)
    ]
    assert sum(sizes) / len(sizes) < 0.02 * len(index.keys)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="abcdeكنرهاي ", min_size=1, max_size=12), min_size=1, max_size=30),
    st.text(alphabet="abcdefكنرهاي ", max_size=14),
    st.sampled_from([0, 50, 66.7, 75, 85, 100]),
)
def test_answers_equal_extract_on_any_keys(keys, query, cutoff):
    # Any keys, duplicates included, any query (empty too): same keys, scores and indices.
    index = RatioIndex(keys)
    assert index.extract(query, score_cutoff=cutoff, limit=5) == _reference(index, query, cutoff, 5)


def test_more_letters_than_mask_bits_still_exact():
    # 100 distinct letters share 63 bits; the bound gets weaker, never wrong.
    alphabet = [chr(0x4E00 + i) for i in range(100)]
    rng = random.Random(8)
    keys = ["".join(rng.choices(alphabet, k=rng.randint(3, 9))) for _ in range(300)]
    index = RatioIndex(keys)
    for key in keys[:100]:
        query = _edited(key, "".join(alphabet), rng, 1)
        assert index.extract(query, score_cutoff=80, limit=5) == _reference(index, query, 80, 5)


def test_the_index_starts_no_threads_beside_the_reader():
    # numpy first loaded by the index must not bring up a BLAS pool of threads that spins
    # beside the one reading articles
    script = (
        "import os\n"
        "from gazetteer.fuzzy import RatioIndex\n"
        "RatioIndex(['كابل', 'قندهار']).extract('كابول', score_cutoff=60, limit=2)\n"
        "print(len(os.listdir('/proc/self/task')))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
        check=True,
    )
    assert done.stdout.strip() == "1"
