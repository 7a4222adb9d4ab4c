"""Team members: passwords, sign-in with lockout, server-side sessions, and the audit log."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from sqlalchemy import delete, select
from zxcvbn import zxcvbn

from ..database import write_transaction
from ..extensions import db
from ..models import AuditEvent, SignInThrottle, TeamMember, TeamSession, utcnow

ROLES = ("admin", "viewer")
MIN_PASSWORD_LENGTH = 8
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# argon2id with the library's defaults (RFC 9106 low-memory profile).
_hasher = PasswordHasher()
# Verified against when the account does not exist, so both cases take the same time.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


class AccountError(ValueError):
    """A team member cannot be created or changed as asked."""


@dataclass
class SignedInMember:
    """The signed-in team member as Flask-Login sees them: the cookie holds a session token only."""

    id: int
    email: str
    name: str
    role: str
    token: str
    is_authenticated: bool = True
    is_active: bool = True
    is_anonymous: bool = False

    @property
    def is_admin(self) -> bool:
        """Admins manage questionnaires, links, team members and deletions."""
        return self.role == "admin"

    def get_id(self) -> str:
        """Flask-Login: the server-side session token, never the member id."""
        return self.token


def normalise_email(email: str) -> str:
    """Lower-case, trimmed e-mail address."""
    return email.strip().lower()


def password_problem(password: str, email: str = "", name: str = "") -> str | None:
    """Why a password is not acceptable, or None. Common and guessable passwords are refused."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Password must be at least {MIN_PASSWORD_LENGTH} characters"
    if len(password) > 256:
        return "Password must be 256 characters or fewer"
    # zxcvbn scores guessability against lists of common passwords, names and words.
    result = zxcvbn(password[:100], user_inputs=[email, name, "nhs", "feedback", "practitioner"])
    if result["score"] < 3:
        return "Password is too common or easy to guess. Use three or more random words"
    return None


def create_member(email: str, name: str, role: str, password: str, actor: str = "cli") -> TeamMember:
    """Add a team member with a hashed password."""
    email = normalise_email(email)
    if not EMAIL_RE.match(email) or len(email) > 254:
        raise AccountError("Enter an e-mail address in the correct format, like name@example.nhs.uk")
    if role not in ROLES:
        raise AccountError(f"Role must be one of {', '.join(ROLES)}")
    if not name.strip():
        raise AccountError("Enter the team member's name")
    problem = password_problem(password, email, name)
    if problem:
        raise AccountError(problem)
    with write_transaction() as session:
        if session.scalar(select(TeamMember.id).filter_by(email=email)) is not None:
            raise AccountError("A team member with that e-mail address already exists")
        member = TeamMember(email=email, name=name.strip(), role=role, password_hash=_hasher.hash(password))
        session.add(member)
        session.add(AuditEvent(actor=actor, action="team member added", target=email, detail={"role": role}))
    return member


def _email_digest(email: str) -> str:
    key = str(current_app.config["SECRET_KEY"]).encode()
    return hmac.new(key, normalise_email(email).encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class SignInResult:
    """The outcome of one sign-in attempt."""

    member: SignedInMember | None

    @property
    def ok(self) -> bool:
        """True when the member is now signed in."""
        return self.member is not None


def sign_in(email: str, password: str) -> SignInResult:
    """Check a password, counting failures per address in the database; start a session on success.

    The caller shows one message for every failure, so the result never reveals whether an account
    exists or is locked.
    """
    config = current_app.config
    max_failures = int(config["SIGN_IN_MAX_FAILURES"])
    lock_for = dt.timedelta(minutes=int(config["SIGN_IN_LOCK_MINUTES"]))
    email = normalise_email(email)[:254]
    digest = _email_digest(email)
    now = utcnow()
    with write_transaction() as session:
        throttle = session.get(SignInThrottle, digest)
        locked = throttle is not None and throttle.locked_until is not None and throttle.locked_until > now
        member = session.scalar(select(TeamMember).filter_by(email=email))
        password_ok = _verify(member.password_hash if member else _DUMMY_HASH, password[:256])
        if locked or member is None or not member.is_active or not password_ok:
            if throttle is None:
                throttle = SignInThrottle(email_digest=digest, failures=0, first_failure_at=now)
                session.add(throttle)
            if not locked:
                throttle.failures += 1
                if throttle.failures >= max_failures:
                    throttle.locked_until = now + lock_for
                    throttle.failures = 0
            session.add(
                AuditEvent(
                    actor=email if member else "unknown address",
                    actor_id=member.id if member else None,
                    action="sign-in failed",
                    detail={"locked": bool(locked or throttle.locked_until)},
                )
            )
            return SignInResult(None)
        if throttle is not None:
            session.delete(throttle)
        if _hasher.check_needs_rehash(member.password_hash):
            member.password_hash = _hasher.hash(password)
        token = secrets.token_urlsafe(32)
        session.add(TeamSession(token=token, member_id=member.id, created_at=now, last_seen_at=now))
        member.last_sign_in_at = now
        session.add(AuditEvent(actor=member.email, actor_id=member.id, action="signed in"))
        signed_in = SignedInMember(member.id, member.email, member.name, member.role, token)
    return SignInResult(signed_in)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def load_session(token: str) -> SignedInMember | None:
    """The member for a session token, if the session exists, is not expired and the member is active."""
    if not token or len(token) > 64:
        return None
    row = db.session.execute(
        select(TeamSession, TeamMember)
        .join(TeamMember, TeamMember.id == TeamSession.member_id)
        .where(TeamSession.token == token)
    ).first()
    if row is None:
        return None
    team_session, member = row
    now = utcnow()
    idle = dt.timedelta(minutes=int(current_app.config["ADMIN_IDLE_MINUTES"]))
    absolute = dt.timedelta(hours=int(current_app.config["ADMIN_SESSION_HOURS"]))
    if (
        not member.is_active
        or now - team_session.last_seen_at > idle
        or now - team_session.created_at > absolute
    ):
        return None
    # Touch the session at most once a minute: a write on every admin request would serialise them.
    if now - team_session.last_seen_at > dt.timedelta(minutes=1):
        with write_transaction() as session:
            fresh = session.get(TeamSession, token)
            if fresh is not None:
                fresh.last_seen_at = now
    return SignedInMember(member.id, member.email, member.name, member.role, token)


def sign_out(member: SignedInMember) -> None:
    """End the session for real: the token stops working even in a copied cookie."""
    with write_transaction() as session:
        session.execute(delete(TeamSession).where(TeamSession.token == member.token))
        session.add(AuditEvent(actor=member.email, actor_id=member.id, action="signed out"))


def record(member: SignedInMember | None, action: str, target: str = "", **detail: Any) -> None:
    """Write one audit event (never answer text) in its own transaction."""
    with write_transaction() as session:
        session.add(
            AuditEvent(
                actor=member.email if member else "system",
                actor_id=member.id if member else None,
                action=action,
                target=target[:200],
                detail=detail,
            )
        )
