"""Engine set-up for SQLite's concurrency rules, and the write transaction every service uses."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from .extensions import db

IMMEDIATE_OPTION = "sqlite_begin_immediate"


def configure_engine(app: Flask) -> None:
    """Attach SQLite pragmas and explicit BEGIN handling to the app's engine (no-op elsewhere)."""
    with app.app_context():
        engine = db.engine
    if engine.dialect.name != "sqlite":
        return
    busy_ms = int(app.config["SQLITE_BUSY_TIMEOUT_MS"])

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself, so writes can ask for BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A deferred transaction that later writes fails with "database is locked" when another
        # worker got there first; IMMEDIATE takes the write lock up front and waits its turn.
        immediate = conn.get_execution_options().get(IMMEDIATE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def is_sqlite(engine: Engine | None = None) -> bool:
    """True when the app runs on SQLite."""
    return (engine or db.engine).dialect.name == "sqlite"


@contextmanager
def write_transaction() -> Iterator[Session]:
    """One all-or-nothing write: BEGIN IMMEDIATE on SQLite, a plain transaction elsewhere."""
    session: Session = db.session()
    if session.in_transaction():
        # Close any read transaction so the write starts fresh with the write lock.
        session.commit()
    session.connection(execution_options={IMMEDIATE_OPTION: True})  # type: ignore[misc]
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
