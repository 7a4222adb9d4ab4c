"""The members page's changes: add, deactivate or reactivate a member, change a role (each audited)."""

from __future__ import annotations

from sqlalchemy import delete, select

from .. import audit
from ..database import write_transaction
from ..errors import NotFound, SettingsError
from ..extensions import db
from ..models import TeamMember, TeamSession
from .accounts import ROLES, SignedInMember, create_member


def team_members() -> list[TeamMember]:
    """Every team member: active ones first, then by name."""
    return list(db.session.scalars(select(TeamMember).order_by(TeamMember.is_active.desc(), TeamMember.name)))


def add_member(actor: SignedInMember, email: str, name: str, role: str, password: str) -> TeamMember:
    """Add a team member (AccountError says why not); the audit event names the admin who did it."""
    return create_member(email, name, role, password, actor=actor.email)


def set_member_active(actor: SignedInMember, member_id: int, active: bool) -> TeamMember:
    """Deactivate a member (signing them out everywhere at once) or reactivate them."""
    if member_id == actor.id and not active:
        raise SettingsError("You cannot deactivate yourself. Ask another admin to do it")
    with write_transaction() as session:
        member = session.get(TeamMember, member_id)
        if member is None:
            raise NotFound(str(member_id))
        member.is_active = active
        if not active:
            # Their session rows go too, so a browser they are signed in on stops working now.
            session.execute(delete(TeamSession).where(TeamSession.member_id == member_id))
        action = "team member reactivated" if active else "team member deactivated"
        audit.add(session, actor, action, member.email)
    return member


def change_role(actor: SignedInMember, member_id: int, role: str) -> TeamMember:
    """Make a member an admin or a viewer; admins cannot change their own role (one admin always stays)."""
    if role not in ROLES:
        raise SettingsError(f"Role must be one of {', '.join(ROLES)}")
    if member_id == actor.id:
        raise SettingsError("You cannot change your own role. Ask another admin to do it")
    with write_transaction() as session:
        member = session.get(TeamMember, member_id)
        if member is None:
            raise NotFound(str(member_id))
        previous = member.role
        member.role = role
        audit.add(session, actor, "team member role changed", member.email, role=role, previous=previous)
    return member


def get_member(member_id: int) -> TeamMember:
    """One team member by id."""
    member = db.session.get(TeamMember, member_id)
    if member is None:
        raise NotFound(str(member_id))
    return member
