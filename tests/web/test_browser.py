"""The explorer in a real browser (Debian's Chromium through Playwright): every page renders without script
or CSP errors, the map leads to a project and on to a document, Read analyses a pasted article, and hostile
article text never runs. Screenshots go to test-output/screenshots/ for people to look at.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, need

CHROMIUM = "/usr/bin/chromium"
SHOTS = ROOT / "test-output" / "screenshots"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
PAGES = {
    "overview": "/",
    "state-kazakhstan": "/state/country:KAZ",
    "power-china": "/power/country:CHN",
    "power-russia": "/power/country:RUS",
    "entity-sco": "/entity/org:sco",
    "project": "/entity/project:web-test-railway",
    "event": "/event/event:web-test-summit",
    "documents": "/documents?q=China",
    "claims": "/claims",
    "clusters": "/clusters",
    "index": "/index",
    "index-explain": "/index/explain?power=country:CHN&state=country:KAZ&year=2021",
    "not-found": "/entity/nothing",
}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium, or a skip (a failure under SPHERE_REQUIRE_ALL=1) when it is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "playwright is not installed (pip install playwright)")
        return
    need(
        Path(CHROMIUM).exists() or shutil.which("chromium") is not None,
        "chromium is not installed (apt-get install -y chromium)",
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"), args=ARGS
        )
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page that records console errors and page errors."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    ctx.close()


@pytest.mark.parametrize("name", list(PAGES))
def test_page_renders(page: Any, live_server: str, name: str) -> None:
    resp = page.goto(live_server + PAGES[name])
    assert resp.status == (404 if name == "not-found" else 200)
    assert page.locator("h1").first.inner_text().strip()
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    errors = [e for e in page.errors if "404" not in e]
    assert not errors, errors


def test_map_to_project_to_document(page: Any, live_server: str, web_db: tuple[str, dict[str, str]]) -> None:
    page.goto(live_server + "/")
    page.locator('svg.map a[href="/entity/project:web-test-railway"]').click()
    page.wait_for_url("**/entity/project:web-test-railway")
    assert "Test Railway" in page.locator("h1").inner_text()
    page.get_by_role("link", name="hostile.txt").first.click()
    page.wait_for_url(f"**/document/{web_db[1]['hostile']}")
    page.screenshot(path=str(SHOTS / "document-hostile.png"), full_page=True)
    # the article's <script> and onerror handler are shown as text and never run
    assert page.evaluate("window.__pwned") is None
    assert page.title() != "pwned"
    assert "<script>" in page.locator("article.doctext").inner_text()
    assert page.locator("article.doctext script, article.doctext img").count() == 0
    page.locator("article.doctext a.mention").first.click()
    page.wait_for_load_state()
    assert "/entity/" in page.url


def test_read_pasted_article(page: Any, live_server: str) -> None:
    page.goto(live_server + "/read")
    page.fill(
        "#text",
        "Kazakhstan and China signed an agreement in Astana on 12 May 2024. "
        "<script>window.__pwned = 3</script> Uzbekistan joined later.",
    )
    page.fill("#token", "test-token")
    page.get_by_role("button", name="Read").click()
    page.wait_for_selector("section.result")
    page.screenshot(path=str(SHOTS / "read-result.png"), full_page=True)
    assert page.evaluate("window.__pwned") is None
    assert page.get_by_role("link", name="Kazakhstan").count() >= 1


def test_read_without_token_is_refused(page: Any, live_server: str) -> None:
    page.goto(live_server + "/read")
    page.fill("#text", "China and Kazakhstan.")
    page.get_by_role("button", name="Read").click()
    page.wait_for_selector("p.error")
    assert "token" in page.locator("p.error").inner_text()


def test_filters_apply_on_change(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    page.select_option("select[name=kind]", "railway")
    page.wait_for_url("**kind=railway**")
    assert page.locator("svg.map a.proj").count() >= 1
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server + "/state/country:KAZ")
    page.screenshot(path=str(SHOTS / "state-mobile.png"), full_page=True)
