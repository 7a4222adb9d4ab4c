"""Sign-in floods against real gunicorn servers (docs/quality.md rule 27).

Two instances on one PostgreSQL (or one Redis) share the lockout exactly; /healthz keeps answering
while one client floods sign-in with random addresses.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, func, select

from feedback_app.models import AuditEvent
from tests.helpers import (
    HANG_SECONDS,
    PG_URL,
    ROOT,
    LiveServer,
    csrf_from,
    free_port,
    pg_sqlalchemy_url,
    server_env,
    start_gunicorn,
    start_server,
    stop_server,
)

pytestmark = pytest.mark.server

EMAIL, PASSWORD = "lead@example.nhs.uk", "copper kettle marmalade 42"
GUESSES = 40
REDIS_URL = "redis://127.0.0.1:6379/1"
# Cheap hashes: what is proven is how many checks happen, not what one costs.
CHEAP = {"PASSWORD_HASH_TIME_COST": "1", "PASSWORD_HASH_MEMORY_COST": "8", "PASSWORD_HASH_PARALLELISM": "1"}


def _empty_redis() -> None:
    import redis

    connection = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        connection.ping()
    except redis.ConnectionError:
        pytest.skip("Redis does not answer at 127.0.0.1:6379")
    for key in connection.scan_iter(match="*feedback:sign-in:*"):
        connection.delete(key)


def create_user(server: LiveServer) -> None:
    """Add the member through the command line, as the first admin is made."""
    flask = [sys.executable, "-m", "flask", "--app", "feedback_app"]
    subprocess.run(
        [*flask, "create-user", "--email", EMAIL, "--name", "Lee Lead", "--password", PASSWORD],
        env=server.env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=HANG_SECONDS,
    )


@pytest.fixture(params=["database", "redis"])
def two_servers(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[LiveServer, LiveServer]]:
    """Two gunicorn instances on one PostgreSQL database, the throttle in it or in Redis."""
    if not PG_URL:
        pytest.skip("two instances share a PostgreSQL database: set TEST_DATABASE_URL")
    extra = {**CHEAP, "SIGN_IN_CLIENT_MAX_ATTEMPTS": "1000"}
    if request.param == "redis":
        _empty_redis()
        extra["RATE_LIMIT_STORAGE_URL"] = REDIS_URL
    first = start_server(tmp_path, "postgresql", workers=2, extra_env=extra)
    create_user(first)
    instance = tmp_path / "second-instance"
    instance.mkdir()
    port = free_port()
    env = server_env(instance, port, {**extra, "DATABASE_URL": pg_sqlalchemy_url()})
    second = start_gunicorn(port, 2, env)
    yield first, second
    stop_server(second)
    stop_server(first)


def _ready_to_post(url: str) -> tuple[requests.Session, str]:
    session = requests.Session()
    page = session.get(f"{url}/admin/sign-in", timeout=HANG_SECONDS)
    assert page.status_code == 200
    return session, csrf_from(page.text)


def _post(url: str, ready: tuple[requests.Session, str], email: str, password: str) -> int:
    session, token = ready
    answer = session.post(
        f"{url}/admin/sign-in",
        data={"csrf_token": token, "email": email, "password": password},
        allow_redirects=False,
        timeout=HANG_SECONDS,
    )
    return answer.status_code


def test_parallel_guesses_across_two_instances_get_exactly_the_limit(two_servers):
    """40 wrong guesses at once, split over two instances: 5 checked (400), 35 refused (429), no 5xx;
    afterwards the right password is refused on both until the window ends."""
    urls = [server.url for server in two_servers]
    targets = [urls[n % 2] for n in range(GUESSES)]
    readies = [_ready_to_post(url) for url in targets]
    start = threading.Barrier(GUESSES)

    def guess(n: int) -> int:
        start.wait(timeout=HANG_SECONDS)
        return _post(targets[n], readies[n], EMAIL, f"wrong guess number {n}")

    with ThreadPoolExecutor(max_workers=GUESSES) as pool:
        statuses = list(pool.map(guess, range(GUESSES), timeout=HANG_SECONDS))
    assert sorted(statuses) == [400] * 5 + [429] * (GUESSES - 5), statuses
    for url in urls:
        assert _post(url, _ready_to_post(url), EMAIL, PASSWORD) == 429
    engine = create_engine(two_servers[0].env["DATABASE_URL"])
    try:
        with engine.connect() as conn:
            locked = conn.scalar(select(func.count(AuditEvent.id)).filter_by(action="sign-in locked"))
            failed = conn.scalar(select(func.count(AuditEvent.id)).filter_by(action="sign-in failed"))
    finally:
        engine.dispose()
    assert (failed, locked) == (1, 1)


@pytest.fixture
def production_cost_server(tmp_path: Path, database: str) -> Iterator[LiveServer]:
    """gunicorn with 2 workers and argon2 at its production cost (the config defaults)."""
    assert not set(CHEAP) & set(os.environ), "the production cost comes from the config defaults"
    # The site's budget of checks at its default too (the tests' servers otherwise lift it).
    server = start_server(tmp_path, database, workers=2, extra_env={"SIGN_IN_SITE_MAX_CHECKS": "1"})
    create_user(server)
    yield server
    stop_server(server)


def test_healthz_answers_while_sign_in_is_flooded(production_cost_server):
    """Six threads flood sign-in with random addresses; every /healthz meanwhile answers 200, no 5xx."""
    url = production_cost_server.url
    paused = threading.Event()
    statuses: list[int] = []

    def flood() -> None:
        ready = _ready_to_post(url)
        for _ in range(25):
            statuses.append(_post(url, ready, f"{uuid.uuid4().hex}@example.nhs.uk", "guessing again"))

    health: list[int] = []
    with ThreadPoolExecutor(max_workers=6) as pool:
        floods = [pool.submit(flood) for _ in range(6)]
        while not all(future.done() for future in floods) or not health:
            health.append(requests.get(f"{url}/healthz", timeout=HANG_SECONDS).status_code)
            paused.wait(0.05)  # a load balancer's probe, not a second flood
        for future in floods:
            future.result(timeout=HANG_SECONDS)
    assert set(health) == {200}, health
    assert len(statuses) == 150 and set(statuses) <= {400, 429}
    # The client's limit (20) and the site's budget (1 per 20 s) bound the checks; the rest cost one
    # statement each.
    assert 1 <= statuses.count(400) <= 20
