"""A response cap holds exactly when many respondents send at once, on real gunicorn.

docs/quality.md rule 21: the review stored 7 responses on PostgreSQL through a link made with
`--max-responses 5` when 30 respondents sent at once. Here 30 respondents each reach the check page,
then all send at the same moment through several workers: exactly 5 are stored, the other 25 are told
the questionnaire has all the answers it needs, and nobody gets a 5xx.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select, update

from feedback_app.models import CollectionLink, Questionnaire, Response
from tests.helpers import HANG_SECONDS, ROOT, LiveServer, csrf_from, payload_from, start_server, stop_server
from tests.test_concurrency import db_engine

pytestmark = pytest.mark.server

SLUG = "patient-experience"
CAP = 5
RESPONDENTS = 30
FULL = "This questionnaire has all the answers it needs"


@pytest.fixture
def server(tmp_path: Path, database: str) -> Iterator[LiveServer]:
    """gunicorn with 4 workers on a fresh database."""
    live = start_server(tmp_path, database, workers=4)
    yield live
    stop_server(live)


def make_capped_link(server: LiveServer) -> str:
    """A collection link made as the review made it (`create-link --max-responses 5`); its code."""
    flask = [sys.executable, "-m", "flask", "--app", "feedback_app"]
    args = ["create-link", SLUG, "--name", "Capped poster", "--max-responses", str(CAP)]
    subprocess.run(
        [*flask, *args], env=server.env, check=True, cwd=ROOT, capture_output=True, timeout=HANG_SECONDS
    )
    engine = db_engine(server)
    try:
        with engine.connect() as conn:  # type: ignore[attr-defined]
            return str(conn.scalar(select(CollectionLink.code)))
    finally:
        engine.dispose()  # type: ignore[attr-defined]


def cap_questionnaire(server: LiveServer, cap: int) -> None:
    """Give the questionnaire itself a cap, as the team's settings page does."""
    engine = db_engine(server)
    try:
        with engine.begin() as conn:  # type: ignore[attr-defined]
            conn.execute(update(Questionnaire).where(Questionnaire.slug == SLUG).values(max_responses=cap))
    finally:
        engine.dispose()  # type: ignore[attr-defined]


def reach_check_page(base: str, code: str | None) -> tuple[requests.Session, dict[str, str]]:
    """A respondent (through the link when given) on the check page; the form its Send button posts."""
    session = requests.Session()
    if code is not None:
        arrived = session.get(f"{base}/s/{code}", timeout=HANG_SECONDS)
        assert arrived.status_code == 200, arrived.status_code
    good = f"Capped {uuid.uuid4()}"
    for number, data in enumerate([{"fft": "good", "what_was_good": good}, {}, {}], start=1):
        url = f"{base}/q/{SLUG}/page/{number}"
        form = session.get(url, timeout=HANG_SECONDS)
        posted = session.post(
            url,
            data={"csrf_token": csrf_from(form.text), **data},
            allow_redirects=False,
            timeout=HANG_SECONDS,
        )
        assert posted.status_code == 302, (posted.status_code, posted.text[:300])
    check = session.get(f"{base}/q/{SLUG}/check", timeout=HANG_SECONDS)
    assert check.status_code == 200 and good in check.text
    return session, {"csrf_token": csrf_from(check.text), "payload": payload_from(check.text)}


def send_all_at_once(
    base: str, ready: list[tuple[requests.Session, dict[str, str]]]
) -> list[requests.Response]:
    """Every respondent presses Send at the same moment (a barrier releases them together)."""
    barrier = threading.Barrier(len(ready), timeout=HANG_SECONDS)

    def send(respondent: tuple[requests.Session, dict[str, str]]) -> requests.Response:
        session, form = respondent
        barrier.wait()
        return session.post(f"{base}/q/{SLUG}/submit", data=form, allow_redirects=False, timeout=HANG_SECONDS)

    with ThreadPoolExecutor(max_workers=len(ready)) as pool:
        return list(pool.map(send, ready))


def test_thirty_simultaneous_submissions_store_exactly_the_cap(server: LiveServer) -> None:
    """30 at once against a cap of 5, on a link and then on the questionnaire: 5 stored and confirmed
    each time, 25 told it is full, no 5xx. One server serves both rounds (a start costs seconds)."""
    code = make_capped_link(server)
    assert press_send_together(server, code) == CAP
    # The questionnaire's own cap counts every response, the five through the link included.
    cap_questionnaire(server, 2 * CAP)
    assert press_send_together(server, None) == 2 * CAP


def press_send_together(server: LiveServer, code: str | None) -> int:
    """Thirty respondents (through the link when given) send at once; the responses then stored."""
    with ThreadPoolExecutor(max_workers=6) as pool:
        ready = list(pool.map(lambda _: reach_check_page(server.url, code), range(RESPONDENTS)))
    results = send_all_at_once(server.url, ready)
    statuses = sorted(result.status_code for result in results)
    assert not [status for status in statuses if status >= 500], statuses
    confirmed = [result for result in results if result.status_code == 303]
    refused = [result for result in results if result.status_code != 303]
    assert len(confirmed) == CAP, statuses
    assert all(result.status_code == 200 and FULL in result.text for result in refused), statuses
    engine = db_engine(server)
    try:
        with engine.connect() as conn:  # type: ignore[attr-defined]
            return int(conn.scalar(select(func.count(Response.id))) or 0)
    finally:
        engine.dispose()  # type: ignore[attr-defined]
