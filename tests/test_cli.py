"""The `incidentmap` command: stable JSON fields and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date

import pytest

from incidents.cli import main
from incidents.limits import MAX_FILE_BYTES, size_problem
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


def test_the_program_leaves_its_objects_to_the_exit_uncollected(tmp_path):
    # Run as the program (no argv given), main freezes what the run built, so the
    # collector's passes at exit skip it; called with argv (tests, other code) it does not.
    code = (
        "import gc, sys\nfrom incidents.cli import main\n"
        f"sys.argv = ['incidentmap', 'ingest', '--quiet', '--db', {str(tmp_path / 'x.db')!r}, "
        f"{str(ARTICLES / 'article-000.txt')!r}]\n"
        "assert main() == 0\nprint(gc.get_freeze_count() > 0)\n"
        "gc.unfreeze()\nassert main(sys.argv[1:]) == 0\nprint(gc.get_freeze_count() > 0)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert out.stdout.split() == ["True", "False"], out.stderr


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


def _copies(path, *, size: int) -> None:
    """The seed article written again and again, to about `size` bytes."""
    text = (ARTICLES / "article-000.txt").read_text(encoding="utf-8") + "\n"
    path.write_text(text * (size // len(text.encode())), encoding="utf-8")


def test_a_file_as_large_as_allowed_finishes(tmp_path):
    big = tmp_path / "big.txt"
    _copies(big, size=MAX_FILE_BYTES)
    assert big.stat().st_size <= MAX_FILE_BYTES
    out = run(["extract", "--json", str(big)])
    assert out.returncode == 0
    assert out.stdout


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_a_file_over_the_limit_is_refused_and_the_batch_goes_on(tmp_path, command):
    # The Ingest page's limit, with its words: named, skipped, exit 2 as for any rejection.
    big = tmp_path / "archive.txt"
    _copies(big, size=10_000_000)
    size = big.stat().st_size
    args = [command, str(big), str(ARTICLES / "article-000.txt")]
    if command == "ingest":
        args += ["--quiet", "--db", str(tmp_path / "limits.db")]
    out = run(args)
    assert out.returncode == 2
    assert f"{big}: {size_problem(size)}" in out.stderr.splitlines()
    assert "too large for one article (the limit is 2 MB per file)" in out.stderr
    assert "Traceback" not in out.stderr
    if command == "ingest":
        assert "articles new 1, already present 0, rejected 1" in out.stderr
    else:
        assert '"article-000"' in out.stdout or "article-000" in out.stdout


ARTICLE = (
    "قال مسؤولون محليون إن مسلحين هاجموا أمس نقطة تفتيش في مديرية سنجين بولاية هلمند "
    "وقتلوا جنديين.\n"
)


def _dated_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "z1.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "z1.source.txt").write_text(
        "url: https://e.org/z1\noutlet: وكالة تجريبية\npublished: 2015-02-25 (a Wednesday)\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture
def extract_spy(monkeypatch):
    """The publication dates `incidentmap extract` hands to the extractor."""
    from incidents import extract

    seen = []
    real = extract.extract_article

    def recording(text, **kwargs):
        seen.append(kwargs.get("published"))
        return real(text, **kwargs)

    monkeypatch.setattr(extract, "extract_article", recording)
    return seen


@pytest.mark.parametrize("command", ["extract", "ingest"])
@pytest.mark.parametrize("value", ["2015-02-30", "25/02/2015", "yesterday"])
def test_a_bad_published_date_is_a_usage_error(tmp_path, monkeypatch, capsys, command, value):
    monkeypatch.setenv("INCIDENTMAP_DB", str(tmp_path / "never.db"))
    assert main([command, "--published", value, str(ARTICLES / "article-000.txt")]) == 1
    err = capsys.readouterr().err
    assert "--published" in err
    assert "YYYY-MM-DD" in err
    assert not (tmp_path / "never.db").exists()


def test_extract_reads_the_sidecar_and_skips_it(tmp_path, capsys, extract_spy):
    # The folder holds an article and its sidecar: one article read, nothing rejected.
    assert main(["extract", "--json", str(_dated_folder(tmp_path))]) == 0
    assert extract_spy == [date(2015, 2, 25)]
    assert "source.txt" not in capsys.readouterr().err


def test_extract_published_overrides_the_sidecar(tmp_path, extract_spy):
    folder = _dated_folder(tmp_path)
    assert main(["extract", "--published", "2016-03-01", str(folder / "z1.txt")]) == 0
    assert extract_spy == [date(2016, 3, 1)]


def test_ingest_published_and_export_source_columns(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("INCIDENTMAP_DB", str(tmp_path / "src.db"))
    folder = _dated_folder(tmp_path)
    (folder / "z2.txt").write_text(ARTICLE.replace("جنديين", "ثلاثة جنود"), encoding="utf-8")
    assert main(["ingest", "--quiet", str(folder)]) == 0
    assert "rejected 0" in capsys.readouterr().err
    assert main(["export", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    # Newer columns are appended: the source columns follow the older ones, then the event's.
    columns = list(rows[0])
    assert columns[columns.index("source_offsets") + 1 :] == [
        "date_text",
        "url",
        "outlet",
        "published",
        "event_key",
        "reports",
    ]
    by_source = {r["source"]: r for r in rows}
    assert (by_source["z1"]["url"], by_source["z1"]["published"]) == (
        "https://e.org/z1",
        "2015-02-25",
    )
    assert (by_source["z2"]["url"], by_source["z2"]["published"]) == ("", "")
    out = tmp_path / "x.geojson"
    assert main(["export", "--format", "geojson", "-o", str(out)]) == 0
    props = json.loads(out.read_text(encoding="utf-8"))["features"][0]["properties"]
    assert {"event_date", "date_text", "url", "outlet", "published"} <= set(props)


def test_ingest_published_overrides_every_file(tmp_path, monkeypatch, capsys):
    from incidents.store import Store

    db = tmp_path / "over.db"
    folder = _dated_folder(tmp_path)
    assert (
        main(["ingest", "--quiet", "--db", str(db), "--published", "2016-03-01", str(folder)]) == 0
    )
    with Store.open(db) as store:
        assert [(a["published"], a["url"]) for a in store.articles()] == [
            ("2016-03-01", "https://e.org/z1")
        ]


def test_export_event_date_is_the_iso_day_and_the_words_follow(tmp_path):
    # ACLED's event_date column holds a day; the date as written moves to date_text.
    from incidents.export import COLUMNS, export_rows
    from incidents.records import Incident
    from incidents.store import Store

    dated = Incident(
        article="d1",
        event_type="attack",
        sentence="هاجم مسلحون أمس",
        start=0,
        end=15,
        date="أمس",
        event_date="2015-02-24",
    )
    undated = Incident(article="d1", event_type="attack", sentence="وهاجموا", start=16, end=23)
    with Store.open(tmp_path / "e.db") as store:
        store.add_article(name="d1", text="نص تجريبي", incidents=[dated, undated])
        rows = export_rows(store.incidents())
    assert COLUMNS[:3] == ["event_id", "event_date", "event_type"]
    assert [(r["event_date"], r["date_text"]) for r in rows] == [("2015-02-24", "أمس"), ("", "")]


def test_delete_an_article_and_undo_a_correction(tmp_path, monkeypatch, capsys, gaz):
    from incidents.store import Store

    db = tmp_path / "del.db"
    monkeypatch.setenv("INCIDENTMAP_DB", str(db))
    assert main(["ingest", "--quiet", str(ARTICLES / "article-000.txt"), str(ARTICLES)]) == 0
    capsys.readouterr()
    with Store.open(db) as s:
        seed = next(a for a in s.articles() if a["name"] == "article-000")
        other = next(a for a in s.articles() if a["name"] == "article-001")
        total = len(s.incidents())
        s.add_correction("غاركي", "PC3008131")
    # By name and by id; one unknown: reported, the others deleted, exit 2.
    assert main(["delete", "article-000", str(other["id"]), "no-such-article"]) == 2
    err = capsys.readouterr().err
    assert f"article-000 (id {seed['id']}): deleted with {seed['incidents']} incidents" in err
    assert f"article-001 (id {other['id']}): deleted with {other['incidents']} incidents" in err
    assert "no-such-article: no such article" in err
    with Store.open(db) as s:
        names = {a["name"] for a in s.articles()}
        assert not {"article-000", "article-001"} & names
        assert len(s.incidents()) == total - seed["incidents"] - other["incidents"]
    assert main(["delete", "--correction", "غاركي"]) == 0
    assert "غاركي: correction undone" in capsys.readouterr().err
    assert main(["delete", "--correction", "غاركي"]) == 2
    assert "غاركي: no such correction" in capsys.readouterr().err
    with Store.open(db) as s:
        assert s.corrections() == {}
