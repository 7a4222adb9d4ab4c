"""Two groups side by side: the difference in a proportion or a mean, with its 95% interval.

Sources:

* Difference between two independent proportions: R. G. Newcombe, "Interval estimation for the
  difference between independent proportions: comparison of eleven methods", Statistics in Medicine
  17 (1998) 873-890, method 10 (the hybrid score interval built from each group's Wilson interval),
  which keeps its coverage with small groups and proportions near 0 or 100%, unlike the Wald interval.
* Difference between two means: Welch's normal approximation, (m1 - m2) ± 1.96 √(s1²/n1 + s2²/n2).

A comparison is made only when both groups reach the suppression threshold; otherwise there is no
difference to print (:func:`compare_proportions` returns None), so a small group is never exposed
by subtraction from a larger one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from analysis.numbers import Z95, wilson_interval

__all__ = ["Difference", "compare_means", "compare_proportions"]


@dataclass(frozen=True)
class Difference:
    """First group minus second, with its 95% interval, in the groups' unit (percentage points or score)."""

    first: float
    second: float
    difference: float
    low: float
    high: float

    @property
    def clear(self) -> bool:
        """True when the interval leaves out zero: the groups differ beyond what chance would give."""
        return self.low > 0 or self.high < 0


def compare_proportions(
    first_positive: int, first_total: int, second_positive: int, second_total: int, threshold: int
) -> Difference | None:
    """Percentage-point difference between two proportions (Newcombe's hybrid score interval).

    >>> d = compare_proportions(56, 70, 48, 80, threshold=5)  # Newcombe's worked example: 0.0524 to 0.3339
    >>> [round(x, 1) for x in (d.first, d.second, d.difference, d.low, d.high)]
    [80.0, 60.0, 20.0, 5.2, 33.4]
    """
    if min(first_total, second_total) < max(threshold, 1):
        return None
    p1, p2 = first_positive / first_total, second_positive / second_total
    (l1,), (u1,) = (x / 100 for x in wilson_interval([first_positive], [first_total]))
    (l2,), (u2,) = (x / 100 for x in wilson_interval([second_positive], [second_total]))
    below = math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    above = math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return Difference(100 * p1, 100 * p2, 100 * (p1 - p2), 100 * (p1 - p2 - below), 100 * (p1 - p2 + above))


def compare_means(
    first: tuple[float, float, int], second: tuple[float, float, int], threshold: int
) -> Difference | None:
    """Difference between two means, each given as (mean, sample SD, n), with Welch's 95% interval.

    >>> d = compare_means((7.5, 1.8, 40), (6.8, 2.1, 35), threshold=5)
    >>> [round(x, 2) for x in (d.difference, d.low, d.high)]
    [0.7, -0.19, 1.59]
    """
    (m1, s1, n1), (m2, s2, n2) = first, second
    if min(n1, n2) < max(threshold, 2):
        return None
    half = Z95 * math.sqrt(s1 * s1 / n1 + s2 * s2 / n2)
    return Difference(m1, m2, m1 - m2, m1 - m2 - half, m1 - m2 + half)
