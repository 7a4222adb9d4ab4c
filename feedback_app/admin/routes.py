"""Routes for the project team's area. Each view parses the request, calls a service, renders."""

from __future__ import annotations

from flask import Blueprint, render_template

from ..dashboard import dashboard_rows
from .access import require_sign_in

bp = Blueprint("admin", __name__, url_prefix="/admin")
bp.before_request(require_sign_in)


@bp.get("/")
def dashboard() -> str:
    """Every questionnaire's status and how responses are arriving."""
    return render_template("admin/dashboard.html", rows=dashboard_rows())
