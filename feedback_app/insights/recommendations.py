"""The team's recommendations for the lessons-learnt report: one finding each, with an owner and a status.

A finding is a theme of a shipped codebook or ``general`` (analysis/report/recommendations.py). Every
change is audited with who, which recommendation, its finding and status; never its text or owner,
which may name people. `recommendations_for_report` hands them to the report in the order it prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select

from analysis.report import recommendations as report
from analysis.text.coding import SHIPPED_CODEBOOKS, load_shipped

from .. import audit
from ..database import write_transaction
from ..extensions import db
from ..models import Recommendation, utcnow
from ..team.accounts import SignedInMember

GENERAL = report.GENERAL
STATUSES = report.RECOMMENDATION_STATUSES
MAX_TEXT_LENGTH = 2000
MAX_OWNER_LENGTH = 200
GENERAL_LABEL = "General: across the programme, not one theme"


class RecommendationError(ValueError):
    """A recommendation was refused: the field it is about and, in words for the team, why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Finding:
    """A finding a recommendation may answer: a codebook theme (labelled with its codebook) or general."""

    key: str
    label: str


def _codebook_title(name: str) -> str:
    return name.replace("_", " ").capitalize()


@cache
def findings() -> tuple[Finding, ...]:
    """Every finding, in the order the team area lists them: each shipped codebook's themes, then general.

    Codebooks come by name and themes in their file's order; loaded once, as the shipped files only
    change with a release.
    """
    found: dict[str, Finding] = {}
    for path in sorted(SHIPPED_CODEBOOKS.glob("*.yaml")):
        book = load_shipped(path.stem)
        for theme in book.themes:
            # A key two codebooks share is one finding, named by the first (the report codes it once).
            found.setdefault(theme.key, Finding(theme.key, f"{_codebook_title(book.name)}: {theme.label}"))
    # "general" is the report's word for no one theme, whatever a codebook calls a theme.
    found.pop(GENERAL, None)
    return (*found.values(), Finding(GENERAL, GENERAL_LABEL))


@cache
def _positions() -> dict[str, int]:
    return {finding.key: number for number, finding in enumerate(findings())}


def finding_label(key: str) -> str:
    """A finding's words; a key no codebook has any longer is shown as such rather than lost."""
    position = _positions().get(key)
    return findings()[position].label if position is not None else f"{key} (no longer in the codebooks)"


def finding_order(key: str) -> tuple[int, int, str]:
    """Where a finding sorts: codebook themes in order, then keys no codebook has any longer, then general."""
    positions = _positions()
    if key == GENERAL:
        return (2, 0, "")
    if key in positions:
        return (0, positions[key], "")
    return (1, 0, key)


@dataclass(frozen=True)
class RecommendationView:
    """One recommendation as the team area shows it."""

    id: int
    finding: str
    finding_label: str
    text: str
    owner: str
    status: str
    status_label: str
    created_by: str
    created_at: dt.datetime
    updated_by: str
    updated_at: dt.datetime


def _view(row: Recommendation) -> RecommendationView:
    return RecommendationView(
        id=row.id,
        finding=row.finding,
        finding_label=finding_label(row.finding),
        text=row.text,
        owner=row.owner,
        status=row.status,
        status_label=STATUSES.get(row.status, row.status),
        created_by=row.created_by,
        created_at=row.created_at,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
    )


def _in_report_order(rows: Sequence[Recommendation]) -> list[Recommendation]:
    """By finding (codebook order, general last), then in the order they were written."""
    return sorted(rows, key=lambda row: (finding_order(row.finding), row.id))


@dataclass(frozen=True)
class FindingGroup:
    """A finding and its recommendations, for the list."""

    key: str
    label: str
    recommendations: list[RecommendationView]


def recommendation_groups() -> list[FindingGroup]:
    """Every recommendation, grouped by finding in the order the report prints them."""
    groups: list[FindingGroup] = []
    for row in _in_report_order(db.session.scalars(select(Recommendation)).all()):
        if not groups or groups[-1].key != row.finding:
            groups.append(FindingGroup(row.finding, finding_label(row.finding), []))
        groups[-1].recommendations.append(_view(row))
    return groups


def get_recommendation(recommendation_id: int) -> RecommendationView | None:
    """One recommendation; None when there is no such one."""
    row = db.session.get(Recommendation, recommendation_id)
    return None if row is None else _view(row)


def recommendations_for_report() -> list[report.Recommendation]:
    """Every recommendation as the report takes them, by finding (general last), then as written."""
    rows = _in_report_order(db.session.scalars(select(Recommendation)).all())
    return [report.Recommendation(row.finding, row.text, row.owner, row.status) for row in rows]


# ------------------------------------------------------------------------------------------ changes


@dataclass(frozen=True)
class RecommendationInput:
    """A recommendation as the team typed it."""

    finding: str
    text: str
    owner: str
    status: str


def checked(given: RecommendationInput, kept_finding: str | None = None) -> RecommendationInput:
    """The input with its ends trimmed and the owner on one line, or RecommendationError saying what is wrong.

    `kept_finding` is the finding an edited recommendation already has: it may stay even when no
    codebook has that theme any longer.
    """
    known = {finding.key for finding in findings()} | ({kept_finding} if kept_finding else set())
    text, owner = given.text.strip(), " ".join(given.owner.split())
    if given.finding not in known:
        raise RecommendationError("finding", "Select the finding this recommendation answers from the list")
    if not text:
        raise RecommendationError("text", "Enter the recommendation")
    if len(text) > MAX_TEXT_LENGTH:
        raise RecommendationError("text", f"The recommendation must be {MAX_TEXT_LENGTH} characters or fewer")
    if not owner:
        raise RecommendationError("owner", "Enter who owns it: a person or a role")
    if len(owner) > MAX_OWNER_LENGTH:
        raise RecommendationError("owner", f"The owner must be {MAX_OWNER_LENGTH} characters or fewer")
    _check_status(given.status)
    return RecommendationInput(given.finding, text, owner, given.status)


def _check_status(status: str) -> None:
    if status not in STATUSES:
        raise RecommendationError("status", "Select a status")


def _stamp(row: Recommendation, member: SignedInMember) -> None:
    row.updated_by_id, row.updated_by, row.updated_at = member.id, member.name, utcnow()


def add_recommendation(member: SignedInMember, given: RecommendationInput) -> RecommendationView:
    """Store a new recommendation with who wrote it and when, audited."""
    data = checked(given)
    with write_transaction() as session:
        now = utcnow()
        row = Recommendation(
            finding=data.finding,
            text=data.text,
            owner=data.owner,
            status=data.status,
            created_by_id=member.id,
            created_by=member.name,
            created_at=now,
            updated_by_id=member.id,
            updated_by=member.name,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        audit.add(
            session,
            member,
            "recommendation added",
            f"recommendation {row.id}",
            finding=row.finding,
            status=row.status,
        )
        return _view(row)


def update_recommendation(
    member: SignedInMember, recommendation_id: int, given: RecommendationInput
) -> RecommendationView | None:
    """Change a recommendation's finding, text, owner and status, audited; None when there is no such one."""
    with write_transaction() as session:
        row = session.get(Recommendation, recommendation_id)
        if row is None:
            return None
        data = checked(given, kept_finding=row.finding)
        before = (row.finding, row.status, row.text, row.owner)
        row.finding, row.text, row.owner, row.status = data.finding, data.text, data.owner, data.status
        _stamp(row, member)
        audit.add(
            session,
            member,
            "recommendation changed",
            f"recommendation {row.id}",
            finding_from=before[0],
            finding_to=row.finding,
            status_from=before[1],
            status_to=row.status,
            text_changed=before[2] != row.text,
            owner_changed=before[3] != row.owner,
        )
        return _view(row)


def set_recommendation_status(
    member: SignedInMember, recommendation_id: int, status: str
) -> RecommendationView | None:
    """Move a recommendation to another status, audited; None when there is no such one."""
    _check_status(status)
    with write_transaction() as session:
        row = session.get(Recommendation, recommendation_id)
        if row is None:
            return None
        before, row.status = row.status, status
        _stamp(row, member)
        audit.add(
            session,
            member,
            "recommendation status changed",
            f"recommendation {row.id}",
            finding=row.finding,
            status_from=before,
            status_to=status,
        )
        return _view(row)


def delete_recommendation(member: SignedInMember, recommendation_id: int) -> RecommendationView | None:
    """Delete a recommendation for good, audited; what was deleted, or None when there is no such one."""
    with write_transaction() as session:
        row = session.get(Recommendation, recommendation_id)
        if row is None:
            return None
        deleted = _view(row)
        session.delete(row)
        audit.add(
            session,
            member,
            "recommendation deleted",
            f"recommendation {recommendation_id}",
            finding=deleted.finding,
            status=deleted.status,
        )
        return deleted
