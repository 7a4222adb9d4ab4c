"""The team area's dashboard: every questionnaire's status and how responses are arriving."""

from __future__ import annotations

from flask import render_template

from ..insights.dashboard import dashboard_rows
from .blueprint import bp


@bp.get("/")
def dashboard() -> str:
    """Every questionnaire's status and how responses are arriving."""
    return render_template("admin/dashboard.html", rows=dashboard_rows())
