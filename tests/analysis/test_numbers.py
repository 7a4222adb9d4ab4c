"""Counts, percentages, Likert and rating summaries, and FFT scores, compared as whole frames."""

from __future__ import annotations

import doctest
import math

import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from analysis import numbers
from analysis.numbers import (
    canonical_labels,
    choice_distribution,
    crosstab_counts,
    fft_by_month,
    fft_scores,
    likert_summary,
    mean_interval,
    month_of,
    multiple_choice_shares,
    question_counts,
    rating_by,
    rating_summary,
    response_counts,
    wilson_interval,
)
from questionnaire_format.vocabulary import FFT_OPTIONS

FFT_COLUMNS = [
    "responses",
    *FFT_OPTIONS,
    "positive",
    "negative",
    "pct_positive",
    "pct_positive_low",
    "pct_positive_high",
    "pct_negative",
    "pct_negative_low",
    "pct_negative_high",
]


def test_docstring_examples_run() -> None:
    result = doctest.testmod(numbers)
    assert result.attempted >= 10 and result.failed == 0


# ------------------------------------------------------------------ Wilson interval


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        # Published values: Newcombe, Statistics in Medicine 17 (1998) 857-872, worked examples for method 3
        # (Wilson score without continuity correction), given there to four decimals of a proportion.
        (81, 263, 25.53, 36.62),
        (15, 148, 6.24, 16.05),
        (0, 20, 0.0, 16.11),
        (1, 29, 0.61, 17.18),
        (29, 29, 88.30, 100.0),
        (8, 10, 49.02, 94.33),
    ],
)
def test_wilson_interval_known_values(k: int, n: int, low: float, high: float) -> None:
    got_low, got_high = wilson_interval([k], [n])
    assert got_low[0] == pytest.approx(low, abs=0.006)
    assert got_high[0] == pytest.approx(high, abs=0.006)


def test_wilson_interval_no_responses_is_nan() -> None:
    low, high = wilson_interval([0], [0])
    assert math.isnan(low[0]) and math.isnan(high[0])


# ------------------------------------------------------------------ FFT


def fft_expected(rows: dict[str, list[int]], index: list[str]) -> pd.DataFrame:
    counts = pd.DataFrame(rows, index=index, columns=list(FFT_OPTIONS)).astype("int64")
    table = counts.copy()
    table.insert(0, "responses", counts.sum(axis=1).astype("int64"))
    table["positive"] = (counts["very_good"] + counts["good"]).astype("int64")
    table["negative"] = (counts["poor"] + counts["very_poor"]).astype("int64")
    n = table["responses"].to_numpy(dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        table["pct_positive"] = np.where(n > 0, 100 * table["positive"] / n, np.nan)
        low, high = wilson_interval(table["positive"], n)
        table["pct_positive_low"], table["pct_positive_high"] = low, high
        table["pct_negative"] = np.where(n > 0, 100 * table["negative"] / n, np.nan)
        low, high = wilson_interval(table["negative"], n)
        table["pct_negative_low"], table["pct_negative_high"] = low, high
    return table[FFT_COLUMNS]


def test_fft_dont_know_is_in_the_denominator() -> None:
    frame = pd.DataFrame(
        {
            "fft": [
                "very_good",
                "very_good",
                "good",
                "neither",
                "poor",
                "very_poor",
                "dont_know",
                "dont_know",
                "",
            ]
        }
    )
    table = fft_scores(frame)
    # 3 positive of 8 responses (the blank is not a response; the two "don't know" are).
    assert table.loc["All", "responses"] == 8
    assert table.loc["All", "pct_positive"] == pytest.approx(37.5)
    assert table.loc["All", "pct_negative"] == pytest.approx(25.0)
    expected = fft_expected(
        {"very_good": [2], "good": [1], "neither": [1], "poor": [1], "very_poor": [1], "dont_know": [2]},
        ["All"],
    )
    assert_frame_equal(table, expected)


@pytest.mark.parametrize("answers", [[], [""], ["", "", "not_an_answer"]])
def test_fft_no_responses_gives_no_score(answers: list[str]) -> None:
    table = fft_scores(pd.DataFrame({"fft": answers}, dtype=object))
    assert table.loc["All", "responses"] == 0
    for column in ("pct_positive", "pct_negative", "pct_positive_low", "pct_positive_high"):
        assert math.isnan(table.loc["All", column]), column


def test_fft_missing_column_gives_no_score() -> None:
    table = fft_scores(pd.DataFrame({"other": ["x", "y"]}))
    assert table.loc["All", "responses"] == 0 and math.isnan(table.loc["All", "pct_positive"])


def test_fft_by_month_keeps_empty_months_without_a_score() -> None:
    frame = pd.DataFrame(
        {
            "fft": ["good", "poor", "", "very_good", "dont_know"],
            "submitted_on": ["2024-01-03", "2024-01-30", "2024-02-11", "2024-03-01T09:00:00", "2024-03-02"],
        }
    )
    table = fft_by_month(frame)
    expected = fft_expected(
        {
            "very_good": [0, 0, 1],
            "good": [1, 0, 0],
            "neither": [0, 0, 0],
            "poor": [1, 0, 0],
            "very_poor": [0, 0, 0],
            "dont_know": [0, 0, 1],
        },
        ["2024-01", "2024-02", "2024-03"],
    )
    assert_frame_equal(table, expected)
    assert math.isnan(table.loc["2024-02", "pct_positive"])


def test_fft_by_group() -> None:
    frame = pd.DataFrame({"fft": ["good", "poor", "good"], "region": ["nw", "", "nw"]})
    table = fft_scores(frame, by="region")
    assert table.index.tolist() == ["(not given)", "nw"]
    assert table["pct_positive"].tolist() == [0.0, 100.0]


# ------------------------------------------------------------------ choices


@pytest.mark.parametrize(
    ("answers", "counts", "percents"),
    [
        (["yes", "yes", "no", ""], [2, 1], [200 / 3, 100 / 3]),
        (["", ""], [0, 0], [np.nan, np.nan]),
        (["no"], [0, 1], [0.0, 100.0]),
    ],
)
def test_choice_distribution(answers: list[str], counts: list[int], percents: list[float]) -> None:
    got = choice_distribution(pd.Series(answers, dtype=object), {"yes": "Yes", "no": "No"})
    expected = pd.DataFrame(
        {"value": ["yes", "no"], "label": ["Yes", "No"], "count": counts, "percent": percents}
    ).astype({"count": "int64", "percent": float})
    assert_frame_equal(got, expected)


def test_choice_distribution_keeps_unknown_values() -> None:
    got = choice_distribution(pd.Series(["old", "a"]), {"a": "A"})
    assert got["value"].tolist() == ["a", "old"] and got["label"].tolist() == ["A", "old"]


def test_multiple_choice_shares_of_respondents() -> None:
    series = pd.Series(["travel;workload", "workload", "", "other;workload;workload"])
    got = multiple_choice_shares(series, {"travel": "Travel", "workload": "Workload", "none": "None"})
    expected = pd.DataFrame(
        {
            "value": ["travel", "workload", "none", "other"],
            "label": ["Travel", "Workload", "None", "other"],
            "count": [1, 3, 0, 1],
            "percent": [100 / 3, 100.0, 0.0, 100 / 3],
        }
    ).astype({"count": "int64"})
    assert_frame_equal(got, expected)


def test_multiple_choice_with_no_respondents() -> None:
    got = multiple_choice_shares(pd.Series(["", ""]), {"a": "A"})
    assert got["count"].tolist() == [0] and math.isnan(got["percent"].iloc[0])


# ------------------------------------------------------------------ likert and rating


def test_likert_summary() -> None:
    frame = pd.DataFrame(
        {
            "g.one": ["strongly_agree", "agree", "agree", "neither", "strongly_disagree", ""],
            "g.two": ["", "", "", "", "", "disagree"],
        }
    )
    got = likert_summary(frame, {"g.one": "One", "g.two": "Two", "g.three": "Three"})
    scores = np.array([5, 4, 4, 3, 1], dtype=float)
    half = numbers.Z95 * scores.std(ddof=1) / np.sqrt(5)
    expected = pd.DataFrame(
        {
            "statement": ["g.one", "g.two", "g.three"],
            "label": ["One", "Two", "Three"],
            "strongly_agree": [1, 0, 0],
            "agree": [2, 0, 0],
            "neither": [1, 0, 0],
            "disagree": [0, 1, 0],
            "strongly_disagree": [1, 0, 0],
            "responses": [5, 1, 0],
            "pct_agree": [60.0, 0.0, np.nan],
            "mean": [3.4, 2.0, np.nan],
            "mean_low": [3.4 - half, np.nan, np.nan],
            "mean_high": [3.4 + half, np.nan, np.nan],
        }
    ).astype({c: "int64" for c in ("strongly_agree", "agree", "neither", "disagree", "strongly_disagree")})
    assert_frame_equal(got, expected)


def test_mean_interval_edges() -> None:
    assert all(math.isnan(x) for x in mean_interval(pd.Series([], dtype=float)))
    mean, low, high = mean_interval(pd.Series([7.0]))
    assert mean == 7.0 and math.isnan(low) and math.isnan(high)


def test_rating_summary_ignores_out_of_range() -> None:
    got = rating_summary(pd.Series(["0", "10", "11", "-1", "x", "", "5"]))
    _, low, high = mean_interval(pd.Series([0.0, 10.0, 5.0]))
    expected = pd.DataFrame({"responses": [3], "mean": [5.0], "mean_low": [low], "mean_high": [high]})
    assert_frame_equal(got, expected)


def test_rating_by_group() -> None:
    frame = pd.DataFrame({"r": ["9", "7", "", "4"], "event": ["a", "a", "b", "b"]})
    got = rating_by(frame, "r", "event")
    assert got.index.tolist() == ["a", "b"]
    assert got["responses"].tolist() == [2, 1]
    assert got["mean"].tolist() == [8.0, 4.0]
    assert math.isnan(got.loc["b", "mean_low"])


# ------------------------------------------------------------------ breakdowns


def test_month_of() -> None:
    got = month_of(pd.Series(["2024-03-09", "2025-12-31T23:59:00", "", "31/01/2024"]))
    assert got.tolist() == ["2024-03", "2025-12", "", ""]


def test_response_counts_by_region() -> None:
    frames = {
        "a": pd.DataFrame({"region": ["nw", "nw", "ne", ""]}),
        "b": pd.DataFrame({"region": ["ne"]}),
    }
    expected = pd.DataFrame(
        {"a": [1, 1, 2], "b": [0, 1, 0], "Total": [1, 2, 2]}, index=["(not given)", "ne", "nw"]
    ).astype("int64")
    assert_frame_equal(response_counts(frames, by="region"), expected)
    overall = pd.DataFrame({"a": [4], "b": [1], "Total": [5]}, index=["Responses"]).astype("int64")
    assert_frame_equal(response_counts(frames), overall)


def test_response_counts_missing_column_is_not_given() -> None:
    got = response_counts({"a": pd.DataFrame({"x": ["1", "2"]})}, by="cohort")
    assert got.loc["(not given)", "a"] == 2


def test_crosstab_counts() -> None:
    frame = pd.DataFrame({"event": ["e1", "e1", "e2", ""], "q": ["yes", "", "no", "yes"]})
    got = crosstab_counts(frame, "event", "q", {"yes": "Yes", "no": "No"})
    expected = pd.DataFrame(
        {"yes": [1, 1, 0], "no": [0, 0, 1], "Total": [1, 1, 1]}, index=["(not given)", "e1", "e2"]
    ).astype("int64")
    assert_frame_equal(got, expected)


def test_question_counts() -> None:
    frame = pd.DataFrame({"a": ["x", "", "y", ""], "g.s": ["", "", "agree", "agree"]})
    got = question_counts(frame, [("a", "A", ["a", "a_other"]), ("g", "G", ["g.s"]), ("z", "Z", ["z"])])
    expected = pd.DataFrame(
        {
            "question": ["a", "g", "z"],
            "label": ["A", "G", "Z"],
            "answered": [2, 2, 0],
            "percent": [50.0, 50.0, 0.0],
        }
    ).astype({"answered": "int64"})
    assert_frame_equal(got, expected)


def test_canonical_labels_join_spellings_of_one_value() -> None:
    options = {"north_east_yorkshire": "North East and Yorkshire", "north_west": "North West"}
    labels = canonical_labels(
        [
            "North East & Yorkshire",
            "north-east-yorkshire",
            "NORTH WEST",
            "north_west",
            "Spring 2021",
            "spring-2021",
            "spring-2021",
            "Cumbria",
            "",
            "--",
        ],
        options,
    )
    assert labels == {
        "North East & Yorkshire": "North East and Yorkshire",
        "north-east-yorkshire": "North East and Yorkshire",
        "NORTH WEST": "North West",
        "north_west": "North West",
        # No option: the commonest spelling of the same words stands for all of them.
        "Spring 2021": "spring-2021",
        "spring-2021": "spring-2021",
        "Cumbria": "Cumbria",
        "": "",
        "--": "--",
    }
    # Words that differ are different values, however alike ("North" is not "North West").
    assert canonical_labels(["North"], options) == {"North": "North"}
