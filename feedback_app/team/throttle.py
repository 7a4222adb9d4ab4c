"""Sign-in throttle: attempts counted per account and per client, reserved before any password work.

Counts live where every instance sees them: in the database by default, in Redis (through the
`limits` library's storage) when RATE_LIMIT_STORAGE_URL is set. Each attempt is counted in one
atomic statement before the password is checked, so parallel guesses cannot overtake the count
(docs/quality.md rules 5 and 27).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from flask import Flask, current_app
from sqlalchemy import DateTime, bindparam, delete, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from .. import audit
from ..database import write_transaction
from ..extensions import db
from ..models import SignInThrottle, TeamMember, utcnow

# app.extensions key: this app's throttle store, made on first use in each worker.
STORE_KEY = "feedback_sign_in_throttle"
# Where the throttle's keys live in a shared Redis, apart from anything else kept there.
REDIS_PREFIX = "feedback:sign-in:"
# The bucket counting password checks begun by the whole site.
SITE_BUCKET = "site:checks"
# Counting an attempt in each bucket: a window that has ended starts again at this attempt.
UPSERT_SQL = (
    "INSERT INTO sign_in_throttle (bucket, attempts, window_ends_at) VALUES VALUES_"
    " ON CONFLICT (bucket) DO UPDATE SET"
    " attempts = CASE WHEN sign_in_throttle.window_ends_at <= :now THEN 1"
    " ELSE sign_in_throttle.attempts + 1 END,"
    " window_ends_at = CASE WHEN sign_in_throttle.window_ends_at <= :now THEN excluded.window_ends_at"
    " ELSE sign_in_throttle.window_ends_at END"
    " RETURNING bucket, attempts"
)


# Reading buckets' current counts without counting (the refusal of a bucket already over its limit).
PEEK_SQL = (
    "SELECT bucket, attempts FROM sign_in_throttle WHERE bucket IN (BUCKETS_) AND window_ends_at > :now"
)


class ThrottleUnavailable(RuntimeError):
    """The throttle's storage did not answer: sign-in is refused rather than left unlimited."""


class ThrottleStore(Protocol):
    """Where attempts are counted: one counter per bucket, its window starting at its first attempt."""

    def reserve(self, buckets: Sequence[tuple[str, int]]) -> dict[str, int]:
        """Count one attempt in each (bucket, window seconds); each bucket's count including it."""

    def peek(self, buckets: Sequence[str]) -> dict[str, int]:
        """The attempts counted so far in each bucket's current window (a read: no write, no count)."""

    def clear(self, session: Session, bucket: str) -> None:
        """Forget a bucket's attempts (inside the caller's write, where the store is the database)."""


class DatabaseStore:
    """Counts in the sign_in_throttle table: one upsert counts an attempt in every bucket at once."""

    def reserve(self, buckets: Sequence[tuple[str, int]]) -> dict[str, int]:
        """One INSERT ... ON CONFLICT DO UPDATE ... RETURNING: atomic on SQLite and PostgreSQL."""
        now = utcnow()
        values: dict[str, Any] = {"now": now}
        for n, (bucket, seconds) in enumerate(buckets):
            values[f"bucket{n}"] = bucket
            values[f"ends{n}"] = now + dt.timedelta(seconds=seconds)
        with write_transaction() as session:
            result = session.connection().execute(_upsert(len(buckets)), values)
            counts = {str(bucket): int(attempts) for bucket, attempts in result}
        return counts

    def peek(self, buckets: Sequence[str]) -> dict[str, int]:
        """One read of the buckets' rows on a pooled connection: on SQLite it takes no write lock."""
        values: dict[str, Any] = {"now": utcnow()}
        values.update({f"bucket{n}": bucket for n, bucket in enumerate(buckets)})
        with db.engine.connect() as connection:
            rows = connection.execute(_peek(len(buckets)), values).all()
        return {str(bucket): int(attempts) for bucket, attempts in rows}

    def clear(self, session: Session, bucket: str) -> None:
        """Delete the bucket's row in the caller's write."""
        session.execute(delete(SignInThrottle).where(SignInThrottle.bucket == bucket))

    def purge_expired(self) -> None:
        """Delete rows whose window has ended, so sprayed addresses do not pile up."""
        with write_transaction() as session:
            session.execute(delete(SignInThrottle).where(SignInThrottle.window_ends_at <= utcnow()))


@functools.cache
def _upsert(rows: int) -> TextClause:
    """The counting statement for so many buckets, written once: the same SQL on both databases.

    Text rather than SQLAlchemy's insert construct, whose compilation cost several times the
    statement's own work on every refused attempt; the typed parameters store times as the ORM does.
    """
    # Only the count of rows goes in; every value is a bound parameter.
    sql = UPSERT_SQL.replace("VALUES_", ", ".join(f"(:bucket{n}, 1, :ends{n})" for n in range(rows)))
    times = [bindparam("now", type_=DateTime)] + [bindparam(f"ends{n}", type_=DateTime) for n in range(rows)]
    return text(sql).bindparams(*times)


@functools.cache
def _peek(rows: int) -> TextClause:
    """The read of so many buckets' current counts, written once (a refusal's only statement)."""
    # Only the count of rows goes in; every value is a bound parameter.
    sql = PEEK_SQL.replace("BUCKETS_", ", ".join(f":bucket{n}" for n in range(rows)))
    return text(sql).bindparams(bindparam("now", type_=DateTime))


class LimitsStore:
    """Counts in Redis (or another storage of the `limits` library): its INCR-with-expiry script."""

    def __init__(self, url: str) -> None:
        from limits.storage import storage_from_string

        self.storage: Any = storage_from_string(url)

    def reserve(self, buckets: Sequence[tuple[str, int]]) -> dict[str, int]:
        """INCRBY and, on a key's first attempt, EXPIRE, in one server-side script per bucket."""
        try:
            return {
                bucket: int(self.storage.incr(REDIS_PREFIX + bucket, max(seconds, 1)))
                for bucket, seconds in buckets
            }
        except Exception as error:  # the storage's own errors differ by backend
            raise ThrottleUnavailable(type(error).__name__) from error

    def peek(self, buckets: Sequence[str]) -> dict[str, int]:
        """The keys' current counts, read without counting."""
        try:
            return {bucket: int(self.storage.get(REDIS_PREFIX + bucket)) for bucket in buckets}
        except Exception as error:  # the storage's own errors differ by backend
            raise ThrottleUnavailable(type(error).__name__) from error

    def clear(self, session: Session, bucket: str) -> None:
        """Delete the key; the caller's database write is not involved."""
        try:
            self.storage.clear(REDIS_PREFIX + bucket)
        except Exception as error:
            raise ThrottleUnavailable(type(error).__name__) from error

    def purge_expired(self) -> None:
        """Redis expires keys itself."""


def store(app: Flask | None = None) -> DatabaseStore | LimitsStore:
    """This app's throttle store, made once per worker from RATE_LIMIT_STORAGE_URL."""
    app = app or current_app
    made: DatabaseStore | LimitsStore | None = app.extensions.get(STORE_KEY)
    if made is None:
        url = str(app.config.get("RATE_LIMIT_STORAGE_URL") or "")
        made = app.extensions[STORE_KEY] = LimitsStore(url) if url else DatabaseStore()
    return made


def _digest(kind: str, value: str) -> str:
    key = str(current_app.config["SECRET_KEY"]).encode()
    return kind + ":" + hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()


def account_bucket(email: str) -> str:
    """The bucket of an e-mail address, known or not (already normalised)."""
    return _digest("account", email)


def client_bucket(address: str) -> str:
    """The bucket of a client address; an IPv6 client is its /64, which one holder can rotate through."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return _digest("client", address[:64])
    if ip.version == 6:
        return _digest("client", str(ipaddress.ip_network(f"{ip}/64", strict=False)))
    return _digest("client", str(ip))


@dataclass(frozen=True)
class Reservation:
    """One attempt counted for its account and its client, with the counts including it."""

    account: str
    client: str
    account_attempts: int
    client_attempts: int
    # Password checks begun site-wide in the current short window, this one included (0: not asked).
    site_checks: int = 0
    # False when refused from a read, the bucket being over its limit already: nothing more counted.
    counted: bool = True

    @property
    def account_limit(self) -> int:
        """Attempts an account may have in its window."""
        return int(current_app.config["SIGN_IN_MAX_FAILURES"])

    @property
    def client_limit(self) -> int:
        """Attempts a client may make in its window."""
        return int(current_app.config["SIGN_IN_CLIENT_MAX_ATTEMPTS"])

    @property
    def site_busy(self) -> bool:
        """The site has begun as many password checks as it allows in this short window."""
        return self.site_checks > int(current_app.config["SIGN_IN_SITE_MAX_CHECKS"])

    @property
    def refused(self) -> bool:
        """Over any limit: refuse without checking the password."""
        return (
            self.account_attempts > self.account_limit
            or self.client_attempts > self.client_limit
            or self.site_busy
        )


def reserve(email: str, client_address: str) -> Reservation:
    """Count this attempt against its client and its account, before any password work.

    Only an attempt within both limits is then counted against the site's budget of checks, so one
    client refused for its own flood does not use up everyone else's sign-ins. The client's bucket
    comes first in the one statement, so two attempts always lock rows in the same order on
    PostgreSQL and cannot deadlock.
    """
    config = current_app.config
    account, client = account_bucket(email), client_bucket(client_address)
    # A client or account already over its limit is refused from one read: a flood's refusals then
    # take no write lock, so they never queue before respondents' submissions or /healthz.
    seen = store().peek([client, account])
    already = Reservation(account, client, seen.get(account, 0), seen.get(client, 0), counted=False)
    if already.refused:
        return already
    counts = store().reserve(
        [
            (client, int(config["SIGN_IN_CLIENT_WINDOW_MINUTES"]) * 60),
            (account, int(config["SIGN_IN_LOCK_MINUTES"]) * 60),
        ]
    )
    reservation = Reservation(account, client, counts[account], counts[client])
    if reservation.refused:
        return reservation
    # Many clients, each within its own limit, could still keep argon2 busy on every worker: the
    # site as a whole starts only so many password checks per short window (docs/quality.md rule 27).
    window = int(config["SIGN_IN_SITE_WINDOW_SECONDS"])
    site = store().reserve([(SITE_BUCKET, window)])[SITE_BUCKET]
    return Reservation(account, client, counts[account], counts[client], site)


def client_refused(client_address: str) -> bool:
    """Whether this client is already over its limit: checked before the form is even read."""
    client = client_bucket(client_address)
    attempts = store().peek([client]).get(client, 0)
    return attempts > int(current_app.config["SIGN_IN_CLIENT_MAX_ATTEMPTS"])


def clear_address(session: Session, email: str) -> None:
    """An admin's password reset lifts the account's lock: the member can sign in with it at once."""
    store().clear(session, account_bucket(email))


def clear_account(session: Session, reservation: Reservation) -> None:
    """A successful sign-in forgets the account's attempts (never the client's)."""
    store().clear(session, reservation.account)


def summarise_refusal(email: str, reservation: Reservation) -> None:
    """Refusals write no row, except the first refusal of a client in its window.

    Later refusals are answered from a read and counted no further, so a flood of any size leaves
    the rows of its first minutes: when each account was locked and each client first refused.
    """
    if not reservation.counted or reservation.client_attempts != reservation.client_limit + 1:
        return
    with write_transaction() as session:
        audit.add(
            session,
            _actor(session, email),
            "sign-in client limited",
            _target(reservation),
            attempts=reservation.client_attempts,
        )


def summarise_failure(email: str, reservation: Reservation) -> None:
    """A wrong password writes a row only when it starts the account's window or locks it."""
    attempts, limit = reservation.account_attempts, reservation.account_limit
    if attempts not in (1, limit):
        return
    if reservation.client_attempts == 1:
        store().purge_expired()  # now and then, not on every attempt
    minutes = int(current_app.config["SIGN_IN_LOCK_MINUTES"])
    with write_transaction() as session:
        actor = _actor(session, email)
        if attempts == limit:
            audit.add(session, actor, "sign-in locked", _target(reservation), failures=limit, minutes=minutes)
        else:
            audit.add(session, actor, "sign-in failed", _target(reservation), attempts=1, minutes=minutes)


def _actor(session: Session, email: str) -> TeamMember | str:
    member = session.scalar(select(TeamMember).filter_by(email=email))
    return member if member is not None else "unknown address"


def _target(reservation: Reservation) -> str:
    """Short digests: rows about one account or one client can be told apart; no address is written."""
    account = reservation.account.split(":", 1)[1][:12]
    client = reservation.client.split(":", 1)[1][:12]
    return f"account {account} client {client}"
