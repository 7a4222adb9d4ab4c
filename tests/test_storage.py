"""Storage reliability: migrations agree with the models and keep rows; a backup under load is sound."""

from __future__ import annotations

import io
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import func, select

from feedback_app import create_app
from feedback_app.config import PROJECT_ROOT
from feedback_app.extensions import db
from feedback_app.models import Response
from feedback_app.questionnaires.store import get_by_slug, load_folder
from feedback_app.responses.exports import write_csv
from tests.helpers import HANG_SECONDS, QUESTIONNAIRES, answer_patient, make_app, pg_sqlalchemy_url

MIGRATIONS = str(PROJECT_ROOT / "migrations")


def _migrated_app(database: str, tmp_path: Path) -> Any:
    """An app whose empty database was brought to head by the migrations alone (no create_all)."""
    instance = tmp_path / "instance"
    instance.mkdir(exist_ok=True)
    url = f"sqlite:///{instance / 'migrated.sqlite3'}" if database == "sqlite" else pg_sqlalchemy_url()
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret-key-not-for-production-0123456789",
            "SQLALCHEMY_DATABASE_URI": url,
            "QUESTIONNAIRE_DIR": str(QUESTIONNAIRES),
        }
    )
    with app.app_context():
        db.drop_all()
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        upgrade(directory=MIGRATIONS)
    return app


def test_migrations_from_empty_agree_with_the_models(database, tmp_path):
    """Upgrading an empty database gives exactly the schema the models describe."""
    app = _migrated_app(database, tmp_path)
    with app.app_context(), db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), db.metadata)
    assert differences == []


def test_upgrading_in_the_apps_process_leaves_its_logger_working(database, tmp_path):
    """`flask init-db` runs in the app's process: the app's log lines (failed alerts) still arrive after."""
    app = make_app(database, tmp_path)
    assert not app.logger.disabled  # the logger exists before the migrations read their logging file
    _migrated_app(database, tmp_path)
    arrived: list[str] = []
    handler = logging.Handler(logging.ERROR)
    handler.emit = lambda record: arrived.append(record.getMessage())  # type: ignore[method-assign]
    logging.getLogger().addHandler(handler)
    try:
        app.logger.error("safeguarding alert not sent: ConnectionRefusedError")
    finally:
        logging.getLogger().removeHandler(handler)
    assert arrived == ["safeguarding alert not sent: ConnectionRefusedError"]


def test_upgrade_from_the_previous_release_keeps_every_row(database, tmp_path):
    """Responses stored under the previous schema are all there, unchanged, after the upgrade."""
    app = _migrated_app(database, tmp_path)
    with app.app_context():
        _outcomes, errors = load_folder(QUESTIONNAIRES)
        assert not errors
    client = app.test_client()
    for _ in range(3):
        assert answer_patient(client).status_code == 303
    with app.app_context():
        before = _export("patient-experience")
        # The export's read ends first: on PostgreSQL, dropping a table that refers to `response`
        # (flagged_comment) waits for every open transaction that read `response`.
        db.session.remove()
        downgrade(directory=MIGRATIONS, revision="0001")
        upgrade(directory=MIGRATIONS)
        assert _export("patient-experience") == before
        assert db.session.scalar(select(func.count()).select_from(Response)) == 3


def _export(slug: str) -> str:
    questionnaire = get_by_slug(slug)
    assert questionnaire is not None
    out = io.StringIO()
    write_csv(questionnaire, out)
    return out.getvalue()


def test_backup_taken_under_load_is_sound_and_restores_the_same_export(app, client, tmp_path):
    """SQLite's online backup, taken while respondents submit, passes integrity_check; restored, it
    exports exactly what the live database exports once the load has stopped."""
    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        return  # PostgreSQL backups are pg_dump's business, not the app's
    live = Path(app.config["SQLALCHEMY_DATABASE_URI"].removeprefix("sqlite:///"))
    stop = threading.Event()
    # Set once a submission is in (or the respondent failed): the backups wait for the load, not
    # for the scheduler to have given the respondent's thread a turn.
    loaded = threading.Event()
    errors: list[BaseException] = []

    def respondents() -> None:
        other = app.test_client()
        try:
            while not stop.is_set():
                assert answer_patient(other).status_code == 303
                loaded.set()
        except BaseException as error:  # reported below, in the test's own thread
            errors.append(error)
        finally:
            loaded.set()

    worker = threading.Thread(target=respondents)
    worker.start()
    try:
        assert loaded.wait(timeout=HANG_SECONDS)
        during = tmp_path / "during.sqlite3"
        for _ in range(3):
            with sqlite3.connect(live) as source, sqlite3.connect(during) as target:
                source.backup(target, pages=4)
            with sqlite3.connect(during) as check:
                assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        stop.set()
        worker.join()
    assert not errors
    after = tmp_path / "after.sqlite3"
    with sqlite3.connect(live) as source, sqlite3.connect(after) as target:
        source.backup(target)
    with app.app_context():
        expected = _export("patient-experience")
        assert db.session.scalar(select(func.count()).select_from(Response)) > 0
    restored = create_app({**app.config, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{after}"})
    with restored.app_context():
        assert _export("patient-experience") == expected
