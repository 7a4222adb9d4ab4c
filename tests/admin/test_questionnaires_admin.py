"""Running the questionnaires: list, detail, versions, open/close, settings and definition uploads.

docs/quality.md rule 3 (sign-in, roles, other questionnaires' ids give 404) and line 12 (anonymity cannot
be switched off once responses exist).
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import AuditEvent, Questionnaire, QuestionnaireVersion, Response
from tests.helpers import ADMIN, QUESTIONNAIRES, VIEWER, answer_patient, csrf_from, sign_in

PATIENT = "/admin/questionnaires/patient-experience"
PATIENT_YAML = (QUESTIONNAIRES / "patient-experience.yaml").read_text(encoding="utf-8")
STAKEHOLDER_YAML = (QUESTIONNAIRES / "stakeholder-event.yaml").read_text(encoding="utf-8")
BROKEN_YAML = """slug: patient-experience
title: Tell us about your care
pages:
  - title: First page
    questions:
      - key: fft
        type: thermometer
"""


def signed_in(app, role):
    """A client signed in as the admin or the viewer from the members fixture."""
    email, _name, _role, password = ADMIN if role == "admin" else VIEWER
    client = app.test_client()
    assert sign_in(client, email, password).status_code == 302
    return client


def token(client):
    """A CSRF token from the client's session (every team-area page carries one, in the sign-out form)."""
    return csrf_from(client.get("/admin/").get_data(as_text=True))


def upload(client, url, text, filename="definition.yaml"):
    """Post a definition file as a browser would (multipart)."""
    data = {"csrf_token": token(client), "definition": (io.BytesIO(text.encode("utf-8")), filename)}
    return client.post(url, data=data, content_type="multipart/form-data")


def questionnaire_state(app, slug="patient-experience"):
    """What a questionnaire looks like in the database: settings and version checksums."""
    with app.app_context():
        q = db.session.scalar(select(Questionnaire).filter_by(slug=slug))
        versions = db.session.execute(
            select(QuestionnaireVersion.number, QuestionnaireVersion.checksum)
            .filter_by(questionnaire_id=q.id)
            .order_by(QuestionnaireVersion.number)
        ).all()
        return (q.title, q.is_open, q.closes_on, q.max_responses, [tuple(v) for v in versions])


def audit_actions(app):
    """Every audited action, oldest first."""
    with app.app_context():
        return list(db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


# ---------------------------------------------------------------- reading


@pytest.mark.parametrize("role", ["admin", "viewer"])
def test_list_and_detail_pages(app, members, role):
    """Both roles see every questionnaire, its versions and links; only admins get forms to change them."""
    client = signed_in(app, role)
    listing = client.get("/admin/questionnaires").get_data(as_text=True)
    for title in ("Tell us about your care", "Assistant Practitioner event feedback"):
        assert title in listing
    detail = client.get(PATIENT)
    html = detail.get_data(as_text=True)
    assert detail.status_code == 200
    assert "Version 1" in html and "Takes about" in html
    forms = re.findall(r'<form method="post" action="([^"]+)"', html)
    if role == "admin":
        assert 'name="definition"' in listing
        assert {f"{PATIENT}/close", f"{PATIENT}/settings", f"{PATIENT}/definition"} <= set(forms)
    else:
        assert 'name="definition"' not in listing
        # A viewer changes nothing here: the forms they get are the sign-out button and the buttons that
        # ask for a report or pack, which viewers may download as admins may.
        jobs = [form for form in forms if "/report-jobs/" in form or form.endswith("/analysis-pack-jobs")]
        assert len(jobs) == 4
        assert [form for form in forms if form not in jobs] == ["/admin/sign-out"]
    version = client.get(f"{PATIENT}/versions/1")
    assert version.status_code == 200
    assert "Overall, how was your experience of our service?" in version.get_data(as_text=True)


def test_anonymous_visitors_are_sent_to_sign_in_and_see_nothing(client):
    """Rule 3: no questionnaire detail without signing in."""
    for url in ("/admin/questionnaires", PATIENT, f"{PATIENT}/versions/1"):
        response = client.get(url)
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/admin/sign-in")
        assert "Tell us about your care" not in response.get_data(as_text=True)


def test_unknown_questionnaires_and_versions_give_404(admin_client):
    """Rule 3: an unknown slug or version number is not found, for pages and for changes."""
    assert admin_client.get("/admin/questionnaires/no-such-questionnaire").status_code == 404
    assert admin_client.get(f"{PATIENT}/versions/2").status_code == 404
    assert admin_client.get(f"{PATIENT}/versions/0").status_code == 404
    token_ = token(admin_client)
    assert (
        admin_client.post("/admin/questionnaires/no-such/close", data={"csrf_token": token_}).status_code
        == 404
    )


def test_a_version_number_of_another_questionnaire_gives_404(admin_client, app):
    """Rule 3: patient-experience gets version 2; the same number under another slug is not found."""
    answer_patient(app.test_client())
    changed = PATIENT_YAML.replace("title: Tell us about your care", "title: Tell us about your care today")
    assert upload(admin_client, f"{PATIENT}/definition", changed).status_code == 302
    assert admin_client.get(f"{PATIENT}/versions/2").status_code == 200
    assert admin_client.get("/admin/questionnaires/stakeholder-event/versions/2").status_code == 404


# ---------------------------------------------------------------- role checks


def test_viewer_cannot_change_anything(viewer_client, app):
    """Rule 3: every change a viewer posts, with a valid CSRF token, is 403 and changes nothing."""
    before = questionnaire_state(app)
    actions_before = audit_actions(app)
    token_ = token(viewer_client)
    for path, data in (
        (f"{PATIENT}/close", {}),
        (f"{PATIENT}/open", {}),
        (
            f"{PATIENT}/settings",
            {"closes_on-day": "1", "closes_on-month": "1", "closes_on-year": "2030", "max_responses": "5"},
        ),
    ):
        assert viewer_client.post(path, data={"csrf_token": token_, **data}).status_code == 403
    changed = PATIENT_YAML.replace("title: Tell us about your care", "title: Changed by a viewer")
    assert upload(viewer_client, f"{PATIENT}/definition", changed).status_code == 403
    new = STAKEHOLDER_YAML.replace("slug: stakeholder-event", "slug: viewer-made")
    assert upload(viewer_client, "/admin/questionnaires", new).status_code == 403
    assert questionnaire_state(app) == before
    with app.app_context():
        assert db.session.scalar(select(Questionnaire).filter_by(slug="viewer-made")) is None
    assert audit_actions(app) == actions_before


def test_changes_need_a_csrf_token(admin_client, app):
    """Rule 1: an admin's post without the token is refused and changes nothing."""
    before = questionnaire_state(app)
    assert admin_client.post(f"{PATIENT}/close").status_code == 400
    assert questionnaire_state(app) == before


# ---------------------------------------------------------------- open, close, settings


def test_close_and_open_a_questionnaire(admin_client, app, client):
    """Closing stops respondents at once; opening lets them back; both are audited."""
    response = admin_client.post(f"{PATIENT}/close", data={"csrf_token": token(admin_client)})
    assert response.status_code == 302 and response.headers["Location"] == PATIENT
    assert questionnaire_state(app)[1] is False
    assert "Questionnaire closed" in admin_client.get(PATIENT).get_data(as_text=True)
    assert "closed" in client.get("/q/patient-experience").get_data(as_text=True).lower()
    admin_client.post(f"{PATIENT}/open", data={"csrf_token": token(admin_client)})
    assert questionnaire_state(app)[1] is True
    assert audit_actions(app)[-2:] == ["questionnaire closed", "questionnaire opened"]


def test_set_and_clear_closing_date_and_cap(admin_client, app):
    """A valid date and cap are saved (and audited); empty boxes clear them."""
    data = {
        "csrf_token": token(admin_client),
        "closes_on-day": "30",
        "closes_on-month": "6",
        "closes_on-year": "2031",
        "max_responses": " 250 ",
    }
    assert admin_client.post(f"{PATIENT}/settings", data=data).status_code == 302
    _title, _open, closes_on, cap, _versions = questionnaire_state(app)
    assert (closes_on.isoformat(), cap) == ("2031-06-30", 250)
    page = admin_client.get(PATIENT).get_data(as_text=True)
    assert "Open, closing on 30 June 2031" in page and 'value="2031"' in page
    with app.app_context():
        event = db.session.scalar(select(AuditEvent).filter_by(action="questionnaire settings changed"))
        assert event.detail == {"closes_on": "2031-06-30", "max_responses": 250}
    cleared = {
        "csrf_token": token(admin_client),
        "closes_on-day": "",
        "closes_on-month": "",
        "closes_on-year": "",
        "max_responses": "",
    }
    assert admin_client.post(f"{PATIENT}/settings", data=cleared).status_code == 302
    assert questionnaire_state(app)[2:4] == (None, None)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"closes_on-day": "31", "closes_on-month": "2", "closes_on-year": "2031"}, "must be a real date"),
        ({"closes_on-day": "3", "closes_on-month": "", "closes_on-year": "2031"}, "must include a month"),
        ({"closes_on-day": "x", "closes_on-month": "2", "closes_on-year": "2031"}, "must be a real date"),
        ({"closes_on-day": "1", "closes_on-month": "2", "closes_on-year": "1999"}, "between 2000 and 2100"),
        ({"max_responses": "lots"}, "whole number"),
        ({"max_responses": "0"}, "whole number of 1 or more"),
        ({"max_responses": "-5"}, "whole number"),
    ],
)
def test_invalid_settings_are_shown_and_change_nothing(admin_client, app, fields, message):
    """Rule 17: the page says what is wrong (title starts "Error: ", summary links to the box)."""
    before = questionnaire_state(app)
    response = admin_client.post(f"{PATIENT}/settings", data={"csrf_token": token(admin_client), **fields})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "<title>Error: " in html and "There is a problem" in html and message in html
    anchor = "#max_responses" if "max_responses" in fields else "#closes_on-day"
    assert f'href="{anchor}"' in html
    assert questionnaire_state(app) == before


def test_closing_date_before_opening_date_is_refused(admin_client, app):
    """A questionnaire cannot close before it opens."""
    with app.app_context():
        q = db.session.scalar(select(Questionnaire).filter_by(slug="patient-experience"))
        q.opens_on = dt.date(2031, 1, 10)
        db.session.commit()
    before = questionnaire_state(app)
    data = {
        "csrf_token": token(admin_client),
        "closes_on-day": "1",
        "closes_on-month": "1",
        "closes_on-year": "2031",
    }
    response = admin_client.post(f"{PATIENT}/settings", data=data)
    assert response.status_code == 400
    assert "on or after the opening date, 10 January 2031" in response.get_data(as_text=True)
    assert questionnaire_state(app) == before


# ---------------------------------------------------------------- definition uploads


def test_a_broken_upload_lists_its_problems_and_changes_nothing(admin_client, app):
    """Every problem is listed with the file name and where it is; no version is made or changed."""
    before = questionnaire_state(app)
    response = upload(admin_client, f"{PATIENT}/definition", BROKEN_YAML, filename="care.yaml")
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "<title>Error: " in html and "Problems in care.yaml" in html
    assert "care.yaml: page 1, question 1" in html
    assert "thermometer" in html and "&#39;audience&#39; must be one of" in html
    assert questionnaire_state(app) == before
    assert "definition uploaded" not in audit_actions(app)


@pytest.mark.parametrize(
    ("text", "filename", "message"),
    [
        (PATIENT_YAML, "patient.txt", "ending .yaml or .yml"),
        ("slug: [unclosed", "bad.yaml", "not valid YAML"),
        (STAKEHOLDER_YAML, "stakeholder.yaml", "upload it on that questionnaire"),
        # Over the 60 KB cap but under the request limit, so the page can say what is wrong.
        ("title: x\n" + "# padding\n" * 6200, "big.yaml", "larger than 60 KB"),
    ],
    ids=["not-yaml", "bad-yaml", "other-slug", "too-big"],
)
def test_refused_uploads_change_nothing(admin_client, app, text, filename, message):
    """Wrong type, bad YAML, another questionnaire's slug, or too big: refused, nothing changed."""
    before = questionnaire_state(app)
    response = upload(admin_client, f"{PATIENT}/definition", text, filename=filename)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert questionnaire_state(app) == before


def test_a_body_over_the_request_limit_is_refused(admin_client, app):
    """Far too big for any definition: the request itself is refused (413) and nothing changes."""
    before = questionnaire_state(app)
    response = upload(admin_client, f"{PATIENT}/definition", "# padding\n" * 10_000)
    assert response.status_code == 413
    assert questionnaire_state(app) == before


def test_a_file_that_is_not_utf8_is_refused(admin_client, app):
    """Bytes that are not UTF-8 text get a clear message, not a crash."""
    before = questionnaire_state(app)
    token_ = token(admin_client)
    data = {"csrf_token": token_, "definition": (io.BytesIO(b"slug: \xff\xfe"), "latin.yaml")}
    response = admin_client.post(f"{PATIENT}/definition", data=data, content_type="multipart/form-data")
    assert response.status_code == 400 and "not UTF-8 text" in response.get_data(as_text=True)
    assert questionnaire_state(app) == before


def test_an_upload_without_a_file_is_refused(admin_client, app):
    """The form says a file is needed."""
    response = admin_client.post(
        f"{PATIENT}/definition", data={"csrf_token": token(admin_client)}, content_type="multipart/form-data"
    )
    assert response.status_code == 400
    assert "Select a definition file to upload" in response.get_data(as_text=True)


def test_anonymity_cannot_be_switched_off_once_responses_exist(admin_client, app):
    """Rule 12: with responses, a pseudonymous upload of an anonymous questionnaire is refused.

    Before any response the same file is accepted: nobody has answered on the promise of anonymity.
    """
    pseudonymous = PATIENT_YAML.replace("anonymity: anonymous", "anonymity: pseudonymous")
    answer_patient(app.test_client())
    before = questionnaire_state(app)
    response = upload(admin_client, f"{PATIENT}/definition", pseudonymous)
    assert response.status_code == 400
    assert "anonymity cannot be switched off" in response.get_data(as_text=True)
    assert questionnaire_state(app) == before


def test_anonymity_can_change_before_any_response(admin_client, app):
    """With no responses yet, the unanswered version is simply updated."""
    pseudonymous = PATIENT_YAML.replace("anonymity: anonymous", "anonymity: pseudonymous")
    assert upload(admin_client, f"{PATIENT}/definition", pseudonymous).status_code == 302
    assert "pseudonymous" in admin_client.get(PATIENT).get_data(as_text=True)
    assert [v[0] for v in questionnaire_state(app)[4]] == [1]


def test_a_good_upload_makes_a_new_version_when_responses_exist(admin_client, app):
    """Responses keep the version they answered; new respondents get version 2; audited."""
    answer_patient(app.test_client())
    changed = PATIENT_YAML.replace("title: Tell us about your care", "title: Tell us about your care today")
    response = upload(admin_client, f"{PATIENT}/definition", changed)
    assert response.status_code == 302 and response.headers["Location"] == PATIENT
    title, _open, _closes, _cap, versions = questionnaire_state(app)
    assert title == "Tell us about your care today" and [v[0] for v in versions] == [1, 2]
    with app.app_context():
        numbers = db.session.scalars(
            select(QuestionnaireVersion.number).join(Response, Response.version_id == QuestionnaireVersion.id)
        ).all()
        assert numbers == [1]
        event = db.session.scalar(select(AuditEvent).filter_by(action="definition uploaded"))
        assert event.target == "patient-experience" and event.detail["outcome"] == "new version"
    assert "Version 2 of patient-experience made" in admin_client.get(PATIENT).get_data(as_text=True)


def test_a_good_upload_updates_an_unanswered_version_in_place(admin_client, app):
    """No responses yet: the version is updated rather than multiplied."""
    changed = STAKEHOLDER_YAML.replace("estimated_minutes: 4", "estimated_minutes: 5")
    assert changed != STAKEHOLDER_YAML
    before = questionnaire_state(app, "stakeholder-event")
    response = upload(admin_client, "/admin/questionnaires/stakeholder-event/definition", changed)
    assert response.status_code == 302
    after = questionnaire_state(app, "stakeholder-event")
    assert [v[0] for v in after[4]] == [1] and after[4] != before[4]
    unchanged = upload(admin_client, "/admin/questionnaires/stakeholder-event/definition", changed)
    assert unchanged.status_code == 302
    assert "nothing changed" in admin_client.get("/admin/questionnaires/stakeholder-event").get_data(
        as_text=True
    )


def test_a_new_questionnaire_is_added_from_the_list_page(admin_client, app):
    """A file with a new slug creates a questionnaire; an existing slug is refused there."""
    new = STAKEHOLDER_YAML.replace("slug: stakeholder-event", "slug: spring-conference").replace(
        "title: Assistant Practitioner event feedback", "title: Spring conference feedback"
    )
    response = upload(admin_client, "/admin/questionnaires", new)
    assert response.status_code == 302
    assert response.headers["Location"] == "/admin/questionnaires/spring-conference"
    assert "Spring conference feedback" in admin_client.get("/admin/questionnaires").get_data(as_text=True)
    assert questionnaire_state(app, "spring-conference")[4][0][0] == 1
    before = questionnaire_state(app)
    again = upload(admin_client, "/admin/questionnaires", PATIENT_YAML)
    assert again.status_code == 400 and "already exists" in again.get_data(as_text=True)
    assert questionnaire_state(app) == before
    with app.app_context():
        assert db.session.scalar(select(func.count(Questionnaire.id))) == 4
