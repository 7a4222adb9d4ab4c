"""The team area's recommendations for the report: the list by finding, one recommendation, and changes.

Every member reads them; admins add, edit, change the status of and delete them (the report prints
what is stored here, so a change to it is a change to what the programme is told).
"""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm

from ..insights.recommendations import (
    RecommendationError,
    RecommendationView,
    add_recommendation,
    delete_recommendation,
    get_recommendation,
    recommendation_groups,
    set_recommendation_status,
    update_recommendation,
)
from .access import admin_required
from .blueprint import bp
from .recommendation_forms import RecommendationForm, StatusForm


def _found(recommendation_id: int) -> RecommendationView:
    recommendation = get_recommendation(recommendation_id)
    if recommendation is None:
        abort(404)
    return recommendation


def _refused(form: FlaskForm, error: RecommendationError) -> None:
    """Show the service's reason on the field it is about (the form's own checks say the same)."""
    getattr(form, error.field).errors = [str(error)]


@bp.get("/recommendations")
def recommendations() -> str:
    """Every recommendation, grouped by the finding it answers, with its owner and status."""
    return render_template("admin/recommendations.html", groups=recommendation_groups())


def _form_page(form: RecommendationForm, recommendation: RecommendationView | None = None) -> str:
    return render_template("admin/recommendation_form.html", form=form, recommendation=recommendation)


@bp.get("/recommendations/new")
@admin_required
def recommendation_new() -> str:
    """The form for a new recommendation; a finding may be chosen from the list's links (`?finding=key`)."""
    finding = (request.args.get("finding") or "")[:120]
    form = RecommendationForm(formdata=None, data={"status": "proposed", "finding": finding})
    return _form_page(form)


@bp.post("/recommendations/new")
@admin_required
def recommendation_add() -> Any:
    """Store a new recommendation, then show the list at its finding."""
    form = RecommendationForm()
    if form.validate_on_submit():
        try:
            added = add_recommendation(current_user, form.recommendation())
        except RecommendationError as exc:
            _refused(form, exc)
        else:
            flash(f"Recommendation added to {added.finding_label}")
            return redirect(url_for("admin.recommendations", _anchor=f"finding-{added.finding}"))
    return _form_page(form), 400


def _detail_page(recommendation: RecommendationView, form: StatusForm | None = None) -> str:
    form = form or StatusForm(formdata=None, data={"status": recommendation.status})
    return render_template("admin/recommendation.html", recommendation=recommendation, form=form)


@bp.get("/recommendations/<int:recommendation_id>")
def recommendation(recommendation_id: int) -> str:
    """One recommendation: its finding, text, owner, status, and who wrote and last changed it."""
    return _detail_page(_found(recommendation_id))


@bp.post("/recommendations/<int:recommendation_id>/status")
@admin_required
def recommendation_status(recommendation_id: int) -> Any:
    """Move a recommendation to another status."""
    form = StatusForm()
    if form.validate_on_submit():
        try:
            changed = set_recommendation_status(current_user, recommendation_id, form.status.data or "")
        except RecommendationError as exc:
            _refused(form, exc)
        else:
            if changed is None:
                abort(404)
            flash(f"Status changed to {changed.status_label.lower()}")
            return redirect(url_for("admin.recommendation", recommendation_id=recommendation_id))
    return _detail_page(_found(recommendation_id), form), 400


def _edit_form(recommendation: RecommendationView, **kwargs: Any) -> RecommendationForm:
    return RecommendationForm(kept_finding=(recommendation.finding, recommendation.finding_label), **kwargs)


@bp.get("/recommendations/<int:recommendation_id>/edit")
@admin_required
def recommendation_edit(recommendation_id: int) -> str:
    """The form to change a recommendation, filled with what it says now."""
    found = _found(recommendation_id)
    data = {"finding": found.finding, "text": found.text, "owner": found.owner, "status": found.status}
    return _form_page(_edit_form(found, formdata=None, data=data), found)


@bp.post("/recommendations/<int:recommendation_id>/edit")
@admin_required
def recommendation_update(recommendation_id: int) -> Any:
    """Store the changed recommendation, then show its page."""
    found = _found(recommendation_id)
    form = _edit_form(found)
    if form.validate_on_submit():
        try:
            changed = update_recommendation(current_user, recommendation_id, form.recommendation())
        except RecommendationError as exc:
            _refused(form, exc)
        else:
            if changed is None:
                abort(404)
            flash("Recommendation changed")
            return redirect(url_for("admin.recommendation", recommendation_id=recommendation_id))
    return _form_page(form, found), 400


@bp.get("/recommendations/<int:recommendation_id>/delete")
@admin_required
def recommendation_delete_confirm(recommendation_id: int) -> str:
    """Ask before deleting: the recommendation as it stands, and a button that deletes it."""
    return render_template("admin/recommendation_delete.html", recommendation=_found(recommendation_id))


@bp.post("/recommendations/<int:recommendation_id>/delete")
@admin_required
def recommendation_delete(recommendation_id: int) -> Any:
    """Delete a recommendation for good (the audit log keeps that it was, not what it said)."""
    deleted = delete_recommendation(current_user, recommendation_id)
    if deleted is None:
        abort(404)
    flash(f"Recommendation deleted from {deleted.finding_label}")
    return redirect(url_for("admin.recommendations"))
