"""The task queue: Huey on a SQLite file in the instance folder, or on Redis when TASK_QUEUE_URL names one.

The queue holds only which job to run (its public id); the job itself, its progress and its file are
in the application database (models.ReportJob), so any instance shows them. Every app instance on a
host shares the SQLite queue file; instances on several hosts need Redis.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from flask import current_app
from huey import Huey, RedisHuey, SqliteHuey
from huey.api import TaskWrapper

QUEUE_NAME = "feedback-report-jobs"
QUEUE_FILE = "task-queue.sqlite3"
# The task's name in every message: enqueuer and worker may be different processes or hosts.
TASK_NAME = "feedback_app.report_job"
ALERT_TASK_NAME = "feedback_app.safeguarding_alert"
RECOVERY_TASK_NAME = "feedback_app.recover_interrupted_report_jobs"
# An idle SQLite worker looks for work at least this often (seconds); Redis wakes it at once.
MAX_POLL_SECONDS = 2.0

logger = logging.getLogger(__name__)


def make_huey(config: dict[str, Any], instance_path: str) -> Huey:
    """The queue the settings name: Redis for `redis://` URLs, else SQLite in the instance folder."""
    url = str(config.get("TASK_QUEUE_URL") or "")
    # Results stay in the application database; the queue keeps none.
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisHuey(QUEUE_NAME, url=url, results=False)
    if url:
        raise RuntimeError(f"TASK_QUEUE_URL must be a redis:// URL or unset, not {url.split(':')[0]}:...")
    return SqliteHuey(QUEUE_NAME, filename=str(Path(instance_path) / QUEUE_FILE), results=False)


def queue() -> Huey:
    """The current app's task queue."""
    huey: Huey = current_app.extensions["report_queue"]
    return huey


def enqueue_job(public_id: str) -> None:
    """Put a job on the queue for whichever worker takes it first."""
    task: TaskWrapper = current_app.extensions["report_job_task"]
    task(public_id)


def run_worker(huey: Huey, workers: int = 1) -> None:
    """Run the queue's consumer until it is told to stop (SIGINT finishes the job under way; SIGTERM not).

    Its scheduler queues the periodic check for interrupted jobs every minute (jobs/tasks.py).
    """
    consumer = huey.create_consumer(workers=workers, max_delay=MAX_POLL_SECONDS, periodic=True)
    logger.info("report worker started on %s", type(huey.storage).__name__)
    consumer.run()
