"""Suppressed tables and the charts drawn from them: every figure of the report passes through here.

Each summary goes through :func:`analysis.suppression.suppress_small_counts` before it is formatted,
and charts are drawn from the suppressed tables, so no writer can show a hidden figure.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd

from analysis.suppression import MARKER, Suppression, suppress_small_counts

from .document import NO_SCORE, Bar, Chart, Table

Kind = Literal["count", "pct", "mean", "num", "text"]
Along = Literal["rows", "columns", "both"]
#: One column of a report table: the summary's column, its heading and how its cells are formatted.
Column = tuple[str, str, Kind]


def fmt(value: Any, kind: Kind) -> str:
    """Format one cell: ``*`` stays, a missing score is "–", counts whole, percentages one decimal.

    >>> fmt(1234, "count"), fmt(12.345, "pct"), fmt(3.14159, "mean"), fmt(0.25, "num"), fmt("*", "count")
    ('1,234', '12.3', '3.14', '+0.25', '*')
    """
    if isinstance(value, str):
        return value
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return NO_SCORE
    if kind == "count":
        return f"{int(value):,}"
    if kind == "pct":
        return f"{float(value):.1f}"
    if kind == "mean":
        return f"{float(value):.2f}"
    if kind == "num":
        return f"{float(value):+.2f}"
    return str(value)


def chart_value(value: Any) -> float | None:
    """A chart value from a suppressed cell: None when hidden or without a score."""
    if isinstance(value, str) or value is None:
        return None
    number = float(value)
    return None if math.isnan(number) else number


def slug(text: str) -> str:
    """A table id made of text: lower case, runs of other characters as one hyphen.

    >>> slug("Link code"), slug("!!")
    ('link-code', 'table')
    """
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "table"


class SuppressedTables:
    """The report's suppressed summaries and their logs, collected while sections are built."""

    def __init__(self, threshold: int) -> None:
        """An empty collection for counts below ``threshold`` to be hidden."""
        self.threshold = threshold
        self.logs: list[pd.DataFrame] = []
        # The suppressed tables as sections leave them (a mean shown where it is safe), by name.
        self.tables: dict[str, pd.DataFrame] = {}
        # Each table's primary and secondary masks of its count cells.
        self.masks: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def suppress(
        self,
        name: str,
        frame: pd.DataFrame,
        *,
        counts: Sequence[str],
        derived: Mapping[str, str | Sequence[str]] | None = None,
        along: Along = "both",
        lines: Sequence[Sequence[str]] | None = None,
    ) -> pd.DataFrame:
        """The frame with small counts (and what would give them away) hidden; kept under ``name``.

        ``lines``: the groups of count columns that each add up within a row (see
        :func:`analysis.suppression.suppress_small_counts`).
        """
        if name in self.tables:
            raise ValueError(f"two report tables are named {name!r}")
        result = suppress_small_counts(
            frame, self.threshold, name=name, counts=counts, derived=derived or {}, along=along, lines=lines
        )
        return self.record(name, result)

    def record(self, name: str, result: Suppression) -> pd.DataFrame:
        """Keep a table suppressed by the caller (with this threshold) under ``name``, with its log."""
        if name in self.tables:
            raise ValueError(f"two report tables are named {name!r}")
        self.logs.append(result.log)
        self.tables[name] = result.table
        self.masks[name] = (result.primary, result.secondary)
        return result.table

    def summaries(self) -> dict[str, pd.DataFrame]:
        """Every suppressed table as a summary file holds it: the row labels in a "row" column."""
        return {name: table.rename_axis("row").reset_index() for name, table in self.tables.items()}


def data_table(
    name: str,
    caption: str,
    frame: pd.DataFrame,
    columns: Sequence[Column],
    row_header: str,
    note: str = "",
) -> Table:
    """A report table of a suppressed frame: its row labels, then the chosen columns formatted."""
    rows = []
    for label, record in zip(frame.index, frame.itertuples(index=False), strict=True):
        values = dict(zip(frame.columns, record, strict=True))
        rows.append([str(label), *(fmt(values[col], kind) for col, _, kind in columns)])
    return Table(name, caption, [row_header, *(h for _, h, _ in columns)], rows, note)


def _bar(
    frame: pd.DataFrame, label: Any, value: str, unit: str, kind: Kind, interval: tuple[str, str]
) -> Bar:
    """One bar of a chart: the value, how it reads, and its interval if the table has one."""
    cell = frame.at[label, value]
    number = chart_value(cell)
    display = fmt(cell, kind) + ("%" if unit == "%" and number is not None else "")
    if isinstance(cell, str):
        display = f"{MARKER} (hidden: fewer than the threshold)"
    elif number is None:
        display = "no responses"
    low, high = interval
    return Bar(
        str(label),
        number,
        display,
        chart_value(frame.at[label, low]) if low and number is not None else None,
        chart_value(frame.at[label, high]) if high and number is not None else None,
    )


def bar_chart(
    table: Table,
    frame: pd.DataFrame,
    value: str,
    *,
    title: str,
    unit: str,
    low: str | None = None,
    high: str | None = None,
    skip: Sequence[str] = (),
    kind: Kind = "pct",
) -> Chart:
    """A horizontal bar chart of one column of a suppressed frame, with its table under it."""
    bars = [
        _bar(frame, label, value, unit, kind, (low or "", high or ""))
        for label in frame.index
        if label not in skip
    ]
    shown = [f"{bar.label}: {bar.display}" for bar in bars if bar.value is not None]
    what = "percentage" if unit == "%" else "number"
    description = (
        f"Horizontal bar chart of the {what} "
        + (f"for each of {len(bars)} categories. " if len(bars) != 1 else "for one category. ")
        + ("; ".join(shown) if shown else "No figures can be shown.")
        + (" Lines show 95% intervals." if low else "")
        + " The same figures are in the table that follows."
    )
    return Chart(f"{table.id}-chart", title, description, unit, bars, table)
