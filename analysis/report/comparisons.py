"""A finding's comparisons between cohorts, events or settings, where the groups are big enough.

Each comparison is a share by group: of those who answered a closed question, how many chose an option;
of those who commented on a theme, how many named it a barrier (respondents, not comments, so a group
never counts more than its responses). Groups with fewer than the threshold are pooled, an "all" row
closes the table, and the table is suppressed in its own right with the remainder kept as a count, so
its columns and rows add up and no small count can be worked out. A comparison is drawn only when the
overall figures are shown in the appendix and at least two groups have a share that can be shown;
otherwise one sentence says the groups are too small.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis import numbers
from analysis.suppression import suppress_small_counts
from analysis.text.coding import keyed

from .context import EVENT_COLUMN, ReportContext
from .document import Block, Paragraph
from .programme_themes import ClosedAnswer
from .questions import ALL_WHO_ANSWERED
from .tables import data_table

__all__ = [
    "GroupAnswers",
    "closed_by_group",
    "comments_by_code",
    "comments_by_group",
    "group_of_reference",
    "theme_keys",
]

#: The group each audience's answers are compared by: (derived column, the group in words).
COMPARE_BY = {
    "apprentice": ("_cohort", "cohort"),
    "stakeholder": (EVENT_COLUMN, "event"),
    "patient": ("_setting", "setting"),
}
SMALLER_GROUPS = "Other and smaller groups"
#: A question's answers as `;answer;answer;`, whether each was answered, and each response's group
#: (factorised: codes and names), worked out once per question however many of its options are compared.
GroupAnswers = tuple[pd.Series, np.ndarray, np.ndarray, pd.Index]


@dataclass(frozen=True)
class Share:
    """What a comparison counts: its table's name and caption, what it is of, and its two columns."""

    name: str
    caption: str
    subject: str
    whole: str  # heading of the count the share is of, e.g. "Answered"
    part: str  # heading of the count in the share, e.g. "Chose it"
    total: str = ALL_WHO_ANSWERED  # the row of every group together


def theme_keys(cell: object) -> list[str]:
    """The theme keys of a coded comment."""
    return [key for key in str(cell).split(";") if key] if isinstance(cell, str) else []


def comments_by_code(coded: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Coded comments by `codebook/key` theme: each distinct `themes` cell is split once, however often."""
    coded = coded.reset_index(drop=True)
    keys = (
        coded["themes"].map({cell: theme_keys(cell) for cell in coded["themes"].unique()}).explode().dropna()
    )
    if keys.empty:
        return {}
    rows = keys.index.to_numpy()
    codes = coded["codebook"].astype(str).to_numpy()[rows] + "/" + keys.astype(str).to_numpy()
    positions = pd.Series(rows).groupby(codes).agg(list)
    return {str(code): coded.iloc[list(at)] for code, at in positions.items()}


def _share_table(counts: pd.DataFrame, threshold: int, total: str) -> pd.DataFrame:
    """Groups whose share and remainder can both be shown on their own, the others pooled, and the total.

    The rest (who did not choose it, comments on it naming no barrier) is kept as a count, so it is
    suppressed with the others and no small remainder can be worked out by subtraction.
    """
    rest = counts["whole"] - counts["part"]
    comparable = (
        (counts["part"] >= threshold)
        & ((rest == 0) | (rest >= threshold))
        & (counts.index != numbers.NOT_GIVEN)
    )
    table = counts[comparable].sort_index().astype("int64")
    pooled = counts[~comparable].sum()
    if int(pooled["whole"]):
        table.loc[SMALLER_GROUPS] = [int(pooled["whole"]), int(pooled["part"])]
    table.loc[total] = [int(counts["whole"].sum()), int(counts["part"].sum())]
    table["rest"] = table["whole"] - table["part"]
    table["percent"] = 100.0 * table["part"] / table["whole"]
    table["low"], table["high"] = numbers.wilson_interval(table["part"], table["whole"])
    return table


def _compared(context: ReportContext, share: Share, counts: pd.DataFrame, noun: str) -> Block:
    """The share by group as a suppressed table, or a sentence when fewer than two groups can show one."""
    too_small = Paragraph(
        f"{share.subject}: groups are too small to compare by {noun} (fewer than two {noun}s whose "
        "share can be shown without revealing a count under the threshold)."
    )
    table = _share_table(counts, context.threshold, share.total)
    if len(table.index.difference([SMALLER_GROUPS, share.total])) < 2:
        return too_small
    of = ["part", "whole"]
    # Suppressed before it is kept: a comparison that would show fewer than two groups' shares is not drawn.
    result = suppress_small_counts(
        table,
        context.threshold,
        name=share.name,
        counts=["whole", "part", "rest"],
        derived={"percent": of, "low": of, "high": of},
        along="both",
    )
    groups = result.table.index.difference([SMALLER_GROUPS, share.total])
    if sum(not isinstance(result.table.at[g, "percent"], str) for g in groups) < 2:
        return too_small
    published = context.tables.record(share.name, result)
    return data_table(
        share.name,
        share.caption,
        published,
        [
            ("whole", share.whole, "count"),
            ("part", share.part, "count"),
            ("percent", "%", "pct"),
            ("low", "95% interval from", "pct"),
            ("high", "95% interval to", "pct"),
        ],
        noun.capitalize(),
        note=f"Each {noun} where {context.threshold} or more {share.part.lower()} and "
        f"{context.threshold} or more did not (or none did not) is shown on its own; the others are pooled. "
        "Intervals are "
        "Wilson score 95% intervals: where two groups' intervals overlap widely, the difference may be "
        "chance.",
    )


def _answers_by_group(frame: pd.DataFrame, question: str, column: str) -> GroupAnswers:
    """A question's answers and each response's group, ready to count any option by group."""
    series = frame[question].fillna("").astype(str)
    groups = frame[column].fillna("").astype(str).replace("", numbers.NOT_GIVEN)
    codes, names = pd.factorize(groups)
    return ";" + series + ";", numbers.answered(series).to_numpy(), codes, pd.Index(names)


def closed_by_group(
    context: ReportContext,
    memo: dict[tuple[str, str], GroupAnswers],
    name: str,
    ref: ClosedAnswer,
    answer: str,
    overall_shown: bool,
) -> Block:
    """One option's share of those who answered its question, by cohort, event or setting.

    ``memo`` keeps each question's answers by group, so each question is read once; without
    ``overall_shown`` (the appendix hides the option's count or its total) nothing is compared.
    """
    spec = context.specs[ref.questionnaire]
    column, noun = COMPARE_BY.get(spec.audience, ("_cohort", "cohort"))
    frame = context.frames[ref.questionnaire]
    share = Share(
        f"{name}-by-{noun}",
        f"“{answer}” ({spec.title}) by {noun}: how many who answered chose it",
        f"“{answer}” ({spec.title})",
        "Answered",
        "Chose it",
    )
    if column not in frame.columns or not overall_shown:
        return _compared(context, share, pd.DataFrame({"whole": [], "part": []}), noun)
    key = (ref.questionnaire, ref.question)
    if key not in memo:
        memo[key] = _answers_by_group(frame, ref.question, column)
    wrapped, given, codes, names = memo[key]
    # Answers of a question allowing several are `;`-joined codes.
    chose = given & wrapped.str.contains(f";{ref.answer};", regex=False).to_numpy()
    counts = pd.DataFrame(
        {
            "whole": np.bincount(codes, weights=given, minlength=len(names)).astype("int64"),
            "part": np.bincount(codes, weights=chose, minlength=len(names)).astype("int64"),
        },
        index=names,
    )
    return _compared(context, share, counts, noun)


def group_of_reference(context: ReportContext, questionnaire: str) -> pd.Series | None:
    """Each response's comparison group (cohort, event or setting) by its reference; None without either."""
    spec = context.specs[questionnaire]
    column, _ = COMPARE_BY.get(spec.audience, ("_cohort", "cohort"))
    frame = context.frames[questionnaire]
    if column not in frame.columns or "reference" not in frame.columns:
        return None
    return frame.drop_duplicates("reference").set_index("reference")[column]


def comments_by_group(
    context: ReportContext,
    comments: pd.DataFrame,
    lookup: pd.Series,
    name: str,
    questionnaire: str,
    label: str,
) -> Block | None:
    """How many of those whose comments touch a theme named it a barrier, by cohort, event or setting.

    ``comments`` are every comment coded with the theme (`comments_by_code`), ``lookup`` each response's
    group (`group_of_reference`); None when the comments carry no reference.
    """
    spec = context.specs[questionnaire]
    _, noun = COMPARE_BY.get(spec.audience, ("_cohort", "cohort"))
    if "reference" not in comments.columns:
        return None
    own = comments[comments["questionnaire"] == questionnaire]
    key = name.rpartition("/")[2]
    barrier = own["theme_stances"].map(
        {c: keyed(c).get(key) == "barrier" for c in own["theme_stances"].unique()}
    )
    # Respondents, not comments: one who wrote on the theme in two answers is one of their group's
    # responses, so no group ever counts more than the responses it has.
    named = barrier.astype(bool).groupby(own["reference"].astype(str)).any()
    groups = named.index.to_series().map(lookup).fillna("").astype(str).replace("", numbers.NOT_GIVEN)
    counts = pd.DataFrame({"whole": groups.value_counts(), "part": groups[named].value_counts()})
    share = Share(
        f"finding-{name.replace('/', '-')}-{questionnaire}-comments-by-{noun}",
        f"{label} ({spec.title}) by {noun}: how many who commented on it named it a barrier",
        f"Comments on {label} ({spec.title})",
        "Commented on it",
        "Named it a barrier",
        "All who commented on it",
    )
    return _compared(context, share, counts.fillna(0).astype("int64"), noun)
