"""Read the web app's tidy export (CSV or XLSX) back into a DataFrame of text cells.

The export (``feedback_app/exports.py``) has one row per response: ``questionnaire, version,
reference, submitted_on, link_code``, the link tags ``event, event_date, region, cohort, setting``,
then one column per answer key. Multiple-choice answers are ``;``-joined, likert grid answers sit in
``<key>.<statement>`` columns and "please specify" text in ``<key>_other``.

Every cell comes back as text, with ``""`` for no answer. Two export quirks are undone here:

* cells starting with ``= + - @`` (or a tab or carriage return) were prefixed with an apostrophe so
  a spreadsheet would not run them as formulas; the apostrophe is removed again;
* a questionnaire whose answer key equals a tag name (``region``, ``cohort``, ``setting``) gives two
  columns of that name, the link tag first; the answer keeps the name and the tag moves to
  ``link:<name>`` (a name no question key can take), so the question's figures count only what
  respondents answered while breakdowns can still fall back on the link's tag.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

BASE_COLUMNS: tuple[str, ...] = ("questionnaire", "version", "reference", "submitted_on", "link_code")
TAG_COLUMNS: tuple[str, ...] = ("event", "event_date", "region", "cohort", "setting")
FRONT_COLUMNS: tuple[str, ...] = BASE_COLUMNS + TAG_COLUMNS
# A question key is lower-case letters, digits and underscores, so this prefix can never name one.
LINK_TAG_PREFIX = "link:"
CHUNK_ROWS = 50_000
_NEUTRALISED = r"^'[=+\-@\t\r]"


class ExportError(ValueError):
    """An export file that cannot be analysed; the message says which file and why."""


def _unneutralise(series: pd.Series) -> pd.Series:
    """Drop the apostrophe the export put before formula-like cells (vectorised)."""
    mask = series.str.contains(_NEUTRALISED, regex=True, na=False)
    if not mask.any():
        return series
    return series.mask(mask, series.str.slice(1))


def _merge_duplicates(frame: pd.DataFrame) -> pd.DataFrame:
    """Separate same-named columns: a tag repeated by an answer moves to ``link:<tag>``; others merge.

    Any other repeated name (a hand-made file) collapses into one column, the last non-empty value
    winning.
    """
    names = list(frame.columns)
    if len(set(names)) == len(names):
        return frame
    merged: dict[str, pd.Series] = {}
    for position, name in enumerate(names):
        column = frame.iloc[:, position]
        if name not in merged:
            merged[name] = column
        elif name in TAG_COLUMNS and LINK_TAG_PREFIX + name not in merged:
            # The export writes the link's tags before the answers: the earlier column is the tag.
            merged[LINK_TAG_PREFIX + name] = merged[name]
            merged[name] = column
        else:
            merged[name] = column.where(column != "", merged[name])
    return pd.DataFrame(merged, index=frame.index)


def answer_or_tag(frame: pd.DataFrame, tag: str) -> pd.Series:
    """Per response, the answer to a question keyed like the link tag if given, else the link's tag.

    >>> answer_or_tag(pd.DataFrame({"region": ["north_west", ""], "link:region": ["NW", "NE"]}), "region")
    0    north_west
    1            NE
    Name: region, dtype: object
    """
    values = frame[tag] if tag in frame.columns else pd.Series("", index=frame.index, dtype=object)
    link = LINK_TAG_PREFIX + tag
    if link in frame.columns:
        return values.where(values != "", frame[link])
    return values


def normalise_frame(frame: pd.DataFrame, source: str = "<frame>") -> pd.DataFrame:
    """Make any tidy frame (from a file or the web app's database) all-text with ``""`` for blanks.

    >>> normalise_frame(pd.DataFrame({"questionnaire": ["s"], "version": [1], "reference": ["R"],
    ...     "submitted_on": ["2024-01-02"], "link_code": [None]})).loc[0, "version"]
    '1'
    """
    frame = _merge_duplicates(frame)
    missing = [c for c in BASE_COLUMNS if c not in frame.columns]
    if missing:
        raise ExportError(f"{source}: not a tidy export: missing column(s) {', '.join(missing)}")
    frame = frame.copy()
    for tag in TAG_COLUMNS:
        if tag not in frame.columns:
            frame[tag] = ""
    for name in frame.columns:
        column = frame[name]
        if column.dtype != object or column.isna().any():
            # Whole numbers read from XLSX come back as floats: keep them looking like the CSV.
            if pd.api.types.is_float_dtype(column) and (column.dropna() % 1 == 0).all():
                column = column.astype("Int64")
            frame[name] = column.astype(object).where(column.notna(), "").astype(str)
    ordered = [*FRONT_COLUMNS, *(c for c in frame.columns if c not in FRONT_COLUMNS)]
    return frame[ordered].reset_index(drop=True)


def _dedupe_names(header: Iterable[str]) -> list[str]:
    """Unique placeholder names for reading; :func:`_merge_duplicates` restores the real ones."""
    seen: dict[str, int] = {}
    names = []
    for name in header:
        count = seen.get(name, 0)
        seen[name] = count + 1
        names.append(name if count == 0 else f"{name}\x00{count}")
    return names


def _read_csv(path: Path) -> pd.DataFrame:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle), None)
            if not header:
                raise ExportError(f"{path}: the file is empty")
            header = [h[1:] if h[:1] == "'" and h[1:2] in "=+-@" and len(h) > 1 else h for h in header]
            placeholder = _dedupe_names(header)
            handle.seek(0)
            chunks = pd.read_csv(
                handle,
                header=0,
                names=placeholder,
                dtype=str,
                keep_default_na=False,
                na_filter=False,
                encoding="utf-8-sig",
                chunksize=CHUNK_ROWS,
                engine="c",
            )
            parts = []
            for chunk in chunks:
                for name in chunk.columns:
                    chunk[name] = _unneutralise(chunk[name])
                parts.append(chunk)
    except UnicodeDecodeError as exc:
        raise ExportError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except (pd.errors.ParserError, csv.Error, ValueError) as exc:
        if isinstance(exc, ExportError):
            raise
        raise ExportError(f"{path}: not a readable CSV export ({' '.join(str(exc).split())})") from exc
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=placeholder)
    frame.columns = pd.Index([n.split("\x00")[0] for n in frame.columns])
    return frame


def _read_xlsx(path: Path) -> pd.DataFrame:
    try:
        frame = pd.read_excel(path, sheet_name=0, dtype=object, engine="openpyxl")
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ExportError(f"{path}: not a readable XLSX export ({exc.__class__.__name__}: {exc})") from exc
    frame.columns = pd.Index([str(c) for c in frame.columns])
    # pandas renames repeated headers "region.1"; restore them so the merge rule applies.
    renamed = []
    for name in frame.columns:
        base, _, suffix = name.rpartition(".")
        renamed.append(base if base in TAG_COLUMNS and suffix.isdigit() else name)
    frame.columns = pd.Index(renamed)
    cells: dict[int, pd.Series] = {}
    for position in range(frame.shape[1]):
        column = frame.iloc[:, position]
        # Whole numbers come back as int or float; write them as the CSV export would.
        text = column.map(
            lambda v: ""
            if v is None or (isinstance(v, float) and np.isnan(v))
            else str(int(v))
            if isinstance(v, float) and v.is_integer()
            else str(v)
        )
        cells[position] = _unneutralise(text.astype(object))
    names = list(frame.columns)
    result = pd.DataFrame(cells, index=frame.index)
    result.columns = pd.Index(names)
    return result


def read_export(path: Path | str) -> pd.DataFrame:
    """Read a tidy export (``.csv`` UTF-8 with or without BOM, or ``.xlsx``) into text cells.

    Raises :class:`ExportError` for a missing, corrupt or unknown file, or one without the base columns.

    >>> import tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> target = os.path.join(folder, "e.csv")
    >>> _ = open(target, "w", encoding="utf-8").write(
    ...     "questionnaire,version,reference,submitted_on,link_code,note\\ns,1,R1,2024-05-01,,'=1+1\\n")
    >>> read_export(target).loc[0, "note"]
    '=1+1'
    """
    path = Path(path)
    if not path.is_file():
        raise ExportError(f"{path}: no such file")
    with path.open("rb") as handle:
        start = handle.read(4)
    suffix = path.suffix.lower()
    if suffix == ".xlsx" or start.startswith(b"PK\x03\x04"):
        if suffix != ".xlsx":
            raise ExportError(f"{path}: looks like a spreadsheet; name it .xlsx to read it")
        frame = _read_xlsx(path)
    elif suffix in (".csv", ".txt"):
        frame = _read_csv(path)
    else:
        raise ExportError(f"{path}: unknown export type '{suffix or '(none)'}'; expected .csv or .xlsx")
    return normalise_frame(frame, source=str(path))


def split_by_questionnaire(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Split a tidy frame into one frame per ``questionnaire`` slug, dropping all-empty columns.

    Columns are dropped only when every row of that questionnaire leaves them empty, so questions
    belonging to another questionnaire in a combined file do not appear as unanswered.
    """
    result: dict[str, pd.DataFrame] = {}
    for slug, part in frame.groupby("questionnaire", sort=True):
        part = part.reset_index(drop=True)
        keep = [c for c in part.columns if c in FRONT_COLUMNS or (part[c] != "").any()]
        result[str(slug)] = part[keep]
    return result


def read_exports(paths: Iterable[Path | str]) -> dict[str, pd.DataFrame]:
    """Read several exports and combine them by questionnaire slug (a slug may span files)."""
    collected: dict[str, list[pd.DataFrame]] = {}
    for path in paths:
        for slug, part in split_by_questionnaire(read_export(path)).items():
            collected.setdefault(slug, []).append(part)
    out: dict[str, pd.DataFrame] = {}
    for slug, parts in collected.items():
        combined = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
        out[slug] = combined.fillna("")
    return out
