"""A job whose worker died under it (killed, a deploy) is run again, by one worker, a bounded number of times.

Huey takes a task off the queue when a worker starts it, so a worker's death loses the task; the job's
row survives. While a job runs, its worker writes a heartbeat on the row (Heartbeat). A running row
whose heartbeat is older than JOB_HEARTBEAT_STALE_SECONDS lost its worker: recover_interrupted_jobs,
run when a worker starts and every minute by its consumer, puts it back to "queued" and on the queue,
or fails it once it has had JOB_MAX_ATTEMPTS runs. Each change is one conditional UPDATE of the row as
it was read, so of several workers checking at once one acts, and a heartbeat written meanwhile wins.
The same check sends again the task of a job left queued with no task on the queue.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass, field

from flask import Flask, current_app
from sqlalchemy import ColumnElement, func, select, update

from .. import audit
from ..database import write_transaction
from ..extensions import db
from ..models import ReportJob, TeamMember, utcnow
from .queue import TASK_NAME, enqueue_job, queue

logger = logging.getLogger(__name__)

# A heartbeat is written this many times per stale interval: a write or two may be late (a busy
# database, a long call holding the interpreter) before the job looks abandoned.
BEATS_PER_STALE_INTERVAL = 4
RESTART_STAGE = "Waiting to start again after an interruption"
GAVE_UP = (
    "The worker was stopped {attempts} times while making this file, so it was not started again. "
    "Start it again later; if it stops again, tell the site's administrator."
)
REQUEUE_FAILED = (
    "The worker stopped before the file was finished and it could not be queued again. Start it again."
)


def stale_after() -> dt.timedelta:
    """How old a running job's heartbeat may be before its worker is taken to be dead."""
    return dt.timedelta(seconds=float(current_app.config["JOB_HEARTBEAT_STALE_SECONDS"]))


def last_sign_of_life() -> ColumnElement[dt.datetime]:
    """The row's heartbeat; a row from before heartbeats were written has only its last progress."""
    return func.coalesce(ReportJob.heartbeat_at, ReportJob.updated_at)  # type: ignore[arg-type]


def lost_its_worker(job: ReportJob, now: dt.datetime) -> bool:
    """Whether a job is running with a heartbeat too old for a live worker."""
    last = job.heartbeat_at or job.updated_at
    return job.status == "running" and now - last > stale_after()


class Heartbeat:
    """Writes the time on a running job's row from a thread of its own, until the run ends or loses the row.

    The thread is apart from the job's own work, so a stage that writes no progress for minutes (charts,
    a large file) still shows a live worker; only the process's death (or a stall past the stale
    interval) stops it. Used as a context manager around the run.
    """

    def __init__(self, job_id: int, attempt: int) -> None:
        """Beat for this run of this job, BEATS_PER_STALE_INTERVAL times per stale interval."""
        self.job_id, self.attempt = job_id, attempt
        self.interval = stale_after().total_seconds() / BEATS_PER_STALE_INTERVAL
        self.lost = False
        self._app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"report-job-{job_id}-heartbeat", daemon=True)

    def __enter__(self) -> Heartbeat:
        """Start beating."""
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        """Stop beating, and wait for a write under way to end."""
        self._stop.set()
        self._thread.join()

    def beat(self) -> bool:
        """Write the time on the row if it is still this run's; False when it is not (stop beating)."""
        with db.engine.connect() as conn, write_transaction(conn) as writing:
            changed = writing.execute(
                update(ReportJob)
                .where(
                    ReportJob.id == self.job_id,
                    ReportJob.status == "running",
                    ReportJob.attempts == self.attempt,
                )
                .values(heartbeat_at=utcnow())
            ).rowcount
        return bool(changed)

    def _run(self) -> None:
        with self._app.app_context():
            while not self._stop.wait(self.interval):
                try:
                    if not self.beat():
                        self.lost = True
                        return
                except Exception:
                    # A locked or unreachable database for a moment: the next beat tries again.
                    logger.exception("report job %s: heartbeat not written", self.job_id)


@dataclass
class Recovery:
    """What one check did: jobs queued again, failed after their last attempt, and tasks sent again."""

    requeued: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    resent: list[str] = field(default_factory=list)


def recover_interrupted_jobs(now: dt.datetime | None = None) -> Recovery:
    """Queue again (or fail, after its last run) each job whose worker died; resend any lost task."""
    now = now or utcnow()
    cutoff = now - stale_after()
    outcome = Recovery()
    _recover_running(cutoff, outcome)
    _resend_lost_tasks(now, cutoff, outcome)
    return outcome


def _recover_running(cutoff: dt.datetime, outcome: Recovery) -> None:
    """Queue again, or fail, each running job with a heartbeat older than `cutoff`."""
    rows = db.session.execute(
        select(ReportJob.id, ReportJob.public_id, ReportJob.kind, ReportJob.attempts).where(
            ReportJob.status == "running", last_sign_of_life() < cutoff
        )
    ).all()
    db.session.commit()  # the read ends; each change below is a write of its own
    limit = int(current_app.config["JOB_MAX_ATTEMPTS"])
    for job_id, public_id, kind, attempts in rows:
        if attempts >= limit:
            if _fail_abandoned(job_id, attempts, cutoff, GAVE_UP.format(attempts=attempts)):
                outcome.failed.append(public_id)
        elif _requeue(job_id, kind, attempts, cutoff):
            try:
                enqueue_job(public_id)
            except Exception:
                # The queue is down: without a task the job would wait for ever; it fails and says so.
                logger.exception("report job %s could not be queued again", job_id)
                _fail_requeued(job_id, attempts)
                continue
            logger.warning("report job %s lost its worker during run %s: queued again", job_id, attempts)
            outcome.requeued.append(public_id)


def _resend_lost_tasks(now: dt.datetime, cutoff: dt.datetime, outcome: Recovery) -> None:
    """Put on the queue again each job queued since before `cutoff` whose task the queue no longer has.

    A task is lost when a process dies between marking a row queued and sending its task, or between
    a worker taking the task and claiming the row, or when Redis restarts without its data. A task
    sent twice is harmless: the claim lets one run, and the other finds the row no longer queued.
    """
    rows = db.session.execute(
        select(ReportJob.id, ReportJob.public_id, ReportJob.updated_at).where(
            ReportJob.status == "queued", ReportJob.updated_at < cutoff
        )
    ).all()
    db.session.commit()
    if not rows:
        return  # the queue is read only when a job has waited that long
    waiting = {task.args[0] for task in queue().pending() if task.name == TASK_NAME and task.args}
    for job_id, public_id, seen in rows:
        if public_id in waiting:
            continue
        with write_transaction() as session:
            # The row as read, so that of several checks at once one sends the task; stamped with
            # this check's moment, so a check reading it before the task is sent finds it not stale.
            still_lost = session.execute(
                update(ReportJob)
                .where(ReportJob.id == job_id, ReportJob.status == "queued", ReportJob.updated_at == seen)
                .values(updated_at=now)
            ).rowcount  # type: ignore[attr-defined]
        if still_lost:
            enqueue_job(public_id)
            logger.warning("report job %s was queued without a task on the queue: sent again", job_id)
            outcome.resent.append(public_id)


def _abandoned(job_id: int, attempts: int, cutoff: dt.datetime) -> ColumnElement[bool]:
    """The row exactly as the check found it: still running that run, with no heartbeat since."""
    return (
        (ReportJob.id == job_id)
        & (ReportJob.status == "running")
        & (ReportJob.attempts == attempts)
        & (last_sign_of_life() < cutoff)
    )


def _requeue(job_id: int, kind: str, attempts: int, cutoff: dt.datetime) -> bool:
    """Mark the abandoned run's row queued again; False when another check did, or it beat meanwhile."""
    now = utcnow()
    with write_transaction() as session:
        changed = session.execute(
            update(ReportJob)
            .where(_abandoned(job_id, attempts, cutoff))
            .values(status="queued", stage=RESTART_STAGE, progress=0, heartbeat_at=None, updated_at=now)
        ).rowcount  # type: ignore[attr-defined]
        if changed:
            # The system's doing, not the member's: the trail shows why the job ran twice.
            audit.add(session, None, "report job restarted", kind, after_attempt=attempts)
    return bool(changed)


def _fail_abandoned(job_id: int, attempts: int, cutoff: dt.datetime, error: str) -> bool:
    """Fail the abandoned run's row for good, telling its member why; False when it changed meanwhile."""
    return _fail(_abandoned(job_id, attempts, cutoff), job_id, error)


def _fail_requeued(job_id: int, attempts: int) -> None:
    """Fail a row this check put back to "queued" but could not put on the queue."""
    taken_back = (ReportJob.id == job_id) & (ReportJob.status == "queued") & (ReportJob.attempts == attempts)
    _fail(taken_back, job_id, REQUEUE_FAILED)


def _fail(condition: ColumnElement[bool], job_id: int, error: str) -> bool:
    """Fail the job if its row still meets `condition`, auditing it as a failure the member sees."""
    now = utcnow()
    with write_transaction() as session:
        changed = session.execute(
            update(ReportJob)
            .where(condition)
            .values(status="failed", error=error, result=None, finished_at=now, updated_at=now)
        ).rowcount  # type: ignore[attr-defined]
        job = session.get(ReportJob, job_id) if changed else None
        requester = session.get(TeamMember, job.requested_by_id) if job is not None else None
        if job is not None:
            audit.add(session, requester, "report job failed", job.kind, error=error)
    return bool(changed)
