"""A job's progress: written to its row as it goes, and comments coded in chunks so it can be told.

The report's coder codes every comment in one call; coded in chunks instead (each comment is coded on
its own, so the result is the same), the job can say "part 3 of 12" and move its bar.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd
from sqlalchemy import Connection, update

from analysis.cache import AnalysisCache, CacheStore
from analysis.text.codebook import Codebook

from ..database import write_transaction
from ..extensions import db
from ..models import ReportJob, utcnow

# Comments coded per chunk: at 100,000 responses that is a bar that moves every second or two, and a
# progress write per chunk costs nothing beside the coding.
CHUNK_COMMENTS = 2000
# The bar's share of each part of the work: coding comments is most of it.
CODING_STARTS, CODING_ENDS = 10, 85


class JobCancelled(Exception):
    """The row is no longer this run's (an erasure failed it, or a later run took it over): store nothing."""


class ProgressWriter:
    """Writes a running job's stage and per cent to its row, on a connection of its own.

    Its own connection leaves the ORM session, which holds the responses being read, alone. Every write
    is to this run's row only (status running, this attempt's number), and counts as a heartbeat too.
    """

    def __init__(self, job_id: int, attempt: int) -> None:
        """Open the connection the progress is written on."""
        self.job_id = job_id
        self.attempt = attempt
        self.percent = 0
        self._conn: Connection = db.engine.connect()

    def __call__(self, stage: str, percent: int) -> None:
        """Record the stage (the bar never goes back); JobCancelled when the row is no longer this run's."""
        self.percent = max(self.percent, min(percent, 99))
        now = utcnow()
        with write_transaction(self._conn) as conn:
            changed = conn.execute(
                update(ReportJob)
                .where(
                    ReportJob.id == self.job_id,
                    ReportJob.status == "running",
                    ReportJob.attempts == self.attempt,
                )
                .values(stage=stage[:120], progress=self.percent, updated_at=now, heartbeat_at=now)
            ).rowcount
        if not changed:
            raise JobCancelled

    def close(self) -> None:
        """Hand the connection back to the pool."""
        self._conn.close()


class ProgressCache(AnalysisCache):
    """The analysis cache, coding comments in chunks and telling the job after each one."""

    def __init__(self, store: CacheStore, progress: ProgressWriter, expected_comments: int) -> None:
        """Code through `store`; `expected_comments` (at least those coded) sizes the bar and the parts."""
        super().__init__(store)
        self.progress = progress
        self.expected = max(expected_comments, 1)
        self.done = 0

    def code(
        self,
        comments: pd.DataFrame,
        codebooks: Sequence[Codebook],
        *,
        text_column: str = "text",
        prompt_column: str | None = "prompt",
    ) -> pd.DataFrame:
        """`AnalysisCache.code`, a chunk at a time, telling the job which part of how many is done."""
        if len(comments) <= CHUNK_COMMENTS:
            return self._code_chunk(comments, codebooks, text_column, prompt_column)
        parts = [
            self._code_chunk(
                comments.iloc[start : start + CHUNK_COMMENTS], codebooks, text_column, prompt_column
            )
            for start in range(0, len(comments), CHUNK_COMMENTS)
        ]
        return pd.concat(parts)

    def _code_chunk(
        self, chunk: pd.DataFrame, codebooks: Sequence[Codebook], text_column: str, prompt_column: str | None
    ) -> pd.DataFrame:
        coded = super().code(chunk, codebooks, text_column=text_column, prompt_column=prompt_column)
        self.done += len(chunk)
        # A pack codes its comments twice (the report, then the theme file, from the cache the first
        # filled), so the count may pass the expected one; the bar then waits at the end of coding.
        parts = math.ceil(self.expected / CHUNK_COMMENTS)
        part = min(math.ceil(self.done / CHUNK_COMMENTS), parts)
        share = min(self.done / self.expected, 1.0)
        percent = CODING_STARTS + round((CODING_ENDS - CODING_STARTS) * share)
        self.progress(f"Coding comments, part {part} of {parts}", percent)
        return coded
