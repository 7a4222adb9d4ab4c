"""Risk flags found in typed answers: at submission, and for responses stored before the check ran.

The risk engine (`analysis.text.risk.assess_risk`) reads every typed answer, "please specify" boxes
included, so the flagged-comments queue and its counts never depend on an analysis being run.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.engine import Connection

from analysis.text.risk import assess_risk
from questionnaire_format.model import Definition
from questionnaire_format.vocabulary import TEXT_TYPES

from .. import audit
from ..database import write_transaction
from ..extensions import db
from ..models import Answer, FlaggedComment, QuestionnaireVersion, Response, today
from ..questionnaires.store import version_definition

FLAGS: Table = FlaggedComment.__table__
logger = logging.getLogger(__name__)
_INSERT_FLAG = insert(FLAGS)
# Responses read per batch when stored responses are checked.
_BATCH = 500


@dataclass(frozen=True)
class FoundFlag:
    """A typed answer the risk check flagged: its answer key, the engine's category and reason."""

    question_key: str
    category: str
    reason: str


@dataclass(frozen=True)
class StoredFlag:
    """A flag stored with its response: its id (for the queue's link) and category."""

    id: int
    category: str


def typed_answer_keys(definition: Definition) -> list[str]:
    """The answer keys of every typed answer: text questions and "please specify" boxes."""
    keys: list[str] = []
    for question in definition.questions():
        if question.type in TEXT_TYPES:
            keys.append(question.key)
        if question.other:
            keys.append(question.other_key)
    return keys


def flags_in(definition: Definition, answers: Mapping[str, Any]) -> list[FoundFlag]:
    """Each typed answer of one response that the risk check flags, in the definition's order.

    A fault in the check never costs the response: it is stored unflagged, the fault is logged (by
    its kind, never the text), and `flask flag-comments` checks it again once the fault is fixed.
    """
    found = []
    for key in typed_answer_keys(definition):
        value = answers.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        try:
            flag = assess_risk(value)
        except Exception as exc:  # any fault of the check: the response must still be stored
            logger.error("risk check failed on a comment (%s); run flask flag-comments", type(exc).__name__)
            continue
        if flag is not None:
            found.append(FoundFlag(key, flag.category, flag.reason[:500]))
    return found


def insert_flags(conn: Connection, response_id: int, found: Iterable[FoundFlag]) -> list[StoredFlag]:
    """Store flags inside the caller's write, so the response and its flags commit together."""
    stored = []
    for flag in found:
        result = conn.execute(
            _INSERT_FLAG,
            {
                "response_id": response_id,
                "question_key": flag.question_key,
                "category": flag.category,
                "reason": flag.reason,
                "flagged_on": today(),
                "status": "new",
                "note": "",
                "reviewed_by": "",
            },
        )
        stored.append(StoredFlag(int(result.inserted_primary_key[0]), flag.category))
    return stored


def flag_stored_responses() -> int:
    """Check every stored typed answer not flagged yet; store each new flag and return how many.

    For responses stored before the check ran at submission, and after the engine's rules change. A
    flag already stored (with its review) is kept as it is, whatever the engine now says.
    """
    keys_by_version = {
        version.id: set(typed_answer_keys(version_definition(version)))
        for version in db.session.scalars(select(QuestionnaireVersion))
    }
    rows = db.session.execute(
        select(Answer.response_id, Answer.question_key, Answer.value, Response.version_id)
        .join(Response, Response.id == Answer.response_id)
        .order_by(Answer.id)
        .execution_options(yield_per=_BATCH)
    )
    candidates: list[tuple[int, FoundFlag]] = []
    for response_id, key, value, version_id in rows:
        if key in keys_by_version.get(version_id, ()):
            flag = assess_risk(value)
            if flag is not None:
                candidates.append((response_id, FoundFlag(key, flag.category, flag.reason[:500])))
    db.session.commit()  # the read ends before the write takes the lock
    with write_transaction() as session:
        # Checked inside the write: another run may have stored some, and a response may have been erased.
        ids = {rid for rid, _ in candidates}
        alive = set(session.scalars(select(Response.id).where(Response.id.in_(ids)))) if ids else set()
        stored = set(session.execute(select(FlaggedComment.response_id, FlaggedComment.question_key)))
        new = [
            (rid, found)
            for rid, found in candidates
            if rid in alive and (rid, found.question_key) not in stored
        ]
        conn = session.connection()
        for response_id, found in new:
            insert_flags(conn, response_id, [found])
        audit.add(session, None, "stored comments flagged", flagged=len(new))
    return len(new)
