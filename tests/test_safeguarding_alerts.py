"""The e-mail to the safeguarding address when a flagged comment arrives (issue 15, deliverable 4).

A tiny SMTP server in the test process takes what the app sends. The e-mail names the questionnaire,
the category and a link, never the comment or any other answer; it is sent only once the response is
stored and its page has gone; nothing is sent when no address or server is set; and a server that is
down, refuses, or never answers leaves the response stored and the respondent's page unchanged.
"""

from __future__ import annotations

import email
import logging
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import FlaggedComment, Response
from feedback_app.safeguarding.alerts import MailSettings
from tests.helpers import Journey, free_port, make_app
from tests.smtp_sink import Sink, start_sink, stop_sink

SLUG = "patient-experience"
# Written for the project: a disclosure, and an everyday comment in the same response.
DISCLOSURE = "Honestly I do not want to be here anymore, I have started hurting myself again"
ORDINARY = "The group leader was patient with everyone"
SAFEGUARDING = "safeguarding.lead@example.nhs.uk"


@pytest.fixture
def sink() -> Iterator[Sink]:
    """An SMTP server on a loopback port, in a thread, for one test."""
    server, found = start_sink()
    yield found
    stop_sink(server)


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that takes connections and never says a word (an SMTP server that hangs)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    yield listener.getsockname()[1]
    listener.close()


def mail_app(database: str, tmp_path: Path, port: int, **extra: Any) -> Any:
    """An app whose safeguarding alerts go to the given loopback port, without TLS."""
    settings = {
        "SAFEGUARDING_EMAIL": SAFEGUARDING,
        "MAIL_FROM": "feedback@example.nhs.uk",
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": port,
        "SMTP_USE_TLS": False,
        "SMTP_TIMEOUT_SECONDS": 1.0,
        **extra,
    }
    return make_app(database, tmp_path, **settings)


def send_disclosure(app: Any, comment: str = DISCLOSURE) -> tuple[Any, float]:
    """A patient's response with the comment, submitted; the submit's reply (still open) and its time.

    The test client hands back the reply before closing it, as a server hands the page to the browser
    before closing the response: `close()` is when gunicorn runs what `call_on_close` registered.
    """
    client = app.test_client()
    journey = Journey(client, SLUG)
    journey.post_page(1, {"fft": "poor", "what_was_good": ORDINARY, "could_do_better": comment})
    journey.post_page(2, {})
    journey.post_page(3, {})
    started = time.monotonic()
    result = journey.submit()
    return result, time.monotonic() - started


def stored(app: Any) -> tuple[int, list[int]]:
    """Responses stored, and the ids of the flags stored."""
    with app.app_context():
        responses = db.session.scalar(select(func.count()).select_from(Response))
        return int(responses or 0), list(db.session.scalars(select(FlaggedComment.id)))


def test_the_alert_names_the_category_and_links_the_flag_and_holds_no_answer(database, tmp_path, sink):
    app = mail_app(database, tmp_path, sink.port, SMTP_USERNAME="alerts", SMTP_PASSWORD="s3cret-pass")
    result, _ = send_disclosure(app)
    assert result.status_code == 303
    # The page has been handed back but the e-mail waits until the server closes the response.
    assert sink.messages == []
    result.close()
    assert sink.arrived.wait(30), "no e-mail arrived"
    ((sender, recipients, raw),) = sink.messages
    assert (sender, recipients) == ("feedback@example.nhs.uk", [SAFEGUARDING])
    assert len(sink.auth) == 1 and sink.auth[0].startswith("AUTH PLAIN")
    message = email.message_from_bytes(raw)
    body = message.get_payload(decode=True).decode()
    assert message["Subject"] == "Comment flagged for safeguarding review: Tell us about your care"
    _responses, (flag_id,) = stored(app)
    assert "Category: Suicide or self-harm" in body
    assert f"https://feedback.example.nhs.uk/admin/flagged/{flag_id}" in body
    text = raw.decode(errors="replace")
    for answer in ("hurting myself", "want to be here", ORDINARY, "Poor", "poor"):
        assert answer not in text, answer
    with app.app_context():
        reference = db.session.scalar(select(Response.reference))
    assert reference not in text


@pytest.mark.parametrize("missing", ["SAFEGUARDING_EMAIL", "SMTP_HOST"])
def test_nothing_is_sent_without_an_address_or_a_server(database, tmp_path, sink, missing):
    app = mail_app(database, tmp_path, sink.port, **{missing: ""})
    result, _ = send_disclosure(app)
    result.close()
    assert result.status_code == 303 and stored(app)[0] == 1 and len(stored(app)[1]) == 1
    time.sleep(0.5)  # time for a connection that should not come
    assert sink.messages == []


def test_a_comment_without_a_flag_sends_nothing(database, tmp_path, sink):
    app = mail_app(database, tmp_path, sink.port)
    result, _ = send_disclosure(app, "The waiting room was too cold in winter")
    result.close()
    time.sleep(0.5)
    assert result.status_code == 303 and stored(app) == (1, []) and sink.messages == []


@pytest.mark.parametrize("server", ["refusing", "silent"])
def test_a_failing_mail_server_loses_nothing_delays_nobody_and_logs_no_text(
    database, tmp_path, caplog, silent_port, server
):
    """Nothing listening, or a server that never answers: stored, redirected, failure logged plainly."""
    port = free_port() if server == "refusing" else silent_port
    app = mail_app(database, tmp_path, port)
    with caplog.at_level(logging.ERROR):
        result, _ = send_disclosure(app)
        # The respondent has the redirect to the thank-you page, and the response is stored...
        assert result.status_code == 303 and "/complete?ref=" in result.headers["Location"]
        responses, flag_ids = stored(app)
        assert responses == 1 and len(flag_ids) == 1
        closing = time.monotonic()
        result.close()
        closed = time.monotonic() - closing
    # ...before the e-mail is tried; a silent server costs the timeout (1 s here), then gives up.
    if server == "silent":
        assert 0.9 <= closed < 20, closed
    failures = [r.getMessage() for r in caplog.records if "safeguarding alert not sent" in r.getMessage()]
    expected = "ConnectionRefusedError" if server == "refusing" else "SMTPServerDisconnected"  # timed out
    assert failures == [f"safeguarding alert not sent: {expected}"], failures
    logged = caplog.text
    assert "hurting myself" not in logged and ORDINARY not in logged


def test_tls_asked_of_a_server_without_it_is_a_logged_failure(database, tmp_path, caplog, sink):
    app = mail_app(database, tmp_path, sink.port, SMTP_USE_TLS=True)
    with caplog.at_level(logging.ERROR):
        result, _ = send_disclosure(app)
        result.close()
    assert result.status_code == 303 and stored(app)[0] == 1 and sink.messages == []
    assert "safeguarding alert not sent: SMTPNotSupportedError" in caplog.text


def test_mail_settings_come_from_the_environment(monkeypatch, tmp_path):
    """Each variable the README lists reaches the settings; an empty address means no e-mail."""
    from feedback_app.config import default_settings

    monkeypatch.delenv("SAFEGUARDING_EMAIL", raising=False)
    monkeypatch.delenv("SMTP_HOST", raising=False)
    assert MailSettings.from_config(default_settings(str(tmp_path))) is None
    for name, value in {
        "SAFEGUARDING_EMAIL": SAFEGUARDING,
        "SMTP_HOST": "smtp.example.nhs.uk",
        "SMTP_PORT": "2525",
        "SMTP_USERNAME": "alerts",
        "SMTP_PASSWORD": "pw",
        "SMTP_USE_TLS": "0",
        "SMTP_TIMEOUT_SECONDS": "2.5",
        "MAIL_FROM": "no-reply@example.nhs.uk",
        "BASE_URL": "https://feedback.example.nhs.uk/",
    }.items():
        monkeypatch.setenv(name, value)
    settings = MailSettings.from_config(default_settings(str(tmp_path)))
    assert settings == MailSettings(
        recipient=SAFEGUARDING,
        sender="no-reply@example.nhs.uk",
        host="smtp.example.nhs.uk",
        port=2525,
        username="alerts",
        password="pw",
        use_tls=False,
        timeout=2.5,
        base_url="https://feedback.example.nhs.uk",
    )
    monkeypatch.delenv("MAIL_FROM")
    monkeypatch.setenv("CONTACT_EMAIL", "ap.programme@example.nhs.uk")
    defaults = MailSettings.from_config(default_settings(str(tmp_path)))
    assert defaults is not None and defaults.sender == "ap.programme@example.nhs.uk"


def queued_alerts(app: Any) -> list[Any]:
    """The safeguarding alerts waiting on the app's task queue."""
    pending = app.extensions["report_queue"].pending()
    return [task for task in pending if task.name == "feedback_app.safeguarding_alert"]


def test_an_alert_the_server_refused_is_queued_with_ids_only_and_sent_when_the_server_is_back(
    database, tmp_path, caplog
):
    """The queue keeps the flags' ids, never text; the worker's next try sends the same e-mail."""
    app = mail_app(database, tmp_path, free_port())
    with caplog.at_level(logging.WARNING):
        result, _ = send_disclosure(app)
        result.close()
    _responses, (flag_id,) = stored(app)
    (task,) = queued_alerts(app)
    assert task.args == ([flag_id],) and task.kwargs == {}
    assert "safeguarding alert queued to be tried again" in caplog.text
    server, sink = start_sink()
    try:
        app.config["SMTP_PORT"] = sink.port
        app.extensions["safeguarding_alert_retry"].call_local([flag_id])
        assert sink.arrived.wait(30), "no e-mail arrived"
    finally:
        stop_sink(server)
    message = email.message_from_bytes(sink.messages[0][2])
    body = message.get_payload(decode=True).decode()
    assert message["Subject"] == "Comment flagged for safeguarding review: Tell us about your care"
    assert f"/admin/flagged/{flag_id}" in body and "hurting myself" not in body


def test_a_try_that_fails_again_is_left_to_the_queue_and_the_last_one_says_so(database, tmp_path, caplog):
    from feedback_app.safeguarding.alerts import AlertNotSent, send_alert_again

    app = mail_app(database, tmp_path, free_port())
    result, _ = send_disclosure(app)
    result.close()
    _responses, (flag_id,) = stored(app)
    with app.app_context(), caplog.at_level(logging.ERROR):
        with pytest.raises(AlertNotSent):
            send_alert_again([flag_id])
        assert "given up" not in caplog.text
        with pytest.raises(AlertNotSent):
            send_alert_again([flag_id], last_try=True)
    assert "safeguarding alert given up after 7 tries" in caplog.text
    assert "hurting myself" not in caplog.text


def test_an_alert_whose_flag_was_erased_meanwhile_sends_nothing(database, tmp_path, sink):
    app = mail_app(database, tmp_path, free_port())
    result, _ = send_disclosure(app)
    result.close()
    _responses, (flag_id,) = stored(app)
    with app.app_context():
        db.session.execute(FlaggedComment.__table__.delete())
        db.session.commit()
        app.config["SMTP_PORT"] = sink.port
        from feedback_app.safeguarding.alerts import send_alert_again

        send_alert_again([flag_id])
    time.sleep(0.5)
    assert sink.messages == []
