"""The report job's task, registered on each app's queue and run inside that app's context."""

from __future__ import annotations

from flask import Flask

from .queue import TASK_NAME, make_huey
from .service import run_job


def init_jobs(app: Flask) -> None:
    """Give the app its queue and register the report job's task on it, run inside this app's context."""
    huey = make_huey(app.config, app.instance_path)

    def report_job(public_id: str) -> None:
        with app.app_context():
            run_job(public_id)

    # No retries: a failed job says why and the member starts another; a retry would repeat the cost.
    app.extensions["report_queue"] = huey
    app.extensions["report_job_task"] = huey.task(name=TASK_NAME, retries=0)(report_job)
