"""Arabic display names: Arabic as the press writes it, never romanised or Urdu-letter text."""

from __future__ import annotations

import re

import pytest

from gazetteer.match import Gazetteer

# Latin letters (with diacritics), Urdu-only letters, and Persian/Pashto letters that Arabic
# spelling replaces (ی ک گ پ چ ژ and the Pashto ones).
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
URDU = re.compile(r"[ہےۓڈٹڑںھ]")
PERSIAN = re.compile(r"[یکگپچژېۍګږځڅټډړښڼۀ]")


def test_no_arabic_display_name_is_latin_or_urdu(gaz: Gazetteer):
    bad = [
        (e.id, e.name_ar)
        for e in gaz.entries.values()
        if LATIN.search(e.name_ar) or URDU.search(e.name_ar)
    ]
    assert not bad


def test_provinces_and_districts_show_arabic_letters_not_persian(gaz: Gazetteer):
    units = [*gaz.provinces(), *gaz.districts()]
    assert len(units) == 34 + 399
    bad = [(e.id, e.name_ar) for e in units if not e.name_ar or PERSIAN.search(e.name_ar)]
    assert not bad


@pytest.mark.parametrize(
    ("entry_id", "name_ar"),
    [
        ("AF29", "فارياب"),  # OCHA's Dari has a Persian yeh
        ("AF3008", "سنجين"),  # the press form, not the letter-folded سنكين
        ("AF3001", "لشكركاه"),
        ("AF2701", "قندهار"),  # the capital district shares its province's name
        ("GN1138336", "قندهار"),  # GeoNames offered "qndہar" first
        ("AF01", "كابل"),
    ],
)
def test_display_name_is_the_press_spelling(gaz, entry_id, name_ar):
    assert gaz.get(entry_id).name_ar == name_ar


def test_every_display_name_matches_its_own_entry(gaz: Gazetteer):
    for e in [*gaz.provinces(), *gaz.districts()]:
        ids = {c.entry.id for c in gaz.candidates(e.name_ar, limit=50)}
        assert e.id in ids, (e.id, e.name_ar)
