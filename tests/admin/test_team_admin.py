"""Team members in the web: add, change role, deactivate (signed out at once) and reactivate.

docs/quality.md rules 1, 3 (admins only) and 5 (common passwords refused), with every change audited.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from feedback_app.extensions import db
from feedback_app.models import AuditEvent, TeamMember, TeamSession
from tests.helpers import ADMIN, VIEWER, csrf_from, sign_in

NEW_MEMBER = {
    "email": "Nia.New@Example.nhs.uk",
    "name": "Nia New",
    "role": "viewer",
    "password": "velvet harbour thistle 19",
}


def token(client):
    """A CSRF token from the client's session (every team-area page carries one, in the sign-out form)."""
    return csrf_from(client.get("/admin/").get_data(as_text=True))


def member(app, email):
    """(id, role, is_active) of the member with this address, or None."""
    with app.app_context():
        row = db.session.scalar(select(TeamMember).filter_by(email=email))
        return (row.id, row.role, row.is_active) if row else None


def sessions_of(app, member_id):
    """How many signed-in sessions a member has."""
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(TeamSession).filter_by(member_id=member_id))


def last_event(app):
    """The newest audit event as (actor, action, target, detail)."""
    with app.app_context():
        event = db.session.scalar(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1))
        return (event.actor, event.action, event.target, event.detail)


def test_admin_sees_the_team(admin_client):
    """The team page lists every member with role and account state; each has a page."""
    html = admin_client.get("/admin/team").get_data(as_text=True)
    assert "Ada Admin" in html and "Vic Viewer" in html and "(you)" in html
    assert "viewer@example.nhs.uk" in html
    assert admin_client.get("/admin/team/2").status_code == 200


def test_viewers_and_visitors_cannot_see_or_change_the_team(app, viewer_client, client):
    """Rule 3: the team area is admins only; a viewer's posts are 403 and change nothing."""
    admin_id = member(app, ADMIN[0])[0]
    assert viewer_client.get("/admin/team").status_code == 403
    assert viewer_client.get(f"/admin/team/{admin_id}").status_code == 403
    token_ = token(viewer_client)
    assert viewer_client.post("/admin/team", data={"csrf_token": token_, **NEW_MEMBER}).status_code == 403
    for action, data in (("role", {"role": "viewer"}), ("deactivate", {}), ("reactivate", {})):
        url = f"/admin/team/{admin_id}/{action}"
        assert viewer_client.post(url, data={"csrf_token": token_, **data}).status_code == 403
    assert member(app, ADMIN[0]) == (admin_id, "admin", True)
    assert member(app, "nia.new@example.nhs.uk") is None
    anonymous = client.get("/admin/team")
    assert anonymous.status_code == 302 and "Vic Viewer" not in anonymous.get_data(as_text=True)
    # The nav does not offer the team page to viewers.
    assert 'href="/admin/team"' not in viewer_client.get("/admin/").get_data(as_text=True)


def test_add_a_member_who_can_then_sign_in(app, admin_client):
    """A new member is stored with a hashed password, audited with the admin's name, and can sign in."""
    response = admin_client.post("/admin/team", data={"csrf_token": token(admin_client), **NEW_MEMBER})
    assert response.status_code == 302 and response.headers["Location"] == "/admin/team"
    assert member(app, "nia.new@example.nhs.uk")[1:] == ("viewer", True)
    assert last_event(app)[:3] == (ADMIN[0], "team member added", "nia.new@example.nhs.uk")
    assert "Nia New added as viewer" in admin_client.get("/admin/team").get_data(as_text=True)
    assert sign_in(app.test_client(), NEW_MEMBER["email"], NEW_MEMBER["password"]).status_code == 302


@pytest.mark.parametrize(
    ("changes", "message", "anchor"),
    [
        ({"password": "password1"}, "too common", "password"),
        ({"password": "short"}, "at least 8 characters", "password"),
        ({"password": ""}, "Enter a first password", "password"),
        ({"email": "not-an-address"}, "correct format", "email"),
        ({"email": VIEWER[0]}, "already exists", "email"),
        ({"name": ""}, "Enter their name", "name"),
        ({"role": ""}, "Select a role", "role"),
        ({"role": "owner"}, "Select a role", "role"),
    ],
    ids=["common", "short", "no-password", "bad-email", "duplicate", "no-name", "no-role", "unknown-role"],
)
def test_invalid_new_members_are_explained_and_not_added(app, admin_client, changes, message, anchor):
    """Rules 5 and 17: the page says what is wrong and links to the box; nobody is added."""
    with app.app_context():
        before = db.session.scalar(select(func.count(TeamMember.id)))
    data = {"csrf_token": token(admin_client), **NEW_MEMBER, **changes}
    response = admin_client.post("/admin/team", data=data)
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "<title>Error: " in html and message in html and f'href="#{anchor}"' in html
    assert NEW_MEMBER["password"] not in html
    with app.app_context():
        assert db.session.scalar(select(func.count(TeamMember.id))) == before


def test_deactivating_signs_the_member_out_at_once(app, admin_client, viewer_client):
    """Their sessions are deleted, their open browser is sent to sign-in, and they cannot sign back in."""
    viewer_id = member(app, VIEWER[0])[0]
    assert viewer_client.get("/admin/").status_code == 200
    assert sessions_of(app, viewer_id) == 1
    response = admin_client.post(
        f"/admin/team/{viewer_id}/deactivate", data={"csrf_token": token(admin_client)}
    )
    assert response.status_code == 302
    assert member(app, VIEWER[0])[2] is False
    assert sessions_of(app, viewer_id) == 0
    assert last_event(app)[:3] == (ADMIN[0], "team member deactivated", VIEWER[0])
    assert viewer_client.get("/admin/").status_code == 302
    assert sign_in(app.test_client(), VIEWER[0], VIEWER[3]).status_code == 400
    admin_client.post(f"/admin/team/{viewer_id}/reactivate", data={"csrf_token": token(admin_client)})
    assert member(app, VIEWER[0])[2] is True
    assert sign_in(app.test_client(), VIEWER[0], VIEWER[3]).status_code == 302


def test_an_admin_cannot_deactivate_or_demote_themselves(app, admin_client):
    """So the team always keeps an admin; the page explains and nothing changes."""
    admin_id = member(app, ADMIN[0])[0]
    response = admin_client.post(
        f"/admin/team/{admin_id}/deactivate", data={"csrf_token": token(admin_client)}
    )
    assert response.status_code == 400 and "cannot deactivate yourself" in response.get_data(as_text=True)
    response = admin_client.post(
        f"/admin/team/{admin_id}/role", data={"csrf_token": token(admin_client), "role": "viewer"}
    )
    assert response.status_code == 400 and "cannot change your own role" in response.get_data(as_text=True)
    assert member(app, ADMIN[0]) == (admin_id, "admin", True)
    own_page = admin_client.get(f"/admin/team/{admin_id}").get_data(as_text=True)
    assert (
        f"/admin/team/{admin_id}/role" not in own_page
        and f"/admin/team/{admin_id}/deactivate" not in own_page
    )


def test_changing_a_role_takes_effect_at_once(app, admin_client, viewer_client):
    """A viewer made admin can use the team page on their next request; the change is audited."""
    viewer_id = member(app, VIEWER[0])[0]
    assert viewer_client.get("/admin/team").status_code == 403
    response = admin_client.post(
        f"/admin/team/{viewer_id}/role", data={"csrf_token": token(admin_client), "role": "admin"}
    )
    assert response.status_code == 302
    assert member(app, VIEWER[0])[1] == "admin"
    assert last_event(app) == (
        ADMIN[0],
        "team member role changed",
        VIEWER[0],
        {"role": "admin", "previous": "viewer"},
    )
    assert viewer_client.get("/admin/team").status_code == 200


def test_unknown_members_give_404(admin_client):
    """Rule 3: an id nobody has is not found, for the page and for every change."""
    assert admin_client.get("/admin/team/9999").status_code == 404
    token_ = token(admin_client)
    for action, data in (("role", {"role": "viewer"}), ("deactivate", {}), ("reactivate", {})):
        assert (
            admin_client.post(f"/admin/team/9999/{action}", data={"csrf_token": token_, **data}).status_code
            == 404
        )
