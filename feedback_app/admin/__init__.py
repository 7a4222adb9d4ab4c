"""The team area: one blueprint (admin/blueprint.py) and a module of views per area.

Every page needs a signed-in team member; every change needs an admin, a POST and a CSRF token
(checked for every POST by CSRFProtect before any view runs). Each view parses the request, calls
one service function, then redirects, renders or streams.
"""

from . import (
    account,
    analysis,
    audit,
    dashboard,
    downloads,
    flags,
    links,
    questionnaires,
    recommendations,
    report_jobs,
    responses,
    review,
    team,
)
from .blueprint import bp

__all__ = [
    "account",
    "analysis",
    "audit",
    "bp",
    "dashboard",
    "downloads",
    "flags",
    "links",
    "questionnaires",
    "recommendations",
    "report_jobs",
    "responses",
    "review",
    "team",
]
