"""Settings that keep promises on their own: cookie flags, trusted hosts, the production secret key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from feedback_app import create_app
from feedback_app.config import is_placeholder_secret


def _session_cookie(client: Any) -> str:
    """The Set-Cookie header of the session, set by the first form page a respondent opens."""
    response = client.get("/q/patient-experience/page/1")
    assert response.status_code == 200
    cookies = [
        value for value in response.headers.getlist("Set-Cookie") if value.startswith("feedback_session=")
    ]
    assert cookies, "the form page set no session cookie"
    return cookies[0]


def test_session_cookie_is_httponly_and_samesite_lax(client: Any) -> None:
    """docs/quality.md rule 4: scripts cannot read the session cookie and other sites cannot send it."""
    cookie = _session_cookie(client)
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" not in cookie


def test_session_cookie_is_secure_when_served_over_https(app: Any) -> None:
    """docs/quality.md rule 4: with SESSION_COOKIE_SECURE on, the cookie travels over HTTPS only."""
    app.config["SESSION_COOKIE_SECURE"] = True
    cookie = _session_cookie(app.test_client())
    assert "; Secure" in cookie


def test_unknown_host_is_refused_when_trusted_hosts_are_set(app: Any) -> None:
    """docs/quality.md rule 9: a Host header outside TRUSTED_HOSTS gets a 400 and no page."""
    app.config["TRUSTED_HOSTS"] = ["feedback.example.nhs.uk"]
    client = app.test_client()
    refused = client.get("/", headers={"Host": "attacker.example"})
    assert refused.status_code == 400
    assert b"Assistant Practitioners" not in refused.data
    assert client.get("/", headers={"Host": "feedback.example.nhs.uk"}).status_code == 200


@pytest.mark.parametrize("secret", ["", "change-me", "replace-with-a-long-random-value", "short-key"])
def test_production_refuses_a_missing_or_placeholder_secret_key(
    secret: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/quality.md rule 10: production does not start with a secret key anyone could guess."""
    monkeypatch.setenv("FEEDBACK_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", secret)
    monkeypatch.setenv("INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'feedback.sqlite3'}")
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app()
    assert not (tmp_path / "secret_key").exists()


def test_production_starts_with_a_real_secret_key_and_no_debugger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/quality.md rule 10: a long random key is accepted, and production never debugs."""
    key = "9f2c" * 16
    assert not is_placeholder_secret(key)
    monkeypatch.setenv("FEEDBACK_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", key)
    monkeypatch.setenv("INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'feedback.sqlite3'}")
    app = create_app()
    assert app.config["SECRET_KEY"] == key
    assert app.config["DEBUG"] is False
    assert app.config["PROPAGATE_EXCEPTIONS"] is False
