"""The team's review of coded comments: the queue, one comment's page, saving, audit and agreement.

Every test runs on SQLite and, when TEST_DATABASE_URL is set, on PostgreSQL (tests/conftest.py). The
override and survival tests are in tests/admin/test_review_outputs.py. Comments are invented here.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from sqlalchemy import select

from analysis.text.coding import load_shipped
from feedback_app.extensions import db
from feedback_app.models import AuditEvent, CommentReview, TeamMember
from tests.admin.analysis_data import PATIENT, SELF_HARM, patient_answers
from tests.admin.response_data import add_response
from tests.helpers import ADMIN, VIEWER, csrf_from

QUEUE = f"/admin/questionnaires/{PATIENT}/review"
GOOD = "The staff were kind and caring to me"
BETTER = "Parking was impossible and the wait was long"
PROGRESS_RE = re.compile(r"You have reviewed <strong>(\d+) of (\d+)</strong> comments \((\d+) reviewed")


def progress(html: str) -> tuple[int, int, int]:
    """(mine, total, anyone) from a review page."""
    found = PROGRESS_RE.search(html)
    assert found, "no progress on the page"
    return int(found.group(1)), int(found.group(2)), int(found.group(3))


def shown_comment(html: str) -> tuple[str, str] | None:
    """(reference, question) of the comment a review page shows, from its form."""
    action = re.search(rf'action="/admin/questionnaires/{PATIENT}/review/([A-Z0-9]+)"', html)
    question = re.search(r'name="question" value="([a-z_]+)"', html)
    return (action.group(1), question.group(1)) if action and question else None


def post_review(client: Any, reference: str, **fields: Any) -> Any:
    """Post a review form for one comment with this client's own token."""
    token = csrf_from(client.get("/admin/").get_data(as_text=True))
    data = {"csrf_token": token, "question": "what_was_good", "return_to": "queue", **fields}
    return client.post(f"{QUEUE}/{reference}", data=data)


def stored_reviews(app: Any) -> list[dict[str, Any]]:
    """Every stored review with its themes, as plain values."""
    with app.app_context():
        found = db.session.scalars(select(CommentReview).order_by(CommentReview.id)).all()
        return [
            {
                "reference": review.response.reference,
                "question": review.question_key,
                "reviewer": review.reviewer.email,
                "codebook": (review.codebook, review.codebook_version),
                "themes": [(t.theme_key, t.stance, t.quote_approved, t.codebook) for t in review.themes],
                "sentiment": review.sentiment,
                "risk_flag": review.risk_flag,
                "accepted": review.accepted_as_coded,
                "at": review.reviewed_at,
            }
            for review in found
        ]


def audit_events(app: Any, *actions: str) -> list[AuditEvent]:
    with app.app_context():
        events = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action.in_(actions)).order_by(AuditEvent.id)
        ).all()
        db.session.expunge_all()
        return list(events)


# ---------------------------------------------------------------------------------------------- the queue


def test_the_queue_walks_each_members_unreviewed_comments_in_order(app, admin_client, viewer_client):
    """Oldest response first, its questions in page order; saving moves on; skipping passes one by."""
    first = add_response(app, PATIENT, patient_answers(GOOD, BETTER))
    second = add_response(app, PATIENT, patient_answers("The ward was clean and tidy", ""))
    html = admin_client.get(QUEUE).get_data(as_text=True)
    assert progress(html) == (0, 3, 0)
    assert shown_comment(html) == (first, "what_was_good") and GOOD in html
    assert 'id="accept" name="action" value="accept" type="submit" autofocus' in html

    saved = post_review(admin_client, first, action="accept")
    assert saved.status_code == 302
    html = admin_client.get(saved.headers["Location"]).get_data(as_text=True)
    assert f"Codes saved for response {first}" in html
    assert progress(html) == (1, 3, 1) and shown_comment(html) == (first, "could_do_better")

    skip = re.search(r'href="([^"]*after_question=could_do_better[^"]*)">Skip this comment', html)
    assert skip, "no skip link"
    skipped = admin_client.get(skip.group(1).replace("&amp;", "&")).get_data(as_text=True)
    assert shown_comment(skipped) == (second, "what_was_good")
    post_review(admin_client, second, action="accept")
    # Nothing unreviewed after the last comment: the queue starts again at the one skipped.
    html = admin_client.get(f"{QUEUE}?after={second}&after_question=what_was_good").get_data(as_text=True)
    assert shown_comment(html) == (first, "could_do_better")
    post_review(admin_client, first, action="accept", question="could_do_better")
    done = admin_client.get(QUEUE).get_data(as_text=True)
    assert progress(done) == (3, 3, 3) and "You have reviewed every comment" in done

    # Each member has a queue of their own; the viewer may review too.
    mine = viewer_client.get(QUEUE).get_data(as_text=True)
    assert progress(mine) == (0, 3, 3) and shown_comment(mine) == (first, "what_was_good")
    assert post_review(viewer_client, first, action="accept").status_code == 302
    index = viewer_client.get("/admin/review").get_data(as_text=True)
    assert "1 of 3" in index and f'href="{QUEUE}"' in index


def test_accepting_stores_the_engines_codes_codebook_and_time_and_audits_no_text(app, admin_client):
    reference = add_response(app, PATIENT, patient_answers(GOOD, BETTER))
    page = admin_client.get(f"{QUEUE}/{reference}?question=could_do_better").get_data(as_text=True)
    assert BETTER in page and "Parking" in page
    assert (
        post_review(admin_client, reference, question="could_do_better", action="accept").status_code == 302
    )
    [stored] = stored_reviews(app)
    book = load_shipped("patient_experience")
    assert stored["codebook"] == ("patient_experience", book.version)
    assert stored["reviewer"] == ADMIN[0] and stored["accepted"] and stored["at"] is not None
    assert [key for key, *_ in stored["themes"]] == ["timeliness", "parking"]
    assert all(stance == "barrier" and not approved for _, stance, approved, _ in stored["themes"])
    assert stored["sentiment"] == "negative" and stored["risk_flag"] is False

    read, saved = audit_events(app, "comment read for review", "comment review saved")
    assert (read.target, read.detail) == (reference, {"question": "could_do_better"})
    assert saved.target == reference and saved.actor == ADMIN[0]
    assert saved.detail["themes"] == "timeliness:barrier;parking:barrier"
    assert saved.detail["accepted_as_coded"] is True and saved.detail["previous"] is None
    for event in (read, saved):
        recorded = json.dumps(event.detail) + event.target
        assert "Parking" not in recorded and "impossible" not in recorded


def test_a_correction_replaces_the_members_own_review_and_the_audit_keeps_what_it_was(app, admin_client):
    reference = add_response(app, PATIENT, patient_answers(GOOD))
    post_review(admin_client, reference, action="accept_approve")
    [accepted] = stored_reviews(app)
    assert accepted["themes"] == [("staff_manner", "positive", True, "patient_experience")]
    corrected = post_review(
        admin_client,
        reference,
        action="save",
        theme=["cleanliness", "staff_manner"],
        **{"stance-cleanliness": "mention", "stance-staff_manner": "positive"},
        approve=["cleanliness", "parking"],
        sentiment="mixed",
    )
    assert corrected.status_code == 302
    [stored] = stored_reviews(app)
    # An approval under a theme left unticked means nothing, so parking's is dropped.
    assert stored["themes"] == [
        ("cleanliness", "mention", True, "patient_experience"),
        ("staff_manner", "positive", False, "patient_experience"),
    ]
    assert stored["sentiment"] == "mixed" and not stored["accepted"]
    last = audit_events(app, "comment review saved")[-1]
    assert last.detail["previous"] == {
        "themes": "staff_manner:positive",
        "approved": ["staff_manner"],
        "sentiment": "positive",
        "risk_flag": False,
    }
    assert last.detail["themes"] == "cleanliness:mention;staff_manner:positive"
    # The member's review fills the form when they open the comment again.
    html = admin_client.get(f"{QUEUE}/{reference}").get_data(as_text=True)
    assert 'id="theme-cleanliness" name="theme" type="checkbox" value="cleanliness" checked' in html
    assert 'id="approve-cleanliness" name="approve" type="checkbox" value="cleanliness" checked' in html
    assert '<option value="mention" selected>Mention</option>' in html
    assert "Your review" in html


BAD_REVIEWS = [
    ({"action": "save", "theme": ["no_such_theme"], "sentiment": "positive"}, "Choose themes from the list"),
    (
        {"action": "save", "theme": ["staff_manner"], "sentiment": "positive"},
        "Choose what the comment says of",
    ),
    (
        {
            "action": "save",
            "theme": ["staff_manner"],
            "stance-staff_manner": "furious",
            "sentiment": "positive",
        },
        "Choose what the comment says of Staff",
    ),
    ({"action": "save", "theme": [], "sentiment": "ecstatic"}, "Choose the comment&#39;s sentiment"),
    (
        {
            "action": "save",
            "theme": ["staff_manner"],
            "stance-staff_manner": "positive",
            "approve": ["staff_manner"],
            "sentiment": "positive",
            "risk_flag": "yes",
        },
        "A comment flagged for risk is never quoted",
    ),
]


def test_bad_input_stores_nothing_and_says_what_is_wrong(app, admin_client):
    reference = add_response(app, PATIENT, patient_answers(GOOD, SELF_HARM))
    for fields, message in BAD_REVIEWS:
        response = post_review(admin_client, reference, **fields)
        html = response.get_data(as_text=True)
        assert response.status_code == 400, fields
        assert message in html, (message, fields)
        assert "<title>Error: " in html and "autofocus" not in html
    # A flagged comment's quote cannot be approved, whatever the form says.
    flagged = post_review(admin_client, reference, question="could_do_better", action="accept_approve")
    assert flagged.status_code == 400
    flagged_page = admin_client.get(f"{QUEUE}/{reference}?question=could_do_better").get_data(as_text=True)
    assert 'value="accept_approve"' not in flagged_page
    assert stored_reviews(app) == []
    assert audit_events(app, "comment review saved") == []


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", f"{QUEUE}/NOSUCHREF"),
        ("get", "/admin/questionnaires/no-such-thing/review"),
        ("get", "{queue}/{reference}?question=fft"),
        ("get", "{queue}/{reference}?question=could_do_better"),
        ("get", "/admin/questionnaires/stakeholder-event/review/{reference}"),
        ("post", "{queue}/NOSUCHREF"),
        ("post", "/admin/questionnaires/stakeholder-event/review/{reference}"),
    ],
)
def test_a_comment_that_is_not_there_is_404(app, admin_client, method, url):
    """Unknown references and questionnaires, questions not coded or not answered, another questionnaire's."""
    reference = add_response(app, PATIENT, patient_answers(GOOD, ""))
    address = url.format(queue=QUEUE, reference=reference)
    if method == "get":
        assert admin_client.get(address).status_code == 404
    else:
        token = csrf_from(admin_client.get("/admin/").get_data(as_text=True))
        data = {"csrf_token": token, "question": "what_was_good", "action": "accept"}
        assert admin_client.post(address, data=data).status_code == 404
    assert stored_reviews(app) == []


def test_a_response_without_a_coded_answer_says_so(app, admin_client):
    reference = add_response(app, PATIENT, {"fft": "good"})
    html = admin_client.get(f"{QUEUE}/{reference}").get_data(as_text=True)
    assert f"Response {reference} has no typed answer to a question the analysis codes" in html
    assert admin_client.get(QUEUE).get_data(as_text=True).count("has no comments to review yet") == 1


# ----------------------------------------------------------------------------------- the response view


def test_the_response_view_accepts_in_one_press_and_links_to_the_correction(app, admin_client, viewer_client):
    reference = add_response(app, PATIENT, patient_answers(GOOD, BETTER))
    page = admin_client.get(f"/admin/responses/{reference}").get_data(as_text=True)
    assert page.count('name="action" value="accept"') == 2
    assert "No one on the team has reviewed these codes yet" in page
    correct = f"{QUEUE}/{reference}?question=could_do_better&amp;return_to=response"
    assert f'href="{correct}"' in page
    saved = post_review(admin_client, reference, action="accept", return_to="response")
    assert saved.headers["Location"].endswith(f"/admin/responses/{reference}#review-what_was_good")
    post_review(
        viewer_client,
        reference,
        action="save",
        theme=["staff_manner"],
        **{"stance-staff_manner": "mention"},
        sentiment="neutral",
        return_to="response",
    )
    html = admin_client.get(f"/admin/responses/{reference}").get_data(as_text=True)
    assert f"Codes saved for response {reference}" in html
    assert (
        "Your review" in html
        and VIEWER[1] in html
        and "Staff manner &amp; personal attributes: mention" in html
    )
    assert "Members disagree" in html
    back = admin_client.get(correct.replace("&amp;", "&")).get_data(as_text=True)
    assert f'href="/admin/responses/{reference}">Back to response {reference}</a>' in back


# ------------------------------------------------------------------------------- agreement and erasure


def test_the_analysis_page_shows_two_members_agreement_and_the_disagreements_to_settle(
    app, admin_client, viewer_client
):
    references = [add_response(app, PATIENT, patient_answers(f"{GOOD} number {i}", "")) for i in range(3)]
    nothing = admin_client.get(f"/admin/questionnaires/{PATIENT}/analysis").get_data(as_text=True)
    assert "No two members have reviewed the same comment yet" in nothing
    for reference in references:
        post_review(admin_client, reference, action="accept")
    post_review(viewer_client, references[0], action="accept")
    post_review(viewer_client, references[1], action="accept")
    post_review(
        viewer_client,
        references[2],
        action="save",
        theme=["staff_manner"],
        **{"stance-staff_manner": "mention"},
        sentiment="positive",
    )
    html = admin_client.get(f"/admin/questionnaires/{PATIENT}/analysis").get_data(as_text=True)
    assert f"Agreement between {ADMIN[1]} and {VIEWER[1]} on the 3 comments both reviewed" in html
    # Staff manner: positive, positive, positive against positive, positive, mention. p_o = 2/3;
    # p_e = (3/3)(2/3) + 0 = 2/3: chance alone gives 2/3, so kappa = 0.
    staff = re.search(r"Staff manner &amp; personal attributes</span></th>.*?</tr>", html, re.S)
    assert staff and "67%" in staff.group(0) and ">0.00<" in staff.group(0)
    assert "Disagreements to settle" in html
    settle = f'href="{QUEUE}/{references[2]}?question=what_was_good"'
    assert settle in html and "Positive" in html and "Mention" in html
    # The latest review counts: the viewer's, saved last.
    assert "Comments reviewed by the team" in html


def test_erasing_a_response_erases_its_reviews(app, admin_client):
    reference = add_response(app, PATIENT, patient_answers(GOOD))
    post_review(admin_client, reference, action="accept")
    page = admin_client.get(f"/admin/responses/{reference}").get_data(as_text=True)
    erased = admin_client.post(
        f"/admin/responses/{reference}/erase", data={"csrf_token": csrf_from(page), "reason": "Asked to"}
    )
    assert erased.status_code == 302
    assert stored_reviews(app) == []
    with app.app_context():
        assert db.session.scalar(select(TeamMember.id).filter_by(email=ADMIN[0])) is not None
