"""Sign-in, lockout, sign-out and passwords (docs/quality.md rules 3, 4 and 5)."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import AuditEvent, TeamMember, TeamSession
from feedback_app.team import accounts
from feedback_app.team.accounts import AccountError, create_member, password_problem
from tests.helpers import ADMIN, VIEWER, csrf_from, sign_in, write_lock_is_free


def test_passwords_are_hashed_with_argon2id(app, members):
    """Rule 5: no password is stored; the hash is argon2id."""
    with app.app_context():
        member = db.session.scalar(select(TeamMember).filter_by(email=ADMIN[0]))
        assert member.password_hash.startswith("$argon2id$")
        assert ADMIN[3] not in member.password_hash


@pytest.mark.parametrize("password", ["short1", "password1", "Password123", "qwertyuiop", "nhs12345678"])
def test_common_or_short_passwords_are_refused(password):
    """Rule 5: short, common and guessable passwords are refused."""
    assert password_problem(password, "a@example.nhs.uk") is not None


def test_strong_passwords_are_accepted():
    """Three random words pass."""
    assert password_problem("copper kettle marmalade 42") is None


def test_create_member_validation(app):
    """Bad e-mail, role or duplicate accounts are refused with a clear message."""
    with app.app_context():
        with pytest.raises(AccountError, match="correct format"):
            create_member("not-an-email", "X", "admin", "copper kettle marmalade 42")
        with pytest.raises(AccountError, match="Role must be"):
            create_member("x@example.nhs.uk", "X", "owner", "copper kettle marmalade 42")
        create_member("x@example.nhs.uk", "X", "viewer", "copper kettle marmalade 42")
        with pytest.raises(AccountError, match="already exists"):
            create_member("X@example.nhs.uk ", "X", "viewer", "copper kettle marmalade 42")


def test_sign_in_and_dashboard(app, members):
    """A team member signs in and sees the dashboard; the event is audited."""
    client = app.test_client()
    result = sign_in(client, ADMIN[0], ADMIN[3])
    assert result.status_code == 302 and result.headers["Location"] == "/admin/"
    page = client.get("/admin/")
    assert page.status_code == 200 and "Tell us about your care" in page.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count(AuditEvent.id)).filter_by(action="signed in")) == 1


def test_anonymous_visitor_is_sent_to_sign_in(client):
    """Rule 3: anonymous requests to the team area redirect to sign-in with no data."""
    result = client.get("/admin/")
    assert result.status_code == 302
    assert result.headers["Location"].startswith("/admin/sign-in?next=/admin/")
    assert b"Tell us about your care" not in result.data


def test_same_message_whether_or_not_account_exists(app, members):
    """Rule 5: a wrong password and an unknown address give the same page."""
    wrong = sign_in(app.test_client(), ADMIN[0], "wrong password entirely")
    unknown = sign_in(app.test_client(), "nobody@example.nhs.uk", "wrong password entirely")
    assert wrong.status_code == unknown.status_code == 400

    def strip(response):
        html = response.get_data(as_text=True)
        html = re.sub(r'nonce="[^"]+"', "", html)
        html = re.sub(r'name="csrf_token" type="hidden" value="[^"]+"', "", html)
        return html.replace(ADMIN[0], "EMAIL").replace("nobody@example.nhs.uk", "EMAIL")

    assert strip(wrong) == strip(unknown)
    assert "<title>Error: " in wrong.get_data(as_text=True)


def test_repeated_failures_lock_the_account(app, members):
    """Rule 5: five failures lock the account (429), even against the right password, in the database."""
    for _ in range(5):
        sign_in(app.test_client(), VIEWER[0], "not the password at all")
    locked = sign_in(app.test_client(), VIEWER[0], VIEWER[3])
    assert locked.status_code == 429
    unknown_locked = None
    for _ in range(6):
        unknown_locked = sign_in(app.test_client(), "ghost@example.nhs.uk", "not the password at all")
    assert unknown_locked.status_code == 429
    # The other account is unaffected.
    assert sign_in(app.test_client(), ADMIN[0], ADMIN[3]).status_code == 302


def test_lock_expires(app, members):
    """After the lock period the right password works again."""
    app.config["SIGN_IN_LOCK_MINUTES"] = 0
    for _ in range(5):
        sign_in(app.test_client(), VIEWER[0], "not the password at all")
    assert sign_in(app.test_client(), VIEWER[0], VIEWER[3]).status_code == 302


def test_sign_out_ends_the_session_for_real(app, members):
    """Rule 4: the cookie changes at sign-in; a cookie copied before sign-out is refused after it."""
    client = app.test_client()
    client.get("/admin/sign-in")
    before = client.get_cookie("feedback_session").value
    sign_in(client, ADMIN[0], ADMIN[3])
    after = client.get_cookie("feedback_session").value
    assert before != after
    copied = app.test_client()
    copied.set_cookie("feedback_session", after)
    assert copied.get("/admin/").status_code == 200
    token = csrf_from(client.get("/admin/").get_data(as_text=True))
    assert client.post("/admin/sign-out", data={"csrf_token": token}).status_code == 302
    assert copied.get("/admin/").status_code == 302
    with app.app_context():
        assert db.session.scalar(select(func.count(TeamSession.token))) == 0


def test_sign_out_refuses_get_and_needs_csrf(admin_client):
    """Sign-out is a POST with a CSRF token."""
    assert admin_client.get("/admin/sign-out").status_code == 405
    assert admin_client.post("/admin/sign-out", data={}).status_code == 400
    assert admin_client.get("/admin/").status_code == 200


def test_next_cannot_leave_the_site(app, members):
    """The post-sign-in redirect only goes to paths on this site."""
    client = app.test_client()
    page = client.get("/admin/sign-in?next=//evil.example/")
    token = csrf_from(page.get_data(as_text=True))
    result = client.post(
        "/admin/sign-in?next=//evil.example/",
        data={"csrf_token": token, "email": ADMIN[0], "password": ADMIN[3]},
    )
    assert result.headers["Location"] == "/admin/"


def test_create_user_command(runner, app):
    """The first admin is made from the command line; weak passwords are refused there too."""
    ok = runner.invoke(
        args=[
            "create-user",
            "--email",
            "lead@example.nhs.uk",
            "--name",
            "Lead",
            "--password",
            "copper kettle marmalade 42",
        ]
    )
    assert ok.exit_code == 0, ok.output
    weak = runner.invoke(
        args=["create-user", "--email", "b@example.nhs.uk", "--name", "B", "--password", "password1"]
    )
    assert weak.exit_code != 0 and "too common" in weak.output


def test_passwords_are_checked_and_hashed_outside_the_write_lock(app, members, monkeypatch, database):
    """Rule 5: argon2's deliberate slowness never holds respondents' writes up behind the lock."""
    if database != "sqlite":
        pytest.skip("the write lock that respondents queue behind is SQLite's")
    seen: list[tuple[str, bool]] = []
    real_verify = accounts._verify
    real_hasher = accounts._hasher

    def verify(*args):
        seen.append(("verify", write_lock_is_free(app)))
        return real_verify(*args)

    class WatchedHasher:
        def __init__(self, hasher):
            self._hasher = hasher

        def hash(self, password):
            seen.append(("hash", write_lock_is_free(app)))
            return self._hasher.hash(password)

        def __getattr__(self, name):
            return getattr(self._hasher, name)

    monkeypatch.setattr(accounts, "_verify", verify)
    monkeypatch.setattr(accounts, "_hasher", lambda: (WatchedHasher(real_hasher()[0]), real_hasher()[1]))
    client = app.test_client()
    assert sign_in(client, ADMIN[0], ADMIN[3]).status_code == 302
    assert sign_in(app.test_client(), ADMIN[0], "not the password at all").status_code != 302
    with app.app_context():
        create_member("third@example.nhs.uk", "Tam Third", "viewer", "harbour violin saffron 93")
    assert {kind for kind, _ in seen} == {"verify", "hash"}
    assert all(free for _, free in seen), seen
