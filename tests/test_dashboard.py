"""The dashboard in Debian's Chromium (Playwright, headless, background networking off) against `eventwire serve`."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest import ROOT
from eventwire import Store
from test_store import demo_articles

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability", "--no-pings",
        "--disable-client-side-phishing-detection", "--metrics-recording-only", "--no-default-browser-check"]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
TEHRAN = {"name": "Tehran", "country": "IRN", "lat": 35.6944, "lon": 51.4215}


@pytest.fixture(scope="module")
def chromium() -> Path:
    if not CHROMIUM.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing under CI: `apt-get install -y chromium` (make test does it as root)")
        pytest.skip(f"browser tests need Debian's Chromium at {CHROMIUM}: run `apt-get install chromium` to enable them")
    return CHROMIUM


@pytest.fixture(scope="module")
def artifacts() -> Path:
    folder = ROOT / "test-artifacts" / "dashboard"
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\ndashboard screenshots: {folder}")
    return folder


@pytest.fixture(scope="module")
def db(pipeline, tmp_path_factory) -> Path:
    """The demo corpus; if no event has a location yet, the ASSAULTs of one article get Tehran (to see points)."""
    path = tmp_path_factory.mktemp("dashboard") / "demo.duckdb"
    with Store(path) as store:
        store.add(pipeline.analyze_many(demo_articles()))
        if not store.con.execute("SELECT count(*) FROM events WHERE lat IS NOT NULL").fetchone()[0]:
            store.con.execute(
                "UPDATE events SET record = json_merge_patch(record, ?), lat = ?, lon = ?, place_country = 'IRN' "
                "WHERE article_id = 'demo-044' AND event = 'ASSAULT'",
                [json.dumps({"event_loc": TEHRAN}), TEHRAN["lat"], TEHRAN["lon"]])
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(db, chromium):
    port = _free_port()
    cli = Path(sys.executable).with_name("eventwire")
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTWIRE_")}
    proc = subprocess.Popen([str(cli), "serve", "--db", str(db), "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/api/stats", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"eventwire serve exited: {proc.stdout.read()}")
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("eventwire serve did not answer within 90 s")
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=str(chromium), headless=True, args=ARGS)
        yield instance
        instance.close()


class Watched:
    """A page that records console errors, page errors and every request it makes."""

    def __init__(self, browser, base: str) -> None:
        self.base = base
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1366, "height": 860})
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def open(self, path: str):
        self.page.goto(self.base + path)
        self.page.wait_for_selector("body[data-ready]", timeout=30_000)
        return self.page

    def check(self) -> None:
        assert self.errors == []
        leaving = [u for u in self.requests if urlparse(u).scheme not in ("data", "blob")
                   and urlparse(u).hostname not in LOCAL_HOSTS]
        assert leaving == [], f"requests left localhost: {leaving}"


@pytest.fixture
def page(browser, server):
    watched = Watched(browser, server)
    yield watched
    watched.page.close()


def _json(base: str, path: str) -> dict:
    return json.loads(urllib.request.urlopen(base + path, timeout=10).read())


def test_every_page_loads_without_errors_or_outside_requests(page, server, artifacts):
    article = _json(server, "/api/articles?limit=1")["articles"][0]["id"]
    paths = {"overview": "/", "events": "/events", "map": "/map", "dyads": "/dyads", "network": "/network",
             "stories": "/stories", "articles": "/articles", "article": f"/articles/{article}"}
    stories = _json(server, "/api/stories?limit=1")["stories"]
    if stories:
        paths["story"] = f"/stories/{stories[0]['story_id']}"
    for name, path in paths.items():
        view = page.open(path)
        assert view.locator(".error").count() == 0, f"{path}: {view.locator('.error').first.inner_text()}"
        assert view.locator("main h1").first.inner_text().strip()
        view.screenshot(path=str(artifacts / f"page-{name}.png"), full_page=True)
    assert page.page.locator("nav a.active").inner_text() in ("Articles", "Stories")
    page.check()


def test_map_draws_countries_and_located_points_by_time(page, server, artifacts):
    located = _json(server, "/api/exports/geojson")["features"]
    view = page.open("/map")
    assert view.locator("#world-map path.country").count() > 150
    assert view.locator("#world-map circle.point").count() == len(located) > 0
    view.screenshot(path=str(artifacts / "map-points.png"))
    view.fill("input[name=since]", "2100-01-01")
    view.click("#map-filters button[type=submit]")
    view.wait_for_selector("#map-note.empty-note")
    assert view.locator("#world-map circle.point").count() == 0
    assert view.locator("#world-map path.country").count() > 150
    assert "No located events" in view.locator("#map-note").inner_text()
    view.screenshot(path=str(artifacts / "map-empty-period.png"))
    page.check()


def test_a_filter_changes_the_table(page, artifacts):
    view = page.open("/events")
    before = view.locator("#events-total").inner_text()
    view.select_option("select[name=type]", "ASSAULT")
    view.click("#event-filters button[type=submit]")
    view.wait_for_function("t => { const x = document.querySelector('#events-total'); return x && x.innerText !== t; }",
                           arg=before)
    types = view.locator("#events-table tbody tr td:nth-child(2) a").all_inner_texts()
    assert types and set(types) == {"ASSAULT"}
    assert "type=ASSAULT" in view.url and view.locator("#events-total").inner_text() != before
    view.click("#events-table th[data-key=date]")
    dates = view.locator("#events-table tbody tr td:first-child").all_inner_texts()
    assert dates == sorted(dates)
    view.screenshot(path=str(artifacts / "events-filtered.png"), full_page=True)
    page.check()


def test_a_row_opens_its_evidence_highlighted_in_the_article(page, artifacts):
    view = page.open("/events?type=THREATEN")
    row = view.locator("#events-table tbody tr").first
    event_id = row.get_attribute("data-id")
    row.locator("td.evidence").click()
    view.wait_for_url(f"**/articles/*#ev-{event_id}")
    view.wait_for_selector("body[data-ready]")
    trigger = view.locator(f"#ev-{event_id}")
    assert "hl-event" in trigger.get_attribute("class") and "selected" in trigger.get_attribute("class")
    assert trigger.is_visible()
    sentence = view.locator(f"[data-sent~='{event_id}']")
    assert sentence.count() >= 1
    assert view.locator("mark.hl-actor").count() > 0
    assert view.locator(f"li[data-event='{event_id}'].selected").count() == 1
    view.screenshot(path=str(artifacts / "article-highlight.png"))
    page.check()
