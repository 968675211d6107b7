"""The dashboard in a real browser: Playwright driving Debian's Chromium against a live
uvicorn server, on a store built from the demo corpus and on a synthetic one.

Screenshots of every page go to docs/screenshots/ (from the demo store when it builds).
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mineralwatch.store import queries
from mineralwatch.store.db import connect
from synthetic import HOSTILE, add_hostile_article, build_synthetic_store

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="/usr/bin/chromium is absent (apt-get install chromium)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving the app for one store in a background thread."""

    def __init__(self, db: Path):
        import uvicorn

        from mineralwatch.api import create_app

        self.port = _free_port()
        config = uvicorn.Config(create_app(db), host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        for _ in range(200):
            if self.server.started:
                return self
            time.sleep(0.05)
        raise RuntimeError("uvicorn did not start")

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


_BUILT: set[str] = set()  # which stores were built, so screenshots prefer the demo one


def _demo_store(tmp: Path) -> Path:
    db = tmp / "demo.duckdb"
    run = subprocess.run(
        [sys.executable, "-c", "from mineralwatch.cli import main; main()",
         "demo", "--db", str(db)],
        capture_output=True, text=True, timeout=600)
    if run.returncode != 0 or not db.exists():
        pytest.skip(f"the demo store could not be built: {run.stderr.strip()[-300:]}")
    con = connect(db)
    if con.execute("SELECT count(*) FROM events").fetchone()[0] == 0:
        con.close()
        pytest.skip("the demo store holds no events")
    add_hostile_article(con)
    con.close()
    _BUILT.add("demo")
    return db


def _synthetic_store(tmp: Path) -> Path:
    db = tmp / "synthetic.duckdb"
    con = connect(db)
    build_synthetic_store(con, n_articles=300, n_events=2500, seed=11)
    con.close()
    return db


@pytest.fixture(scope="module", params=["demo", "synthetic"])
def site(request, tmp_path_factory) -> Iterator[tuple[str, str, Path]]:
    tmp = tmp_path_factory.mktemp(request.param)
    db = _demo_store(tmp) if request.param == "demo" else _synthetic_store(tmp)
    with LiveServer(db) as server:
        yield request.param, server.url, db


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    pg = context.new_page()
    pg.dialogs = []  # any alert() would land here
    pg.errors = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    # Offline: any request that leaves the test server fails the test.
    pg.outside = []

    def guard(route):
        if route.request.url.startswith("http://127.0.0.1:"):
            return route.continue_()
        pg.outside.append(route.request.url)
        return route.abort()

    pg.route("**/*", guard)
    yield pg
    context.close()


def _shoot(kind: str, page, name: str) -> None:
    """Screenshots come from the demo store; from the synthetic one only when it is absent
    (the demo store's tests run first)."""
    if kind == "demo" or "demo" not in _BUILT:
        SHOTS.mkdir(parents=True, exist_ok=True)
        height = min(page.evaluate("() => document.body.scrollHeight"), 2400)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True,
                        clip={"x": 0, "y": 0, "width": 1360, "height": height})


def _ids(db: Path) -> dict[str, str]:
    con = connect(db, read_only=True)
    try:
        mineral = queries.list_entities(con, "mineral", limit=1)[0]["id"]
        org = queries.list_entities(con, "organization", limit=1)[0]["id"]
        country = queries.list_entities(con, "country", limit=1)[0]["id"]
        article = con.execute("SELECT article_id FROM events GROUP BY 1 "
                              "ORDER BY count(*) DESC, 1 LIMIT 1").fetchone()[0]
        policy = queries.count_events(con, queries.EventQuery(type="policy"))
        flow_mineral = queries.flow_minerals(con)
    finally:
        con.close()
    return {"mineral": mineral, "org": org, "country": country, "article": article,
            "policy": str(policy),
            "flow_mineral": flow_mineral[0]["id"] if flow_mineral else ""}


def test_every_page_loads_with_its_charts(site, page):
    kind, url, db = site
    ids = _ids(db)
    pages = [
        ("overview", "/", 2), ("events", "/events", 0), ("minerals", "/minerals", 0),
        ("mineral", f"/minerals/{ids['mineral']}", 1),
        ("organisations", "/organisations", 0),
        ("organisation", f"/organisations/{ids['org']}", 1),
        ("country", f"/entities/{ids['country']}", 1),
        ("flows", f"/flows?mineral={ids['flow_mineral']}", 1 if ids["flow_mineral"] else 0),
        ("articles", "/articles", 0), ("article", f"/articles/{ids['article']}", 0),
        ("search", "/search?q=lithium", 0),
    ]
    for name, path, charts in pages:
        response = page.goto(url + path)
        assert response.status == 200, path
        assert page.locator("h1").first.inner_text().strip(), path
        if charts:
            page.wait_for_selector(".chart[data-drawn='1']", timeout=10_000)
            assert page.locator(".chart[data-drawn='1']").count() >= charts, path
        _shoot(kind, page, name)
    assert page.errors == [] and page.outside == [] and page.dialogs == []


def test_event_links_to_its_article_and_its_mineral(site, page):
    _, url, _ = site
    page.goto(url + "/events")
    card = page.locator("article.event").filter(has=page.locator(".roles a.e-mineral")).first
    evidence = card.locator(".evidence").inner_text().strip()
    event_id = card.get_attribute("data-event-id")
    mineral_name = card.locator(".roles a.e-mineral").first.inner_text().strip()
    card.locator("a.article-link").click()
    page.wait_for_url(re.compile(r"/articles/"))
    # The article marks the event's evidence and lists the event with the same sentence.
    assert page.locator(f"mark.evmark[data-event='{event_id}']").count() >= 1
    assert evidence in page.locator("#article-text").inner_text()
    assert page.locator(f"#ev-{_css(event_id)} .evidence").inner_text().strip() == evidence
    page.go_back()
    card = page.locator(f"article.event[data-event-id='{event_id}']")
    card.locator(".roles a.e-mineral").first.click()
    page.wait_for_url(re.compile(r"/minerals/"))
    assert page.locator("h1").inner_text().strip().lower() == mineral_name.lower()
    assert page.locator("article.event").count() >= 1


def _css(ident: str) -> str:
    return re.sub(r"([^A-Za-z0-9_-])", r"\\\1", ident)


def test_filter_by_type_shows_only_that_type(site, page):
    _, url, db = site
    expected = int(_ids(db)["policy"])
    page.goto(url + "/events")
    page.select_option("select[name=type]", "policy")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"type=policy"))
    assert int(page.locator("#total").inner_text().replace(",", "")) == expected
    types = page.locator("article.event").evaluate_all("els => els.map(e => e.dataset.type)")
    assert types and set(types) == {"policy"}
    assert page.locator("select[name=type]").input_value() == "policy"


def test_script_in_an_article_is_shown_as_text(site, page):
    _, url, db = site
    con = connect(db, read_only=True)
    titles = dict(con.execute("SELECT id, title FROM articles WHERE title LIKE '%<script%'"
                              ).fetchall())
    con.close()
    assert titles
    for article_id, title in titles.items():
        page.goto(url + f"/articles/{article_id}")
        assert page.locator("#article-title").inner_text().strip() == title.strip()
    page.goto(url + f"/articles/{next(i for i, t in titles.items() if HOSTILE in t)}")
    assert HOSTILE in page.locator("#article-text").inner_text()
    page.goto(url + "/articles?q=script")
    assert HOSTILE in page.locator("table").inner_text()
    page.goto(url + "/search?q=" + "%3Cscript%3E")
    assert page.dialogs == [] and page.errors == []
    inline = "() => document.querySelectorAll('script:not([src]):not([type])').length"
    assert page.evaluate(inline) == 0
