"""Engine set-up for SQLite's concurrency rules, and the write transaction every service uses."""

from __future__ import annotations

import fcntl
import math
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar, overload

from flask import Flask, current_app
from sqlalchemy import Row, Select, event, func, select, text
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import Executable

from .extensions import db

IMMEDIATE_OPTION = "sqlite_begin_immediate"
# A connection whose reads are each one statement (the respondent's pages) need no BEGIN on SQLite:
# every statement outside a transaction reads one consistent snapshot of its own.
SINGLE_STATEMENT_READS_OPTION = "sqlite_single_statement_reads"
# app.extensions key: the file whose flock queues this app's writers to a SQLite file database.
WRITE_QUEUE_KEY = "feedback_sqlite_write_queue"
# Whether this thread already holds the queue: a write begun inside another must not wait for itself.
_in_queue = threading.local()
T = TypeVar("T")


@dataclass(frozen=True)
class ResultPage(Generic[T]):
    """One page of a listing (responses, audit events): its items, the total, and where it falls."""

    items: list[T]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        """How many pages there are (at least one, even when empty)."""
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def first_number(self) -> int:
        """The position of the first item on this page, counting from 1."""
        return (self.page - 1) * self.per_page + 1 if self.items else 0

    @property
    def last_number(self) -> int:
        """The position of the last item on this page."""
        return (self.page - 1) * self.per_page + len(self.items)


def page_rows(query: Select[Any], page: int, per_page: int) -> tuple[list[Row[Any]], int, int]:
    """One page of an ordered query's rows, the total row count, and the page number kept in range."""
    total = int(db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0)
    page = min(max(1, page), max(1, math.ceil(total / per_page)))
    rows = db.session.execute(query.offset((page - 1) * per_page).limit(per_page)).all()
    return list(rows), total, page


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
        # Deleted rows are overwritten with zeros, not left in free pages: an erased answer must not
        # stay readable in the file (docs/quality.md rule 29).
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A deferred transaction that later writes fails with "database is locked" when another
        # worker got there first; IMMEDIATE takes the write lock up front and waits its turn.
        driver_connection = conn.connection.driver_connection
        if driver_connection is not None and driver_connection.in_transaction:
            return  # write_transaction began it on the driver already
        options = conn.get_execution_options()
        if options.get(IMMEDIATE_OPTION, False):
            statement = "BEGIN IMMEDIATE"
        elif options.get(SINGLE_STATEMENT_READS_OPTION, False):
            return
        else:
            statement = "BEGIN"
        # Straight to the driver: exec_driver_sql runs SQLAlchemy's whole statement machinery
        # (events, execution context, result) for a statement that returns nothing, twice per POST.
        _driver_execute(conn, statement)


def _driver_execute(conn: Connection, sql: str, values: Sequence[Any] = ()) -> sqlite3.Cursor:
    """Run SQL on the SQLite driver's own connection, raising errors as SQLAlchemy would.

    OperationalError for "database is locked", and so on: the callers' "not saved" handling then
    sees the same exception as for a statement run through SQLAlchemy.
    """
    driver_connection = conn.connection.driver_connection
    assert driver_connection is not None  # an open connection
    try:
        return driver_connection.execute(sql, values)  # type: ignore[no-any-return]
    except sqlite3.Error as error:
        raise DBAPIError.instance(sql, list(values), error, sqlite3.Error) from error


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


@overload
def write_transaction() -> AbstractContextManager[Session]: ...


@overload
def write_transaction(conn: Connection) -> AbstractContextManager[Connection]: ...


def write_transaction(conn: Connection | None = None) -> AbstractContextManager[Session | Connection]:
    """One all-or-nothing write, the only way anything is written: BEGIN IMMEDIATE on SQLite.

    Without `conn`, the write runs on the ORM session. With `conn`, it runs on a Core connection the
    caller holds for a whole request: the respondent's answer POSTs read and write on one
    connection, since the ORM session hands its connection back to the pool after the read and
    checks one out again for the write, which costs more than the write's statements. On SQLite
    that write takes the lock with BEGIN IMMEDIATE on the driver itself, so DriverStatements (and
    Core statements) run inside without SQLAlchemy's transaction machinery around them.
    """
    if conn is None:
        return _session_write()
    if conn.dialect.name == "sqlite":
        return _sqlite_connection_write(conn)
    return _connection_write(conn)


@contextmanager
def _session_write() -> Iterator[Session]:
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
def _connection_write(conn: Connection) -> Iterator[Connection]:
    if conn.in_transaction():
        conn.commit()  # the read transaction ends; the write starts afresh
    with conn.begin():
        yield conn


@contextmanager
def _sqlite_connection_write(conn: Connection) -> Iterator[Connection]:
    if conn.in_transaction():
        conn.commit()  # the read transaction ends; the write takes the lock afresh
    queued = _join_write_queue()
    try:
        _driver_execute(conn, "BEGIN IMMEDIATE")
        try:
            yield conn
            if conn.in_transaction():
                conn.commit()  # a Core statement inside opened SQLAlchemy's side of the transaction
            else:
                _driver_execute(conn, "COMMIT")
        except BaseException:
            if conn.in_transaction():
                conn.rollback()
            else:
                # The driver's rollback does nothing if SQLite already rolled the transaction back.
                driver_connection = conn.connection.driver_connection
                assert driver_connection is not None  # an open connection
                driver_connection.rollback()
            raise
    finally:
        _leave_write_queue(queued)


def checkpoint_wal() -> bool:
    """On SQLite, copy the WAL into the database file and empty it; True when nothing is left in it.

    Run after an erasure commits: until a checkpoint, the WAL keeps the pages as they were before,
    with the erased text (docs/quality.md rule 29). TRUNCATE waits (up to the busy timeout) for
    readers still using those pages, then cuts the WAL to nothing.
    """
    if db.engine.dialect.name != "sqlite":
        return True
    with db.engine.connect() as conn:
        # On the driver, outside any transaction: a checkpoint cannot finish inside one.
        busy, _frames, _copied = _driver_execute(conn, "PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy


def healthy() -> tuple[bool, str]:
    """Whether the database answers and takes writes, and in a word why not (the error's type)."""
    try:
        # On SQLite a held write lock does not stop reads (WAL), so ask for the write lock too:
        # BEGIN IMMEDIATE fails after the busy timeout exactly when a submission would.
        with write_transaction() as session:
            session.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        return False, type(exc).__name__
    return True, "ok"


def request_connection() -> Connection:
    """A Core connection for one respondent request's reads and its write (see write_transaction).

    Its reads are single statements (questionnaire and draft in one query), so on SQLite they need
    no transaction: each statement reads one consistent snapshot of its own.
    """
    return db.engine.connect().execution_options(**{SINGLE_STATEMENT_READS_OPTION: True})


class _Compiled(NamedTuple):
    sql: str
    names: tuple[str, ...]
    fixed: dict[str, Any]
    processors: list[Callable[[Any], Any] | None]


class DriverStatement:
    """A Core statement that runs straight on SQLite's own cursor, and through Core elsewhere.

    For the respondent's hottest statements (the read of questionnaire and draft every page makes,
    and the merge of a page's answers): for a one-row statement, SQLAlchemy's execution context,
    events and result objects cost several times SQLite's own work. The SQL is SQLAlchemy's own
    compilation of the statement, and each value read is converted by its column type's own result
    processor, so rows come back as they would through Core. Driver errors are raised as
    SQLAlchemy's, so the "not saved" handling is the same.
    """

    def __init__(self, statement: Executable) -> None:
        self.statement = statement
        self._compiled: dict[int, _Compiled] = {}

    def _compile(self, dialect: Dialect) -> _Compiled:
        compiled = self.statement.compile(dialect=dialect)  # type: ignore[attr-defined]
        columns = getattr(self.statement, "selected_columns", ())
        entry = _Compiled(
            compiled.string,
            tuple(compiled.positiontup or ()),
            # Values the statement carries itself (literals SQLAlchemy turned into parameters).
            {name: value for name, value in compiled.params.items() if value is not None},
            [column.type.dialect_impl(dialect).result_processor(dialect, None) for column in columns],
        )
        self._compiled = {id(dialect): entry}
        return entry

    def _run(self, conn: Connection, params: Mapping[str, Any]) -> tuple[sqlite3.Cursor, _Compiled]:
        compiled = self._compiled.get(id(conn.dialect)) or self._compile(conn.dialect)
        values = [params[name] if name in params else compiled.fixed[name] for name in compiled.names]
        return _driver_execute(conn, compiled.sql, values), compiled

    def first(self, conn: Connection, params: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """The first row, its values converted as Core converts them, or None."""
        if conn.dialect.name != "sqlite":
            row = conn.execute(self.statement, params).first()
            return None if row is None else tuple(row)
        cursor, compiled = self._run(conn, params)
        raw = cursor.fetchone()
        cursor.close()
        if raw is None:
            return None
        return tuple(
            value if process is None or value is None else process(value)
            for value, process in zip(raw, compiled.processors, strict=True)
        )

    def rowcount(self, conn: Connection, params: Mapping[str, Any]) -> int:
        """Run a write; how many rows it changed."""
        if conn.dialect.name != "sqlite":
            return int(conn.execute(self.statement, params).rowcount)
        cursor, _ = self._run(conn, params)
        count = cursor.rowcount
        cursor.close()
        return int(count)
