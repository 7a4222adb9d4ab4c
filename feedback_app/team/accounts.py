"""Team members: passwords, sign-in within the throttle, and server-side sessions."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from sqlalchemy import delete, select

from .. import audit
from ..database import write_transaction
from ..extensions import db
from ..models import TeamMember, TeamSession, utcnow
from . import throttle
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


@dataclass(frozen=True)
class SignInResult:
    """The outcome of one sign-in attempt."""

    member: SignedInMember | None
    # Refused by the throttle without checking the password (the same for unknown addresses).
    throttled: bool = False
    # Refused because the whole site is checking as many passwords as it allows just now.
    site_busy: bool = False

    @property
    def ok(self) -> bool:
        """True when the member is now signed in."""
        return self.member is not None


def sign_in(email: str, password: str, client_address: str = "") -> SignInResult:
    """Check a password within the throttle's limits; start a session on success.

    The attempt is counted for its account and its client in one atomic statement before anything
    else, so parallel guesses get no more password checks than the limit, and a refused attempt
    costs that statement only (docs/quality.md rule 27). The password is checked (and rehashed)
    outside any write, so argon2's half second never holds the database's write lock. The caller
    shows one message for every failure and one for every refusal, so the result never reveals
    whether an account exists.
    """
    email = normalise_email(email)[:254]
    reservation = throttle.reserve(email, client_address)
    if reservation.refused:
        throttle.summarise_refusal(email, reservation)
        return SignInResult(None, throttled=True, site_busy=reservation.site_busy)
    hasher, unknown_hash = _hasher()
    member = db.session.scalar(select(TeamMember).filter_by(email=email))
    checked_hash = member.password_hash if member else unknown_hash
    password_ok = _verify(hasher, checked_hash, password[:256])
    new_hash = hasher.hash(password) if password_ok and hasher.check_needs_rehash(checked_hash) else None
    signed_in = _start_session(email, checked_hash, new_hash, reservation) if password_ok else None
    if signed_in is None:
        throttle.summarise_failure(email, reservation)
    return SignInResult(signed_in)


def _start_session(
    email: str, checked_hash: str, new_hash: str | None, reservation: throttle.Reservation
) -> SignedInMember | None:
    """Open a session for the member whose password was checked, unless they changed meanwhile."""
    with write_transaction() as session:
        # Read again inside the write: the member may have been deactivated or changed meanwhile.
        member = session.scalar(select(TeamMember).filter_by(email=email))
        if member is None or not member.is_active or member.password_hash != checked_hash:
            return None
        throttle.clear_account(session, reservation)
        if new_hash is not None:
            member.password_hash = new_hash
        if member.must_change_password:
            # An admin's one-time password signs in once; the member now chooses their own.
            member.password_hash = SPENT_PASSWORD_HASH
        now = utcnow()
        token = secrets.token_urlsafe(32)
        session.add(TeamSession(token=token, member_id=member.id, created_at=now, last_seen_at=now))
        member.last_sign_in_at = now
        audit.add(session, member, "signed in")
        return SignedInMember(member.id, member.email, member.name, member.role, token)


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
