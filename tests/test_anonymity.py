"""Anonymous answers leave no time of day in any store the service writes (docs/quality.md rule 28).

Respondents submit through the production server (the repo's gunicorn.conf.py, access and error logs
written to files); then every log, every file in the instance folder (the SQLite database and its WAL
included), a backup, and every column of every table is searched for the seconds the submissions
were made in. Staff routes keep their full access lines.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import MetaData, create_engine, func, select

from feedback_app.models import Response
from tests import helpers
from tests.helpers import HANG_SECONDS, LiveServer, start_server, stop_server
from tests.test_concurrency import fill_pages, post_submit

pytestmark = pytest.mark.server

SUBMISSIONS = 4
ACCESS_LOG = "access.log"
TIME_OF_DAY = re.compile(rb"\d\d:\d\d")


@pytest.fixture
def server(tmp_path: Path, database: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    """The production server with its access log written to a file in its instance folder."""
    plain_argv = helpers.gunicorn_argv

    def argv_with_access_log(port: int, workers: int) -> list[str]:
        argv = plain_argv(port, workers)
        argv[argv.index("--access-logfile") + 1] = str(tmp_path / "server-instance" / ACCESS_LOG)
        return argv

    monkeypatch.setattr(helpers, "gunicorn_argv", argv_with_access_log)
    live = start_server(tmp_path, database, workers=2)
    yield live
    stop_server(live)


def window_strings(start: float, end: float) -> list[bytes]:
    """Every way a second of the window could be written: clock time (UTC and local) and epoch seconds."""
    found: set[bytes] = set()
    for second in range(int(start), int(end) + 1):
        for clock in (time.gmtime(second), time.localtime(second)):
            found.add(time.strftime("%H:%M:%S", clock).encode())
            found.add(time.strftime("%H%M%S", clock).encode())
        found.add(str(second).encode())
    return sorted(found)


def backup(server: LiveServer, target: Path) -> None:
    """A backup as the deployment takes one: SQLite's online backup, or pg_dump."""
    if "DATABASE_URL" in server.env:
        url = server.env["DATABASE_URL"].replace("postgresql+psycopg://", "postgresql://")
        subprocess.run(["pg_dump", "--file", str(target), url], check=True, timeout=HANG_SECONDS)
        return
    source = sqlite3.connect(Path(server.env["INSTANCE_PATH"]) / "feedback.sqlite3")
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()


def stored_values(server: LiveServer) -> Iterator[tuple[str, object]]:
    """(table.column, value) for every value of every table the service's database holds."""
    if "DATABASE_URL" in server.env:
        engine = create_engine(server.env["DATABASE_URL"])
    else:
        engine = create_engine(f"sqlite:///{Path(server.env['INSTANCE_PATH']) / 'feedback.sqlite3'}")
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        with engine.connect() as conn:
            assert conn.scalar(select(func.count(Response.id))) == SUBMISSIONS
            for table in metadata.sorted_tables:
                for row in conn.execute(select(table)):
                    for column, value in row._mapping.items():
                        yield f"{table.name}.{column}", value
    finally:
        engine.dispose()


def test_no_store_holds_a_submission_time(server: LiveServer, tmp_path: Path) -> None:
    """Submit several anonymous responses; no log, file, backup or column holds their time of day."""
    start = time.time()
    for number in range(SUBMISSIONS):
        checked = fill_pages(server.url, f"Anonymous comment number {number}")
        assert post_submit(server.url, checked).status_code == 303
    end = time.time()
    time.sleep(int(end) + 1 - time.time())  # the staff request below falls outside the window's seconds
    assert requests.get(f"{server.url}/admin/sign-in", timeout=HANG_SECONDS).status_code == 200
    backup(server, tmp_path / "backup.dump")
    stop_server(server)  # every log flushed and closed

    instance = Path(server.env["INSTANCE_PATH"])
    access_lines = (instance / ACCESS_LOG).read_text(encoding="utf-8").splitlines()
    # Staff routes keep their full, timed lines; no respondent route has a line at all.
    assert any('"GET /admin/sign-in"' in line for line in access_lines), access_lines
    assert all(re.search(r'"\w+ /(admin/|healthz)', line) for line in access_lines), access_lines
    # The error log (gunicorn's own lines and the app's) gives dates, never times of day.
    errors = server.log.read_bytes()
    assert b"Booting worker" in errors
    assert not TIME_OF_DAY.search(errors), errors.decode(errors="replace")[:2000]

    forbidden = window_strings(start, end)
    files = [path for path in instance.rglob("*") if path.is_file() and path.name != ACCESS_LOG]
    for path in [*files, tmp_path / "backup.dump"]:
        content = path.read_bytes()
        leaks = [text for text in forbidden if text in content]
        assert not leaks, f"{path.name} holds {leaks}"

    first = dt.datetime.fromtimestamp(int(start), dt.UTC).replace(tzinfo=None)
    last = dt.datetime.fromtimestamp(int(end) + 1, dt.UTC).replace(tzinfo=None)
    for column, value in stored_values(server):
        if isinstance(value, dt.datetime):
            naive = value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value
            assert not first <= naive <= last, f"{column} holds a submission time {value}"
        elif value is not None:
            text = str(value).encode()
            assert not [t for t in forbidden if t in text], f"{column} holds a submission time: {value!r}"
