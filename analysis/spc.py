"""Statistical process control for proportions: the p-chart NHS teams read FFT % positive on.

Sources:

* p-chart: W. A. Shewhart's control chart for a proportion, as set out for health care by
  D. C. Montgomery, "Introduction to Statistical Quality Control" (7th ed., 2013), section 7.2, and
  NHS England and NHS Improvement, "Making Data Count: getting started" (2019). The centre line is
  the pooled proportion p̄ = Σ positive / Σ responses; each month's limits are p̄ ± 3√(p̄(1 − p̄)/nᵢ),
  so they widen in a month with few responses and are clipped to 0-100%.
* Special-cause rules, the four Making Data Count uses: a point outside the control limits; a
  shift, seven or more points in a row on one side of the centre line; a trend, seven or more points
  in a row each higher (or each lower) than the one before; two of three points in a row beyond two
  sigma on the same side of the centre line.

Months whose responses are under the suppression threshold are not plotted and break no rule: a
point from a handful of people is noise, and printing it would defeat the suppression of the tables.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["RUN_LENGTH", "ControlPoint", "PChart", "p_chart"]

#: Points in a row that make a shift or a trend (Making Data Count).
RUN_LENGTH = 7
SIGMA_LIMIT = 3.0
SIGMA_WARNING = 2.0

RULE_LABELS = {
    "outside_limits": "outside the control limits",
    "shift": f"a shift: {RUN_LENGTH} or more months in a row on one side of the centre line",
    "trend": f"a trend: {RUN_LENGTH} or more months in a row each rising or each falling",
    "two_of_three": "two of three months in a row close to a control limit",
}


@dataclass(frozen=True)
class ControlPoint:
    """One period of the chart: its responses, positives, % positive and control limits (percent)."""

    period: str
    responses: int
    positive: int
    percent: float | None
    lower: float | None
    upper: float | None
    shown: bool
    signals: tuple[str, ...] = ()

    @property
    def special_cause(self) -> bool:
        """True when any rule marks this period."""
        return bool(self.signals)


@dataclass(frozen=True)
class PChart:
    """A p-chart: the centre line (percent) and a point per period, in order."""

    centre: float | None
    points: tuple[ControlPoint, ...]
    threshold: int

    @property
    def shown(self) -> list[ControlPoint]:
        """The periods plotted (at or above the suppression threshold)."""
        return [point for point in self.points if point.shown]

    def signals(self) -> list[tuple[str, str]]:
        """Each (period, rule label) a special-cause rule marks, in period order."""
        return [(p.period, RULE_LABELS[rule]) for p in self.points for rule in p.signals]


def _runs(marks: Sequence[int], direction: int, length: int) -> set[int]:
    """Indexes in runs of ``length`` or more consecutive marks equal to ``direction``."""
    found: set[int] = set()
    run = 0
    for index, mark in enumerate(marks):
        run = run + 1 if mark == direction else 0
        if run >= length:
            found.update(range(index - run + 1, index + 1))
    return found


def _shifts(sides: Sequence[int]) -> set[int]:
    """A shift: RUN_LENGTH or more points in a row on one side (a point on the line breaks the run)."""
    return _runs(sides, 1, RUN_LENGTH) | _runs(sides, -1, RUN_LENGTH)


def _trends(values: Sequence[float]) -> set[int]:
    """A trend: RUN_LENGTH or more points in a row, each above (or each below) the one before."""
    # steps[i] compares point i with point i - 1; a run of RUN_LENGTH points has RUN_LENGTH - 1 steps.
    steps = [0] + [(b > a) - (b < a) for a, b in itertools.pairwise(values)]
    found: set[int] = set()
    for direction in (1, -1):
        for index in _runs(steps, direction, RUN_LENGTH - 1):
            found.update({index - 1, index})
    return found


def _two_of_three(zones: Sequence[int]) -> set[int]:
    """Indexes in a window of three where two points lie beyond 2 sigma on the same side."""
    marked: set[int] = set()
    for start in range(len(zones) - 2):
        window = range(start, start + 3)
        for side in (1, -1):
            beyond = [i for i in window if zones[i] == side]
            if len(beyond) >= 2:
                marked.update(beyond)
    return marked


def _special_causes(
    proportions: Sequence[float], centre: float, sigmas: Sequence[float]
) -> list[tuple[str, ...]]:
    """The rules each plotted point breaks, given its proportion and its own sigma."""
    sides = [(p > centre) - (p < centre) for p in proportions]
    zones = [
        side if abs(p - centre) > SIGMA_WARNING * sigma else 0
        for p, side, sigma in zip(proportions, sides, sigmas, strict=True)
    ]
    outside = {
        i
        for i, (p, sigma) in enumerate(zip(proportions, sigmas, strict=True))
        if abs(p - centre) > SIGMA_LIMIT * sigma
    }
    found = {
        "outside_limits": outside,
        "shift": _shifts(sides),
        "trend": _trends(proportions),
        "two_of_three": _two_of_three(zones),
    }
    return [tuple(rule for rule, hits in found.items() if i in hits) for i in range(len(proportions))]


def p_chart(
    periods: Sequence[str], positive: Sequence[int], responses: Sequence[int], threshold: int
) -> PChart:
    """A p-chart of ``positive / responses`` per period, with the special causes each period shows.

    >>> chart = p_chart(["2026-01", "2026-02", "2026-03"], [40, 45, 5], [50, 50, 50], threshold=5)
    >>> round(chart.centre, 1), [p.signals for p in chart.points]
    (60.0, [('two_of_three',), ('outside_limits', 'two_of_three'), ('outside_limits',)])
    """
    if not len(periods) == len(positive) == len(responses):
        raise ValueError("periods, positive and responses must have the same length")
    total = sum(responses)
    if total == 0:
        return PChart(None, tuple(ControlPoint(p, 0, 0, None, None, None, False) for p in periods), threshold)
    centre = sum(positive) / total
    plotted = [i for i, n in enumerate(responses) if n >= max(threshold, 1)]
    sigmas = [math.sqrt(centre * (1 - centre) / responses[i]) for i in plotted]
    signals = dict(
        zip(
            plotted,
            _special_causes([positive[i] / responses[i] for i in plotted], centre, sigmas),
            strict=True,
        )
    )
    points = []
    for i, (period, k, n) in enumerate(zip(periods, positive, responses, strict=True)):
        if i not in signals:
            points.append(ControlPoint(period, n, k, None, None, None, False))
            continue
        sigma = math.sqrt(centre * (1 - centre) / n)
        lower, upper = max(0.0, centre - SIGMA_LIMIT * sigma), min(1.0, centre + SIGMA_LIMIT * sigma)
        points.append(ControlPoint(period, n, k, 100 * k / n, 100 * lower, 100 * upper, True, signals[i]))
    return PChart(100 * centre, tuple(points), threshold)
