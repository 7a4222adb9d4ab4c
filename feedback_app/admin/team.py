"""The team area's members pages (admins only): add members, change roles, deactivate and reactivate."""

from __future__ import annotations

from typing import Any

from flask import flash, redirect, render_template, url_for
from flask_login import current_user

from ..errors import SettingsError
from ..team.accounts import AccountError
from ..team.members import add_member, change_role, get_member, set_member_active, team_members
from ..team.passwords import reset_password
from .access import admin_required
from .blueprint import bp
from .forms import (
    MemberForm,
    RoleForm,
)


@bp.get("/team")
@admin_required
def team() -> str:
    """The team members; admins add members, change roles and deactivate accounts."""
    return render_template("admin/team.html", members=team_members(), form=MemberForm(formdata=None))


@bp.post("/team")
@admin_required
def team_add() -> Any:
    """Add a team member with a first password."""
    form = MemberForm()
    error = None
    if form.validate_on_submit():
        try:
            member = add_member(
                current_user, form.email.data, form.name.data, form.role.data, form.password.data
            )
        except AccountError as exc:
            error = str(exc)
        else:
            flash(
                f"{member.name} added as {member.role}. Give them their first password in person or by phone"
            )
            return redirect(url_for("admin.team"))
    return render_template("admin/team.html", members=team_members(), form=form, add_error=error), 400


def _member_page(member_id: int, form: RoleForm | None = None, error: str | None = None) -> str:
    member = get_member(member_id)
    return render_template(
        "admin/member.html",
        member=member,
        form=form or RoleForm(formdata=None, data={"role": member.role}),
        error=error,
    )


@bp.get("/team/<int:member_id>")
@admin_required
def team_member(member_id: int) -> str:
    """One team member: role and whether the account is active."""
    return _member_page(member_id)


@bp.post("/team/<int:member_id>/role")
@admin_required
def team_member_role(member_id: int) -> Any:
    """Make a member an admin or a viewer."""
    form = RoleForm()
    if not form.validate_on_submit():
        return _member_page(member_id, form), 400
    try:
        member = change_role(current_user, member_id, form.role.data)
    except SettingsError as exc:
        return _member_page(member_id, form, str(exc)), 400
    flash(f"{member.name} is now {'an admin' if member.role == 'admin' else 'a viewer'}")
    return redirect(url_for("admin.team_member", member_id=member_id))


def _set_active(member_id: int, active: bool) -> Any:
    try:
        member = set_member_active(current_user, member_id, active)
    except SettingsError as exc:
        return _member_page(member_id, error=str(exc)), 400
    flash(f"{member.name} {'reactivated' if active else 'deactivated and signed out everywhere'}")
    return redirect(url_for("admin.team_member", member_id=member_id))


@bp.post("/team/<int:member_id>/deactivate")
@admin_required
def team_member_deactivate(member_id: int) -> Any:
    """Deactivate a member: they are signed out at once and cannot sign in."""
    return _set_active(member_id, False)


@bp.post("/team/<int:member_id>/reactivate")
@admin_required
def team_member_reactivate(member_id: int) -> Any:
    """Let a deactivated member sign in again."""
    return _set_active(member_id, True)


@bp.post("/team/<int:member_id>/reset-password")
@admin_required
def team_member_reset_password(member_id: int) -> Any:
    """Reset a member's password: the one-time password is in this response only, never kept or logged."""
    try:
        reset = reset_password(current_user, member_id)
    except SettingsError as exc:
        return _member_page(member_id, error=str(exc)), 400
    html = render_template(
        "admin/password_reset.html", member=reset.member, one_time_password=reset.one_time_password
    )
    # Shown once: no browser or proxy keeps the page, and it is not a redirect, so it is never in a URL.
    return html, 200, {"Cache-Control": "no-store"}
