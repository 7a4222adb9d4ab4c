"""The review queue in a real Chromium, keyboard only, with axe-core on every page: SQLite and PostgreSQL.

One gunicorn server per database for the module, and one walk on each: sign in, open the queue, accept
with one key, correct a comment's themes with a few, make and fix an error, skip, accept from the
response view, then settle a disagreement from the analysis page. Comments are invented here.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page
from sqlalchemy import create_engine, text

from tests.browser.helpers import AxeAudit, focused_matches, press, sign_in_by_keyboard, tab_to
from tests.conftest import DATABASES
from tests.helpers import ADMIN, HANG_SECONDS, ROOT, VIEWER, LiveServer, start_server, stop_server

pytestmark = [pytest.mark.browser, pytest.mark.server]

PATIENT = "patient-experience"
QUEUE = f"/admin/questionnaires/{PATIENT}/review"
COMMENTS = [
    ("The staff were kind and caring to me", "Parking was impossible and the wait was long"),
    ("The ward was clean and tidy", ""),
    ("Lovely food and a quiet room to rest in", ""),
]
# Members, three responses and the viewer's reviews of the first two good comments (the first one
# corrected, so the two members disagree on it), made in one process against the server's database.
SEED_SCRIPT = """
import json, sys
from feedback_app import create_app
from feedback_app.team.accounts import create_member
from tests.admin.response_data import add_response
from tests.helpers import csrf_from, sign_in
members, comments = json.loads(sys.argv[1]), json.loads(sys.argv[2])
app = create_app()
with app.app_context():
    for email, name, role, password in members:
        create_member(email, name, role, password)
references = [
    add_response(app, "patient-experience", {"fft": "good", "what_was_good": good, "could_do_better": better})
    for good, better in comments
]
client = app.test_client()
assert sign_in(client, members[1][0], members[1][3]).status_code == 302
token = csrf_from(client.get("/admin/").get_data(as_text=True))
queue = "/admin/questionnaires/patient-experience/review/"
base = {"csrf_token": token, "question": "what_was_good", "return_to": "queue"}
corrected = {
    "action": "save", "theme": ["staff_manner"], "stance-staff_manner": "mention", "sentiment": "neutral"
}
assert client.post(queue + references[0], data={**base, **corrected}).status_code == 302
assert client.post(queue + references[1], data={**base, "action": "accept"}).status_code == 302
print(json.dumps(references))
"""


@pytest.fixture(scope="module", params=DATABASES)
def live_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """gunicorn on each database in turn, shared by the module's tests on that database."""
    server = start_server(tmp_path_factory.mktemp(f"review-{request.param}"), request.param)
    yield server
    stop_server(server)


@pytest.fixture(scope="module")
def references(live_server: LiveServer) -> list[str]:
    """Seed the server's database; the three responses' references, oldest first."""
    result = subprocess.run(
        [sys.executable, "-c", SEED_SCRIPT, json.dumps([ADMIN, VIEWER]), json.dumps(COMMENTS)],
        env=live_server.env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=HANG_SECONDS,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    found: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def database_url(server: LiveServer) -> str:
    """The server's own database."""
    if "DATABASE_URL" in server.env:
        return server.env["DATABASE_URL"]
    return f"sqlite:///{Path(server.env['INSTANCE_PATH']) / 'feedback.sqlite3'}"


def stored_codes(server: LiveServer, email: str) -> dict[tuple[str, str], tuple[str, str, bool]]:
    """A member's reviews by (reference, question): themes and stances ("+": approved), sentiment, risk."""
    engine = create_engine(database_url(server))
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT r.reference, c.question_key, c.sentiment, c.risk_flag, t.theme_key, t.stance, "
                "t.quote_approved, t.position FROM comment_review c "
                "JOIN response r ON r.id = c.response_id JOIN team_member m ON m.id = c.reviewer_id "
                "LEFT JOIN comment_review_theme t ON t.review_id = c.id WHERE m.email = :email "
                "ORDER BY c.id, t.position"
            ),
            {"email": email},
        ).all()
    engine.dispose()
    codes: dict[tuple[str, str], tuple[str, str, bool]] = {}
    for row in rows:
        themes = codes.get((row[0], row[1]), ("", row[2], bool(row[3])))[0]
        if row[4]:
            themes = ";".join(filter(None, [themes, f"{row[4]}:{row[5]}{'+' if row[6] else ''}"]))
        codes[(row[0], row[1])] = (themes, row[2], bool(row[3]))
    return codes


def shown(page: Page) -> tuple[str, str]:
    """(reference, question) of the comment the review page shows."""
    action = page.locator("main form.app-review-accept").get_attribute("action") or ""
    question = page.locator("main form.app-review-accept input[name=question]").get_attribute("value") or ""
    return action.rsplit("/", 1)[-1], question


def progress(page: Page) -> str:
    """The page's "N of M" progress."""
    found = re.search(r"(\d+ of \d+)", page.locator("#progress").inner_text())
    assert found, page.locator("#progress").inner_text()
    return found.group(1)


def test_keyboard_only_review_queue_is_axe_clean(
    page: Page, live_server: LiveServer, references: list[str], axe_source: str
) -> None:
    audit = AxeAudit(axe_source)
    first, second, third = references
    email, name, _role, password = ADMIN

    sign_in_by_keyboard(page, email, password)

    tab_to(page, 'nav a[href="/admin/review"]')
    press(page, "Enter")
    audit(page, "review queues")
    tab_to(page, f'main a[href="{QUEUE}"]')
    press(page, "Enter")

    # Focus is on Accept at once: one key accepts the engine's codes.
    assert shown(page) == (first, "what_was_good") and progress(page) == "0 of 4"
    assert focused_matches(page, "#accept")
    audit(page, "queue, a comment another member reviewed")
    press(page, "Enter")
    assert shown(page) == (first, "could_do_better") and progress(page) == "1 of 4"
    assert (
        focused_matches(page, "#accept")
        and "Codes saved" in page.locator(".nhsuk-notification-banner").inner_text()
    )
    audit(page, "queue after accepting")

    # Correct it: drop parking, add staffing levels as a barrier with its quote approved.
    tab_to(page, "#theme-parking")
    page.keyboard.press("Space")
    tab_to(page, "#theme-staffing_levels")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert focused_matches(page, "#stance-staffing_levels")
    page.keyboard.type("b")
    page.keyboard.press("Tab")
    assert focused_matches(page, "#approve-staffing_levels")
    page.keyboard.press("Space")
    audit(page, "queue while correcting")
    tab_to(page, "#save")
    press(page, "Enter")
    assert shown(page) == (second, "what_was_good") and progress(page) == "2 of 4"

    # Approving a quote and flagging the comment at once is refused; the error summary takes focus.
    tab_to(page, "#approve-cleanliness")
    page.keyboard.press("Space")
    tab_to(page, "#risk_flag")
    page.keyboard.press("Space")
    tab_to(page, "#save")
    press(page, "Enter")
    assert page.title().startswith("Error: ")
    assert focused_matches(page, ".nhsuk-error-summary")
    audit(page, "queue, risk flag and quote approval together")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert focused_matches(page, "#risk_flag")
    page.keyboard.press("Space")
    tab_to(page, "#save")
    press(page, "Enter")
    assert shown(page) == (third, "what_was_good") and progress(page) == "3 of 4"

    # Skipping shows no other comment here (it is the last one left): the queue starts again on it.
    tab_to(page, 'main a[href*="after_question"]')
    press(page, "Enter")
    assert shown(page) == (third, "what_was_good")

    # From the response view: accept one comment's codes with one key.
    page.goto(f"/admin/responses/{third}")
    tab_to(page, "#review-what_was_good button[value=accept]")
    press(page, "Enter")
    assert urlparse(page.url).path == f"/admin/responses/{third}"
    assert "Your review" in page.locator("#review-what_was_good").inner_text()
    audit(page, "response view with reviews")

    # The analysis page lists the members' disagreement; its link opens the comment to settle it.
    page.goto(f"/admin/questionnaires/{PATIENT}/analysis")
    assert f"Agreement between {name} and {VIEWER[1]}" in page.locator("main").inner_text()
    audit(page, "analysis page with agreement and disagreements")
    tab_to(page, f'#disagreements-1 a[href*="/review/{first}"]')
    press(page, "Enter")
    assert shown(page) == (first, "what_was_good") and focused_matches(page, "#accept")
    audit(page, "a disagreement opened to settle")
    audit.check()

    assert stored_codes(live_server, email) == {
        (first, "what_was_good"): ("staff_manner:positive", "positive", False),
        (first, "could_do_better"): ("timeliness:barrier;staffing_levels:barrier+", "negative", False),
        (second, "what_was_good"): ("cleanliness:positive+", "positive", False),
        (third, "what_was_good"): (
            "sensory_experience:positive;environment_facilities:positive;food_drink:positive",
            "positive",
            False,
        ),
    }


def test_the_analysis_page_reads_by_keyboard_only_and_is_axe_clean(
    page: Page, references: list[str], axe_source: str
) -> None:
    audit = AxeAudit(axe_source)
    email, _name, _role, password = VIEWER
    sign_in_by_keyboard(page, email, password)

    page.goto(f"/admin/questionnaires/{PATIENT}/analysis")
    audit(page, "analysis page, folded")
    # The contents list comes before the findings; each entry moves to its part of the page.
    links = page.locator('nav[aria-label="Contents of this analysis"] a')
    first = links.first.get_attribute("href") or ""
    tab_to(page, f'nav[aria-label="Contents of this analysis"] a[href="{first}"]')
    page.keyboard.press("Enter")
    page.wait_for_function("h => location.hash === h", arg=first)
    assert page.locator(first).is_visible()

    # The method and its log of hidden figures open from the keyboard.
    assert page.locator("#method-details").get_attribute("open") is None
    tab_to(page, "#method-details summary")
    page.keyboard.press("Enter")
    assert page.locator("#method-details").get_attribute("open") is not None
    assert page.locator("#method").is_visible()
    audit(page, "analysis page, method open")

    # The filters open too, and a filter is applied without a mouse.
    tab_to(page, "#choose-responses summary", backwards=True)
    page.keyboard.press("Enter")
    tab_to(page, "#submitted_from-day")
    page.keyboard.type("1")
    page.keyboard.press("Tab")
    page.keyboard.type("1")
    page.keyboard.press("Tab")
    page.keyboard.type("2020")
    tab_to(page, "main form.app-filter button")
    press(page, "Enter")
    assert "submitted_from-year=2020" in page.url
    assert page.locator("#choose-responses").get_attribute("open") is not None
    audit(page, "analysis page, filtered")
    audit.check()
