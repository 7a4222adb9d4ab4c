"""The report as plain data: sections of paragraphs, tables, charts and quotes, ready for any writer.

Every figure in a :class:`Table` or :class:`Chart` has already been through suppression and formatting;
writers only lay it out. A chart always carries the table of its data, so nothing is shown only as a
picture.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

NO_SCORE = "–"  # no responses behind a percentage or mean: no score, not 0
# A table of more columns than this is set on a landscape page in Word and in print.
WIDE_COLUMNS = 7


@dataclass
class Paragraph:
    text: str


@dataclass
class Table:
    """A table of formatted cells. The first cell of each row is that row's header."""

    id: str
    caption: str
    columns: list[str]
    rows: list[list[str]]
    note: str = ""
    # Positions of columns holding words rather than figures (aligned left); 0 is the row header.
    text_columns: frozenset[int] = frozenset()

    def is_numeric(self, position: int) -> bool:
        """Whether the column at this position holds figures (aligned right)."""
        return position > 0 and position not in self.text_columns


@dataclass
class Bar:
    """One bar: ``value`` None when suppressed or without a score; interval ends optional."""

    label: str
    value: float | None
    display: str
    low: float | None = None
    high: float | None = None


@dataclass
class Chart:
    """A horizontal bar chart of one series, with the table holding the same figures.

    With ``centre`` set it is a control chart instead (a p-chart): each bar is a period in time order,
    its value the period's percentage and its interval the period's control limits, drawn as points
    along a time axis about the centre line; ``signals`` marks the periods with a special cause.
    """

    id: str
    title: str
    description: str
    unit: str  # "%" (axis 0–100) or "" for counts
    bars: list[Bar]
    table: Table
    centre: float | None = None
    signals: frozenset[str] = frozenset()

    @property
    def maximum(self) -> float:
        """Top of the value axis."""
        if self.unit == "%":
            return 100.0
        values = [b.high if b.high is not None else b.value for b in self.bars if b.value is not None]
        top = max([v for v in values if v is not None] or [1.0])
        return float(max(1.0, _nice_ceiling(top)))


def _nice_ceiling(value: float) -> float:
    """A round number at or above ``value`` for an axis end (1, 2, 2.5, 5 or 10 times a power of ten)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return float(step * power)
    return float(10 * power)


@dataclass
class Quote:
    text: str
    theme: str
    sentiment: str


@dataclass
class QuoteGroup:
    """Redacted quotes from one questionnaire whose definition allows quoting."""

    title: str
    quotes: list[Quote]


@dataclass
class BulletList:
    """Sentences read one by one under a lead-in, each figure in them already suppressed and formatted."""

    title: str
    items: list[str]


Block = Paragraph | Table | Chart | QuoteGroup | BulletList


@dataclass
class Section:
    """A titled part of the report: its blocks, then its subsections."""

    id: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    subsections: list[Section] = field(default_factory=list)

    def walk(self) -> list[Block]:
        """Every block of this section and its subsections, in reading order."""
        found = list(self.blocks)
        for sub in self.subsections:
            found.extend(sub.walk())
        return found


@dataclass
class ReportDocument:
    """The whole report, plus the suppressed summary tables and the suppression log behind it."""

    title: str
    subtitle: str
    generated_on: str
    threshold: int
    sections: list[Section]
    summaries: dict[str, pd.DataFrame] = field(default_factory=dict)
    suppression_log: pd.DataFrame = field(default_factory=pd.DataFrame)

    def blocks(self) -> list[Block]:
        found: list[Block] = []
        for section in self.sections:
            found.extend(section.walk())
        return found

    def tables(self) -> list[Table]:
        """Every table, including the data table under each chart."""
        found: list[Table] = []
        for block in self.blocks():
            if isinstance(block, Table):
                found.append(block)
            elif isinstance(block, Chart):
                found.append(block.table)
        return found

    def charts(self) -> list[Chart]:
        return [b for b in self.blocks() if isinstance(b, Chart)]
