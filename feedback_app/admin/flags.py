"""The team area's flagged-comments queue: the list (by questionnaire and status), one flag, its review."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..safeguarding.queue import STATUSES, ReviewError, flag_detail, flag_queue, review_flag
from .access import admin_required
from .blueprint import bp
from .flag_forms import FlagReviewForm
from .response_forms import page_number


@bp.get("/flagged")
@bp.get("/questionnaires/<slug>/flagged")
def flagged(slug: str | None = None) -> Any:
    """Every comment the risk check flagged, new ones first, filtered by status; 50 a page."""
    status = request.args.get("status", "")
    if status and status not in STATUSES:
        abort(400)
    queue = flag_queue(current_user, slug, status, page_number(request.args.get("page")))
    if queue is None:
        abort(404)
    return render_template("admin/flagged.html", queue=queue, statuses=STATUSES)


def _flag_page(flag_id: int, form: FlagReviewForm) -> str:
    detail = flag_detail(current_user, flag_id)
    if detail is None:
        abort(404)
    return render_template("admin/flag.html", detail=detail, form=form)


@bp.get("/flagged/<int:flag_id>")
def flag(flag_id: int) -> str:
    """One flagged comment in full, with the engine's category and reason, and its review."""
    form = FlagReviewForm(formdata=None)
    return _flag_page(flag_id, form)


@bp.post("/flagged/<int:flag_id>/review")
@admin_required
def flag_review(flag_id: int) -> Any:
    """Record a flag's status and note, with who and when."""
    form = FlagReviewForm()
    if form.validate_on_submit():
        try:
            saved = review_flag(current_user, flag_id, form.status.data or "", form.note.data or "")
        except ReviewError as exc:
            form.status.errors = [str(exc)]
        else:
            if saved is None:
                abort(404)
            flash(f"Flagged comment from response {saved.reference}: {saved.status_label.lower()}")
            return redirect(url_for("admin.flagged", status="new"))
    return _flag_page(flag_id, form), 400
