"""A report job whose worker dies mid-run is run again by one worker, a bounded number of times.

A worker "dies" here as it does under kill -9: Huey has already taken the task off the queue, the job's
row says running with its last heartbeat, and nothing more happens in that run (an exception that is
not an Exception, like the one the interpreter raises on exit, leaves run_job with the row as it was).
A stale heartbeat is one older than JOB_HEARTBEAT_STALE_SECONDS: the check is given a "now" that far on,
or the heartbeat is made that old, rather than the test waiting. Every test runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import Any

import pytest
from sqlalchemy import select, update

from feedback_app.database import write_transaction
from feedback_app.demo.seed import seed_demo
from feedback_app.extensions import db
from feedback_app.jobs import progress as progress_module
from feedback_app.jobs import recovery, service
from feedback_app.jobs.progress import JobCancelled, ProgressWriter
from feedback_app.models import AuditEvent, ReportJob, utcnow
from tests.admin.test_report_jobs import progress_of, start, work
from tests.helpers import HANG_SECONDS

REPORT = "/admin/report-jobs/report.html"
# The progress write as shipped, before any test wraps it.
WRITE_PROGRESS = ProgressWriter.__call__


class WorkerKilled(BaseException):
    """The worker's process ends here: not an Exception, so run_job stores nothing on the way out."""


@pytest.fixture
def seeded(app: Any) -> None:
    """Demo responses, enough for a report with comments to code."""
    with app.app_context():
        seed_demo(responses=12, seed=5)


@pytest.fixture
def dying_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every run's worker dies as it starts coding comments, with its row running and its heartbeat fresh."""

    def die_when_coding(self: ProgressWriter, stage: str, percent: int) -> None:
        WRITE_PROGRESS(self, stage, percent)
        if stage.startswith("Coding comments"):
            raise WorkerKilled

    monkeypatch.setattr(progress_module.ProgressWriter, "__call__", die_when_coding)


def run_and_die(app: Any) -> None:
    """Take the next task off the queue and run it until the worker dies, as under kill -9."""
    queue = app.extensions["report_queue"]
    task = queue.dequeue()
    assert task is not None
    with pytest.raises(WorkerKilled):
        queue.execute(task)


def later(app: Any) -> dt.datetime:
    """A moment just past the heartbeat's stale interval from now."""
    return utcnow() + dt.timedelta(seconds=app.config["JOB_HEARTBEAT_STALE_SECONDS"] + 1)


def stale_moment(app: Any) -> dt.datetime:
    """A heartbeat just older than the stale interval."""
    return utcnow() - dt.timedelta(seconds=app.config["JOB_HEARTBEAT_STALE_SECONDS"] + 1)


def check(app: Any, now: dt.datetime | None = None) -> recovery.Recovery:
    """The check a worker runs when it starts and every minute."""
    with app.app_context():
        outcome = recovery.recover_interrupted_jobs(now)
        db.session.remove()
        return outcome


def the_job(app: Any) -> ReportJob:
    """The one job's row, read fresh."""
    with app.app_context():
        job = db.session.scalar(select(ReportJob))
        assert job is not None
        db.session.expunge(job)
        db.session.remove()
        return job


def actions(app: Any) -> list[str]:
    """Every audit event's action, oldest first."""
    with app.app_context():
        return list(db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_a_job_whose_worker_died_mid_run_is_run_again_and_finishes_once(
    app, admin_client, seeded, dying_worker, monkeypatch
):
    """Killed while coding, the job waits with its bar where it was; once its heartbeat is stale the check
    queues it again, the page says so, and the next worker makes the file: one file, one "done"."""
    path = start(admin_client, REPORT)
    run_and_die(app)
    assert app.extensions["report_queue"].pending_count() == 0  # the task went with the worker
    died = the_job(app)
    assert (died.status, died.attempts) == ("running", 1) and died.progress > 0
    assert progress_of(admin_client, path)["label"].startswith("Coding comments")

    # Its worker gone, the heartbeat goes stale: the page says what happened before any check runs.
    with monkeypatch.context() as clock:
        clock.setattr(service, "utcnow", lambda: later(app))
        assert progress_of(admin_client, path)["label"] == f"{service.INTERRUPTED}: {died.progress}%"

    assert check(app, later(app)).requeued == [died.public_id]
    assert app.extensions["report_queue"].pending_count() == 1
    state = progress_of(admin_client, path)
    assert state["status"] == "queued" and not state["finished"]
    assert state["label"] == f"{recovery.RESTART_STAGE}: 0%"
    assert check(app, later(app)).requeued == []  # queued once, however often the check runs

    seen: list[str] = []

    def watch(self: ProgressWriter, stage: str, percent: int) -> None:
        WRITE_PROGRESS(self, stage, percent)
        seen.append(progress_of(admin_client, path)["label"])

    monkeypatch.setattr(progress_module.ProgressWriter, "__call__", watch)
    assert work(app) == 1
    assert seen and all(label.endswith(service.RESTARTED) for label in seen)
    assert progress_of(admin_client, path)["status"] == "done"
    assert admin_client.get(f"{path}/file").status_code == 200
    assert the_job(app).attempts == 2
    jobs = [a for a in actions(app) if a.startswith("report job")]
    assert jobs == ["report job started", "report job restarted", "report job done"]
    assert check(app, later(app)).requeued == [] and work(app) == 0


def test_a_fresh_heartbeat_is_not_taken_for_a_dead_worker(
    app, admin_client, seeded, dying_worker, monkeypatch
):
    """A running job whose heartbeat is recent is left alone, and so is one whose heartbeat arrives between
    the check's read and its write."""
    start(admin_client, REPORT)
    run_and_die(app)
    assert check(app) == recovery.Recovery()  # beating a moment ago: not stale now
    running = the_job(app)

    requeue = recovery._requeue

    def heartbeat_first(job_id: int, kind: str, attempts: int, cutoff: dt.datetime) -> bool:
        with app.app_context():
            assert recovery.Heartbeat(job_id, attempts).beat()  # the live worker's beat lands first
        return requeue(job_id, kind, attempts, cutoff)

    monkeypatch.setattr(recovery, "_requeue", heartbeat_first)
    # The check reads the heartbeat as stale, but the worker beats before its write: that changes nothing.
    with app.app_context(), write_transaction() as session:
        session.execute(update(ReportJob).values(heartbeat_at=stale_moment(app)))
    assert check(app) == recovery.Recovery()
    after = the_job(app)
    assert (after.status, after.attempts, after.stage) == ("running", 1, running.stage)
    assert app.extensions["report_queue"].pending_count() == 0


def test_a_worker_thought_dead_cannot_write_over_the_run_that_replaced_it(app, admin_client, seeded):
    """Its progress, heartbeat and finish are fenced to its own run's number: the new run's row is kept."""
    start(admin_client, REPORT)
    queue = app.extensions["report_queue"]
    queue.dequeue()  # the first worker took the task...
    with app.app_context():
        claimed = service.claim(the_job(app).public_id)
        assert claimed is not None
        job, first = claimed
        db.session.remove()
    assert check(app, later(app)).requeued == [job.public_id]  # ...then stalled past the interval
    with app.app_context():
        replacement = service.claim(job.public_id)
        assert replacement is not None and replacement[1] == first + 1
        old = ProgressWriter(job.id, first)
        with pytest.raises(JobCancelled):
            old("Coding comments, part 2 of 3", 40)
        old.close()
        assert not recovery.Heartbeat(job.id, first).beat()
        service._Run(job.id, first, job.kind, None).finish(failed=service.FAILED)
        db.session.remove()
    row = the_job(app)
    assert (row.status, row.attempts, row.stage, row.error) == ("running", 2, "Starting", "")


def test_attempts_are_bounded_and_the_member_is_told(app, admin_client, seeded, dying_worker):
    """A job that kills its worker every time runs JOB_MAX_ATTEMPTS times, then fails with plain words."""
    path = start(admin_client, REPORT)
    limit = app.config["JOB_MAX_ATTEMPTS"]
    runs = 0
    while app.extensions["report_queue"].pending_count():
        run_and_die(app)
        runs += 1
        check(app, later(app))
    assert runs == limit == 3
    state = progress_of(admin_client, path)
    assert state["status"] == "failed" and state["finished"]
    assert state["error"] == recovery.GAVE_UP.format(attempts=limit)
    assert "Traceback" not in state["error"]
    assert the_job(app).result is None
    jobs = [a for a in actions(app) if a.startswith("report job")]
    assert jobs == ["report job started"] + ["report job restarted"] * (limit - 1) + ["report job failed"]


def at_once(app: Any, call: Any, count: int = 2) -> list[Any]:
    """Run `call` in `count` threads released together, each in its own app context; their results."""
    barrier = threading.Barrier(count)
    results: list[Any] = [None] * count

    def one(index: int) -> None:
        with app.app_context():
            barrier.wait(timeout=HANG_SECONDS)
            results[index] = call()
            db.session.remove()

    threads = [threading.Thread(target=one, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=HANG_SECONDS)
    return results


def test_two_workers_claiming_one_job_at_once_give_one_run(app, admin_client):
    """The claim is one conditional UPDATE: of two at the same moment, exactly one gets the job."""
    for _ in range(3):
        start(admin_client, REPORT)
        with app.app_context():
            newest = db.session.scalar(select(ReportJob.public_id).order_by(ReportJob.id.desc()))
            db.session.remove()
        claims = at_once(app, lambda public_id=newest: service.claim(public_id))
        winners = [claim for claim in claims if claim is not None]
        assert len(winners) == 1 and winners[0][1] == 1


def test_two_checks_at_once_queue_an_interrupted_job_once(app, admin_client, seeded, dying_worker):
    """Two workers starting together both see the stale job; one puts it back, so it runs once."""
    start(admin_client, REPORT)
    run_and_die(app)
    # The heartbeat made old, not the clock moved on: the row the winner queues again is then fresh.
    with app.app_context(), write_transaction() as session:
        session.execute(update(ReportJob).values(heartbeat_at=stale_moment(app)))
    outcomes = at_once(app, recovery.recover_interrupted_jobs)
    assert sorted(len(outcome.requeued) for outcome in outcomes) == [0, 1]
    assert app.extensions["report_queue"].pending_count() == 1
    assert actions(app).count("report job restarted") == 1


def test_a_running_job_beats_while_no_progress_is_written(app, admin_client):
    """The heartbeat comes from a thread of its own, and stops once the row is no longer its run's."""
    app.config["JOB_HEARTBEAT_STALE_SECONDS"] = 0.4  # a beat every 0.1 s
    start(admin_client, REPORT)
    with app.app_context():
        claimed = service.claim(the_job(app).public_id)
        assert claimed is not None
        job, attempt = claimed
        first_beat = job.heartbeat_at
        db.session.remove()
        with recovery.Heartbeat(job.id, attempt) as heartbeat:
            deadline = time.monotonic() + HANG_SECONDS
            while the_job(app).heartbeat_at == first_beat and time.monotonic() < deadline:
                time.sleep(0.05)  # the poll interval, not a wait for the beat
            assert the_job(app).heartbeat_at > first_beat
            with write_transaction() as session:
                session.execute(update(ReportJob).values(status="failed"))  # as an erasure does
            while heartbeat._thread.is_alive() and time.monotonic() < deadline:
                time.sleep(0.05)
            assert heartbeat.lost


def test_a_row_from_before_heartbeats_is_judged_by_its_last_progress(app, admin_client):
    """A job running when the heartbeat column was added has none: its updated_at stands in."""
    start(admin_client, REPORT)
    app.extensions["report_queue"].dequeue()
    old = stale_moment(app)
    with app.app_context(), write_transaction() as session:
        session.execute(update(ReportJob).values(status="running", heartbeat_at=None, updated_at=old))
    assert len(check(app).requeued) == 1
    assert the_job(app).status == "queued"


def test_a_queued_job_whose_task_was_lost_is_sent_again_once(app, admin_client, seeded):
    """Queued, with its task gone (a worker died between taking it and claiming the row, Redis lost its
    data): once it has waited past the stale interval the check sends the task again, once; a job whose
    task is still waiting is left alone."""
    path = start(admin_client, REPORT)
    queue = app.extensions["report_queue"]
    assert check(app, later(app)) == recovery.Recovery()  # its task is there: it only waits its turn
    assert queue.pending_count() == 1
    assert queue.dequeue() is not None  # ...and now it is gone, the row still queued
    assert check(app) == recovery.Recovery()  # not waiting long enough to be judged lost
    outcomes = at_once(app, lambda now=later(app): recovery.recover_interrupted_jobs(now))
    assert sorted(len(outcome.resent) for outcome in outcomes) == [0, 1]
    assert queue.pending_count() == 1
    assert check(app, later(app)).resent == []  # sent: on the queue again
    assert work(app) == 1
    assert progress_of(admin_client, path)["status"] == "done"
    assert the_job(app).attempts == 1


def test_a_check_between_another_checks_stamp_and_its_send_leaves_the_job_alone(
    app: Any, admin_client: Any, seeded: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two checks with one clock: the second reads the row after the first stamped it but before the
    first's task reached the queue, and must not send a second task (the race CI once lost)."""
    start(admin_client, REPORT)
    queue = app.extensions["report_queue"]
    assert queue.dequeue() is not None  # its task is gone, the row still queued
    moment = later(app)
    send = recovery.enqueue_job
    seconds: list[recovery.Recovery] = []

    def second_check_first(public_id: str) -> None:
        seconds.append(recovery.recover_interrupted_jobs(moment))
        send(public_id)

    monkeypatch.setattr(recovery, "enqueue_job", second_check_first)
    with app.app_context():
        first = recovery.recover_interrupted_jobs(moment)
        db.session.remove()
    assert len(first.resent) == 1
    assert seconds == [recovery.Recovery()]
    assert queue.pending_count() == 1
