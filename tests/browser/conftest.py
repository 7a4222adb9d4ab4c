"""Browser fixtures: one gunicorn server and one Chromium per module, a fresh context per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, sync_playwright

from tests.browser.helpers import PageFactory
from tests.helpers import ROOT, LiveServer, start_server, stop_server

CHROMIUM = Path("/usr/lib/chromium/chromium")
# No sandbox (containers), no GPU, and nothing that makes Chromium call home during a test.
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """gunicorn with 2 workers on SQLite, shared by every test in a module (starting one takes seconds)."""
    server = start_server(tmp_path_factory.mktemp("browser-server"), "sqlite")
    yield server
    stop_server(server)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless; a missing browser fails the run (`make test` installs it)."""
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium is not installed at {CHROMIUM}: run `make chromium`", pytrace=False)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core's script, from the npm install; a missing one fails the axe tests, not the collection."""
    if not AXE.is_file():
        pytest.fail(f"axe-core is not installed at {AXE}: run `make install` (npm ci)", pytrace=False)
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def new_page(browser: Browser, live_server: LiveServer) -> Iterator[PageFactory]:
    """Make pages in fresh contexts; at the end, fail on any script error or CSP violation seen."""
    contexts: list[BrowserContext] = []
    problems: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            problems.append(f"CSP violation: {message.text}")

    def on_page_error(error: Any) -> None:
        problems.append(f"script error: {error}")

    def make(**options: Any) -> Page:
        context = browser.new_context(base_url=live_server.url, locale="en-GB", **options)
        # Two minutes for any one action or page: far beyond a slow shared machine, so only a hang
        # (or an element that never comes) reaches it.
        context.set_default_timeout(120_000)
        contexts.append(context)
        page = context.new_page()
        page.on("console", on_console)
        page.on("pageerror", on_page_error)
        return page

    yield make
    for context in contexts:
        context.close()
    assert not problems, "\n".join(problems)


@pytest.fixture
def page(new_page: PageFactory) -> Page:
    """A page in a fresh context (its own cookies) at the default desktop size, JavaScript on."""
    return new_page()
