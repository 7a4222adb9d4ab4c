"""The p-chart of FFT % positive by month, and its special-cause rules (Making Data Count)."""

from __future__ import annotations

import math

import pytest

from analysis.spc import RUN_LENGTH, p_chart


def months(count: int) -> list[str]:
    """Month labels 2026-01 onwards."""
    return [f"{2026 + (i // 12)}-{i % 12 + 1:02d}" for i in range(count)]


def test_centre_is_the_pooled_proportion_and_limits_widen_with_fewer_responses() -> None:
    chart = p_chart(months(3), [30, 10, 8], [40, 20, 10], threshold=5)
    assert chart.centre == pytest.approx(100 * 48 / 70)
    centre = 48 / 70
    for point in chart.points:
        sigma = math.sqrt(centre * (1 - centre) / point.responses)
        assert point.lower == pytest.approx(100 * max(0.0, centre - 3 * sigma))
        assert point.upper == pytest.approx(100 * min(1.0, centre + 3 * sigma))
    widths = [p.upper - p.lower for p in chart.points]
    assert widths[0] < widths[1] < widths[2]


def test_a_month_under_the_threshold_is_not_plotted_and_breaks_no_rule() -> None:
    chart = p_chart(months(3), [2, 40, 41], [3, 50, 50], threshold=5)
    first = chart.points[0]
    assert not first.shown and first.percent is None and first.lower is None and first.signals == ()
    assert [p.period for p in chart.shown] == ["2026-02", "2026-03"]
    # Its responses still count in the centre line, which is over every response.
    assert chart.centre == pytest.approx(100 * 83 / 103)


def test_a_point_outside_the_limits_is_a_special_cause() -> None:
    chart = p_chart(months(6), [40, 41, 39, 40, 10, 40], [50] * 6, threshold=5)
    assert [p.period for p in chart.points if "outside_limits" in p.signals] == ["2026-05"]


def test_a_shift_needs_seven_points_on_one_side() -> None:
    above, below = [32] * RUN_LENGTH, [28] * RUN_LENGTH
    chart = p_chart(months(2 * RUN_LENGTH), above + below, [50] * (2 * RUN_LENGTH), threshold=5)
    assert all("shift" in p.signals for p in chart.points)
    short = p_chart(months(12), [32] * 6 + [28] * 6, [50] * 12, threshold=5)
    assert not any("shift" in p.signals for p in short.points)


def test_a_trend_needs_seven_points_each_rising_or_each_falling() -> None:
    rising = [20, 21, 22, 23, 24, 25, 26, 24, 22]
    chart = p_chart(months(len(rising)), rising, [50] * len(rising), threshold=5)
    assert ["trend" in p.signals for p in chart.points] == [True] * 7 + [False, False]
    six = [20, 21, 22, 23, 24, 25, 23, 24]
    assert not any("trend" in p.signals for p in p_chart(months(8), six, [50] * 8, threshold=5).points)


def test_two_of_three_near_a_limit_on_the_same_side() -> None:
    # Centre 50%; with n = 100, sigma is 5 points: 61% is beyond 2 sigma, within 3.
    values = [50, 50, 61, 50, 61, 50, 39, 39, 50]
    chart = p_chart(months(len(values)), values, [100] * len(values), threshold=5)
    assert chart.centre == pytest.approx(50.0)
    marked = [p.period for p in chart.points if "two_of_three" in p.signals]
    assert marked == ["2026-03", "2026-05", "2026-07", "2026-08"]
    assert not any("outside_limits" in p.signals for p in chart.points)
    assert chart.signals()[0] == ("2026-03", "two of three months in a row close to a control limit")


def test_no_responses_gives_no_centre_and_no_points_shown() -> None:
    chart = p_chart(months(2), [0, 0], [0, 0], threshold=5)
    assert chart.centre is None and chart.shown == []


def test_mismatched_lengths_are_refused() -> None:
    with pytest.raises(ValueError, match="same length"):
        p_chart(months(2), [1], [2, 3], threshold=5)
