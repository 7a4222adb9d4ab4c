"""Sign-in under attack: parallel guesses, address spraying, audit flooding (docs/quality.md rules 5, 27).

Each attack runs on SQLite and PostgreSQL (the database store) and on Redis (the `limits` store).
"""

from __future__ import annotations

import os
import re
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from feedback_app.extensions import db
from feedback_app.models import AuditEvent
from feedback_app.team import accounts, throttle
from feedback_app.team.accounts import SignInResult, create_member
from tests.helpers import ADMIN, HANG_SECONDS, VIEWER, make_app, sign_in

# A Redis database of each pytest-xdist worker's own (6 to 15; other tests use 1, 3 and 5), as each has
# a PostgreSQL database of its own: the tests empty the throttle's keys first, which must not touch
# another worker's.
REDIS_URL = f"redis://127.0.0.1:6379/{6 + int(os.environ.get('PYTEST_XDIST_WORKER', 'gw0')[2:] or 0) % 10}"
GUESSES = 40
WRONG = "not the password at all"


def _redis_answers() -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping())
    except Exception:
        return False


@pytest.fixture(params=["database", "redis"])
def store_kind(request: pytest.FixtureRequest) -> str:
    """Each attack against the database store and against Redis."""
    if request.param == "redis" and not _redis_answers():
        pytest.skip("Redis does not answer at 127.0.0.1:6379")
    return str(request.param)


@pytest.fixture
def app(database: str, store_kind: str, tmp_path: Path) -> Iterator[Any]:
    """The app on each database, its throttle in the database or in Redis (emptied first)."""
    extra = {"RATE_LIMIT_STORAGE_URL": REDIS_URL} if store_kind == "redis" else {}
    application = make_app(database, tmp_path, **extra)
    with application.app_context():
        for email, name, role, password in (ADMIN, VIEWER):
            create_member(email, name, role, password)
        made = throttle.store()
        if isinstance(made, throttle.LimitsStore):
            redis = made.storage.get_connection()
            for key in redis.scan_iter(match="*" + throttle.REDIS_PREFIX + "*"):
                redis.delete(key)
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every password check argon2 is asked for, counted across threads."""
    seen: list[str] = []
    lock = threading.Lock()
    real_verify = accounts._verify

    def verify(*args: Any) -> bool:
        with lock:
            seen.append("check")
        return bool(real_verify(*args))

    monkeypatch.setattr(accounts, "_verify", verify)
    return seen


def _attempt(app: Any, email: str, password: str, client: str) -> SignInResult:
    with app.app_context():
        try:
            return accounts.sign_in(email, password, client)
        finally:
            db.session.remove()


def _in_parallel(app: Any, attempts: list[tuple[str, str, str]]) -> list[SignInResult]:
    """Run the attempts at once from threads, released together."""
    start = threading.Barrier(len(attempts))

    def run(attempt: tuple[str, str, str]) -> SignInResult:
        start.wait(timeout=HANG_SECONDS)
        return _attempt(app, *attempt)

    with ThreadPoolExecutor(max_workers=len(attempts)) as pool:
        return list(pool.map(run, attempts, timeout=HANG_SECONDS))


def test_parallel_guesses_at_one_account_get_exactly_the_limit(app, checks):
    """40 guesses at once, each from its own client: exactly 5 passwords checked, the rest refused."""
    attempts = [(VIEWER[0], f"{WRONG} {n}", f"10.0.{n}.1") for n in range(GUESSES)]
    results = _in_parallel(app, attempts)
    assert len(checks) == app.config["SIGN_IN_MAX_FAILURES"] == 5
    assert sum(result.throttled for result in results) == GUESSES - 5
    assert not any(result.ok for result in results)
    # The right password is refused too while the account is locked, with no check.
    assert _attempt(app, VIEWER[0], VIEWER[3], "10.9.9.9").throttled
    assert len(checks) == 5


def test_locked_unknown_address_is_refused_like_a_real_one(app, checks):
    """An address with no account locks after the same number of attempts, with the same result."""
    for email in (VIEWER[0], "ghost@example.nhs.uk"):
        outcomes = [_attempt(app, email, WRONG, f"10.1.{n}.1").throttled for n in range(7)]
        assert outcomes == [False] * 5 + [True] * 2
    assert len(checks) == 10


def test_success_clears_the_account_but_not_the_client(app, checks):
    """A right password forgets the account's failures; the client's attempts still count."""
    client = "192.0.2.10"
    for _ in range(4):
        assert not _attempt(app, ADMIN[0], WRONG, client).ok
    assert _attempt(app, ADMIN[0], ADMIN[3], client).ok
    for _ in range(4):
        assert not _attempt(app, ADMIN[0], WRONG, client).throttled
    assert _attempt(app, ADMIN[0], ADMIN[3], client).ok
    limit = app.config["SIGN_IN_CLIENT_MAX_ATTEMPTS"]
    for _ in range(limit - 10):
        _attempt(app, f"{uuid.uuid4().hex}@example.nhs.uk", WRONG, client)
    assert _attempt(app, ADMIN[0], ADMIN[3], client).throttled


def test_client_spraying_random_addresses_is_stopped(app, checks):
    """One client trying 60 random addresses gets 20 checked; another client is not held up."""
    limit = app.config["SIGN_IN_CLIENT_MAX_ATTEMPTS"]
    assert limit == 20
    attempts = [(f"{uuid.uuid4().hex}@example.nhs.uk", WRONG, "203.0.113.7") for _ in range(60)]
    results = _in_parallel(app, attempts)
    assert len(checks) == limit
    assert sum(result.throttled for result in results) == 60 - limit
    assert _attempt(app, ADMIN[0], ADMIN[3], "203.0.113.8").ok
    # An IPv6 client is its /64: rotating the last 64 bits is one client.
    for n in range(limit):
        _attempt(app, f"{uuid.uuid4().hex}@example.nhs.uk", WRONG, f"2001:db8:1:2::{n:x}")
    assert _attempt(app, ADMIN[0], ADMIN[3], "2001:db8:1:2:ffff::1").throttled


def test_many_clients_within_their_limits_share_the_site_budget_of_checks(app, checks):
    """Twelve clients at twelve accounts at once: only the site's budget of checks is begun."""
    app.config["SIGN_IN_SITE_MAX_CHECKS"] = 3
    attempts = [(f"person{n}@example.nhs.uk", WRONG, f"10.3.{n}.1") for n in range(12)]
    results = _in_parallel(app, attempts)
    assert len(checks) == 3
    busy = [result for result in results if result.throttled]
    assert len(busy) == 9 and all(result.site_busy for result in busy)


def _audit_rows(app: Any) -> list[AuditEvent]:
    with app.app_context():
        rows = list(db.session.scalars(select(AuditEvent).where(AuditEvent.action != "team member added")))
        db.session.expunge_all()
        return rows


def test_a_flood_of_failures_leaves_a_few_audit_rows_that_tell_the_story(app, checks):
    """510 failed sign-ins at one account (from many clients): two rows, the first failure and the lock."""
    for n in range(510):
        _attempt(app, VIEWER[0], WRONG, f"10.2.{n // 250}.{n % 250}")
    rows = _audit_rows(app)
    assert [(row.action, row.actor, row.detail) for row in rows] == [
        ("sign-in failed", VIEWER[0], {"attempts": 1, "minutes": 15}),
        ("sign-in locked", VIEWER[0], {"failures": 5, "minutes": 15}),
    ]
    assert len({row.target.split(" client ")[0] for row in rows}) == 1
    assert len(checks) == 5


def test_one_client_flooding_random_addresses_leaves_rows_bounded_by_its_limit(app, checks):
    """510 attempts from one client at random addresses: a row per address checked, then one note."""
    for _ in range(510):
        _attempt(app, f"{uuid.uuid4().hex}@example.nhs.uk", WRONG, "198.51.100.4")
    rows = _audit_rows(app)
    actions = [row.action for row in rows]
    assert actions == ["sign-in failed"] * 20 + ["sign-in client limited"]
    assert rows[20].detail == {"attempts": 21}
    assert all(row.actor == "unknown address" for row in rows)
    assert len(checks) == 20


def test_throttled_page_is_429_and_the_same_for_unknown_addresses(app):
    """Rule 27: the refusal is a 429 sign-in page with a plain message, the same whether or not the
    account exists."""
    pages = {}
    for email in (VIEWER[0], "ghost@example.nhs.uk"):
        for _ in range(5):
            assert sign_in(app.test_client(), email, WRONG).status_code == 400
        pages[email] = sign_in(app.test_client(), email, VIEWER[3])
    for page in pages.values():
        assert page.status_code == 429
        assert "signing in at the moment" not in page.get_data(as_text=True)
        assert "too many attempts to sign in" in page.get_data(as_text=True)
        assert "Sign in to the team area" in page.get_data(as_text=True)
        assert 'href="/admin/sign-in"' in page.get_data(as_text=True)


def test_a_client_over_its_limit_is_refused_before_its_body_or_token_is_read(app, checks):
    """Rule 27: a flooding client's POST is answered 429 from one read, whatever its body (no CSRF
    token, a body the guard would refuse), and each refusal carries its own CSP nonce."""
    client = app.test_client()
    for n in range(app.config["SIGN_IN_CLIENT_MAX_ATTEMPTS"] + 1):
        sign_in(client, f"person{n}@example.nhs.uk", WRONG)
    checked = len(checks)
    nonces = []
    for body in ({"email": "a@example.nhs.uk", "password": WRONG}, {"csrf_token": "x\x00y"}):
        page = client.post("/admin/sign-in", data=body)
        assert page.status_code == 429
        html = page.get_data(as_text=True)
        assert "too many attempts to sign in" in html
        nonce = re.search(r"'nonce-([^']+)'", page.headers["Content-Security-Policy"]).group(1)
        assert f'nonce="{nonce}"' in html and "\x00" not in html
        nonces.append(nonce)
    assert nonces[0] != nonces[1]
    assert len(checks) == checked  # no password work for a refused client


def test_site_budget_refusal_is_429_and_says_nothing_about_the_account(app):
    """When the site has begun its checks for the window, the answer is 429 and names no account."""
    app.config["SIGN_IN_SITE_MAX_CHECKS"] = 1
    assert sign_in(app.test_client(), ADMIN[0], ADMIN[3]).status_code == 302
    for email in (VIEWER[0], "ghost@example.nhs.uk"):
        page = sign_in(app.test_client(), email, VIEWER[3])
        assert page.status_code == 429
        assert "Too many people are signing in at the moment" in page.get_data(as_text=True)


def test_database_failure_at_sign_in_shows_the_staff_page(app, monkeypatch, store_kind):
    """A database error on sign-in is a plain 503 that says nothing about respondents' answers."""
    if store_kind != "database":
        pytest.skip("the database store is the one that fails here")

    def broken(*_args: Any) -> None:
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    monkeypatch.setattr(throttle.DatabaseStore, "reserve", broken)
    page = sign_in(app.test_client(), ADMIN[0], ADMIN[3])
    text = page.get_data(as_text=True)
    assert page.status_code == 503
    assert "answers" not in text and "Nothing was changed" in text


def test_redis_down_refuses_sign_in_plainly(app, monkeypatch, store_kind):
    """With Redis configured but not answering, sign-in is refused (503), never left unlimited."""
    if store_kind != "redis":
        pytest.skip("only the Redis store can be unreachable apart from the database")
    app.config["RATE_LIMIT_STORAGE_URL"] = "redis://127.0.0.1:1/1"
    app.extensions.pop(throttle.STORE_KEY, None)
    page = sign_in(app.test_client(), ADMIN[0], ADMIN[3])
    assert page.status_code == 503
    assert "Signing in is not available" in page.get_data(as_text=True)
