"""The `incidentmap` command: stable JSON fields and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from incidents.cli import main
from tests.conftest import ARTICLES

MATCH_FIELDS = {
    "query", "name_ar", "name_en", "level", "country", "province_pcode",
    "district_pcode", "lat", "lon", "score", "candidates",
}  # fmt: skip
EXTRACT_FIELDS = {
    "article", "sentence", "start", "end", "event_type", "killed", "wounded",
    "claimed_by", "equipment", "places", "location",
}  # fmt: skip


def run(args, stdin=""):
    return subprocess.run(
        [sys.executable, "-m", "incidents.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def test_help_works():
    out = run(["--help"])
    assert out.returncode == 0
    for cmd in ("extract", "match", "ingest", "export"):
        assert cmd in out.stdout


def test_match_json_one_line_per_input_in_order():
    # name, empty line, name with a province hint, Pakistani place, unknown word.
    out = run(["match", "--json"], "بولاية كنر\n\nقره باغ\tغزني\nبيشاور\nكلمة\n")
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert out.returncode == 0
    assert len(lines) == 5
    assert set(lines[0]) >= MATCH_FIELDS
    assert lines[0]["province_pcode"] == "AF15"
    assert lines[1] == {}
    assert lines[2]["district_pcode"] == "AF1111"
    assert lines[3]["country"] == "PK"
    assert lines[3]["province_pcode"] is None
    assert lines[4]["level"] is None
    assert lines[4]["province_pcode"] is None


def test_extract_json_and_rejected_file_exit_code(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01" * 10)
    out = run(["extract", "--json", str(ARTICLES / "article-000.txt"), str(bad)])
    assert out.returncode == 2
    assert "bad.txt" in out.stderr
    assert "binary" in out.stderr
    assert "Traceback" not in out.stderr
    records = [json.loads(x) for x in out.stdout.splitlines()]
    assert records
    assert set(records[0]) >= EXTRACT_FIELDS
    assert records[0]["article"] == "article-000"
    assert set(records[0]["location"]) >= {
        "name_ar",
        "level",
        "province_pcode",
        "district_pcode",
        "lat",
        "lon",
        "score",
    }


def test_ingest_and_export(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("INCIDENTMAP_DB", str(tmp_path / "cli.db"))
    assert main(["ingest", "--quiet", str(ARTICLES)]) == 0
    assert "articles new" in capsys.readouterr().err
    assert main(["export", "--format", "csv"]) == 0
    csv_text = capsys.readouterr().out
    assert csv_text.startswith("event_id,event_date,event_type,actor1")
    out = tmp_path / "x.geojson"
    assert main(["export", "--format", "geojson", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    assert data["features"]


def test_match_reads_stdin_in_process(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("هلمند\n"))
    assert main(["match", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["province_pcode"] == "AF30"


@pytest.mark.parametrize("size_mb", [10])
def test_a_10mb_file_finishes(tmp_path, size_mb):
    text = (ARTICLES / "article-000.txt").read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text((text + "\n") * (size_mb * 1024 * 1024 // len(text.encode())), encoding="utf-8")
    out = run(["extract", "--json", str(big)])
    assert out.returncode == 0
    assert out.stdout
