"""The team area's analysis pages: a questionnaire's analysis and pack, and the lessons-learnt report."""

from __future__ import annotations

from typing import Any

from flask import Response, abort, render_template, request
from flask_login import current_user

from ..insights.analysis import analysis_filter_choices, analysis_page
from ..insights.pack import (
    analysis_pack,
    analysis_pack_head,
    lessons_learnt_report,
    lessons_learnt_report_head,
)
from ..jobs.service import recent_jobs
from ..questionnaires.store import all_questionnaires, get_by_slug
from .blueprint import attachment, bp
from .response_forms import ResponseFilterForm

MAX_SLUG_LENGTH = 100


def _filter_form(slug: str) -> ResponseFilterForm:
    """The response browser's filter form, offering only this questionnaire's links and tags."""
    return ResponseFilterForm(analysis_filter_choices(slug), formdata=request.args)


@bp.get("/analysis")
def analysis_index() -> str:
    """Every questionnaire's analysis, flagged comments and pack, the lessons-learnt report, and the
    member's reports being prepared."""
    return render_template(
        "admin/analysis_index.html", questionnaires=all_questionnaires(), jobs=recent_jobs(current_user)
    )


@bp.get("/questionnaires/<slug>/analysis")
def analysis(slug: str) -> Any:
    """The engine's numbers and themes for one questionnaire, suppressed, filtered as the query says."""
    form = _filter_form(slug)
    if not form.validate():
        # A bad date shows the form with its errors; the figures need a filter that makes sense.
        questionnaire = get_by_slug(slug)
        if questionnaire is None:
            abort(404)
        return render_template("admin/analysis.html", form=form, page=None, questionnaire=questionnaire), 400
    page = analysis_page(slug, form.response_filter(slug))
    if page is None:
        abort(404)
    return render_template("admin/analysis.html", form=form, page=page, questionnaire=page.questionnaire)


@bp.get("/questionnaires/<slug>/analysis-pack.zip")
def pack(slug: str) -> Response:
    """The analysis pack of one questionnaire's filtered responses as a ZIP file."""
    form = _filter_form(slug)
    if not form.validate():
        abort(400)
    if request.method == "HEAD":
        # Its headers alone: a HEAD neither builds the pack nor is recorded as a download.
        found = analysis_pack_head(slug)
    else:
        found = analysis_pack(current_user, slug, form.response_filter(slug))
    if found is None:
        abort(404)
    return attachment(found)


@bp.get("/report.<fmt>")
def report(fmt: str) -> Response:
    """The lessons-learnt report as HTML or Word: every questionnaire, or `?questionnaire=slug`."""
    slug = (request.args.get("questionnaire") or "")[:MAX_SLUG_LENGTH] or None
    if request.method == "HEAD":
        found = lessons_learnt_report_head(fmt, slug)
    else:
        found = lessons_learnt_report(current_user, fmt, slug)
    if found is None:
        abort(404)
    return attachment(found)
