"""Means shown beside distributions with hidden counts: only as far as no hidden count can be worked out."""

from __future__ import annotations

from typing import Any, NamedTuple

import pandas as pd

from analysis.suppression import MARKER, half_unit, mean_hides_counts

MEAN_COLUMNS = ("mean", "mean_low", "mean_high")
MEAN_NOTE = (
    "Where a count is hidden, the mean is shown only if no hidden count can be worked out from it: "
    "to two decimals with its interval, or else to one decimal without it."
)


class HiddenCounts(NamedTuple):
    """A distribution's scores and counts, and which counts its table hides: mean_hides_counts' input."""

    scores: list[float]
    counts: list[int]
    primary: list[bool]
    secondary: list[bool]

    def hides_any(self) -> bool:
        """Whether any count of the distribution is hidden."""
        return any(self.primary) or any(self.secondary)


def safe_mean(dist: HiddenCounts, figures: list[Any], threshold: int) -> list[Any]:
    """Mean and interval as they may stand beside a distribution with hidden counts.

    With two decimals and the interval if no hidden count can be worked out from them, else the
    mean alone to one decimal if that is safe, else nothing.
    """
    if not dist.hides_any() or any(isinstance(v, str) for v in figures):
        return figures
    if mean_hides_counts(*dist, threshold):
        return figures
    if mean_hides_counts(*dist, threshold, decimals=1, interval=False):
        return [f"{float(figures[0]):.1f}", MARKER, MARKER]
    return [MARKER, MARKER, MARKER]


def safe_event_means(
    dist: HiddenCounts, overall: list[Any], by_event: pd.DataFrame, threshold: int
) -> pd.Series:
    """Means by event to one decimal, or all hidden, whichever keeps every hidden count unknown."""
    hidden = pd.Series(MARKER, index=by_event.index, dtype=object)
    rows = [
        (int(n), round(float(m), 1))
        for n, m in zip(by_event["responses"], by_event["mean"], strict=True)
        if not isinstance(n, str) and not isinstance(m, str)
    ]
    total = sum(dist.counts)
    if not rows or total == 0:
        return hidden
    # Shown sizes and one-decimal means bound the sum of scores; events with hidden sizes or
    # means could hold anything from the lowest to the highest score.
    unknown = total - sum(n for n, _ in rows)
    half = half_unit(1)
    low = (sum(n * (m - half) for n, m in rows) + min(dist.scores) * unknown) / total
    high = (sum(n * (m + half) for n, m in rows) + max(dist.scores) * unknown) / total
    full = not any(isinstance(v, str) for v in overall)
    if overall[0] != MARKER:
        # What the overall mean says, to the decimals it is shown with.
        half = half_unit(2 if full else 1)
        low, high = max(low, float(overall[0]) - half), min(high, float(overall[0]) + half)
    safe = mean_hides_counts(
        *dist,
        threshold,
        decimals=2 if full else 1,
        interval=full,
        mean_range=(low, high),
    )
    if not safe:
        return hidden
    return by_event["mean"].map(lambda m: m if isinstance(m, str) else f"{float(m):.1f}")
