"""Collection links in the team area: list, create with tags, open/close, QR downloads and the poster.

docs/quality.md rules 1, 3 (roles, other questionnaires' codes give 404), 8 (attachment headers, no-store)
and 9 (absolute links use the configured base URL).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import AuditEvent, CollectionLink
from feedback_app.questionnaires.links import create_link
from tests.helpers import ADMIN, VIEWER, answer_patient, csrf_from, sign_in

BASE_URL = "https://feedback.example.nhs.uk"  # set by make_app in tests/helpers.py
NEW_LINK = {
    "questionnaire": "patient-experience",
    "name": "Ward 5 drop-in",
    "event": "Open day",
    "event_date-day": "14",
    "event_date-month": "3",
    "event_date-year": "2026",
    "region": "north-west",
    "cohort": "",
    "setting": "psychoeducational-group",
    "opens_on-day": "1",
    "opens_on-month": "3",
    "opens_on-year": "2026",
    "closes_on-day": "30",
    "closes_on-month": "4",
    "closes_on-year": "2099",
    "max_responses": "150",
}


def token(client):
    """A CSRF token from the client's session (every team-area page carries one, in the sign-out form)."""
    return csrf_from(client.get("/admin/").get_data(as_text=True))


@pytest.fixture
def ward_link(app):
    """A patient-experience link made through the service, as the command line would."""
    with app.app_context():
        return create_link("patient-experience", "Ward 9 clinic", {"region": "north-east"}).code


def link_rows(app):
    """Every link as (questionnaire id, name, tags, is_open)."""
    with app.app_context():
        return [
            (row.questionnaire_id, row.name, dict(row.tags), row.is_open)
            for row in db.session.scalars(select(CollectionLink).order_by(CollectionLink.id))
        ]


def test_create_a_link_with_tags_dates_and_cap(admin_client, app):
    """Every field is stored; the new link's page shows its short URL on the configured base URL."""
    response = admin_client.post("/admin/links", data={"csrf_token": token(admin_client), **NEW_LINK})
    assert response.status_code == 302
    with app.app_context():
        link = db.session.scalar(select(CollectionLink).filter_by(name="Ward 5 drop-in"))
        assert link.tags == {
            "event": "Open day",
            "event_date": "2026-03-14",
            "region": "north-west",
            "setting": "psychoeducational-group",
        }
        assert (link.opens_on, link.closes_on, link.max_responses) == (
            dt.date(2026, 3, 1),
            dt.date(2099, 4, 30),
            150,
        )
        code = link.code
        event = db.session.scalar(select(AuditEvent).filter_by(action="collection link created"))
        assert event.target == f"patient-experience/{code}" and event.actor == "admin@example.nhs.uk"
    assert response.headers["Location"] == f"/admin/questionnaires/patient-experience/links/{code}"
    page = admin_client.get(response.headers["Location"]).get_data(as_text=True)
    assert f"{BASE_URL}/s/{code}" in page and "Collection link Ward 5 drop-in made" in page
    assert "Open, closing on 30 April 2099" in page


@pytest.mark.parametrize(
    ("changes", "message", "anchor"),
    [
        ({"name": "  "}, "Enter a name for the link", "name"),
        ({"questionnaire": ""}, "Select a questionnaire", "questionnaire"),
        ({"questionnaire": "no-such-questionnaire"}, "Select a questionnaire", "questionnaire"),
        ({"event_date-day": "32"}, "Event date must be a real date", "event_date-day"),
        ({"closes_on-year": "2025"}, "Closing date must be on or after the opening date", "closes_on-day"),
        ({"max_responses": "a lot"}, "whole number", "max_responses"),
        ({"region": "x" * 101}, "Region must be 100 characters or fewer", "region"),
    ],
    ids=[
        "no-name",
        "no-questionnaire",
        "unknown-questionnaire",
        "bad-date",
        "closes-first",
        "bad-cap",
        "long",
    ],
)
def test_invalid_links_are_explained_and_not_made(admin_client, app, changes, message, anchor):
    """Rule 17: the error page names the problem and links to the box; nothing is stored."""
    response = admin_client.post(
        "/admin/links", data={"csrf_token": token(admin_client), **NEW_LINK, **changes}
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "<title>Error: " in html and message in html and f'href="#{anchor}"' in html
    assert link_rows(app) == []


@pytest.mark.parametrize("role", ["admin", "viewer"])
def test_list_and_link_pages_for_both_roles(app, members, ward_link, role):
    """Both roles see links, counts, QR downloads and the poster; only admins get the forms."""
    email, _name, _role, password = ADMIN if role == "admin" else VIEWER
    client = app.test_client()
    assert sign_in(client, email, password).status_code == 302
    listing = client.get("/admin/links").get_data(as_text=True)
    assert "Ward 9 clinic" in listing and "region: north-east" in listing
    page = client.get(f"/admin/questionnaires/patient-experience/links/{ward_link}").get_data(as_text=True)
    assert f"{BASE_URL}/s/{ward_link}" in page and "qr.png" in page and "poster" in page
    if role == "admin":
        assert 'action="/admin/links"' in listing and f"links/{ward_link}/close" in page
    else:
        assert 'action="/admin/links"' not in listing and f"links/{ward_link}/close" not in page


def test_anonymous_visitors_see_no_link_data(client, ward_link):
    """Rule 3: every link page and download redirects to sign-in and shows nothing."""
    base = f"/admin/questionnaires/patient-experience/links/{ward_link}"
    for url in ("/admin/links", base, f"{base}/qr.png", f"{base}/qr.svg", f"{base}/poster"):
        response = client.get(url)
        assert response.status_code == 302 and response.headers["Location"].startswith("/admin/sign-in")
        assert ward_link not in response.get_data(as_text=True).replace(url, "")
        assert "Ward 9" not in response.get_data(as_text=True)


def test_viewer_cannot_make_open_or_close_links(viewer_client, app, ward_link):
    """Rule 3: a viewer's posts, with a valid token, are 403 and change nothing."""
    before = link_rows(app)
    token_ = token(viewer_client)
    assert viewer_client.post("/admin/links", data={"csrf_token": token_, **NEW_LINK}).status_code == 403
    for action in ("close", "open"):
        url = f"/admin/questionnaires/patient-experience/links/{ward_link}/{action}"
        assert viewer_client.post(url, data={"csrf_token": token_}).status_code == 403
    assert link_rows(app) == before


def test_close_and_open_a_link(admin_client, app, client, ward_link):
    """A closed link turns respondents away; reopening lets them in; both are audited."""
    base = f"/admin/questionnaires/patient-experience/links/{ward_link}"
    assert admin_client.post(f"{base}/close", data={"csrf_token": token(admin_client)}).status_code == 302
    assert link_rows(app)[0][3] is False
    closed = client.get(f"/s/{ward_link}")
    assert closed.status_code == 200 and "closed" in closed.get_data(as_text=True).lower()
    assert "Off: closed by hand" in admin_client.get(base).get_data(as_text=True)
    assert admin_client.post(f"{base}/open", data={"csrf_token": token(admin_client)}).status_code == 302
    assert link_rows(app)[0][3] is True
    assert client.get(f"/s/{ward_link}").status_code == 302
    with app.app_context():
        actions = db.session.scalars(
            select(AuditEvent.action).where(AuditEvent.action.like("collection link%"))
        )
        assert list(actions) == ["collection link closed", "collection link opened"]


def test_link_pages_count_responses_through_the_link(admin_client, app, ward_link):
    """A response that came through the link is counted on its page and in the list."""
    respondent = app.test_client()
    assert respondent.get(f"/s/{ward_link}").status_code == 302
    answer_patient(respondent)
    answer_patient(app.test_client())  # not through the link
    page = admin_client.get(f"/admin/questionnaires/patient-experience/links/{ward_link}").get_data(
        as_text=True
    )
    assert 'Responses through this link</dt><dd class="nhsuk-summary-list__value">1</dd>' in page


def test_links_of_other_questionnaires_and_unknown_codes_give_404(admin_client, app, ward_link):
    """Rule 3: a patient link's code under another questionnaire's slug is not found, nor changed."""
    other = f"/admin/questionnaires/apprentice-survey/links/{ward_link}"
    for url in (
        other,
        f"{other}/qr.png",
        f"{other}/qr.svg",
        f"{other}/poster",
        "/admin/questionnaires/patient-experience/links/zzzzzz",
        "/admin/questionnaires/no-such/links/zzzzzz/poster",
    ):
        assert admin_client.get(url).status_code == 404, url
    assert admin_client.post(f"{other}/close", data={"csrf_token": token(admin_client)}).status_code == 404
    assert link_rows(app)[0][3] is True


def test_qr_code_downloads(admin_client, ward_link):
    """Rule 8: PNG and SVG come as attachments with safe names and are never cached."""
    base = f"/admin/questionnaires/patient-experience/links/{ward_link}"
    png = admin_client.get(f"{base}/qr.png")
    assert png.status_code == 200 and png.mimetype == "image/png"
    assert png.data.startswith(b"\x89PNG\r\n\x1a\n")
    assert (
        png.headers["Content-Disposition"] == f'attachment; filename="qr-patient-experience-{ward_link}.png"'
    )
    assert png.headers["Cache-Control"] == "no-store"
    svg = admin_client.get(f"{base}/qr.svg")
    assert svg.status_code == 200 and svg.mimetype == "image/svg+xml"
    assert (
        svg.headers["Content-Disposition"] == f'attachment; filename="qr-patient-experience-{ward_link}.svg"'
    )
    body = svg.get_data(as_text=True)
    assert "<svg" in body and f"QR code for {BASE_URL}/s/{ward_link}" in body and "<script" not in body


def test_the_poster_carries_the_short_url_title_and_time(admin_client, ward_link):
    """The A4 poster has the questionnaire title, its time to complete, the QR code and the short URL."""
    response = admin_client.get(f"/admin/questionnaires/patient-experience/links/{ward_link}/poster")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert f'<p class="app-poster__url">{BASE_URL}/s/{ward_link}</p>' in html
    assert "Tell us about your care" in html and "It takes about 3 minutes" in html
    assert 'role="img" aria-label="QR code for ' in html and "<svg" in html
    assert "poster.css" in html
    css = admin_client.get("/static/poster.css").get_data(as_text=True)
    assert "@page { size: A4 portrait" in css and "@media print" in css


def test_the_link_form_offers_every_questionnaire(admin_client):
    """The questionnaire list in the form holds every questionnaire, and ?questionnaire= preselects one."""
    html = admin_client.get("/admin/links?questionnaire=stakeholder-event").get_data(as_text=True)
    options = re.findall(r'<option value="([^"]*)"( selected)?', html)
    assert options == [
        ("", ""),
        ("apprentice-survey", ""),
        ("stakeholder-event", " selected"),
        ("patient-experience", ""),
    ]


def expected_of(app, code):
    """The link's recorded expected number of responses."""
    with app.app_context():
        return db.session.scalar(select(CollectionLink.expected_responses).filter_by(code=code))


def test_an_admin_records_the_expected_number_and_the_page_gives_the_rate(admin_client, app, ward_link):
    """Set after the event (when the attendance is known), shown with the rate, cleared again; audited."""
    base = f"/admin/questionnaires/patient-experience/links/{ward_link}"
    respondent = app.test_client()
    respondent.get(f"/s/{ward_link}")
    answer_patient(respondent)
    assert "Not recorded" in admin_client.get(base).get_data(as_text=True)
    answer = admin_client.post(
        f"{base}/expected", data={"csrf_token": token(admin_client), "expected_responses": "1,250"}
    )
    assert answer.status_code == 302 and expected_of(app, ward_link) == 1250
    page = admin_client.get(base).get_data(as_text=True)
    assert "1,250 (response rate 0.1%)" in page
    answer = admin_client.post(
        f"{base}/expected", data={"csrf_token": token(admin_client), "expected_responses": ""}
    )
    assert answer.status_code == 302 and expected_of(app, ward_link) is None
    with app.app_context():
        details = db.session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "collection link expected responses set")
        )
        assert list(details) == [{"expected": 1250}, {"expected": None}]


@pytest.mark.parametrize("value", ["0", "-3", "2.5", "forty", "1000001", "1e3"])
def test_a_bad_expected_number_is_explained_and_changes_nothing(admin_client, app, ward_link, value):
    base = f"/admin/questionnaires/patient-experience/links/{ward_link}"
    admin_client.post(
        f"{base}/expected", data={"csrf_token": token(admin_client), "expected_responses": "40"}
    )
    answer = admin_client.post(
        f"{base}/expected", data={"csrf_token": token(admin_client), "expected_responses": value}
    )
    page = answer.get_data(as_text=True)
    assert answer.status_code == 400 and "<title>Error: " in page
    assert "Enter the expected number of responses as a whole number from 1 to 1,000,000" in page
    assert 'href="#expected_responses"' in page
    assert expected_of(app, ward_link) == 40


def test_a_viewer_cannot_record_the_expected_number(viewer_client, app, ward_link):
    base = f"/admin/questionnaires/patient-experience/links/{ward_link}"
    page = viewer_client.get(base).get_data(as_text=True)
    assert "Save the expected number" not in page
    answer = viewer_client.post(
        f"{base}/expected", data={"csrf_token": token(viewer_client), "expected_responses": "40"}
    )
    assert answer.status_code == 403 and expected_of(app, ward_link) is None


def test_a_link_is_made_with_its_expected_number(admin_client, app):
    answer = admin_client.post(
        "/admin/links", data={"csrf_token": token(admin_client), **NEW_LINK, "expected_responses": "60"}
    )
    assert answer.status_code == 302
    with app.app_context():
        link = db.session.scalars(select(CollectionLink)).one()
        event = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "collection link created")
        ).one()
    assert link.expected_responses == 60 and event.detail["expected_responses"] == 60
