"""Service functions for respondents: drafts between pages, and the one-transaction submission."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from .answers import Answers, first_incomplete_page, shown_questions, validate_page, visible_answers
from .database import write_transaction
from .definitions import Definition
from .extensions import db
from .models import Answer as AnswerRow
from .models import CollectionLink, Draft, Questionnaire, QuestionnaireVersion, Response, today, utcnow
from .questionnaires import Availability, availability, current_version, version_definition

# Unambiguous characters for references read aloud or copied by hand (no 0/O, 1/I/L).
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


class SubmissionError(Exception):
    """The submission cannot be stored; `reason` says why in words for the respondent."""

    def __init__(self, reason: str, page: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.page = page


@dataclass(frozen=True)
class Submitted:
    """A stored response's reference, and whether this call stored it or found it stored already."""

    reference: str
    created: bool


def new_token() -> str:
    """A random one-time submission token."""
    return secrets.token_urlsafe(24)


def new_reference() -> str:
    """A short reference shown on the confirmation page."""
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


def get_draft(token: str | None) -> Draft | None:
    """The draft for a session's token, if it still exists."""
    if not token:
        return None
    return db.session.get(Draft, token)


def save_page_answers(
    token: str | None,
    version: QuestionnaireVersion,
    page_keys: list[str],
    answers: Answers,
    link_id: int | None,
) -> str:
    """Replace one page's answers in the draft (creating it if needed); return the draft token."""
    # Read before the write lock: starting the write transaction expires loaded objects, and
    # reloading the version inside it would hold the lock (and other workers) for one more query.
    version_id = version.id
    with write_transaction() as session:
        draft = session.get(Draft, token) if token else None
        if draft is None or draft.version_id != version_id:
            draft = Draft(token=new_token(), version_id=version_id, answers={}, link_id=link_id)
            session.add(draft)
        merged = {k: v for k, v in (draft.answers or {}).items() if k not in page_keys}
        merged.update(answers)
        draft.answers = merged
        if link_id is not None:
            draft.link_id = link_id
        return draft.token


def _link_tags(link: CollectionLink | None) -> dict[str, str]:
    if link is None:
        return {}
    return {str(k): str(v) for k, v in (link.tags or {}).items()}


def submit(
    token: str,
    questionnaire: Questionnaire,
    version: QuestionnaireVersion,
    link: CollectionLink | None,
    answers: Answers,
) -> Submitted:
    """Store checked answers as one response with all its answers, exactly once per token."""
    existing = _find_submitted(token)
    if existing is not None:
        return Submitted(existing, created=False)
    definition = version_definition(version)
    kept = visible_answers(definition, answers)
    # The check page already validated these; validate again, since a stored row is forever.
    problems = revalidate(definition, kept)
    if problems:
        raise SubmissionError("Some answers are not valid.", page=problems)
    missing = first_incomplete_page(definition, kept)
    if missing is not None:
        raise SubmissionError("Some questions still need an answer.", page=missing)
    version_id = version.id  # read before the write lock, as in save_page_answers
    try:
        with write_transaction() as session:
            # Checked again inside the write lock: a copy posted at the same moment may have won.
            already = session.scalar(select(Response.reference).filter_by(submission_token=token))
            if already is not None:
                return Submitted(already, created=False)
            if availability(questionnaire, link) is not Availability.OPEN:
                raise SubmissionError("This questionnaire is closed.")
            response = Response(
                questionnaire_id=questionnaire.id,
                version_id=version_id,
                link_id=link.id if link else None,
                submission_token=token,
                reference=new_reference(),
                submitted_on=today(),
                submitted_at=None if definition.is_anonymous else utcnow(),
                tags=_link_tags(link),
            )
            response.answers = _answer_rows(definition, kept)
            session.add(response)
            session.execute(delete(Draft).where(Draft.token == token))
            reference = response.reference
        return Submitted(reference, created=True)
    except IntegrityError:
        # The unique token lost a race with an identical copy: that copy's response is ours.
        db.session.rollback()
        existing = _find_submitted(token)
        if existing is None:
            raise
        return Submitted(existing, created=False)


def revalidate(definition: Definition, answers: Answers) -> int | None:
    """The first page whose stored answers no longer pass validation, if any."""
    for number, page in enumerate(definition.pages, start=1):
        questions = shown_questions(page, answers)
        result = validate_page(questions, AnswersAsForm(answers))
        if not result.ok:
            return number
    return None


class AnswersAsForm:
    """Presents stored answers with the form interface the validator reads."""

    def __init__(self, answers: Answers) -> None:
        self._answers = answers

    def get(self, key: str, default: str | None = None) -> str | None:
        """The first value for a key."""
        if "-" in key and key.rsplit("-", 1)[1] in ("day", "month", "year"):
            base, part = key.rsplit("-", 1)
            stored = self._answers.get(base)
            if isinstance(stored, str):
                year, month, day = stored.split("-")
                return {"day": day, "month": month, "year": year}[part]
        value = self._answers.get(key, default)
        if isinstance(value, list):
            return value[0] if value else default
        return value

    def getlist(self, key: str) -> list[str]:
        """Every value for a key."""
        value = self._answers.get(key)
        if value is None:
            return []
        return list(value) if isinstance(value, list) else [value]


def _find_submitted(token: str) -> str | None:
    return db.session.scalar(select(Response.reference).filter_by(submission_token=token))


def _answer_rows(definition: Definition, answers: Answers) -> list[AnswerRow]:
    rows = []
    for question in definition.questions():
        for key in question.answer_keys():
            value = answers.get(key)
            if value is None:
                continue
            for item in value if isinstance(value, list) else [value]:
                rows.append(AnswerRow(question_key=key, value=item))
    return rows


def reference_exists(questionnaire: Questionnaire, reference: str) -> bool:
    """True when a response with this reference exists for the questionnaire."""
    return (
        db.session.scalar(
            select(Response.id).filter_by(questionnaire_id=questionnaire.id, reference=reference)
        )
        is not None
    )


def purge_stale_drafts(max_age_days: int) -> int:
    """Delete unfinished drafts older than `max_age_days`; return how many went."""
    cutoff = today() - dt.timedelta(days=max_age_days)
    with write_transaction() as session:
        result = session.execute(delete(Draft).where(Draft.started_on < cutoff))
        return int(getattr(result, "rowcount", 0) or 0)


def current_definition(questionnaire: Questionnaire) -> tuple[QuestionnaireVersion, Definition]:
    """The current version of a questionnaire and its parsed definition."""
    version = current_version(questionnaire)
    return version, version_definition(version)
