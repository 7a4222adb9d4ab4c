"""Many respondents at once, duplicate posts, and a database that stops answering, on real gunicorn.

docs/quality.md rules 21-23: concurrent submissions are all stored exactly once; the same submission posted
several times at once lands on one confirmation; a database fault says "not saved" and keeps the
answers on the page.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, func, select

from feedback_app.models import Answer, Response
from tests.helpers import (
    DATABASES,
    HANG_SECONDS,
    LiveServer,
    csrf_from,
    free_port,
    payload_from,
    server_env,
    start_gunicorn,
    start_server,
    stop_server,
)

pytestmark = pytest.mark.server

SLUG = "patient-experience"
THREADS = 12
SUBMISSIONS_PER_THREAD = 5
# The confirmation page's heading: a "not saved" page must never show it.
CONFIRMED = "your answers have been sent"
LEAKS = ("Traceback", "sqlalchemy", "psycopg", "OperationalError", 'File "', "/work/", ".py")


@dataclass
class Checked:
    """A respondent's session sitting on the check-your-answers page."""

    session: requests.Session
    csrf_token: str
    payload: str


def db_engine(server: LiveServer) -> object:
    """An engine on the server's own database, for counting what it stored."""
    if "DATABASE_URL" in server.env:
        return create_engine(server.env["DATABASE_URL"])
    return create_engine(f"sqlite:///{Path(server.env['INSTANCE_PATH']) / 'feedback.sqlite3'}")


def stored_counts(server: LiveServer, texts: list[str]) -> tuple[int, list[str], dict[str, int]]:
    """Rows in `response`, every stored reference, and how often each text is stored as an answer."""
    engine = db_engine(server)
    try:
        with engine.connect() as conn:  # type: ignore[attr-defined]
            rows = int(conn.scalar(select(func.count(Response.id))) or 0)
            references = list(conn.scalars(select(Response.reference)))
            stored = conn.execute(
                select(Answer.value, func.count(Answer.id))
                .where(Answer.question_key == "what_was_good")
                .group_by(Answer.value)
            ).all()
    finally:
        engine.dispose()  # type: ignore[attr-defined]
    counts = dict.fromkeys(texts, 0)
    counts.update({value: int(count) for value, count in stored})
    return rows, references, counts


def fill_pages(base: str, good: str) -> Checked:
    """Answer every page of the patient questionnaire and open the check page, as a browser would."""
    session = requests.Session()
    pages = [{"fft": "very_good", "what_was_good": good, "could_do_better": "Shorter waits"}, {}, {}]
    for number, data in enumerate(pages, start=1):
        url = f"{base}/q/{SLUG}/page/{number}"
        form = session.get(url, timeout=HANG_SECONDS)
        assert form.status_code == 200, form.status_code
        posted = session.post(
            url,
            data={"csrf_token": csrf_from(form.text), **data},
            allow_redirects=False,
            timeout=HANG_SECONDS,
        )
        assert posted.status_code == 302, (posted.status_code, posted.text[:500])
    check = session.get(f"{base}/q/{SLUG}/check", timeout=HANG_SECONDS)
    assert check.status_code == 200, check.status_code
    assert good in check.text
    return Checked(session, csrf_from(check.text), payload_from(check.text))


def post_submit(base: str, checked: Checked) -> requests.Response:
    """POST the checked answers once, without following the redirect."""
    return checked.session.post(
        f"{base}/q/{SLUG}/submit",
        data={"csrf_token": checked.csrf_token, "payload": checked.payload},
        allow_redirects=False,
        timeout=HANG_SECONDS,
    )


def confirmed_reference(base: str, checked: Checked, result: requests.Response) -> str:
    """Follow a 303 to the confirmation page; the reference its address names (the page shows none)."""
    assert result.status_code == 303, (result.status_code, result.text[:500])
    location = result.headers["Location"]
    assert f"/q/{SLUG}/complete?ref=" in location
    page = checked.session.get(requests.compat.urljoin(base, location), timeout=HANG_SECONDS)
    assert page.status_code == 200
    assert CONFIRMED in page.text, "not the confirmation page"
    reference = location.split("ref=", 1)[1]
    assert re.fullmatch(r"[A-Z0-9]{8}", reference), reference
    return reference


@pytest.fixture(scope="module", params=DATABASES)
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """gunicorn with 3 workers on a fresh database, shared by this module's tests (a start costs seconds);
    each test counts only what it added."""
    live = start_server(tmp_path_factory.mktemp("concurrency"), str(request.param), workers=3)
    yield live
    stop_server(live)


def test_concurrent_submissions_are_each_stored_once(server: LiveServer) -> None:
    """12 respondents at once, 5 questionnaires each: no 5xx, one row and one distinct reference each."""
    rows_before, references_before, _ = stored_counts(server, [])
    statuses: list[int] = []
    lock = threading.Lock()

    def respondent(_: int) -> list[tuple[str, str]]:
        done = []
        for _round in range(SUBMISSIONS_PER_THREAD):
            good = f"Kind staff {uuid.uuid4()}"
            checked = fill_pages(server.url, good)
            result = post_submit(server.url, checked)
            with lock:
                statuses.append(result.status_code)
            done.append((good, confirmed_reference(server.url, checked, result)))
            checked.session.close()
        return done

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = [pair for batch in pool.map(respondent, range(THREADS)) for pair in batch]

    expected = THREADS * SUBMISSIONS_PER_THREAD
    assert len(results) == expected
    assert not [s for s in statuses if s >= 500]
    texts = [good for good, _ in results]
    shown = [reference for _, reference in results]
    assert len(set(texts)) == expected
    assert len(set(shown)) == expected, "two respondents were shown the same reference"
    rows, references, counts = stored_counts(server, texts)
    assert rows - rows_before == expected
    assert sorted(set(references) - set(references_before)) == sorted(shown)
    assert {good: n for good, n in counts.items() if n != 1} == {}


def test_same_submission_posted_at_once_is_stored_once(server: LiveServer) -> None:
    """Five copies of one submission at the same instant, then one more: one row, one confirmation URL."""
    good = f"Posted five times {uuid.uuid4()}"
    rows_before, references_before, _ = stored_counts(server, [])
    checked = fill_pages(server.url, good)
    copies = 5
    barrier = threading.Barrier(copies, timeout=HANG_SECONDS)

    def post_copy(_: int) -> tuple[int, str]:
        barrier.wait()
        result = post_submit(server.url, checked)
        return result.status_code, result.headers.get("Location", "")

    with ThreadPoolExecutor(max_workers=copies) as pool:
        answers = list(pool.map(post_copy, range(copies)))
    again = post_submit(server.url, checked)
    answers.append((again.status_code, again.headers.get("Location", "")))

    assert {status for status, _ in answers} == {303}
    locations = {location for _, location in answers}
    assert len(locations) == 1, locations
    reference = confirmed_reference(server.url, checked, again)
    rows, references, counts = stored_counts(server, [good])
    assert rows - rows_before == 1
    assert sorted(set(references) - set(references_before)) == [reference]
    assert counts[good] == 1


def hold_write_lock(path: Path) -> sqlite3.Connection:
    """Take SQLite's write lock from outside the server and keep it until the connection closes."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=HANG_SECONDS)
    conn.execute("BEGIN EXCLUSIVE")
    return conn


def test_locked_sqlite_says_not_saved_and_keeps_answers(tmp_path: Path) -> None:
    """With the database locked past its timeout: 503 'not saved' with the answers shown, no confirmation."""
    # The lock is held until the test lets it go, so the server gives up whatever its busy timeout is;
    # a short one keeps the test quick.
    server = start_server(tmp_path, "sqlite", extra_env={"SQLITE_BUSY_TIMEOUT_MS": "200"})
    try:
        base = server.url
        good = f"Saved after the fault {uuid.uuid4()}"
        checked = fill_pages(base, good)
        assert requests.get(f"{base}/healthz", timeout=HANG_SECONDS).status_code == 200
        typed = f"Typed while locked {uuid.uuid4()}"
        page_url = f"{base}/q/{SLUG}/page/1"
        form = checked.session.get(page_url, timeout=HANG_SECONDS)
        lock = hold_write_lock(Path(server.env["INSTANCE_PATH"]) / "feedback.sqlite3")
        try:
            page = checked.session.post(
                page_url,
                data={"csrf_token": csrf_from(form.text), "fft": "good", "what_was_good": typed},
                allow_redirects=False,
                timeout=HANG_SECONDS,
            )
            assert page.status_code == 503
            assert "not saved" in page.text
            assert typed in page.text  # still in the form, ready to send again
            assert CONFIRMED not in page.text
            assert not [leak for leak in LEAKS if leak in page.text]

            sent = post_submit(base, checked)
            assert sent.status_code == 503
            assert "not saved" in sent.text
            assert good in sent.text  # the check page again, with every answer
            assert "Location" not in sent.headers
            assert CONFIRMED not in sent.text
            assert not [leak for leak in LEAKS if leak in sent.text]

            health = requests.get(f"{base}/healthz", timeout=HANG_SECONDS)
            assert health.status_code != 200
            assert health.json()["status"] == "fault"
        finally:
            lock.rollback()
            lock.close()

        assert requests.get(f"{base}/healthz", timeout=HANG_SECONDS).json()["status"] == "ok"
        reference = confirmed_reference(base, checked, post_submit(base, checked))
        rows, references, counts = stored_counts(server, [good, typed])
        assert rows == 1
        assert references == [reference]
        assert counts == {good: 1, typed: 0}
    finally:
        stop_server(server)


def start_unreachable_pg_server(tmp_path: Path) -> LiveServer:
    """gunicorn whose DATABASE_URL names a loopback port nothing listens on."""
    instance = tmp_path / "unreachable-instance"
    instance.mkdir()
    port = free_port()
    # Nothing listens on port 1, so the connection is refused at once; the connect timeout only bounds
    # the case of a dropped packet, and either way the app sees a database that does not answer.
    unreachable = "postgresql+psycopg://postgres@127.0.0.1:1/feedback?connect_timeout=2"
    return start_gunicorn(port, 1, server_env(instance, port, {"DATABASE_URL": unreachable}))


def test_unreachable_postgresql_gives_plain_error_and_fault(tmp_path: Path) -> None:
    """PostgreSQL down: pages and posts give a plain 503 without a traceback; /healthz says fault."""
    server = start_unreachable_pg_server(tmp_path)
    try:
        with requests.Session() as session:
            start = session.get(f"{server.url}/q/{SLUG}", timeout=HANG_SECONDS)
            assert start.status_code == 503
            assert "Sorry" in start.text
            assert not [leak for leak in LEAKS if leak in start.text]
            posted = session.post(
                f"{server.url}/q/{SLUG}/page/1",
                data={"fft": "good", "what_was_good": "Typed while the database was down"},
                allow_redirects=False,
                timeout=HANG_SECONDS,
            )
            assert posted.status_code in (400, 503)
            assert "Location" not in posted.headers
            assert CONFIRMED not in posted.text
            assert not [leak for leak in LEAKS if leak in posted.text]
            health = session.get(f"{server.url}/healthz", timeout=HANG_SECONDS)
            assert health.status_code == 503
            assert health.json()["status"] == "fault"
    finally:
        stop_server(server)
