"""A 0 to 10 rating charted as the field reads it: 0 to 6, 7 to 8 and 9 to 10, with every point in the table.

The groups are added up from the suppressed distribution, never from the raw counts, so a group is
shown only when the table's own figures already give it: all its points are shown, or every hidden
point of the scale is in this group and the total is shown (the total less the other points). A chart
of groups therefore tells a reader nothing the table does not.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.suppression import MARKER

from .document import Chart
from .tables import Column, bar_chart, data_table

#: The groups of a 0 to 10 scale, by the positions of its points.
RATING_GROUPS: tuple[tuple[str, range], ...] = (
    ("0 to 6", range(0, 7)),
    ("7 to 8", range(7, 9)),
    ("9 to 10", range(9, 11)),
)
DISTRIBUTION_COLUMNS: list[Column] = [("count", "Responses", "count"), ("percent", "%", "pct")]


def is_zero_to_ten(options: list[str]) -> bool:
    """Whether a rating's stored values are the eleven points 0 to 10.

    >>> is_zero_to_ten([str(i) for i in range(11)]), is_zero_to_ten(["1", "2", "3", "4", "5"])
    (True, False)
    """
    return options == [str(i) for i in range(11)]


def rating_groups(shown: pd.DataFrame, points: int = 11) -> pd.DataFrame:
    """The groups' counts and % of all who answered, from a suppressed distribution (points, then total).

    >>> shown = pd.DataFrame({"count": [*"*", 10, 10, 10, 10, 10, "*", 20, 20, 30, 30, 153],
    ...                       "percent": [0.0] * 12}, index=[*map(str, range(11)), "All"])
    >>> rating_groups(shown)["count"].tolist()
    [53, 40, 60]
    >>> shown.loc["9", "count"] = "*"
    >>> rating_groups(shown)["count"].tolist()
    ['*', 40, '*']
    """
    counts = shown["count"].tolist()
    scale, total = counts[:points], counts[points]
    hidden = {i for i, value in enumerate(scale) if isinstance(value, str)}
    rows: dict[str, list[object]] = {}
    for label, members in RATING_GROUPS:
        count: int | None = None
        if not hidden & set(members):
            count = sum(int(scale[i]) for i in members)
        elif hidden <= set(members) and not isinstance(total, str):
            count = int(total) - sum(int(v) for i, v in enumerate(scale) if i not in members)
        if count is None:
            rows[label] = [MARKER, MARKER]
            continue
        # With no answers at all there is no share to show (no score, not 0%).
        known_total = not isinstance(total, str) and int(total) > 0
        rows[label] = [count, 100.0 * count / int(total) if known_total else np.nan]
    return pd.DataFrame.from_dict(rows, orient="index", columns=["count", "percent"])


def rating_chart(name: str, label: str, shown: pd.DataFrame, options: list[str], total_label: str) -> Chart:
    """A rating's chart over its table: grouped 0-6, 7-8, 9-10 for a 0 to 10 scale, else each point."""
    caption = f"{label} (0 to 10)" if is_zero_to_ten(options) else label
    if not is_zero_to_ten(options):
        table = data_table(name, caption, shown, DISTRIBUTION_COLUMNS, "Rating")
        return bar_chart(table, shown, "count", title=label, unit="", skip=[total_label], kind="count")
    groups = rating_groups(shown, len(options))
    # The table keeps every point of the scale, then the groups the chart shows, then the total.
    combined = pd.concat([shown.iloc[: len(options)], groups, shown.iloc[len(options) :]])
    table = data_table(name, caption, combined, DISTRIBUTION_COLUMNS, "Rating")
    table.note = (
        "The chart groups the ratings as 0 to 6, 7 to 8 and 9 to 10; a group is shown only where the "
        "ratings in the table already give it."
    )
    title = f"{label}: ratings grouped 0 to 6, 7 to 8, 9 to 10"
    return bar_chart(table, groups, "percent", title=title, unit="%")
