"""Respondent pages in a real Chromium: axe-core, error states, structure, keyboard, reflow, no-JS, privacy.

docs/quality.md rules 6 and 16-20. Each questionnaire is walked the way a person would: every page fresh,
then in its error states, then answered, through check-your-answers to the confirmation.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import Page

from tests.browser.helpers import AxeAndReflow, PageFactory, focused_matches, tab_to
from tests.helpers import ROOT, LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.server]

SLUGS = ["apprentice-survey", "patient-experience", "stakeholder-event"]
SUBMIT = "main form button[type=submit]"
# Longer than the largest text limit in the shipped questionnaires (2,000 characters).
TOO_LONG = "x" * 2100
MARKUP = "<script>alert(1)</script><img src=x onerror=alert(2)>"
MARKUP_2 = '"><svg onload=alert(3)></svg>'
MARKUP_OTHER = "<b onmouseover=alert(4)>clinic</b>"

Audit = Callable[[Page, str], None]


# ---------------------------------------------------------------- helpers


def submit(page: Page) -> None:
    """Press the page's submit button (a mouse click) and wait for the next page."""
    with page.expect_navigation():
        page.locator(SUBMIT).click()


def has_errors(page: Page) -> bool:
    """True when the page shows an error summary."""
    return page.locator(".nhsuk-error-summary").count() > 0


def error_text(page: Page) -> str:
    """The error summary's text, for assertion messages."""
    return page.locator(".nhsuk-error-summary").first.inner_text() if has_errors(page) else ""


def group_names(page: Page, kind: str) -> list[str]:
    """Names of the radio or checkbox groups on the page, in document order."""
    names: list[str] = page.evaluate(
        "kind => [...new Set([...document.querySelectorAll(`main input[type=${kind}]`)].map(e => e.name))]",
        kind,
    )
    return names


def answer_wrongly(page: Page) -> bool:
    """Choose "Other" without saying what, and write too much in every text box; False if neither applies."""
    wrong = False
    for name in group_names(page, "radio"):
        radios = page.locator(f'main input[type=radio][name="{name}"]')
        other = page.locator(f'main input[type=radio][name="{name}"][value="other"]')
        if other.count():
            other.check()
            wrong = True
        else:
            radios.first.check()
    for name in group_names(page, "checkbox"):
        page.locator(f'main input[type=checkbox][name="{name}"]').first.check()
        other = page.locator(f'main input[type=checkbox][name="{name}"][value="other"]')
        if other.count():
            other.check()
            wrong = True
    for area in page.locator("main textarea").all():
        area.fill(TOO_LONG)
        wrong = True
    return wrong


def answer_rightly(page: Page, text: str) -> None:
    """Answer every radio group, say what "Other" is, and write a short answer in every text box."""
    for name in group_names(page, "radio"):
        if not page.locator(f'main input[type=radio][name="{name}"]:checked').count():
            page.locator(f'main input[type=radio][name="{name}"]').first.check()
    for specify in page.locator(
        "main .nhsuk-radios__conditional input, main .nhsuk-checkboxes__conditional input"
    ).all():
        if specify.is_visible():
            specify.fill("Something else")
    for area in page.locator("main textarea").all():
        area.fill(text)


def page_number(page: Page) -> int | None:
    """The question page number in the current URL, or None when not on a question page."""
    match = re.search(r"/page/(\d+)$", urlparse(page.url).path)
    return int(match.group(1)) if match else None


def page_count(page: Page) -> int:
    """N from the "Page n of N" line."""
    match = re.search(r"of (\d+)", page.locator(".app-progress").inner_text())
    assert match, "no progress line on a question page"
    return int(match.group(1))


def reference_shown(page: Page) -> str:
    """The reference the confirmation page's address names (the page itself shows none)."""
    assert "/complete" in page.url, page.url
    assert "your answers have been sent" in page.locator("h1").inner_text()
    reference = parse_qs(urlparse(page.url).query)["ref"][0]
    assert re.fullmatch(r"[A-Za-z0-9]{4,12}", reference), reference
    return reference


def walk(page: Page, slug: str, audit: Audit, text: str = "A short answer.") -> str:
    """Answer a questionnaire page by page, auditing every state on the way; return the reference.

    Each question page is audited fresh, after an empty submission (when that is an error), and with
    "Other" left unspecified and over-long text (when the page has either), then answered properly.
    """
    page.goto(f"/q/{slug}")
    audit(page, f"{slug}: start page")
    page.goto(f"/q/{slug}/privacy")
    audit(page, f"{slug}: privacy notice")
    page.goto(f"/q/{slug}/page/1")
    seen: list[int] = []
    total = page_count(page)
    while (number := page_number(page)) is not None:
        assert number not in seen, f"{slug}: came back to page {number}"
        seen.append(number)
        where = f"{slug}: page {number}"
        url = page.url
        audit(page, where)
        submit(page)
        if has_errors(page):
            audit(page, f"{where}, submitted empty")
        else:
            page.goto(url)
        if answer_wrongly(page):
            submit(page)
            assert has_errors(page), f"{where}: over-long text or unspecified 'Other' was accepted"
            audit(page, f"{where}, with over-long text and 'Other' unspecified")
        answer_rightly(page, text)
        submit(page)
        assert not has_errors(page), f"{where}: {error_text(page)}"
    assert seen == list(range(1, total + 1)), f"{slug}: pages visited {seen} of {total}"
    assert urlparse(page.url).path == f"/q/{slug}/check", page.url
    audit(page, f"{slug}: check your answers")
    submit(page)
    audit(page, f"{slug}: confirmation")
    return reference_shown(page)


def make_link(server: LiveServer, slug: str, *options: str) -> str:
    """Create a collection link with the app's own command; return its code."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "flask",
            "--app",
            "feedback_app",
            "create-link",
            slug,
            "--name",
            "Test link",
            *options,
        ],
        env=server.env,
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
    )
    match = re.search(r"Created link (\w+)", result.stdout)
    assert result.returncode == 0 and match, result.stdout + result.stderr
    return match.group(1)


def other_pages(page: Page, server: LiveServer, audit: Audit) -> None:
    """Audit the pages outside a questionnaire journey, including not-found, closed and session-ended."""
    for path, title in [
        ("/", "Give your feedback"),
        ("/accessibility", "Accessibility statement"),
        ("/privacy", "Privacy"),
    ]:
        response = page.goto(path)
        assert response is not None and response.status == 200
        assert page.title().startswith(title)
        audit(page, path)
    for path in ["/no-such-page", "/q/no-such-questionnaire"]:
        response = page.goto(path)
        assert response is not None and response.status == 404
        audit(page, f"not found: {path}")
    for options, heading in [
        (("--opens-on", "2999-01-01"), "not open yet"),
        (("--closes-on", "2000-01-02"), "closed"),
    ]:
        page.goto(f"/s/{make_link(server, 'patient-experience', *options)}")
        assert heading in page.locator("h1").inner_text()
        audit(page, f"questionnaire {heading}")
    page.goto("/q/patient-experience/page/1")
    page.context.clear_cookies()
    submit(page)
    assert "session ended" in error_text(page)
    audit(page, "page 1 after the session ended")


# ------------------------------- 1. axe-core, reflow at 320px, nothing from elsewhere (rules 16, 19, 20)


LONG_TEXT = "A longer answer with an unbroken word: " + "abcdefghij" * 12


def off_site(requests: list[tuple[str, str]], server: LiveServer) -> list[str]:
    """The requests that went anywhere but the server's own origin (data: URLs stay in the page)."""
    origin = urlparse(server.url)
    own = (origin.scheme, origin.netloc)
    return [
        url
        for url, _ in requests
        if not url.startswith("data:") and (urlparse(url).scheme, urlparse(url).netloc) != own
    ]


@pytest.mark.parametrize("slug", SLUGS)
def test_every_questionnaire_page_passes_axe_reflows_and_loads_nothing_from_elsewhere(
    page: Page, axe_source: str, live_server: LiveServer, slug: str
) -> None:
    """Start, privacy, each question page fresh and in error, check, confirmation: no axe violations;
    at 320 CSS pixels wide no page scrolls sideways, even with an unbroken word in the answers (rule 19);
    every request (pages, CSS, scripts, images) goes to the app's own origin (rule 20).
    """
    requests: list[tuple[str, str]] = []
    page.on("request", lambda request: requests.append((request.url, request.resource_type)))
    audit = AxeAndReflow(axe_source)
    walk(page, slug, audit, text=LONG_TEXT)
    assert audit.axe.pages >= 6 and audit.reflow.pages == audit.axe.pages
    audit.axe.check()
    assert not audit.reflow.found, "\n".join(audit.reflow.found)
    assert not off_site(requests, live_server)
    kinds = {kind for _, kind in requests}
    assert {"document", "stylesheet", "script"} <= kinds, kinds


def test_other_pages_pass_axe_reflow_and_load_nothing_from_elsewhere(
    page: Page, axe_source: str, live_server: LiveServer
) -> None:
    """Home, accessibility statement, privacy, not-found, closed and session-ended pages: the same three."""
    requests: list[tuple[str, str]] = []
    page.on("request", lambda request: requests.append((request.url, request.resource_type)))
    audit = AxeAndReflow(axe_source)
    other_pages(page, live_server, audit)
    assert audit.axe.pages == 8 and audit.reflow.pages == 8
    audit.axe.check()
    assert not audit.reflow.found, "\n".join(audit.reflow.found)
    assert not off_site(requests, live_server)


# ---------------------------------------------------------------- 2. error states (rule 17)


def test_error_summary_takes_focus_and_links_to_each_field(page: Page) -> None:
    """An empty required answer: "Error: " title, focused summary, links that focus fields, answers kept."""
    page.goto("/q/patient-experience/page/1")
    page.locator("#what_was_good").fill("The nurse was kind")
    page.locator("#could_do_better").fill(TOO_LONG)
    submit(page)

    assert page.title().startswith("Error: "), page.title()
    summary = page.locator(".nhsuk-error-summary")
    assert summary.count() == 1
    assert page.evaluate("document.activeElement.closest('.nhsuk-error-summary') !== null")
    assert summary.evaluate("s => s.compareDocumentPosition(document.querySelector('main form')) & 4"), (
        "the error summary is not before the form"
    )
    # What was typed is still there, including the answer that was too long.
    assert page.locator("#what_was_good").input_value() == "The nurse was kind"
    assert page.locator("#could_do_better").input_value() == TOO_LONG

    links = summary.locator("a")
    targets = [href.lstrip("#") for href in links.evaluate_all("ls => ls.map(l => l.getAttribute('href'))")]
    assert targets == ["fft", "could_do_better"], targets
    for index, target in enumerate(targets):
        links.nth(index).focus()
        page.keyboard.press("Enter")
        page.wait_for_function("id => document.activeElement && document.activeElement.id === id", arg=target)
    # For a radio group the link lands on the first radio.
    assert page.evaluate(
        "() => document.getElementById('fft') === document.querySelector('input[type=radio][name=fft]')"
    )

    # Each error message is named by aria-describedby on its field (or the fieldset round its radios).
    described = page.evaluate(
        """() => [...document.querySelectorAll('.nhsuk-error-message')].map(message => {
          const group = message.closest('.nhsuk-form-group');
          const owner = [...group.querySelectorAll('[aria-describedby]')].find(
            e => e.getAttribute('aria-describedby').split(/\\s+/).includes(message.id));
          const field = group.querySelector('input:not([type=hidden]), textarea, select');
          return {id: message.id, ok: !!owner && (owner === field || owner.contains(field))};
        })"""
    )
    assert [d["id"] for d in described] == ["fft-error", "could_do_better-error"], described
    assert all(d["ok"] for d in described), described


def test_choices_and_text_are_kept_after_an_error(page: Page) -> None:
    """A chosen radio and typed text survive an error elsewhere on the page."""
    page.goto("/q/patient-experience/page/1")
    page.locator('input[name=fft][value="good"]').check()
    page.locator("#what_was_good").fill("Quick appointment")
    page.locator("#could_do_better").fill(TOO_LONG)
    submit(page)
    assert page.title().startswith("Error: ")
    assert "1,500 characters or fewer" in error_text(page), error_text(page)
    assert page.locator('input[name=fft][value="good"]').is_checked()
    assert page.locator("#what_was_good").input_value() == "Quick appointment"


# ---------------------------------------------------------------- 3. structure (rule 18)

STRUCTURE_JS = """() => {
  const problems = [];
  const stats = {radios: 0, checkboxes: 0, grids: 0, gridRows: 0};
  if (document.documentElement.getAttribute('lang') !== 'en-GB') problems.push('html lang is not en-GB');
  for (const el of document.querySelectorAll('[tabindex]')) {
    if (el.tabIndex > 0) problems.push(`positive tabindex on ${el.outerHTML.slice(0, 80)}`);
  }
  for (const kind of ['radio', 'checkbox']) {
    const inputs = [...document.querySelectorAll(`input[type=${kind}]`)];
    stats[kind === 'radio' ? 'radios' : 'checkboxes'] += inputs.length;
    for (const name of new Set(inputs.map(i => i.name))) {
      const group = inputs.filter(i => i.name === name);
      const fieldset = group[0].closest('fieldset');
      if (!fieldset) { problems.push(`${kind} group ${name} is not in a fieldset`); continue; }
      const legend = fieldset.querySelector(':scope > legend');
      if (!legend || !legend.textContent.trim()) problems.push(`${kind} group ${name} has no legend`);
      const split = group.some(i => i.closest('fieldset') !== fieldset);
      if (split) problems.push(`${kind} group ${name} is split across fieldsets`);
      const others = [...fieldset.querySelectorAll(`input[type=${kind}]`)].filter(i => i.name !== name);
      if (others.length) problems.push(`${kind} group ${name} shares its fieldset with ${others[0].name}`);
    }
  }
  for (const grid of document.querySelectorAll('.app-likert-grid')) {
    stats.grids += 1;
    const names = new Set([...grid.querySelectorAll('input[type=radio]')].map(i => i.name));
    const fieldsets = grid.querySelectorAll('fieldset');
    stats.gridRows += fieldsets.length;
    if (fieldsets.length !== names.size || names.size < 2) {
      problems.push(`likert grid has ${fieldsets.length} fieldsets for ${names.size} statements`);
    }
    if (grid.querySelector('table')) problems.push('likert grid is a table');
  }
  for (const el of document.querySelectorAll('input:not([type=hidden]), textarea, select')) {
    const labels = el.labels ? [...el.labels] : [];
    if (!labels.some(l => l.textContent.trim())) problems.push(`no label for ${el.name || el.id}`);
  }
  return {problems, stats};
}"""


class StructureAudit:
    """Collects structural problems (fieldsets, legends, labels, lang, tabindex) across many pages."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self.stats: dict[str, int] = {"radios": 0, "checkboxes": 0, "grids": 0, "gridRows": 0}

    def __call__(self, page: Page, where: str) -> None:
        """Check the page as it is now."""
        result = page.evaluate(STRUCTURE_JS)
        self.found.extend(f"{where}: {problem}" for problem in result["problems"])
        for key, value in result["stats"].items():
            self.stats[key] += value


@pytest.mark.parametrize("slug", SLUGS)
def test_groups_are_fieldsets_and_every_field_is_labelled(page: Page, slug: str) -> None:
    """Radio/checkbox groups are fieldsets with legends, a Likert row is a fieldset, fields are labelled."""
    audit = StructureAudit()
    walk(page, slug, audit)
    assert not audit.found, "\n".join(audit.found)
    assert audit.stats["radios"] > 0
    if slug in ("apprentice-survey", "stakeholder-event"):
        assert audit.stats["checkboxes"] > 0
        assert audit.stats["grids"] > 0 and audit.stats["gridRows"] >= 2 * audit.stats["grids"]


def test_pages_outside_questionnaires_are_well_formed(page: Page, live_server: LiveServer) -> None:
    """Home, statements, not-found and closed pages: lang en-GB, no positive tabindex, labelled fields."""
    audit = StructureAudit()
    other_pages(page, live_server, audit)
    assert not audit.found, "\n".join(audit.found)


# ---------------------------------------------------------------- 4. keyboard only (rule 19)

FOCUS_STYLE_JS = """() => {
  const el = document.activeElement;
  const choice = el.matches('input[type=radio], input[type=checkbox]') && el.labels.length;
  const look = () => {
    const s = choice ? getComputedStyle(el.labels[0], '::before') : getComputedStyle(el);
    return {outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow,
            background: s.backgroundColor, border: `${s.borderTopWidth} ${s.borderTopColor}`};
  };
  const focused = look();
  el.blur();
  const rest = look();
  el.focus();
  return {focused, rest, element: el.outerHTML.slice(0, 100)};
}"""


def assert_focus_visible(page: Page) -> None:
    """The focused element looks different from its unfocused self, with an outline or shadow."""
    style = page.evaluate(FOCUS_STYLE_JS)
    focused, rest = style["focused"], style["rest"]
    outline_style, outline_width, *colour = focused["outline"].split(" ", 2)
    outline = outline_style != "none" and outline_width != "0px" and colour != ["rgba(0, 0, 0, 0)"]
    assert focused != rest, f"no focus style on {style['element']}"
    assert outline or focused["shadow"] != "none" or focused["background"] != rest["background"], style


def press_enter_and_wait(page: Page) -> None:
    """Activate the focused link or button with Enter and wait for the next page."""
    with page.expect_navigation():
        page.keyboard.press("Enter")


KEYBOARD_STOPS_JS = """() => {
  const stops = [];
  const named = new Set();
  const shown = e => e.getClientRects().length > 0;
  for (const el of document.querySelectorAll('main form input:not([type=hidden]), main form textarea')) {
    if (el.type === 'radio' || el.type === 'checkbox') {
      if (named.has(el.name)) continue;
      named.add(el.name);
      const group = [...document.querySelectorAll(`input[name="${el.name}"]`)];
      const second = group[1] && group[1].value !== 'other' ? group[1].id : null;
      stops.push({kind: el.type, id: el.id, second});
    } else if (shown(el)) {
      stops.push({kind: 'text', id: el.id, second: null});
    }
  }
  return stops;
}"""


def answer_by_keyboard(page: Page, text: str) -> None:
    """Answer every question on the page with the keyboard alone, then press Continue."""
    for stop in page.evaluate(KEYBOARD_STOPS_JS):
        selector = f'[id="{stop["id"]}"]'
        tab_to(page, selector)
        assert_focus_visible(page)
        if stop["kind"] == "text":
            page.keyboard.type(text)
            assert page.evaluate("() => document.activeElement.value") == text
            # Shift+Tab leaves the box, Tab comes back to it with the text intact.
            page.keyboard.press("Shift+Tab")
            assert not focused_matches(page, selector)
            tab_to(page, selector)
            assert page.evaluate("() => document.activeElement.value") == text
            continue
        page.keyboard.press("Space")
        assert page.evaluate("() => document.activeElement.checked"), f"Space did not select {selector}"
        if stop["kind"] == "radio" and stop["second"]:
            page.keyboard.press("ArrowDown")
            moved = focused_matches(page, f'[id="{stop["second"]}"]:checked')
            assert moved, f"ArrowDown did not move the choice from {selector}"
    tab_to(page, SUBMIT)
    assert_focus_visible(page)
    press_enter_and_wait(page)


@pytest.mark.parametrize("slug", SLUGS)
def test_keyboard_only_journey_completes(page: Page, slug: str) -> None:
    """From the home page to the confirmation with Tab, Shift+Tab, Space, arrows, typing and Enter only."""
    page.goto("/")
    tab_to(page, f'main a[href="/q/{slug}"]')
    assert_focus_visible(page)
    press_enter_and_wait(page)
    tab_to(page, "main a.app-start-button")
    assert_focus_visible(page)
    press_enter_and_wait(page)
    pages = 0
    while page_number(page) is not None:
        pages += 1
        answer_by_keyboard(page, f"Typed with the keyboard on {slug}.")
        assert not has_errors(page), error_text(page)
    assert pages >= 3
    assert urlparse(page.url).path == f"/q/{slug}/check"
    assert page.get_by_text(f"Typed with the keyboard on {slug}.").count() > 0
    tab_to(page, SUBMIT)
    assert_focus_visible(page)
    press_enter_and_wait(page)
    reference_shown(page)


# ---------------------------------------------------------------- 5. without JavaScript (rule 19)


def test_patient_questionnaire_works_without_javascript(new_page: PageFactory) -> None:
    """With JavaScript off: errors show, "Other, please specify" is visible, and the answers are sent."""
    page = new_page(java_script_enabled=False)
    page.goto("/q/patient-experience")
    # The page's own scripts did not run: nothing marked the body as JavaScript-enabled.
    assert "js-enabled" not in (page.locator("body").get_attribute("class") or "")
    page.locator("main a.app-start-button").click()
    submit(page)
    assert page.title().startswith("Error: ")
    assert "Select an answer" in error_text(page)
    page.locator('input[name=fft][value="good"]').check()
    page.locator("#what_was_good").fill("Helpful reception staff")
    submit(page)
    assert page_number(page) == 2, page.url
    specify = page.locator("#service_other")
    assert specify.is_visible(), "'Other, please specify' is hidden without JavaScript"
    page.locator('input[name=service][value="other"]').check()
    specify.fill("A community clinic")
    submit(page)
    assert page_number(page) == 3, page.url
    submit(page)
    assert urlparse(page.url).path == "/q/patient-experience/check"
    summary = page.locator("main").inner_text()
    assert "Helpful reception staff" in summary and "A community clinic" in summary
    submit(page)
    reference_shown(page)


# ---------------------------------------------------------------- 6. markup is shown as text (rule 6)


def test_markup_in_answers_is_shown_escaped_and_never_runs(page: Page) -> None:
    """Script and markup typed into answers come back as text on the error page and check page; no dialog."""
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto("/q/patient-experience/page/1")
    page.locator("#what_was_good").fill(MARKUP)
    page.locator("#could_do_better").fill(MARKUP_2)
    submit(page)
    assert has_errors(page)
    assert page.locator("#what_was_good").input_value() == MARKUP
    assert page.locator("#could_do_better").input_value() == MARKUP_2
    page.locator('input[name=fft][value="very_good"]').check()
    submit(page)
    page.locator('input[name=service][value="other"]').check()
    page.locator("#service_other").fill(MARKUP_OTHER)
    submit(page)
    submit(page)
    assert urlparse(page.url).path == "/q/patient-experience/check"
    shown = page.locator("main .app-answer").all_inner_texts()
    for typed in (MARKUP, MARKUP_2):
        assert typed in shown, shown
    assert any(MARKUP_OTHER in line for line in shown), shown
    injected = "main script, main img, main svg, main [onerror], main [onload], main [onmouseover]"
    assert page.locator(injected).count() == 0
    page.locator("main .app-answer").filter(has_text="clinic").hover()
    submit(page)
    reference_shown(page)
    assert dialogs == []
