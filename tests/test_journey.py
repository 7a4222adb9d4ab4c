"""The respondent journey end to end with the test client."""

from __future__ import annotations

from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import Answer, Draft, Response
from tests.conftest import Journey, answer_patient


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
    from tests.conftest import csrf_from, payload_from

    data = {"csrf_token": csrf_from(html), "payload": payload_from(html)}
    first = client.post("/q/patient-experience/submit", data=data)
    second = client.post("/q/patient-experience/submit", data=data)
    assert first.status_code == second.status_code == 303
    assert first.headers["Location"] == second.headers["Location"]
    with app.app_context():
        assert db.session.scalar(select(func.count(Response.id))) == 1
        assert db.session.scalar(select(func.count(Answer.id))) == 1
