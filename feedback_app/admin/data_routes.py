"""Routes for reading and downloading responses, and for data governance, under /admin.

Reading and downloading need a signed-in team member; erasing a response and the audit log need an
admin. Each view parses the request, calls one service function, then renders, redirects or streams.
"""

from __future__ import annotations

from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    redirect,
    render_template,
    request,
    stream_with_context,
    url_for,
)
from flask_login import current_user

from ..audit import audit_actions, audit_page
from ..insights.analysis import coded_response
from ..questionnaires.store import all_questionnaires
from ..responses.browse import browse
from ..responses.downloads import FORMATS, Download, download_audit_log, download_responses
from ..responses.erase import ErasureError, erase_response
from ..responses.filters import filter_choices
from .access import admin_required, require_sign_in
from .data_forms import EraseForm, ResponseFilterForm, page_number

bp = Blueprint("admin_data", __name__, url_prefix="/admin")
bp.before_request(require_sign_in)

MAX_ACTION_LENGTH = 60


def _filter_form() -> ResponseFilterForm:
    return ResponseFilterForm(filter_choices(), formdata=request.args)


def _attachment(download: Download) -> Response:
    """Stream a download as an attachment that no browser or proxy keeps a copy of."""
    response = Response(stream_with_context(download.chunks), content_type=download.mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{download.filename}"'
    response.headers["Cache-Control"] = "no-store"
    return response


# ---------------------------------------------------------------- responses


@bp.get("/responses")
def responses() -> Any:
    """Browse responses: filter by questionnaire, version, dates, link, tags and words; 50 a page."""
    form = _filter_form()
    if not form.validate():
        return render_template("admin/responses.html", form=form, page=None, response_filter=None), 400
    response_filter = form.response_filter()
    page = browse(response_filter, page_number(request.args.get("page")))
    return render_template(
        "admin/responses.html", form=form, page=page, response_filter=response_filter, formats=FORMATS
    )


def _response_page(reference: str, form: EraseForm, slug: str | None = None) -> str:
    coded = coded_response(reference, slug)
    if coded is None:
        abort(404)
    return render_template("admin/response.html", detail=coded.detail, codings=coded.codings, form=form)


@bp.get("/responses/<reference>")
@bp.get("/questionnaires/<slug>/responses/<reference>")
def response(reference: str, slug: str | None = None) -> str:
    """One response: every answer in words, with the wording of the version it answered."""
    return _response_page(reference, EraseForm(formdata=None), slug)


@bp.post("/responses/<reference>/erase")
@admin_required
def response_erase(reference: str) -> Any:
    """Delete one response for good, with a reason that goes in the audit log."""
    form = EraseForm()
    if form.validate_on_submit():
        try:
            slug = erase_response(current_user, reference, form.reason.data or "")
        except ErasureError as exc:
            form.reason.errors = [str(exc)]
        else:
            if slug is None:
                abort(404)
            flash(f"Response {reference} deleted. The reason is in the audit log")
            return redirect(url_for("admin_data.responses", questionnaire=slug))
    return _response_page(reference, form), 400


# ---------------------------------------------------------------- downloads


@bp.get("/downloads")
def downloads() -> str:
    """Every questionnaire's responses to download, in each format."""
    return render_template("admin/downloads.html", questionnaires=all_questionnaires(), formats=FORMATS)


@bp.get("/questionnaires/<slug>/responses.<fmt>")
def download(slug: str, fmt: str) -> Response:
    """A questionnaire's responses as a file, filtered exactly as the browser's query string says."""
    form = _filter_form()
    if not form.validate():
        abort(400)
    found = download_responses(current_user, form.response_filter(slug), fmt)
    if found is None:
        abort(404)
    return _attachment(found)


# ---------------------------------------------------------------- audit log


def _action() -> str | None:
    return (request.args.get("action") or "")[:MAX_ACTION_LENGTH] or None


@bp.get("/audit")
@admin_required
def audit_log() -> str:
    """Who did what and when, newest first; filter by action."""
    action = _action()
    page = audit_page(action, page_number(request.args.get("page")))
    return render_template("admin/audit.html", page=page, actions=audit_actions(), action=action)


@bp.get("/audit.csv")
@admin_required
def audit_log_csv() -> Response:
    """The audit log (or one action's events) as a formula-safe CSV file."""
    return _attachment(download_audit_log(current_user, _action()))
