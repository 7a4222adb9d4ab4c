"""The signed-in member's own account: changing their password (every role)."""

from __future__ import annotations

from typing import Any

from flask import flash, redirect, render_template, session, url_for
from flask_login import current_user, login_user, logout_user

from ..team.accounts import SignedInMember
from ..team.passwords import PasswordChangeError, change_password
from .blueprint import bp
from .forms import ChangePasswordForm


def _page(form: ChangePasswordForm, status: int = 200) -> tuple[str, int]:
    return render_template("admin/account_password.html", form=form), status


@bp.get("/account/password")
def account_password() -> Any:
    """The change-password page; after an admin's reset, the only page a member can reach."""
    return _page(ChangePasswordForm(formdata=None))


@bp.post("/account/password")
def account_password_change() -> Any:
    """Change the signed-in member's password: their other sessions end and this one is renewed."""
    form = ChangePasswordForm()
    if not form.validate_on_submit():
        return _page(form, 400)
    member: SignedInMember = current_user
    try:
        token = change_password(member, form.current_password.data or "", form.new_password.data or "")
    except PasswordChangeError as exc:
        if exc.signed_out:
            logout_user()
            session.clear()
            return redirect(url_for("auth.sign_in_page"))
        getattr(form, exc.field).errors = [str(exc)]
        return _page(form, 400)
    renewed = SignedInMember(member.id, member.email, member.name, member.role, token)
    # A fresh cookie too, as at sign-in: nothing from before the change carries over.
    session.clear()
    login_user(renewed)
    flash("Your password has been changed. You have been signed out on every other device")
    return redirect(url_for("admin.dashboard"))
