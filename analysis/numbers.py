"""Counts, percentages, means and Friends and Family Test scores from tidy frames.

Every function takes text cells as :mod:`analysis.tidy` produces them (``""`` = no answer) and
returns a new DataFrame; nothing loops over rows in Python. Percentages are 0–100 floats, unrounded;
a percentage or mean with no responses behind it is NaN, never 0.

Sources:

* Friends and Family Test: NHS England, "Friends and Family Test (FFT): guidance" (2019, in force
  from April 2020) and the FFT data publication's background notes
  (https://www.england.nhs.uk/fft/friends-and-family-test-data/). The percentage positive is
  (Very good + Good) / all responses and the percentage negative (Poor + Very poor) / all responses,
  where all responses include "Don't know"; a provider with no responses has no score.
* Wilson score interval: E. B. Wilson, "Probable inference, the law of succession, and statistical
  inference", JASA 22 (1927) 209–212; recommended over the Wald interval for survey proportions by
  Brown, Cai and DasGupta, Statistical Science 16 (2001) 101–133.
* Interval for a mean: normal approximation, mean ± 1.96 × SD / √n (sample SD), shown only for n ≥ 2.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from questionnaire_format.vocabulary import FFT_OPTIONS, LIKERT_OPTIONS

Z95 = 1.959963984540054  # two-sided 95% standard normal quantile
LIKERT_SCORES: dict[str, int] = {
    "strongly_agree": 5,
    "agree": 4,
    "neither": 3,
    "disagree": 2,
    "strongly_disagree": 1,
}
FFT_POSITIVE = ("very_good", "good")
FFT_NEGATIVE = ("poor", "very_poor")
NOT_GIVEN = "(not given)"
MONTH_PATTERN = r"^\d{4}-\d{2}"


def _percent(part: pd.Series | np.ndarray, whole: pd.Series | np.ndarray) -> np.ndarray:
    """``100 * part / whole`` with NaN (not 0, not inf) where ``whole`` is 0."""
    part_arr = np.asarray(part, dtype=float)
    whole_arr = np.asarray(whole, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(whole_arr > 0, 100.0 * part_arr / whole_arr, np.nan)


def wilson_interval(
    successes: Sequence[float] | np.ndarray | pd.Series,
    totals: Sequence[float] | np.ndarray | pd.Series,
    z: float = Z95,
) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval for proportions ``successes / totals``, as percentages (NaN where n = 0).

    >>> low, high = wilson_interval([8, 0], [10, 10])
    >>> [round(float(x), 2) for x in low], [round(float(x), 2) for x in high]
    ([49.02, 0.0], [94.33, 27.75])
    """
    k = np.asarray(successes, dtype=float)
    n = np.asarray(totals, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = k / n
        z2 = z * z
        centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        half = (z / (1 + z2 / n)) * np.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
        low = np.where(n > 0, np.clip(centre - half, 0.0, 1.0) * 100.0, np.nan)
        high = np.where(n > 0, np.clip(centre + half, 0.0, 1.0) * 100.0, np.nan)
    return low, high


def response_rate(responses: int, expected: int) -> float:
    """Responses as a percentage of the people expected, to one decimal (over 100 when more came).

    >>> response_rate(34, 40), response_rate(0, 12)
    (85.0, 0.0)
    """
    if expected < 1:
        raise ValueError("the expected number of responses must be 1 or more")
    return round(100 * responses / expected, 1)


def month_of(submitted_on: pd.Series) -> pd.Series:
    """The ``YYYY-MM`` month of ISO dates or date-times; ``""`` where the date is missing or malformed.

    >>> month_of(pd.Series(["2024-03-09", "2024-11-30T10:00:00", "", "soon"])).tolist()
    ['2024-03', '2024-11', '', '']
    """
    text = submitted_on.astype(str)
    return text.str.slice(0, 7).where(text.str.match(MONTH_PATTERN), "")


def month_name(month: str) -> str:
    """A ``YYYY-MM`` month as people write it ("March 2026"); anything else unchanged.

    >>> month_name("2026-03"), month_name("(not given)")
    ('March 2026', '(not given)')
    """
    match = re.fullmatch(r"(\d{4})-(\d{2})", month)
    if not match or not 1 <= int(match[2]) <= 12:
        return month
    return f"{calendar.month_name[int(match[2])]} {match[1]}"


def answered(series: pd.Series) -> pd.Series:
    """True where a cell holds an answer (not ``""`` and not missing)."""
    return series.notna() & (series.astype(str) != "")


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    """A column, or an all-empty one if no respondent ever saw the question."""
    if name in frame.columns:
        return frame[name].fillna("").astype(str)
    return pd.Series("", index=frame.index, dtype=object)


def choice_distribution(series: pd.Series, options: Mapping[str, str]) -> pd.DataFrame:
    """Count each answer of a one-answer question; percent of those who answered it.

    Options nobody chose are listed with 0; stored values not among ``options`` (an older version's
    answers) follow, in order of first appearance.

    >>> choice_distribution(pd.Series(["yes", "no", "yes", ""]), {"yes": "Yes", "no": "No"})
      value label  count    percent
    0   yes   Yes      2  66.666667
    1    no    No      1  33.333333
    """
    given = series[answered(series)].astype(str)
    counts = given.value_counts(sort=False)
    values = list(options) + [v for v in counts.index if v not in options]
    count = counts.reindex(values, fill_value=0).astype("int64")
    total = int(count.sum())
    return pd.DataFrame(
        {
            "value": values,
            "label": [options.get(v, v) for v in values],
            "count": count.to_numpy(),
            "percent": _percent(count.to_numpy(), np.full(len(values), total)),
        }
    )


def multiple_choice_shares(series: pd.Series, options: Mapping[str, str]) -> pd.DataFrame:
    """Each option's share of the respondents who answered a ``;``-joined multiple-choice question.

    Shares do not add up to 100: a respondent can choose several options.

    >>> multiple_choice_shares(pd.Series(["a;b", "b", "", "b;c"]), {"a": "A", "b": "B"})
      value label  count     percent
    0     a     A      1   33.333333
    1     b     B      3  100.000000
    2     c     c      1   33.333333
    """
    given = series[answered(series)].astype(str)
    respondents = len(given)
    if respondents:
        # One indicator column per value; duplicates within a cell count once.
        dummies = given.str.get_dummies(sep=";")
        counts = dummies.clip(upper=1).sum(axis=0)
    else:
        counts = pd.Series(dtype="int64")
    values = list(options) + [v for v in counts.index if v not in options and v != ""]
    count = counts.reindex(values, fill_value=0).astype("int64")
    return pd.DataFrame(
        {
            "value": values,
            "label": [options.get(v, v) for v in values],
            "count": count.to_numpy(),
            "percent": _percent(count.to_numpy(), np.full(len(values), respondents)),
        }
    )


def mean_interval(values: pd.Series) -> tuple[float, float, float]:
    """Mean of numeric values with a normal-approximation 95% interval (NaN when n < 2 for the interval).

    >>> tuple(round(x, 3) for x in mean_interval(pd.Series([4.0, 5.0, 3.0, 4.0])))
    (4.0, 3.2, 4.8)
    """
    clean = pd.to_numeric(values, errors="coerce").dropna()
    n = len(clean)
    if n == 0:
        return (float("nan"),) * 3
    mean = float(clean.mean())
    if n < 2:
        return mean, float("nan"), float("nan")
    half = Z95 * float(clean.std(ddof=1)) / float(np.sqrt(n))
    return mean, mean - half, mean + half


def _grouped_mean_interval(scores: pd.Series, groups: pd.Series) -> pd.DataFrame:
    """Per-group n, mean and normal 95% interval of numeric ``scores`` (NaN scores ignored)."""
    valid = scores.notna()
    stats = scores[valid].groupby(groups[valid], sort=True).agg(["count", "mean", "std"])
    half = Z95 * stats["std"] / np.sqrt(stats["count"])
    half = half.where(stats["count"] >= 2)
    return pd.DataFrame(
        {
            "responses": stats["count"].astype("int64"),
            "mean": stats["mean"],
            "mean_low": stats["mean"] - half,
            "mean_high": stats["mean"] + half,
        }
    )


def likert_summary(frame: pd.DataFrame, statements: Mapping[str, str]) -> pd.DataFrame:
    """Distribution, % agree (strongly agree + agree) and mean score (5 = strongly agree) per statement.

    ``statements`` maps answer columns (``<key>.<statement>`` for a grid, or a likert question's key)
    to labels. The mean's 95% interval uses the normal approximation.

    >>> frame = pd.DataFrame({"q.a": ["strongly_agree", "agree", "disagree", ""]})
    >>> likert_summary(frame, {"q.a": "A"})[["statement", "responses", "pct_agree", "mean"]]
      statement  responses  pct_agree      mean
    0       q.a          3  66.666667  3.666667
    """
    levels = list(LIKERT_OPTIONS)
    rows = []
    for column, label in statements.items():
        series = _column(frame, column)
        counts = series.value_counts().reindex(levels, fill_value=0).astype("int64")
        scores = series.map(LIKERT_SCORES)
        mean, low, high = mean_interval(scores)
        responses = int(counts.sum())
        rows.append(
            {
                "statement": column,
                "label": label,
                **{level: int(counts[level]) for level in levels},
                "responses": responses,
                "agree_total": int(counts["strongly_agree"] + counts["agree"]),
                "mean": mean,
                "mean_low": low,
                "mean_high": high,
            }
        )
    columns = ["statement", "label", *levels, "responses", "agree_total", "mean", "mean_low", "mean_high"]
    table = pd.DataFrame(rows, columns=columns)
    table.insert(
        columns.index("agree_total") + 1, "pct_agree", _percent(table["agree_total"], table["responses"])
    )
    table = table.drop(columns="agree_total")
    for level in levels:
        table[level] = table[level].astype("int64")
    table["responses"] = table["responses"].astype("int64")
    return table.astype({c: float for c in ("pct_agree", "mean", "mean_low", "mean_high")})


def rating_summary(series: pd.Series) -> pd.DataFrame:
    """Responses, mean and 95% interval of a 0–10 rating (values outside 0–10 are ignored).

    >>> rating_summary(pd.Series(["10", "8", "", "6"]))
       responses  mean  mean_low  mean_high
    0          3   8.0  5.736829  10.263171
    """
    scores = pd.to_numeric(series.where(answered(series)), errors="coerce")
    scores = scores.where(scores.between(0, 10))
    mean, low, high = mean_interval(scores)
    return pd.DataFrame(
        {"responses": [int(scores.notna().sum())], "mean": [mean], "mean_low": [low], "mean_high": [high]}
    )


def rating_by(frame: pd.DataFrame, column: str, by: str) -> pd.DataFrame:
    """Mean 0–10 rating per value of ``by`` (blank ``by`` values grouped as "(not given)").

    >>> rating_by(pd.DataFrame({"r": ["9", "7", "5"], "g": ["x", "x", ""]}), "r", "g")
                 responses  mean  mean_low  mean_high
    (not given)          1   5.0       NaN        NaN
    x                    2   8.0  6.040036   9.959964
    """
    scores = pd.to_numeric(_column(frame, column).replace("", np.nan), errors="coerce")
    scores = scores.where(scores.between(0, 10))
    groups = _column(frame, by).replace("", NOT_GIVEN)
    table = _grouped_mean_interval(scores, groups)
    table.index.name = None
    return table


def fft_scores(frame: pd.DataFrame, column: str = "fft", by: str | None = None) -> pd.DataFrame:
    """Friends and Family Test counts and scores, overall (index "All") or per value of ``by``.

    As NHS England computes them: ``pct_positive`` = (very_good + good) / responses and
    ``pct_negative`` = (poor + very_poor) / responses, where responses counts every valid answer,
    "Don't know" included. Each comes with a Wilson 95% interval. A group with no FFT responses
    keeps its row with NaN scores: no responses means no score, not 0%.

    >>> table = fft_scores(pd.DataFrame({"fft": ["very_good", "good", "poor", "dont_know", ""]}))
    >>> table[["responses", "positive", "pct_positive", "pct_negative"]]
         responses  positive  pct_positive  pct_negative
    All          4         2          50.0          25.0
    """
    answers = _column(frame, column)
    answers = answers.where(answers.isin(list(FFT_OPTIONS)), "")
    groups = pd.Series("All", index=frame.index) if by is None else _column(frame, by).replace("", NOT_GIVEN)
    counts = pd.crosstab(groups, answers) if len(frame) else pd.DataFrame()
    counts = counts.reindex(columns=list(FFT_OPTIONS), fill_value=0).astype("int64")
    if len(frame) == 0 and by is None:
        counts = pd.DataFrame({c: [0] for c in FFT_OPTIONS}, index=["All"], dtype="int64")
    table = counts.copy()
    table.insert(0, "responses", counts.sum(axis=1).astype("int64"))
    table["positive"] = counts[list(FFT_POSITIVE)].sum(axis=1).astype("int64")
    table["negative"] = counts[list(FFT_NEGATIVE)].sum(axis=1).astype("int64")
    table["pct_positive"] = _percent(table["positive"], table["responses"])
    table["pct_positive_low"], table["pct_positive_high"] = wilson_interval(
        table["positive"], table["responses"]
    )
    table["pct_negative"] = _percent(table["negative"], table["responses"])
    table["pct_negative_low"], table["pct_negative_high"] = wilson_interval(
        table["negative"], table["responses"]
    )
    table.index.name = None
    table.columns.name = None
    return table


def fft_by_month(frame: pd.DataFrame, column: str = "fft") -> pd.DataFrame:
    """FFT scores per ``YYYY-MM`` month of ``submitted_on``, months in order.

    >>> fft_by_month(pd.DataFrame({"fft": ["good", "poor"], "submitted_on": ["2024-02-01", "2024-01-05"]})
    ...     )[["responses", "pct_positive"]]
             responses  pct_positive
    2024-01          1           0.0
    2024-02          1         100.0
    """
    with_month = frame.assign(_month=month_of(_column(frame, "submitted_on")))
    return fft_scores(with_month, column=column, by="_month").sort_index()


def spelling_key(value: str) -> str:
    """The words of a value, ignoring case, punctuation and "&" for "and" ("North-West" = "north west")."""
    words = re.sub(r"[^0-9a-z]+", " ", value.lower().replace("&", " and ")).split()
    return " ".join(w for w in words if w != "and")


def canonical_labels(
    values: Iterable[str] | Mapping[str, int], options: Mapping[str, str] | None = None
) -> dict[str, str]:
    """One display label for each spelling of the same value, so a breakdown shows one row per value.

    A value naming an option (by its code or its label, whatever the case, punctuation or "&"/"and")
    takes the option's label; other values written with the same words share their commonest spelling.
    Link tags are typed by hand, so "north-west", "North West" and the answer code ``north_west`` are
    one region. ``values`` may be given as counts per value.

    >>> canonical_labels(["north-west", "north_west", "Leeds", "leeds", "leeds", ""],
    ...                  {"north_west": "North West"})
    {'north-west': 'North West', 'north_west': 'North West', 'Leeds': 'leeds', 'leeds': 'leeds', '': ''}
    """
    by_key: dict[str, str] = {}
    for code, label in (options or {}).items():
        by_key.setdefault(spelling_key(code), label)
        by_key.setdefault(spelling_key(label), label)
    counts = Counter(values) if not isinstance(values, Mapping) else values
    keys = {value: spelling_key(value) for value in counts}
    spellings: dict[str, Counter[str]] = {}
    for value, count in counts.items():
        spellings.setdefault(keys[value], Counter())[value] += count
    labels: dict[str, str] = {}
    for value, key in keys.items():
        if not value or not key:
            labels[value] = value
        elif key in by_key:
            labels[value] = by_key[key]
        else:
            # The commonest spelling, ties to the first in sort order, so the label is stable.
            labels[value] = min(spellings[key].items(), key=lambda vc: (-vc[1], vc[0]))[0]
    return labels


def response_counts(frames: Mapping[str, pd.DataFrame], by: str | None = None) -> pd.DataFrame:
    """Responses per questionnaire (columns) and per value of ``by`` (rows), with a Total column.

    With ``by=None`` there is one row, "Responses". Blank values count as "(not given)".

    >>> response_counts({"a": pd.DataFrame({"region": ["nw", "", "nw"]}),
    ...                  "b": pd.DataFrame({"region": ["ne"]})}, by="region")
                 a  b  Total
    (not given)  1  0      1
    ne           0  1      1
    nw           2  0      2
    """
    columns: dict[str, pd.Series] = {}
    for slug, frame in frames.items():
        if by is None:
            columns[slug] = pd.Series({"Responses": len(frame)}, dtype="int64")
        else:
            columns[slug] = _column(frame, by).replace("", NOT_GIVEN).value_counts()
    table = pd.DataFrame(columns).fillna(0).astype("int64").sort_index()
    if table.empty and by is None:
        table = pd.DataFrame({slug: [0] for slug in frames}, index=["Responses"], dtype="int64")
    table["Total"] = table.sum(axis=1).astype("int64")
    table.index.name = None
    return table


def crosstab_counts(
    frame: pd.DataFrame, by: str, column: str, options: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Counts of a one-answer question's values (columns) per value of ``by`` (rows), plus Total.

    Only respondents who answered ``column`` are counted; blank ``by`` values are "(not given)".

    >>> crosstab_counts(pd.DataFrame({"g": ["x", "x", "y"], "q": ["yes", "no", "yes"]}), "g", "q",
    ...                 {"yes": "Yes", "no": "No"})
       yes  no  Total
    x    1   1      2
    y    1   0      1
    """
    values = _column(frame, column)
    mask = values != ""
    groups = _column(frame, by).replace("", NOT_GIVEN)[mask]
    table = pd.crosstab(groups, values[mask]) if mask.any() else pd.DataFrame()
    order = list(options or {}) + [c for c in table.columns if c not in (options or {})]
    table = table.reindex(columns=order, fill_value=0).astype("int64")
    table["Total"] = table.sum(axis=1).astype("int64")
    table.index.name = None
    table.columns.name = None
    return table


def question_counts(frame: pd.DataFrame, questions: Sequence[tuple[str, str, Sequence[str]]]) -> pd.DataFrame:
    """How many respondents answered each question, and what percent of all respondents that is.

    ``questions`` lists ``(key, label, answer_columns)``; a question counts as answered when any of its
    columns (a grid's statements, a choice and its "other" text) holds an answer.

    >>> question_counts(pd.DataFrame({"a": ["x", ""], "g.s": ["", "agree"]}),
    ...                 [("a", "A?", ["a"]), ("g", "G?", ["g.s", "g.t"])])
      question label  answered  percent
    0        a    A?         1     50.0
    1        g    G?         1     50.0
    """
    total = len(frame)
    rows = []
    for key, label, columns in questions:
        present = [c for c in columns if c in frame.columns]
        if present:
            filled = frame[present].fillna("").astype(str).ne("").any(axis=1)
            count = int(filled.sum())
        else:
            count = 0
        rows.append({"question": key, "label": label, "answered": count})
    table = pd.DataFrame(rows, columns=["question", "label", "answered"])
    table["answered"] = table["answered"].astype("int64")
    table["percent"] = _percent(table["answered"], np.full(len(table), total))
    return table
