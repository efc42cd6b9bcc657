"""App speed with a large store: query, map build, and what the browser receives.

Fills a temporary store with N synthetic incidents (default 10,000) spread over real
district centroids, then times the store query, the folium map build and its HTML
rendering, and reports the size of the page the map iframe loads. With --browser, it
also serves the app on loopback and times the first markers and a click to the panel
in Debian's Chromium.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # this checkout's code, also for the store it fills
    sys.path.insert(0, str(ROOT))

from gazetteer.match import load  # noqa: E402
from incidents.areas import Areas  # noqa: E402
from incidents.mapview import build_map, points_from_rows  # noqa: E402
from incidents.records import EVENT_TYPES, Incident, Location  # noqa: E402
from incidents.store import Store  # noqa: E402

# Incident markers and cluster bubbles (province names are Leaflet marker icons too).
MARKERS = ".incident-marker, .marker-cluster"
FIRST_DAY = date(2002, 1, 1)
DAYS = (date(2021, 8, 31) - FIRST_DAY).days
SENTENCE = "قال مسؤولون إن انفجارا وقع في مديرية {name} وأسفر عن مقتل {n} أشخاص."


def fill(store: Store, n: int, *, seed: int = 1) -> None:
    """N incidents over 100 synthetic articles, placed on random districts; nine in ten
    dated, over 2002-2021 (so the timeline has bars to draw)."""
    rng = random.Random(seed)
    districts = load().districts()
    per_article = max(1, n // 100)
    made = 0
    article = 0
    while made < n:
        incidents = []
        for _ in range(min(per_article, n - made)):
            d = rng.choice(districts)
            text = SENTENCE.format(name=d.name_ar, n=rng.randint(1, 9))
            incidents.append(
                Incident(
                    article=f"synthetic-{article}",
                    event_type=rng.choice(EVENT_TYPES),
                    sentence=text,
                    start=0,
                    end=len(text),
                    killed=rng.randint(0, 9),
                    event_date=(
                        (FIRST_DAY + timedelta(days=rng.randrange(DAYS))).isoformat()
                        if rng.random() < 0.9
                        else None
                    ),
                    location=Location(
                        text=d.name_ar,
                        entry_id=d.id,
                        name_ar=d.name_ar,
                        name_en=d.name_en,
                        level="district",
                        province_pcode=d.province_pcode,
                        district_pcode=d.district_pcode,
                        lat=d.lat + rng.uniform(-0.05, 0.05),
                        lon=d.lon + rng.uniform(-0.05, 0.05),
                        score=100.0,
                        how="mention",
                    ),
                )
            )
        store.add_article(
            name=f"synthetic-{article}", text=f"synthetic {article}", incidents=incidents
        )
        made += len(incidents)
        article += 1


def timed(fn, repeat: int = 5) -> tuple[float, object]:
    times = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def browser_timings(db: Path) -> None:
    """First markers and click-to-panel in Chromium, served from the filled store."""
    from playwright.sync_api import sync_playwright

    port = 8597
    env = {**os.environ, "INCIDENTMAP_DB": str(db)}
    log_path = db.parent / "server.log"
    log = log_path.open("w", encoding="utf-8")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.port",
            str(port),
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(f"{url}/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            warm = []
            for visit in range(7):
                t0 = time.perf_counter()
                page.goto(url)
                frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
                frame.locator(MARKERS).first.wait_for(timeout=120_000)
                elapsed = time.perf_counter() - t0
                if visit < 2:
                    what = "first visit, cold server" if visit == 0 else "second visit"
                    print(f"browser: first markers after {elapsed:.2f} s (all provinces, {what})")
                else:
                    warm.append(elapsed)
                page.wait_for_timeout(500)
            print(
                f"browser: first markers on a warm server, {len(warm)} visits: median "
                f"{statistics.median(warm):.2f} s, worst {max(warm):.2f} s (all provinces)"
            )
            page.goto(f"{url}/?province=AF15")
            frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
            frame.locator(MARKERS).first.wait_for(timeout=60_000)
            for _ in range(10):
                if frame.locator(".incident-marker").count():
                    break
                frame.locator(".marker-cluster").first.click()
                page.wait_for_timeout(600)
            t0 = time.perf_counter()
            frame.locator(".incident-marker").first.click()
            page.locator(".st-key-incident-panel .source-sentence").first.wait_for(timeout=30_000)
            print(f"browser: click to panel {time.perf_counter() - t0:.2f} s (Kunar filter)")
            page.goto(url)
            frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
            frame.locator(MARKERS).first.wait_for(timeout=60_000)
            page.wait_for_timeout(1000)
            t0 = time.perf_counter()
            page.get_by_text("shade by incidents").click()
            # A changed map is a new iframe; the old one stays until the rerun ends.
            frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]').last
            frame.locator("path.shaded-area").first.wait_for(timeout=60_000)
            frame.locator(MARKERS).first.wait_for(timeout=60_000)
            elapsed = time.perf_counter() - t0
            print(f"browser: shading switched on, to a shaded map with markers {elapsed:.2f} s")
            filter_changes(page, url, db)
            browser.close()
    except Exception:
        print("server log:\n" + log_path.read_text(encoding="utf-8")[-3000:])
        raise
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


# How many incidents the map draws: cluster bubbles count their markers, plus single
# markers, in every map iframe on the page (a remounted map has a new one for a moment).
MAP_COUNTS = """() => Array.from(document.querySelectorAll(
    'iframe[title="streamlit_folium.st_folium"]')).map(f => {
    const d = f.contentDocument; if (!d) return -1;
    let n = d.querySelectorAll('.leaflet-marker-icon.incident-marker').length;
    d.querySelectorAll('.marker-cluster').forEach(c => { n += parseInt(c.innerText) || 0; });
    return n; })"""


def wait_for_map_count(page, expected: int, timeout_s: float = 60.0) -> None:
    """Until one map on the page shows exactly `expected` incidents (all in its frame)."""
    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        if expected in page.evaluate(MAP_COUNTS):
            return
        page.wait_for_timeout(20)
    raise TimeoutError(f"the map never showed {expected} incidents: {page.evaluate(MAP_COUNTS)}")


def filter_changes(page, url: str, db: Path, *, rounds: int = 3) -> None:
    """Filter changes in the sidebar, from the key press to the map showing exactly the
    incidents of the new filter: a type, a second type, a province, the province removed."""
    import sqlite3

    conn = sqlite3.connect(db)
    with Store.open(db, read_only=True) as store:
        events = store.events()

    def count(where: str) -> int:
        """Markers the map draws for the incidents `where` picks: one per event (reports of
        one event, linked across articles, share a marker)."""
        ids = [row[0] for row in conn.execute(f"SELECT id FROM incidents WHERE {where}")]
        return len({events.key_of(i) for i in ids})

    total = count("1")
    two = "event_type IN ('ied', 'airstrike')"
    steps = [
        ("event type IED", "f_type", "ied", count("event_type = 'ied'")),
        ("and air strike", "f_type", "airstrike", count(two)),
        ("province Kunar", "f_province", "Kunar", count(f"{two} AND province_pcode = 'AF15'")),
    ]
    conn.close()
    times: list[float] = []
    for _ in range(rounds):
        page.goto(url)
        wait_for_map_count(page, total, 120)
        page.wait_for_timeout(1500)
        for what, key, typed, expected in steps:
            box = page.locator(f".st-key-{key} input")
            box.click()
            box.fill(typed)
            page.wait_for_timeout(300)
            t0 = time.perf_counter()
            box.press("Enter")
            wait_for_map_count(page, expected)
            times.append(time.perf_counter() - t0)
            print(f"browser: filter change ({what}: {expected} incidents) {times[-1]:.2f} s")
            page.keyboard.press("Escape")
            page.wait_for_timeout(1000)
        t0 = time.perf_counter()
        page.locator(".st-key-f_province button[aria-label^='Remove']").first.click()
        back = steps[1][3]
        wait_for_map_count(page, back)
        times.append(time.perf_counter() - t0)
        print(f"browser: filter change (province removed: {back} incidents) {times[-1]:.2f} s")
    print(
        f"browser: filter change to its markers, {len(times)} changes: median "
        f"{statistics.median(times):.2f} s, worst {max(times):.2f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="synthetic incidents")
    parser.add_argument("--browser", action="store_true", help="also time Chromium")
    args = parser.parse_args()
    gaz = load()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        with Store.open(db) as store:
            fill(store, args.n)
            print(f"filled {args.n} incidents in {time.perf_counter() - t0:.2f} s")
            q_all, rows = timed(lambda: store.incidents())
            q_one, kunar = timed(lambda: store.incidents(provinces=["AF15"]))
            print(f"query all: {q_all * 1000:.0f} ms ({len(rows)} rows)")  # type: ignore[arg-type]
            print(f"query one province: {q_one * 1000:.1f} ms ({len(kunar)} rows)")  # type: ignore[arg-type]
            points = points_from_rows(rows)  # type: ignore[arg-type]
            t0 = time.perf_counter()
            areas = Areas.from_outlines(gaz.province_outlines, gaz.district_outlines)
            labels = areas.labels()
            print(
                f"boundaries to GeoDataFrames + labels (once per server): "
                f"{(time.perf_counter() - t0) * 1000:.0f} ms"
            )
            t_build, fmap = timed(
                lambda: build_map(points, provinces=gaz.province_outlines, labels=labels),
                repeat=3,
            )
            t_render, html = timed(lambda: fmap.get_root().render(), repeat=3)  # type: ignore[attr-defined]
            print(f"map build: {t_build:.2f} s; HTML render: {t_render:.2f} s")
            print(f"map page sent to the browser: {len(html.encode()) / 1e6:.2f} MB")  # type: ignore[attr-defined]
            t_count, shading = timed(
                lambda: areas.shading(rows, provinces=[], measure="incidents")[0]  # type: ignore[arg-type]
            )
            t_district, _ = timed(
                lambda: areas.shading(kunar, provinces=["AF15"], measure="fatalities")  # type: ignore[arg-type]
            )
            print(
                f"shading, counts joined to boundaries: provinces {t_count * 1000:.0f} ms"
                f" ({len(rows)} incidents), districts of Kunar {t_district * 1000:.0f} ms"  # type: ignore[arg-type]
            )
            t_shaded, shaded_html = timed(
                lambda: (
                    build_map(
                        points, provinces=gaz.province_outlines, labels=labels, shading=shading
                    )
                    .get_root()
                    .render()
                ),
                repeat=3,
            )
            print(
                f"map with markers and shading: build+render {t_shaded:.2f} s,"
                f" {len(shaded_html.encode()) / 1e6:.2f} MB"  # type: ignore[attr-defined]
            )
            kunar_points = points_from_rows(kunar)  # type: ignore[arg-type]
            t_small, small = timed(
                lambda: build_map(kunar_points, provinces=gaz.province_outlines).get_root().render()
            )
            print(
                f"one province ({len(kunar_points)} markers): build+render {t_small * 1000:.0f} ms,"
                f" {len(small.encode()) / 1e6:.2f} MB"  # type: ignore[attr-defined]
            )
        if args.browser:
            browser_timings(db)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
