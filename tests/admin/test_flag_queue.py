"""The flagged-comments queue: flags found at submission, their review, the unreviewed count, the audit.

Issue 15, deliverable 4. docs/quality.md rules 1-3 (CSRF, POST only, signed in, admins change), 6 (typed
text escaped), 11 (no answer text in the audit log) and 29 (erasure and expiry reach every store).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import pytest
from sqlalchemy import event, func, select

from feedback_app.extensions import db
from feedback_app.models import Answer, AuditEvent, FlaggedComment, Response
from feedback_app.questionnaires.retention import purge_expired
from feedback_app.safeguarding.flags import flag_stored_responses
from feedback_app.safeguarding.queue import unreviewed_count
from tests.admin.analysis_data import PATIENT, SCRIPT, SELF_HARM, patient_answers
from tests.admin.response_data import add_response
from tests.helpers import ADMIN, Journey, csrf_from, payload_from

APPRENTICE = "apprentice-survey"
# Written for the project: an indirect disclosure, training context, and an everyday comment.
INDIRECT = "Some days I feel like ending it all and nobody would notice"
TRAINING = "The suicide prevention module was excellent and the tutor was clear"
ORDINARY = "Kind staff who listened to me"


def flags(app: Any) -> list[FlaggedComment]:
    """Every stored flag, oldest first, detached for reading."""
    with app.app_context():
        found = list(db.session.scalars(select(FlaggedComment).order_by(FlaggedComment.id)))
        db.session.expunge_all()
        return found


def review(client: Any, flag_id: int, status: str, note: str = "") -> Any:
    """Post a review through the flag's page form, as a person would."""
    page = client.get(f"/admin/flagged/{flag_id}").get_data(as_text=True)
    return client.post(
        f"/admin/flagged/{flag_id}/review",
        data={"csrf_token": csrf_from(page), "status": status, "note": note},
    )


# ---------------------------------------------------------------- found at submission


def test_a_submitted_disclosure_is_flagged_at_once_with_category_and_reason(app, client):
    """The respondent's own submission stores the flag: no analysis page needs opening first."""
    journey = Journey(client, PATIENT)
    journey.post_page(1, {"fft": "poor", "what_was_good": ORDINARY, "could_do_better": INDIRECT})
    journey.post_page(2, {"service": "other", "service_other": TRAINING})
    journey.post_page(3, {})
    assert journey.submit().status_code == 303
    stored = flags(app)
    assert [(f.question_key, f.category, f.status) for f in stored] == [
        ("could_do_better", "suicide_self_harm", "new")
    ]
    assert stored[0].reason and INDIRECT not in stored[0].reason
    assert stored[0].flagged_on == dt.date.today() and stored[0].reviewed_at is None
    # Training context, the "please specify" box and the everyday comment raise nothing.
    with app.app_context():
        assert unreviewed_count() == 1


def test_please_specify_text_is_checked_too(app, client):
    """A disclosure typed into an "Other, please specify" box is flagged like any comment."""
    journey = Journey(client, PATIENT)
    journey.post_page(1, {"fft": "good"})
    journey.post_page(2, {"service": "other", "service_other": INDIRECT})
    journey.post_page(3, {})
    assert journey.submit().status_code == 303
    assert [f.question_key for f in flags(app)] == ["service_other"]


def test_a_response_posted_twice_is_flagged_once(app, client):
    """The second copy of a submission stores nothing, flags included."""
    journey = Journey(client, PATIENT)
    journey.post_page(1, {"fft": "good", "what_was_good": INDIRECT})
    journey.post_page(2, {})
    journey.post_page(3, {})
    html = journey.check_page().get_data(as_text=True)
    data = {"csrf_token": csrf_from(html), "payload": payload_from(html)}
    assert client.post(f"/q/{PATIENT}/submit", data=data).status_code == 303
    assert client.post(f"/q/{PATIENT}/submit", data=data).status_code == 303
    assert len(flags(app)) == 1


def test_a_fault_in_the_check_stores_the_response_unflagged_until_the_command(
    app, client, runner, monkeypatch, caplog
):
    """The risk engine failing never loses a response; the fault is logged plainly and caught up later."""

    def broken(_text: str) -> None:
        raise RuntimeError("a rule that cannot run")

    monkeypatch.setattr("feedback_app.safeguarding.flags.assess_risk", broken)
    journey = Journey(client, PATIENT)
    journey.post_page(1, {"fft": "poor", "could_do_better": INDIRECT})
    journey.post_page(2, {})
    journey.post_page(3, {})
    with caplog.at_level(logging.ERROR):
        assert journey.submit().status_code == 303
    assert "risk check failed on a comment (RuntimeError)" in caplog.text and INDIRECT not in caplog.text
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Response)) == 1
    assert flags(app) == []
    monkeypatch.undo()
    assert "Flagged 1 more comment" in runner.invoke(args=["flag-comments"]).output
    assert [f.question_key for f in flags(app)] == ["could_do_better"]


def test_stored_responses_are_flagged_by_the_command_once(app, runner):
    """Responses stored before the check ran are flagged by `flag-comments`; a second run adds none."""
    reference = add_response(app, APPRENTICE, {"cohort": "spring_2021"})
    with app.app_context():
        response_id = db.session.scalar(select(Response.id).where(Response.reference == reference))
        db.session.add(Answer(response_id=response_id, question_key="barriers_other", value=INDIRECT))
        db.session.commit()
    first = runner.invoke(args=["flag-comments"])
    assert first.exit_code == 0 and "Flagged 1 more comment for review" in first.output
    assert runner.invoke(args=["flag-comments"]).output.startswith("Flagged 0 more comments")
    assert [(f.response_id, f.question_key) for f in flags(app)] == [(response_id, "barriers_other")]
    with app.app_context():
        assert flag_stored_responses() == 0


# ---------------------------------------------------------------- the queue and one flag


def test_queue_lists_category_and_why_new_first_and_filters_by_status(app, admin_client):
    first = add_response(app, PATIENT, patient_answers(SELF_HARM))
    second = add_response(app, PATIENT, patient_answers(INDIRECT))
    add_response(app, PATIENT, patient_answers(ORDINARY))
    older, newer = flags(app)
    assert review(admin_client, older.id, "reviewed", "Passed to the ward manager").status_code == 302
    html = admin_client.get("/admin/flagged").get_data(as_text=True)
    assert "2 flagged comments" in html and "Suicide or self-harm" in html
    assert older.reason in html and newer.reason in html
    assert html.index(f"/admin/flagged/{newer.id}") < html.index(f"/admin/flagged/{older.id}")  # new first
    assert SELF_HARM not in html and INDIRECT not in html  # comments only on their own page
    only_new = admin_client.get("/admin/flagged?status=new").get_data(as_text=True)
    assert "1 flagged comment with the status “new”" in only_new
    assert f"/admin/flagged/{newer.id}" in only_new and f'/admin/flagged/{older.id}"' not in only_new
    assert "Reviewed (1)" in only_new and "New (1)" in only_new
    none = admin_client.get("/admin/flagged?status=action_taken").get_data(as_text=True)
    assert "No comment has the status “action taken”" in none
    assert admin_client.get("/admin/flagged?status=closed").status_code == 400
    assert first != second


def test_one_flag_shows_the_comment_escaped_with_its_review(app, admin_client):
    add_response(app, PATIENT, patient_answers(ORDINARY, f"{SELF_HARM} {SCRIPT}"))
    (flag,) = flags(app)
    html = admin_client.get(f"/admin/flagged/{flag.id}").get_data(as_text=True)
    assert f"{SELF_HARM} &lt;script&gt;alert(1)&lt;/script&gt;" in html and SCRIPT not in html
    assert "What could we do better?" in html and flag.reason in html
    assert "Not yet reviewed" in html
    assert 'name="status" type="radio" value="new" checked' in html
    assert admin_client.get("/admin/flagged/999999").status_code == 404


def test_review_records_status_note_who_and_when_and_audits_no_text(app, admin_client):
    add_response(app, PATIENT, patient_answers(SELF_HARM))
    (flag,) = flags(app)
    note = "Rang the crisis team; safeguarding ref SG-1042. Ward sister told."
    result = review(admin_client, flag.id, "action_taken", note)
    assert result.status_code == 302 and result.headers["Location"].endswith("/admin/flagged?status=new")
    (saved,) = flags(app)
    assert (saved.status, saved.note, saved.reviewed_by) == ("action_taken", note, ADMIN[1])
    assert saved.reviewed_at is not None
    assert (dt.datetime.now(dt.UTC).replace(tzinfo=None) - saved.reviewed_at).total_seconds() < 600
    page = admin_client.get(f"/admin/flagged/{flag.id}").get_data(as_text=True)
    assert "Action taken" in page and f"By {ADMIN[1]}" in page and "SG-1042" in page
    with app.app_context():
        audited = db.session.scalar(select(AuditEvent).filter_by(action="flagged comment reviewed"))
        assert audited is not None and audited.actor == ADMIN[0] and audited.target == f"flag {flag.id}"
        assert audited.detail["status_from"] == "new" and audited.detail["status_to"] == "action_taken"
        assert audited.detail["note_changed"] is True
        everything = " ".join(str(e.detail) + e.target for e in db.session.scalars(select(AuditEvent)))
        assert "SG-1042" not in everything and SELF_HARM not in everything
        assert unreviewed_count() == 0


@pytest.mark.parametrize(
    ("status", "note", "message"),
    [
        ("", "Read it", "Select a status"),
        ("closed", "Read it", "Select a status"),
        ("reviewed", "x" * 2001, "The note must be 2000 characters or fewer"),
    ],
)
def test_a_bad_review_is_explained_and_changes_nothing(app, admin_client, status, note, message):
    add_response(app, PATIENT, patient_answers(SELF_HARM))
    (flag,) = flags(app)
    result = review(admin_client, flag.id, status, note)
    assert result.status_code == 400
    html = result.get_data(as_text=True)
    assert "<title>Error: " in html and "nhsuk-error-summary" in html and message in html
    (unchanged,) = flags(app)
    assert (unchanged.status, unchanged.note, unchanged.reviewed_at) == ("new", "", None)


def test_viewers_read_but_cannot_review_and_nobody_reviews_without_a_token(app, viewer_client, admin_client):
    add_response(app, PATIENT, patient_answers(SELF_HARM))
    (flag,) = flags(app)
    page = viewer_client.get(f"/admin/flagged/{flag.id}").get_data(as_text=True)
    assert (
        SELF_HARM in page
        and "Record your review" not in page
        and 'method="post" action="/admin/flagged' not in page
    )
    token = csrf_from(page)  # the sign-out form's token: a viewer's session has one
    refused = viewer_client.post(
        f"/admin/flagged/{flag.id}/review", data={"csrf_token": token, "status": "reviewed"}
    )
    assert refused.status_code == 403
    no_token = admin_client.post(f"/admin/flagged/{flag.id}/review", data={"status": "reviewed"})
    assert no_token.status_code == 400
    assert admin_client.get(f"/admin/flagged/{flag.id}/review").status_code == 405
    assert [f.status for f in flags(app)] == ["new"]


def test_anonymous_visitors_are_sent_to_sign_in_and_see_nothing(app, client):
    add_response(app, PATIENT, patient_answers(SELF_HARM))
    (flag,) = flags(app)
    for url in ("/admin/flagged", f"/admin/flagged/{flag.id}", f"/admin/questionnaires/{PATIENT}/flagged"):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/sign-in" in response.headers["Location"]
        assert SELF_HARM not in response.get_data(as_text=True)
    posted = client.post(f"/admin/flagged/{flag.id}/review", data={"status": "reviewed"})
    assert posted.status_code in (302, 400)
    assert [f.status for f in flags(app)] == ["new"]


def test_a_questionnaires_queue_holds_only_its_own_flags(app, viewer_client):
    add_response(app, PATIENT, patient_answers(SELF_HARM))
    add_response(app, APPRENTICE, {"cohort": "prefer_not_to_say", "barriers_other": INDIRECT})
    patient_flag, apprentice_flag = flags(app)
    html = viewer_client.get(f"/admin/questionnaires/{APPRENTICE}/flagged").get_data(as_text=True)
    assert f"/admin/flagged/{apprentice_flag.id}" in html and f"/admin/flagged/{patient_flag.id}" not in html
    other = viewer_client.get("/admin/questionnaires/stakeholder-event/flagged").get_data(as_text=True)
    assert "No comment is flagged" in other
    assert viewer_client.get("/admin/questionnaires/no-such-one/flagged").status_code == 404


# ---------------------------------------------------------------- the count every team page shows


def test_every_team_page_shows_the_unreviewed_count_from_one_query(app, admin_client):
    add_response(app, PATIENT, patient_answers(SELF_HARM))
    add_response(app, PATIENT, patient_answers(INDIRECT))
    pages = [
        "/admin/",
        "/admin/questionnaires",
        "/admin/responses",
        "/admin/analysis",
        "/admin/team",
        "/admin/audit",
        "/admin/flagged",
        f"/admin/questionnaires/{PATIENT}",
    ]
    for url in pages:
        html = admin_client.get(url).get_data(as_text=True)
        assert 'id="unreviewed-flags">(2 new)</strong>' in html, url
    dashboard = admin_client.get("/admin/").get_data(as_text=True)
    assert "Flagged comments to review" in dashboard and "2 comments flagged by the risk check" in dashboard
    first, _second = flags(app)
    review(admin_client, first.id, "no_action_needed", "The check was wrong: a film review")
    assert 'id="unreviewed-flags">(1 new)</strong>' in admin_client.get("/admin/links").get_data(as_text=True)

    statements: list[str] = []
    with app.app_context():

        def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if "flagged_comment" in statement:
                statements.append(statement)

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            admin_client.get("/admin/links")
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
    assert len(statements) == 1 and "count(" in statements[0].lower(), statements


# ---------------------------------------------------------------- erasure and expiry (rule 29)


def test_erasing_or_expiring_a_response_removes_its_flags_and_notes(app, admin_client):
    reference = add_response(app, PATIENT, patient_answers(SELF_HARM))
    add_response(app, PATIENT, patient_answers(INDIRECT), days_ago=800)
    first, _old = flags(app)
    review(admin_client, first.id, "reviewed", "Spoke to the ward")
    page = admin_client.get(f"/admin/responses/{reference}").get_data(as_text=True)
    erased = admin_client.post(
        f"/admin/responses/{reference}/erase",
        data={"csrf_token": csrf_from(page), "reason": "The respondent asked for deletion"},
    )
    assert erased.status_code == 302
    assert len(flags(app)) == 1
    with app.app_context():
        purge_expired()
        assert db.session.scalar(select(func.count()).select_from(FlaggedComment)) == 0
