"""The committed gazetteer data is what `python -m gazetteer.build` makes of its sources."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from gazetteer.build import DEFAULT_SOURCES, build

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
