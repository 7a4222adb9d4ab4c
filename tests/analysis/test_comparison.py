"""Two groups side by side: differences in proportions and means with their intervals."""

from __future__ import annotations

import pytest

from analysis.comparison import compare_means, compare_proportions


def test_newcombe_hybrid_score_interval_matches_the_papers_worked_examples() -> None:
    # Newcombe (1998), table II, method 10: 56/70 - 48/80 and 9/10 - 3/10.
    first = compare_proportions(56, 70, 48, 80, threshold=5)
    assert first is not None
    assert (first.low, first.high) == pytest.approx((5.24, 33.39), abs=0.01)
    second = compare_proportions(9, 10, 3, 10, threshold=5)
    assert second is not None
    assert (second.low, second.high) == pytest.approx((17.05, 80.90), abs=0.01)
    assert first.clear and second.clear


def test_an_interval_that_spans_zero_is_not_a_clear_difference() -> None:
    difference = compare_proportions(20, 40, 18, 40, threshold=5)
    assert difference is not None and difference.low < 0 < difference.high
    assert not difference.clear


def test_no_comparison_when_either_group_is_under_the_threshold() -> None:
    assert compare_proportions(3, 4, 30, 60, threshold=5) is None
    assert compare_means((7.0, 1.0, 4), (6.0, 1.0, 40), threshold=5) is None


def test_difference_of_means_uses_welchs_normal_interval() -> None:
    difference = compare_means((8.0, 2.0, 50), (7.0, 2.0, 50), threshold=5)
    assert difference is not None
    half = 1.959963984540054 * (4 / 50 + 4 / 50) ** 0.5
    assert (difference.low, difference.high) == pytest.approx((1 - half, 1 + half))
