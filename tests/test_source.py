"""Article provenance: sidecar files, HTML metadata and which one wins."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from incidents.source import (
    ArticleSource,
    html_source,
    is_sidecar,
    parse_day,
    read_sidecar,
    resolve_source,
    sidecar_path,
)

OUTLET = "وكالة الأنباء التجريبية"


def write_sidecar(article: Path, body: str) -> Path:
    side = sidecar_path(article)
    side.write_text(body, encoding="utf-8")
    return side


@pytest.mark.parametrize(
    ("name", "sidecar"),
    [
        ("r001.txt", "r001.source.txt"),
        ("foo.html", "foo.source.txt"),
        ("a.b.txt", "a.b.source.txt"),
        ("plain", "plain.source.txt"),
    ],
)
def test_the_sidecar_replaces_the_last_suffix(name, sidecar):
    assert sidecar_path(Path("d") / name) == Path("d") / sidecar
    assert is_sidecar(Path("d") / sidecar)
    assert not is_sidecar(Path("d") / name)


def test_a_sidecar_with_a_day_and_a_note(tmp_path):
    # The usual shape: a day, then a note in brackets; unknown keys are ignored.
    article = tmp_path / "x1.txt"
    write_sidecar(
        article,
        "url: https://example.org/news/1\n"
        f"outlet: {OUTLET}\n"
        "Published: 2015-02-25 (Wednesday; أمس الثلاثاء in the text)\n"
        "notes: invented for a test\n",
    )
    src = read_sidecar(article)
    assert src == ArticleSource(
        url="https://example.org/news/1",
        outlet=OUTLET,
        published=date(2015, 2, 25),
        published_text="2015-02-25 (Wednesday; أمس الثلاثاء in the text)",
    )


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2010-12-27", date(2010, 12, 27)),
        ("2009-05-11T08:30:00+04:30", date(2009, 5, 11)),
        ("2011-09-12, probably", date(2011, 9, 12)),
        ("2008 (exact date unknown)", None),
        ("2010-06 (exact day unknown; about 2010-06-09)", None),
        ("unknown (a Friday)", None),
        ("a Tuesday, year unknown", None),
        ("2015-02-30", None),
    ],
)
def test_only_a_day_is_a_publication_date(tmp_path, value, day):
    # Vaguer values keep their words but give no date: a guessed day would resolve
    # "أمس" to a wrong calendar day.
    article = tmp_path / "x2.txt"
    write_sidecar(article, f"published: {value}\n")
    src = read_sidecar(article)
    assert src is not None
    assert src.published == day
    assert src.published_text == value


def test_missing_or_unreadable_sidecar_is_none(tmp_path):
    assert read_sidecar(tmp_path / "none.txt") is None
    (tmp_path / "dir.source.txt").mkdir()
    assert read_sidecar(tmp_path / "dir.txt") is None
    write_sidecar(tmp_path / "empty.txt", "notes: nothing we read\n")
    assert read_sidecar(tmp_path / "empty.txt") is None


def test_html_metadata_in_any_attribute_order_and_case():
    page = (
        '<html><head><META CONTENT="2014-07-05T09:15:00Z" Property="article:published_time">'
        f'<meta content="{OUTLET}" property="og:site_name">'
        '<link href="https://example.org/c" rel="canonical">'
        '<meta property="og:url" content="https://example.org/og"></head>'
        '<body><time datetime="2001-01-01">قديم</time></body></html>'
    )
    assert html_source(page) == ArticleSource(
        url="https://example.org/og",
        outlet=OUTLET,
        published=date(2014, 7, 5),
        published_text="2014-07-05T09:15:00Z",
    )


def test_html_falls_back_to_canonical_and_the_first_time_tag():
    page = (
        '<html><head><link rel="Canonical Alternate" href="https://example.org/c">'
        '<meta name="date" content="Sunday 20 November">'
        '</head><body><time datetime="2005-11-20">الأحد</time>'
        '<time datetime="2005-11-19">السبت</time></body></html>'
    )
    src = html_source(page)
    assert src.url == "https://example.org/c"
    assert src.outlet is None
    # The <meta name="date"> words are no day; the first <time> that is one wins.
    assert src.published == date(2005, 11, 20)
    assert src.published_text == "2005-11-20"


def test_html_without_metadata_is_empty():
    assert html_source("<html><body><p>نص بلا بيانات</p></body></html>").empty


def test_sidecar_beats_html_field_by_field_and_the_analyst_beats_both(tmp_path):
    article = tmp_path / "x3.html"
    html = ArticleSource(
        url="https://example.org/page",
        outlet="موقع الصفحة",
        published=date(2020, 1, 1),
        published_text="2020-01-01",
    )
    assert resolve_source(article, html=html) == html
    write_sidecar(article, f"outlet: {OUTLET}\npublished: unknown (a Monday)\n")
    merged = resolve_source(article, html=html)
    # The sidecar's outlet and its (vague) date win; the page still gives the URL.
    assert merged == ArticleSource(
        url="https://example.org/page",
        outlet=OUTLET,
        published=None,
        published_text="unknown (a Monday)",
    )
    override = resolve_source(article, html=html, published=date(2019, 3, 4))
    assert override is not None
    assert (override.outlet, override.published) == (OUTLET, date(2019, 3, 4))
    assert override.published_text == "2019-03-04"
    assert resolve_source(tmp_path / "alone.txt") is None


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2015-02-25", date(2015, 2, 25)),
        ("2015-13-01", None),
        ("20150225", None),
        ("2015-02-25T10:00", None),
        ("yesterday", None),
    ],
)
def test_command_line_days_are_strict(value, day):
    assert parse_day(value) == day
