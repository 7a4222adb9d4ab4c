"""Erasing one response for good, on request, with the reason recorded (never its answers)."""

from __future__ import annotations

from sqlalchemy import delete, select

from .. import audit
from ..analysis_cache import drop_analysis_cache, wipe_erased_copies
from ..database import write_transaction
from ..models import Answer, FlaggedComment, Questionnaire, Response
from ..team.accounts import SignedInMember

MAX_REASON_LENGTH = 500


class ErasureError(ValueError):
    """An erasure was refused; the message says why, in words for the team."""


def erase_response(member: SignedInMember, reference: str, reason: str) -> str | None:
    """Delete one response and its answers for good, recording who, which, why and when (never answers).

    The shared analysis cache is dropped in the same transaction, and on SQLite the WAL is then
    checkpointed, so the text is left in no store (docs/quality.md rule 29).

    Returns the questionnaire's slug, or None when there is no such response.
    """
    reason = " ".join(reason.split())
    if not reason:
        raise ErasureError("Enter the reason for deleting this response")
    if len(reason) > MAX_REASON_LENGTH:
        raise ErasureError(f"The reason must be {MAX_REASON_LENGTH} characters or fewer")
    with write_transaction() as session:
        found = session.execute(
            select(Response.id, Questionnaire.slug)
            .join(Questionnaire, Questionnaire.id == Response.questionnaire_id)
            .where(Response.reference == reference[:12])
        ).first()
        if found is None:
            return None
        # Its risk flags (and the team's notes on them) go too; the foreign key would cascade, but
        # every store an erasure reaches is named here.
        session.execute(delete(FlaggedComment).where(FlaggedComment.response_id == found.id))
        session.execute(delete(Answer).where(Answer.response_id == found.id))
        session.execute(delete(Response).where(Response.id == found.id))
        # The cached coded comments hold its redacted text: they go in the same transaction.
        drop_analysis_cache(session)
        audit.add(session, member, "response erased", reference, questionnaire=found.slug, reason=reason)
        slug = str(found.slug)
    wipe_erased_copies()
    return slug
