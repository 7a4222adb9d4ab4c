"""Passwords people can change: the policy, changing one's own, an admin's reset (docs/quality.md rule 32).

Issue 14, finding 8: "a password made of the member's name and a year passes the policy, and there is no
way to change or reset a password". Each test below reproduces that and shows it now fails.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from feedback_app.extensions import db
from feedback_app.models import AuditEvent, TeamMember, TeamSession
from feedback_app.team.password_policy import password_problem
from tests.helpers import ADMIN, VIEWER, csrf_from, make_app, sign_in, write_lock_is_free

NAME, EMAIL = "Jane Smith", "jane.smith@leeds-teaching.nhs.uk"
CHANGE = "/admin/account/password"
NEW_PASSWORD = "walnut glacier trombone 58"
ONE_TIME_RE = re.compile(r"<code>([a-z0-9]{4}(?:-[a-z0-9]{4}){3})</code>")
# Pages a member whose password was reset may not see before changing it (a sample of every kind).
GUARDED_PAGES = ("/admin/", "/admin/questionnaires", "/admin/links", "/admin/responses", "/admin/downloads")


@pytest.mark.parametrize(
    "password",
    [
        "JaneSmith2026!",  # the review's case: the name and a year
        "j4ne.smith1990",  # digits for letters
        "J@neSm1th!",
        "SMITH.jane.99",
        "Jane Smith 1990",
        "jsmith2026",
        "janesmith",
        "smith1234567",
        "Leeds-Teaching1",  # the e-mail domain's words
        "Practitioner2026",  # the programme's words
        "pr4ctiti0ner99",
        "MentalHealth2026",
        "NorthEngland#1",
        "nhs.feedback.2026",
        "Apprentice!2025",
        "assistantpractitioner",
        "Password123",  # common, as before
        "short1",
    ],
)
def test_passwords_built_from_the_name_email_or_programme_are_refused(password):
    """Names, address words and the programme's words do not pass, however dressed up."""
    assert password_problem(password, EMAIL, NAME) is not None


@pytest.mark.parametrize(
    "password",
    [
        "copper kettle marmalade 42",
        "lantern orchard pebble 77",
        "correct horse battery staple",
        "wombat tundra saxophone",
        "jane copper kettle marmalade",  # a name beside strong random words is not "built from" it
        "Banner otter quilt crisp",
    ],
)
def test_random_word_passphrases_are_accepted(password):
    """Three or more random words pass, even for a member with a name in them."""
    assert password_problem(password, EMAIL, NAME) is None


def test_the_message_says_why_and_what_to_use_instead():
    """The member is told what the password is built from and to use three or more random words."""
    message = password_problem("Practitioner2026", EMAIL, NAME) or ""
    assert "built from words about the programme" in message and "“practitioner”" in message
    assert "three or more random words" in message
    assert "your name or email address" in (password_problem("JaneSmith2026!", EMAIL, NAME) or "")


def test_the_configured_programme_and_organisation_names_are_refused(database, tmp_path):
    """PROGRAMME_NAME and ORGANISATION_NAME are the programme's words too."""
    app = make_app(database, tmp_path, PROGRAMME_NAME="Wellbeing Navigators", ORGANISATION_NAME="Riverside")
    with app.app_context():
        assert password_problem("Navigators2026!", EMAIL, NAME) is not None
        assert password_problem("R1versidE#77", EMAIL, NAME) is not None
        assert password_problem("walnut glacier trombone 58", EMAIL, NAME) is None


def test_adding_a_member_whose_password_is_their_name_and_a_year_is_refused(app, admin_client):
    """The review's attack through the team page: refused with the reason, nobody added."""
    data = {"email": EMAIL, "name": NAME, "role": "viewer", "password": "JaneSmith2026!"}
    response = admin_client.post("/admin/team", data={"csrf_token": token(admin_client), **data})
    assert response.status_code == 400
    assert "built from your name or email address" in response.get_data(as_text=True)
    assert member_row(app, EMAIL) is None


# ---------------------------------------------------------------- helpers


def token(client):
    """A CSRF token from the client's session."""
    return csrf_from(client.get(CHANGE).get_data(as_text=True))


def member_row(app, email):
    """(password_hash, must_change_password) of a member, or None."""
    with app.app_context():
        row = db.session.scalar(select(TeamMember).filter_by(email=email))
        return (row.password_hash, row.must_change_password) if row else None


def events(app, action):
    """(actor, target, detail) of every audit event of one action, oldest first."""
    with app.app_context():
        rows = db.session.scalars(select(AuditEvent).filter_by(action=action).order_by(AuditEvent.id))
        return [(row.actor, row.target, row.detail) for row in rows]


def all_audit_text(app):
    """Everything the audit trail holds, as one string."""
    with app.app_context():
        rows = db.session.scalars(select(AuditEvent))
        return " ".join(f"{row.actor} {row.action} {row.target} {row.detail}" for row in rows)


def change(client, current, new, confirm=None):
    """Post the change-password form."""
    data = {"csrf_token": token(client), "current_password": current, "new_password": new}
    data["confirm_password"] = new if confirm is None else confirm
    return client.post(CHANGE, data=data)


def signed_in(client):
    """True when the client's session still opens the team area."""
    return client.get("/admin/").status_code == 200


# ---------------------------------------------------------------- changing one's own password


def test_a_member_changes_their_own_password(app, members):
    """Old password stops working, new one works, other sessions end, this one is renewed; audited."""
    for email, _name, _role, password in (VIEWER, ADMIN):
        mine, elsewhere = app.test_client(), app.test_client()
        assert sign_in(mine, email, password).status_code == 302
        assert sign_in(elsewhere, email, password).status_code == 302
        with app.app_context():
            tokens_before = set(db.session.scalars(select(TeamSession.token)))
        response = change(mine, password, NEW_PASSWORD)
        assert response.status_code == 302 and response.headers["Location"] == "/admin/"
        assert "Your password has been changed" in mine.get("/admin/").get_data(as_text=True)
        assert signed_in(mine) and not signed_in(elsewhere)
        with app.app_context():
            tokens_after = set(
                db.session.scalars(select(TeamSession.token).filter_by(member_id=member_id(app, email)))
            )
        # The session was rotated: this member has one session left, and its token is new.
        assert len(tokens_after) == 1 and not tokens_after & tokens_before
        assert sign_in(app.test_client(), email, password).status_code == 400
        assert sign_in(app.test_client(), email, NEW_PASSWORD).status_code == 302
        assert events(app, "password changed")[-1] == (email, email, {"other_sessions_ended": 1})
    assert NEW_PASSWORD not in all_audit_text(app) and ADMIN[3] not in all_audit_text(app)


@pytest.mark.parametrize(
    ("current", "new", "confirm", "message"),
    [
        ("", NEW_PASSWORD, None, "Enter your current password"),
        (VIEWER[3], "VicViewer2026!", None, "built from your name or email address"),
        (VIEWER[3], "Practitioner2026", None, "words about the programme"),
        (VIEWER[3], NEW_PASSWORD, "walnut glacier trombone 59", "The two new passwords are not the same"),
        (VIEWER[3], VIEWER[3], None, "not the one you have now"),
        (VIEWER[3], "", None, "Enter a new password"),
    ],
)
def test_a_refused_change_says_why_and_changes_nothing(app, viewer_client, current, new, confirm, message):
    """The policy applies to the change page; nothing changes when it refuses."""
    before = member_row(app, VIEWER[0])
    response = change(viewer_client, current, new, confirm)
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert member_row(app, VIEWER[0]) == before and signed_in(viewer_client)
    assert events(app, "password changed") == []


def test_wrong_current_passwords_are_counted_and_end_the_session(app, viewer_client):
    """A signed-in browser left open cannot be used to guess the password without limit."""
    limit = app.config["SIGN_IN_MAX_FAILURES"]
    for _ in range(limit - 1):
        response = change(viewer_client, "not my password at all", NEW_PASSWORD)
        assert response.status_code == 400
        assert "Your current password is not right" in response.get_data(as_text=True)
    response = change(viewer_client, "not my password at all", NEW_PASSWORD)
    assert response.status_code == 302 and "/admin/sign-in" in response.headers["Location"]
    assert not signed_in(viewer_client)
    assert len(events(app, "password change refused")) == limit
    assert events(app, "signed out after wrong passwords") == [(VIEWER[0], VIEWER[0], {})]
    assert sign_in(app.test_client(), VIEWER[0], VIEWER[3]).status_code == 302
    assert "not my password" not in all_audit_text(app)


def test_every_member_can_reach_the_change_page(viewer_client, admin_client, client):
    """Viewers and admins have the page and a link to it; visitors are sent to sign in."""
    for member_client in (viewer_client, admin_client):
        assert f'href="{CHANGE}"' in member_client.get("/admin/").get_data(as_text=True)
        assert member_client.get(CHANGE).status_code == 200
    assert "/admin/sign-in" in client.get(CHANGE).headers["Location"]


def test_the_change_and_reset_forms_need_a_csrf_token(app, admin_client, members):
    """Both new forms refuse a post without this session's token and change nothing."""
    foreign = csrf_from(app.test_client().get("/admin/sign-in").get_data(as_text=True))
    viewer_id = member_id(app, VIEWER[0])
    before = (member_row(app, ADMIN[0]), member_row(app, VIEWER[0]))
    fields = {"current_password": ADMIN[3], "new_password": NEW_PASSWORD, "confirm_password": NEW_PASSWORD}
    for data in ({}, {"csrf_token": foreign}):
        assert admin_client.post(CHANGE, data={**fields, **data}).status_code == 400
        assert admin_client.post(f"/admin/team/{viewer_id}/reset-password", data=data).status_code == 400
    assert (member_row(app, ADMIN[0]), member_row(app, VIEWER[0])) == before
    assert events(app, "password reset") == [] and events(app, "password changed") == []


# ---------------------------------------------------------------- an admin's reset


def member_id(app, email):
    """A member's id."""
    with app.app_context():
        return db.session.scalar(select(TeamMember.id).filter_by(email=email))


def reset(admin_client, target_id):
    """Press the reset button on a member's page; the response."""
    page = admin_client.get(f"/admin/team/{target_id}").get_data(as_text=True)
    return admin_client.post(f"/admin/team/{target_id}/reset-password", data={"csrf_token": csrf_from(page)})


def test_an_admin_resets_a_members_password(app, admin_client, viewer_client, caplog):
    """One-time password shown once, the member signed out, the change page forced; all audited."""
    caplog.set_level("DEBUG")
    viewer_id = member_id(app, VIEWER[0])
    response = reset(admin_client, viewer_id)
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    one_time = ONE_TIME_RE.search(response.get_data(as_text=True)).group(1)
    assert not signed_in(viewer_client)  # signed out everywhere at once
    password_hash, must_change = member_row(app, VIEWER[0])
    assert must_change and password_hash.startswith("$argon2id$") and one_time not in password_hash
    assert events(app, "password reset") == [(ADMIN[0], VIEWER[0], {"sessions_ended": 1})]
    assert sign_in(app.test_client(), VIEWER[0], VIEWER[3]).status_code == 400  # the old one is gone
    # The member signs in with it and can go nowhere but the change page (and sign out).
    member = app.test_client()
    assert sign_in(member, VIEWER[0], one_time).status_code == 302
    for url in GUARDED_PAGES:
        moved = member.get(url)
        assert moved.status_code == 302 and moved.headers["Location"] == CHANGE, url
    assert member.post(f"/admin/team/{viewer_id}/role", data={"csrf_token": token(member)}).status_code == 302
    page = member.get(CHANGE).get_data(as_text=True)
    assert "An admin reset your password" in page and 'name="current_password"' not in page
    # One-time: it does not sign in a second time.
    assert sign_in(app.test_client(), VIEWER[0], one_time).status_code == 400
    refused = change(member, "", "VicViewer2026!")
    assert refused.status_code == 400 and member_row(app, VIEWER[0])[1]
    assert change(member, "", NEW_PASSWORD).status_code == 302
    assert all(member.get(url).status_code == 200 for url in GUARDED_PAGES)
    assert member_row(app, VIEWER[0])[1] is False
    assert sign_in(app.test_client(), VIEWER[0], NEW_PASSWORD).status_code == 302
    assert events(app, "password changed")[-1][:2] == (VIEWER[0], VIEWER[0])
    # Never kept in clear: not in the audit trail, the logs, or any URL.
    assert one_time not in all_audit_text(app) and one_time not in caplog.text
    assert one_time not in response.headers.get("Location", "")


def test_signing_out_still_works_before_the_change(app, admin_client):
    """The forced change page does not trap the member: sign-out is open."""
    one_time = ONE_TIME_RE.search(reset(admin_client, member_id(app, VIEWER[0])).get_data(as_text=True))
    member = app.test_client()
    assert sign_in(member, VIEWER[0], one_time.group(1)).status_code == 302
    response = member.post("/admin/sign-out", data={"csrf_token": token(member)})
    assert response.status_code == 302 and "signed_out=1" in response.headers["Location"]
    assert "/admin/sign-in" in member.get(CHANGE).headers["Location"]


def test_viewers_cannot_reset_and_admins_cannot_reset_themselves(app, admin_client, viewer_client):
    """Resetting is an admin's action on someone else: a viewer gets 403, one's own is refused."""
    admin_id, before = member_id(app, ADMIN[0]), member_row(app, ADMIN[0])
    viewer_token = csrf_from(viewer_client.get("/admin/").get_data(as_text=True))
    url = f"/admin/team/{admin_id}/reset-password"
    assert viewer_client.post(url, data={"csrf_token": viewer_token}).status_code == 403
    own = reset(admin_client, admin_id)
    assert own.status_code == 400 and "cannot reset your own password" in own.get_data(as_text=True)
    assert member_row(app, ADMIN[0]) == before and events(app, "password reset") == []
    unknown = admin_client.post("/admin/team/999/reset-password", data={"csrf_token": token(admin_client)})
    assert unknown.status_code == 404
    # A deactivated member is reactivated first: a reset does not quietly bring an account back.
    viewer_id = member_id(app, VIEWER[0])
    admin_client.post(f"/admin/team/{viewer_id}/deactivate", data={"csrf_token": token(admin_client)})
    deactivated = reset(admin_client, viewer_id)
    assert deactivated.status_code == 400 and "Reactivate it first" in deactivated.get_data(as_text=True)
    assert events(app, "password reset") == []


def test_the_command_line_resets_a_password_when_no_admin_can_sign_in(app, runner, members):
    """`flask reset-password EMAIL` prints a one-time password once; the same change rule follows."""
    result = runner.invoke(args=["reset-password", ADMIN[0].upper()])
    assert result.exit_code == 0, result.output
    one_time = re.search(r"^([a-z0-9]{4}(?:-[a-z0-9]{4}){3})$", result.output, re.MULTILINE).group(1)
    assert events(app, "password reset") == [("command line", ADMIN[0], {"sessions_ended": 0})]
    admin = app.test_client()
    assert sign_in(admin, ADMIN[0], one_time).status_code == 302
    assert admin.get("/admin/team").headers["Location"] == CHANGE
    assert change(admin, "", NEW_PASSWORD).status_code == 302
    assert admin.get("/admin/team").status_code == 200
    unknown = runner.invoke(args=["reset-password", "nobody@example.nhs.uk"])
    assert unknown.exit_code != 0 and "no team member" in unknown.output


def test_password_changes_and_resets_hash_outside_the_write_lock(app, admin_client, viewer_client, database):
    """A change's and a reset's argon2 work runs while SQLite's write lock is free (docs/architecture.md)."""
    if database != "sqlite":
        pytest.skip("the write lock that respondents queue behind is SQLite's")
    from feedback_app.team import passwords

    seen: list[tuple[str, bool]] = []
    real_hasher = passwords._hasher

    class WatchedHasher:
        def __init__(self, hasher):
            self._hasher = hasher

        def hash(self, password):
            seen.append(("hash", write_lock_is_free(app)))
            return self._hasher.hash(password)

        def verify(self, password_hash, password):
            seen.append(("verify", write_lock_is_free(app)))
            return self._hasher.verify(password_hash, password)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(passwords, "_hasher", lambda: (WatchedHasher(real_hasher()[0]), real_hasher()[1]))
        assert change(viewer_client, VIEWER[3], NEW_PASSWORD).status_code == 302
        assert reset(admin_client, member_id(app, VIEWER[0])).status_code == 200
    assert [kind for kind, _ in seen] == ["verify", "hash", "hash"]
    assert all(free for _, free in seen), seen


def test_a_reset_lifts_the_lock_of_a_member_who_forgot_their_password(app, admin_client):
    """A member locked out by wrong guesses signs in with the one-time password at once."""
    limit = int(app.config["SIGN_IN_MAX_FAILURES"])
    for _ in range(limit + 1):
        assert sign_in(app.test_client(), VIEWER[0], "not my password at all").status_code in (400, 429)
    assert sign_in(app.test_client(), VIEWER[0], VIEWER[3]).status_code == 429  # locked, even when right
    one_time = ONE_TIME_RE.search(reset(admin_client, member_id(app, VIEWER[0])).get_data(as_text=True))
    assert sign_in(app.test_client(), VIEWER[0], one_time.group(1)).status_code == 302
