"""Routes for signing in and out; the admin blueprint requires a signed-in member."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, Response, current_app, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user

from ..security import csp_nonce
from ..team.accounts import sign_in, sign_out
from ..team.throttle import ThrottleUnavailable, client_refused
from .forms import SignInForm

bp = Blueprint("auth", __name__, url_prefix="/admin")

SIGN_IN_FAILED = (
    "The email address or password is not right, or the account is locked for a while after "
    "too many attempts. Try again later or ask an admin."
)
# The same words for a locked account, an unknown address and a client over its limit.
SIGN_IN_THROTTLED = (
    "There have been too many attempts to sign in. Wait 15 minutes and try again, or ask an admin."
)
# Many sign-ins at once across the site: nothing about this account or client.
SITE_BUSY = "Too many people are signing in at the moment. Wait a minute and try again."
THROTTLE_DOWN = "Signing in is not available at the moment. Try again in a few minutes."


def _safe_next(target: str | None) -> str:
    """Only same-site paths, so the sign-in page cannot be used to redirect elsewhere."""
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc:
        return target
    return url_for("admin.dashboard")


# The refusal page is the same for every refused client (no form, no session, nothing of the member),
# so it is made once per app and process, with this mark where each response's own nonce goes.
_NONCE_MARK = "\x00nonce\x00"


def refuse_flooding_client() -> Response | None:
    """Answer a sign-in from a client already over its limit from one read, before anything else.

    Registered ahead of every other hook, so a flood's refusals skip the body checks, the CSRF check
    and the template: the page is made once and each refusal only sets a fresh nonce in it.
    """
    if request.method != "POST" or request.endpoint != "auth.sign_in_page":
        return None
    try:
        # remote_addr is the peer, or the client named by trusted proxies (PROXY_FIX_X_FOR).
        refused = client_refused(request.remote_addr or "")
    except ThrottleUnavailable:
        return Response(render_template("auth/sign_in_refused.html", message=THROTTLE_DOWN), 503)
    if not refused:
        return None
    nonce = csp_nonce()
    page = current_app.extensions.get("sign_in_refusal_page")
    if page is None:
        page = render_template("auth/sign_in_refused.html", message=SIGN_IN_THROTTLED)
        page = current_app.extensions["sign_in_refusal_page"] = page.replace(nonce, _NONCE_MARK)
    return Response(page.replace(_NONCE_MARK, nonce), 429)


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in_page() -> Any:
    """Sign in with e-mail and password (a client over its limit never gets here: refuse_flooding_client)."""
    if current_user.is_authenticated:
        return redirect(url_for("admin.dashboard"))
    form = SignInForm()
    failed, message, status = False, SIGN_IN_FAILED, 200
    if form.validate_on_submit():
        failed = True
        try:
            # remote_addr is the peer, or the client named by trusted proxies (PROXY_FIX_X_FOR).
            result = sign_in(form.email.data or "", form.password.data or "", request.remote_addr or "")
        except ThrottleUnavailable:
            message, status = THROTTLE_DOWN, 503
        else:
            if result.member is not None:
                target = _safe_next(request.args.get("next"))
                # A fresh cookie at sign-in: nothing from before carries over (session fixation).
                session.clear()
                login_user(result.member)
                return redirect(target)
            if result.throttled:
                message = SITE_BUSY if result.site_busy else SIGN_IN_THROTTLED
                return render_template("auth/sign_in_refused.html", message=message), 429
            message, status = SIGN_IN_FAILED, 400
    elif form.errors:
        status = 400
    return render_template("auth/sign_in.html", form=form, failed=failed, message=message), status


@bp.post("/sign-out")
def sign_out_page() -> Any:
    """End the session on the server as well as in the browser."""
    if current_user.is_authenticated:
        sign_out(current_user)
    logout_user()
    session.clear()
    return redirect(url_for("auth.sign_in_page", signed_out=1))
