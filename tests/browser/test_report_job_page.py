"""A report job in a real Chromium, keyboard only, axe-core on each page: the worker gunicorn starts.

The server runs as `make run` runs it, with the report worker started by gunicorn.conf.py beside the web
workers (EMBEDDED_WORKER=1), so the job is made by a real consumer in another process. The member
starts a Word report with the keyboard, watches the bar reach "done" (the page's script polls), downloads
the file, and finds the job in the list; without JavaScript, "Check progress" gets them there too.
"""

from __future__ import annotations

import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page

from tests.browser.helpers import AxeAudit, PageFactory, focused_matches, press, sign_in_by_keyboard, tab_to
from tests.conftest import DATABASES
from tests.helpers import ADMIN, HANG_SECONDS, ROOT, LiveServer, start_server, stop_server

pytestmark = [pytest.mark.browser, pytest.mark.server]

WORD_BUTTON = 'main form[action="/admin/report-jobs/report.docx"] button'
HTML_BUTTON = 'main form[action="/admin/report-jobs/report.html"] button'


@pytest.fixture(scope="module", params=DATABASES)
def live_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """gunicorn with its report worker on each database in turn, with a member and demo responses."""
    server = start_server(
        tmp_path_factory.mktemp(f"report-job-{request.param}"),
        request.param,
        extra_env={"EMBEDDED_WORKER": "1"},
    )
    email, name, role, password = ADMIN
    for args in (
        ["create-user", "--email", email, "--name", name, "--role", role, "--password", password],
        ["seed-demo", "--responses", "40", "--seed", "3"],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "flask", "--app", "feedback_app", *args],
            env=server.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=HANG_SECONDS,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
    yield server
    stop_server(server)


def test_keyboard_only_report_job_reaches_done_and_downloads(
    page: Page, live_server: LiveServer, axe_source: str, tmp_path: Path
) -> None:
    audit = AxeAudit(axe_source)
    sign_in_by_keyboard(page, ADMIN[0], ADMIN[3])
    tab_to(page, 'nav a[href="/admin/analysis"]')
    press(page, "Enter")
    assert "You have not asked for a report" in page.locator("main").inner_text()
    audit(page, "analysis page, no reports yet")

    tab_to(page, WORD_BUTTON)
    press(page, "Enter")
    assert urlparse(page.url).path.startswith("/admin/report-jobs/")
    job_path = urlparse(page.url).path
    assert page.locator("#report-job-bar").count() == 1
    audit(page, "job page while the report is made")

    # The page's script polls the job; the live region's words and the download link follow it.
    page.locator("#report-job-done").wait_for(state="visible")
    assert page.locator("#report-job-label").inner_text() == "Ready to download: 100%"
    assert page.locator("#report-job-bar").get_attribute("value") == "100"
    assert page.locator("#report-job-check").is_hidden()
    audit(page, "job page when done")

    tab_to(page, "#report-job-download")
    assert focused_matches(page, "#report-job-download")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    download = info.value
    assert download.suggested_filename.startswith("lessons-learnt-report-all-")
    assert download.suggested_filename.endswith(".docx")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    with zipfile.ZipFile(saved) as word:
        assert "word/document.xml" in word.namelist()

    # Back to the list, which now holds the finished job.
    tab_to(page, 'main a[href="/admin/analysis#reports-being-prepared"]', backwards=True)
    press(page, "Enter")
    row = page.locator(f'main tr:has(a[href="{job_path}"])')
    assert "Ready to download" in row.inner_text()
    audit(page, "analysis page listing the finished report")
    audit.check()


def test_without_javascript_check_progress_reaches_the_file(
    new_page: PageFactory, live_server: LiveServer
) -> None:
    """No script: the job page's "Check progress" link reloads it until the file is there.

    Playwright's page.evaluate does not run with JavaScript off, so this test clicks and reads the
    page as a member would (the keyboard and axe-core are the test above's).
    """
    page = new_page(java_script_enabled=False)
    email, _name, _role, password = ADMIN
    page.goto("/admin/sign-in")
    page.locator("#email").fill(email)
    page.locator("#password").fill(password)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    page.goto("/admin/analysis")
    with page.expect_navigation():
        page.locator(HTML_BUTTON).click()
    assert page.locator("#report-job-check a").is_visible()
    deadline = time.monotonic() + HANG_SECONDS
    while page.locator("#report-job-done").is_hidden():
        assert time.monotonic() < deadline, "the job never finished"
        assert page.locator("#report-job-failed").is_hidden(), page.locator("#report-job-error").inner_text()
        time.sleep(0.5)  # how often the member checks, not a wait for anything to be on time
        with page.expect_navigation():
            page.locator("#report-job-check a").click()
    assert page.locator("#report-job-label").inner_text() == "Ready to download: 100%"
    assert page.locator("#report-job-check").is_hidden()
    with page.expect_download() as info:
        page.locator("#report-job-download").click()
    assert info.value.suggested_filename.endswith(".html")
