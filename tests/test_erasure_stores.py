"""Erasure and the retention purge reach every store: the shared analysis cache, every instance, the WAL.

docs/quality.md rule 29. Each instance used to keep its analysis cache in a file of its own, so after an
erasure through one instance the other still held the erased comment; SQLite's WAL and free pages kept
copies until a checkpoint. These tests submit a distinctive comment through the production server, let
the analysis cache it, erase or purge it, then look for it in every table row and every file.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import MetaData, create_engine, select, text, update
from sqlalchemy.engine import Engine

from feedback_app.extensions import db
from feedback_app.models import Answer, Response
from tests.helpers import (
    ADMIN,
    HANG_SECONDS,
    PG_URL,
    ROOT,
    LiveServer,
    csrf_from,
    free_port,
    make_app,
    server_env,
    start_gunicorn,
    start_server,
    stop_server,
)
from tests.test_concurrency import SLUG, fill_pages, post_submit

pytestmark = pytest.mark.server

MARKER = "quokkaxylophonemarmalade"
COMMENT = f"The {MARKER} sign in the corridor was confusing"
OTHERS = 5  # with the marked one, enough responses for the analysis to show its figures
PACK = f"/admin/questionnaires/{SLUG}/analysis-pack.zip"


def engine_of(server: LiveServer) -> Engine:
    """An engine on the server's own database."""
    if "DATABASE_URL" in server.env:
        return create_engine(server.env["DATABASE_URL"])
    return create_engine(f"sqlite:///{Path(server.env['INSTANCE_PATH']) / 'feedback.sqlite3'}")


def submit_responses(server: LiveServer) -> None:
    """The marked comment and a few ordinary ones, through the respondent's pages."""
    for good in [COMMENT, *(f"Kind staff on visit {n}" for n in range(OTHERS))]:
        assert post_submit(server.url, fill_pages(server.url, good)).status_code == 303


def admin_session(server: LiveServer) -> requests.Session:
    """Create an admin with the command line (once per database) and sign in through the form."""
    email, name, role, password = ADMIN
    subprocess.run(
        [
            *(sys.executable, "-m", "flask", "--app", "feedback_app", "create-user"),
            *("--email", email, "--name", name, "--role", role, "--password", password),
        ],
        env=server.env,
        cwd=ROOT,
        capture_output=True,
        timeout=HANG_SECONDS,
    )
    session = requests.Session()
    form = session.get(f"{server.url}/admin/sign-in", timeout=HANG_SECONDS)
    signed_in = session.post(
        f"{server.url}/admin/sign-in",
        data={"csrf_token": csrf_from(form.text), "email": email, "password": password},
        timeout=HANG_SECONDS,
    )
    assert signed_in.url.rstrip("/").endswith("/admin"), signed_in.url
    return session


def pack_bytes(server: LiveServer, session: requests.Session) -> bytes:
    """Every file of the analysis pack (which holds each comment's coding and redacted text), joined."""
    response = session.get(f"{server.url}{PACK}", timeout=HANG_SECONDS)
    assert response.status_code == 200, response.status_code
    with zipfile.ZipFile(io.BytesIO(response.content)) as pack:
        return b"\n".join(pack.read(name) for name in pack.namelist())


def marked_reference(engine: Engine) -> str:
    """The reference of the response holding the marked comment."""
    with engine.connect() as conn:
        return str(
            conn.scalar(
                select(Response.reference)
                .join(Answer, Answer.response_id == Response.id)
                .where(Answer.value == COMMENT)
            )
        )


def erase(server: LiveServer, session: requests.Session, reference: str) -> None:
    """Erase one response through the team area's form, as an admin would."""
    page = session.get(f"{server.url}/admin/responses/{reference}", timeout=HANG_SECONDS)
    assert page.status_code == 200
    erased = session.post(
        f"{server.url}/admin/responses/{reference}/erase",
        data={"csrf_token": csrf_from(page.text), "reason": "The respondent asked for it"},
        timeout=HANG_SECONDS,
    )
    assert "deleted" in erased.text


def rows_holding(engine: Engine, needle: str) -> list[str]:
    """table.column of every stored value, in every table, that contains the text."""
    found = []
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(select(table)):
                for column, value in row._mapping.items():
                    raw = value if isinstance(value, bytes) else str(value).encode()
                    if needle.encode() in raw:
                        found.append(f"{table.name}.{column}")
    return found


def files_holding(folders: list[Path], needle: str) -> list[str]:
    """Every file under the folders whose bytes contain the text (databases, WAL, logs, caches)."""
    return [
        str(path)
        for folder in folders
        for path in folder.rglob("*")
        if path.is_file() and needle.encode() in path.read_bytes()
    ]


@pytest.fixture
def two_instances(tmp_path: Path) -> Iterator[tuple[LiveServer, LiveServer]]:
    """Two production servers, each with its own instance folder, on one PostgreSQL database."""
    if not PG_URL:
        pytest.skip("TEST_DATABASE_URL is not set")
    first = start_server(tmp_path, "postgresql")
    second_folder = tmp_path / "second-instance"
    second_folder.mkdir()
    port = free_port()
    env = server_env(second_folder, port, {"DATABASE_URL": first.env["DATABASE_URL"]})
    try:
        second = start_gunicorn(port, 2, env)
    except BaseException:
        stop_server(first)
        raise
    yield first, second
    stop_server(second)
    stop_server(first)


def test_erasure_through_one_instance_reaches_the_others_cache(
    two_instances: tuple[LiveServer, LiveServer],
) -> None:
    """Both instances cache the comment; erased through the first, no instance, row or file keeps it."""
    first, second = two_instances
    submit_responses(first)
    sessions = [admin_session(first), admin_session(second)]
    for server, session in zip((first, second), sessions, strict=True):
        assert MARKER.encode() in pack_bytes(server, session)  # its coding is cached and served
    engine = engine_of(first)
    try:
        assert "analysis_feature.redacted_text" in rows_holding(engine, MARKER)
        erase(first, sessions[0], marked_reference(engine))
        assert MARKER.encode() not in pack_bytes(second, sessions[1])
        assert rows_holding(engine, MARKER) == []
    finally:
        engine.dispose()
    folders = [Path(server.env["INSTANCE_PATH"]) for server in (first, second)]
    assert files_holding(folders, MARKER) == []


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Iterator[LiveServer]:
    """The production server on a SQLite file in WAL mode."""
    server = start_server(tmp_path, "sqlite")
    yield server
    stop_server(server)


def cached_on_sqlite(server: LiveServer) -> tuple[requests.Session, Engine, Path]:
    """Submit and analyse through the server; the comment is stored and cached (checked)."""
    submit_responses(server)
    session = admin_session(server)
    assert MARKER.encode() in pack_bytes(server, session)
    engine = engine_of(server)
    assert "analysis_feature.redacted_text" in rows_holding(engine, MARKER)
    return session, engine, Path(server.env["INSTANCE_PATH"])


def test_erasure_leaves_no_copy_in_the_sqlite_file_or_wal(sqlite_server: LiveServer) -> None:
    """After an erasure the database file, its WAL and shared memory hold no byte of the comment."""
    session, engine, instance = cached_on_sqlite(sqlite_server)
    try:
        erase(sqlite_server, session, marked_reference(engine))
        assert rows_holding(engine, MARKER) == []
    finally:
        engine.dispose()
    database_files = [instance / f"feedback.sqlite3{suffix}" for suffix in ("", "-wal", "-shm")]
    assert database_files[0].exists()
    assert [
        path.name for path in database_files if path.exists() and MARKER.encode() in path.read_bytes()
    ] == []
    assert files_holding([instance], MARKER) == []


def test_retention_purge_leaves_no_copy_in_the_sqlite_file_or_wal(sqlite_server: LiveServer) -> None:
    """The purge command, run while the server serves, leaves the comment in no row, file or WAL."""
    _session, engine, instance = cached_on_sqlite(sqlite_server)
    try:
        with engine.begin() as conn:
            conn.execute(text("PRAGMA secure_delete=ON"))
            # Sent long ago: older than any questionnaire's retention period.
            conn.execute(update(Response).values(submitted_on=dt.date(2000, 1, 1)))
        purge = subprocess.run(
            [sys.executable, "-m", "flask", "--app", "feedback_app", "purge-expired"],
            env=sqlite_server.env,
            cwd=ROOT,
            capture_output=True,
            timeout=HANG_SECONDS,
            check=False,
        )
        assert purge.returncode == 0, purge.stderr.decode(errors="replace")
        assert rows_holding(engine, MARKER) == []
        with engine.connect() as conn:
            assert conn.scalar(select(Response.id)) is None
    finally:
        engine.dispose()
    assert files_holding([instance], MARKER) == []


def test_every_sqlite_connection_overwrites_deleted_rows(tmp_path: Path) -> None:
    """secure_delete is on for the app's connections, whatever SQLite's build defaults to.

    Debian's SQLite is built with it on, so the file tests above pass there even without the
    pragma; elsewhere deleted rows would stay in free pages until overwritten.
    """
    app = make_app("sqlite", tmp_path)
    with app.app_context():
        assert db.session.execute(text("PRAGMA secure_delete")).scalar() == 1
