"""A question's blocks: its suppressed distribution, summary and chart, by question type."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis import numbers
from analysis.schema import QuestionSpec
from analysis.suppression import MARKER

from .context import EVENT_COLUMN, GROUP_QUESTIONS, ReportContext
from .document import Block, Paragraph
from .means import MEAN_COLUMNS, MEAN_NOTE, HiddenCounts, safe_event_means, safe_mean
from .scales import rating_chart
from .tables import Column, bar_chart, data_table
from .trends import fft_control_blocks

ALL_WHO_ANSWERED = "All who answered"
MEAN_INTERVAL_COLUMNS: list[Column] = [
    ("mean_low", "95% interval from", "mean"),
    ("mean_high", "95% interval to", "mean"),
]
RATING_MEAN_COLUMNS: list[Column] = [
    ("responses", "Responses", "count"),
    ("mean", "Mean (0 to 10)", "mean"),
    *MEAN_INTERVAL_COLUMNS,
]
# A mean and its interval are worked out from the responses behind them.
MEAN_DERIVED = {"mean": "responses", "mean_low": "responses", "mean_high": "responses"}
FFT_SCORE_COLUMNS = [
    "responses",
    "positive",
    "negative",
    "pct_positive",
    "pct_positive_low",
    "pct_positive_high",
    "pct_negative",
    "pct_negative_low",
    "pct_negative_high",
]
FFT_TABLE_COLUMNS: list[Column] = [
    ("responses", "Responses", "count"),
    ("positive", "Very good or good", "count"),
    ("negative", "Poor or very poor", "count"),
    ("pct_positive", "% positive", "pct"),
    ("pct_positive_low", "95% interval from", "pct"),
    ("pct_positive_high", "95% interval to", "pct"),
    ("pct_negative", "% negative", "pct"),
    ("pct_negative_low", "95% interval from", "pct"),
    ("pct_negative_high", "95% interval to", "pct"),
]
FFT_CAPTION = (
    "Friends and Family Test by month: % positive (very good or good) and % negative (poor or very "
    "poor) of all responses, including don't know, with Wilson 95% intervals"
)
EVENT_MEANS_NOTE = (
    " As some counts of the rating are hidden, means by event are shown to one decimal "
    "without intervals, and only if together with the overall mean they give none of "
    "those counts away."
)


def question_blocks(
    context: ReportContext, slug: str, question: QuestionSpec, frame: pd.DataFrame
) -> list[Block]:
    """The blocks of one question of a questionnaire; none for a type the report does not summarise."""
    if question.type == "fft":
        return fft_blocks(context, slug, question, frame)
    if question.type in ("likert", "likert_grid"):
        return likert_blocks(context, slug, question, frame)
    if question.type == "rating":
        return rating_blocks(context, slug, question, frame)
    if question.type in ("single_choice", "yes_no", "multiple_choice"):
        return choice_blocks(context, slug, question, frame, chart=question.type == "multiple_choice")
    return []


def _answers(question: QuestionSpec, frame: pd.DataFrame) -> pd.Series:
    """The question's answers, or a column of blanks if the frame has none."""
    if question.key in frame.columns:
        return frame[question.key]
    return pd.Series("", index=frame.index, dtype=object)


def choice_blocks(
    context: ReportContext, slug: str, question: QuestionSpec, frame: pd.DataFrame, chart: bool
) -> list[Block]:
    """A choice question's answers counted, with a chart of the shares if ``chart``."""
    if question.key in GROUP_QUESTIONS and GROUP_QUESTIONS[question.key][0] in frame.columns:
        # The answers make a group that "Who responded" counts by one rule; a second table counting the
        # answers alone would give the same group two numbers.
        caption = GROUP_QUESTIONS[question.key][1]
        return [
            Paragraph(
                f"{question.label} Counted in the table “{caption}” under Who responded, "
                "by the rule the method section states."
            )
        ]
    multiple = question.type == "multiple_choice"
    series = _answers(question, frame)
    if multiple:
        dist = numbers.multiple_choice_shares(series, question.all_options())
    else:
        dist = numbers.choice_distribution(series, question.all_options())
    answered = int(numbers.answered(series).sum())
    table = dist.set_index("label")[["count", "percent"]]
    total_label = "Respondents who answered" if multiple else ALL_WHO_ANSWERED
    table.loc[total_label] = [answered, 100.0 if answered else np.nan]
    table["count"] = table["count"].astype("int64")
    name = f"{slug}-{question.key}"
    shown = context.tables.suppress(
        name, table, counts=["count"], derived={"percent": "count"}, along="columns"
    )
    pct_header = "% of respondents" if multiple else "%"
    caption = question.label + (" (respondents could choose more than one answer)" if multiple else "")
    out = data_table(
        name, caption, shown, [("count", "Responses", "count"), ("percent", pct_header, "pct")], "Answer"
    )
    if not chart:
        return [out]
    return [bar_chart(out, shown, "percent", title=question.label, unit="%", skip=[total_label])]


def likert_blocks(
    context: ReportContext, slug: str, question: QuestionSpec, frame: pd.DataFrame
) -> list[Block]:
    """Agreement with each statement: counts by level, % agree and the mean, and a chart of % agree."""
    statements = (
        {f"{question.key}.{k}": v for k, v in question.statements.items()}
        if question.statements
        else {question.key: question.label}
    )
    summary = numbers.likert_summary(frame, statements).set_index("label").drop(columns="statement")
    levels = list(question.options)
    name = f"{slug}-{question.key}"
    derived_all = [*levels, "responses"]
    shown = context.tables.suppress(
        name,
        summary,
        counts=[*levels, "responses"],
        derived={
            "pct_agree": ["strongly_agree", "agree", "responses"],
            "mean": derived_all,
            "mean_low": derived_all,
            "mean_high": derived_all,
        },
        along="rows",
    )
    primary, secondary = context.tables.masks[name]
    scores = [float(numbers.LIKERT_SCORES[lvl]) for lvl in levels]
    for row, label in enumerate(summary.index):
        # A hidden total hides the mean whatever.
        if primary[row, -1] or secondary[row, -1]:
            continue
        dist = HiddenCounts(
            scores,
            [int(v) for v in summary.loc[label, levels].to_numpy()],
            primary[row, :-1].tolist(),
            secondary[row, :-1].tolist(),
        )
        figures = [summary.at[label, c] for c in MEAN_COLUMNS]
        shown.loc[label, list(MEAN_COLUMNS)] = safe_mean(dist, figures, context.threshold)
    columns: list[Column] = [(lvl, question.options[lvl], "count") for lvl in levels]
    columns += [
        ("responses", "Responses", "count"),
        ("pct_agree", "% agree", "pct"),
        ("mean", "Mean (5 = strongly agree)", "mean"),
        *MEAN_INTERVAL_COLUMNS,
    ]
    caption = f"{question.label} (% agree = strongly agree or agree)"
    out = data_table(name, caption, shown, columns, "Statement", note=MEAN_NOTE)
    return [bar_chart(out, shown, "pct_agree", title=f"{question.label}: % agree", unit="%")]


def rating_blocks(
    context: ReportContext, slug: str, question: QuestionSpec, frame: pd.DataFrame
) -> list[Block]:
    """A 0-10 rating: its distribution and chart, the overall mean, and means by event if any."""
    series = _answers(question, frame)
    dist = numbers.choice_distribution(series, question.options).set_index("label")[["count", "percent"]]
    summary = numbers.rating_summary(series)
    total = int(summary["responses"].iloc[0])
    dist.loc[ALL_WHO_ANSWERED] = [total, 100.0 if total else np.nan]
    dist["count"] = dist["count"].astype("int64")
    name = f"{slug}-{question.key}"
    shown = context.tables.suppress(
        name, dist, counts=["count"], derived={"percent": "count"}, along="columns"
    )
    chart = rating_chart(name, question.label, shown, list(question.options), ALL_WHO_ANSWERED)
    blocks: list[Block] = [chart]
    # Beside hidden counts the mean is shown only as far as it cannot be used to work them out.
    primary, secondary = context.tables.masks[name]
    hidden = HiddenCounts(
        [float(k) for k in question.options],
        dist["count"].iloc[:-1].astype(int).tolist(),
        primary[:-1, 0].tolist(),
        secondary[:-1, 0].tolist(),
    )
    mean_table, overall = _rating_mean(context, name, question, summary, hidden)
    blocks.append(mean_table)
    if EVENT_COLUMN in frame.columns and (frame[EVENT_COLUMN] != "").any():
        blocks.append(_rating_by_event(context, name, question, frame, hidden, overall))
    return blocks


def _rating_mean(
    context: ReportContext, name: str, question: QuestionSpec, summary: pd.DataFrame, hidden: HiddenCounts
) -> tuple[Block, list[object]]:
    """The table of a rating's overall mean, and the mean and interval as the table shows them."""
    mean = summary.rename(index={0: ALL_WHO_ANSWERED})
    shown = context.tables.suppress(
        f"{name}-mean", mean, counts=["responses"], derived=MEAN_DERIVED, along="rows"
    )
    overall = safe_mean(hidden, [shown.at[ALL_WHO_ANSWERED, c] for c in MEAN_COLUMNS], context.threshold)
    shown.loc[ALL_WHO_ANSWERED, list(MEAN_COLUMNS)] = overall
    table = data_table(
        f"{name}-mean",
        f"{question.label}: mean rating with 95% interval",
        shown,
        RATING_MEAN_COLUMNS,
        "Group",
        note=MEAN_NOTE,
    )
    return table, overall


def _rating_by_event(
    context: ReportContext,
    name: str,
    question: QuestionSpec,
    frame: pd.DataFrame,
    hidden: HiddenCounts,
    overall: list[object],
) -> Block:
    """The table of a rating's mean by event, as far as the hidden counts of the rating allow."""
    by_event = numbers.rating_by(frame, question.key, EVENT_COLUMN)
    by_event = by_event[by_event["responses"] > 0]
    shown = context.tables.suppress(
        f"{name}-by-event", by_event, counts=["responses"], derived=MEAN_DERIVED, along="columns"
    )
    note = f"Means are shown only for events with at least {context.threshold} responses."
    if hidden.hides_any():
        shown["mean"] = safe_event_means(hidden, overall, shown, context.threshold)
        shown[["mean_low", "mean_high"]] = MARKER
        note += EVENT_MEANS_NOTE
    return data_table(
        f"{name}-by-event",
        f"{question.label}: mean by event",
        shown,
        RATING_MEAN_COLUMNS,
        "Event",
        note=note,
    )


def fft_blocks(context: ReportContext, slug: str, question: QuestionSpec, frame: pd.DataFrame) -> list[Block]:
    """The Friends and Family Test: answers counted, then % positive and % negative by month, charted."""
    blocks = choice_blocks(context, slug, question, frame, chart=False)
    monthly = numbers.fft_by_month(frame, column=question.key)
    overall = numbers.fft_scores(frame, column=question.key).rename(index={"All": "All months"})
    monthly.index = [numbers.month_name(month) for month in monthly.index]
    scores = pd.concat([monthly, overall])[FFT_SCORE_COLUMNS]
    pos = ["positive", "responses"]
    neg = ["negative", "responses"]
    name = f"{slug}-{question.key}-by-month"
    shown = context.tables.suppress(
        name,
        scores,
        counts=["responses", "positive", "negative"],
        derived={
            "pct_positive": pos,
            "pct_positive_low": pos,
            "pct_positive_high": pos,
            "pct_negative": neg,
            "pct_negative_low": neg,
            "pct_negative_high": neg,
        },
        along="columns",
    )
    table = data_table(
        name,
        FFT_CAPTION,
        shown,
        FFT_TABLE_COLUMNS,
        "Month",
        note="A month with no responses has no score (–), not 0%.",
    )
    blocks.append(
        bar_chart(
            table,
            shown,
            "pct_positive",
            title="Friends and Family Test: % positive by month",
            unit="%",
            low="pct_positive_low",
            high="pct_positive_high",
        )
    )
    blocks += fft_control_blocks(name, shown, context.threshold, all_label="All months")
    return blocks
