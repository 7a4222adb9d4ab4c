"""Team members and signed-in clients for the admin tests."""

from __future__ import annotations

from typing import Any

import pytest

from feedback_app.team.accounts import create_member
from tests.conftest import csrf_from

ADMIN = ("admin@example.nhs.uk", "Ada Admin", "admin", "copper kettle marmalade 42")
VIEWER = ("viewer@example.nhs.uk", "Vic Viewer", "viewer", "lantern orchard pebble 77")


@pytest.fixture
def members(app: Any) -> None:
    """One admin and one viewer."""
    with app.app_context():
        for email, name, role, password in (ADMIN, VIEWER):
            create_member(email, name, role, password)


def sign_in(client: Any, email: str, password: str) -> Any:
    """Sign in through the form, as a person would."""
    page = client.get("/admin/sign-in")
    token = csrf_from(page.get_data(as_text=True))
    return client.post("/admin/sign-in", data={"csrf_token": token, "email": email, "password": password})


@pytest.fixture
def admin_client(app: Any, members: None) -> Any:
    """A client signed in as an admin."""
    client = app.test_client()
    assert sign_in(client, ADMIN[0], ADMIN[3]).status_code == 302
    return client


@pytest.fixture
def viewer_client(app: Any, members: None) -> Any:
    """A client signed in as a viewer."""
    client = app.test_client()
    assert sign_in(client, VIEWER[0], VIEWER[3]).status_code == 302
    return client
