"""The report queue itself: a real SqliteHuey on the test's instance folder, shared and kept across restarts.

Each "instance" is an app made by the factory on the same database and instance folder, as two
gunicorn servers on one host are; a "restart" is a new app (and so a new Huey) on the same files.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from huey import RedisHuey, SqliteHuey
from sqlalchemy import select

from feedback_app import create_app
from feedback_app.demo.seed import seed_demo
from feedback_app.extensions import db
from feedback_app.jobs.queue import QUEUE_FILE, make_huey
from feedback_app.models import ReportJob
from feedback_app.team.accounts import create_member
from tests.helpers import ADMIN, HANG_SECONDS, csrf_from, make_app, sign_in

# The settings a second instance shares with the first (the factory reads the rest from defaults).
SHARED_SETTINGS = (
    "TESTING",
    "SECRET_KEY",
    "SQLALCHEMY_DATABASE_URI",
    "QUESTIONNAIRE_DIR",
    "BASE_URL",
    "PASSWORD_HASH_TIME_COST",
    "PASSWORD_HASH_MEMORY_COST",
    "PASSWORD_HASH_PARALLELISM",
    "SIGN_IN_SITE_MAX_CHECKS",
    "TASK_QUEUE_URL",
)
# A Redis database of the report queue's tests alone, emptied of the queue before each.
REDIS_URL = "redis://127.0.0.1:6379/5"


def _redis_answers() -> bool:
    """Whether a Redis server answers on this machine (the CI image runs one)."""
    try:
        import redis

        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping())
    except Exception:
        return False


@pytest.fixture(params=["sqlite", "redis"])
def queue_url(request: pytest.FixtureRequest) -> str:
    """The queue on SQLite in the instance folder (no URL), and on Redis when one answers."""
    if request.param == "redis" and not _redis_answers():
        pytest.skip("no Redis server answers at 127.0.0.1:6379")
    return REDIS_URL if request.param == "redis" else ""


@pytest.fixture
def first(database: str, tmp_path: Path, queue_url: str) -> Any:
    """The first instance: the app on a fresh database and an empty queue, with a member and responses."""
    app = make_app(database, tmp_path, TASK_QUEUE_URL=queue_url)
    app.extensions["report_queue"].flush()
    with app.app_context():
        create_member(*ADMIN)
        seed_demo(responses=12, seed=9)
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def another_instance(app: Any) -> Any:
    """A second app on the same database and instance folder (so the same queue file)."""
    other = create_app({name: app.config[name] for name in SHARED_SETTINGS})
    assert other.instance_path == app.instance_path
    return other


def signed_in(app: Any) -> Any:
    """A client of this instance, signed in as the admin."""
    client = app.test_client()
    assert sign_in(client, ADMIN[0], ADMIN[3]).status_code == 302
    return client


def ask_for_report(client: Any) -> str:
    """Press "Make the web page report"; the job page's path."""
    token = csrf_from(client.get("/admin/analysis").get_data(as_text=True))
    response = client.post("/admin/report-jobs/report.html", data={"csrf_token": token})
    assert response.status_code == 303
    return str(response.headers["Location"])


def job_status(app: Any) -> str:
    """The one job's status, read fresh from the database."""
    with app.app_context():
        status = db.session.scalar(select(ReportJob.status))
        db.session.remove()
        return str(status)


def run_consumer_until_done(app: Any) -> None:
    """Run the instance's real Huey consumer (one worker thread) until the job is finished, then stop it."""
    consumer = app.extensions["report_queue"].create_consumer(workers=1, periodic=False, max_delay=0.2)
    # The consumer's signal handlers are for a process of its own; pytest keeps its own here.
    consumer._set_signal_handlers = lambda: None
    consumer.start()
    try:
        deadline = time.monotonic() + HANG_SECONDS
        while job_status(app) not in ("done", "failed") and time.monotonic() < deadline:
            time.sleep(0.1)  # the poll interval, not a wait for anything to happen in time
    finally:
        consumer.stop(graceful=True)
    assert job_status(app) == "done"


def test_a_queued_job_survives_a_restart_and_completes(first):
    """Asked for, then every process goes: the new app's queue still holds the job; its worker makes it."""
    path = ask_for_report(signed_in(first))
    first.extensions["report_queue"].storage.close()
    restarted = another_instance(first)
    assert restarted.extensions["report_queue"].pending_count() == 1
    run_consumer_until_done(restarted)
    client = signed_in(restarted)
    assert client.get(f"{path}/progress.json").get_json()["status"] == "done"
    assert client.get(f"{path}/file").status_code == 200


def test_two_instances_share_the_queue_and_the_jobs(first):
    """One instance asks, the other's worker makes the file, and the first serves it."""
    second = another_instance(first)
    client = signed_in(first)
    path = ask_for_report(client)
    assert first.extensions["report_queue"] is not second.extensions["report_queue"]
    queue = second.extensions["report_queue"]
    queue.execute(queue.dequeue())
    assert client.get(f"{path}/progress.json").get_json()["status"] == "done"
    response = client.get(f"{path}/file")
    assert response.status_code == 200 and response.mimetype == "text/html"
    assert signed_in(second).get(f"{path}/progress.json").get_json()["finished"] is True


def test_the_queue_is_sqlite_in_the_instance_folder_unless_redis_is_named(tmp_path: Path):
    """Unset: a SQLite file the instances on a host share; a redis:// URL: Redis; anything else: refused."""
    local = make_huey({}, str(tmp_path))
    assert isinstance(local, SqliteHuey) and local.storage.filename == str(tmp_path / QUEUE_FILE)
    # Redis is not asked anything until a job is queued: the URL alone chooses it.
    shared = make_huey({"TASK_QUEUE_URL": "redis://127.0.0.1:6379/3"}, str(tmp_path))
    assert isinstance(shared, RedisHuey)
    with pytest.raises(RuntimeError, match="TASK_QUEUE_URL must be a redis:// URL"):
        make_huey({"TASK_QUEUE_URL": "amqp://broker"}, str(tmp_path))


def test_the_worker_command_is_there(runner):
    """`flask --app feedback_app run-worker` runs the consumer (its help, without starting it)."""
    result = runner.invoke(args=["run-worker", "--help"])
    assert result.exit_code == 0 and "Run report jobs" in result.output
