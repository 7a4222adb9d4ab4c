"""The team area's downloads: every questionnaire's responses in each format, filtered as on screen."""

from __future__ import annotations

from flask import Response, abort, render_template, request
from flask_login import current_user

from ..questionnaires.availability import questionnaire_totals
from ..questionnaires.store import all_questionnaires
from ..responses.downloads import FORMATS, download_responses
from ..responses.filters import filter_choices
from .blueprint import attachment, bp
from .response_forms import ResponseFilterForm


def _filter_form() -> ResponseFilterForm:
    return ResponseFilterForm(filter_choices(), formdata=request.args)


@bp.get("/downloads")
def downloads() -> str:
    """Every questionnaire's responses to download, in each format."""
    return render_template(
        "admin/downloads.html",
        questionnaires=all_questionnaires(),
        formats=FORMATS,
        totals=questionnaire_totals(),
    )


@bp.get("/questionnaires/<slug>/responses.<fmt>")
def download(slug: str, fmt: str) -> Response:
    """A questionnaire's responses as a file, filtered exactly as the browser's query string says."""
    form = _filter_form()
    if not form.validate():
        abort(400)
    found = download_responses(current_user, form.response_filter(slug), fmt)
    if found is None:
        abort(404)
    return attachment(found)
