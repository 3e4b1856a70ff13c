"""The dashboard in a real browser: Debian's Chromium driven by Playwright, headless,
against a real server on a store the tests build."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from newsevents.serve import chromium
from newsevents.serve.chromium import CHROMIUM
from newsevents.store import EventStore
from test_serve_api import INJECTED, build_store, running_server

if not CHROMIUM.exists():
    pytest.skip("no Chromium at /usr/bin/chromium (apt-get install chromium; .ci/run does)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


@pytest.fixture(scope="module")
def browser() -> Iterator:
    # Playwright gives each launch a new empty profile (--user-data-dir) of its own.
    with sync_api.sync_playwright() as playwright:
        browser = chromium.launch(playwright)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[str]:
    path = build_store(tmp_path_factory.mktemp("browser") / "events.sqlite")
    with running_server(path) as url:
        yield url


@pytest.fixture
def page(browser, site):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto(site)
    page.wait_for_selector("body[data-ready]", timeout=20_000)
    yield page
    assert page.errors == []
    page.close()


def wait_for_total(page, total: int) -> None:
    # expect() polls without eval, which the page's Content-Security-Policy forbids.
    sync_api.expect(page.locator("#page-info")).to_have_text(re.compile(f" of {total}$"), timeout=15_000)


def rows(page) -> list[str]:
    return page.locator("#events tbody tr:not(.detail)").all_inner_texts()


def open_row(page, text: str):
    page.locator("#events tbody tr", has_text=text).first.click()
    page.wait_for_selector("#evidence blockquote")
    return page.locator("#evidence")


def test_page_loads_with_the_events_table(page, tmp_path):
    assert "5 events" in page.inner_text("#summary")
    assert len(rows(page)) == 5
    assert page.inner_text("#page-info") == "1–5 of 5"
    page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
    assert (tmp_path / "dashboard.png").stat().st_size > 10_000


def test_a_filter_changes_the_table(page):
    page.fill("#filters input[name=actor]", "RUS")
    page.click("#filters button[type=submit]")
    wait_for_total(page, 1)
    assert len(rows(page)) == 1 and "ASSAULT" in rows(page)[0]
    assert "actor=RUS" in page.url  # the filter can be bookmarked
    page.select_option("#filters select[name=modality]", "negated")
    page.fill("#filters input[name=actor]", "")
    page.click("#filters button[type=submit]")
    # the total is 1 before and after: wait for the new row itself, not for the total
    sync_api.expect(page.locator("#events tbody tr:not(.detail)").first).to_contain_text("will not buy", timeout=15_000)
    wait_for_total(page, 1)


def test_an_event_opens_with_highlighted_evidence_and_article_links(page, tmp_path):
    evidence = open_row(page, "SANCTION")
    assert evidence.locator(".mention").count() == 2
    first = evidence.locator(".mention").first
    assert first.locator("mark.actor").inner_text() == "Washington"
    assert first.locator("mark.trigger").inner_text() == "sanctions"
    assert first.locator("mark.recipient").inner_text() == "Ankara"
    links = {evidence.locator("a").nth(i).get_attribute("href") for i in range(2)}
    assert links == {"https://news.example/wire-1", "https://news.example/paper-2"}
    page.screenshot(path=str(tmp_path / "evidence.png"), full_page=True)


def test_timeline_map_and_network_draw(page):
    assert page.locator("#map path.land").count() == 1
    assert len(page.get_attribute("#map path.land", "d")) > 1000  # real coastlines
    places = page.locator("#map circle")
    assert places.count() == 2
    assert {places.nth(i).get_attribute("data-country") for i in range(2)} == {"SYR", "UKR"}
    assert page.locator("#network path.edge").count() == 3
    # The busiest pair (TUR -> USA) is drawn over time: Oct and Nov 2021, 1 and 2 events.
    assert page.input_value("#dyad-form input[name=actor]") == "TUR"
    periods = page.locator("#dyad g[data-period]")
    assert [periods.nth(i).get_attribute("data-period") for i in range(periods.count())] == ["2021-10", "2021-11"]
    assert page.locator("#dyad text.count").all_text_contents() == ["1", "2"]
    page.locator("#map circle[data-country=UKR]").click()
    wait_for_total(page, 1)
    assert page.input_value("#filters input[name=country]") == "UKR"


def test_an_injected_script_in_a_sentence_stays_text(page):
    evidence = open_row(page, "lying")
    assert INJECTED in evidence.locator("blockquote").inner_text()
    assert page.evaluate("window.__injected") is None
    assert page.locator("#events script, #events img, #events b").count() == 0
    row_text = page.locator("#events tbody tr", has_text="lying").first.inner_text()
    assert "<script>" in row_text


def test_an_empty_store_shows_an_empty_page_not_a_broken_one(browser, tmp_path):
    path = tmp_path / "empty.sqlite"
    EventStore(path).close()
    with running_server(path) as url:
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(url)
        page.wait_for_selector("body[data-ready]", timeout=20_000)
        assert "No events match" in page.inner_text("#events")
        assert "No located events" in page.text_content("#map")
        assert re.search(r"Pick two countries", page.inner_text("#dyad-note"))
        assert page.inner_text("#status") == "" and errors == []
        page.screenshot(path=str(tmp_path / "empty.png"))
        page.close()
