"""Shared fixtures: the app on SQLite (and PostgreSQL when TEST_DATABASE_URL is set), its client and CLI."""

from __future__ import annotations

import io
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


def _blank_a4_pdf() -> bytes:
    """A valid one-page A4 PDF with nothing on it."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


class _PdfLayout:
    """Lays the report's PDF out only for the tests marked `pdf`, the ones that read it.

    WeasyPrint takes 10-30 s of CPU for a demo report, and most tests that write a report or an analysis
    pack read only its other files; for them a blank A4 page stands in, so the same files are written.
    The tests marked `pdf` (tests/analysis/test_report_documents.py, test_report_pages.py, the pack's and
    the job's PDF) lay out the real one, and the browser tests' servers, other processes, always do.
    """

    real = True
    stand_in = _blank_a4_pdf()

    def __init__(self) -> None:
        import analysis.report.pdf as report_pdf
        import feedback_app.insights.pack as pack

        self.render = report_pdf.render_pdf
        report_pdf.render_pdf = pack.render_pdf = self

    def __call__(self, doc: Any) -> bytes:
        """The real PDF for a test that reads it, the blank page for any other."""
        return bytes(self.render(doc)) if self.real else self.stand_in


_PDF_LAYOUT = _PdfLayout()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before a test's fixtures are made: whether its reports get their real PDF (marker `pdf`)."""
    _PDF_LAYOUT.real = item.get_closest_marker("pdf") is not None


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
