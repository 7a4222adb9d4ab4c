"""The team area's audit log (admins only): the events page and its CSV download."""

from __future__ import annotations

from flask import Response, render_template, request
from flask_login import current_user

from ..audit import audit_actions, audit_page
from ..responses.downloads import download_audit_log
from .access import admin_required
from .blueprint import attachment, bp
from .response_forms import page_number

MAX_ACTION_LENGTH = 60


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
    return attachment(download_audit_log(current_user, _action()))
