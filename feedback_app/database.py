"""Engine set-up for SQLite's concurrency rules, and the write transaction every service uses."""

from __future__ import annotations

import fcntl
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask import Flask, current_app
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from .extensions import db

IMMEDIATE_OPTION = "sqlite_begin_immediate"
# A connection whose reads are each one statement (the respondent's pages) need no BEGIN on SQLite:
# every statement outside a transaction reads one consistent snapshot of its own.
SINGLE_STATEMENT_READS_OPTION = "sqlite_single_statement_reads"
# app.extensions key: the file whose flock queues this app's writers to a SQLite file database.
WRITE_QUEUE_KEY = "feedback_sqlite_write_queue"
# Whether this thread already holds the queue: a write begun inside another must not wait for itself.
_in_queue = threading.local()


def configure_engine(app: Flask) -> None:
    """Attach SQLite pragmas and explicit BEGIN handling to the app's engine (no-op elsewhere)."""
    with app.app_context():
        engine = db.engine
    if engine.dialect.name != "sqlite":
        return
    busy_ms = int(app.config["SQLITE_BUSY_TIMEOUT_MS"])
    database = engine.url.database
    if database and database != ":memory:" and not database.startswith("file:"):
        app.extensions[WRITE_QUEUE_KEY] = (database + ".write-queue", busy_ms / 1000)

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
        options = conn.get_execution_options()
        if options.get(IMMEDIATE_OPTION, False):
            statement = "BEGIN IMMEDIATE"
        elif options.get(SINGLE_STATEMENT_READS_OPTION, False):
            return
        else:
            statement = "BEGIN"
        # Straight to the driver: exec_driver_sql runs SQLAlchemy's whole statement machinery
        # (events, execution context, result) for a statement that returns nothing, twice per POST.
        driver_connection = conn.connection.driver_connection
        assert driver_connection is not None  # a connection that is beginning is open
        try:
            driver_connection.execute(statement)
        except sqlite3.Error as error:
            # Raised as SQLAlchemy would have (OperationalError for "database is locked"), so the
            # callers' "not saved" handling sees the same exception as for any other statement.
            raise DBAPIError.instance(statement, None, error, sqlite3.Error) from error


def is_sqlite(engine: Engine | None = None) -> bool:
    """True when the app runs on SQLite."""
    return (engine or db.engine).dialect.name == "sqlite"


def _join_write_queue() -> int | None:
    """Wait (polling) for this app's write-queue lock; return its descriptor, or None to go without.

    SQLite's own busy handler sleeps 1, 2, 5, 10, 15... ms between tries, so a worker that finds the
    write lock taken for a fraction of a millisecond idles for milliseconds, and under steady load
    can lose the race several times running. Writers of this app first queue on an flock on a file
    beside the database, polled every 50-500 us, so they take turns almost as soon as the lock is
    free. BEGIN IMMEDIATE and the busy timeout still do the real locking: the queue only orders our
    own writers, and a writer that waits past the busy timeout goes on to BEGIN IMMEDIATE without it
    (which then fails or succeeds exactly as before).
    """
    queue = current_app.extensions.get(WRITE_QUEUE_KEY)
    if queue is None or getattr(_in_queue, "held", False):
        return None
    path, timeout_s = queue
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    deadline = time.monotonic() + timeout_s
    pause = 0.00005
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            _in_queue.held = True
            return fd
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                return None
            time.sleep(pause)
            pause = min(pause * 2, 0.0005)
        except BaseException:
            os.close(fd)
            raise


def _leave_write_queue(queued: int | None) -> None:
    """Release the write-queue lock taken by _join_write_queue, if it was taken."""
    if queued is not None:
        # Closing the descriptor releases the flock, after COMMIT or ROLLBACK has finished.
        _in_queue.held = False
        os.close(queued)


@contextmanager
def write_transaction() -> Iterator[Session]:
    """One all-or-nothing write: BEGIN IMMEDIATE on SQLite, a plain transaction elsewhere."""
    session: Session = db.session()
    if session.in_transaction():
        # Close any read transaction so the write starts fresh with the write lock.
        session.commit()
    queued = _join_write_queue()
    try:
        session.connection(execution_options={IMMEDIATE_OPTION: True})  # type: ignore[misc]
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        _leave_write_queue(queued)


@contextmanager
def write_on(conn: Connection) -> Iterator[Connection]:
    """The same all-or-nothing write on a Core connection the caller holds (and keeps) for a request.

    The respondent's answer POSTs read and write on one connection: the ORM session hands its
    connection back to the pool at the end of the read transaction and checks one out again for
    the write, which costs more than the write's statements.
    """
    if conn.in_transaction():
        conn.commit()  # the read transaction ends; the write takes the lock afresh
    queued = _join_write_queue()
    previous = conn.get_execution_options()
    try:
        conn.execution_options(**{IMMEDIATE_OPTION: True, SINGLE_STATEMENT_READS_OPTION: False})
        with conn.begin():
            yield conn
    finally:
        conn.execution_options(
            **{
                IMMEDIATE_OPTION: False,
                SINGLE_STATEMENT_READS_OPTION: previous.get(SINGLE_STATEMENT_READS_OPTION, False),
            }
        )
        _leave_write_queue(queued)
