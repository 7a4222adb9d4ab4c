"""Recommendations in a real Chromium, with the keyboard alone: add, change the status, delete after asking.

Issue 16, deliverable 1; docs/quality.md rules 16 (axe-core finds nothing, error state included), 17
(the error summary takes focus and links to its fields) and 19 (keyboard only, focus visible). The
team area's walk of every admin page (test_admin_pages.py) covers the same pages for reflow at 320px.
"""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page

from tests.browser.helpers import AxeAudit, focused_matches, press, sign_in_by_keyboard, tab_visibly
from tests.browser.test_admin_pages import flask_commands
from tests.helpers import LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.server]

ADMIN = ("rhea.recs@example.nhs.uk", "Rhea Recs", "admin", "granite tulip lantern 19")
TEXT = "Offer functional skills support in the months before the programme starts"
OWNER = "Education lead"
FORM_BUTTON = 'main form[action="/admin/recommendations/new"] button[type=submit]'


def add_by_keyboard(page: Page, axe: AxeAudit) -> None:
    """From the navigation, try the form empty (its error state), then add one recommendation."""
    tab_visibly(page, 'nav a[href="/admin/recommendations"]')
    press(page)
    assert "No recommendations have been written yet" in page.locator("main").inner_text()
    axe(page, "recommendations, none yet")
    tab_visibly(page, 'main a[href="/admin/recommendations/new"]')
    press(page)
    axe(page, "new recommendation")

    tab_visibly(page, FORM_BUTTON)
    press(page)
    assert page.title().startswith("Error: ")
    summary = page.locator(".nhsuk-error-summary").inner_text()
    assert "Select the finding" in summary and "Enter the recommendation" in summary, summary
    page.wait_for_function("() => document.activeElement.closest('.nhsuk-error-summary') !== null")
    axe(page, "new recommendation sent empty")

    # The summary's first link takes focus to the finding; typing picks an option, as in any select.
    tab_visibly(page, '.nhsuk-error-summary a[href="#finding"]')
    page.keyboard.press("Enter")
    assert focused_matches(page, "#finding")
    page.keyboard.type("Workforce: Maths")
    assert page.evaluate("() => document.activeElement.value") == "maths_english"
    tab_visibly(page, "#text")
    page.keyboard.type(TEXT)
    tab_visibly(page, "#owner")
    page.keyboard.type(OWNER)
    # Into the status radios (focus lands on the checked one, Proposed), then down to Agreed.
    tab_visibly(page, "input[name=status]:checked")
    assert focused_matches(page, "input[value=proposed]")
    page.keyboard.press("ArrowDown")
    assert focused_matches(page, "input[value=agreed]:checked")
    tab_visibly(page, FORM_BUTTON)
    press(page)
    assert urlparse(page.url).path == "/admin/recommendations"
    assert (
        "Recommendation added to Workforce: Maths" in page.locator(".nhsuk-notification-banner").inner_text()
    )
    section = page.locator("main table")
    assert TEXT in section.inner_text() and OWNER in section.inner_text() and "Agreed" in section.inner_text()
    axe(page, "recommendations with one added")


def test_keyboard_only_add_change_status_and_delete_a_recommendation(
    page: Page, live_server: LiveServer, axe_source: str
) -> None:
    """Every page of the journey, and the form's error state, axe-clean; nothing needs a mouse."""
    flask_commands(
        live_server,
        ["create-user", "--email", ADMIN[0], "--name", ADMIN[1], "--role", ADMIN[2], "--password", ADMIN[3]],
    )
    axe = AxeAudit(axe_source)
    sign_in_by_keyboard(page, ADMIN[0], ADMIN[3])
    add_by_keyboard(page, axe)

    tab_visibly(page, 'main a[href^="/admin/recommendations/"]:not([href$="/new"]):not([href*="?"])')
    press(page)
    assert TEXT in page.locator("main .nhsuk-summary-list").inner_text()
    axe(page, "one recommendation")
    tab_visibly(page, "input[name=status]:checked")
    assert focused_matches(page, "input[value=agreed]")
    page.keyboard.press("ArrowDown")
    assert focused_matches(page, "input[value=in_progress]:checked")
    tab_visibly(page, 'main form[action$="/status"] button[type=submit]')
    press(page)
    assert "Status changed to in progress" in page.locator(".nhsuk-notification-banner").inner_text()
    assert "In progress" in page.locator("main .nhsuk-summary-list").inner_text()
    axe(page, "one recommendation after a change of status")

    tab_visibly(page, 'main a[href$="/delete"]')
    press(page)
    assert page.locator("main h1").inner_text() == "Delete this recommendation?"
    axe(page, "delete, asked first")
    tab_visibly(page, 'main form[action$="/delete"] button[type=submit]')
    press(page)
    assert urlparse(page.url).path == "/admin/recommendations"
    assert "Recommendation deleted" in page.locator(".nhsuk-notification-banner").inner_text()
    assert "No recommendations have been written yet" in page.locator("main").inner_text()
    axe(page, "recommendations after the deletion")
    axe.check()
    assert axe.pages == 8
