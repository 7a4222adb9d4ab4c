"""Team members and signed-in clients for the admin tests."""

from __future__ import annotations

from typing import Any

import pytest

from feedback_app.team.accounts import create_member
from tests.helpers import ADMIN, VIEWER, sign_in


@pytest.fixture
def members(app: Any) -> None:
    """One admin and one viewer."""
    with app.app_context():
        for email, name, role, password in (ADMIN, VIEWER):
            create_member(email, name, role, password)


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
