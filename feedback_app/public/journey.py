"""The respondent's journey: what each step reads, checks and stores, and what the browser is shown next.

The views in routes.py parse the request and call one function here; each returns an outcome (a
page to show, a redirect, or the closed page) that the view turns into a response. The session
cookie's part (the draft token and the link used, per questionnaire) travels in a `Respondent`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask import current_app
from itsdangerous import BadSignature
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import BadRequest, NotFound

from questionnaire_format.model import Definition

from ..database import request_connection
from ..extensions import db
from ..models import CollectionLink, Questionnaire
from ..questionnaires.availability import Availability, availability
from ..questionnaires.links import get_link
from ..questionnaires.store import get_by_slug
from ..responses.answers import (
    Answers,
    FormData,
    first_incomplete_page,
    shown_questions,
    validate_page,
    values_from_answers,
    values_from_form,
    visible_answers,
)
from ..responses.submission import (
    DraftState,
    SubmissionError,
    current_definition,
    definition_for,
    get_draft,
    questionnaire_and_draft,
    questionnaire_by_slug,
    save_page_answers,
    submit,
    version_key,
)
from ..safeguarding.alerts import alert_after_response
from .not_saved import (
    NOT_SAVED,
    UNREADABLE,
    NotSavedPage,
    PageNotSavedPage,
    forget_failed_session,
    not_saved,
    page_not_saved,
    shown_rows,
    submission_serializer,
)

SESSION_ENDED = (
    "Your session ended before your answers could be saved. Your answers are still on this page: "
    "check them and continue."
)


@dataclass
class Respondent:
    """What the session cookie remembers, per questionnaire slug: the draft's token and the link used."""

    drafts: dict[str, Any] = field(default_factory=dict)
    links: dict[str, Any] = field(default_factory=dict)

    def draft_token(self, slug: str) -> str | None:
        """The token of this respondent's draft of a questionnaire, if they have one."""
        token = self.drafts.get(slug)
        return token if isinstance(token, str) else None

    def keep_draft(self, slug: str, token: str | None) -> None:
        """Remember a draft's token (or forget the draft, once submitted)."""
        if token is None:
            self.drafts.pop(slug, None)
        else:
            self.drafts[slug] = token


@dataclass(frozen=True)
class Redirect:
    """Send the browser to another step: an endpoint of the public blueprint and its URL values."""

    endpoint: str
    values: dict[str, Any] = field(default_factory=dict)
    code: int = 302


@dataclass(frozen=True)
class Closed:
    """The questionnaire (or the link used) takes no answers now; `state` says why."""

    questionnaire: Questionnaire
    state: Availability


@dataclass(frozen=True)
class QuestionPage:
    """One page of questions to show, with the values to fill in and any errors or problem."""

    questionnaire: Questionnaire
    definition: Definition
    number: int
    answers: Answers
    values: dict[str, Any]
    errors: dict[str, str] = field(default_factory=dict)
    problem: str | None = None
    status: int = 200


@dataclass(frozen=True)
class CheckPage:
    """The check-your-answers page, with the signed payload its submit button posts."""

    questionnaire: Questionnaire
    definition: Definition
    answers: Answers
    payload: str
    problem: str | None = None
    status: int = 200


@dataclass(frozen=True)
class StartPage:
    """A questionnaire with its current definition: the start page or the privacy notice."""

    questionnaire: Questionnaire
    definition: Definition


Outcome = Redirect | Closed | QuestionPage | CheckPage | NotSavedPage | PageNotSavedPage


def _questionnaire_or_404(conn: Connection, slug: str) -> Questionnaire:
    questionnaire = questionnaire_by_slug(conn, slug)
    if questionnaire is None:
        raise NotFound()
    return questionnaire


def _link(questionnaire: Questionnaire, respondent: Respondent) -> CollectionLink | None:
    link_id = respondent.links.get(questionnaire.slug)
    if link_id is None:
        return None
    link = db.session.get(CollectionLink, link_id)
    return link if link is not None and link.questionnaire_id == questionnaire.id else None


def _answering(
    conn: Connection, questionnaire: Questionnaire, draft: DraftState | None
) -> tuple[int, Definition, Answers, bool]:
    """The version id this respondent answers (their draft's, or the current one), its definition,
    the answers so far, and whether a draft was found."""
    if draft is not None and draft.questionnaire_id == questionnaire.id:
        return draft.version_id, definition_for(draft.version_id, draft.checksum), dict(draft.answers), True
    version_id, definition = current_definition(conn, questionnaire)
    return version_id, definition, {}, False


def _signed_version(
    conn: Connection, data: Any, questionnaire: Questionnaire
) -> tuple[int, Definition] | None:
    """The version a signed payload names, with its definition, if it belongs to the questionnaire."""
    version_id = data.get("v") if isinstance(data, dict) else None
    key = version_key(conn, version_id)
    if key is None or key[0] != questionnaire.id:
        return None
    assert isinstance(version_id, int)  # version_key found a row for it
    return version_id, definition_for(version_id, key[1])


def _next_page(definition: Definition, number: int, answers: Answers) -> int | None:
    for later in range(number + 1, len(definition.pages) + 1):
        if shown_questions(definition.pages[later - 1], answers):
            return later
    return None


def arrive_by_link(code: str, respondent: Respondent) -> Outcome:
    """A short link: remember it for its questionnaire, then go to the start page."""
    link = get_link(code)
    if link is None:
        raise NotFound()
    questionnaire = link.questionnaire
    state = availability(questionnaire, link)
    if state is not Availability.OPEN:
        return Closed(questionnaire, state)
    respondent.links[questionnaire.slug] = link.id
    return Redirect("public.start", {"slug": questionnaire.slug})


def start(slug: str, respondent: Respondent) -> StartPage | Closed:
    """The start page's questionnaire and definition, or why it is closed to this respondent."""
    conn = db.session.connection()
    questionnaire = _questionnaire_or_404(conn, slug)
    state = availability(questionnaire, _link(questionnaire, respondent))
    if state is not Availability.OPEN:
        return Closed(questionnaire, state)
    return StartPage(questionnaire, current_definition(conn, questionnaire)[1])


def privacy_notice(slug: str) -> StartPage:
    """A questionnaire and its current definition, for its privacy notice (shown even when closed)."""
    conn = db.session.connection()
    questionnaire = _questionnaire_or_404(conn, slug)
    return StartPage(questionnaire, current_definition(conn, questionnaire)[1])


def confirmation(slug: str, reference: str) -> StartPage:
    """The questionnaire and wording of a confirmation page; a reference that cannot be one is a 404."""
    conn = db.session.connection()
    questionnaire = _questionnaire_or_404(conn, slug)
    if not (reference.isalnum() and len(reference) <= 12):
        raise NotFound()
    return StartPage(questionnaire, current_definition(conn, questionnaire)[1])


def answer_page(
    slug: str, number: int, form: FormData | None, change: bool, respondent: Respondent
) -> Outcome:
    """Show one page of questions (form None) or take its answers into the draft (a posted form)."""
    try:
        # One Core connection for the request's read and its write (see database.write_transaction).
        with request_connection() as conn:
            return _answer_page(conn, slug, number, form, change, respondent)
    except SQLAlchemyError:
        # The database failed before the page could even be read (unreachable, connection cut): what
        # was typed is shown from the request itself, labelled by the page's signed context.
        shown = None if form is None else page_not_saved(slug, number, form)
        if shown is None:
            raise
        forget_failed_session()
        current_app.logger.error("could not save a page of answers (database error)")
        return shown


def _answer_page(
    conn: Connection, slug: str, number: int, form: FormData | None, change: bool, respondent: Respondent
) -> Outcome:
    questionnaire, draft = questionnaire_and_draft(conn, slug, respondent.draft_token(slug))
    if questionnaire is None:
        raise NotFound()
    link = _link(questionnaire, respondent)
    state = availability(questionnaire, link)
    if state is not Availability.OPEN:
        return Closed(questionnaire, state)
    version_id, definition, answers, _ = _answering(conn, questionnaire, draft)
    if not 1 <= number <= len(definition.pages):
        raise NotFound()
    questions = shown_questions(definition.pages[number - 1], answers)
    if form is None:
        if not questions:
            following = _next_page(definition, number, answers)
            if following is None:
                return Redirect("public.check", {"slug": slug})
            return Redirect("public.page", {"slug": slug, "number": following})
        return QuestionPage(
            questionnaire, definition, number, answers, values_from_answers(questions, answers)
        )
    result = validate_page(questions, form)
    if not result.ok:
        values = values_from_form(questions, form)
        return QuestionPage(questionnaire, definition, number, answers, values, result.errors)
    page_keys = [k for q in definition.pages[number - 1].questions for k in q.answer_keys()]
    try:
        token = save_page_answers(
            conn,
            respondent.draft_token(slug),
            version_id,
            page_keys,
            result.answers,
            link.id if link else None,
        )
    except SQLAlchemyError:
        db.session.rollback()
        current_app.logger.error("could not save a page of answers (database error)")
        values = values_from_form(questions, form)
        return QuestionPage(questionnaire, definition, number, answers, values, problem=NOT_SAVED, status=503)
    respondent.keep_draft(slug, token)
    following = _next_page(definition, number, {**answers, **result.answers})
    if change or following is None:
        return Redirect("public.check", {"slug": slug})
    return Redirect("public.page", {"slug": slug, "number": following})


def check_answers(slug: str, respondent: Respondent) -> Outcome:
    """The check-your-answers page, or the step still to do first."""
    with db.engine.connect() as conn:
        questionnaire, draft = questionnaire_and_draft(conn, slug, respondent.draft_token(slug))
        if questionnaire is None:
            raise NotFound()
        state = availability(questionnaire, _link(questionnaire, respondent))
        if state is not Availability.OPEN:
            return Closed(questionnaire, state)
        version_id, definition, answers, has_draft = _answering(conn, questionnaire, draft)
    token = respondent.draft_token(slug)
    if not has_draft or token is None:
        return Redirect("public.start", {"slug": slug})
    answers = visible_answers(definition, answers)
    missing = first_incomplete_page(definition, answers)
    if missing is not None:
        return Redirect("public.page", {"slug": slug, "number": missing})
    signed = {
        "q": questionnaire.id,
        "v": version_id,
        "t": token,
        "a": answers,
        # What this page shows, so the "not saved" page can show it again with no database at all.
        "n": questionnaire.title,
        "anon": definition.is_anonymous,
        "r": shown_rows(definition, answers),
    }
    return CheckPage(questionnaire, definition, answers, submission_serializer().dumps(signed))


def submit_answers(slug: str, payload: str | None, respondent: Respondent) -> Outcome:
    """Store the checked answers once; every copy of the same submission lands on one confirmation."""
    try:
        # One Core connection for the reads and the write, as on the answer pages.
        with request_connection() as conn:
            return _submit_answers(conn, slug, payload, respondent)
    except SQLAlchemyError as exc:
        # Any database failure, at the first read or at the write: the page comes from the payload.
        forget_failed_session()
        current_app.logger.error("could not store a submission (database error: %s)", type(exc).__name__)
        return not_saved(slug, payload)


def _submit_answers(conn: Connection, slug: str, payload: str | None, respondent: Respondent) -> Outcome:
    questionnaire = _questionnaire_or_404(conn, slug)
    if payload is None:
        raise BadRequest(UNREADABLE)
    try:
        data = submission_serializer().loads(payload)
    except BadSignature:
        raise BadRequest(UNREADABLE) from None
    if not isinstance(data, dict) or data.get("q") != questionnaire.id:
        raise BadRequest("These answers belong to a different questionnaire.")
    signed = _signed_version(conn, data, questionnaire)
    if signed is None:
        raise BadRequest("This version of the questionnaire no longer exists.")
    version_id, definition = signed
    link = _link(questionnaire, respondent)
    answers = dict(data.get("a") or {})
    try:
        submitted = submit(conn, str(data["t"]), questionnaire, version_id, definition, link, answers)
    except SubmissionError as exc:
        if exc.page is not None:
            return Redirect("public.page", {"slug": slug, "number": exc.page})
        if exc.state is not None:
            # Found closed or full inside the submission's write, which counted every response before it.
            return Closed(questionnaire, exc.state)
        raise BadRequest(exc.reason) from None
    respondent.keep_draft(slug, None)
    # Stored and committed: only now may the safeguarding address hear of its flags.
    alert_after_response(questionnaire.title, submitted.flags)
    return Redirect("public.complete", {"slug": slug, "ref": submitted.reference}, code=303)


def session_ended(
    slug: Any, endpoint: str | None, number: int, form: FormData, respondent: Respondent
) -> Outcome | None:
    """A form posted without a valid CSRF token: nothing is stored, but the answers are shown again.

    None when there is no such questionnaire (the caller shows a plain "session ended" page).
    """
    questionnaire = get_by_slug(slug) if isinstance(slug, str) else None
    if questionnaire is None:
        return None
    conn = db.session.connection()
    if endpoint == "public.page":
        draft = get_draft(conn, respondent.draft_token(questionnaire.slug))
        _, definition, answers, _ = _answering(conn, questionnaire, draft)
        if 1 <= number <= len(definition.pages):
            questions = shown_questions(definition.pages[number - 1], answers)
            values = values_from_form(questions, form)
            return QuestionPage(
                questionnaire, definition, number, answers, values, problem=SESSION_ENDED, status=400
            )
    if endpoint == "public.submit_answers":
        payload = form.get("payload") or ""
        try:
            data = submission_serializer().loads(payload)
        except BadSignature:
            data = None
        signed = _signed_version(conn, data, questionnaire)
        if signed is not None and isinstance(data, dict):
            _, definition = signed
            answers = visible_answers(definition, dict(data.get("a") or {}))
            return CheckPage(questionnaire, definition, answers, payload, problem=SESSION_ENDED, status=400)
    return Redirect("public.start", {"slug": questionnaire.slug})
