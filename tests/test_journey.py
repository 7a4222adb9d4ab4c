"""The respondent journey end to end with the test client."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import Answer, CollectionLink, Draft, Questionnaire, Response
from feedback_app.questionnaires.links import LinkError, create_link
from tests.helpers import QUESTIONNAIRES, Journey, answer_patient, csrf_from, payload_from


def test_patient_journey_stores_one_response(app, client):
    """A complete journey stores one response, with the FFT score and comments together."""
    result = answer_patient(client)
    assert result.status_code == 303
    assert "/q/patient-experience/complete?ref=" in result.headers["Location"]
    confirmation = client.get(result.headers["Location"])
    assert b"your answers have been sent" in confirmation.data
    with app.app_context():
        response = db.session.scalars(select(Response)).one()
        answers = {a.question_key: a.value for a in response.answers}
        assert answers["fft"] == "very_good"
        assert answers["what_was_good"] == "Kind staff who listened"
        assert response.submitted_at is None
        assert db.session.scalar(select(func.count(Draft.token))) == 0


def test_resubmitting_stores_once(app, client):
    """Posting the same checked answers again lands on the same confirmation, stores nothing new."""
    journey = Journey(client, "patient-experience")
    journey.post_page(1, {"fft": "good"})
    journey.post_page(2, {})
    journey.post_page(3, {})
    html = journey.check_page().get_data(as_text=True)
    data = {"csrf_token": csrf_from(html), "payload": payload_from(html)}
    first = client.post("/q/patient-experience/submit", data=data)
    second = client.post("/q/patient-experience/submit", data=data)
    assert first.status_code == second.status_code == 303
    assert first.headers["Location"] == second.headers["Location"]
    with app.app_context():
        assert db.session.scalar(select(func.count(Response.id))) == 1
        assert db.session.scalar(select(func.count(Answer.id))) == 1


def _patient_done(client):
    """Finish the patient questionnaire; return the confirmation reference."""
    result = answer_patient(client)
    assert result.status_code == 303, result.get_data(as_text=True)[:500]
    return result.headers["Location"].split("ref=")[1]


def test_start_page_states_time_anonymity_and_privacy(client):
    """The start page says how long it takes, that it is anonymous, and links the privacy notice."""
    html = client.get("/q/patient-experience").get_data(as_text=True)
    assert "This will take about 3 minutes" in html
    assert "Your answers are anonymous" in html
    assert 'href="/q/patient-experience/privacy"' in html
    privacy = client.get("/q/patient-experience/privacy").get_data(as_text=True)
    assert "24 months" in privacy and "anonymous" in privacy.lower()


def test_home_lists_open_questionnaires(app, client):
    """The home page lists listed, open questionnaires and hides closed ones."""
    html = client.get("/").get_data(as_text=True)
    assert "Tell us about your care" in html
    from feedback_app.questionnaires.store import set_open

    with app.app_context():
        set_open("patient-experience", False)
    assert "Tell us about your care" not in client.get("/").get_data(as_text=True)


def test_pages_show_progress_and_back_link_keeps_answers(client):
    """ "Page 2 of 3" progress; going back shows the answers already given."""
    journey = Journey(client, "patient-experience")
    journey.post_page(1, {"fft": "poor", "what_was_good": "The garden"})
    page_two = client.get("/q/patient-experience/page/2").get_data(as_text=True)
    assert "Page 2 of 3" in page_two
    assert 'href="/q/patient-experience/page/1"' in page_two
    page_one = client.get("/q/patient-experience/page/1").get_data(as_text=True)
    assert "The garden" in page_one
    assert 'value="poor" checked' in page_one


def test_required_answer_missing_reshows_page_with_errors(client):
    """An empty required answer: 'Error:' title, a summary linking to the field, answers kept."""
    journey = Journey(client, "patient-experience")
    result = journey.post_page(1, {"what_was_good": "Kind nurse"})
    html = result.get_data(as_text=True)
    assert result.status_code == 200
    assert "<title>Error: " in html
    assert "There is a problem" in html
    assert 'href="#fft"' in html
    assert 'aria-describedby="fft-hint fft-error"' in html or "fft-error" in html
    assert "Kind nurse" in html


def test_answer_shown_again_cannot_close_its_text_box(client):
    """Typed markup shown again in a text box (too long, or on going back) is escaped text."""
    journey = Journey(client, "patient-experience")
    attack = '</textarea><p id="injected">hi</p>'
    too_long = journey.post_page(1, {"fft": "good", "what_was_good": "x" * 1500 + attack})
    html = too_long.get_data(as_text=True)
    assert "must be 1,500 characters or fewer" in html
    assert 'id="injected"' not in html
    assert "&lt;/textarea&gt;&lt;p id=&#34;injected&#34;&gt;" in html
    assert journey.post_page(1, {"fft": "good", "what_was_good": attack}).status_code == 302
    again = client.get("/q/patient-experience/page/1").get_data(as_text=True)
    assert 'id="injected"' not in again
    assert "&lt;/textarea&gt;" in again


def test_saving_one_page_keeps_the_others(app, client):
    """Each page POST replaces only its own answers in the draft, as two open tabs would send."""
    journey = Journey(client, "patient-experience")
    first = client.get("/q/patient-experience/page/1").get_data(as_text=True)
    assert journey.post_page(1, {"fft": "good", "what_was_good": "Page one"}).status_code == 302
    assert journey.post_page(2, {"service": "crisis_team"}).status_code == 302
    # The first tab, opened before page 2 was saved, sends page 1 again.
    again = client.post(
        "/q/patient-experience/page/1",
        data={"csrf_token": csrf_from(first), "fft": "poor", "what_was_good": "Changed"},
    )
    assert again.status_code == 302
    with app.app_context():
        answers = db.session.scalars(select(Draft.answers)).one()
    assert answers == {"fft": "poor", "what_was_good": "Changed", "service": "crisis_team"}


def test_page_posted_again_drops_answers_cleared_and_keeps_text_exactly(app, client):
    """The database's merge removes an optional answer the respondent cleared, and keeps any text."""
    journey = Journey(client, "patient-experience")
    typed = 'Café staff — "brilliant" ✓ 100% & <kind>'
    assert journey.post_page(1, {"fft": "good", "what_was_good": typed}).status_code == 302
    assert journey.post_page(2, {"service": "crisis_team"}).status_code == 302
    with app.app_context():
        assert db.session.scalars(select(Draft.answers)).one()["what_was_good"] == typed
    assert journey.post_page(1, {"fft": "poor", "what_was_good": ""}).status_code == 302
    with app.app_context():
        answers = db.session.scalars(select(Draft.answers)).one()
    assert answers == {"fft": "poor", "service": "crisis_team"}


def test_conditional_question_follows_earlier_answer(client):
    """The apprentice follow-up on a mentor change shows only after answering yes."""
    journey = Journey(client, "apprentice-survey")
    assert journey.post_page(1, {"training_stage": "year_1"}).status_code == 302
    journey.post_page(2, {"mentor_changed": "no"})
    assert "mentor_change_effect" not in client.get("/q/apprentice-survey/page/3").get_data(as_text=True)
    journey.post_page(2, {"mentor_changed": "yes"})
    assert "mentor_change_effect" in client.get("/q/apprentice-survey/page/3").get_data(as_text=True)


def test_check_answers_has_change_links_that_return(client):
    """Each answer has a change link; saving a change goes back to check your answers."""
    journey = Journey(client, "patient-experience")
    journey.post_page(1, {"fft": "good", "what_was_good": "Tea"})
    journey.post_page(2, {})
    journey.post_page(3, {})
    html = journey.check_page().get_data(as_text=True)
    assert "Check your answers" in html and "Tea" in html
    assert 'href="/q/patient-experience/page/1?change=1#fft"' in html
    result = journey.post_page(1, {"fft": "very_poor", "what_was_good": "Biscuits"}, change=True)
    assert result.headers["Location"].endswith("/q/patient-experience/check")
    html = journey.check_page().get_data(as_text=True)
    assert "Very poor" in html and "Biscuits" in html


def test_check_without_answers_goes_to_start(client):
    """Opening check-your-answers with nothing answered goes back to the start."""
    result = client.get("/q/patient-experience/check")
    assert result.status_code == 302 and result.headers["Location"].endswith("/q/patient-experience")


def test_skipping_required_pages_is_caught_at_check(client):
    """Jumping past a required page sends the respondent back to it."""
    journey = Journey(client, "patient-experience")
    journey.post_page(2, {})
    result = journey.check_page()
    assert result.status_code == 302 and result.headers["Location"].endswith("/page/1")


def test_confirmation_speaks_to_a_patient_and_shows_no_reference(client):
    """The patient's thank-you page says truthfully what happens to their answers, and shows no reference."""
    reference = _patient_done(client)
    html = client.get(f"/q/patient-experience/complete?ref={reference}").get_data(as_text=True)
    assert "your answers have been sent" in html
    assert "Thank you for telling us about your care" in html
    assert "we cannot reply to you" in html and "PALS" in html
    # The start page says the form is not checked all the time: the thank-you page must not promise more.
    assert "reads every response" not in html and "shape the" not in html
    assert reference not in html and "app-reference" not in html


def _care_card(html: str) -> str:
    """The urgent care card holding the crisis signposting (empty when the page has none)."""
    start = html.find('<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent" id="crisis-')
    return "" if start < 0 else html[start : html.index("</div>\n</div>", start)]


@pytest.mark.parametrize("slug", ["patient-experience", "apprentice-survey"])
def test_start_and_thank_you_pages_signpost_crisis_help(client, slug):
    """NHS 111's mental health option, 999 and Samaritans' free 116 123 in an urgent care card, both pages."""
    start = client.get(f"/q/{slug}").get_data(as_text=True)
    done = client.get(f"/q/{slug}/complete?ref=ABCD2345").get_data(as_text=True)
    for where, html in (("start", start), ("thank-you", done)):
        card = _care_card(html)
        assert "Urgent advice: </span>If you need help now" in card, where
        for words in ("NHS 111", "mental health option", "999", "Samaritans", "116 123", "free", "24 hours"):
            assert words in card, (where, words)


def test_event_pages_have_no_crisis_card(client):
    """A questionnaire without signposting in its definition shows no card."""
    assert _care_card(client.get("/q/stakeholder-event").get_data(as_text=True)) == ""


@pytest.mark.parametrize(
    "url", ["/q/nope", "/q/patient-experience/page/9", "/q/patient-experience/page/0", "/s/zzzzzz"]
)
def test_unknown_pages_are_404(client, url):
    """Unknown questionnaires, pages and links are plain 404 pages."""
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "change",
    [
        {"is_open": False},
        {"closes_on": dt.date(2020, 1, 1)},
        {"opens_on": dt.date(2099, 1, 1)},
        {"max_responses": 1},
    ],
    ids=["closed", "past-closing-date", "not-yet-open", "cap-reached"],
)
def test_closed_questionnaires_show_a_plain_page_and_store_nothing(app, client, change):
    """Closed by hand, by date or by cap: a plain page, and a pending submission is not stored."""
    other = app.test_client()
    if "max_responses" in change:
        _patient_done(other)
    journey = Journey(client, "patient-experience")
    journey.post_page(1, {"fft": "good"})
    journey.post_page(2, {})
    journey.post_page(3, {})
    html = journey.check_page().get_data(as_text=True)
    with app.app_context():
        questionnaire = db.session.scalar(select(Questionnaire).filter_by(slug="patient-experience"))
        for key, value in change.items():
            setattr(questionnaire, key, value)
        db.session.commit()
        before = db.session.scalar(select(func.count(Response.id)))
    start = client.get("/q/patient-experience").get_data(as_text=True)
    assert "not open" in start or "closed" in start or "all the answers it needs" in start
    result = client.post(
        "/q/patient-experience/submit",
        data={"csrf_token": csrf_from(html), "payload": payload_from(html)},
    )
    assert result.status_code == 200
    assert "your answers have been sent" not in result.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count(Response.id))) == before


def test_collection_link_tags_every_response(app, client):
    """Tags on a link are stored on the response without asking the respondent."""
    with app.app_context():
        link = create_link(
            "stakeholder-event",
            "Leeds showcase",
            {"event": "AP showcase", "event_date": "2026-03-12", "region": "north-east-yorkshire"},
        )
        code = link.code
    result = client.get(f"/s/{code}")
    assert result.status_code == 302 and result.headers["Location"].endswith("/q/stakeholder-event")
    journey = Journey(client, "stakeholder-event")
    assert journey.post_page(1, {"event_session": "mental_health_ap_showcase"}).status_code == 302
    journey.post_page(2, {})
    journey.post_page(3, {})
    assert journey.submit().status_code == 303
    with app.app_context():
        response = db.session.scalars(select(Response)).one()
        assert response.tags == {
            "event": "AP showcase",
            "event_date": "2026-03-12",
            "region": "north-east-yorkshire",
        }
        assert response.link.code == code


def test_link_cap_and_closing(app, client):
    """A link closes at its cap or by hand while the questionnaire stays open."""
    with app.app_context():
        code = create_link("patient-experience", "Ward poster", max_responses=1).code
    client.get(f"/s/{code}")
    _patient_done(client)
    again = app.test_client()
    html = again.get(f"/s/{code}").get_data(as_text=True)
    assert "all the answers it needs" in html
    assert "Tell us about your care" in again.get("/q/patient-experience").get_data(as_text=True)
    with app.app_context():
        link = db.session.scalar(select(CollectionLink).filter_by(code=code))
        link.is_open = False
        link.max_responses = None
        db.session.commit()
    assert "This questionnaire is closed" in app.test_client().get(f"/s/{code}").get_data(as_text=True)


def test_link_validation(app):
    """Bad tags, dates and caps are refused with a clear message."""
    with app.app_context():
        with pytest.raises(LinkError, match="unknown tag"):
            create_link("patient-experience", "x", {"colour": "red"})
        with pytest.raises(LinkError, match="event_date must be a date"):
            create_link("patient-experience", "x", {"event_date": "next tuesday"})
        with pytest.raises(LinkError, match="no questionnaire"):
            create_link("nope", "x")
        with pytest.raises(LinkError, match="closing date is before"):
            create_link(
                "patient-experience", "x", closes_on=dt.date(2026, 1, 1), opens_on=dt.date(2026, 2, 1)
            )


def test_pseudonymous_questionnaire_keeps_time(app, client, tmp_path):
    """Only a pseudonymous questionnaire keeps the time of day."""
    from feedback_app.questionnaires.store import load_definition
    from questionnaire_format.parser import parse_definition

    text = (QUESTIONNAIRES / "patient-experience.yaml").read_text(encoding="utf-8")
    text = text.replace("slug: patient-experience", "slug: staff-pulse").replace(
        "anonymity: anonymous", "anonymity: pseudonymous"
    )
    with app.app_context():
        load_definition(parse_definition(text))
    journey = Journey(client, "staff-pulse")
    journey.post_page(1, {"fft": "good"})
    journey.post_page(2, {})
    journey.post_page(3, {})
    assert journey.submit().status_code == 303
    with app.app_context():
        response = db.session.scalars(select(Response)).one()
        assert response.submitted_at is not None


def test_healthz(client):
    """The health endpoint reports the database as fine."""
    result = client.get("/healthz")
    assert result.status_code == 200 and result.get_json() == {"status": "ok", "database": "ok"}


def test_every_response_carries_the_security_headers(client):
    """Pages and redirects carry the security headers once each; HSTS only over HTTPS."""
    page = client.get("/q/patient-experience/page/1")
    token = csrf_from(page.get_data(as_text=True))
    posted = client.post("/q/patient-experience/page/1", data={"csrf_token": token, "fft": "good"})
    assert posted.status_code == 302
    for response in (page, posted):
        headers = response.headers
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "same-origin"
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
        assert "camera=()" in headers["Permissions-Policy"]
        assert headers["Cache-Control"] == "no-store"
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert "unsafe-inline" not in headers["Content-Security-Policy"]
        assert len(headers.getlist("X-Frame-Options")) == 1
        assert "Strict-Transport-Security" not in headers
    secure = client.get("/q/patient-experience", base_url="https://localhost")
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=")
