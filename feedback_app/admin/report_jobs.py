"""The team area's report jobs: start a report or pack, watch its progress, fetch the finished file.

The work runs in the task queue's worker (feedback_app/jobs), not in the request: a report of 100,000
responses takes most of a minute. Each job is its requester's own; anyone else gets "not found".
"""

from __future__ import annotations

from typing import Any

from flask import Response, abort, jsonify, redirect, render_template, request, url_for
from flask_login import current_user

from ..insights.analysis import analysis_filter_choices
from ..jobs.service import (
    job_download,
    job_progress,
    member_job,
    start_pack_job,
    start_report_job,
    start_responses_job,
)
from ..models import ReportJob
from ..responses.filters import filter_choices
from .blueprint import attachment, bp
from .response_forms import ResponseFilterForm

MAX_SLUG_LENGTH = 100


def _own_job(public_id: str) -> ReportJob:
    """The signed-in member's job, or 404 (another member's, a guessed or malformed id)."""
    job = member_job(current_user, public_id)
    if job is None:
        abort(404)
    return job


def _to_job_page(job: ReportJob | None) -> Any:
    """See Other: the job's page, where its progress shows (a reload there starts nothing again)."""
    if job is None:
        abort(404)
    return redirect(url_for("admin.report_job", public_id=job.public_id), code=303)


@bp.post("/report-jobs/report.<fmt>")
def start_report(fmt: str) -> Any:
    """Ask for the lessons-learnt report as HTML or Word: every questionnaire, or `?questionnaire=slug`."""
    slug = (request.args.get("questionnaire") or "")[:MAX_SLUG_LENGTH] or None
    return _to_job_page(start_report_job(current_user, fmt, slug))


@bp.post("/questionnaires/<slug>/analysis-pack-jobs")
def start_pack(slug: str) -> Any:
    """Ask for the analysis pack of one questionnaire's responses, filtered as the query string says."""
    form = ResponseFilterForm(analysis_filter_choices(slug), formdata=request.args)
    if not form.validate():
        abort(400)
    return _to_job_page(start_pack_job(current_user, slug, form.response_filter(slug)))


@bp.post("/questionnaires/<slug>/responses-jobs.xlsx")
def start_responses_workbook(slug: str) -> Any:
    """Ask for a questionnaire's responses, filtered as the query string says, as an Excel workbook."""
    form = ResponseFilterForm(filter_choices(), formdata=request.args)
    if not form.validate():
        abort(400)
    return _to_job_page(start_responses_job(current_user, slug, form.response_filter(slug)))


@bp.get("/report-jobs/<public_id>")
def report_job(public_id: str) -> str:
    """A job's progress; a link reloads it without JavaScript, and the script polls it with."""
    return render_template("admin/report_job.html", job=job_progress(_own_job(public_id)))


@bp.get("/report-jobs/<public_id>/progress.json")
def report_job_progress(public_id: str) -> Response:
    """The job's status, per cent and words, for the page's script."""
    response = jsonify(job_progress(_own_job(public_id)).as_json())
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/report-jobs/<public_id>/file")
def report_job_file(public_id: str) -> Response:
    """The finished job's file, recorded in the audit log; 404 until it is done."""
    found = job_download(current_user, _own_job(public_id))
    if found is None:
        abort(404)
    return attachment(found)
