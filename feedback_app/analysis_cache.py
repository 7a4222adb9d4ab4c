"""The web app's analysis cache: in the application database, shared by every instance, dropped on erasure.

Coded comments hold each comment's redacted text, so they must go wherever the comment goes. Kept in
the database rather than a file per instance, one erasure or purge deletes them for every instance, in
the same transaction as the answers (docs/quality.md rule 29). The analysis package stays pure: it
sees a `CacheStore` (analysis/cache.py), and the command line keeps its own cache file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from flask import current_app
from sqlalchemy import Table, delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from analysis.cache import CHART_TABLE, FEATURE_TABLE, LOOKUP_BATCH, TABLE_COLUMNS, AnalysisCache

from .database import SINGLE_STATEMENT_READS_OPTION, checkpoint_wal, write_transaction
from .extensions import db
from .models import AnalysisCacheState, AnalysisChart, AnalysisFeature, ReportJob, utcnow

TABLES: dict[str, Table] = {
    FEATURE_TABLE: AnalysisFeature.__table__,
    CHART_TABLE: AnalysisChart.__table__,
}
# The file each instance kept before the cache moved into the database; removed wherever it is left.
LEGACY_FILE = "analysis-cache.sqlite3"
ERASED_DURING_JOB = (
    "Responses were deleted after this was asked for, and the file may have held them. Start it again."
)
_GENERATION = select(AnalysisCacheState.generation).where(AnalysisCacheState.id == 1)


class DatabaseCacheStore:
    """The analysis cache's tables in the application database (a `CacheStore`)."""

    def __init__(self) -> None:
        """Note the cache's generation before the analysis reads any response.

        Read on the ORM session, in the same snapshot (SQLite) or before (PostgreSQL) the responses
        are read: if an erasure commits in between, the generation differs when the coded comments
        are stored, and they are not, so a report begun before an erasure cannot put its text back.
        """
        self.generation = db.session.scalar(_GENERATION)
        # The entries are read and written on a connection of their own, each read a statement with a
        # fresh snapshot, so a second lookup in the same request finds what the first one stored.
        self._conn = db.engine.connect().execution_options(**{SINGLE_STATEMENT_READS_OPTION: True})

    def rows(self, table: str, columns: Sequence[str], keys: Sequence[str]) -> list[tuple[Any, ...]]:
        """(key, *columns) of the rows whose key is one of ``keys``, LOOKUP_BATCH keys a query."""
        found: list[tuple[Any, ...]] = []
        stored = TABLES[table]
        wanted = [stored.c.key, *(stored.c[name] for name in columns)]
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), LOOKUP_BATCH):
            batch = unique[start : start + LOOKUP_BATCH]
            found.extend(
                tuple(row) for row in self._conn.execute(select(*wanted).where(stored.c.key.in_(batch)))
            )
        if self._conn.in_transaction():
            self._conn.commit()  # PostgreSQL: end the read, holding no snapshot while the analysis runs
        return found

    def put(self, table: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """Store the rows (a key another instance stored meanwhile is kept), unless the cache was dropped."""
        if not rows:
            return
        stored = TABLES[table]
        names = ("key", *TABLE_COLUMNS[table])
        values = [dict(zip(names, row, strict=True)) for row in rows]
        make_insert = pg_insert if db.engine.dialect.name == "postgresql" else sqlite_insert
        with write_transaction(self._conn) as conn:
            # FOR SHARE: a drop (which updates this row first) waits for this write, or this write sees it.
            current = conn.scalar(_GENERATION.with_for_update(read=True))
            if current != self.generation:
                return  # dropped since this report began: what it coded may hold erased text
            conn.execute(make_insert(stored).on_conflict_do_nothing(index_elements=["key"]), values)

    def close(self) -> None:
        """Hand the connection back to the pool."""
        self._conn.close()


def open_analysis_cache() -> AnalysisCache:
    """The analysis cache every instance shares."""
    return AnalysisCache(DatabaseCacheStore())


def drop_analysis_cache(session: Session) -> None:
    """Delete every cached comment and chart, inside the erasure's or purge's own write transaction.

    The generation goes up first: on PostgreSQL that waits for a store already under way, and makes
    any report begun earlier skip storing what it coded.
    """
    session.execute(update(AnalysisCacheState).values(generation=AnalysisCacheState.generation + 1))
    session.execute(delete(AnalysisFeature))
    session.execute(delete(AnalysisChart))
    # A report or pack made, or being made, may hold what is being erased: its file goes, and a job
    # under way stores nothing (its next progress write finds it failed and stops).
    session.execute(
        update(ReportJob)
        .where(ReportJob.status.in_(("running", "done")))
        .values(status="failed", error=ERASED_DURING_JOB, result=None, finished_at=utcnow())
    )


def wipe_erased_copies() -> None:
    """After an erasure or purge commits: no copy left in SQLite's WAL, and no old cache file on disk."""
    checkpoint_wal()
    legacy = Path(current_app.instance_path) / LEGACY_FILE
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{legacy}{suffix}").unlink(missing_ok=True)
