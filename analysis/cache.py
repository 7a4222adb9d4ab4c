"""A file cache of coded comments and chart images, so a report of unchanged data redoes neither.

Each comment's features (themes, rules, sentiment, polarity, redacted text, risk flag) depend only on
its text, the prompt it answered, the codebooks, the engine's own rules and the word lists it reads.
The cache key is a digest of all five, so editing a codebook, a word list or the sentiment rules makes
every affected entry miss by itself, and a cache file can never return features computed by other
rules. A chart image is keyed the same way on the chart's figures and the drawing code.

Where the entries live is a `CacheStore`: a SQLite file here (`SQLiteFileStore`, what the command
line uses), or any other store with the same two calls; the web app keeps them in its database so
every instance shares them and an erasure reaches them (feedback_app/analysis_cache.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .text.lexicon import lexicon_fingerprint

if TYPE_CHECKING:
    import pandas as pd

    from .report.document import Chart
    from .text.codebook import Codebook

# pandas, the text engine and the chart code are imported where they are used, not here: a report
# of unchanged inputs is answered from this cache alone, and importing them would take most of its time.

# The files whose rules and weights decide the features: every module and data file of the text engine
# (its cue modules, name contexts, the learned reading's weights, word lists) and the coding step. Read
# from the folder rather than listed, so a new module can never be left out of the keys.
ENGINE_MODULES = tuple(
    sorted(
        path.relative_to(Path(__file__).resolve().parent).as_posix()
        for path in (Path(__file__).resolve().parent / "text").rglob("*")
        if path.is_file() and path.suffix in {".py", ".json", ".txt", ".yaml"}
    )
)
CHART_MODULES = ("report/charts.py", "report/document.py")
# SQLite limits the variables in one statement; look keys up this many at a time.
LOOKUP_BATCH = 900


@lru_cache(maxsize=2)
def source_fingerprint(modules: tuple[str, ...] = ENGINE_MODULES) -> str:
    """A digest of the named modules' source, so a changed rule invalidates what they computed."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in modules:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def word_lists_fingerprint() -> str:
    """The shipped word lists' digest and the TextBlob version whose lexicons sentiment and redaction read."""
    return f"{lexicon_fingerprint()}; textblob {metadata.version('textblob')}"


def feature_keys(texts: Sequence[str], prompts: Sequence[str], codebooks: Sequence[Codebook]) -> list[str]:
    """One cache key per comment: its text and prompt under these codebooks, engine rules and word lists."""
    # Features also depend on data, not only on our source: the shipped word lists (first names,
    # negators, sentiment words) and the lexicons of the installed TextBlob.
    books = "|".join(codebook.checksum for codebook in codebooks)
    context = f"{source_fingerprint()}|{word_lists_fingerprint()}|{books}"
    return [
        hashlib.sha256(f"{context}\x1f{prompt}\x1f{text}".encode()).hexdigest()[:40]
        for text, prompt in zip(texts, prompts, strict=True)
    ]


def package_fingerprint() -> str:
    """A digest of the whole analysis package (code, codebooks, word lists, learned weights, templates)."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for path in sorted(here.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".yaml", ".txt", ".j2", ".css", ".json"}:
            digest.update(path.relative_to(here).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def report_key(inputs: Sequence[Path], definitions: Sequence[Path], settings: str) -> str:
    """The key of a whole report: the bytes of its inputs and definitions, settings, date and engine.

    The date is part of it because the report says when it was produced.
    """
    digest = hashlib.sha256()
    digest.update(f"{package_fingerprint()}\x1f{settings}\x1f{dt.date.today().isoformat()}".encode())
    for path in [*inputs, *sorted(definitions)]:
        digest.update(b"\x1e" + Path(path).name.encode() + b"\x1f")
        with Path(path).open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


# The tables a store keeps, and their columns after the key (a store maps them to its own names).
FEATURE_TABLE = "feature"
CHART_TABLE = "chart_image"
TABLE_COLUMNS = {
    # The columns analysis.text.coding.CODED_COLUMNS names (not imported here: see the note above).
    FEATURE_TABLE: (
        "themes",
        "theme_stances",
        "theme_sentiments",
        "theme_rules",
        "sentiment",
        "polarity",
        "redacted_text",
        "risk_flag",
        "risk_category",
        "risk_reason",
    ),
    CHART_TABLE: ("png",),
}


# SQLite types of the feature columns that are not text.
_FEATURE_TYPES = {"polarity": "REAL", "risk_flag": "INTEGER"}


class CacheStore(Protocol):
    """Where an AnalysisCache keeps its entries: rows of (key, *columns) in a few named tables."""

    def rows(self, table: str, columns: Sequence[str], keys: Sequence[str]) -> list[tuple[Any, ...]]:
        """(key, *columns) of the table's rows whose key is one of ``keys`` (each distinct key once)."""

    def put(self, table: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """Keep rows of (key, *the table's columns in TABLE_COLUMNS order)."""

    def close(self) -> None:
        """Release whatever the store holds open."""


class SQLiteFileStore:
    """Entries in one SQLite file (created on first use); also keeps the last report's output files."""

    def __init__(self, path: Path) -> None:
        """Open (or create) the cache file."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path)
        columns = TABLE_COLUMNS[FEATURE_TABLE]
        present = [row[1] for row in self._db.execute("PRAGMA table_info(feature)")]
        if present and present != ["key", *columns]:
            # A file written before the engine coded other columns: its entries can never be used.
            self._db.execute("DROP TABLE feature")
        typed = ", ".join(f"{name} {_FEATURE_TYPES.get(name, 'TEXT')}" for name in columns)
        # The column names are this module's constants.
        self._db.execute(f"CREATE TABLE IF NOT EXISTS feature (key TEXT PRIMARY KEY, {typed})")
        self._db.execute("CREATE TABLE IF NOT EXISTS chart_image (key TEXT PRIMARY KEY, png BLOB)")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS report_output "
            "(key TEXT, name TEXT, body BLOB, PRIMARY KEY (key, name))"
        )

    def close(self) -> None:
        """Close the file."""
        self._db.close()

    def rows(self, table: str, columns: Sequence[str], keys: Sequence[str]) -> list[tuple[Any, ...]]:
        """(key, *columns) of the table's rows whose key is one of ``keys``, LOOKUP_BATCH keys a query."""
        found: list[tuple[Any, ...]] = []
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), LOOKUP_BATCH):
            batch = unique[start : start + LOOKUP_BATCH]
            marks = ",".join("?" * len(batch))
            # The table and column names are this module's constants; the keys are bound parameters.
            sql = f"SELECT key, {', '.join(columns)} FROM {table} WHERE key IN ({marks})"  # noqa: S608
            found.extend(self._db.execute(sql, batch).fetchall())
        return found

    def put(self, table: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert or replace the rows, in one transaction."""
        marks = ", ".join("?" * (1 + len(TABLE_COLUMNS[table])))
        with self._db:
            self._db.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", rows)  # noqa: S608

    def stored_report(self, key: str) -> dict[str, bytes] | None:
        """The output files of a report made from exactly the same inputs, if one was kept."""
        rows = self._db.execute("SELECT name, body FROM report_output WHERE key = ?", (key,)).fetchall()
        return {str(name): bytes(body) for name, body in rows} or None

    def store_report(self, key: str, files: dict[str, bytes]) -> None:
        """Keep a report's output files (only the latest report: older ones are of no further use)."""
        with self._db:
            self._db.execute("DELETE FROM report_output")
            self._db.executemany(
                "INSERT INTO report_output VALUES (?, ?, ?)", [(key, n, b) for n, b in files.items()]
            )


class AnalysisCache:
    """Coded comments and chart images kept in a store: a SQLite file when given a path."""

    def __init__(self, store: Path | CacheStore) -> None:
        """Use the store, or open (or create) a cache file at the path."""
        self.store: CacheStore = SQLiteFileStore(store) if isinstance(store, (str, Path)) else store

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def __enter__(self) -> AnalysisCache:
        """Use as a context manager."""
        return self

    def __exit__(self, *_exc: object) -> None:
        """Close on leaving the block."""
        self.close()

    def _file(self) -> SQLiteFileStore:
        if not isinstance(self.store, SQLiteFileStore):
            raise TypeError("whole reports are kept only in a cache file")
        return self.store

    def _rows(self, table: str, columns: Sequence[str], keys: Sequence[str]) -> list[tuple[Any, ...]]:
        return self.store.rows(table, columns, keys)

    def _lookup(self, keys: list[str], columns: Sequence[str]) -> pd.DataFrame:
        import pandas as pd

        found = self._rows(FEATURE_TABLE, columns, keys)
        frame = pd.DataFrame(found, columns=["key", *columns])
        frame["risk_flag"] = frame["risk_flag"].astype(bool)
        return frame.set_index("key")

    def _store(self, keys: Sequence[str], coded: pd.DataFrame) -> None:
        kinds = {"polarity": float, "risk_flag": int}
        values = [
            coded[name].astype(kinds[name]) if name in kinds else coded[name]
            for name in TABLE_COLUMNS[FEATURE_TABLE]
        ]
        self.store.put(FEATURE_TABLE, list(zip(keys, *values, strict=True)))

    def code(
        self,
        comments: pd.DataFrame,
        codebooks: Sequence[Codebook],
        *,
        text_column: str = "text",
        prompt_column: str | None = "prompt",
    ) -> pd.DataFrame:
        """`code_comments`, reading features already cached and coding (then caching) only the rest."""
        import pandas as pd

        # The cached features are exactly the columns the text engine adds to a comment.
        from .text.coding import CODED_COLUMNS, code_comments

        texts = comments[text_column].fillna("").astype(str).tolist()
        prompts = (
            comments[prompt_column].fillna("").astype(str).tolist()
            if prompt_column is not None
            else [""] * len(texts)
        )
        keys = feature_keys(texts, prompts, codebooks)
        cached = self._lookup(keys, CODED_COLUMNS)
        missing = [i for i, key in enumerate(keys) if key not in cached.index]
        parts = [cached]
        if missing:
            fresh = code_comments(
                comments.iloc[missing], codebooks, text_column=text_column, prompt_column=prompt_column
            )
            fresh_keys = [keys[i] for i in missing]
            fresh_features = fresh[list(CODED_COLUMNS)].set_axis(fresh_keys)
            fresh_features = fresh_features[~fresh_features.index.duplicated()]
            self._store(fresh_features.index.tolist(), fresh_features)
            parts = [part for part in (cached, fresh_features) if not part.empty]
        features = pd.concat(parts) if len(parts) > 1 else parts[0]
        features = features.loc[keys, list(CODED_COLUMNS)].set_axis(comments.index)
        features["polarity"] = features["polarity"].astype(float)
        features["risk_flag"] = features["risk_flag"].astype(bool)
        return pd.concat([comments, features], axis=1)

    def chart_pngs(self, charts: Sequence[Chart]) -> list[bytes]:
        """`analysis.report.charts.chart_pngs`, drawing only the distinct charts not drawn before."""
        from .report.charts import chart_pngs

        context = source_fingerprint(CHART_MODULES)
        keys = [hashlib.sha256(f"{context}\x1f{chart!r}".encode()).hexdigest()[:40] for chart in charts]
        found = {str(key): bytes(png) for key, png in self._rows(CHART_TABLE, ["png"], keys)}
        missing = {key: chart for key, chart in zip(keys, charts, strict=True) if key not in found}
        if missing:
            drawn = dict(zip(missing, chart_pngs(list(missing.values())), strict=True))
            self.store.put(CHART_TABLE, list(drawn.items()))
            found.update(drawn)
        return [found[key] for key in keys]

    def stored_report(self, key: str) -> dict[str, bytes] | None:
        """The output files of a report made from exactly the same inputs, if one was kept (file only)."""
        return self._file().stored_report(key)

    def store_report(self, key: str, files: dict[str, bytes]) -> None:
        """Keep a report's output files in the cache file (only the latest report)."""
        self._file().store_report(key, files)
