"""Shared test helpers: apps on a fresh database, form tokens, a respondent's journey, live gunicorn servers.

Fixtures stay in the conftest modules; the plain functions and classes the tests import live here.
"""

from __future__ import annotations

import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import requests
from jinja2 import BytecodeCache
from jinja2.bccache import Bucket
from sqlalchemy import URL, create_engine, inspect, make_url, text

from feedback_app import create_app
from feedback_app.extensions import db
from feedback_app.questionnaires.store import load_definition
from questionnaire_format.files import load_definition_folder
from questionnaire_format.model import Definition

ROOT = Path(__file__).resolve().parent.parent
QUESTIONNAIRES = ROOT / "questionnaires"
PG_URL = os.environ.get("TEST_DATABASE_URL", "")
# Each database test runs on SQLite and, when TEST_DATABASE_URL is set, on PostgreSQL.
DATABASES = ["sqlite"] + (["postgresql"] if PG_URL else [])
# The limit on anything a test waits for (a request, a subprocess, a server starting): far above what a
# slow, shared machine takes, so only a hang reaches it. No test depends on how fast the machine is.
HANG_SECONDS = 600

ADMIN = ("admin@example.nhs.uk", "Ada Admin", "admin", "copper kettle marmalade 42")
VIEWER = ("viewer@example.nhs.uk", "Vic Viewer", "viewer", "lantern orchard pebble 77")


def with_driver(url: str) -> URL:
    """The PostgreSQL URL with the psycopg 3 driver named."""
    return make_url(re.sub(r"^postgres(ql)?://", "postgresql+psycopg://", url))


def pg_sqlalchemy_url(url: str = PG_URL) -> str:
    """The PostgreSQL URL with the psycopg 3 driver named, and this test worker's own database.

    Under pytest-xdist each worker gets a database of its own (`test_gw0`, `test_gw1`, ...), made
    at session start, since every test drops and creates the tables.
    """
    named = with_driver(url)
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker:
        named = named.set(database=f"{named.database}_{worker}")
    return named.render_as_string(hide_password=False)


class CompiledTemplates(BytecodeCache):
    """Templates compiled once per test process and shared by every app the tests make.

    Each test makes its own app, and a new app's Jinja environment compiles every template it renders
    afresh: about half a second of each admin test. A bucket's key holds the template's name and a
    checksum of its source, so an edited template is compiled again.
    """

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill the bucket from an earlier compile of the same source, if there was one."""
        code = self.compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep a fresh compile for the next app."""
        self.compiled[bucket.key] = bucket.bytecode_to_string()


COMPILED_TEMPLATES = CompiledTemplates()


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
        # argon2 at its cheapest: the cost under test is a configuration value, not what is proven.
        "PASSWORD_HASH_TIME_COST": 1,
        "PASSWORD_HASH_MEMORY_COST": 8,
        "PASSWORD_HASH_PARALLELISM": 1,
        # Tests sign in faster than people do; the site's budget of checks is proven where it is set.
        "SIGN_IN_SITE_MAX_CHECKS": 1000,
        **extra,
    }
    os.environ["INSTANCE_PATH"] = str(instance)
    app = create_app(config)
    app.jinja_env.bytecode_cache = COMPILED_TEMPLATES
    with app.app_context():
        _empty_tables(url)
        for definition in shipped_definitions():
            load_definition(definition)
    return app


@cache
def shipped_definitions() -> tuple[Definition, ...]:
    """The shipped questionnaires, parsed and validated once per test process."""
    definitions, errors = load_definition_folder(QUESTIONNAIRES)
    assert not errors, errors
    return tuple(definitions)


# PostgreSQL databases whose tables this process has built from the models.
_BUILT: set[str] = set()


def _empty_tables(url: str) -> None:
    """Give the app empty tables of the current models.

    On PostgreSQL, dropping and creating every table costs a test about a third of a second; once this
    process has built them, emptying them is enough, unless another test has since left a different
    set of tables (a migrated database, for one), when they are built again.
    """
    if url.startswith("postgresql") and url in _BUILT:
        tables = db.metadata.sorted_tables
        if set(inspect(db.engine).get_table_names()) == {t.name for t in tables}:
            names = ", ".join(f'"{t.name}"' for t in tables)
            with db.engine.begin() as conn:
                conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            return
    db.drop_all()
    db.create_all()
    if url.startswith("postgresql"):
        _BUILT.add(url)


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


def sign_in(client: Any, email: str, password: str) -> Any:
    """Sign in to the team area through the form, as a person would."""
    page = client.get("/admin/sign-in")
    token = csrf_from(page.get_data(as_text=True))
    return client.post("/admin/sign-in", data={"csrf_token": token, "email": email, "password": password})


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
    log: Path


# `flask init-db` then `flask load-questionnaires`, as `make run` runs them, in one process: the app is
# imported once per server instead of twice (a few seconds each on this machine).
PREPARE_SCRIPT = """
import sys
from feedback_app import create_app
runner = create_app().test_cli_runner()
for args in (["init-db"], ["load-questionnaires"]):
    result = runner.invoke(args=args)
    if result.exit_code != 0:
        sys.exit(f"flask {args[0]} failed: {result.output} {result.exception!r}")
"""


def prepare_database(env: dict[str, str]) -> None:
    """Migrate and load questionnaires for a server's database, as `make run` does."""
    subprocess.run(
        [sys.executable, "-c", PREPARE_SCRIPT],
        env=env,
        check=True,
        cwd=ROOT,
        capture_output=True,
        timeout=HANG_SECONDS,
    )


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


def wait_until_answering(server: LiveServer) -> None:
    """Return once the app answers /healthz (whatever its status): its workers have loaded the app."""
    deadline = time.monotonic() + HANG_SECONDS
    while time.monotonic() < deadline:
        try:
            requests.get(f"{server.url}/healthz", timeout=HANG_SECONDS)
            return
        except requests.ConnectionError:
            if server.process.poll() is not None:
                log = server.log.read_text(encoding="utf-8", errors="replace")
                raise RuntimeError(f"gunicorn died on start-up:\n{log}") from None
            time.sleep(0.1)  # the poll interval while gunicorn opens its socket
    stop_server(server)
    raise RuntimeError(f"gunicorn did not answer within {HANG_SECONDS} seconds")


def start_gunicorn(port: int, workers: int, env: dict[str, str]) -> LiveServer:
    """Start gunicorn with the app on a prepared database; wait until the app answers.

    Its error log goes to a file in the instance folder: a pipe nobody reads would fill and stall it.
    """
    log = Path(env["INSTANCE_PATH"]) / "gunicorn-errors.log"
    with log.open("wb") as errors:
        process = subprocess.Popen(
            gunicorn_argv(port, workers), cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=errors
        )
    server = LiveServer(url=f"http://127.0.0.1:{port}", process=process, env=env, log=log)
    wait_until_answering(server)
    return server


def server_env(instance: Path, port: int, extra_env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a production-mode server on a loopback port with its own instance folder.

    A write waits for SQLite's lock as long as anything else here waits: the tests are about what is
    stored and shown, and on a busy machine another worker may hold the lock for seconds. No report
    worker starts beside gunicorn unless a test asks for one (EMBEDDED_WORKER=1): it would cost every
    server a process that loads the app.
    """
    return {
        **os.environ,
        "INSTANCE_PATH": str(instance),
        "SECRET_KEY": "live-server-secret-key-0123456789abcdef",
        "BASE_URL": f"http://127.0.0.1:{port}",
        "FEEDBACK_ENV": "production",
        "SQLITE_BUSY_TIMEOUT_MS": str(HANG_SECONDS * 1000),
        "SIGN_IN_SITE_MAX_CHECKS": "1000",
        "EMBEDDED_WORKER": "0",
        **(extra_env or {}),
    }


def start_server(
    tmp_path: Path, database: str, workers: int = 2, extra_env: dict[str, str] | None = None
) -> LiveServer:
    """Start gunicorn with the app on a fresh database; wait until /healthz answers."""
    instance = tmp_path / "server-instance"
    instance.mkdir(exist_ok=True)
    port = free_port()
    env = server_env(instance, port, extra_env)
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
    return start_gunicorn(port, workers, env)


def stop_server(server: LiveServer) -> None:
    """Stop gunicorn and wait for it; one that ignores the polite signal is killed."""
    server.process.terminate()
    try:
        server.process.wait(timeout=HANG_SECONDS)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


def write_lock_is_free(app: Any) -> bool:
    """Whether another connection could take SQLite's write lock at once (no writer holds it)."""
    path = app.config["SQLALCHEMY_DATABASE_URI"].removeprefix("sqlite:///")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        other.close()
