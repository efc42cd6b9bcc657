"""The normaliser's letter table gives the same keys as the camel-tools functions it replaces.

`gazetteer.normalize` no longer imports camel-tools (its charsets module walks all of
Unicode at import); these tests keep the old camel-tools path as the reference.
"""

from __future__ import annotations

import csv
import random
import re
import subprocess
import sys
import unicodedata
from importlib import resources
from itertools import product

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer import normalize as norm

DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"


def camel_normalize(text: str) -> str:
    """`normalize` as it was written with camel-tools, step by step (lower case first and
    Latin combining marks dropped, so that "İ" keys once)."""
    text = unicodedata.normalize("NFC", text.lower())
    text = dediac_ar(text)
    text = text.translate(norm._FOLD)
    text = normalize_alef_ar(text)
    text = normalize_alef_maksura_ar(text)
    text = normalize_teh_marbuta_ar(text)
    text = text.replace("ء", "")
    text = re.sub("[\u0300-\u036f]", "", text)
    text = re.sub(r"[^\w ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def camel_variants(name: str) -> list[str]:
    """`arabic_variants` as it was written with camel-tools."""
    name = unicodedata.normalize("NFC", dediac_ar(name))
    slots = [norm._VARIANTS.get(ch, (ch,)) for ch in name]
    seen: dict[str, None] = {}
    for combo in product(*slots):
        spelled = "".join(combo)
        seen.setdefault(camel_normalize(spelled), None)
        if spelled.endswith("ات"):
            seen.setdefault(camel_normalize(spelled[:-1] + "ة"), None)
        if len(spelled) > 2 and spelled.endswith("ه") and spelled[-2] not in "اه":
            seen.setdefault(camel_normalize(spelled[:-1] + "ا"), None)
        if len(seen) >= norm._MAX_VARIANTS:
            break
    return [key for key in seen if key]


def _gazetteer_names() -> list[str]:
    """Arabic names as the sources give them (entries) and every alias key."""
    data = resources.files("gazetteer") / "data"
    with data.joinpath("entries.tsv").open(encoding="utf-8") as fh:
        names = [r["name_ar"] for r in csv.DictReader(fh, delimiter="\t") if r["name_ar"]]
    with data.joinpath("aliases.tsv").open(encoding="utf-8") as fh:
        names += [r["key"] for r in csv.DictReader(fh, delimiter="\t")]
    return names


def _as_written(name: str, rng: random.Random) -> str:
    """A name as a page may carry it: harakat, hamzated alefs, tatweel, teh marbuta."""
    out: list[str] = []
    for ch in name:
        if ch == "ا" and rng.random() < 0.3:
            ch = rng.choice("أإآٱ")
        elif ch == "ه" and rng.random() < 0.3:
            ch = "ة"
        elif ch == "ي" and rng.random() < 0.3:
            ch = rng.choice("ىیئ")
        out.append(ch)
        if rng.random() < 0.2:
            out.append(rng.choice(DIACRITICS + "ـء"))
    return "".join(out)


def test_keys_equal_the_camel_tools_path_on_gazetteer_names():
    # Every entry name and alias key (more than 15,000), and each once more with
    # harakat, hamzated alefs, alef maksura, teh marbuta and tatweel sprinkled in.
    rng = random.Random(9)
    names = _gazetteer_names()
    assert len(names) > 15_000
    for name in names:
        assert norm.normalize(name) == camel_normalize(name), name
        written = _as_written(name, rng)
        assert norm.normalize(written) == camel_normalize(written), written


# Arabic letters and the Dari / Pashto letters a source may write in their place.
_DARI = {"ك": "کگګ", "ي": "یېۍ", "ب": "پ", "ج": "چ", "ز": "ژږځ", "س": "څ", "ت": "ټ", "د": "ډ"}
_DARI.update({"ر": "ړ", "ش": "ښ", "ن": "ڼ", "ه": "ۀہھ"})


def _in_dari_letters(name: str, rng: random.Random) -> str:
    return "".join(
        rng.choice(_DARI[ch]) if ch in _DARI and rng.random() < 0.5 else ch for ch in name
    )


def test_variants_equal_the_camel_tools_path():
    # Dari and Pashto letters are where the variants differ: 3,000 gazetteer names with
    # some letters written the Dari / Pashto way, with and without harakat.
    rng = random.Random(11)
    names = [_in_dari_letters(n, rng) for n in rng.sample(_gazetteer_names(), 3000)]
    names = [_as_written(n, rng) if i % 2 else n for i, n in enumerate(names)]
    assert sum(any(ch in norm._VARIANTS for ch in n) for n in names) > 2000
    for name in names:
        assert norm.arabic_variants(name) == camel_variants(name), name


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=30))
def test_keys_equal_the_camel_tools_path_on_any_arabic_block_text(text):
    assert norm.normalize(text) == camel_normalize(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_keys_equal_the_camel_tools_path_on_any_text(text):
    assert norm.normalize(text) == camel_normalize(text)


def test_matching_never_imports_camel_tools():
    # camel_tools.utils.charsets costs about 0.4 s at import: the gazetteer must not need it.
    # numpy (0.15 s) waits for the first name that needs edit distance.
    code = (
        "import sys\n"
        "from gazetteer.match import load\n"
        "gaz = load()\n"
        "gaz.match('بولاية كنر')\n"
        "gaz.match('Lashkar Gah')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('camel_tools', 'numpy'))))\n"
        "gaz.match('قندهارر')\n"
        "print('numpy' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["[]", "True"]


PLAIN = st.text(alphabet="".join(chr(c) for c in range(0x0621, 0x064B)) + " ", max_size=30)


@settings(max_examples=500, deadline=None)
@given(PLAIN)
def test_a_plain_key_is_its_own_key_by_every_step(text):
    # `normalize` returns a text of plain letters and single spaces as it is: the full
    # path must agree wherever the shortcut is taken.
    if norm._PLAIN_KEY.fullmatch(text):
        assert norm._normalize_full(text) == text
    assert norm.normalize(text) == norm._normalize_full(text)


def test_shortcut_is_taken_for_alias_keys_and_gives_the_same_keys():
    names = _gazetteer_names()
    plain = [n for n in names if norm._PLAIN_KEY.fullmatch(n)]
    assert len(plain) > len(names) // 2
    for name in plain:
        assert norm._normalize_full(name) == name
