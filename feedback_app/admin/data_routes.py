"""Routes for reading and downloading responses, and for data governance, under /admin."""

from __future__ import annotations

from flask import Blueprint

from .access import require_sign_in

bp = Blueprint("admin_data", __name__, url_prefix="/admin")
bp.before_request(require_sign_in)
