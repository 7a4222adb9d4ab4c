"""Small-number suppression: primary, secondary (complementary), derived cells, and the log."""

from __future__ import annotations

import doctest

import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from analysis import suppression
from analysis.suppression import (
    SECONDARY_REASON,
    combine_logs,
    primary_reason,
    suppress_small_counts,
    suppression_mask,
)

PRIMARY = "primary: 1-4 responses"


def log_frame(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["table", "row", "column", "reason"], dtype=object)


def test_docstring_examples_run() -> None:
    result = doctest.testmod(suppression)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    ("value", "threshold", "hidden"),
    [
        (0, 5, False),
        (1, 5, True),
        (4, 5, True),
        (5, 5, False),
        (9, 10, True),
        (10, 10, False),
        (2, 3, True),
        (3, 3, False),
        (1, 1, False),
    ],
)
def test_primary_threshold_matrix(value: int, threshold: int, hidden: bool) -> None:
    table = pd.DataFrame({"count": [value]}, index=["only"])
    result = suppress_small_counts(table, threshold=threshold)
    assert (result.table.loc["only", "count"] == "*") is hidden
    assert len(result.log) == int(hidden)
    if hidden:
        assert result.log.loc[0, "reason"] == f"primary: 1-{threshold - 1} responses"


def test_primary_reason_wording() -> None:
    assert primary_reason(5) == PRIMARY


def test_threshold_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="threshold"):
        suppress_small_counts(pd.DataFrame({"count": [1]}), threshold=0)


def test_secondary_in_a_row_and_a_column_with_log() -> None:
    table = pd.DataFrame(
        {"yes": [2, 10, 8], "no": [9, 7, 30]},
        index=["event a", "event b", "event c"],
    )
    result = suppress_small_counts(table, name="demo")
    expected = pd.DataFrame(
        {"yes": ["*", 10, "*"], "no": ["*", 7, "*"]}, index=["event a", "event b", "event c"], dtype=object
    )
    assert_frame_equal(result.table, expected)
    # a/yes is small; row a then hides a/no (9). Column "yes" hides its next smallest, c/yes (8); column
    # "no" then prefers c/no, which also protects row c, over the smaller b/no (7).
    assert_frame_equal(
        result.log,
        log_frame(
            [
                ("demo", "event a", "yes", PRIMARY),
                ("demo", "event a", "no", SECONDARY_REASON),
                ("demo", "event c", "yes", SECONDARY_REASON),
                ("demo", "event c", "no", SECONDARY_REASON),
            ]
        ),
    )


def test_secondary_prefers_a_non_zero_cell_and_zero_is_never_primary() -> None:
    table = pd.DataFrame({"a": [3], "b": [0], "c": [6], "d": [40]}, index=["r"])
    result = suppress_small_counts(table, along="rows")
    assert result.table.loc["r"].tolist() == ["*", 0, "*", 40]
    assert result.log["reason"].tolist() == [PRIMARY, SECONDARY_REASON]


def test_secondary_falls_back_to_zero_when_nothing_else_is_left() -> None:
    table = pd.DataFrame({"a": [3], "b": [0]}, index=["r"])
    result = suppress_small_counts(table, along="rows")
    assert result.table.loc["r"].tolist() == ["*", "*"]


def test_two_small_cells_need_no_secondary() -> None:
    table = pd.DataFrame({"a": [3], "b": [2], "c": [50]}, index=["r"])
    result = suppress_small_counts(table, along="rows")
    assert result.table.loc["r"].tolist() == ["*", "*", 50]
    assert result.log["reason"].tolist() == [PRIMARY, PRIMARY]


@pytest.mark.parametrize(
    ("along", "expected"),
    [
        ("rows", [["*", "*", 20], [30, 40, 50]]),
        ("columns", [["*", 10, 20], ["*", 40, 50]]),
        ("both", [["*", "*", 20], ["*", "*", 50]]),
    ],
)
def test_direction_of_totals(along: str, expected: list[list[object]]) -> None:
    table = pd.DataFrame([[3, 10, 20], [30, 40, 50]], columns=["x", "y", "z"], index=["r1", "r2"])
    result = suppress_small_counts(table, along=along)  # type: ignore[arg-type]
    assert result.table.to_numpy().tolist() == expected


def test_no_row_or_column_is_left_with_a_lone_hidden_cell() -> None:
    rng = np.random.default_rng(7)
    for _ in range(50):
        values = rng.integers(0, 12, size=(6, 5)).astype(float)
        primary, secondary = suppression_mask(values, 5, "both")
        hidden = primary | secondary
        assert not (primary & secondary).any()
        assert ((values >= 1) & (values < 5) == primary).all()
        for line in [*hidden, *hidden.T]:
            assert line.sum() != 1 or line.size == 1


def test_derived_percentages_and_means_are_hidden() -> None:
    table = pd.DataFrame(
        {
            "label": ["A", "B", "C"],
            "strongly_agree": [1, 8, 9],
            "agree": [9, 6, 7],
            "responses": [10, 14, 16],
            "pct_agree": [100.0, 100.0, 100.0],
            "mean": [4.1, 4.6, 4.6],
        },
        index=["a", "b", "c"],
    )
    result = suppress_small_counts(
        table,
        counts=["strongly_agree", "agree"],
        derived={"pct_agree": ["strongly_agree", "agree"], "mean": "responses"},
        along="rows",
    )
    assert result.table.loc["a"].tolist() == ["A", "*", "*", 10, "*", 4.1]
    assert result.table.loc["b"].tolist() == ["B", 8, 6, 14, 100.0, 4.6]


def test_default_derived_columns() -> None:
    table = pd.DataFrame({"count": [2, 40, 30], "percent": [2.8, 55.6, 41.7]}, index=["x", "y", "z"])
    result = suppress_small_counts(table)
    assert result.table["percent"].tolist() == ["*", 55.6, "*"]
    table = pd.DataFrame({"positive": [3], "responses": [9], "pct_positive": [33.3]}, index=["All"])
    result = suppress_small_counts(table, along="rows")
    assert result.table.loc["All"].tolist() == ["*", "*", "*"]


def test_nan_cells_are_not_counts() -> None:
    table = pd.DataFrame({"a": [3.0, np.nan], "b": [np.nan, 20.0]}, index=["r1", "r2"])
    result = suppress_small_counts(table, counts=["a", "b"])
    assert result.table.loc["r1", "a"] == "*"
    assert np.isnan(result.table.loc["r1", "b"])


def test_custom_marker_and_empty_table() -> None:
    result = suppress_small_counts(pd.DataFrame({"count": [2, 9]}), marker="[c]", along="rows")
    assert result.table["count"].tolist() == ["[c]", 9]
    empty = suppress_small_counts(pd.DataFrame({"label": ["x"]}))
    assert empty.table["label"].tolist() == ["x"] and empty.log.empty
    assert list(empty.log.columns) == ["table", "row", "column", "reason"]


def test_combine_logs() -> None:
    first = suppress_small_counts(pd.DataFrame({"count": [2]}, index=["r"]), name="one").log
    second = suppress_small_counts(pd.DataFrame({"count": [9]}, index=["r"]), name="two").log
    third = suppress_small_counts(pd.DataFrame({"count": [1]}, index=["s"]), name="three").log
    combined = combine_logs([first, second, third])
    assert_frame_equal(
        combined, log_frame([("one", "r", "count", PRIMARY), ("three", "s", "count", PRIMARY)])
    )
    assert combine_logs([]).empty


def _brute_force(scores, counts, primary, secondary, threshold, decimals, interval):
    """Every filling of the hidden cells, tried without pruning: the values each could hold."""
    import itertools
    import math

    from analysis.suppression import _mean_and_interval

    hidden = [i for i in range(len(counts)) if primary[i] or secondary[i]]
    total = sum(counts[i] for i in hidden)
    ranges = [
        range(1, threshold) if primary[i] else range(0, 1) if counts[i] == 0 else range(threshold, total + 1)
        for i in hidden
    ]
    shown = _mean_and_interval(scores, counts)[: 3 if interval else 1]
    tolerance = 0.5 * 10**-decimals + 1e-9
    possible = [set() for _ in hidden]
    for values in itertools.product(*ranges):
        if sum(values) != total:
            continue
        candidate = list(counts)
        for i, v in zip(hidden, values):
            candidate[i] = v
        figures = _mean_and_interval(scores, candidate)[: len(shown)]
        if all((math.isnan(a) and math.isnan(b)) or abs(a - b) <= tolerance for a, b in zip(figures, shown)):
            for k, v in enumerate(values):
                possible[k].add(v)
    return all(len(p) > 1 for p in possible)


@pytest.mark.parametrize("seed", range(6))
def test_mean_disclosure_check_agrees_with_brute_force(seed: int) -> None:
    from analysis.suppression import mean_hides_counts

    rng = np.random.default_rng(seed)
    checked = 0
    while checked < 25:
        size = int(rng.integers(3, 7))
        counts = rng.choice(
            [0, 1, 2, 3, 4, 5, 6, 8, 12], size=size, p=[0.1, 0.15, 0.15, 0.15, 0.15, 0.1, 0.1, 0.05, 0.05]
        )
        column = np.append(counts, counts.sum()).astype(float).reshape(-1, 1)
        primary, secondary = suppression_mask(column, 5, "columns")
        p, s = primary[:-1, 0].tolist(), secondary[:-1, 0].tolist()
        if counts.sum() < 2 or not (any(p) or any(s)):
            continue
        scores = [float(v) for v in range(size)]
        for decimals, interval in ((2, True), (2, False), (1, False)):
            expected = _brute_force(scores, counts.tolist(), p, s, 5, decimals, interval)
            got = mean_hides_counts(scores, counts.tolist(), p, s, 5, decimals=decimals, interval=interval)
            assert got == expected, (counts.tolist(), p, s, decimals, interval)
        checked += 1


def test_mean_disclosure_check_gives_up_safely() -> None:
    from analysis.suppression import mean_hides_counts

    scores = [float(v) for v in range(11)]
    counts = [2, 3, 1, 9, 2, 4, 8, 15, 17, 22, 15]
    primary = [c < 5 for c in counts]
    secondary = [False] * 11
    assert mean_hides_counts(scores, counts, primary, secondary, 5, decimals=1, interval=False)
    # A search cut short proves nothing, so the mean stays hidden.
    assert not mean_hides_counts(scores, counts, primary, secondary, 5, decimals=1, interval=False, limit=3)
    # A hidden zero (a secondary cell when nothing else was left) is known to be zero.
    assert not mean_hides_counts([0.0, 1.0, 2.0], [0, 3, 30], [False, True, False], [True, False, False], 5)


def test_fillings_the_shown_mean_rules_out_are_not_searched() -> None:
    # Nine hidden cells of 1 to 9 on a 0-10 scale: trying every filling ran past the search limit and
    # the mean stayed hidden; left untried are the partial fillings whose other cells cannot bring the
    # sum of score times count back to the shown mean, and the search now proves it safe within the limit.
    from analysis.suppression import mean_hides_counts

    scores = [float(v) for v in range(11)]
    counts = [9, 9, 6, 6, 2, 40, 1, 6, 6, 9, 12]
    primary = [c < 10 for c in counts]
    secondary = [False] * 10 + [True]
    assert mean_hides_counts(scores, counts, primary, secondary, 10, decimals=2, interval=False)


def test_a_narrower_mean_range_from_other_tables_counts_against_the_mean() -> None:
    from analysis.suppression import mean_hides_counts

    scores = [float(v) for v in range(11)]
    counts = [1, 2, 1, 9, 3, 4, 8, 15, 17, 22, 15]
    primary, secondary = [c < 5 for c in counts], [False] * 11
    exact = sum(s * c for s, c in zip(scores, counts)) / sum(counts)
    # One decimal alone leaves the hidden cells open; the exact sum (from means by group) does not.
    assert mean_hides_counts(scores, counts, primary, secondary, 5, decimals=1, interval=False)
    assert not mean_hides_counts(
        scores, counts, primary, secondary, 5, decimals=1, interval=False, mean_range=(exact, exact)
    )


def test_a_row_holding_two_breakdowns_of_its_total_hides_a_second_cell_in_each() -> None:
    """Comments by sentiment and by stance share the comments column: one hidden cell in either breakdown
    would be recovered by subtraction, even when the whole row hides two."""
    table = pd.DataFrame(
        {"comments": [12], "positive": [3], "negative": [9], "barrier": [10], "no_problem": [2]}, index=["r"]
    )
    lines = [["comments", "positive", "negative"], ["comments", "barrier", "no_problem"]]
    as_one_line = suppress_small_counts(table, along="rows")
    # Read as one line the row hides two cells, yet positive is 12 - 9 and no_problem 12 - 10.
    assert as_one_line.table.loc["r"].tolist() == [12, "*", 9, 10, "*"]
    result = suppress_small_counts(table, along="rows", lines=lines)
    hidden = result.table.loc["r"] == "*"
    for line in lines:
        assert int(hidden[line].sum()) != 1, line
    # The shared total protects both breakdowns at the cost of one cell.
    assert result.table.loc["r"].tolist() == ["*", "*", 9, 10, "*"]
    assert result.log["reason"].tolist() == [SECONDARY_REASON, PRIMARY, PRIMARY]


def test_lines_never_leave_a_lone_hidden_cell_in_any_breakdown() -> None:
    rng = np.random.default_rng(11)
    lines = [[0, 1, 2, 3], [0, 4, 5, 6]]
    for _ in range(200):
        parts = rng.integers(0, 9, size=(5, 6)).astype(float)
        # Each breakdown adds up to the row's total, as a theme's sentiments and stances do.
        total = parts[:, :3].sum(axis=1)
        parts[:, 5] = np.maximum(total - parts[:, 3] - parts[:, 4], 0)
        values = np.column_stack([total, parts])
        primary, secondary = suppression_mask(values, 5, "rows", row_lines=lines)
        hidden = primary | secondary
        assert not (primary & secondary).any()
        for row in range(values.shape[0]):
            for line in lines:
                assert int(hidden[row, line].sum()) != 1


def test_lines_are_for_rows_only() -> None:
    with pytest.raises(ValueError, match="along='rows'"):
        suppression_mask(np.array([[3.0, 2.0]]), 5, "both", row_lines=[[0, 1]])
