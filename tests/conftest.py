"""Shared fixtures: the app on SQLite (and PostgreSQL when TEST_DATABASE_URL is set), its client and CLI."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, make_url, text

from feedback_app.extensions import db
from tests.helpers import DATABASES, PG_URL, make_app, pg_sqlalchemy_url, with_driver

# No example may fail for taking long: the properties drive the app, on a machine others share.
settings.register_profile("suite", deadline=None)
settings.load_profile("suite")


def _create_worker_database() -> None:
    """Create this xdist worker's PostgreSQL database if it does not exist yet."""
    target = make_url(pg_sqlalchemy_url())
    base = with_driver(PG_URL)
    if target.database == base.database:
        return
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": target.database}
        ).first()
        if exists is None:
            conn.execute(text(f'CREATE DATABASE "{target.database}"'))
    engine.dispose()


def pytest_sessionstart(session: pytest.Session) -> None:
    """With REQUIRE_POSTGRES set, an unreachable PostgreSQL fails the run instead of skipping."""
    if os.environ.get("REQUIRE_POSTGRES") and not PG_URL:
        raise pytest.UsageError("REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not")
    if PG_URL:
        try:
            _create_worker_database()
            engine = create_engine(pg_sqlalchemy_url())
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            engine.dispose()
        except Exception as exc:
            raise pytest.UsageError(f"PostgreSQL at TEST_DATABASE_URL did not answer: {exc}") from exc


@pytest.fixture(params=DATABASES)
def database(request: pytest.FixtureRequest) -> str:
    """Each database test runs on SQLite and, when configured, on PostgreSQL."""
    return str(request.param)


@pytest.fixture
def app(database: str, tmp_path: Path) -> Iterator[Any]:
    """The app, with CSRF on (as in production) and the shipped questionnaires loaded."""
    application = make_app(database, tmp_path)
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def client(app: Any) -> Any:
    """A test client with a cookie jar."""
    return app.test_client()


@pytest.fixture
def runner(app: Any) -> Any:
    """A CLI runner for the app's commands."""
    return app.test_cli_runner()
