"""Hostile or broken form posts: a clear answer, nothing stored, nothing already stored lost."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote_from_bytes, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from feedback_app.extensions import db
from feedback_app.models import Draft, Response
from tests.helpers import Journey, answer_patient, csrf_from

PAGE = "/q/patient-experience/page/1"
FORM = "application/x-www-form-urlencoded"


def _started(client: Any) -> tuple[str, dict[str, Any]]:
    """A respondent with page 1 saved; their CSRF token and the stored draft."""
    saved = {"fft": "good", "what_was_good": "Saved before"}
    assert Journey(client, "patient-experience").post_page(1, saved).status_code == 302
    return csrf_from(client.get(PAGE).get_data(as_text=True)), saved


def _stored(app: Any) -> tuple[list[dict[str, Any]], int]:
    with app.app_context():
        drafts = list(db.session.scalars(select(Draft.answers)))
        responses = db.session.scalar(select(func.count()).select_from(Response)) or 0
    return drafts, responses


@pytest.mark.parametrize(
    "body",
    [
        b"fft=good&what_was_good=%C3%28",  # invalid UTF-8 (a lead byte without its continuation)
        b"fft=good&what_was_good=caf\xe9",  # Latin-1, not UTF-8
        b"fft=good&what_was_good=a%00b",  # a NUL byte, encoded
        b"fft=good&what_%00was_good=x",  # a NUL byte in a field name
    ],
    ids=["broken-utf8", "latin1", "nul-value", "nul-name"],
)
def test_unreadable_bodies_are_refused_and_store_nothing(app, client, body):
    """Invalid UTF-8 or NUL bytes: 400 with a plain message; the saved draft is unchanged."""
    token, saved = _started(client)
    posted = client.post(PAGE, data=b"csrf_token=" + token.encode() + b"&" + body, content_type=FORM)
    assert posted.status_code == 400
    assert "characters that are not allowed" in posted.get_data(as_text=True)
    assert _stored(app) == ([saved], 0)


def test_too_many_fields_is_refused(app, client):
    """More fields than any page has: 413, nothing stored."""
    token, saved = _started(client)
    fields = [("csrf_token", token), ("fft", "poor")] + [(f"x{n}", "1") for n in range(400)]
    posted = client.post(PAGE, data=urlencode(fields), content_type=FORM)
    assert posted.status_code == 413
    assert "Too much was sent" in posted.get_data(as_text=True)
    assert _stored(app) == ([saved], 0)


def test_oversized_body_is_refused(app, client):
    """A body over the size limit: 413 before anything is read into a form, nothing stored."""
    token, saved = _started(client)
    huge = urlencode({"csrf_token": token, "fft": "poor", "what_was_good": "x" * 70_000})
    posted = client.post(PAGE, data=huge, content_type=FORM)
    assert posted.status_code == 413
    assert _stored(app) == ([saved], 0)


def test_missing_or_forged_csrf_reshows_the_answers_and_stores_nothing(app, client):
    """No token, or a forged one: the page again with the answers typed, and nothing saved."""
    _token, saved = _started(client)
    for token in (None, "forged.token.value"):
        data = {"fft": "poor", "what_was_good": "Typed without a token"}
        if token:
            data["csrf_token"] = token
        posted = client.post(PAGE, data=data)
        html = posted.get_data(as_text=True)
        assert posted.status_code == 400
        assert "session ended" in html
        assert "Typed without a token" in html
    assert _stored(app) == ([saved], 0)


def test_another_sessions_csrf_token_is_refused(app, client):
    """A token that is valid, but for someone else's session, stores nothing (docs/quality.md rule 1)."""
    _token, saved = _started(client)
    stranger = app.test_client()
    foreign = csrf_from(stranger.get(PAGE).get_data(as_text=True))
    posted = client.post(PAGE, data={"csrf_token": foreign, "fft": "poor", "what_was_good": "Not mine"})
    assert posted.status_code == 400
    assert "session ended" in posted.get_data(as_text=True)
    assert _stored(app) == ([saved], 0)


def test_csrf_token_lasts_the_whole_session(app, client):
    """One token from the first page is accepted on every later page and at submission."""
    first = client.get(PAGE)
    token = csrf_from(first.get_data(as_text=True))
    for number, data in enumerate(
        [{"fft": "very_good", "what_was_good": "Kind", "could_do_better": ""}, {}, {}], start=1
    ):
        posted = client.post(f"/q/patient-experience/page/{number}", data={"csrf_token": token, **data})
        assert posted.status_code == 302, posted.status_code
    assert answer_patient(client).status_code == 303
    assert _stored(app)[1] == 1


_FIELD_NAMES = st.sampled_from(["fft", "what_was_good", "could_do_better", "id", "created_at", "csrf_token"])
_BODIES = st.lists(
    st.tuples(
        st.one_of(_FIELD_NAMES, st.binary(max_size=20)),
        st.one_of(
            st.text(max_size=200), st.binary(max_size=200), st.sampled_from(["good", "poor", "x" * 2000])
        ),
    ),
    max_size=12,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=_BODIES)
def test_random_form_bodies_never_cause_a_server_error(app, client, fields):
    """Whatever the body (any bytes, names, lengths, extra fields), the answer is never a 5xx, and
    a post that is not accepted leaves the draft as it was."""
    token, saved = _started(client)
    parts = [b"csrf_token=" + token.encode()]
    for name, value in fields:
        name_bytes = name if isinstance(name, bytes) else name.encode()
        value_bytes = value if isinstance(value, bytes) else value.encode()
        parts.append(quote_from_bytes(name_bytes).encode() + b"=" + quote_from_bytes(value_bytes).encode())
    posted = client.post(PAGE, data=b"&".join(parts), content_type=FORM)
    assert posted.status_code < 500
    drafts, responses = _stored(app)
    assert responses == 0
    if posted.status_code != 302:
        assert drafts == [saved]
    # Back to a known state for the next example.
    with app.app_context():
        db.session.execute(delete(Draft))
        db.session.commit()


def _multipart(fields: list[tuple[str, bytes]], boundary: str = "hostile-boundary") -> bytes:
    """A multipart/form-data body of text fields, their bytes sent as they are."""
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode() + value + b"\r\n"
        for name, value in fields
    ]
    return b"".join(parts) + f"--{boundary}--\r\n".encode()


@pytest.mark.parametrize(
    "answer",
    [b"caf\xe9", b"\xc3\x28", b"ok \xff\xfe"],
    ids=["latin1", "broken-utf8", "stray-bytes"],
)
def test_invalid_utf8_in_a_multipart_body_is_refused_and_stores_nothing(app, client, answer):
    """Rule 24: a multipart post is held to the same UTF-8 as a urlencoded one, not stored as '\ufffd'."""
    token, saved = _started(client)
    body = _multipart([("csrf_token", token.encode()), ("fft", b"poor"), ("what_was_good", answer)])
    posted = client.post(PAGE, data=body, content_type="multipart/form-data; boundary=hostile-boundary")
    assert posted.status_code == 400
    assert "characters that are not allowed" in posted.get_data(as_text=True)
    assert _stored(app) == ([saved], 0)


def test_valid_utf8_in_a_multipart_body_is_saved(app, client):
    """The same post in valid UTF-8, a typed replacement character included, is read and saved."""
    token, _saved = _started(client)
    answer = "Café, naïve, \ufffd and 🙂"
    body = _multipart([("csrf_token", token.encode()), ("fft", b"poor"), ("what_was_good", answer.encode())])
    posted = client.post(PAGE, data=body, content_type="multipart/form-data; boundary=hostile-boundary")
    assert posted.status_code == 302
    drafts, responses = _stored(app)
    assert drafts == [{"fft": "poor", "what_was_good": answer}]
    assert responses == 0
