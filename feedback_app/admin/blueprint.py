"""The team area's one blueprint under /admin: signed in for every page, and what every page shares."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, g, stream_with_context
from werkzeug.exceptions import NotFound as HTTPNotFound

from analysis.report.html import section_html

from ..errors import NotFound, handle_http_error
from ..questionnaires.availability import long_date
from ..responses.downloads import Download
from ..safeguarding.queue import unreviewed_count
from .access import require_sign_in

bp = Blueprint("admin", __name__, url_prefix="/admin")
bp.before_request(require_sign_in)
bp.add_app_template_filter(long_date, "long_date")


@bp.errorhandler(NotFound)
def not_found(_error: NotFound) -> tuple[str, int]:
    """An unknown questionnaire, version, link or member, or one that belongs to another questionnaire."""
    return handle_http_error(HTTPNotFound())


def unreviewed_flags() -> int:
    """Flagged comments still new, counted once per request (the navigation of every page shows it)."""
    if "unreviewed_flags" not in g:
        g.unreviewed_flags = unreviewed_count()
    return int(g.unreviewed_flags)


@bp.context_processor
def report_helpers() -> dict[str, Any]:
    """What every page's templates may call: a report section's HTML, and the unreviewed flag count."""
    return {"report_section_html": section_html, "unreviewed_flags": unreviewed_flags}


def attachment(download: Download) -> Response:
    """Stream a download as an attachment that no browser or proxy keeps a copy of."""
    response = Response(stream_with_context(download.chunks), content_type=download.mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{download.filename}"'
    response.headers["Cache-Control"] = "no-store"
    return response
