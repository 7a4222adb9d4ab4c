"""The team area's response pages: the filtered browser, one response, and erasing one (admins)."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..insights.analysis import coded_response
from ..responses.browse import browse
from ..responses.downloads import FORMATS
from ..responses.erase import ErasureError, erase_response
from ..responses.filters import filter_choices
from .access import admin_required
from .blueprint import bp
from .response_forms import EraseForm, ResponseFilterForm, page_number


def _filter_form() -> ResponseFilterForm:
    return ResponseFilterForm(filter_choices(), formdata=request.args)


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
    coded = coded_response(current_user, reference, slug)
    if coded is None:
        abort(404)
    return render_template(
        "admin/response.html",
        detail=coded.detail,
        codings=coded.codings,
        reviews=coded.reviews,
        coded=coded,
        form=form,
    )


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
            return redirect(url_for("admin.responses", questionnaire=slug))
    return _response_page(reference, form), 400
