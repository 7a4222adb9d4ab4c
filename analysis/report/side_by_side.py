"""Groups side by side: the two largest events, cohorts, regions or settings, and how far they differ.

Each comparison is a proportion (FFT % positive; % rating 9 or 10 on a 0-10 scale) compared between
the two largest groups of a breakdown, with Newcombe's interval for the difference
(:mod:`analysis.comparison`). A group takes part only if its responses, its "yes" count and its "no"
count are each zero or at least the suppression threshold, so no percentage shown here gives a
hidden count away.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis import numbers
from analysis.comparison import compare_proportions
from analysis.schema import QuestionSpec

from .context import BREAKDOWN_COLUMNS, EVENT_COLUMN, ReportContext
from .document import Block, Paragraph, Table
from .tables import fmt

# The breakdowns compared, with the word for one group of each.
GROUPINGS = [(EVENT_COLUMN, "event"), *((c, q) for c, q in BREAKDOWN_COLUMNS.items())]
COLUMNS = [
    "Measure",
    "First group (responses)",
    "Second group (responses)",
    "First %",
    "Second %",
    "Difference",
    "95% interval",
    "Clear?",
]
TOP_BOX = 9  # a 0-10 rating of 9 or 10, the top group of the scale as the field reads it


@dataclass(frozen=True)
class Measure:
    """A yes/no reading of one question: which answers count, and which of them are a "yes"."""

    label: str
    valid: pd.Series
    yes: pd.Series


def _measures(questions: list[QuestionSpec], frame: pd.DataFrame) -> list[Measure]:
    """The proportions worth comparing in a questionnaire: FFT % positive and % rating 9-10."""
    found = []
    for question in questions:
        if question.key not in frame.columns:
            continue
        answers = frame[question.key].fillna("").astype(str)
        if question.type == "fft":
            valid = answers.isin(list(question.options))
            found.append(Measure(f"{question.label} (% positive)", valid, answers.isin(numbers.FFT_POSITIVE)))
        elif question.type == "rating":
            scores = pd.to_numeric(answers.where(answers != ""), errors="coerce")
            valid = scores.between(0, 10)
            found.append(Measure(f"{question.label} (% rating 9 or 10)", valid, valid & (scores >= TOP_BOX)))
    return found


def _eligible(counts: pd.DataFrame, threshold: int) -> pd.DataFrame:
    """Groups whose size, yes and no counts are each 0 or at least the threshold, largest first."""

    def safe(values: pd.Series) -> pd.Series:
        return (values == 0) | (values >= threshold)

    keep = (counts["n"] >= threshold) & safe(counts["yes"]) & safe(counts["n"] - counts["yes"])
    return counts[keep].sort_values(["n", "group"], ascending=[False, True])


def _row(measure: Measure, frame: pd.DataFrame, column: str, threshold: int) -> list[str] | None:
    """One comparison row: the two largest eligible groups of ``column`` on ``measure``, or None."""
    groups = frame[column].fillna("").astype(str)
    valid = measure.valid & (groups != "")
    counts = pd.DataFrame({"group": groups[valid], "yes": measure.yes[valid].astype(int)})
    counts = counts.groupby("group", as_index=False).agg(n=("yes", "size"), yes=("yes", "sum"))
    eligible = _eligible(counts, threshold)
    if len(eligible) < 2:
        return None
    first, second = eligible.iloc[0], eligible.iloc[1]
    difference = compare_proportions(int(first.yes), int(first.n), int(second.yes), int(second.n), threshold)
    if difference is None:
        return None
    return [
        measure.label,
        f"{first.group} ({int(first.n):,})",
        f"{second.group} ({int(second.n):,})",
        fmt(difference.first, "pct"),
        fmt(difference.second, "pct"),
        f"{difference.difference:+.1f}",
        f"{difference.low:+.1f} to {difference.high:+.1f}",
        "yes" if difference.clear else "no",
    ]


def comparison_blocks(context: ReportContext, slug: str, frame: pd.DataFrame) -> list[Block]:
    """A table comparing the two largest groups of each breakdown, or a sentence saying none can be."""
    measures = _measures(list(context.specs[slug].questions), frame)
    if not measures:
        return []
    rows = [
        row
        for measure in measures
        for column, _word in GROUPINGS
        if column in frame.columns
        for row in [_row(measure, frame, column, context.threshold)]
        if row is not None
    ]
    if not rows:
        return [
            Paragraph(
                "Groups side by side: no two events, cohorts, regions or settings had enough responses "
                f"(at least {context.threshold} each, and in each answer group) to compare."
            )
        ]
    return [
        Table(
            f"{slug}-comparisons",
            "The two largest groups side by side: the difference in percentage points, first minus "
            "second, with its 95% interval (Newcombe's method)",
            COLUMNS,
            rows,
            "A difference is clear when its interval leaves out zero: more than chance alone would give.",
            text_columns=frozenset({1, 2, 7}),
        )
    ]
