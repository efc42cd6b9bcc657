"""The app in a real browser: Debian's Chromium driven by Playwright, on loopback only."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlparse

import pytest

from tests.conftest import BROWSER_ARGS, CHROMIUM

pytestmark = pytest.mark.browser

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
# Incident markers and cluster bubbles (province names are Leaflet marker icons too).
MARKERS = ".incident-marker, .marker-cluster"
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
    frame.locator(MARKERS).first.wait_for(timeout=30_000)
    assert frame.locator("path.leaflet-interactive").count() >= 34  # province outlines
    assert frame.locator(MARKERS).count() > 0
    assert outside == []


def _open_marker_at_kunar(pg, app_url: str) -> None:
    # Filter to Kunar through the URL, zoom until single markers show, click the first.
    pg.goto(f"{app_url}/?province=AF15", wait_until="networkidle")
    frame = pg.frame_locator(MAP_FRAME)
    frame.locator(MARKERS).first.wait_for(timeout=30_000)
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
    frame.locator(MARKERS).first.wait_for(timeout=30_000)
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
    frame.locator(MARKERS).first.wait_for(timeout=30_000)
    assert outside == []


def _map_frame(pg):
    """The Playwright Frame of the map (for script evaluation), once Leaflet is up."""
    pg.frame_locator(MAP_FRAME).locator(".leaflet-container").wait_for(timeout=30_000)
    for frame in pg.frames:
        if frame.url and "streamlit_folium" in frame.url:
            return frame
    raise AssertionError("no map frame")


def test_shading_puts_counts_in_the_province_tooltip(page, app_url, app_db, gaz):
    # Shading alone (markers off): hovering Hilmand shows its name and its counts.
    import sqlite3

    from incidents.areas import Areas

    pg, outside, _ = page
    n, killed = (
        sqlite3.connect(app_db)
        .execute(
            "SELECT count(*), coalesce(sum(killed), 0) FROM incidents WHERE province_pcode='AF30'"
        )
        .fetchone()
    )
    pg.goto(f"{app_url}/?shade=incidents&markers=off", wait_until="networkidle")
    frame = _map_frame(pg)
    shaded = pg.frame_locator(MAP_FRAME).locator("path.shaded-area")
    shaded.first.wait_for(timeout=30_000)
    assert shaded.count() == 34
    assert pg.frame_locator(MAP_FRAME).locator(".leaflet-marker-icon.incident-marker").count() == 0
    label = next(
        x
        for x in Areas.from_outlines(gaz.province_outlines, {"features": []}).labels()
        if x.pcode == "AF30"
    )
    point = frame.evaluate(f"() => window.map.latLngToContainerPoint([{label.lat}, {label.lon}])")
    box = pg.locator(MAP_FRAME).bounding_box()
    pg.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    tooltip = pg.frame_locator(MAP_FRAME).locator(".leaflet-tooltip")
    tooltip.wait_for(timeout=10_000)
    text = tooltip.inner_text()
    assert "Hilmand" in text
    assert f"{n} incidents, {killed} killed" in text
    assert outside == []


def test_the_chosen_district_is_outlined_and_framed(page, app_url):
    # Mohammad Agha (Logar) chosen: a black outline, the map zoomed to it.
    pg, outside, _ = page
    pg.goto(f"{app_url}/?province=AF05&district=AF0505", wait_until="networkidle")
    outline = pg.frame_locator(MAP_FRAME).locator("path.district-highlight")
    outline.wait_for(timeout=30_000)
    assert outline.count() == 1
    pg.wait_for_timeout(500)
    shape = outline.bounding_box()
    frame = pg.locator(MAP_FRAME).bounding_box()
    assert frame["x"] <= shape["x"]
    assert shape["x"] + shape["width"] <= frame["x"] + frame["width"]
    assert frame["y"] <= shape["y"]
    assert shape["y"] + shape["height"] <= frame["y"] + frame["height"]
    # Fitted: the district fills much of the frame (Logar or the country would not).
    assert shape["width"] > 0.45 * frame["width"] or shape["height"] > 0.45 * frame["height"]
    assert outside == []


def test_a_spiderfied_marker_opens_its_own_incident(page, app_url):
    # Logar: seed incidents 000-05 and 000-06 stand on one point. A click on their cluster
    # spreads them on spider legs; a click on each opens that one incident.
    pg, outside, _ = page
    pg.goto(f"{app_url}/?province=AF05", wait_until="networkidle")
    frame = pg.frame_locator(MAP_FRAME)
    frame.locator(".marker-cluster").first.wait_for(timeout=30_000)
    singles = frame.locator(".leaflet-marker-icon.incident-marker")
    for _ in range(3):
        # A rerun that redraws the map folds the spider up again: click until it holds.
        frame.locator(".marker-cluster").first.click()
        pg.wait_for_timeout(1200)  # the spiderfy animation, and the rerun of the click
        if singles.count() == 2:
            break
    boxes = [singles.nth(i).bounding_box() for i in range(2)]
    assert (boxes[0]["x"], boxes[0]["y"]) != (boxes[1]["x"], boxes[1]["y"])  # on legs
    panel = pg.locator(".st-key-incident-panel")
    seen = []
    for i in range(2):
        singles.nth(i).hover()
        label = frame.locator(".leaflet-tooltip").last.inner_text()
        singles.nth(i).click()
        pg.wait_for_function(
            "(prev) => { const p = document.querySelector('.st-key-incident-panel');"
            " return p && p.innerText.includes('1 incident here')"
            " && p.querySelectorAll('.source-sentence').length === 1"
            " && !p.innerText.includes(prev); }",
            arg=seen[-1] if seen else "\u0000",
            timeout=15_000,
        )
        sentence = panel.locator(".source-sentence").first.inner_text().strip()
        assert sentence[:40] in label.replace("\n", " ")
        seen.append(sentence)
    assert seen[0] != seen[1]
    assert outside == []


def test_the_legend_is_seen_without_scrolling_at_1400_by_900(page, app_url):
    pg, outside, _ = page
    pg.set_viewport_size({"width": 1400, "height": 900})
    pg.goto(f"{app_url}/?shade=incidents", wait_until="networkidle")
    pg.frame_locator(MAP_FRAME).locator(MARKERS).first.wait_for(timeout=30_000)
    # Wherever the legend is drawn (page or map), its last line is on the first screen.
    last_line = [
        loc
        for loc in (
            pg.get_by_text("province only"),
            pg.frame_locator(MAP_FRAME).get_by_text("province only"),
        )
        if loc.count()
    ]
    assert last_line
    box = last_line[0].bounding_box()
    assert box["y"] >= 0
    assert box["y"] + box["height"] <= 900
    assert box["x"] + box["width"] <= 1400
    text = pg.frame_locator(MAP_FRAME).locator(".map-legend").inner_text()
    assert "IED / bomb" in text
    assert "Incidents per province" in text
    assert outside == []


def test_province_names_are_readable_at_country_zoom(page, app_url):
    # Names at a legible size, none overlapping another: where two would, the smaller
    # province's waits for a closer zoom.
    pg, outside, _ = page
    pg.goto(app_url, wait_until="networkidle")
    frame = pg.frame_locator(MAP_FRAME)
    frame.locator(".place-label-text").first.wait_for(timeout=30_000)
    pg.wait_for_timeout(500)
    labels = frame.locator(".place-label-text")
    assert labels.count() == 34
    shown = frame.locator(".place-label").evaluate_all(
        "els => els.filter(e => getComputedStyle(e).visibility !== 'hidden').map(e => {"
        " const t = e.firstChild; const r = t.getBoundingClientRect();"
        " return {text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize),"
        " x: r.left, y: r.top, w: r.width, h: r.height}; })"
    )
    assert len(shown) >= 24, [s["text"] for s in shown]
    assert {"Hilmand", "Kandahar", "Hirat", "Kabul", "Badakhshan"} <= {s["text"] for s in shown}
    assert min(s["size"] for s in shown) >= 12
    for i, a in enumerate(shown):
        for b in shown[i + 1 :]:
            apart = (
                a["x"] + a["w"] <= b["x"]
                or b["x"] + b["w"] <= a["x"]
                or a["y"] + a["h"] <= b["y"]
                or b["y"] + b["h"] <= a["y"]
            )
            assert apart, (a["text"], b["text"])
    assert outside == []


def test_a_brush_over_the_timeline_narrows_the_map(page, app_url, app_db):
    import re
    import sqlite3

    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    pg, outside, _ = page
    total = sqlite3.connect(app_db).execute("SELECT count(*) FROM incidents").fetchone()[0]
    pg.goto(app_url, wait_until="networkidle")
    caption = pg.get_by_text(re.compile(r"\d+ incidents shown"))
    caption.wait_for(timeout=30_000)
    assert caption.inner_text().startswith(f"{total} incidents shown")
    chart = pg.locator('[data-testid="stVegaLiteChart"]').first
    chart.wait_for(timeout=15_000)
    chart.scroll_into_view_if_needed()
    narrowed = pg.get_by_text(re.compile(r"\d+ incidents shown.*timeline selection"))
    # On a loaded machine the chart may take its first drag before its handlers are
    # bound: drag again, a few times at most, until the caption tells the selection.
    for attempt in range(3):
        pg.wait_for_timeout(800 * (attempt + 1))
        box = chart.bounding_box()
        y = box["y"] + box["height"] * 0.3
        pg.mouse.move(box["x"] + box["width"] * 0.1, y)
        pg.mouse.down()
        pg.mouse.move(box["x"] + box["width"] * 0.4, y, steps=8)
        pg.mouse.up()
        try:
            narrowed.wait_for(timeout=10_000)
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    text = narrowed.inner_text()
    low, high = re.search(r"timeline selection (\S+) to (\S+)\.", text).groups()
    expected = (
        sqlite3.connect(app_db)
        .execute("SELECT count(*) FROM incidents WHERE event_date BETWEEN ? AND ?", (low, high))
        .fetchone()[0]
    )
    assert 0 < expected < total
    assert text.startswith(f"{expected} incidents shown")
    assert outside == []


@pytest.fixture
def linked_page(linked_app_url: str) -> Iterator[tuple[object, list[str]]]:
    """A page of the app serving the linking folder's store (conftest `linked_db`)."""
    from playwright.sync_api import sync_playwright

    outside: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        context.on(
            "request",
            lambda request: (
                None
                if urlparse(request.url).scheme in LOCAL_SCHEMES
                or urlparse(request.url).hostname in ("127.0.0.1", "localhost")
                else outside.append(request.url)
            ),
        )
        yield context.new_page(), outside
        browser.close()


def test_two_reports_of_one_event_give_one_marker_whose_panel_lists_both(
    linked_page, linked_app_url
):
    # Wardak holds the IED told by two outlets (5 and 6 killed) and a clash a week later:
    # two markers, one of them for both reports of the IED.
    pg, outside = linked_page
    pg.goto(f"{linked_app_url}/?province=AF04", wait_until="networkidle")
    frame = pg.frame_locator(MAP_FRAME)
    frame.locator(MARKERS).first.wait_for(timeout=30_000)
    event = frame.locator(".leaflet-marker-icon.event-marker")
    for _ in range(4):  # the IED and the clash share a district centroid: spread them
        if event.count() == 1 and event.is_visible():
            break
        frame.locator(".marker-cluster").first.click()
        pg.wait_for_timeout(1200)
    assert event.count() == 1
    assert event.locator(".event-reports").inner_text() == "2"
    event.hover()
    assert "2 reports" in frame.locator(".leaflet-tooltip").last.inner_text()
    event.click()
    panel = pg.locator(".st-key-incident-panel")
    # A click on the cluster of the two markers (on one point) had opened all three
    # incidents: wait for the panel of this click alone.
    pg.wait_for_function(
        "() => { const p = document.querySelector('.st-key-incident-panel');"
        " return p && p.innerText.includes('1 event, 2 reports')"
        " && p.querySelectorAll('table.event-reports').length === 1"
        " && p.querySelectorAll('.source-sentence').length === 2; }",
        timeout=15_000,
    )
    table = panel.locator("table.event-reports").inner_text()
    assert "Example Wire" in table
    assert "Example Daily" in table
    assert panel.locator(".report-sentence").count() == 2
    assert panel.locator(".source-sentence").count() == 2  # each report's own details
    assert "Split report 2 off" in panel.inner_text()
    assert outside == []


def test_a_filter_change_redraws_the_map_in_place(page, app_url):
    # Kunar's clash alone, then with its shelling: the same Leaflet map takes the new
    # markers (no new iframe, no Leaflet loaded again). A click made before the change
    # no longer holds; a click on the same marker, drawn again, opens it again.
    import re

    pg, outside, _ = page
    pg.goto(f"{app_url}/?province=AF15&type=armed_clash", wait_until="networkidle")
    frame = pg.frame_locator(MAP_FRAME)
    clash = frame.locator(".incident-marker:has(.incident-armed_clash)")
    clash.wait_for(timeout=30_000)
    clash.click()
    panel = pg.locator(".st-key-incident-panel")
    panel.get_by_text("1 incident here").wait_for(timeout=15_000)
    _map_frame(pg).evaluate("() => { window.__sameMap = true; }")
    box = pg.locator(".st-key-f_type input")
    box.click()
    box.fill("shelling")
    box.press("Enter")
    pg.get_by_text(re.compile(r"^2 incidents shown")).wait_for(timeout=15_000)
    frame.locator(".incident-marker:has(.incident-shelling)").wait_for(timeout=15_000)
    assert _map_frame(pg).evaluate("() => window.__sameMap === true")
    assert pg.locator(MAP_FRAME).count() == 1
    panel.get_by_text("Click a marker").wait_for(timeout=15_000)
    pg.keyboard.press("Escape")
    clash.click()
    panel.get_by_text("1 incident here").wait_for(timeout=15_000)
    # the panel's details come after its count line: wait for them, do not read at once
    panel.get_by_text("سركانو").first.wait_for(timeout=15_000)
    assert outside == []


def test_the_arabic_switch_turns_the_sidebar_arabic_and_right_to_left(page, app_url):
    from incidents.uitext import text

    pg, outside, _ = page
    pg.goto(app_url, wait_until="networkidle")
    sidebar = pg.locator('[data-testid="stSidebar"]')
    sidebar.get_by_text(text("province", "en"), exact=True).wait_for(timeout=30_000)
    assert sidebar.evaluate("e => getComputedStyle(e).direction") == "ltr"
    sidebar.get_by_text(text("language", "en")).click()
    sidebar.get_by_text(text("filters", "ar"), exact=True).wait_for(timeout=15_000)
    labels = ("province", "district", "event_type", "claimed_by", "date_from", "date_to")
    labels += ("search", "find_place", "language")
    for key in labels:
        sidebar.get_by_text(text(key, "ar"), exact=True).first.wait_for(timeout=15_000)
    shown = sidebar.inner_text()
    for key in ("filters", "province", "district", "event_type", "claimed_by", "search"):
        assert text(key, "en") not in shown, key
    # The style may reach the page a moment after the labels: wait for it, then check.
    rtl = (
        "() => getComputedStyle(document.querySelector('[data-testid=\"stSidebar\"]'))"
        ".direction === 'rtl'"
    )
    pg.wait_for_function(rtl, timeout=15_000)
    assert sidebar.evaluate("e => getComputedStyle(e).direction") == "rtl"
    label = sidebar.get_by_text(text("province", "ar"), exact=True).first
    assert label.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert "lang=ar" in pg.url
    # Kept on the other pages that draw the filter, and in the navigation.
    sidebar.get_by_text(text("page_incidents", "ar"), exact=True).click()
    pg.get_by_role("heading", name="Incidents").wait_for(timeout=30_000)
    sidebar.get_by_text(text("event_type", "ar"), exact=True).wait_for(timeout=15_000)
    pg.wait_for_function(rtl, timeout=15_000)
    assert sidebar.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert outside == []


def test_every_page_leaves_the_server_log_clean(page, app_url, app_log, app_db):
    # Last in this module, so the log holds every browser test above. Each page is
    # visited once more here; none may log a traceback or a deprecation warning.
    import re
    import sqlite3

    pg, outside, _ = page
    incident = sqlite3.connect(app_db).execute("SELECT min(id) FROM incidents").fetchone()[0]
    for path, heading in (
        ("/ingest", "Ingest articles"),
        ("/incidents?province=AF30", "Incidents"),
        ("/gazetteer", "Gazetteer"),
        (f"/article?incident={incident}", None),
        ("/?lang=ar&shade=fatalities", None),
    ):
        pg.goto(f"{app_url}{path}", wait_until="networkidle")
        if heading:
            pg.get_by_role("heading", name=heading).first.wait_for(timeout=30_000)
        pg.wait_for_timeout(1500)
        assert pg.locator('[data-testid="stException"]').count() == 0, path
    log = app_log.read_text(encoding="utf-8")
    bad = [
        line
        for line in log.splitlines()
        if re.search(
            r"traceback|deprecat|will be removed|use_container_width|exception", line, re.I
        )
    ]
    assert bad == [], "\n".join(bad[:20])
    assert outside == []
