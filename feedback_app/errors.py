"""Error pages: plain words, the NHS.UK layout, never a traceback, SQL or file path."""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import HTTPException, InternalServerError, SecurityError

from .extensions import db

log = logging.getLogger(__name__)


class NotFound(LookupError):
    """What a team-area page asked for (questionnaire, version, link, member) does not exist."""


class SettingsError(ValueError):
    """A change was refused; the message says why, in words for the team."""


TITLES = {
    400: "Sorry, there is a problem with what was sent",
    403: "You cannot do that",
    404: "Page not found",
    405: "Sorry, that is not allowed",
    410: "This page has gone",
    413: "Sorry, too much was sent",
    415: "Sorry, there is a problem with what was sent",
    429: "Too many attempts",
    503: "Sorry, the service is unavailable",
}


# Blueprints of the team's pages (sign-in included), whose errors never speak of respondents' answers.
STAFF_BLUEPRINTS = ("auth", "admin")


def _render(status: int, title: str, message: str) -> tuple[str, int]:
    return render_template("errors/error.html", status=status, title=title, message=message), status


def handle_http_error(error: HTTPException) -> tuple[str, int]:
    """Render a client error in the site's layout."""
    status = error.code or 500
    if status >= 500:
        return handle_server_error(error)
    message = error.description if status in (400, 413, 415) else _default_message(status)
    return _render(status, TITLES.get(status, "Sorry, there is a problem"), message or "")


def _default_message(status: int) -> str:
    if status == 404:
        return (
            "If you typed the web address, check it is correct. If you pasted it, check you copied all of it."
        )
    if status == 405:
        return "This page cannot be used in that way. Go back and use the buttons on the page."
    if status == 403:
        return "You do not have permission to see this page."
    return "Go back and try again."


def handle_csrf_error(error: CSRFError) -> tuple[str, int]:
    """A missing or foreign CSRF token: nothing was stored."""
    return _render(
        400,
        "Sorry, your session has ended",
        "Nothing was saved. This can happen if the page was open for a long time or cookies are "
        "blocked. Go back to the start and try again.",
    )


def handle_database_error(error: SQLAlchemyError) -> tuple[str, int]:
    """The database is down or locked past its timeout: say plainly that nothing was saved."""
    db.session.rollback()
    log.error("database error on %s %s: %s", request.method, request.path, type(error).__name__)
    if request.blueprint in STAFF_BLUEPRINTS:
        # Team members were not answering a questionnaire: no word about answers for them.
        return _render(
            503,
            TITLES[503],
            "The service is having a problem at the moment. Nothing was changed. "
            "Please try again in a few minutes.",
        )
    return _render(
        503,
        "Sorry, your answers were not saved",
        "The service is having a problem at the moment. Your answers were not saved. "
        "Please try again in a few minutes.",
    )


def handle_server_error(error: Exception) -> tuple[str, int]:
    """Anything unexpected: log the type (never answer text) and show a plain page."""
    db.session.rollback()
    original = getattr(error, "original_exception", None) or error
    if isinstance(original, SQLAlchemyError):
        return handle_database_error(original)
    log.exception("unexpected error on %s %s", request.method, request.path, exc_info=original)
    return _render(
        500,
        "Sorry, there is a problem with the service",
        "Try again later. If you were answering a questionnaire, your answers were not saved.",
    )


def handle_untrusted_host(_error: SecurityError) -> Response:
    """A Host header outside TRUSTED_HOSTS: no link can be built for it, so no layout either."""
    return Response("Sorry, this address is not served here.", 400, mimetype="text/plain")


def init_errors(app: Flask) -> None:
    """Register the handlers."""
    app.register_error_handler(CSRFError, handle_csrf_error)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(SecurityError, handle_untrusted_host)
    app.register_error_handler(SQLAlchemyError, handle_database_error)
    app.register_error_handler(InternalServerError, handle_server_error)
    app.register_error_handler(Exception, handle_server_error)


def health_payload(ok: bool, detail: str) -> tuple[object, int]:
    """The JSON body and status of the health endpoint."""
    return jsonify(status="ok" if ok else "fault", database=detail), (200 if ok else 503)
