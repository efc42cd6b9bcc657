"""The app in a real browser: Debian's Chromium driven by Playwright, on loopback only."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlparse

import pytest

from tests.conftest import BROWSER_ARGS, CHROMIUM

pytestmark = pytest.mark.browser

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
LOCAL_SCHEMES = {"data", "blob", "about", "chrome", "chrome-extension"}


@pytest.fixture
def page(app_url: str) -> Iterator[tuple[object, list[str], list[str]]]:
    from playwright.sync_api import sync_playwright

    outside: list[str] = []
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})

        def watch(request: object) -> None:
            url = request.url  # type: ignore[attr-defined]
            parsed = urlparse(url)
            if parsed.scheme in LOCAL_SCHEMES:
                return
            if parsed.hostname not in ("127.0.0.1", "localhost"):
                outside.append(url)

        context.on("request", watch)
        pg = context.new_page()

        def on_dialog(dialog: object) -> None:
            dialogs.append(dialog.message)  # type: ignore[attr-defined]
            dialog.dismiss()  # type: ignore[attr-defined]

        pg.on("dialog", on_dialog)
        yield pg, outside, dialogs
        browser.close()


def test_map_shows_outlines_and_markers_offline(page, app_url):
    # The foundation's promise: outlines and markers render with no request off loopback.
    pg, outside, _ = page
    pg.goto(app_url, wait_until="networkidle")
    frame = pg.frame_locator(MAP_FRAME)
    frame.locator(".leaflet-marker-icon").first.wait_for(timeout=30_000)
    assert frame.locator("path.leaflet-interactive").count() >= 34  # province outlines
    assert frame.locator(".leaflet-marker-icon").count() > 0
    assert outside == []


def _open_marker_at_kunar(pg, app_url: str) -> None:
    # Filter to Kunar through the URL, zoom until single markers show, click the first.
    pg.goto(f"{app_url}/?province=AF15", wait_until="networkidle")
    frame = pg.frame_locator(MAP_FRAME)
    frame.locator(".leaflet-marker-icon").first.wait_for(timeout=30_000)
    for _ in range(8):
        singles = frame.locator(".leaflet-marker-icon.incident-marker")
        if singles.count() > 0:
            break
        frame.locator(".marker-cluster").first.click()
        pg.wait_for_timeout(700)
    frame.locator(".leaflet-marker-icon.incident-marker").first.click()


def test_click_marker_puts_seed_sentence_in_panel(page, app_url, seed_text):
    # Seed incident 000-01 (battle in Sarkano, Kunar): its sentence reaches the panel.
    pg, outside, _ = page
    _open_marker_at_kunar(pg, app_url)
    panel = pg.locator(".st-key-incident-panel")
    panel.locator(".source-sentence").first.wait_for(timeout=15_000)
    text = panel.inner_text()
    assert "سركانو" in text or "أسد آباد" in text
    sentence = panel.locator(".source-sentence").first.inner_text().strip()
    assert sentence in seed_text
    assert outside == []


def test_script_payloads_show_as_text_and_never_run(page, app_url):
    # The XSS article (Spin Boldak, Kandahar) carries <script>, onerror and onload payloads.
    pg, outside, dialogs = page
    pg.goto(f"{app_url}/?province=AF27&q=alert", wait_until="networkidle")
    frame = pg.frame_locator(MAP_FRAME)
    frame.locator(".leaflet-marker-icon").first.wait_for(timeout=30_000)
    marker = frame.locator(".leaflet-marker-icon.incident-marker").first
    marker.hover()
    marker.click()
    panel = pg.locator(".st-key-incident-panel")
    panel.locator(".source-sentence").first.wait_for(timeout=15_000)
    assert "<script>" in panel.inner_text()
    pg.wait_for_timeout(1000)
    assert dialogs == []
    assert outside == []


def test_panel_links_to_the_source_and_its_full_text(page, app_url, app_db):
    # article-001's sidecar: Al Jazeera Net, 2010-03-05, a web URL; its checkpoint attack.
    import sqlite3

    pg, outside, dialogs = page
    incident = (
        sqlite3.connect(app_db)
        .execute(
            "SELECT i.id FROM incidents i JOIN articles a ON a.id = i.article_id "
            "WHERE a.name = 'article-001' AND i.event_type = 'attack'"
        )
        .fetchone()[0]
    )
    pg.goto(f"{app_url}/?incident={incident}", wait_until="networkidle")
    panel = pg.locator(".st-key-incident-panel")
    link = panel.locator("a.source-link")
    link.wait_for(timeout=30_000)
    assert link.get_attribute("href") == "https://example.org/news/1?a=1&b=2"
    assert link.get_attribute("target") == "_blank"
    assert "Al Jazeera Net" in panel.inner_text()
    # The full text opens on its own page with the incident's sentences marked.
    panel.get_by_text("Full article").click()
    pg.locator(".article-text mark.incident-sentence").first.wait_for(timeout=15_000)
    assert f"incident={incident}" in pg.url
    assert "مديرية دهنه غوري" in pg.locator(".article-text").inner_text()
    assert dialogs == []
    assert outside == []


def test_date_range_in_the_url_filters_and_draws_the_timeline(page, app_url, app_db):
    # Sidecars date article-001 in March 2010; only incidents dated in 2010 are shown.
    import re
    import sqlite3

    pg, outside, _ = page
    expected = (
        sqlite3.connect(app_db)
        .execute(
            "SELECT count(*) FROM incidents WHERE event_date BETWEEN '2010-01-01' AND '2010-12-31'"
        )
        .fetchone()[0]
    )
    pg.goto(f"{app_url}/?from=2010-01-01&to=2010-12-31", wait_until="networkidle")
    caption = pg.get_by_text(re.compile(r"\d+ incidents shown"))
    caption.wait_for(timeout=30_000)
    assert caption.inner_text().startswith(f"{expected} incidents shown")
    pg.locator('[data-testid="stVegaLiteChart"]').first.wait_for(timeout=15_000)
    frame = pg.frame_locator(MAP_FRAME)
    frame.locator(".leaflet-marker-icon").first.wait_for(timeout=30_000)
    assert outside == []
