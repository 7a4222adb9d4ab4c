"""A real `flask run-worker` killed with SIGKILL mid-job: the next worker to start finishes the job, once.

The worker runs as it does in production, in a process of its own on the test's database and queue
file; the heartbeat's stale interval is set to 2 s so the test waits seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from feedback_app.demo.seed import seed_demo
from feedback_app.extensions import db
from feedback_app.jobs.queue import TASK_NAME
from feedback_app.models import AuditEvent, ReportJob, utcnow
from feedback_app.team.accounts import create_member
from tests.admin.test_report_job_recovery import the_job
from tests.helpers import ADMIN, HANG_SECONDS, ROOT, make_app
from tests.test_report_job_queue import ask_for_report, signed_in

pytestmark = pytest.mark.slow

STALE_SECONDS = 2


@pytest.fixture
def app(database: str, tmp_path: Path) -> Iterator[Any]:
    """The app on a fresh database and an empty queue, with a member and enough responses for a long job."""
    application = make_app(database, tmp_path, JOB_HEARTBEAT_STALE_SECONDS=STALE_SECONDS)
    application.extensions["report_queue"].flush()
    with application.app_context():
        create_member(*ADMIN)
        seed_demo(responses=150, seed=9)
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


def start_worker(app: Any, log: Path) -> subprocess.Popen[bytes]:
    """`flask --app feedback_app run-worker` on the app's database and instance folder (so its queue)."""
    env = {
        **os.environ,
        "INSTANCE_PATH": app.instance_path,
        "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
        "SECRET_KEY": app.config["SECRET_KEY"],
        "QUESTIONNAIRE_DIR": app.config["QUESTIONNAIRE_DIR"],
        "JOB_HEARTBEAT_STALE_SECONDS": str(STALE_SECONDS),
    }
    env.pop("TASK_QUEUE_URL", None)
    with log.open("ab") as output:
        return subprocess.Popen(
            [sys.executable, "-m", "flask", "--app", "feedback_app", "run-worker"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )


def report_tasks_waiting(app: Any) -> int:
    """Report tasks on the queue (a worker's scheduler also queues its every-minute check there)."""
    return sum(task.name == TASK_NAME for task in app.extensions["report_queue"].pending())


def wait_for(app: Any, ready: Any, worker: subprocess.Popen[bytes], log: Path) -> ReportJob:
    """Poll the job's row until `ready(row)`; the worker must stay alive meanwhile."""
    deadline = time.monotonic() + HANG_SECONDS
    while time.monotonic() < deadline:
        job = the_job(app)
        if ready(job):
            return job
        assert worker.poll() is None, log.read_text(errors="replace")
        time.sleep(0.02)  # the poll interval, not a wait for anything to happen in time
    raise AssertionError(f"the job did not get there: {the_job(app).status}")


def test_a_job_whose_worker_is_killed_is_finished_by_the_next_worker_once(app, tmp_path):
    """SIGKILL while the job codes comments; once its heartbeat is stale, a new worker runs it to the end."""
    log = tmp_path / "workers.log"
    client = signed_in(app)
    path = ask_for_report(client)
    first = start_worker(app, log)
    try:
        wait_for(app, lambda job: job.status == "running" and job.progress >= 10, first, log)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=HANG_SECONDS)
    killed = the_job(app)
    assert (killed.status, killed.attempts) == ("running", 1), "the job ended before its worker was killed"
    assert report_tasks_waiting(app) == 0  # the task died with the worker

    # The next worker finds it at start-up once the heartbeat is older than the stale interval.
    stale = dt.timedelta(seconds=STALE_SECONDS)
    while utcnow() - (killed.heartbeat_at or killed.updated_at) <= stale:
        time.sleep(0.1)  # the interval must pass: that is the rule under test, not a guess at timing
    second = start_worker(app, log)
    try:
        done = wait_for(app, lambda job: job.status in ("done", "failed"), second, log)
    finally:
        second.send_signal(signal.SIGINT)
        second.wait(timeout=HANG_SECONDS)
    assert (done.status, done.attempts) == ("done", 2), done.error
    assert client.get(f"{path}/file").status_code == 200
    with app.app_context():
        query = select(AuditEvent.action).where(AuditEvent.action.like("report job%"))
        actions = list(db.session.scalars(query.order_by(AuditEvent.id)))
    assert actions == ["report job started", "report job restarted", "report job done"]
    assert report_tasks_waiting(app) == 0
