"""The flagged-comments queue: the flags, each one with its comment, its review, and the unreviewed count.

Every listing, every comment read and every change is audited (who, which flag, which status; never
the comment or the note, which stay in the rows erasure deletes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, func, select

from analysis.text.risk import RISK_CATEGORIES
from questionnaire_format.model import Definition

from .. import audit
from ..database import ResultPage, page_rows, write_transaction
from ..extensions import db
from ..models import Answer, FlaggedComment, Questionnaire, QuestionnaireVersion, Response, utcnow
from ..questionnaires.store import get_by_slug, version_definition
from ..team.accounts import SignedInMember

# The review's statuses, in the order the form offers them, with their words.
STATUSES: dict[str, str] = {
    "new": "New",
    "reviewed": "Reviewed",
    "action_taken": "Action taken",
    "no_action_needed": "No action needed",
}
FLAGS_PER_PAGE = 50
MAX_NOTE_LENGTH = 2000
_COUNT_NEW = select(func.count()).select_from(FlaggedComment).where(FlaggedComment.status == "new")


class ReviewError(ValueError):
    """A review was refused; the message says why, in words for the team."""


def unreviewed_count() -> int:
    """How many flags still have the status new (one indexed count, for every team page)."""
    return int(db.session.scalar(_COUNT_NEW) or 0)


def category_label(category: str) -> str:
    """A category's words, or its key when the engine no longer has it."""
    return RISK_CATEGORIES.get(category, category.replace("_", " ").capitalize())


def question_wording(definition: Definition, key: str) -> str:
    """The wording of the question an answer key belongs to ("please specify" boxes say so)."""
    for question in definition.questions():
        if key == question.key:
            return question.label
        if question.other and key == question.other_key:
            return f"{question.label}: other, please specify"
    return key


@dataclass(frozen=True)
class FlagSummary:
    """One flag as the queue lists it: where it came from, the engine's category and why, its review."""

    id: int
    questionnaire_slug: str
    questionnaire_title: str
    reference: str
    question: str
    category: str
    category_label: str
    reason: str
    flagged_on: dt.date
    status: str
    status_label: str
    note: str
    reviewed_by: str
    reviewed_at: dt.datetime | None


def _summary_query() -> Select[tuple[FlaggedComment, Response, Questionnaire, QuestionnaireVersion]]:
    return (
        select(FlaggedComment, Response, Questionnaire, QuestionnaireVersion)
        .join(Response, Response.id == FlaggedComment.response_id)
        .join(Questionnaire, Questionnaire.id == Response.questionnaire_id)
        .join(QuestionnaireVersion, QuestionnaireVersion.id == Response.version_id)
    )


def _summary(
    flag: FlaggedComment, response: Response, questionnaire: Questionnaire, version: QuestionnaireVersion
) -> FlagSummary:
    return FlagSummary(
        id=flag.id,
        questionnaire_slug=questionnaire.slug,
        questionnaire_title=questionnaire.title,
        reference=response.reference,
        question=question_wording(version_definition(version), flag.question_key),
        category=flag.category,
        category_label=category_label(flag.category),
        reason=flag.reason,
        flagged_on=flag.flagged_on,
        status=flag.status,
        status_label=STATUSES.get(flag.status, flag.status),
        note=flag.note,
        reviewed_by=flag.reviewed_by,
        reviewed_at=flag.reviewed_at,
    )


@dataclass(frozen=True)
class FlagQueue:
    """One page of the queue, for one questionnaire or all, of one status or all, and the counts."""

    questionnaire: Questionnaire | None
    status: str
    page: ResultPage[FlagSummary]
    counts: dict[str, int]

    @property
    def total(self) -> int:
        """Flags of every status (in the questionnaire, when the queue is for one)."""
        return sum(self.counts.values())


def flag_queue(reader: SignedInMember, slug: str | None, status: str, page: int) -> FlagQueue | None:
    """New flags first, then the newest; None for an unknown questionnaire. The listing is audited."""
    questionnaire = None
    if slug is not None:
        questionnaire = get_by_slug(slug)
        if questionnaire is None:
            return None
    scope = [] if questionnaire is None else [Response.questionnaire_id == questionnaire.id]
    counted = db.session.execute(
        select(FlaggedComment.status, func.count())
        .join(Response, Response.id == FlaggedComment.response_id)
        .where(*scope)
        .group_by(FlaggedComment.status)
    )
    counts = dict.fromkeys(STATUSES, 0) | {str(s): int(n) for s, n in counted}
    query = (
        _summary_query()
        .where(*scope, *([FlaggedComment.status == status] if status else []))
        .order_by((FlaggedComment.status == "new").desc(), FlaggedComment.id.desc())
    )
    rows, total, number = page_rows(query, page, FLAGS_PER_PAGE)
    items = [_summary(*row) for row in rows]
    audit.record(
        reader,
        "flagged comments listed",
        slug or "all questionnaires",
        status=status or "all",
        shown=len(items),
    )
    return FlagQueue(questionnaire, status, ResultPage(items, total, number, FLAGS_PER_PAGE), counts)


@dataclass(frozen=True)
class FlagDetail:
    """One flag with the comment in full, for a person to read and act on."""

    summary: FlagSummary
    comment: str


def flag_detail(reader: SignedInMember, flag_id: int) -> FlagDetail | None:
    """A flag and its comment, the reading audited; None when there is no such flag."""
    row = db.session.execute(_summary_query().where(FlaggedComment.id == flag_id)).first()
    if row is None:
        return None
    flag, response = row[0], row[1]
    comment = db.session.scalar(
        select(Answer.value).where(
            Answer.response_id == response.id, Answer.question_key == flag.question_key
        )
    )
    summary = _summary(*row)
    audit.record(
        reader,
        "flagged comment read",
        f"flag {flag_id}",
        reference=summary.reference,
        questionnaire=summary.questionnaire_slug,
    )
    return FlagDetail(summary, comment or "")


def review_flag(member: SignedInMember, flag_id: int, status: str, note: str) -> FlagSummary | None:
    """Set a flag's status and note, with who and when, audited; None when there is no such flag."""
    if status not in STATUSES:
        raise ReviewError("Select a status")
    note = note.strip()
    if len(note) > MAX_NOTE_LENGTH:
        raise ReviewError(f"The note must be {MAX_NOTE_LENGTH} characters or fewer")
    with write_transaction() as session:
        row = session.execute(_summary_query().where(FlaggedComment.id == flag_id)).first()
        if row is None:
            return None
        flag = row[0]
        before, note_changed = flag.status, note != flag.note
        flag.status, flag.note = status, note
        flag.reviewed_by_id, flag.reviewed_by, flag.reviewed_at = member.id, member.name, utcnow()
        # The note may name people: the audit says only that it changed.
        audit.add(
            session,
            member,
            "flagged comment reviewed",
            f"flag {flag_id}",
            reference=row[1].reference,
            status_from=before,
            status_to=status,
            note_changed=note_changed,
        )
        return _summary(*row)
