"""Recommendations in the team area: per finding with an owner and status, audited, handed to the report.

Issue 16, deliverable 1; docs/quality.md rules 1 (CSRF), 3 (viewers read, admins change), 6 (escaped),
17 (error summary) and 24 (over-long or hand-made input stores nothing). On both databases.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote_from_bytes

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, inspect, select

from analysis.report.recommendations import RECOMMENDATION_STATUSES
from analysis.report.recommendations import Recommendation as ReportRecommendation
from feedback_app.extensions import db
from feedback_app.insights.recommendations import (
    GENERAL,
    RecommendationError,
    RecommendationInput,
    add_recommendation,
    finding_label,
    findings,
    recommendations_for_report,
)
from feedback_app.models import AuditEvent, Recommendation, TeamMember
from feedback_app.team.accounts import SignedInMember, create_member
from tests.helpers import ADMIN, csrf_from
from tests.test_storage import MIGRATIONS, _migrated_app

NEW = "/admin/recommendations/new"
FORM = "application/x-www-form-urlencoded"
GOOD = {
    "finding": "maths_english",
    "text": "Offer functional skills support before entry",
    "owner": "Education lead",
}


def stored(app: Any) -> list[Recommendation]:
    """Every stored recommendation, oldest first."""
    with app.app_context():
        rows = list(db.session.scalars(select(Recommendation).order_by(Recommendation.id)))
        db.session.expunge_all()
        return rows


def audited(app: Any, action: str) -> list[AuditEvent]:
    """The audit events of one action, oldest first."""
    with app.app_context():
        rows = list(db.session.scalars(select(AuditEvent).filter_by(action=action).order_by(AuditEvent.id)))
        db.session.expunge_all()
        return rows


def post_form(client: Any, url: str, form_url: str, **data: str) -> Any:
    """GET a page for its CSRF token, then POST the fields to `url`."""
    token = csrf_from(client.get(form_url).get_data(as_text=True))
    return client.post(url, data={"csrf_token": token, **data})


def add(client: Any, **data: str) -> Any:
    """Post the new-recommendation form (status proposed unless given)."""
    return post_form(client, NEW, NEW, **{"status": "proposed", **GOOD, **data})


def admin_member(app: Any) -> SignedInMember:
    """The admin as the services take a signed-in member."""
    with app.app_context():
        member = db.session.scalars(select(TeamMember).filter_by(email=ADMIN[0])).one()
        return SignedInMember(id=member.id, email=member.email, name=member.name, role="admin", token="t")


# ---------------------------------------------------------------------------------------------- findings


def test_findings_are_every_codebook_theme_labelled_by_codebook_then_general_last():
    keys = [finding.key for finding in findings()]
    assert keys[-1] == GENERAL and keys.count(GENERAL) == 1
    assert {"maths_english", "end_point_assessment", "speakers", "food_drink"} <= set(keys)
    assert len(keys) == len(set(keys))
    assert finding_label("maths_english") == "Workforce: Maths and English entry requirements"
    assert finding_label("retired_theme") == "retired_theme (no longer in the codebooks)"


# ---------------------------------------------------------------------------------------------- service


@pytest.mark.parametrize(
    ("given", "field"),
    [
        ({"finding": "not_a_theme"}, "finding"),
        ({"finding": ""}, "finding"),
        ({"text": "   "}, "text"),
        ({"text": "x" * 2001}, "text"),
        ({"owner": " \n "}, "owner"),
        ({"owner": "x" * 201}, "owner"),
        ({"status": "shelved"}, "status"),
    ],
)
def test_the_service_refuses_what_the_form_refuses_and_stores_nothing(app, members, given, field):
    member = admin_member(app)
    with app.app_context(), pytest.raises(RecommendationError) as refused:
        add_recommendation(member, RecommendationInput(**{**GOOD, "status": "proposed", **given}))
    assert refused.value.field == field
    assert stored(app) == []


def test_the_report_gets_every_recommendation_by_finding_general_last_then_as_written(app, admin_client):
    for finding, text in [
        (GENERAL, "Share the findings with every trust"),
        ("end_point_assessment", "Publish EPA dates a term ahead"),
        ("maths_english", "Offer functional skills support before entry"),
        ("maths_english", "Accept equivalent qualifications"),
        ("speakers", "Invite an apprentice to speak at each event"),
    ]:
        assert add(admin_client, finding=finding, text=text, owner="Programme lead").status_code == 302
    with app.app_context():
        handed = recommendations_for_report()
    assert all(isinstance(item, ReportRecommendation) for item in handed)
    order = [finding.key for finding in findings()]
    assert [item.finding for item in handed] == sorted([item.finding for item in handed], key=order.index)
    last = ReportRecommendation(GENERAL, "Share the findings with every trust", "Programme lead")
    assert handed[-1] == last
    maths = [item.text for item in handed if item.finding == "maths_english"]
    assert maths == ["Offer functional skills support before entry", "Accept equivalent qualifications"]


def test_the_downloaded_report_prints_them_and_says_so_when_there_are_none(app, admin_client):
    empty = admin_client.get("/admin/report.html").get_data(as_text=True)
    assert "The project team has not yet written recommendations." in empty
    assert add(admin_client, text="Offer functional skills support before entry").status_code == 302
    report = admin_client.get("/admin/report.html").get_data(as_text=True)
    assert "Offer functional skills support before entry" in report
    assert "The project team has not yet written recommendations." not in report


# ---------------------------------------------------------------------------------------------- pages


def test_an_admin_adds_a_recommendation_and_the_list_shows_it_under_its_finding(app, admin_client):
    page = admin_client.get(NEW).get_data(as_text=True)
    assert "Workforce: Maths and English entry requirements" in page and 'value="general"' in page
    added = add(admin_client, owner="  Education \n lead ", status="agreed")
    assert added.status_code == 302 and added.headers["Location"].endswith("#finding-maths_english")
    (row,) = stored(app)
    assert (row.finding, row.text, row.owner, row.status) == (
        "maths_english",
        GOOD["text"],
        "Education lead",
        "agreed",
    )
    assert (row.created_by, row.updated_by) == (ADMIN[1], ADMIN[1]) and row.created_at is not None
    listing = admin_client.get("/admin/recommendations").get_data(as_text=True)
    assert 'id="finding-maths_english"' in listing and GOOD["text"] in listing and "Agreed" in listing
    (event,) = audited(app, "recommendation added")
    assert event.actor == ADMIN[0] and event.target == f"recommendation {row.id}"
    assert event.detail == {"finding": "maths_english", "status": "agreed"}


def test_the_list_says_so_when_there_are_none(app, viewer_client):
    page = viewer_client.get("/admin/recommendations").get_data(as_text=True)
    assert "No recommendations have been written yet" in page
    assert 'href="/admin/recommendations"' in page  # the team area's navigation links it


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"finding": "not_a_theme"}, "Select the finding this recommendation answers from the list"),
        ({"finding": ""}, "Select the finding this recommendation answers from the list"),
        ({"text": ""}, "Enter the recommendation"),
        ({"text": "x" * 2001}, "The recommendation must be 2000 characters or fewer"),
        ({"owner": "   "}, "Enter who owns it: a person or a role"),
        ({"owner": "x" * 201}, "The owner must be 200 characters or fewer"),
        ({"status": "shelved"}, "Select a status"),
        ({"status": ""}, "Select a status"),
    ],
)
def test_invalid_input_is_explained_in_an_error_summary_and_stores_nothing(app, admin_client, given, message):
    refused = add(admin_client, **given)
    assert refused.status_code == 400
    html = refused.get_data(as_text=True)
    assert "<title>Error: " in html and "nhsuk-error-summary" in html and message in html
    assert stored(app) == [] and audited(app, "recommendation added") == []


def test_what_was_typed_is_kept_and_shown_escaped(app, admin_client):
    script = "<script>alert('x')</script> & train mentors"
    refused = add(admin_client, text=script, owner="")
    assert refused.status_code == 400
    html = refused.get_data(as_text=True)
    assert script not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; train mentors" in html
    assert add(admin_client, text=script, owner="<b>Lead</b>").status_code == 302
    listing = admin_client.get("/admin/recommendations").get_data(as_text=True)
    assert "<script>alert" not in listing and "<b>Lead</b>" not in listing and "&lt;b&gt;Lead" in listing


def test_an_admin_edits_a_recommendation_and_the_audit_says_what_changed_not_what_it_says(app, admin_client):
    add(admin_client)
    (row,) = stored(app)
    edit = f"/admin/recommendations/{row.id}/edit"
    assert GOOD["text"] in admin_client.get(edit).get_data(as_text=True)
    changed = post_form(
        admin_client,
        edit,
        edit,
        finding="end_point_assessment",
        text="Publish EPA dates a term ahead",
        owner=GOOD["owner"],
        status="in_progress",
    )
    assert changed.status_code == 302 and changed.headers["Location"].endswith(f"/recommendations/{row.id}")
    (after,) = stored(app)
    assert (after.finding, after.text, after.status) == (
        "end_point_assessment",
        "Publish EPA dates a term ahead",
        "in_progress",
    )
    (event,) = audited(app, "recommendation changed")
    assert event.detail == {
        "finding_from": "maths_english",
        "finding_to": "end_point_assessment",
        "status_from": "proposed",
        "status_to": "in_progress",
        "text_changed": True,
        "owner_changed": False,
    }
    assert "EPA" not in str(event.detail) and GOOD["owner"] not in str(event.detail)


def test_a_finding_a_codebook_dropped_may_stay_but_no_other_unknown_one_is_taken(app, admin_client):
    add(admin_client)
    (row,) = stored(app)
    with app.app_context():
        db.session.get(Recommendation, row.id).finding = "retired_theme"
        db.session.commit()
    edit = f"/admin/recommendations/{row.id}/edit"
    assert "retired_theme (no longer in the codebooks)" in admin_client.get(edit).get_data(as_text=True)
    same = {"owner": "Lead", "status": "done"}
    kept = post_form(admin_client, edit, edit, finding="retired_theme", text="Kept", **same)
    assert kept.status_code == 302
    other = post_form(admin_client, edit, edit, finding="other_theme", text="No", **same)
    assert other.status_code == 400
    (after,) = stored(app)
    assert (after.finding, after.text, after.status) == ("retired_theme", "Kept", "done")


def test_an_admin_changes_the_status_from_the_recommendations_page(app, admin_client):
    add(admin_client)
    (row,) = stored(app)
    page = f"/admin/recommendations/{row.id}"
    changed = post_form(admin_client, f"{page}/status", page, status="done")
    assert changed.status_code == 302
    assert "Status changed to done" in admin_client.get(page).get_data(as_text=True)
    refused = post_form(admin_client, f"{page}/status", page, status="finished")
    assert refused.status_code == 400 and "Select a status" in refused.get_data(as_text=True)
    assert [r.status for r in stored(app)] == ["done"]
    (event,) = audited(app, "recommendation status changed")
    assert event.detail == {"finding": "maths_english", "status_from": "proposed", "status_to": "done"}


def test_deleting_asks_first_then_deletes_for_good_and_is_audited(app, admin_client):
    add(admin_client)
    (row,) = stored(app)
    confirm = f"/admin/recommendations/{row.id}/delete"
    page = admin_client.get(confirm).get_data(as_text=True)
    assert "Delete this recommendation?" in page and GOOD["text"] in page and "No, keep it" in page
    assert stored(app) != []
    deleted = post_form(admin_client, confirm, confirm)
    assert deleted.status_code == 302 and stored(app) == []
    (event,) = audited(app, "recommendation deleted")
    assert event.detail == {"finding": "maths_english", "status": "proposed"}
    assert admin_client.get(confirm).status_code == 404
    assert admin_client.get(f"/admin/recommendations/{row.id}").status_code == 404
    assert post_form(admin_client, confirm, NEW).status_code == 404


def test_viewers_read_but_change_nothing(app, admin_client, viewer_client):
    add(admin_client)
    (row,) = stored(app)
    base = f"/admin/recommendations/{row.id}"
    listing = viewer_client.get("/admin/recommendations").get_data(as_text=True)
    assert GOOD["text"] in listing and "Add a recommendation" not in listing
    detail = viewer_client.get(base).get_data(as_text=True)
    assert GOOD["text"] in detail and "Save status" not in detail and f'action="{base}' not in detail
    for url in (NEW, f"{base}/edit", f"{base}/delete"):
        assert viewer_client.get(url).status_code == 403, url
    token = csrf_from(listing)  # the sign-out form's token: a viewer's session has one
    for url, data in [
        (NEW, {**GOOD, "status": "proposed"}),
        (f"{base}/edit", {**GOOD, "text": "Changed", "status": "done"}),
        (f"{base}/status", {"status": "done"}),
        (f"{base}/delete", {}),
    ]:
        assert viewer_client.post(url, data={"csrf_token": token, **data}).status_code == 403, url
    (after,) = stored(app)
    assert (after.text, after.status) == (GOOD["text"], "proposed")
    assert audited(app, "recommendation changed") == audited(app, "recommendation deleted") == []


def test_no_change_without_a_token_or_by_get_and_nothing_for_visitors(app, admin_client, client):
    add(admin_client)
    (row,) = stored(app)
    base = f"/admin/recommendations/{row.id}"
    assert admin_client.post(NEW, data={**GOOD, "status": "proposed"}).status_code == 400
    assert admin_client.post(f"{base}/status", data={"status": "done"}).status_code == 400
    assert admin_client.post(f"{base}/delete").status_code == 400
    assert admin_client.get(f"{base}/status").status_code == 405
    for url in ("/admin/recommendations", base, NEW):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/sign-in" in response.headers["Location"]
        assert GOOD["text"] not in response.get_data(as_text=True)
    assert client.post(NEW, data={**GOOD, "status": "proposed"}).status_code in (302, 400)
    (after,) = stored(app)
    assert after.status == "proposed"
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Recommendation)) == 1


def test_every_status_the_report_knows_can_be_chosen(app, admin_client):
    for status in RECOMMENDATION_STATUSES:
        assert add(admin_client, status=status).status_code == 302, status
    assert [row.status for row in stored(app)] == list(RECOMMENDATION_STATUSES)


# ---------------------------------------------------------------------------------------------- hostile posts


def raw_post(client: Any, body: bytes) -> Any:
    """POST a urlencoded body as it is, with this session's CSRF token first."""
    token = csrf_from(client.get(NEW).get_data(as_text=True))
    return client.post(NEW, data=b"csrf_token=" + token.encode() + b"&" + body, content_type=FORM)


@pytest.mark.parametrize(
    "body",
    [
        b"finding=maths_english&text=a%00b&owner=Lead&status=proposed",  # a NUL byte
        b"finding=maths_english&text=caf%E9&owner=Lead&status=proposed",  # Latin-1, not UTF-8
        b"finding=maths_english%00&text=Do+it&owner=Lead&status=proposed",
        b"finding=../../etc&text=Do+it&owner=Lead&status=proposed",
        # A repeated field counts by its first value, as WTForms reads it.
        b"finding=not_a_theme&finding=general&text=Do+it&owner=Lead&status=proposed",
    ],
)
def test_hostile_bodies_get_a_clear_answer_and_store_nothing(app, admin_client, body):
    refused = raw_post(admin_client, body)
    assert refused.status_code == 400
    assert stored(app) == [] and audited(app, "recommendation added") == []


def test_extra_fields_are_ignored(app, admin_client):
    extra = {"id": "99", "created_by": "Mallory", "created_at": "2000-01-01", "updated_by_id": "7"}
    assert add(admin_client, **extra).status_code == 302
    (row,) = stored(app)
    assert row.id != 99 and row.created_by == ADMIN[1] and row.created_at.year > 2000


_VALUES = st.one_of(
    st.text(max_size=60),
    st.binary(max_size=60),
    st.sampled_from(["maths_english", "general", "proposed", "done", "x" * 2001, ""]),
)
_BODIES = st.lists(
    st.tuples(st.sampled_from(["finding", "text", "owner", "status", "id", "extra"]), _VALUES), max_size=8
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=_BODIES)
def test_random_bodies_never_cause_a_server_error_and_store_only_what_is_valid(app, admin_client, fields):
    parts = []
    for name, value in fields:
        data = value if isinstance(value, bytes) else value.encode()
        parts.append(name.encode() + b"=" + quote_from_bytes(data).encode())
    posted = raw_post(admin_client, b"&".join(parts))
    assert posted.status_code in (302, 400)
    rows = stored(app)
    assert len(rows) == (1 if posted.status_code == 302 else 0)
    known = {finding.key for finding in findings()}
    for row in rows:
        assert row.finding in known and row.status in RECOMMENDATION_STATUSES
        assert 0 < len(row.text) <= 2000 and 0 < len(row.owner) <= 200 and "\x00" not in row.text
    with app.app_context():
        db.session.execute(delete(Recommendation))
        db.session.commit()


# ---------------------------------------------------------------------------------------------- migration


def test_the_migration_adds_the_table_after_the_review_revision_and_takes_it_away(database, tmp_path):
    """Upgrading from the comment-review schema adds the table the model describes; downgrading drops it."""
    app = _migrated_app(database, tmp_path)
    with app.app_context():
        assert "recommendation" in inspect(db.engine).get_table_names()
        # Written through the service on the migrated schema, then gone with the downgrade.
        create_member(*ADMIN)
        add_recommendation(admin_member(app), RecommendationInput(**GOOD, status="agreed"))
        assert [r.finding for r in recommendations_for_report()] == ["maths_english"]
        db.session.remove()
        downgrade(directory=MIGRATIONS, revision="0007_review")
        assert "recommendation" not in inspect(db.engine).get_table_names()
        assert "comment_review" in inspect(db.engine).get_table_names()
        upgrade(directory=MIGRATIONS)
        with db.engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), db.metadata)
        assert differences == []
        assert recommendations_for_report() == []
