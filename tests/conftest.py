"""Shared fixtures: the app on SQLite (and PostgreSQL when TEST_DATABASE_URL is set), clients, servers."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import URL, create_engine, make_url, text

from feedback_app import create_app
from feedback_app.extensions import db
from feedback_app.questionnaires.store import load_folder

ROOT = Path(__file__).resolve().parent.parent
QUESTIONNAIRES = ROOT / "questionnaires"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PG_URL = os.environ.get("TEST_DATABASE_URL", "")
DATABASES = ["sqlite"] + (["postgresql"] if PG_URL else [])


def _with_driver(url: str) -> URL:
    """The PostgreSQL URL with the psycopg 3 driver named."""
    return make_url(re.sub(r"^postgres(ql)?://", "postgresql+psycopg://", url))


def pg_sqlalchemy_url(url: str = PG_URL) -> str:
    """The PostgreSQL URL with the psycopg 3 driver named, and this test worker's own database.

    Under pytest-xdist each worker gets a database of its own (`test_gw0`, `test_gw1`, ...), made
    at session start, since every test drops and creates the tables.
    """
    named = _with_driver(url)
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker:
        named = named.set(database=f"{named.database}_{worker}")
    return named.render_as_string(hide_password=False)


def _create_worker_database() -> None:
    """Create this xdist worker's PostgreSQL database if it does not exist yet."""
    target = make_url(pg_sqlalchemy_url())
    base = _with_driver(PG_URL)
    if target.database == base.database:
        return
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": target.database}
        ).first()
        if exists is None:
            conn.execute(text(f'CREATE DATABASE "{target.database}"'))
    engine.dispose()


def pytest_sessionstart(session: pytest.Session) -> None:
    """With REQUIRE_POSTGRES set, an unreachable PostgreSQL fails the run instead of skipping."""
    if os.environ.get("REQUIRE_POSTGRES") and not PG_URL:
        raise pytest.UsageError("REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not")
    if PG_URL:
        try:
            _create_worker_database()
            engine = create_engine(pg_sqlalchemy_url())
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            engine.dispose()
        except Exception as exc:
            raise pytest.UsageError(f"PostgreSQL at TEST_DATABASE_URL did not answer: {exc}") from exc


def make_app(database: str, tmp_path: Path, **extra: Any) -> Any:
    """An app with its own empty database and the shipped questionnaires loaded."""
    instance = tmp_path / "instance"
    instance.mkdir(exist_ok=True)
    url = f"sqlite:///{instance / 'test.sqlite3'}" if database == "sqlite" else pg_sqlalchemy_url()
    config = {
        "TESTING": True,
        "SECRET_KEY": "test-secret-key-not-for-production-0123456789",
        "SQLALCHEMY_DATABASE_URI": url,
        "QUESTIONNAIRE_DIR": str(QUESTIONNAIRES),
        "BASE_URL": "https://feedback.example.nhs.uk",
        "PASSWORD_HASH_TIME_COST": 1,
        "PASSWORD_HASH_MEMORY_COST": 8,
        "PASSWORD_HASH_PARALLELISM": 1,
        **extra,
    }
    os.environ["INSTANCE_PATH"] = str(instance)
    app = create_app(config)
    with app.app_context():
        db.drop_all()
        db.create_all()
        _outcomes, errors = load_folder(QUESTIONNAIRES)
        assert not errors, errors
    return app


@pytest.fixture(params=DATABASES)
def database(request: pytest.FixtureRequest) -> str:
    """Each database test runs on SQLite and, when configured, on PostgreSQL."""
    return str(request.param)


@pytest.fixture
def app(database: str, tmp_path: Path) -> Iterator[Any]:
    """The app, with CSRF on (as in production) and the shipped questionnaires loaded."""
    application = make_app(database, tmp_path)
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def client(app: Any) -> Any:
    """A test client with a cookie jar."""
    return app.test_client()


@pytest.fixture
def runner(app: Any) -> Any:
    """A CLI runner for the app's commands."""
    return app.test_cli_runner()


CSRF_RE = re.compile(
    r'<input[^>]*name="csrf_token"[^>]*value="([^"]+)"|<input[^>]*value="([^"]+)"[^>]*name="csrf_token"'
)
PAYLOAD_RE = re.compile(r'name="payload" type="hidden" value="([^"]+)"')


def csrf_from(html: str) -> str:
    """The CSRF token in a rendered form."""
    match = CSRF_RE.search(html)
    assert match, "no CSRF token in page"
    return match.group(1) or match.group(2)


def payload_from(html: str) -> str:
    """The signed submission on the check-your-answers page."""
    match = PAYLOAD_RE.search(html)
    assert match, "no payload in page"
    return match.group(1).replace("&#34;", '"').replace("&amp;", "&")


@dataclass
class Journey:
    """Drives one respondent through a questionnaire with the test client."""

    client: Any
    slug: str

    def post_page(self, number: int, data: dict[str, Any], change: bool = False) -> Any:
        """GET a page for its token, then POST answers to it."""
        url = f"/q/{self.slug}/page/{number}" + ("?change=1" if change else "")
        page = self.client.get(url)
        token = csrf_from(page.get_data(as_text=True))
        return self.client.post(url, data={"csrf_token": token, **data})

    def check_page(self) -> Any:
        """The check-your-answers page."""
        return self.client.get(f"/q/{self.slug}/check")

    def submit(self) -> Any:
        """Send the checked answers."""
        html = self.check_page().get_data(as_text=True)
        return self.client.post(
            f"/q/{self.slug}/submit",
            data={"csrf_token": csrf_from(html), "payload": payload_from(html)},
        )


PATIENT_PAGES: list[dict[str, Any]] = [
    {"fft": "very_good", "what_was_good": "Kind staff who listened", "could_do_better": "Shorter waits"},
    {},
    {},
]


def answer_patient(client: Any) -> Any:
    """Complete the patient questionnaire with minimal answers; return the submit response."""
    journey = Journey(client, "patient-experience")
    for number, data in enumerate(PATIENT_PAGES, start=1):
        response = journey.post_page(number, data)
        assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    return journey.submit()


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LiveServer:
    """A gunicorn server on loopback running the real app."""

    url: str
    process: subprocess.Popen[bytes]
    env: dict[str, str]


def prepare_database(env: dict[str, str]) -> None:
    """Migrate and load questionnaires for a server's database, as `make run` does."""
    flask = [sys.executable, "-m", "flask", "--app", "feedback_app"]
    for args in (["init-db"], ["load-questionnaires"]):
        subprocess.run([*flask, *args], env=env, check=True, cwd=ROOT, capture_output=True)


def gunicorn_argv(port: int, workers: int) -> list[str]:
    """The production server's command line: the repo's gunicorn.conf.py on a loopback port."""
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "-c",
        str(ROOT / "gunicorn.conf.py"),
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--access-logfile",
        "/dev/null",
        "wsgi:app",
    ]


def start_server(
    tmp_path: Path, database: str, workers: int = 2, extra_env: dict[str, str] | None = None
) -> LiveServer:
    """Start gunicorn with the app on a fresh database; wait until /healthz answers."""
    instance = tmp_path / "server-instance"
    instance.mkdir(exist_ok=True)
    port = free_port()
    env = {
        **os.environ,
        "INSTANCE_PATH": str(instance),
        "SECRET_KEY": "live-server-secret-key-0123456789abcdef",
        "BASE_URL": f"http://127.0.0.1:{port}",
        "FEEDBACK_ENV": "production",
        **(extra_env or {}),
    }
    if database == "postgresql":
        env["DATABASE_URL"] = pg_sqlalchemy_url()
        engine = create_engine(pg_sqlalchemy_url())
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    else:
        env.pop("DATABASE_URL", None)
    prepare_database(env)
    process = subprocess.Popen(
        gunicorn_argv(port, workers),
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(process.stderr.read().decode() if process.stderr else "gunicorn died")
            time.sleep(0.1)
    return LiveServer(url=url, process=process, env=env)


def stop_server(server: LiveServer) -> None:
    """Stop gunicorn and wait for it."""
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    """gunicorn with 2 workers on SQLite, for browser tests."""
    server = start_server(tmp_path, "sqlite")
    yield server
    stop_server(server)
