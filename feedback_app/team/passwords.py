"""Passwords people can change: members change their own, admins reset a member's (docs/quality.md rule 32).

Every hash is made and every password checked before the write begins, so no argon2 work runs inside
the database's write lock. No password, old, new or one-time, is ever written to the audit trail.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from .. import audit
from ..database import write_transaction
from ..errors import NotFound, SettingsError
from ..extensions import db
from ..models import AuditEvent, TeamMember, TeamSession, utcnow
from . import throttle
from .accounts import SignedInMember, _hasher, normalise_email
from .password_policy import password_problem

# One-time passwords: no letters or digits that are easy to mistake for one another when read aloud.
ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
ONE_TIME_GROUPS = 4
ONE_TIME_GROUP_LENGTH = 4  # 16 characters from 31: about 79 bits
WRONG_CURRENT = "password change refused"


class PasswordChangeError(ValueError):
    """A password change refused: the message is for the member, `field` names the form field."""

    def __init__(self, message: str, field: str, signed_out: bool = False) -> None:
        super().__init__(message)
        self.field = field
        self.signed_out = signed_out


@dataclass(frozen=True)
class PasswordReset:
    """An admin's reset: the member, and the one-time password to show once and never keep."""

    member: TeamMember
    one_time_password: str


def one_time_password() -> str:
    """A random one-time password in groups of four, such as "k7qm-x3hp-t9wd-2fna"."""
    groups = (
        "".join(secrets.choice(ONE_TIME_ALPHABET) for _ in range(ONE_TIME_GROUP_LENGTH))
        for _ in range(ONE_TIME_GROUPS)
    )
    return "-".join(groups)


def _matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher()[0].verify(password_hash, password[:256])
    except (VerificationError, InvalidHashError):
        return False


def _refuse_wrong_current(member: SignedInMember) -> PasswordChangeError:
    """Count a wrong current password like a failed sign-in; too many end this session.

    Someone at an unattended, signed-in browser could otherwise guess the password without limit here,
    beside the sign-in page's lockout. The count is the refusals audited since this session began.
    """
    limit = int(current_app.config["SIGN_IN_MAX_FAILURES"])
    with write_transaction() as session:
        started = session.scalar(select(TeamSession.created_at).filter_by(token=member.token))
        audit.add(session, member, WRONG_CURRENT, member.email)
        session.flush()
        refused = session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.actor_id == member.id, AuditEvent.action == WRONG_CURRENT)
            .where(AuditEvent.at >= (started or utcnow()))
        )
        if started is None or int(refused or 0) >= limit:
            session.execute(delete(TeamSession).where(TeamSession.token == member.token))
            audit.add(session, member, "signed out after wrong passwords", member.email)
            return PasswordChangeError(
                "Your current password was wrong too many times, so you have been signed out",
                "current_password",
                signed_out=True,
            )
    return PasswordChangeError("Your current password is not right", "current_password")


def change_password(member: SignedInMember, current: str, new: str) -> str:
    """Change a member's own password; ends their other sessions and returns this one's new token.

    After an admin's reset the current password is not asked for: the one-time password that signed
    this session in is already spent (accounts.sign_in), and proved who they are.
    """
    stored = db.session.get(TeamMember, member.id)
    if stored is None or not stored.is_active:
        raise NotFound(str(member.id))
    old_hash = stored.password_hash
    if not stored.must_change_password and not current:
        raise PasswordChangeError("Enter your current password", "current_password")
    if not stored.must_change_password and not _matches(old_hash, current):
        raise _refuse_wrong_current(member)
    problem = password_problem(new, stored.email, stored.name)
    if problem:
        raise PasswordChangeError(problem, "new_password")
    if not stored.must_change_password and new == current:
        raise PasswordChangeError("Choose a new password, not the one you have now", "new_password")
    new_hash = _hasher()[0].hash(new)
    with write_transaction() as session:
        # Locked on PostgreSQL (SQLite's write already is): two changes at once cannot both pass the check.
        fresh = session.get(TeamMember, member.id, with_for_update=True)
        # Changed or reset meanwhile: the check above was against a password that is no longer theirs.
        if fresh is None or fresh.password_hash != old_hash:
            raise PasswordChangeError("Your password was changed meanwhile. Try again", "current_password")
        fresh.password_hash = new_hash
        fresh.must_change_password = False
        ended = _end_sessions(session, member.id, keep=member.token)
        # The session is rotated too: a token seen before the change stops working.
        session.execute(delete(TeamSession).where(TeamSession.token == member.token))
        token = secrets.token_urlsafe(32)
        now = utcnow()
        session.add(TeamSession(token=token, member_id=member.id, created_at=now, last_seen_at=now))
        audit.add(session, member, "password changed", member.email, other_sessions_ended=ended)
    return token


def _end_sessions(session: Session, member_id: int, keep: str | None = None) -> int:
    """Delete a member's signed-in sessions (all, or all but one); how many ended."""
    query = delete(TeamSession).where(TeamSession.member_id == member_id)
    if keep is not None:
        query = query.where(TeamSession.token != keep)
    return int(session.execute(query).rowcount or 0)  # type: ignore[attr-defined]


def reset_password(actor: SignedInMember, member_id: int) -> PasswordReset:
    """An admin resets another member's password to a one-time one; the member is signed out everywhere."""
    if member_id == actor.id:
        raise SettingsError("You cannot reset your own password here. Use ‘Change your password’")
    return _reset(actor, TeamMember.id == member_id, str(member_id))


def reset_password_by_email(email: str, actor: str = "command line") -> PasswordReset:
    """Reset a member's password from the command line, for when no admin can sign in."""
    email = normalise_email(email)
    return _reset(actor, TeamMember.email == email, email)


def _reset(actor: SignedInMember | str, where: object, missing: str) -> PasswordReset:
    """Give a member a one-time password they must change at their next sign-in; audited."""
    password = one_time_password()
    password_hash = _hasher()[0].hash(password)
    with write_transaction() as session:
        member = session.scalar(select(TeamMember).where(where))  # type: ignore[arg-type]
        if member is None:
            raise NotFound(missing)
        if not member.is_active:
            raise SettingsError(f"{member.name}'s account is deactivated. Reactivate it first")
        member.password_hash = password_hash
        member.must_change_password = True
        ended = _end_sessions(session, member.id)
        throttle.clear_address(session, member.email)
        audit.add(session, actor, "password reset", member.email, sessions_ended=ended)
    return PasswordReset(member, password)
