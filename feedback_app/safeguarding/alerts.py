"""The e-mail to the safeguarding address when a response arrives with a risk flag.

It names the questionnaire, each flag's category and a link to the flag in the team area: never the
comment, nor any other answer. It is sent after the respondent's page has gone (the response is
stored and committed first), with a short timeout, and a failure is logged, never raised: an e-mail
server that is down or slow neither loses a response nor delays a respondent. A failed alert is put
on the task queue (the flags' ids only) and the worker tries again, every few minutes for half an hour.
"""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from flask import Response, after_this_request, current_app
from sqlalchemy import select

from analysis.text.risk import RISK_CATEGORIES

from ..extensions import db
from ..models import FlaggedComment, Questionnaire
from ..models import Response as StoredResponse
from .flags import StoredFlag

# Where the app keeps the queue's task that sends an alert again (registered with the task queue).
RETRY_TASK = "safeguarding_alert_retry"
# How often the worker tries a failed alert again, and how long it waits between tries (seconds).
RETRIES = 6
RETRY_DELAY_SECONDS = 300


class AlertNotSent(RuntimeError):
    """The alert could not be sent this time; the queue tries again later."""


@dataclass(frozen=True)
class MailSettings:
    """Where the alert goes and the SMTP server that takes it, read from the app's settings."""

    recipient: str
    sender: str
    host: str
    port: int
    username: str
    password: str
    use_tls: bool
    timeout: float
    base_url: str

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> MailSettings | None:
        """The settings, or None when no safeguarding address or no SMTP server is configured."""
        if not config.get("SAFEGUARDING_EMAIL") or not config.get("SMTP_HOST"):
            return None
        return cls(
            recipient=str(config["SAFEGUARDING_EMAIL"]),
            sender=str(config.get("MAIL_FROM") or config["CONTACT_EMAIL"]),
            host=str(config["SMTP_HOST"]),
            port=int(config["SMTP_PORT"]),
            username=str(config.get("SMTP_USERNAME") or ""),
            password=str(config.get("SMTP_PASSWORD") or ""),
            use_tls=bool(config["SMTP_USE_TLS"]),
            timeout=float(config["SMTP_TIMEOUT_SECONDS"]),
            base_url=str(config["BASE_URL"]).rstrip("/"),
        )


def flag_link(base_url: str, flag_id: int) -> str:
    """The address of one flag in the team area (signing in is needed to open it)."""
    return f"{base_url}/admin/flagged/{flag_id}"


def alert_message(
    settings: MailSettings, questionnaire_title: str, flags: Sequence[StoredFlag]
) -> EmailMessage:
    """The alert: the questionnaire, each flag's category and link, and nothing anyone wrote."""
    message = EmailMessage()
    message["Subject"] = f"Comment flagged for safeguarding review: {questionnaire_title}"
    message["From"] = settings.sender
    message["To"] = settings.recipient
    lines = [
        f'A response to "{questionnaire_title}" has just arrived with '
        + ("a comment" if len(flags) == 1 else f"{len(flags)} comments")
        + " that the automatic risk check flagged.",
        "",
    ]
    for flag in flags:
        lines += [
            f"Category: {RISK_CATEGORIES.get(flag.category, flag.category)}",
            flag_link(settings.base_url, flag.id),
            "",
        ]
    lines += [
        "Sign in to read the comment, decide what to do under your safeguarding process, and record",
        "its status and a note. The check is automatic and can be wrong either way.",
        "",
        "This e-mail holds no answers: comments are only in the team area.",
    ]
    message.set_content("\n".join(lines))
    return message


def send_alert(settings: MailSettings, message: EmailMessage, logger: logging.Logger) -> bool:
    """Send the alert; on any failure log its kind (never the message) and return False."""
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout) as smtp:
            if settings.use_tls:
                smtp.starttls()
            if settings.username:
                smtp.login(settings.username, settings.password)
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        logger.error("safeguarding alert not sent: %s", type(exc).__name__)
        return False
    return True


def alert_after_response(questionnaire_title: str, flags: Sequence[StoredFlag]) -> None:
    """Send the alert for a new response's flags once its page has gone to the respondent.

    Nothing is sent when the response has no flags or no address or server is configured. The
    e-mail goes when the server closes the response (`call_on_close`), after the respondent's
    browser has its redirect, so a slow server keeps only this worker, for at most the timeout.
    """
    settings = MailSettings.from_config(current_app.config)
    if settings is None or not flags:
        return
    message = alert_message(settings, questionnaire_title, flags)
    logger = current_app.logger
    retry = current_app.extensions.get(RETRY_TASK)
    flag_ids = [flag.id for flag in flags]

    def send_or_queue() -> None:
        if send_alert(settings, message, logger) or retry is None:
            return
        try:
            retry(flag_ids)
        except Exception as exc:  # the queue itself is down: nothing more can be done here
            logger.error("safeguarding alert not queued to be tried again: %s", type(exc).__name__)
        else:
            logger.warning("safeguarding alert queued to be tried again")

    @after_this_request
    def _send_when_closed(response: Response) -> Response:
        response.call_on_close(send_or_queue)
        return response


def send_alert_again(flag_ids: Sequence[int], last_try: bool = False) -> None:
    """The worker's next try: the alert built again from the stored flags (none left: erased, nothing
    sent), sent, or AlertNotSent raised so the queue tries later."""
    settings = MailSettings.from_config(current_app.config)
    if settings is None:
        return
    query = (
        select(FlaggedComment.id, FlaggedComment.category, Questionnaire.title)
        .join(StoredResponse, StoredResponse.id == FlaggedComment.response_id)
        .join(Questionnaire, Questionnaire.id == StoredResponse.questionnaire_id)
        .where(FlaggedComment.id.in_(list(flag_ids)))
        .order_by(FlaggedComment.id)
    )
    rows = db.session.execute(query).all()
    if not rows:
        return
    message = alert_message(settings, rows[0].title, [StoredFlag(row.id, row.category) for row in rows])
    if send_alert(settings, message, current_app.logger):
        return
    if last_try:
        current_app.logger.error("safeguarding alert given up after %d tries", RETRIES + 1)
    raise AlertNotSent("safeguarding alert not sent; the queue tries again")
