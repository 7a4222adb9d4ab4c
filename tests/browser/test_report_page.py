"""The lessons-learnt report's HTML page in a real Chromium: axe-core, reflow, no requests, no scripts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from feedback_app.demo.seed import seed_demo
from feedback_app.insights.frames import write_lessons_learnt_report
from tests.browser.helpers import axe_violations
from tests.helpers import make_app

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of the demo responses `make run` adds, written once for the module."""
    tmp = tmp_path_factory.mktemp("report")
    app = make_app("sqlite", tmp)
    with app.app_context():
        seed_demo(responses=120, seed=2026)
        write_lessons_learnt_report(tmp / "out", threshold=5)
    return tmp / "out" / "report.html"


@pytest.fixture
def report_page(browser: Browser, report_file: Path) -> Iterator[tuple[Page, list[str]]]:
    """The report opened from its file, with every request it makes recorded."""
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report_file.as_uri())
    yield page, requests
    context.close()


def test_report_has_no_axe_violations(report_page: tuple[Page, list[str]], axe_source: str) -> None:
    page, _ = report_page
    violations: list[dict[str, Any]] = axe_violations(page, axe_source)
    assert not violations, violations


def test_report_is_self_contained_and_has_no_scripts(report_page: tuple[Page, list[str]]) -> None:
    page, requests = report_page
    assert requests and all(url.startswith("file://") for url in requests), requests
    assert len(requests) == 1  # the page itself: styles and charts are inline
    assert page.locator("script").count() == 0
    assert page.locator("html").get_attribute("lang") == "en-GB"


def test_every_chart_is_described_and_followed_by_its_table(report_page: tuple[Page, list[str]]) -> None:
    page, _ = report_page
    charts = page.locator("svg[role='img']")
    assert charts.count() >= 5
    for index in range(charts.count()):
        chart = charts.nth(index)
        assert chart.locator("title").count() == 1 and chart.locator("desc").count() == 1
    assert page.locator("table caption").count() >= charts.count()


def test_report_reflows_at_320_pixels(report_page: tuple[Page, list[str]]) -> None:
    page, _ = report_page
    page.set_viewport_size({"width": 320, "height": 640})
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
