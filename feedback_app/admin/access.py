"""Access rules for the team area: signed in for everything, admin role for changes."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from flask import abort, redirect, request, url_for
from flask_login import current_user

F = TypeVar("F", bound=Callable[..., Any])
# The only team-area pages a member whose password was reset may see until they change it.
CHANGE_PASSWORD_ENDPOINTS = frozenset({"admin.account_password", "admin.account_password_change"})


def require_sign_in() -> Any:
    """Blueprint guard: anyone not signed in goes to the sign-in page; a reset password must be changed."""
    if not current_user.is_authenticated:
        return redirect(url_for("auth.sign_in_page", next=request.full_path.rstrip("?")))
    # After an admin's reset the member chooses a password before anything else (rule 32); signing
    # out is in the auth blueprint, so it stays open.
    if current_user.must_change_password and request.endpoint not in CHANGE_PASSWORD_ENDPOINTS:
        return redirect(url_for("admin.account_password"))
    return None


def admin_required(view: F) -> F:
    """Only admins may run this view; viewers get 403."""

    @functools.wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not current_user.is_authenticated:
            return redirect(url_for("auth.sign_in_page"))
        if not current_user.is_admin:
            abort(403)
        return view(*args, **kwargs)

    return wrapped  # type: ignore[return-value]
