"""The team area in a real Chromium: axe-core on every admin page, keyboard-only work, reflow, privacy, roles.

docs/quality.md rules 16-20 (and 3 for what a viewer may do). The pages are found by walking the app's URL
map for GET endpoints under /admin, with path parameters filled from the server's own database, so a
new admin page is audited without anyone adding it here.
"""

from __future__ import annotations

import csv
import json
import re
import secrets
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import Page

from feedback_app import create_app
from tests.browser.helpers import AxeAndReflow, AxeAudit, PageFactory, ReflowAudit, focused_matches, tab_to
from tests.helpers import HANG_SECONDS, ROOT, LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.server]

ADMIN = ("ada.admin@example.nhs.uk", "Ada Admin", "admin", "copper kettle marmalade 42")
VIEWER = ("vic.viewer@example.nhs.uk", "Vic Viewer", "viewer", "lantern orchard pebble 77")
DEMO_RESPONSES = 60  # per questionnaire: more than one page (50) of the response browser
# Which file to ask for where a path names a format (every admin route with `fmt` is a download).
FORMAT_FOR = {"admin.download": "csv", "admin.report": "html"}
SUBMIT = "main form button[type=submit]"

Audit = Callable[[Page, str], None]


# ---------------------------------------------------------------- the server and what is in it


def flask_commands(server: LiveServer, *commands: list[str]) -> list[str]:
    """Run some of the app's commands at once against the live server's database; their outputs."""
    # The commands write to one SQLite file together: the server's environment has them wait for its
    # lock rather than fail (tests/helpers.py, server_env).
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "flask", "--app", "feedback_app", *args],
            env=server.env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for args in commands
    ]
    outputs = []
    for args, process in zip(commands, processes, strict=True):
        out, err = process.communicate(timeout=HANG_SECONDS)
        assert process.returncode == 0, f"flask {' '.join(args)}: {out}{err}"
        outputs.append(out)
    return outputs


@dataclass
class Site:
    """The live server, seeded, with the ids its admin pages take and the GET rules under /admin."""

    server: LiveServer
    slugs: list[str]
    versions: dict[str, list[int]]
    links: dict[str, list[str]]
    references: dict[str, str]
    members: list[int]
    flags: list[int]
    recommendations: list[int]
    jobs: list[str]
    rules: list[tuple[str, str]] = field(default_factory=list)


def add_recommendation(database: Path) -> int:
    """One recommendation in the server's database, so its pages are walked; its id."""
    with sqlite3.connect(database) as conn:
        cursor = conn.execute(
            "INSERT INTO recommendation (finding, text, owner, status, created_by, created_at, updated_by,"
            " updated_at) VALUES ('maths_english', 'Offer functional skills support before entry',"
            " 'Education lead', 'agreed', 'Ada Admin', '2026-12-01 10:00:00', 'Ada Admin',"
            " '2026-12-01 10:00:00')"
        )
        recommendation_id = cursor.lastrowid
    conn.close()
    assert recommendation_id is not None
    return recommendation_id


@pytest.fixture(scope="module")
def site(live_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Site:
    """An admin, a viewer and the demo responses in the server's database; the ids to fill URLs with."""
    users = [
        ["create-user", "--email", email, "--name", name, "--role", role, "--password", password]
        for email, name, role, password in (ADMIN, VIEWER)
    ]
    outputs = flask_commands(live_server, *users, ["seed-demo", "--responses", str(DEMO_RESPONSES)])
    assert outputs[-1].count(f": {DEMO_RESPONSES} demo responses") == 3, outputs[-1]

    database = Path(live_server.env["INSTANCE_PATH"]) / "feedback.sqlite3"
    assert database.exists(), database
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        slug_of = dict(conn.execute("SELECT id, slug FROM questionnaire ORDER BY slug"))
        versions: dict[str, list[int]] = {slug: [] for slug in slug_of.values()}
        for qid, number in conn.execute("SELECT questionnaire_id, number FROM questionnaire_version"):
            versions[slug_of[qid]].append(number)
        links: dict[str, list[str]] = {slug: [] for slug in slug_of.values()}
        for qid, code in conn.execute("SELECT questionnaire_id, code FROM collection_link ORDER BY id"):
            links[slug_of[qid]].append(code)
        references = {
            slug_of[qid]: reference
            for qid, reference in conn.execute(
                "SELECT questionnaire_id, MIN(reference) FROM response GROUP BY questionnaire_id"
            )
        }
        members = [row[0] for row in conn.execute("SELECT id FROM team_member ORDER BY id")]
        # The demo's comments include some the risk check flags when they are stored: one flag's page.
        flags = [row[0] for row in conn.execute("SELECT MIN(id) FROM flagged_comment") if row[0] is not None]
    conn.close()
    recommendations = [add_recommendation(database)]
    jobs = [finished_report_job(database, ADMIN[0])]
    slugs = sorted(slug_of.values())
    assert slugs == ["apprentice-survey", "patient-experience", "stakeholder-event"], slugs
    assert all(links.values()) and set(references) == set(slugs) and len(members) == 2
    assert flags, "the demo responses hold no flagged comment, so no flag's page would be audited"

    # The URL map of the app the server runs (an app object only: it opens no database).
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("INSTANCE_PATH", str(tmp_path_factory.mktemp("url-map")))
        app = create_app(
            {"SECRET_KEY": "url-map-only-0123456789abcdef", "SQLALCHEMY_DATABASE_URI": "sqlite://"}
        )
    rules = sorted(
        (rule.rule, rule.endpoint)
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/admin") and "GET" in (rule.methods or ())
    )
    return Site(live_server, slugs, versions, links, references, members, flags, recommendations, jobs, rules)


def finished_report_job(database: Path, email: str) -> str:
    """A finished report job of the member's, stored as the worker stores one (this server runs no
    worker), so its page and file are audited; its public id."""
    public_id = secrets.token_urlsafe(32)
    body = b"<!doctype html><html lang=en><title>Report</title><p>Report</p></html>"
    outcome = {"action": "report downloaded", "target": "all questionnaires", "detail": {"format": "html"}}
    with sqlite3.connect(database) as conn:
        conn.execute(
            "INSERT INTO report_job (public_id, kind, parameters, requested_by_id, status, progress, stage, "
            "error, result, filename, media_type, outcome, created_at, started_at, updated_at, finished_at) "
            "SELECT ?, 'report-html', '{\"questionnaire\": null}', id, 'done', 100, 'Done', '', ?, "
            "'lessons-learnt-report-all.html', 'text/html; charset=utf-8', ?, "
            "datetime('now'), datetime('now'), datetime('now'), datetime('now') "
            "FROM team_member WHERE email = ?",
            (public_id, body, json.dumps(outcome), email),
        )
    conn.close()
    return public_id


def fill(rule: str, endpoint: str, site: Site) -> list[str]:
    """Every URL for a rule, its path parameters filled with real ids that belong together."""
    names = re.findall(r"<(?:[^:<>]+:)?([^<>]+)>", rule)
    combos: list[dict[str, Any]] = [{}]
    if "slug" in names:
        combos = [{"slug": slug} for slug in site.slugs]
    if "member_id" in names:
        combos = [{"member_id": member} for member in site.members]
    if "flag_id" in names:
        combos = [{"flag_id": flag} for flag in site.flags]
    if "recommendation_id" in names:
        combos = [{"recommendation_id": rid} for rid in site.recommendations]
    if "public_id" in names:
        combos = [{"public_id": job} for job in site.jobs]
    if "number" in names:
        combos = [dict(c, number=n) for c in combos for n in site.versions[c["slug"]]]
    if "code" in names:
        combos = [dict(c, code=code) for c in combos for code in site.links[c["slug"]]]
    if "reference" in names:
        if "slug" in names:
            combos = [dict(c, reference=site.references[c["slug"]]) for c in combos]
        else:
            combos = [{"reference": reference} for reference in site.references.values()]
    if "fmt" in names:
        assert endpoint in FORMAT_FOR, f"{endpoint} ({rule}) is new: say which format to ask for"
        combos = [dict(c, fmt=FORMAT_FOR[endpoint]) for c in combos]
    known = {
        "slug",
        "member_id",
        "flag_id",
        "recommendation_id",
        "public_id",
        "number",
        "code",
        "reference",
        "fmt",
    }
    unknown = set(names) - known
    assert not unknown, f"{rule}: no values for {unknown}"
    return [re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", lambda m, c=c: str(c[m.group(1)]), rule) for c in combos]


# ---------------------------------------------------------------- helpers


def has_errors(page: Page) -> bool:
    """True when the page shows an error summary."""
    return page.locator(".nhsuk-error-summary").count() > 0


def sign_in(page: Page, email: str, password: str) -> None:
    """Sign in through the form (with the mouse: the keyboard journey is its own test)."""
    page.goto("/admin/sign-in")
    page.locator("#email").fill(email)
    page.locator("#password").fill(password)
    with page.expect_navigation():
        page.locator(SUBMIT).click()
    assert urlparse(page.url).path == "/admin/", page.url


def submit(page: Page, selector: str) -> None:
    """Press a form's button with the mouse and wait for the next page."""
    with page.expect_navigation():
        page.locator(selector).click()


def expect_error_page(page: Page, where: str, says: str = "") -> None:
    """The page shows an error summary (saying `says`, when given) and an "Error: " title."""
    assert has_errors(page), f"{where}: no error summary on {page.url}"
    assert page.title().startswith("Error: "), f"{where}: title {page.title()!r}"
    summary = page.locator(".nhsuk-error-summary").inner_text()
    assert says.lower() in summary.lower(), f"{where}: {summary!r}"


@dataclass
class Walk:
    """What a walk of the admin pages saw."""

    pages: list[str] = field(default_factory=list)
    downloads: list[str] = field(default_factory=list)
    endpoints: set[str] = field(default_factory=set)
    file_endpoints: set[str] = field(default_factory=set)


def walk_admin(page: Page, site: Site, audit: Audit) -> Walk:
    """Audit the sign-in page (fresh and after a wrong password), every admin page, and their error states.

    Each GET rule under /admin is asked for once with HEAD to see whether it sends a page or a file;
    pages are opened and audited, files are skipped (after checking they are attachments).
    """
    seen = Walk()

    def visit(url: str, where: str, status: int = 200) -> None:
        response = page.goto(url)
        assert response is not None and response.status == status, (
            f"{where}: {url} gave {response and response.status}"
        )
        assert response.headers["content-type"].startswith("text/html"), url
        seen.pages.append(url)
        audit(page, where)

    email, _name, _role, password = ADMIN
    visit("/admin/sign-in", "sign-in page")
    page.locator("#email").fill(email)
    page.locator("#password").fill("not the right password")
    submit(page, SUBMIT)
    expect_error_page(page, "wrong password", "password is not right")
    audit(page, "sign-in page after a wrong password")
    sign_in(page, email, password)

    kinds: dict[str, str] = {}
    for rule, endpoint in site.rules:
        if endpoint == "auth.sign_in_page":
            continue  # audited above; signed in, it only redirects to the dashboard
        for url in fill(rule, endpoint, site):
            if endpoint not in kinds:
                head = page.request.head(url, max_redirects=0)
                assert head.status == 200, f"HEAD {url} gave {head.status}"
                # A file: not HTML, or HTML sent as an attachment (the lessons-learnt report); or the
                # JSON a page's script reads (a report job's progress).
                attachment = head.headers.get("content-disposition", "").startswith("attachment")
                html = head.headers["content-type"].startswith("text/html")
                script_data = head.headers["content-type"] == "application/json"
                kinds[endpoint] = "page" if html and not attachment else "file"
                if kinds[endpoint] == "file":
                    assert attachment or script_data, (
                        f"{url} is a {head.headers['content-type']} file but not an attachment"
                    )
            if kinds[endpoint] == "file":
                seen.downloads.append(url)
                seen.file_endpoints.add(endpoint)
                continue
            seen.endpoints.add(endpoint)
            visit(url, endpoint)

    slug = "patient-experience"
    visit("/admin/questionnaires/no-such-questionnaire", "not found under /admin", status=404)

    visit("/admin/recommendations/new", "new recommendation page")
    page.locator("#owner").fill("x" * 201)
    submit(page, 'main form[action="/admin/recommendations/new"] button[type=submit]')
    expect_error_page(page, "recommendation without a finding or text", "finding")
    audit(page, "recommendation without a finding or text, owner too long")

    visit("/admin/links", "links page")
    submit(page, 'main form[action="/admin/links"] button[type=submit]')
    expect_error_page(page, "link form submitted empty")
    audit(page, "link form submitted empty")

    bad_date = "submitted_from-day=31&submitted_from-month=2&submitted_from-year=2026"
    visit(f"/admin/questionnaires/{slug}/analysis?{bad_date}", "analysis, bad date filter", status=400)
    expect_error_page(page, "analysis, bad date filter")

    visit(f"/admin/responses?questionnaire={slug}&page=2", "responses to one questionnaire, page 2")
    assert page.locator("main a[download]").count() >= 3, "no download links over a filtered list"
    visit(f"/admin/responses?version=two&{bad_date}", "responses, bad version and date filter", status=400)
    expect_error_page(page, "responses, bad filter")

    visit("/admin/team", "team page")
    page.locator("#email").fill("new.member@example.nhs.uk")
    page.locator("#name").fill("New Member")
    page.locator('input[name=role][value="viewer"]').check()
    page.locator("#password").fill("password")
    submit(page, 'main form[action="/admin/team"] button[type=submit]')
    expect_error_page(page, "team form with a weak password", "password")
    audit(page, "team form with a weak password")

    visit(f"/admin/questionnaires/{slug}", "questionnaire page")
    page.locator("#max_responses").fill("lots")
    submit(page, 'main form[action$="/settings"] button[type=submit]')
    expect_error_page(page, "settings with a cap that is not a number")
    audit(page, "questionnaire settings with a cap that is not a number")
    submit(page, 'main form[action$="/definition"] button[type=submit]')
    expect_error_page(page, "definition upload without a file")
    audit(page, "definition upload without a file")

    visit("/admin/questionnaires", "questionnaires page")
    submit(page, 'main form[action="/admin/questionnaires"] button[type=submit]')
    expect_error_page(page, "new questionnaire without a file")
    audit(page, "new questionnaire upload without a file")

    reference = site.references[slug]
    visit(f"/admin/responses/{reference}", "response page")
    submit(page, 'main form[action$="/erase"] button[type=submit]')
    expect_error_page(page, "delete without a reason")
    audit(page, "response deletion without a reason")

    # One wrong current password per walk: counted (rule 32), far below the limit that signs out.
    visit("/admin/account/password", "change password page")
    page.locator("#current_password").fill("not the right password")
    page.locator("#new_password").fill("AdaAdmin2026!")
    page.locator("#confirm_password").fill("AdaAdmin2026!")
    submit(page, 'main form[action="/admin/account/password"] button[type=submit]')
    expect_error_page(page, "change password with a wrong current password", "current password")
    audit(page, "change password with a wrong current password")
    return seen


def check_walk(seen: Walk, site: Site) -> None:
    """Every GET endpoint under /admin was reached, as a page or a file, and there were plenty of pages."""
    reached, files = seen.endpoints, seen.file_endpoints
    endpoints = {endpoint for _rule, endpoint in site.rules} - {"auth.sign_in_page"}
    assert endpoints <= reached | files, endpoints - reached - files
    assert {"admin.dashboard", "admin.team_member", "admin.link_poster", "admin.response"} <= reached
    assert {"admin.download", "admin.report", "admin.link_qr_png", "admin.report_job_file"} <= files
    assert "admin.report_job" in reached
    assert len(seen.pages) >= 40, len(seen.pages)


# ---------------------------------- 1. axe, reflow at 320px, nothing from elsewhere (rules 16, 19, 20)


def test_every_admin_page_passes_axe_reflows_and_loads_nothing_from_elsewhere(
    page: Page, axe_source: str, site: Site
) -> None:
    """Sign-in (fresh, after a wrong password), every admin page in the URL map and its error states:
    no axe violation; at 320 CSS pixels wide no sideways scrolling (a table may scroll inside its own
    box); and every request the pages make (documents, CSS, scripts, images) goes to the server's origin.
    """
    requests: list[tuple[str, str]] = []
    page.on("request", lambda request: requests.append((request.url, request.resource_type)))
    audit = AxeAndReflow(axe_source)
    seen = walk_admin(page, site, audit)
    check_walk(seen, site)
    assert audit.axe.pages >= len(seen.pages)
    assert audit.reflow.pages >= len(seen.pages)
    audit.axe.check()
    assert not audit.reflow.found, "\n".join(audit.reflow.found)

    origin = urlparse(site.server.url)
    elsewhere = [
        url
        for url, _kind in requests
        if not url.startswith("data:")
        and (urlparse(url).scheme, urlparse(url).netloc) != (origin.scheme, origin.netloc)
    ]
    assert not elsewhere, elsewhere
    kinds = {kind for _url, kind in requests}
    assert {"document", "stylesheet", "script"} <= kinds, kinds


# ---------------------------------------------------------------- 2. keyboard only (rule 19)

FOCUS_JS = """() => {
  const el = document.activeElement;
  const look = () => {
    const s = getComputedStyle(el);
    return {outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, outlineColor: s.outlineColor,
            shadow: s.boxShadow, background: s.backgroundColor};
  };
  const focused = look();
  el.blur();
  const rest = look();
  el.focus();
  return {focused, rest, element: el.outerHTML.slice(0, 120)};
}"""


def assert_focus_visible(page: Page) -> None:
    """The focused element has a visible outline or a box-shadow, and looks different unfocused."""
    style = page.evaluate(FOCUS_JS)
    focused = style["focused"]
    outline = (
        focused["outlineStyle"] != "none"
        and focused["outlineWidth"] != "0px"
        and focused["outlineColor"] != "rgba(0, 0, 0, 0)"
    )
    assert outline or focused["shadow"] != "none", f"no focus outline or shadow: {style}"
    assert focused != style["rest"], f"focus changes nothing: {style}"


def tab_and_check(page: Page, selector: str) -> None:
    """Tab to an element and check its focus is visible."""
    tab_to(page, selector)
    assert_focus_visible(page)


def enter(page: Page) -> None:
    """Press Enter on the focused link or button and wait for the next page."""
    with page.expect_navigation():
        page.keyboard.press("Enter")


def choose_by_typing(page: Page, selector: str, text: str, value: str) -> None:
    """With a select focused, type the start of an option's text to choose it."""
    assert focused_matches(page, selector)
    page.keyboard.type(text)
    chosen = page.evaluate("() => document.activeElement.value")
    assert chosen == value, f"typing {text!r} chose {chosen!r}"


def test_keyboard_only_sign_in_filter_download_and_link(page: Page, site: Site, tmp_path: Path) -> None:
    """Sign in, filter the responses, download them as CSV, make a link and open its poster: keys only."""
    email, name, _role, password = ADMIN
    page.goto("/admin/sign-in")
    tab_and_check(page, "#email")
    page.keyboard.type(email)
    tab_and_check(page, "#password")
    page.keyboard.type(password)
    tab_and_check(page, SUBMIT)
    enter(page)
    assert urlparse(page.url).path == "/admin/"
    assert f"Signed in as {name}" in page.locator(".app-account-bar").inner_text()

    # The response browser, filtered to one questionnaire.
    tab_and_check(page, 'nav a[href="/admin/responses"]')
    enter(page)
    assert urlparse(page.url).path == "/admin/responses"
    tab_and_check(page, "#questionnaire")
    choose_by_typing(page, "#questionnaire", "Tell us", "patient-experience")
    tab_and_check(page, "main form.app-filter button[type=submit]")
    enter(page)
    assert parse_qs(urlparse(page.url).query).get("questionnaire") == ["patient-experience"], page.url
    total = int(re.match(r"(\d+) responses?", page.locator("#results").inner_text()).group(1))  # type: ignore[union-attr]
    assert total == DEMO_RESPONSES

    # Its CSV, started with Enter on the download link.
    tab_and_check(page, 'main a[href*="/responses.csv"]')
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    download = info.value
    assert download.suggested_filename.endswith(".csv"), download.suggested_filename
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    with saved.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == total + 1, f"{len(rows) - 1} rows in the CSV for {total} responses"

    # A collection link made through its form, then its poster.
    tab_and_check(page, 'nav a[href="/admin/links"]')
    enter(page)
    tab_and_check(page, "#questionnaire")
    choose_by_typing(page, "#questionnaire", "Assistant Practitioner event", "stakeholder-event")
    tab_and_check(page, "#name")
    page.keyboard.type("Keyboard showcase, York")
    tab_and_check(page, "#event")
    page.keyboard.type("York showcase")
    tab_and_check(page, 'main form[action="/admin/links"] button[type=submit]')
    enter(page)
    assert not has_errors(page), page.locator(".nhsuk-error-summary").inner_text()
    assert re.fullmatch(r"/admin/questionnaires/stakeholder-event/links/\w+", urlparse(page.url).path), (
        page.url
    )
    assert page.locator("h1").inner_text() == "Keyboard showcase, York"
    assert "York showcase" in page.locator("main dl").inner_text()
    tab_and_check(page, 'main a[href$="/poster"]')
    enter(page)
    assert urlparse(page.url).path.endswith("/poster")
    assert page.locator("#poster-title").inner_text() == "Assistant Practitioner event feedback"
    assert page.locator(".app-poster__qr svg").count() == 1
    code = urlparse(page.url).path.split("/")[-2]
    assert page.locator(".app-poster__url").inner_text().endswith(f"/s/{code}")


# ---------------------------------------------------------------- 3. a viewer (rule 3)


def test_viewer_sees_no_admin_actions_and_is_refused_the_team_page(
    page: Page, axe_source: str, site: Site
) -> None:
    """A viewer reads every page but sees no team link, no open/close buttons, no form that changes things
    (other than their own review of a comment's codes)."""
    email, name, _role, password = VIEWER
    sign_in(page, email, password)
    assert f"Signed in as {name} (viewer)" in page.locator(".app-account-bar").inner_text()
    slug = "stakeholder-event"
    code = site.links[slug][0]
    pages = [
        "/admin/",
        "/admin/questionnaires",
        f"/admin/questionnaires/{slug}",
        "/admin/links",
        f"/admin/questionnaires/{slug}/links/{code}",
        "/admin/responses",
        f"/admin/responses/{site.references[slug]}",
        f"/admin/questionnaires/{slug}/analysis",
        "/admin/recommendations",
        f"/admin/recommendations/{site.recommendations[0]}",
    ]
    for path in pages:
        response = page.goto(path)
        assert response is not None and response.status == 200, path
        assert page.locator("main h1").count() == 1, path
        assert page.locator('nav a[href="/admin/responses"]').count() == 1, path
        assert page.locator('a[href^="/admin/team"], a[href^="/admin/audit"]').count() == 0, path
        # Reviewing a comment's codes under one's own name is every member's (tests/admin/test_review.py),
        # and so is asking for a report or pack, as downloading one is (tests/admin/test_report_jobs.py).
        own_forms = [
            'form[action*="/review/"]',
            'form[action*="/report-jobs/"]',
            'form[action*="/analysis-pack-jobs"]',
        ]
        own = ", ".join(own_forms)
        inside_own = ", ".join(f"{form} *" for form in own_forms)
        buttons = f"main button[type=submit]:not(form[method=get] *):not({inside_own})"
        actions = page.locator(f"main form[method=post]:not({own}), {buttons}")
        assert actions.count() == 0, (
            f"{path}: {actions.evaluate_all('es => es.map(e => e.outerHTML.slice(0, 120))')}"
        )
        admin_words = ("Close this", "Open this", "Make the link", "Delete response", "Add team member")
        for words in (*admin_words, "Add a recommendation", "Save status", "Delete this recommendation"):
            assert page.get_by_text(words).count() == 0, f"{path}: {words!r} shown to a viewer"

    for path in ["/admin/team", f"/admin/team/{site.members[0]}", "/admin/audit"]:
        response = page.goto(path)
        assert response is not None and response.status == 403, f"{path}: {response and response.status}"
        body = page.locator("body").inner_text()
        assert ADMIN[0] not in body and VIEWER[0] not in body, path
    violations = AxeAudit(axe_source)
    violations(page, "403 page for a viewer")
    violations.check()


# ---------------------------------------------------------------- 4. a password reset (rules 16, 19, 32)


def test_password_reset_and_forced_change_pages(new_page: PageFactory, axe_source: str, site: Site) -> None:
    """The one-time password page, the forced change page and its error state: axe and 320px reflow."""
    axe, reflow = AxeAudit(axe_source), ReflowAudit()

    def audit(page: Page, where: str) -> None:
        axe(page, where)
        reflow(page, where)

    admin = new_page(viewport={"width": 320, "height": 640})
    sign_in(admin, ADMIN[0], ADMIN[3])
    admin.goto("/admin/team")
    admin.locator("#email").fill("rita.reset@example.nhs.uk")
    admin.locator("#name").fill("Rita Reset")
    admin.locator('input[name=role][value="viewer"]').check()
    admin.locator("#password").fill("meadow lantern quartz 31")
    submit(admin, 'main form[action="/admin/team"] button[type=submit]')
    assert not has_errors(admin), admin.locator(".nhsuk-error-summary").inner_text()
    with admin.expect_navigation():
        admin.get_by_role("link", name="Rita Reset").click()
    audit(admin, "member page with the reset button")
    submit(admin, 'main form[action$="/reset-password"] button[type=submit]')
    audit(admin, "one-time password page")
    one_time = admin.locator("#one-time-password").inner_text().strip()
    assert re.fullmatch(r"[a-z0-9]{4}(-[a-z0-9]{4}){3}", one_time), one_time

    member = new_page(viewport={"width": 320, "height": 640})
    member.goto("/admin/sign-in")
    member.locator("#email").fill("rita.reset@example.nhs.uk")
    member.locator("#password").fill(one_time)
    submit(member, SUBMIT)
    assert urlparse(member.url).path == "/admin/account/password", member.url
    audit(member, "forced change password page")
    member.locator("#new_password").fill("RitaReset2026!")
    member.locator("#confirm_password").fill("RitaReset2026!")
    submit(member, 'main form[action="/admin/account/password"] button[type=submit]')
    expect_error_page(member, "forced change with a password built from the name", "built from your name")
    audit(member, "forced change with a password built from the name")
    member.locator("#new_password").fill("harvest violin pumice 64")
    member.locator("#confirm_password").fill("harvest violin pumice 64")
    submit(member, 'main form[action="/admin/account/password"] button[type=submit]')
    assert urlparse(member.url).path == "/admin/", member.url
    audit(member, "dashboard after the change")
    axe.check()
    assert not reflow.found, "\n".join(reflow.found)
