"""The audit trail: every audited action writes its event here (who, what, when; never answer text)."""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from .database import ResultPage, page_rows, write_transaction
from .extensions import db
from .models import AuditEvent

AUDIT_PER_PAGE = 50
# Who did it when no team member did: the command line, a scheduled job, an unknown address.
SYSTEM_ACTOR = "system"


class Actor(Protocol):
    """A team member as the audit trail names them: a signed-in member or a stored one."""

    @property
    def id(self) -> int:
        """The member's id."""

    @property
    def email(self) -> str:
        """The member's email address."""


def event(actor: Actor | str | None, action: str, target: str = "", **detail: Any) -> AuditEvent:
    """An audit event; an actor given as text (or none, the system) is not a team member."""
    if actor is None or isinstance(actor, str):
        name, actor_id = actor or SYSTEM_ACTOR, None
    else:
        name, actor_id = actor.email, actor.id
    return AuditEvent(actor=name, actor_id=actor_id, action=action, target=target[:200], detail=detail)


def add(session: Session, actor: Actor | str | None, action: str, target: str = "", **detail: Any) -> None:
    """Add an audit event to the caller's write, so the change and its record commit together."""
    session.add(event(actor, action, target, **detail))


def record(actor: Actor | str | None, action: str, target: str = "", **detail: Any) -> None:
    """Write one audit event in its own transaction (for actions that change nothing else)."""
    with write_transaction() as session:
        add(session, actor, action, target, **detail)


def audit_actions() -> list[str]:
    """Every action recorded so far, for the filter."""
    return list(db.session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)))


def audit_page(action: str | None = None, page: int = 1) -> ResultPage[AuditEvent]:
    """A page of audit events, newest first, optionally of one action only."""
    where = [AuditEvent.action == action] if action else []
    query = select(AuditEvent).where(*where).order_by(AuditEvent.id.desc())
    rows, total, page = page_rows(query, page, AUDIT_PER_PAGE)
    return ResultPage([row[0] for row in rows], total, page, AUDIT_PER_PAGE)
