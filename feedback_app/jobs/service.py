"""Report jobs: started by a team member, run by the worker with progress in the database, then served.

A job belongs to the member who asked for it: only they see its page and fetch its file, as only they
would have had the download in their hands (anyone else, admins too, gets "not found"). Its file is
stored whole, in one write with the status "done", or not at all.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update

from .. import audit
from ..analysis_cache import DatabaseCacheStore
from ..database import write_transaction
from ..extensions import db
from ..insights.frames import questionnaire_spec
from ..insights.pack import BuiltFile, as_download, build_analysis_pack, build_lessons_learnt_report
from ..models import Answer, Questionnaire, ReportJob, Response, TeamMember, utcnow
from ..questionnaires.store import get_by_slug
from ..responses.downloads import Download, responses_file
from ..responses.filters import ResponseFilter
from ..team.accounts import SignedInMember
from .progress import JobCancelled, ProgressCache, ProgressWriter
from .queue import enqueue_job
from .recovery import Heartbeat, lost_its_worker

logger = logging.getLogger(__name__)

# What a member can ask for, as the team area names it.
KINDS = {
    "report-docx": "Lessons-learnt report (Word)",
    "report-pdf": "Lessons-learnt report (PDF)",
    "report-html": "Lessons-learnt report (web page)",
    "analysis-pack": "Analysis pack (ZIP)",
    "responses-xlsx": "Responses (Excel workbook)",
}
PUBLIC_ID_RE = re.compile(r"^[A-Za-z0-9_-]{43}$")
# A finished job's file holds what the report holds (a pack, answers): it is kept a day, then goes.
KEEP_FINISHED = dt.timedelta(days=1)
RECENT_JOBS = 10
FAILED = "The file could not be made. Start it again; if it fails again, tell the site's administrator."
QUEUE_DOWN = "The report queue could not be reached, so nothing was started. Try again in a few minutes."
# A running job whose worker died shows this until a worker puts it back on the queue (recovery.py).
INTERRUPTED = "Interrupted, waiting for the report worker to start it again"
RESTARTED = " (started again after an interruption)"


@dataclass(frozen=True)
class JobProgress:
    """A job as its page, the list and the progress endpoint show it."""

    public_id: str
    kind: str
    title: str
    status: str
    percent: int
    stage: str
    error: str
    filename: str
    created_at: dt.datetime
    restarted: bool = False

    @property
    def label(self) -> str:
        """The bar's words: "Coding comments, part 2 of 5: 40%", and whether this is a second run."""
        if self.status == "done":
            return "Ready to download: 100%"
        if self.status == "failed":
            return "Failed"
        return f"{self.stage}: {self.percent}%{RESTARTED if self.restarted else ''}"

    @property
    def finished(self) -> bool:
        """Done or failed: nothing more will change."""
        return self.status in ("done", "failed")

    def as_json(self) -> dict[str, Any]:
        """What the progress endpoint sends the page's script."""
        return {
            "status": self.status,
            "percent": self.percent,
            "label": self.label,
            "error": self.error,
            "finished": self.finished,
        }


def _title(job: ReportJob) -> str:
    slug = job.parameters.get("questionnaire")
    return f"{KINDS[job.kind]}: {slug or 'every questionnaire'}"


def job_progress(job: ReportJob, now: dt.datetime | None = None) -> JobProgress:
    """The job as shown; one whose worker died under it says it waits to be started again."""
    interrupted = lost_its_worker(job, now or utcnow())
    return JobProgress(
        public_id=job.public_id,
        kind=job.kind,
        title=_title(job),
        status=job.status,
        percent=100 if job.status == "done" else job.progress,
        stage=INTERRUPTED if interrupted else job.stage,
        error=job.error,
        filename=job.filename,
        created_at=job.created_at,
        # A second run's stages say so; waiting to start again, or interrupted, the stage says it.
        restarted=job.status == "running" and job.attempts > 1 and not interrupted,
    )


def filter_to_json(response_filter: ResponseFilter) -> dict[str, Any]:
    """A response filter as the job's parameters keep it (read back by filter_from_json)."""
    f = response_filter
    return {
        "questionnaire": f.questionnaire,
        "version": f.version,
        "submitted_from": f.submitted_from.isoformat() if f.submitted_from else None,
        "submitted_to": f.submitted_to.isoformat() if f.submitted_to else None,
        "link": f.link,
        "tags": dict(f.tags),
        "search": f.search,
    }


def filter_from_json(data: dict[str, Any]) -> ResponseFilter:
    """The response filter a job's parameters keep."""
    dates = {
        name: dt.date.fromisoformat(data[name]) if data.get(name) else None
        for name in ("submitted_from", "submitted_to")
    }
    return ResponseFilter(
        questionnaire=data.get("questionnaire"),
        version=data.get("version"),
        link=data.get("link"),
        tags=dict(data.get("tags") or {}),
        search=str(data.get("search") or ""),
        **dates,
    )


def _start(member: SignedInMember, kind: str, parameters: dict[str, Any]) -> ReportJob:
    """Store the job, then put it on the queue (after the commit, so the worker finds its row)."""
    now = utcnow()
    job = ReportJob(
        public_id=secrets.token_urlsafe(32),
        kind=kind,
        parameters=parameters,
        requested_by_id=member.id,
        created_at=now,
        updated_at=now,
    )
    with write_transaction() as session:
        # Finished files go a day on, whoever asked: they may hold answers.
        session.execute(delete(ReportJob).where(ReportJob.finished_at < now - KEEP_FINISHED))
        session.add(job)
        target = parameters.get("questionnaire") or "all questionnaires"
        audit.add(session, member, "report job started", target, kind=kind)
    try:
        enqueue_job(job.public_id)
    except Exception:
        # Redis down or the queue file unwritable: the job would wait for ever; it fails, and says so.
        logger.exception("report job %s could not be queued", job.id)
        with write_transaction() as session:
            session.execute(
                update(ReportJob)
                .where(ReportJob.id == job.id)
                .values(status="failed", error=QUEUE_DOWN, finished_at=utcnow(), updated_at=utcnow())
            )
    return job


def start_report_job(member: SignedInMember, fmt_name: str, slug: str | None) -> ReportJob | None:
    """Ask the worker for the lessons-learnt report as HTML or Word; None for an unknown format or slug."""
    kind = f"report-{fmt_name}"
    if kind not in KINDS or (slug is not None and get_by_slug(slug) is None):
        return None
    return _start(member, kind, {"questionnaire": slug})


def start_pack_job(member: SignedInMember, slug: str, response_filter: ResponseFilter) -> ReportJob | None:
    """Ask the worker for a questionnaire's analysis pack of the filtered responses; None for no such one."""
    if get_by_slug(slug) is None:
        return None
    # The filter's search words are kept with the job (the worker needs them) and go with it.
    return _start(member, "analysis-pack", {"questionnaire": slug, "filter": filter_to_json(response_filter)})


def start_responses_job(
    member: SignedInMember, slug: str, response_filter: ResponseFilter
) -> ReportJob | None:
    """Ask the worker for a questionnaire's filtered responses as an Excel workbook; None for no such one."""
    if get_by_slug(slug) is None:
        return None
    return _start(
        member, "responses-xlsx", {"questionnaire": slug, "filter": filter_to_json(response_filter)}
    )


def member_job(member: SignedInMember, public_id: str) -> ReportJob | None:
    """The member's own job by its public id; None for anything else, however it is spelled."""
    if not PUBLIC_ID_RE.match(public_id):
        return None
    job = db.session.scalar(select(ReportJob).where(ReportJob.public_id == public_id))
    if job is None or job.requested_by_id != member.id:
        return None
    return job


def recent_jobs(member: SignedInMember) -> list[JobProgress]:
    """The member's latest jobs, newest first: the "Reports being prepared" list."""
    query = (
        select(ReportJob)
        .where(ReportJob.requested_by_id == member.id)
        .order_by(ReportJob.created_at.desc(), ReportJob.id.desc())
        .limit(RECENT_JOBS)
    )
    now = utcnow()
    return [job_progress(job, now) for job in db.session.scalars(query)]


def job_download(member: SignedInMember, job: ReportJob) -> Download | None:
    """The finished job's file, recorded in the audit log as the same download made in the request is."""
    if job.status != "done" or job.result is None:
        return None
    built = BuiltFile(
        filename=job.filename,
        mimetype=job.media_type,
        body=job.result,
        rows=int(job.outcome.get("responses", 0)),
        audit_action=str(job.outcome["action"]),
        audit_target=str(job.outcome["target"]),
        audit_detail=dict(job.outcome["detail"]),
    )
    return as_download(member, built)


def expected_comments(slug: str | None) -> int:
    """Typed answers to the coded questions of one questionnaire (or every one): the bar's full length."""
    total = 0
    query = select(Questionnaire).where(Questionnaire.slug == slug) if slug else select(Questionnaire)
    for questionnaire in db.session.scalars(query).all():
        keys = [q.key for q in questionnaire_spec(questionnaire).coded_text_questions()]
        if keys:
            total += (
                db.session.scalar(
                    select(func.count(Answer.id))
                    .join(Response)
                    .where(Response.questionnaire_id == questionnaire.id, Answer.question_key.in_(keys))
                )
                or 0
            )
    return total


def responses_workbook(response_filter: ResponseFilter, progress: ProgressWriter) -> BuiltFile | None:
    """The filtered responses as the XLSX download has them, its download audited when it is fetched."""
    progress("Writing the workbook", 10)
    found = responses_file(response_filter, "xlsx")
    if found is None:
        return None
    download, detail = found
    body = b"".join(download.chunks)
    target = str(response_filter.questionnaire)
    return BuiltFile(
        download.filename, download.mimetype, body, download.rows, "responses downloaded", target, detail
    )


def _build(job: ReportJob, requester: TeamMember, progress: ProgressWriter) -> BuiltFile | None:
    """Make the job's file, telling `progress` as it goes."""
    slug = job.parameters.get("questionnaire")
    if job.kind == "responses-xlsx":
        return responses_workbook(filter_from_json(job.parameters["filter"]), progress)
    cache = ProgressCache(DatabaseCacheStore(), progress, expected_comments(slug))
    with cache:
        if job.kind == "analysis-pack":
            chosen = filter_from_json(job.parameters["filter"])
            return build_analysis_pack(str(slug), chosen, requester.email, cache, progress)
        return build_lessons_learnt_report(job.kind.removeprefix("report-"), slug, cache, progress)


def claim(public_id: str) -> tuple[ReportJob, int] | None:
    """Mark a queued job running as a new run (its number); None when it is gone or another worker took it.

    One conditional UPDATE: of two workers given the same job at once, SQLite's write lock or
    PostgreSQL's row lock lets one change the row, and the other finds it no longer queued.
    """
    now = utcnow()
    with write_transaction() as session:
        claimed = session.execute(
            update(ReportJob)
            .where(ReportJob.public_id == public_id, ReportJob.status == "queued")
            .values(
                status="running",
                attempts=ReportJob.attempts + 1,
                started_at=now,
                updated_at=now,
                heartbeat_at=now,
                stage="Starting",
                progress=1,
            )
        )
        attempt = (
            session.scalar(select(ReportJob.attempts).where(ReportJob.public_id == public_id))
            if claimed.rowcount  # type: ignore[attr-defined]
            else None
        )
    if attempt is None:
        return None
    job = db.session.scalar(select(ReportJob).where(ReportJob.public_id == public_id))
    return (job, attempt) if job is not None else None


def run_job(public_id: str) -> None:
    """Run one job: the worker's task. Any failure is stored as a plain message and logged in full."""
    claimed = claim(public_id)
    if claimed is None:
        return
    job, attempt = claimed
    job_id, kind, requester = job.id, job.kind, db.session.get(TeamMember, job.requested_by_id)
    run = _Run(job_id, attempt, kind, requester)
    progress = ProgressWriter(job_id, attempt)
    try:
        with Heartbeat(job_id, attempt):
            if requester is None:
                run.finish(failed=FAILED)
                return
            built = _build(job, requester, progress)
            if built is None:
                run.finish(failed="The questionnaire no longer exists.")
            else:
                run.finish(built=built)
    except JobCancelled:
        db.session.rollback()
    except Exception:
        logger.exception("report job %s failed", job_id)
        db.session.rollback()
        run.finish(failed=FAILED)
    finally:
        progress.close()


@dataclass(frozen=True)
class _Run:
    """One run of a job: its row, its number (the row is written only while it holds it), who asked."""

    job_id: int
    attempt: int
    kind: str
    requester: TeamMember | None

    def finish(self, built: BuiltFile | None = None, failed: str = "") -> None:
        """Store the file and "done", or "failed" and why, in one write; nothing if the run lost its row."""
        now = utcnow()
        values: dict[str, Any] = {"finished_at": now, "updated_at": now}
        if built is None:
            values.update(status="failed", error=failed, result=None)
        else:
            outcome = {
                "action": built.audit_action,
                "target": built.audit_target,
                "detail": built.audit_detail,
            }
            values.update(status="done", progress=100, stage="Done", result=built.body)
            values.update(filename=built.filename, media_type=built.mimetype)
            values.update(outcome={**outcome, "responses": built.rows})
        # Failed meanwhile by an erasure, or taken over by a later run after this worker was thought dead.
        this_run = (ReportJob.id == self.job_id) & (ReportJob.status == "running")
        this_run &= ReportJob.attempts == self.attempt
        with write_transaction() as session:
            stored = session.execute(update(ReportJob).where(this_run).values(**values))
            if stored.rowcount and self.requester is not None:  # type: ignore[attr-defined]
                detail = {"error": failed} if failed else {}
                audit.add(session, self.requester, f"report job {values['status']}", self.kind, **detail)
