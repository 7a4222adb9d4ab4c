"""The flagged-comments queue in a real Chromium, with the keyboard alone, on SQLite and on PostgreSQL.

Issue 15, deliverable 4; docs/quality.md rules 16 (axe-core finds nothing, error state included), 17
(the error summary) and 19 (keyboard only, focus visible). Respondents send disclosures through the
production server; the safeguarding e-mail reaches an SMTP sink in the test process; then an admin,
keys only, goes from the count in the navigation to the new flag, changes its status, writes a note,
saves, and finds the change in the queue filtered by status. One server per database, one walk.
"""

from __future__ import annotations

import email
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page

from tests.browser.helpers import AxeAudit, focused_matches, press, sign_in_by_keyboard, tab_visibly
from tests.helpers import HANG_SECONDS, PG_URL, ROOT, LiveServer, start_server, stop_server
from tests.smtp_sink import Sink, start_sink, stop_sink
from tests.test_concurrency import fill_pages, post_submit

pytestmark = [pytest.mark.browser, pytest.mark.server]

ADMIN = ("flo.flags@example.nhs.uk", "Flo Flags", "admin", "harbour violet compass 58")
# Written for the project: two disclosures as people type them, never real ones.
DISCLOSURES = (
    "Honestly some nights I feel like ending it all, the group is the only thing keeping me going",
    "My partner checks my phone and will not let me see my friends, I am scared to go home",
)
NOTE = "Read by the safeguarding lead. Passed to the crisis team, ref SG-2207."
DATABASES = ["sqlite"] + (["postgresql"] if PG_URL else [])
LINK_RE = re.compile(r"(http://127\.0\.0\.1:\d+/admin/flagged/(\d+))")


@pytest.fixture(scope="module")
def sink() -> Iterator[Sink]:
    """The SMTP server the live server's safeguarding e-mails go to."""
    server, found = start_sink()
    yield found
    stop_sink(server)


@pytest.fixture(scope="module", params=DATABASES)
def live_server(
    request: pytest.FixtureRequest, sink: Sink, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """gunicorn with 2 workers on each database in turn, e-mailing the sink, shared by the module."""
    mail = {
        "SAFEGUARDING_EMAIL": "safeguarding.lead@example.nhs.uk",
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(sink.port),
        "SMTP_USE_TLS": "0",
    }
    server = start_server(tmp_path_factory.mktemp("flag-server"), str(request.param), extra_env=mail)
    yield server
    stop_server(server)


def create_admin(server: LiveServer) -> None:
    """The admin who reviews, made with the app's own command."""
    email_address, name, role, password = ADMIN
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "flask",
            "--app",
            "feedback_app",
            "create-user",
            "--email",
            email_address,
            "--name",
            name,
            "--role",
            role,
            "--password",
            password,
        ],
        env=server.env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=HANG_SECONDS,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def flags_emailed(server: LiveServer, sink: Sink, count: int) -> list[str]:
    """Send the disclosures as respondents; the flag links the e-mails carry, in flag order."""
    before = len(sink.messages)
    for text in DISCLOSURES[:count]:
        assert post_submit(server.url, fill_pages(server.url, text)).status_code == 303
    deadline = time.monotonic() + HANG_SECONDS
    while len(sink.messages) < before + count and time.monotonic() < deadline:
        time.sleep(0.05)
    mails = [email.message_from_bytes(raw) for _sender, _to, raw in sink.messages[before:]]
    assert len(mails) == count, f"{len(mails)} e-mails for {count} flagged responses"
    links = []
    for mail in mails:
        body = mail.get_payload(decode=True).decode()
        assert "Tell us about your care" in mail["Subject"] and "Category: " in body
        assert not [text for text in DISCLOSURES if text[:20] in body]
        (link,) = LINK_RE.findall(body)
        assert link[0].startswith(server.url)
        links.append(link)
    return [url for url, _id in sorted(links, key=lambda link: int(link[1]))]


def test_keyboard_only_review_of_a_flag_reached_from_the_count(
    page: Page, live_server: LiveServer, sink: Sink, axe_source: str
) -> None:
    """E-mail, count, queue, flag, status, note, save, filter: keys only, every page axe-clean."""
    create_admin(live_server)
    first, second = flags_emailed(live_server, sink, 2)
    axe = AxeAudit(axe_source)
    email_address, name, _role, password = ADMIN

    sign_in_by_keyboard(page, email_address, password)
    assert "2 comments flagged by the risk check" in page.locator("#flags-to-review").inner_text()
    axe(page, "dashboard with flags to review")

    # The count in the navigation leads to the new flags.
    assert page.locator("#unreviewed-flags").inner_text() == "(2 new)"
    tab_visibly(page, 'nav a[href="/admin/flagged?status=new"]')
    press(page)
    assert "2 flagged comments with the status “new”" in page.locator("#results").inner_text()
    axe(page, "queue of new flags")

    # The newest flag first; open the first one sent.
    first_path = urlparse(first).path
    tab_visibly(page, f'main a[href="{first_path}"]')
    press(page)
    assert urlparse(page.url).path == first_path
    assert DISCLOSURES[0] in page.locator(".nhsuk-inset-text").inner_text()
    axe(page, "one flag")

    # Into the status radios (focus lands on the checked one), down twice, then the note.
    tab_visibly(page, "input[name=status]:checked")
    assert focused_matches(page, "input[value=new]")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert focused_matches(page, "input[value=action_taken]:checked")
    tab_visibly(page, "#note")
    page.keyboard.type(NOTE)
    tab_visibly(page, 'main form[action$="/review"] button[type=submit]')
    press(page)
    assert urlparse(page.url).path == "/admin/flagged"
    assert "action taken" in page.locator(".nhsuk-notification-banner").inner_text()
    assert page.locator("#unreviewed-flags").inner_text() == "(1 new)"
    axe(page, "queue after a review, with its confirmation")

    # Filtered by status, with the keyboard: the reviewed flag, who changed it and when.
    tab_visibly(page, "#status")
    page.keyboard.type("Action")
    assert page.evaluate("() => document.activeElement.value") == "action_taken"
    tab_visibly(page, "main form.app-filter button[type=submit]")
    press(page)
    row = page.locator("main tbody tr")
    assert row.count() == 1 and f'href="{first_path}"' in row.inner_html()
    assert "Action taken" in row.inner_text() and name in row.inner_text()
    axe(page, "queue filtered by status")

    # The other flag's page in its error state (a note too long), reached and read as a person would.
    page.goto(second)
    page.locator("#note").fill("x" * 2001)
    with page.expect_navigation():
        page.locator('main form[action$="/review"] button[type=submit]').click()
    assert page.title().startswith("Error: ")
    assert "2000 characters or fewer" in page.locator(".nhsuk-error-summary").inner_text()
    page.wait_for_function("() => document.activeElement.closest('.nhsuk-error-summary') !== null")
    axe(page, "flag review with a note too long")
    assert page.locator("#unreviewed-flags").inner_text() == "(1 new)"
    axe.check()
    assert axe.pages == 6
