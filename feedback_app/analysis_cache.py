"""Where the analysis engine caches coded comments and charts, and dropping it when responses go."""

from __future__ import annotations

from pathlib import Path

from flask import current_app


def analysis_cache_path() -> Path:
    """Where coded comments and charts are cached between reports: the instance folder, never the repo."""
    return Path(current_app.instance_path) / "analysis-cache.sqlite3"


def drop_analysis_cache() -> None:
    """Delete the cache after responses are erased or purged, so no trace of their text outlives them.

    The cache holds each coded comment's redacted text; rebuilding it costs one slower report.
    """
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{analysis_cache_path()}{suffix}").unlink(missing_ok=True)
