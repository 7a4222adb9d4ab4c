"""The queue's tasks: the report job, the interrupted-job check and the safeguarding alert tried again."""

from __future__ import annotations

from flask import Flask
from huey import crontab
from huey.api import Task

from ..safeguarding.alerts import RETRIES, RETRY_DELAY_SECONDS, RETRY_TASK, send_alert_again
from .queue import ALERT_TASK_NAME, RECOVERY_TASK_NAME, TASK_NAME, make_huey
from .recovery import recover_interrupted_jobs
from .service import run_job


def init_jobs(app: Flask) -> None:
    """Give the app its queue and register the report job's task and the periodic check on it."""
    huey = make_huey(app.config, app.instance_path)

    def report_job(public_id: str) -> None:
        with app.app_context():
            run_job(public_id)

    def recover_jobs() -> None:
        with app.app_context():
            recover_interrupted_jobs()

    # No retries: a failed job says why and the member starts another; a retry would repeat the cost.
    # A job whose worker died is another matter: the periodic check runs it again (recovery.py).
    app.extensions["report_queue"] = huey
    app.extensions["report_job_task"] = huey.task(name=TASK_NAME, retries=0)(report_job)
    # Every minute, in every running worker's consumer: the check changes each row in one conditional
    # write, so workers checking at once put an interrupted job on the queue once.
    every_minute = huey.periodic_task(crontab(), name=RECOVERY_TASK_NAME)
    app.extensions["report_recovery_task"] = every_minute(recover_jobs)

    def safeguarding_alert(flag_ids: list[int], task: Task | None = None) -> None:
        with app.app_context():
            send_alert_again(flag_ids, last_try=task is not None and task.retries == 0)

    # A safeguarding alert the mail server did not take is tried again until it is sent or given up.
    again = huey.task(name=ALERT_TASK_NAME, retries=RETRIES, retry_delay=RETRY_DELAY_SECONDS, context=True)
    app.extensions[RETRY_TASK] = again(safeguarding_alert)
