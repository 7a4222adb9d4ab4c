"""Team members: passwords, sign-in with lockout, and server-side sessions."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .. import audit
from ..database import write_transaction
from ..extensions import db
from ..models import SignInThrottle, TeamMember, TeamSession, utcnow
from .password_policy import password_problem

ROLES = ("admin", "viewer")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# app.extensions key: the app's password hasher and a hash to verify against for unknown addresses.
HASHER_KEY = "feedback_password_hasher"
# Not an argon2 hash, so no password matches it: a one-time password once it has been used.
SPENT_PASSWORD_HASH = "spent one-time password"  # noqa: S105 (a marker, not a password)


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
    # Set by an admin's password reset: every team-area page but the change page sends them there.
    must_change_password: bool = False
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


def _hasher() -> tuple[PasswordHasher, str]:
    """This app's argon2id hasher (its cost from the config), and a hash of nothing anyone knows.

    The second is verified against when the account does not exist, so both cases take the same time.
    """
    cached: tuple[PasswordHasher, str] | None = current_app.extensions.get(HASHER_KEY)
    if cached is None:
        config = current_app.config
        hasher = PasswordHasher(
            time_cost=int(config["PASSWORD_HASH_TIME_COST"]),
            memory_cost=int(config["PASSWORD_HASH_MEMORY_COST"]),
            parallelism=int(config["PASSWORD_HASH_PARALLELISM"]),
        )
        cached = current_app.extensions[HASHER_KEY] = (hasher, hasher.hash(secrets.token_hex(16)))
    return cached


def normalise_email(email: str) -> str:
    """Lower-case, trimmed e-mail address."""
    return email.strip().lower()


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
    # Hashed before the write begins: the write lock is never held for the hash's half second.
    password_hash = _hasher()[0].hash(password)
    with write_transaction() as session:
        if session.scalar(select(TeamMember.id).filter_by(email=email)) is not None:
            raise AccountError("A team member with that e-mail address already exists")
        member = TeamMember(email=email, name=name.strip(), role=role, password_hash=password_hash)
        session.add(member)
        audit.add(session, actor, "team member added", email, role=role)
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
    exists or is locked. The password is checked (and rehashed) before the write begins, so a
    sign-in never holds the database's write lock for argon2's half second.
    """
    email = normalise_email(email)[:254]
    hasher, unknown_hash = _hasher()
    member = db.session.scalar(select(TeamMember).filter_by(email=email))
    checked_hash = member.password_hash if member else unknown_hash
    password_ok = _verify(hasher, checked_hash, password[:256])
    new_hash = hasher.hash(password) if password_ok and hasher.check_needs_rehash(checked_hash) else None
    with write_transaction() as session:
        # Read again inside the write: the member may have been deactivated or changed meanwhile.
        member = session.scalar(select(TeamMember).filter_by(email=email))
        digest = _email_digest(email)
        throttle = session.get(SignInThrottle, digest)
        now = utcnow()
        locked = throttle is not None and throttle.locked_until is not None and throttle.locked_until > now
        if (
            locked
            or member is None
            or not member.is_active
            or not password_ok
            or member.password_hash != checked_hash
        ):
            throttle = _count_failure(session, digest, throttle, locked, now)
            failed_as = member or "unknown address"
            audit.add(session, failed_as, "sign-in failed", locked=bool(locked or throttle.locked_until))
            return SignInResult(None)
        if throttle is not None:
            session.delete(throttle)
        if new_hash is not None:
            member.password_hash = new_hash
        if member.must_change_password:
            # An admin's one-time password signs in once; the member now chooses their own.
            member.password_hash = SPENT_PASSWORD_HASH
        token = secrets.token_urlsafe(32)
        session.add(TeamSession(token=token, member_id=member.id, created_at=now, last_seen_at=now))
        member.last_sign_in_at = now
        audit.add(session, member, "signed in")
        signed_in = SignedInMember(member.id, member.email, member.name, member.role, token)
    return SignInResult(signed_in)


def _count_failure(
    session: Session, digest: str, throttle: SignInThrottle | None, locked: bool, now: dt.datetime
) -> SignInThrottle:
    """Count a failed sign-in for an address, locking it for a while after too many."""
    if throttle is None:
        throttle = SignInThrottle(email_digest=digest, failures=0, first_failure_at=now)
        session.add(throttle)
    if not locked:
        throttle.failures += 1
        if throttle.failures >= int(current_app.config["SIGN_IN_MAX_FAILURES"]):
            throttle.locked_until = now + dt.timedelta(
                minutes=int(current_app.config["SIGN_IN_LOCK_MINUTES"])
            )
            throttle.failures = 0
    return throttle


def _verify(hasher: PasswordHasher, password_hash: str, password: str) -> bool:
    try:
        return hasher.verify(password_hash, password)
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
    return SignedInMember(
        member.id, member.email, member.name, member.role, token, member.must_change_password
    )


def sign_out(member: SignedInMember) -> None:
    """End the session for real: the token stops working even in a copied cookie."""
    with write_transaction() as session:
        session.execute(delete(TeamSession).where(TeamSession.token == member.token))
        audit.add(session, member, "signed out")
