"""Governance: who may reach what (walking the URL map), erasure, retention and the audit log.

docs/quality.md rules 1 and 2 (CSRF on every POST, GET refused), 3 (signed in only, viewers cannot act
as admins, another questionnaire's ids give 404), 8 (the audit CSV is formula-safe), 11 (the audit
log holds no answer text) and 15 (retention).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from typing import Any

import pytest
from markupsafe import escape
from sqlalchemy import func, select
from werkzeug.exceptions import HTTPException

from feedback_app.audit import record
from feedback_app.extensions import db
from feedback_app.insights.dashboard import dashboard_rows
from feedback_app.models import (
    AuditEvent,
    CollectionLink,
    FlaggedComment,
    Questionnaire,
    QuestionnaireVersion,
    Recommendation,
    Response,
    TeamMember,
    TeamSession,
    today,
)
from feedback_app.questionnaires.availability import long_date
from feedback_app.questionnaires.links import create_link
from feedback_app.questionnaires.retention import months_after, months_before, retention_cutoff
from tests.admin.response_data import FORMULA_STARTS, HOSTILE, add_response, reference_count
from tests.helpers import PATIENT_PAGES, VIEWER, answer_patient, csrf_from, sign_in

PATIENT = "patient-experience"
SECRET_ANSWER = "Nurse Quokka-Zebedee was wonderful"
# Written for the project: a comment the risk check flags, so the flag's pages have an id to fill.
DISCLOSURE = "Some nights I self harm when the waiting gets too much, Quokka knows"
FORMATS = ("csv", "xlsx", "json")
# POSTs every signed-in member may make, viewers included: their own password, their own reviews, and
# asking for a report, analysis pack or XLSX of responses to be made (a job only its member sees).
OWN_ACTIONS = {
    "admin.account_password_change",
    "admin.review_save",
    "admin.start_report",
    "admin.start_pack",
    "admin.start_responses_workbook",
}


@pytest.fixture
def world(app, members):
    """One patient response with a distinctive answer, a link, and the values to fill every URL."""
    with app.app_context():
        code = create_link(PATIENT, "Ward 3", {"region": "north-west"}).code
        viewer_id = db.session.scalar(select(TeamMember.id).filter_by(email=VIEWER[0]))
    reference = add_response(
        app,
        PATIENT,
        {"fft": "good", "what_was_good": SECRET_ANSWER, "could_do_better": DISCLOSURE},
        link_code=code,
    )
    with app.app_context():
        flag_id = db.session.scalar(select(FlaggedComment.id))
        recommendation = Recommendation(
            finding="general", text="Share the findings", owner="Lead", created_by="Ada", updated_by="Ada"
        )
        db.session.add(recommendation)
        db.session.commit()
        recommendation_id = recommendation.id
    assert flag_id is not None, "the risk check no longer flags the world's disclosure"
    return {
        "slug": PATIENT,
        "reference": reference,
        "code": code,
        "number": 1,
        "member_id": viewer_id,
        "fmt": "csv",
        "flag_id": flag_id,
        "recommendation_id": recommendation_id,
        "public_id": "no-such-job",
    }


def admin_rules(app: Any, method: str) -> list[Any]:
    """Every rule under /admin that answers `method`."""
    return [
        rule
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/admin") and method in (rule.methods or ())
    ]


def url_for_rule(rule: Any, values: dict[str, Any]) -> str:
    """The rule's path with each argument filled from `values`."""
    missing = set(rule.arguments) - set(values)
    assert not missing, f"add a value for {missing} to the world fixture ({rule.rule})"
    path = rule.rule
    for name in rule.arguments:
        path = re.sub(r"<(?:[a-z]+:)?" + name + ">", str(values[name]), path)
    return path


def state(app: Any) -> tuple[Any, ...]:
    """What a POST could change: responses, questionnaires, versions, links, members, sessions, flags and
    recommendations."""
    with app.app_context():
        return (
            tuple(db.session.scalars(select(Response.reference).order_by(Response.id))),
            tuple(
                db.session.execute(
                    select(
                        Questionnaire.slug,
                        Questionnaire.is_open,
                        Questionnaire.closes_on,
                        Questionnaire.max_responses,
                    ).order_by(Questionnaire.id)
                ).tuples()
            ),
            db.session.scalar(select(func.count(QuestionnaireVersion.id))),
            tuple(
                db.session.execute(
                    select(CollectionLink.code, CollectionLink.is_open).order_by(CollectionLink.id)
                ).tuples()
            ),
            tuple(
                db.session.execute(
                    select(TeamMember.email, TeamMember.role, TeamMember.is_active).order_by(TeamMember.id)
                ).tuples()
            ),
            db.session.scalar(select(func.count()).select_from(TeamSession)),
            tuple(
                db.session.execute(
                    select(FlaggedComment.id, FlaggedComment.status, FlaggedComment.note).order_by(
                        FlaggedComment.id
                    )
                ).tuples()
            ),
            tuple(
                db.session.execute(
                    select(
                        Recommendation.id,
                        Recommendation.finding,
                        Recommendation.text,
                        Recommendation.owner,
                        Recommendation.status,
                    ).order_by(Recommendation.id)
                ).tuples()
            ),
        )


# ---------------------------------------------------------------- the URL map


def test_every_admin_page_sends_visitors_to_sign_in_and_shows_no_data(app, client, world):
    """Anonymous GETs of every /admin route (pages, downloads, audit) redirect and carry no data."""
    rules = [rule for rule in admin_rules(app, "GET") if rule.endpoint != "auth.sign_in_page"]
    assert {"admin.responses", "admin.download", "admin.audit_log"} <= {r.endpoint for r in rules}
    for rule in rules:
        response = client.get(url_for_rule(rule, world))
        body = response.get_data(as_text=True)
        assert response.status_code == 302, rule.rule
        assert "/admin/sign-in" in response.headers["Location"], rule.rule
        location = response.headers["Location"]
        # The reference may only appear in the address the visitor asked for (the next= link).
        page = body.replace(str(escape(location)), "").replace(location, "")
        assert world["reference"] not in page and "Quokka" not in body, rule.rule
        assert "Content-Disposition" not in response.headers, rule.rule


def test_every_post_route_refuses_get(app, admin_client, world):
    """A GET to any POST-only address (public or team area) is refused and changes nothing."""
    before = state(app)
    adapter = app.url_map.bind("localhost")
    checked = 0
    for rule in app.url_map.iter_rules():
        if "POST" not in (rule.methods or ()) or "GET" in (rule.methods or ()):
            continue
        url = url_for_rule(rule, world)
        endpoint_for_get = None
        try:
            endpoint_for_get, _ = adapter.match(url, method="GET")
        except HTTPException:  # MethodNotAllowed or NotFound: no GET view at this address
            endpoint_for_get = None
        response = admin_client.get(url)
        if endpoint_for_get is None:
            assert response.status_code == 405, rule.rule
        else:
            assert endpoint_for_get != rule.endpoint, rule.rule
        checked += 1
    assert checked >= 10
    assert state(app) == before


@pytest.mark.parametrize("token", ["missing", "foreign"])
def test_every_admin_post_needs_a_csrf_token(app, admin_client, world, token):
    """Each /admin POST without this session's CSRF token is refused with 400 and changes nothing."""
    other = app.test_client()
    foreign = csrf_from(other.get("/admin/sign-in").get_data(as_text=True))
    before = state(app)
    for rule in admin_rules(app, "POST"):
        data = {"reason": "test", "role": "admin", "email": "x@example.nhs.uk", "password": "p"}
        if token == "foreign":
            data["csrf_token"] = foreign
        response = admin_client.post(url_for_rule(rule, world), data=data)
        assert response.status_code == 400, rule.rule
        assert world["reference"] not in response.get_data(as_text=True)
    assert state(app) == before


def test_viewers_cannot_make_any_admin_change(app, viewer_client, world):
    """With a valid token, a viewer's POST to every admin action is 403 and changes nothing."""
    token = csrf_from(viewer_client.get("/admin/").get_data(as_text=True))
    before = state(app)
    for rule in admin_rules(app, "POST"):
        # Changing one's own password is every member's (tests/admin/test_passwords.py), and so is
        # reviewing a comment's codes under one's own name (tests/admin/test_review.py).
        if rule.endpoint.startswith("auth.") or rule.endpoint in OWN_ACTIONS:
            continue
        data = {"csrf_token": token, "reason": "Asked to", "role": "admin", "closes_on-day": "1"}
        response = viewer_client.post(url_for_rule(rule, world), data=data)
        assert response.status_code == 403, rule.rule
    assert state(app) == before
    assert reference_count(app, world["reference"]) == 1


def test_visitors_cannot_post_admin_actions_even_with_a_token(app, client, world):
    """A visitor with a CSRF token of their own is sent to sign in; nothing changes."""
    token = csrf_from(client.get("/admin/sign-in").get_data(as_text=True))
    before = state(app)
    for rule in admin_rules(app, "POST"):
        if rule.endpoint.startswith("auth."):
            continue
        response = client.post(url_for_rule(rule, world), data={"csrf_token": token, "reason": "x"})
        assert response.status_code == 302 and "/admin/sign-in" in response.headers["Location"], rule.rule
    assert state(app) == before


# ---------------------------------------------------------------- erasure


def erase(client: Any, reference: str, reason: str) -> Any:
    """Post the delete form on the response's page, as an admin would."""
    page = client.get(f"/admin/responses/{reference}").get_data(as_text=True)
    return client.post(
        f"/admin/responses/{reference}/erase", data={"csrf_token": csrf_from(page), "reason": reason}
    )


def test_erasure_removes_the_response_everywhere(app, admin_client, runner, world, tmp_path):
    """Gone from the browser, its page, every download and the command-line export."""
    keep = add_response(app, PATIENT, {"fft": "poor", "what_was_good": "Nothing much"})
    reference = world["reference"]
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    response = erase(admin_client, reference, "The respondent asked for their answers to be deleted")
    after = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert response.status_code == 302
    assert "questionnaire=patient-experience" in response.headers["Location"]
    assert "deleted" in admin_client.get(response.headers["Location"]).get_data(as_text=True)
    assert reference_count(app, reference) == 0
    listing = admin_client.get("/admin/responses").get_data(as_text=True)
    assert reference not in listing and keep in listing
    assert admin_client.get(f"/admin/responses/{reference}").status_code == 404
    assert admin_client.get(f"/admin/questionnaires/{PATIENT}/responses/{reference}").status_code == 404
    for fmt in FORMATS:
        body = admin_client.get(f"/admin/questionnaires/{PATIENT}/responses.{fmt}").get_data()
        if fmt == "xlsx":
            import openpyxl

            sheet = openpyxl.load_workbook(io.BytesIO(body))["Data"]
            text = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row)
        else:
            text = body.decode("utf-8")
        assert reference not in text and "Quokka" not in text and keep in text, fmt
    out = tmp_path / "export.csv"
    assert runner.invoke(args=["export-responses", PATIENT, "--out", str(out)]).exit_code == 0
    exported = out.read_text(encoding="utf-8-sig")
    assert reference not in exported and keep in exported
    with app.app_context():
        event = db.session.scalar(select(AuditEvent).filter_by(action="response erased"))
        assert event.actor == "admin@example.nhs.uk" and event.actor_id is not None
        assert event.target == reference
        assert event.detail == {
            "questionnaire": PATIENT,
            "reason": "The respondent asked for their answers to be deleted",
        }
        # Stamped while the erasure ran, however long the rest of the test takes.
        assert before <= event.at <= after


@pytest.mark.parametrize(
    ("reason", "message"),
    [
        ("", "Enter the reason for deleting this response"),
        ("   ", "Enter the reason"),
        ("<script>alert(1)</script>" + "x" * 500, "500"),
    ],
)
def test_erasure_needs_a_reason(app, admin_client, world, reason, message):
    """Without a reason (or with an over-long one) nothing is deleted and the error is shown."""
    response = erase(admin_client, world["reference"], reason)
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "<title>Error: " in html and message in html
    assert "<script>alert(1)" not in html
    assert reference_count(app, world["reference"]) == 1
    with app.app_context():
        assert db.session.scalar(select(AuditEvent).filter_by(action="response erased")) is None


def test_erasing_an_unknown_reference_is_not_found(admin_client, world):
    """A reference that does not exist (or was already erased) gives 404."""
    token = csrf_from(admin_client.get("/admin/").get_data(as_text=True))
    response = admin_client.post("/admin/responses/NOSUCH/erase", data={"csrf_token": token, "reason": "x"})
    assert response.status_code == 404


def test_viewer_gets_403_when_erasing(app, viewer_client, world):
    """The one case spelled out: a viewer cannot erase, even with a good token and reason."""
    token = csrf_from(viewer_client.get(f"/admin/responses/{world['reference']}").get_data(as_text=True))
    response = viewer_client.post(
        f"/admin/responses/{world['reference']}/erase", data={"csrf_token": token, "reason": "Asked to"}
    )
    assert response.status_code == 403
    assert reference_count(app, world["reference"]) == 1


# ---------------------------------------------------------------- retention


@pytest.mark.parametrize(
    ("on", "months", "expected"),
    [
        (dt.date(2026, 11, 25), 24, dt.date(2024, 11, 25)),
        (dt.date(2026, 3, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2024, 2, 29), 12, dt.date(2023, 2, 28)),
        (dt.date(2026, 1, 15), 13, dt.date(2024, 12, 15)),
        (dt.date(2026, 12, 31), 36, dt.date(2023, 12, 31)),
    ],
)
def test_months_before(on, months, expected):
    """Calendar months back, the day clamped to the shorter month."""
    assert months_before(on, months) == expected
    assert months_after(expected, months) <= on


@pytest.fixture
def ages(app):
    """Patient responses (kept 24 months) and apprentice ones (36 months) either side of the cut-offs."""
    on = today()
    patient_cutoff = retention_cutoff(on, 24)
    apprentice_cutoff = retention_cutoff(on, 36)
    day = dt.timedelta(days=1)
    return {
        "patient expired": add_response(app, PATIENT, {"fft": "good"}, on=patient_cutoff - day),
        "patient much older": add_response(app, PATIENT, {"fft": "poor"}, on=patient_cutoff - 400 * day),
        "patient on cutoff": add_response(app, PATIENT, {"fft": "good"}, on=patient_cutoff),
        "patient recent": add_response(app, PATIENT, {"fft": "good"}, on=on),
        "apprentice kept": add_response(app, "apprentice-survey", {}, on=patient_cutoff - day),
        "apprentice expired": add_response(app, "apprentice-survey", {}, on=apprentice_cutoff - day),
    }


EXPIRED = {"patient expired", "patient much older", "apprentice expired"}


def test_purge_expired_dry_run_counts_and_deletes_nothing(app, runner, ages):
    """--dry-run prints what would go per questionnaire and changes nothing, not even the audit log."""
    result = runner.invoke(args=["purge-expired", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "patient-experience: would delete 2 responses" in result.output
    assert "apprentice-survey: would delete 1 responses" in result.output
    assert "stakeholder-event: would delete 0 responses" in result.output
    assert all(reference_count(app, reference) == 1 for reference in ages.values())
    with app.app_context():
        assert db.session.scalar(select(func.count(AuditEvent.id))) == 0


def test_purge_expired_deletes_only_expired_responses(app, runner, ages):
    """Only responses older than their own questionnaire's period go; the run is audited."""
    result = runner.invoke(args=["purge-expired"])
    assert result.exit_code == 0, result.output
    assert "patient-experience: deleted 2 responses" in result.output
    assert "Deleted 3 responses in all." in result.output
    for name, reference in ages.items():
        assert reference_count(app, reference) == (0 if name in EXPIRED else 1), name
    with app.app_context():
        event = db.session.scalar(select(AuditEvent).filter_by(action="expired responses purged"))
        assert event.actor == "command line"
        assert event.detail["deleted"] == {
            "patient-experience": 2,
            "apprentice-survey": 1,
            "stakeholder-event": 0,
        }
        orphans = db.session.execute(
            select(func.count()).select_from(Response).where(Response.questionnaire_id.is_(None))
        ).scalar()
        assert orphans == 0
    again = runner.invoke(args=["purge-expired"])
    assert "Deleted 0 responses in all." in again.output


def test_purge_removes_the_answers_too(app, runner, ages):
    """No answer row outlives its response."""
    from feedback_app.models import Answer

    runner.invoke(args=["purge-expired"])
    with app.app_context():
        live = select(Response.id)
        assert db.session.scalar(select(func.count(Answer.id)).where(Answer.response_id.not_in(live))) == 0


def test_dashboard_shows_what_the_next_purge_deletes(app, admin_client, ages):
    """Per questionnaire: the retention period, how many go at the next purge, and when the next expire."""
    with app.app_context():
        rows = {row.questionnaire.slug: row for row in dashboard_rows()}
    patient = rows[PATIENT].retention
    assert patient.retention_months == 24 and patient.expired == 2
    assert patient.next_expiry == months_after(retention_cutoff(today(), 24), 24) + dt.timedelta(days=1)
    assert rows["apprentice-survey"].retention.expired == 1
    assert rows["stakeholder-event"].retention.next_expiry is None
    html = admin_client.get("/admin/").get_data(as_text=True)
    assert "Deleted at the next purge" in html and "2 responses" in html
    assert long_date(patient.next_expiry) in html and "24 months" in html and "No responses kept yet" in html


# ---------------------------------------------------------------- the audit log


def test_audit_log_is_for_admins_only(admin_client, viewer_client, world):
    """Admins see the audit log and its CSV; viewers get 403."""
    assert admin_client.get("/admin/audit").status_code == 200
    assert viewer_client.get("/admin/audit").status_code == 403
    assert viewer_client.get("/admin/audit.csv").status_code == 403
    assert "Audit log" in admin_client.get("/admin/").get_data(as_text=True)
    assert "/admin/audit" not in viewer_client.get("/admin/").get_data(as_text=True)


def test_audit_log_filters_by_action_and_pages(app, admin_client, world):
    """Filter by action; 50 events a page, newest first, the filter kept in the page links."""
    with app.app_context():
        for n in range(60):
            record(None, "test event", target=f"target {n:02d}")
    filtered = admin_client.get("/admin/audit?action=test+event").get_data(as_text=True)
    assert "target 59" in filtered and "target 09" not in filtered and "Signed in</td>" not in filtered
    assert "60 events" in filtered
    second = admin_client.get("/admin/audit?action=test+event&page=2").get_data(as_text=True)
    assert "target 09" in second and "target 10" not in second
    assert re.search(r'href="/admin/audit\?action=test\+event&(amp;)?page=2"', filtered)
    everything = admin_client.get("/admin/audit").get_data(as_text=True)
    assert '<option value="signed in"' in everything and '<option value="test event"' in everything


def test_audit_page_escapes_what_it_shows(app, admin_client, world):
    """Text in events (targets, details, action names) is shown as text, in the table and the filter."""
    with app.app_context():
        record(None, "<b>odd action</b>", target="<script>alert(1)</script>", note="<i>x</i>")
    html = admin_client.get("/admin/audit").get_data(as_text=True)
    assert "<script>alert(1)" not in html and "<b>odd" not in html and "<i>x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_audit_csv_is_formula_safe_and_recorded(app, admin_client, world):
    """The audit CSV neutralises hostile text (headers too), has download headers, and is itself audited."""
    with app.app_context():
        for text in HOSTILE:
            record(None, "hostile", target=text, note=text)
    response = admin_client.get("/admin/audit.csv")
    assert response.status_code == 200 and response.is_streamed
    assert re.match(
        r'^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$', response.headers["Content-Disposition"]
    )
    assert response.headers["Cache-Control"] == "no-store"
    body = response.get_data()
    assert body.startswith(b"\xef\xbb\xbf")
    header, *rows = list(csv.reader(io.StringIO(body[3:].decode("utf-8"), newline="")))
    assert header == ["at", "actor", "action", "target", "detail"]
    for value in header + [value for row in rows for value in row]:
        assert not value.startswith(FORMULA_STARTS), repr(value)
    targets = {row[3] for row in rows if row[2] == "hostile"}
    assert "'" + HOSTILE[0] in targets and "<script>alert(1)</script>" in targets
    only = admin_client.get("/admin/audit.csv?action=hostile").get_data()
    assert len(list(csv.reader(io.StringIO(only[3:].decode("utf-8"))))) == len(HOSTILE) + 1
    with app.app_context():
        events = db.session.scalars(select(AuditEvent).filter_by(action="audit log downloaded")).all()
        assert [event.target for event in events] == ["all actions", "hostile"]


def test_no_audit_event_holds_answer_text(app, members, world):
    """After answering, browsing, searching, viewing, downloading and erasing, no event quotes an answer."""
    answer_patient(app.test_client())
    admin = app.test_client()
    assert sign_in(admin, "admin@example.nhs.uk", "copper kettle marmalade 42").status_code == 302
    for url in (
        "/admin/responses?search=Quokka",
        f"/admin/responses/{world['reference']}",
        *(f"/admin/questionnaires/{PATIENT}/responses.{fmt}?search=Kind+staff" for fmt in FORMATS),
        "/admin/audit.csv",
    ):
        assert admin.get(url).status_code == 200, url
    assert erase(admin, world["reference"], "Respondent asked").status_code == 302
    answers = [SECRET_ANSWER, "Quokka", *(v for page in PATIENT_PAGES for v in page.values() if len(v) > 8)]
    with app.app_context():
        events = db.session.scalars(select(AuditEvent)).all()
        actions = {event.action for event in events}
        assert {"signed in", "responses downloaded", "response erased", "audit log downloaded"} <= actions
        for event in events:
            text = " ".join([event.actor, event.action, event.target, json.dumps(event.detail)])
            for answer in answers:
                assert answer not in text, (event.action, answer)
