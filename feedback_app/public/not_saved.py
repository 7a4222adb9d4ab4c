"""The "not saved" pages: what a respondent sent, shown again without the database.

When the database fails (unreachable, connection cut mid-request, locked, timed out), the answers are
shown from what the request holds, never from the database or the server's memory: the check page's
signed submission payload carries what that page showed, and each page of questions carries its own
wording, signed (docs/quality.md rule 23). The browser holds it all; nothing is kept on the server.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import BadRequest

from questionnaire_format.model import Definition
from questionnaire_format.vocabulary import TEXT_TYPES

from ..extensions import db
from ..models import Questionnaire
from ..responses.answers import Answers, FormData, display_value, field_names, shown_questions

NOT_SAVED = (
    "Your answers were not saved. The service is having a problem at the moment. "
    "Your answers are still on this page: please try again in a few minutes."
)
UNREADABLE = "The answers could not be read. Go back to the start and try again."


@dataclass(frozen=True)
class NotSavedPage:
    """The answers of a submission the database did not take, rebuilt from its signed payload alone.

    The payload carries what the check page showed (questionnaire title, page titles, questions and
    answers as worded there), so the page needs no database, whatever failed: unreachable, refused
    mid-request, locked or timed out (docs/quality.md rule 23). Nothing is kept on the server: the
    browser posts it all again.
    """

    slug: str
    title: str
    anonymous: bool
    rows: list[tuple[str, str, list[str]]]
    payload: str
    problem: str = ""
    status: int = 503


@dataclass(frozen=True)
class PageNotSavedPage:
    """A page of answers the database did not take, shown from the request alone: what was typed, and
    every posted field again in hidden inputs so one press sends the page again."""

    slug: str
    number: int
    title: str
    page_title: str
    rows: list[tuple[str, list[str]]]
    fields: list[tuple[str, str]]
    problem: str = NOT_SAVED
    status: int = 503


def submission_serializer() -> URLSafeSerializer:
    """The signer of the check page's submission payload."""
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="submission")


def _page_serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="page context")


def page_context(questionnaire: Questionnaire, definition: Definition, number: int) -> str:
    """Signed words of a page (titles, each field's question and answer labels) for its form to carry."""
    page = definition.pages[number - 1]
    fields = []
    for question in page.questions:
        options = {option.value: option.label for option in question.options}
        statements = {f"{question.key}.{s.key}": s.label for s in question.statements}
        for name in field_names(question):
            label, answers = question.label, options
            if name in statements:
                label = f"{question.label}: {statements[name]}"
            elif name != question.key:
                label, answers = f"{question.label} ({name.rsplit('-', 1)[-1].replace('_', ' ')})", {}
            fields.append((name, label, answers))
    return _page_serializer().dumps({"n": questionnaire.title, "p": page.title, "f": fields})


def page_not_saved(slug: str, number: int, form: FormData) -> PageNotSavedPage | None:
    """What was typed on a page, from the posted form and its signed context (None without one)."""
    try:
        context = _page_serializer().loads(form.get("context") or "")
    except BadSignature:
        return None
    rows, fields = [], [("context", str(form.get("context")))]
    for name, label, answers in context.get("f", []):
        posted = [value[:20_000] for value in form.getlist(name)[:100]]
        fields += [(str(name), value) for value in posted]
        rows.append((str(label), [str(answers.get(value, value)) for value in posted if value.strip()]))
    return PageNotSavedPage(slug, number, str(context.get("n", "")), str(context.get("p", "")), rows, fields)


def shown_rows(definition: Definition, answers: Answers) -> list[tuple[str, str, Any]]:
    """Each question shown on the check page: its page's title, its wording and the answer's lines.

    A text answer is shown as typed, so its row names the answer's key instead of repeating the text:
    the payload stays within the form's size limit however long the answers are.
    """
    return [
        (
            page.title,
            question.label,
            question.key if question.type in TEXT_TYPES else display_value(question, answers),
        )
        for page in definition.pages
        for question in shown_questions(page, answers)
    ]


def _answer_lines(lines: Any, answers: Any) -> list[str]:
    """A row's lines as the payload carries them: the lines, or the key of a text answer."""
    if isinstance(lines, str):
        value = answers.get(lines) if isinstance(answers, dict) else None
        if isinstance(value, list):
            return [str(item) for item in value]
        return [str(value)] if value else []
    return [str(line) for line in lines] if isinstance(lines, list) else [str(lines)]


def forget_failed_session() -> None:
    """Roll the ORM session back after a database failure; a dead connection may refuse even that."""
    try:
        db.session.rollback()
    except SQLAlchemyError:
        db.session.close()


def not_saved(slug: str, payload: str | None) -> NotSavedPage:
    """The "not saved" page for a signed submission payload, built without the database."""
    try:
        data = submission_serializer().loads(payload or "")
    except BadSignature:
        raise BadRequest(UNREADABLE) from None
    if not isinstance(data, dict):
        raise BadRequest(UNREADABLE)
    answers = data.get("a") or {}
    rows = data.get("r")
    if not isinstance(rows, list):
        # A payload signed before the rows were carried: its answers by question key.
        rows = [("", str(key), str(key)) for key in answers]
    return NotSavedPage(
        slug=slug,
        title=str(data.get("n") or "Your answers"),
        anonymous=bool(data.get("anon", True)),
        rows=[(str(page), str(label), _answer_lines(lines, answers)) for page, label, lines in rows],
        payload=str(payload),
        problem=NOT_SAVED,
    )
