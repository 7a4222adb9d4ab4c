"""Access rules for the team area: signed in for everything, admin role for changes."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from flask import abort, redirect, request, url_for
from flask_login import current_user

F = TypeVar("F", bound=Callable[..., Any])


def require_sign_in() -> Any:
    """Blueprint guard: anyone not signed in goes to the sign-in page, and sees no data."""
    if not current_user.is_authenticated:
        return redirect(url_for("auth.sign_in_page", next=request.full_path.rstrip("?")))
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
