"""A regression guard on real reporting: the dev half of ../shared/corpus stays above floors.

The floors sit just under what the extractor reached when they were set (see the closing
notes); the test half is never asserted on here, so nobody tunes on it. The texts belong to
their publishers and are read where they are, never copied into the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402  (bench/corpus.py)

pytestmark = pytest.mark.skipif(
    not (corpus.CORPUS / "gold-dev.jsonl").exists(), reason="no ../shared/corpus here"
)

FLOORS = {
    "recall": 0.97,
    "precision": 0.95,
    "found and placed right": 0.96,
    "province": 0.96,
    "district": 0.87,
    "event type": 0.96,
    "killed": 0.92,
    "wounded": 0.97,
    "event date": 0.78,
    "claimant": 0.96,
}


@pytest.fixture(scope="module")
def dev_score(gaz):
    return corpus.score_half("dev", gazetteer=gaz)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_dev_half_stays_above_its_floor(dev_score, metric):
    assert dev_score.value(metric) >= FLOORS[metric], "\n".join(dev_score.lines)
