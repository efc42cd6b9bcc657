"""The committed gazetteer data is what `python -m gazetteer.build` makes of its sources."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from gazetteer.build import DEFAULT_SOURCES, build, initials_agree

DATA_FILES = ["entries.tsv", "aliases.tsv", "provinces.geojson", "districts.geojson"]


@pytest.mark.skipif(
    not (DEFAULT_SOURCES / "ocha_agcho_20180522").is_dir(),
    reason="shared/gazetteer-sources is not on this machine",
)
def test_committed_data_equals_a_fresh_build(tmp_path: Path):
    # Editing a hand-kept source (aliases, English names, display names) without rebuilding
    # leaves the committed data stale: this catches it.
    build(DEFAULT_SOURCES, tmp_path)
    committed = resources.files("gazetteer") / "data"
    stale = [
        name
        for name in DATA_FILES
        if (tmp_path / name).read_bytes() != committed.joinpath(name).read_bytes()
    ]
    assert not stale


def _bench_module():
    import importlib.util
    import sys

    path = Path(__file__).resolve().parent.parent / "bench" / "spelling_accuracy.py"
    spec = importlib.util.spec_from_file_location("spelling_accuracy", path)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_press_spellings_are_sourced_and_none_comes_from_the_test_part():
    # gazetteer/sources/press.tsv holds spellings read on stored pages; one that is also a
    # row of the held-out test part of the spelling bench would make that part a tuning set.
    from gazetteer.build import HAND_KEPT, read_tsv

    bench = _bench_module()
    rows = bench.read_rows(bench.SPELLINGS)
    held_out = {bench.spelling_key(r.spelling) for r in rows if r.part == "test"}
    assert held_out, "the spelling bench has a test part"
    press = read_tsv(HAND_KEPT / "press.tsv")
    assert press
    for row in press:
        assert row["source"], row
        assert row["display"] in ("0", "1"), row
        assert bench.spelling_key(row["alias"]) not in held_out, row["alias"]


def test_spelling_split_is_drawn_from_the_spelling_alone():
    bench = _bench_module()
    assert bench.part_of("ولاية هلمند", "1") == "tune"  # batch 1 is never held out
    # A unit word, a glued clitic or a letter form does not move a row to the other part.
    for spelling in ("سنجين", "مديرية سنجين", "بمديرية سنجين", "سنجين"):
        assert bench.spelling_key(spelling) == "سنجين"
    assert bench.part_of("مديرية سنجين", "2") == bench.part_of("سنجين", "2")


def test_every_press_spelling_reads_exactly_as_its_entry(gaz):
    from gazetteer.build import HAND_KEPT, read_tsv

    for row in read_tsv(HAND_KEPT / "press.tsv"):
        match = gaz.match(row["alias"])
        readings = {c.get("entry_id") for c in match.to_json().get("candidates", [])} | {
            match.entry.id if match.entry else None
        }
        assert row["target"] in readings, (row["alias"], row["target"], readings)
        assert match.best is not None, row["alias"]
        assert match.best.method == "exact", row["alias"]


def test_a_press_spelling_of_a_district_spells_its_namesakes_too(gaz):
    # press.tsv reads "أرغانداب" of Kandahar's Arghandab; Zabul has an Arghandab too
    assert gaz.match("أرغانداب", province="AF26").entry.id == "AF2605"
    assert gaz.match("أرغانداب", province="AF27").entry.id == "AF2702"


@pytest.mark.parametrize(
    ("latin", "dari", "agree"),
    [
        ("DAND", "دند", True),
        ("DAND", "وند", False),  # د lost: "وند" would read "كوند" as Dand
        ("PAGHMAN", "پغمان", True),
        ("PAGHMAN", "يغمان", False),  # پ lost
        ("KHENJ (HES-E- AWAL)", "حصه اول خنج", True),  # the name in brackets
        ("EMAMSAHEB", "امام صاحب", True),
    ],
)
def test_a_dari_name_that_cannot_begin_as_its_romanisation_is_a_source_error(latin, dari, agree):
    assert initials_agree(latin, dari) is agree


def test_a_source_error_of_a_lost_letter_reads_nothing(gaz):
    # "منطقة كوند سراي" (in Waziristan): no Kandahar through the lost-letter "وند"
    assert gaz.match("كوند").best is None or gaz.match("كوند").entry.id != "AF2701"
