"""Retention: what expires, and the purge that deletes it.

A response expires when it is older than its questionnaire's `retention_months` (read from the
current version's definition): on day D everything sent before the same date `retention_months`
earlier is deleted by the next purge.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, delete, func, select

from .. import audit
from ..analysis_cache import drop_analysis_cache, wipe_erased_copies
from ..database import write_transaction
from ..extensions import db
from ..models import Answer, FlaggedComment, Questionnaire, QuestionnaireVersion, Response, today
from .store import version_definition


def months_before(on: dt.date, months: int) -> dt.date:
    """The same day `months` earlier, or the last day of that month when it is shorter."""
    index = on.year * 12 + (on.month - 1) - months
    year, month = divmod(index, 12)
    day = min(on.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def months_after(on: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the last day of that month when it is shorter."""
    return months_before(on, -months)


def retention_cutoff(on: dt.date, retention_months: int) -> dt.date:
    """Responses sent before this date have expired on day `on`."""
    return months_before(on, retention_months)


@dataclass(frozen=True)
class Retention:
    """One questionnaire's retention: how long, how many would go now, and when the next ones expire."""

    questionnaire_id: int
    slug: str
    retention_months: int
    expired: int
    next_expiry: dt.date | None

    @property
    def months_text(self) -> str:
        """The retention period in words."""
        return f"{self.retention_months} month{'s' if self.retention_months != 1 else ''}"


def _as_date(value: dt.date | str | None) -> dt.date | None:
    # SQLite hands back MIN() over a CASE as text; PostgreSQL as a date.
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def retention_summary(on: dt.date | None = None) -> dict[int, Retention]:
    """Retention for every questionnaire, keyed by questionnaire id, in three queries whatever their number.

    The expired count and the oldest response kept come from one grouped query, with each
    questionnaire's own cut-off date chosen by a CASE on its id.
    """
    on = on or today()
    questionnaires = db.session.scalars(select(Questionnaire).order_by(Questionnaire.title)).all()
    newest: dict[int, QuestionnaireVersion] = {}
    for version in db.session.scalars(select(QuestionnaireVersion).order_by(QuestionnaireVersion.number)):
        newest[version.questionnaire_id] = version
    months = {qid: version_definition(version).retention_months for qid, version in newest.items()}
    cutoffs = {qid: retention_cutoff(on, m) for qid, m in months.items()}
    counts: dict[int, tuple[int, dt.date | None]] = {}
    if cutoffs:
        cutoff = case(cutoffs, value=Response.questionnaire_id)
        for questionnaire_id, expired, oldest_kept in db.session.execute(
            select(
                Response.questionnaire_id,
                func.sum(case((Response.submitted_on < cutoff, 1), else_=0)),
                func.min(case((Response.submitted_on >= cutoff, Response.submitted_on), else_=None)),
            ).group_by(Response.questionnaire_id)
        ):
            counts[questionnaire_id] = (int(expired or 0), _as_date(oldest_kept))
    summary = {}
    for questionnaire in questionnaires:
        if questionnaire.id not in months:
            continue
        expired, oldest_kept = counts.get(questionnaire.id, (0, None))
        retention_months = months[questionnaire.id]
        next_expiry = (
            months_after(oldest_kept, retention_months) + dt.timedelta(days=1) if oldest_kept else None
        )
        summary[questionnaire.id] = Retention(
            questionnaire.id, questionnaire.slug, retention_months, expired, next_expiry
        )
    return summary


@dataclass(frozen=True)
class PurgeResult:
    """What the purge did (or, in a dry run, would do) to one questionnaire."""

    slug: str
    retention_months: int
    cutoff: dt.date
    deleted: int


def purge_expired(
    on: dt.date | None = None, dry_run: bool = False, actor: str = "command line"
) -> list[PurgeResult]:
    """Delete every response older than its questionnaire's retention period, and record the run.

    One transaction: the deletions, the shared analysis cache's drop and one audit event with the
    count per questionnaire (written even when nothing expired, so the log shows the schedule ran);
    then SQLite's WAL is checkpointed (docs/quality.md rule 29). A dry run only counts.
    """
    on = on or today()
    retentions = list(retention_summary(on).values())
    if dry_run:
        return [
            PurgeResult(r.slug, r.retention_months, retention_cutoff(on, r.retention_months), r.expired)
            for r in retentions
        ]
    results: list[PurgeResult] = []
    with write_transaction() as session:
        for retention in retentions:
            cutoff = retention_cutoff(on, retention.retention_months)
            expired = (Response.questionnaire_id == retention.questionnaire_id) & (
                Response.submitted_on < cutoff
            )
            expired_ids = select(Response.id).where(expired)
            session.execute(delete(FlaggedComment).where(FlaggedComment.response_id.in_(expired_ids)))
            session.execute(delete(Answer).where(Answer.response_id.in_(expired_ids)))
            result = session.execute(delete(Response).where(expired))
            deleted = int(getattr(result, "rowcount", 0) or 0)
            results.append(PurgeResult(retention.slug, retention.retention_months, cutoff, deleted))
        if any(r.deleted for r in results):
            # Coded comments hold the purged text: dropped with it, for every instance (rule 29).
            drop_analysis_cache(session)
        audit.add(
            session,
            actor,
            "expired responses purged",
            "all questionnaires",
            deleted={r.slug: r.deleted for r in results},
            sent_before={r.slug: r.cutoff.isoformat() for r in results},
        )
    if any(r.deleted for r in results):
        wipe_erased_copies()
    return results
