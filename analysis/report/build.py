"""Build the lessons-learnt report from tidy frames, questionnaire specs and codebooks.

Every count goes through :func:`analysis.suppression.suppress_small_counts` before it is formatted, and
charts are drawn from the suppressed tables, so no writer can show a hidden figure. Free text is coded
by the text engine (:mod:`analysis.text.coding`); quotes are its redacted text, only from questionnaires whose
definition says ``quotable: true`` and never from comments it flagged as a possible risk disclosure.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, NamedTuple

import numpy as np
import pandas as pd

from analysis import numbers
from analysis.schema import FFT_OPTIONS, QuestionnaireSpec, QuestionSpec
from analysis.suppression import MARKER, combine_logs, half_unit, mean_hides_counts, suppress_small_counts
from analysis.text.codebook import Codebook
from analysis.text.coding import (
    CODED_COLUMNS,
    code_comments,
    emerging_phrases,
    load_shipped,
    select_quotes,
    theme_summary,
)
from analysis.tidy import answer_or_tag, normalise_frame

from .document import (
    NO_SCORE,
    Bar,
    Block,
    Chart,
    Paragraph,
    Quote,
    QuoteGroup,
    ReportDocument,
    Section,
    Table,
)

#: Codebooks used for each audience's coded text questions.
AUDIENCE_CODEBOOKS: dict[str, tuple[str, ...]] = {
    "apprentice": ("workforce",),
    "stakeholder": ("stakeholder_event", "workforce"),
    "patient": ("patient_experience",),
}
AUDIENCE_SECTIONS: list[tuple[str, str, str]] = [
    ("stakeholder", "stakeholder-feedback", "Stakeholder feedback"),
    ("apprentice", "apprentice-experience", "Apprentice experience and barriers"),
    ("patient", "patient-experience", "Patient experience"),
]
# Codes a frame of comments with codebooks: `analysis.text.coding.code_comments`, or a cache in front of it.
Coder = Callable[[pd.DataFrame, Sequence[Codebook]], pd.DataFrame]
QUOTE_THEMES = 6
QUOTES_PER_THEME = 2
EVENT_COLUMN = "_event"
MONTH_COLUMN = "_month"
# Breakdowns by who responded: the derived column, and the question whose answers it prefers to the tag.
BREAKDOWN_COLUMNS = {"_region": "region", "_cohort": "cohort", "_setting": "setting"}

Kind = Literal["count", "pct", "mean", "num", "text"]
Along = Literal["rows", "columns", "both"]


class ReportInputError(ValueError):
    """Frames, specs or codebooks the report cannot be built from; the message says what is wrong."""


def fmt(value: Any, kind: Kind) -> str:
    """Format one cell: ``*`` stays, a missing score is "–", counts whole, percentages one decimal."""
    if isinstance(value, str):
        return value
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return NO_SCORE
    if kind == "count":
        return f"{int(value):,}"
    if kind == "pct":
        return f"{float(value):.1f}"
    if kind == "mean":
        return f"{float(value):.2f}"
    if kind == "num":
        return f"{float(value):+.2f}"
    return str(value)


def _number(value: Any) -> float | None:
    """A chart value from a suppressed cell: None when hidden or without a score."""
    if isinstance(value, str) or value is None:
        return None
    number = float(value)
    return None if math.isnan(number) else number


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "table"


class _Builder:
    """Collects suppressed summaries and their logs while sections are built."""

    def __init__(self, threshold: int) -> None:
        self.threshold = threshold
        self.logs: list[pd.DataFrame] = []
        # The suppressed tables as sections leave them (a mean shown where it is safe), by name.
        self.tables: dict[str, pd.DataFrame] = {}
        # Each table's primary and secondary masks of its count cells.
        self.masks: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def suppress(
        self,
        name: str,
        frame: pd.DataFrame,
        *,
        counts: Sequence[str],
        derived: Mapping[str, str | Sequence[str]] | None = None,
        along: Along = "both",
    ) -> pd.DataFrame:
        if name in self.tables:
            raise ValueError(f"two report tables are named {name!r}")
        result = suppress_small_counts(
            frame, self.threshold, name=name, counts=counts, derived=derived or {}, along=along
        )
        self.logs.append(result.log)
        self.tables[name] = result.table
        self.masks[name] = (result.primary, result.secondary)
        return result.table

    def summaries(self) -> dict[str, pd.DataFrame]:
        """Every suppressed table as a summary file holds it: the row labels in a "row" column."""
        return {name: table.rename_axis("row").reset_index() for name, table in self.tables.items()}

    @staticmethod
    def table(
        name: str,
        caption: str,
        frame: pd.DataFrame,
        columns: Sequence[tuple[str, str, Kind]],
        row_header: str,
        note: str = "",
    ) -> Table:
        rows = []
        for label, record in zip(frame.index, frame.itertuples(index=False), strict=True):
            values = dict(zip(frame.columns, record, strict=True))
            rows.append([str(label), *(fmt(values[col], kind) for col, _, kind in columns)])
        return Table(name, caption, [row_header, *(h for _, h, _ in columns)], rows, note)

    @staticmethod
    def chart(
        table: Table,
        frame: pd.DataFrame,
        value: str,
        *,
        title: str,
        unit: str,
        low: str | None = None,
        high: str | None = None,
        skip: Sequence[str] = (),
        kind: Kind = "pct",
    ) -> Chart:
        bars = []
        shown = []
        for label in frame.index:
            if label in skip:
                continue
            number = _number(frame.at[label, value])
            display = fmt(frame.at[label, value], kind) + ("%" if unit == "%" and number is not None else "")
            if isinstance(frame.at[label, value], str):
                display = f"{MARKER} (hidden: fewer than the threshold)"
            elif number is None:
                display = "no responses"
            bars.append(
                Bar(
                    str(label),
                    number,
                    display,
                    _number(frame.at[label, low]) if low and number is not None else None,
                    _number(frame.at[label, high]) if high and number is not None else None,
                )
            )
            if number is not None:
                shown.append(f"{label}: {display}")
        what = "percentage" if unit == "%" else "number"
        description = (
            f"Horizontal bar chart of the {what} "
            + (f"for each of {len(bars)} categories. " if len(bars) != 1 else "for one category. ")
            + ("; ".join(shown) if shown else "No figures can be shown.")
            + (" Lines show 95% intervals." if low else "")
            + " The same figures are in the table that follows."
        )
        return Chart(f"{table.id}-chart", title, description, unit, bars, table)


MEAN_COLUMNS = ("mean", "mean_low", "mean_high")


class _Hidden(NamedTuple):
    """A distribution's scores and counts, and which counts its table hides: mean_hides_counts' input."""

    scores: list[float]
    counts: list[int]
    primary: list[bool]
    secondary: list[bool]

    def hides_any(self) -> bool:
        """Whether any count of the distribution is hidden."""
        return any(self.primary) or any(self.secondary)


_MEAN_NOTE = (
    "Where a count is hidden, the mean is shown only if no hidden count can be worked out from it: "
    "to two decimals with its interval, or else to one decimal without it."
)


def _codebook_words(name: str) -> str:
    """A codebook's name as words for captions ("stakeholder_event" reads "stakeholder event")."""
    return name.replace("_", " ")


def _question_options(specs: Mapping[str, QuestionnaireSpec], key: str) -> dict[str, str]:
    """Labels for the values of a question key across all questionnaires (for tag breakdowns)."""
    labels: dict[str, str] = {}
    for spec in specs.values():
        if spec.has_question(key):
            labels.update(spec.question(key).all_options())
    return labels


# ---------------------------------------------------------------------------------------------- text


def _comments(frames: Mapping[str, pd.DataFrame], specs: Mapping[str, QuestionnaireSpec]) -> pd.DataFrame:
    """One row per answered coded text question: questionnaire, question, audience, text, prompt."""
    parts = []
    for slug, frame in frames.items():
        spec = specs[slug]
        for question in spec.coded_text_questions():
            if question.key not in frame.columns:
                continue
            texts = frame[question.key]
            texts = texts[texts.str.strip() != ""]
            if texts.empty:
                continue
            parts.append(
                pd.DataFrame(
                    {
                        "questionnaire": slug,
                        "question": question.key,
                        "audience": spec.audience,
                        "text": texts.to_numpy(),
                        "prompt": question.prompt,
                    }
                )
            )
    columns = ["questionnaire", "question", "audience", "text", "prompt"]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)


def _code(
    comments: pd.DataFrame,
    codebooks: Mapping[str, Codebook],
    audiences: Sequence[str],
    coder: Coder = code_comments,
) -> pd.DataFrame:
    """Code each audience's comments with that audience's codebooks."""
    parts = []
    for audience in audiences:
        subset = comments[comments["audience"] == audience]
        if subset.empty:
            continue
        books = [codebooks[name] for name in AUDIENCE_CODEBOOKS[audience]]
        parts.append(coder(subset, books))
    if not parts:
        return pd.DataFrame(columns=[*comments.columns, *CODED_COLUMNS])
    return pd.concat(parts).sort_index()


# ---------------------------------------------------------------------------------------------- report


class _Report:
    def __init__(
        self,
        frames: Mapping[str, pd.DataFrame],
        specs: Mapping[str, QuestionnaireSpec],
        codebooks: Mapping[str, Codebook],
        threshold: int,
        coder: Coder = code_comments,
    ) -> None:
        self.frames = frames
        self.specs = specs
        self.codebooks = codebooks
        self.b = _Builder(threshold)
        self.threshold = threshold
        comments = _comments(frames, specs)
        self.coded = _code(comments, codebooks, [a for a, _, _ in AUDIENCE_SECTIONS], coder)

    # -- helpers --------------------------------------------------------------------------------

    def _title(self, slug: str) -> str:
        return self.specs[slug].title

    def _choice_block(self, slug: str, q: QuestionSpec, frame: pd.DataFrame, chart: bool) -> list[Block]:
        multiple = q.type == "multiple_choice"
        series = frame[q.key] if q.key in frame.columns else pd.Series("", index=frame.index, dtype=object)
        if multiple:
            dist = numbers.multiple_choice_shares(series, q.all_options())
        else:
            dist = numbers.choice_distribution(series, q.all_options())
        answered = int(numbers.answered(series).sum())
        table = dist.set_index("label")[["count", "percent"]]
        total_label = "Respondents who answered" if multiple else "All who answered"
        table.loc[total_label] = [answered, 100.0 if answered else np.nan]
        table["count"] = table["count"].astype("int64")
        name = f"{slug}-{q.key}"
        sup = self.b.suppress(name, table, counts=["count"], derived={"percent": "count"}, along="columns")
        pct_header = "% of respondents" if multiple else "%"
        caption = q.label + (" (respondents could choose more than one answer)" if multiple else "")
        out = self.b.table(
            name, caption, sup, [("count", "Responses", "count"), ("percent", pct_header, "pct")], "Answer"
        )
        if not chart:
            return [out]
        return [self.b.chart(out, sup, "percent", title=q.label, unit="%", skip=[total_label])]

    def _safe_mean(self, dist: _Hidden, figures: list[Any]) -> list[Any]:
        """Mean and interval as they may stand beside a distribution with hidden counts.

        With two decimals and the interval if no hidden count can be worked out from them, else the
        mean alone to one decimal if that is safe, else nothing.
        """
        if not dist.hides_any() or any(isinstance(v, str) for v in figures):
            return figures
        if mean_hides_counts(*dist, self.threshold):
            return figures
        if mean_hides_counts(*dist, self.threshold, decimals=1, interval=False):
            return [f"{float(figures[0]):.1f}", MARKER, MARKER]
        return [MARKER, MARKER, MARKER]

    def _safe_event_means(self, dist: _Hidden, overall: list[Any], by_event: pd.DataFrame) -> pd.Series:
        """Means by event to one decimal, or all hidden, whichever keeps every hidden count unknown."""
        hidden = pd.Series(MARKER, index=by_event.index, dtype=object)
        rows = [
            (int(n), round(float(m), 1))
            for n, m in zip(by_event["responses"], by_event["mean"], strict=True)
            if not isinstance(n, str) and not isinstance(m, str)
        ]
        total = sum(dist.counts)
        if not rows or total == 0:
            return hidden
        # Shown sizes and one-decimal means bound the sum of scores; events with hidden sizes or
        # means could hold anything from the lowest to the highest score.
        unknown = total - sum(n for n, _ in rows)
        half = half_unit(1)
        low = (sum(n * (m - half) for n, m in rows) + min(dist.scores) * unknown) / total
        high = (sum(n * (m + half) for n, m in rows) + max(dist.scores) * unknown) / total
        full = not any(isinstance(v, str) for v in overall)
        if overall[0] != MARKER:
            # What the overall mean says, to the decimals it is shown with.
            half = half_unit(2 if full else 1)
            low, high = max(low, float(overall[0]) - half), min(high, float(overall[0]) + half)
        safe = mean_hides_counts(
            *dist,
            self.threshold,
            decimals=2 if full else 1,
            interval=full,
            mean_range=(low, high),
        )
        if not safe:
            return hidden
        return by_event["mean"].map(lambda m: m if isinstance(m, str) else f"{float(m):.1f}")

    def _likert_block(self, slug: str, q: QuestionSpec, frame: pd.DataFrame) -> list[Block]:
        statements = (
            {f"{q.key}.{k}": v for k, v in q.statements.items()} if q.statements else {q.key: q.label}
        )
        summary = numbers.likert_summary(frame, statements).set_index("label").drop(columns="statement")
        levels = list(q.options)
        name = f"{slug}-{q.key}"
        derived_all = [*levels, "responses"]
        sup = self.b.suppress(
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
        primary, secondary = self.b.masks[name]
        scores = [float(numbers.LIKERT_SCORES[lvl]) for lvl in levels]
        for row, label in enumerate(summary.index):
            # A hidden total hides the mean whatever.
            if primary[row, -1] or secondary[row, -1]:
                continue
            dist = _Hidden(
                scores,
                [int(v) for v in summary.loc[label, levels].to_numpy()],
                primary[row, :-1].tolist(),
                secondary[row, :-1].tolist(),
            )
            figures = [summary.at[label, c] for c in MEAN_COLUMNS]
            sup.loc[label, list(MEAN_COLUMNS)] = self._safe_mean(dist, figures)
        columns: list[tuple[str, str, Kind]] = [(lvl, q.options[lvl], "count") for lvl in levels]
        columns += [
            ("responses", "Responses", "count"),
            ("pct_agree", "% agree", "pct"),
            ("mean", "Mean (5 = strongly agree)", "mean"),
            ("mean_low", "95% interval from", "mean"),
            ("mean_high", "95% interval to", "mean"),
        ]
        out = self.b.table(
            name,
            f"{q.label} (% agree = strongly agree or agree)",
            sup,
            columns,
            "Statement",
            note=_MEAN_NOTE,
        )
        return [self.b.chart(out, sup, "pct_agree", title=f"{q.label}: % agree", unit="%")]

    def _rating_block(self, slug: str, q: QuestionSpec, frame: pd.DataFrame) -> list[Block]:
        series = frame[q.key] if q.key in frame.columns else pd.Series("", index=frame.index, dtype=object)
        dist = numbers.choice_distribution(series, q.options).set_index("label")[["count", "percent"]]
        summary = numbers.rating_summary(series)
        total = int(summary["responses"].iloc[0])
        dist.loc["All who answered"] = [total, 100.0 if total else np.nan]
        dist["count"] = dist["count"].astype("int64")
        name = f"{slug}-{q.key}"
        sup = self.b.suppress(name, dist, counts=["count"], derived={"percent": "count"}, along="columns")
        table = self.b.table(
            name,
            f"{q.label} (0 to 10)",
            sup,
            [("count", "Responses", "count"), ("percent", "%", "pct")],
            "Rating",
        )
        blocks: list[Block] = [
            self.b.chart(table, sup, "count", title=q.label, unit="", skip=["All who answered"], kind="count")
        ]
        mean = summary.rename(index={0: "All who answered"})
        mean_sup = self.b.suppress(
            f"{name}-mean",
            mean,
            counts=["responses"],
            derived={"mean": "responses", "mean_low": "responses", "mean_high": "responses"},
            along="rows",
        )
        # Beside hidden counts the mean is shown only as far as it cannot be used to work them out.
        primary, secondary = self.b.masks[name]
        hidden = _Hidden(
            [float(k) for k in q.options],
            dist["count"].iloc[:-1].astype(int).tolist(),
            primary[:-1, 0].tolist(),
            secondary[:-1, 0].tolist(),
        )
        shown = self._safe_mean(hidden, [mean_sup.at["All who answered", c] for c in MEAN_COLUMNS])
        mean_sup.loc["All who answered", list(MEAN_COLUMNS)] = shown
        blocks.append(
            self.b.table(
                f"{name}-mean",
                f"{q.label}: mean rating with 95% interval",
                mean_sup,
                [
                    ("responses", "Responses", "count"),
                    ("mean", "Mean (0 to 10)", "mean"),
                    ("mean_low", "95% interval from", "mean"),
                    ("mean_high", "95% interval to", "mean"),
                ],
                "Group",
                note=_MEAN_NOTE,
            )
        )
        if EVENT_COLUMN in frame.columns and (frame[EVENT_COLUMN] != "").any():
            by_event = numbers.rating_by(frame, q.key, EVENT_COLUMN)
            by_event = by_event[by_event["responses"] > 0]
            by_sup = self.b.suppress(
                f"{name}-by-event",
                by_event,
                counts=["responses"],
                derived={"mean": "responses", "mean_low": "responses", "mean_high": "responses"},
                along="columns",
            )
            note = f"Means are shown only for events with at least {self.threshold} responses."
            if hidden.hides_any():
                by_sup["mean"] = self._safe_event_means(hidden, shown, by_sup)
                by_sup[["mean_low", "mean_high"]] = MARKER
                note += (
                    " As some counts of the rating are hidden, means by event are shown to one decimal "
                    "without intervals, and only if together with the overall mean they give none of "
                    "those counts away."
                )
            blocks.append(
                self.b.table(
                    f"{name}-by-event",
                    f"{q.label}: mean by event",
                    by_sup,
                    [
                        ("responses", "Responses", "count"),
                        ("mean", "Mean (0 to 10)", "mean"),
                        ("mean_low", "95% interval from", "mean"),
                        ("mean_high", "95% interval to", "mean"),
                    ],
                    "Event",
                    note=note,
                )
            )
        return blocks

    def _fft_block(self, slug: str, q: QuestionSpec, frame: pd.DataFrame) -> list[Block]:
        blocks: list[Block] = []
        blocks += self._choice_block(slug, q, frame, chart=False)
        monthly = numbers.fft_by_month(frame, column=q.key)
        overall = numbers.fft_scores(frame, column=q.key).rename(index={"All": "All months"})
        scores = pd.concat([monthly, overall])
        score_cols = [
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
        scores = scores[score_cols]
        pos = ["positive", "responses"]
        neg = ["negative", "responses"]
        name = f"{slug}-{q.key}-by-month"
        sup = self.b.suppress(
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
        table = self.b.table(
            name,
            "Friends and Family Test by month: % positive (very good or good) and % negative (poor or very "
            "poor) of all responses, including don't know, with Wilson 95% intervals",
            sup,
            [
                ("responses", "Responses", "count"),
                ("positive", "Very good or good", "count"),
                ("negative", "Poor or very poor", "count"),
                ("pct_positive", "% positive", "pct"),
                ("pct_positive_low", "95% interval from", "pct"),
                ("pct_positive_high", "95% interval to", "pct"),
                ("pct_negative", "% negative", "pct"),
                ("pct_negative_low", "95% interval from", "pct"),
                ("pct_negative_high", "95% interval to", "pct"),
            ],
            "Month",
            note="A month with no responses has no score (–), not 0%.",
        )
        blocks.append(
            self.b.chart(
                table,
                sup,
                "pct_positive",
                title="Friends and Family Test: % positive by month",
                unit="%",
                low="pct_positive_low",
                high="pct_positive_high",
            )
        )
        return blocks

    def _themes_block(self, slug: str, spec: QuestionnaireSpec) -> list[Block]:
        coded = self.coded[self.coded["questionnaire"] == slug]
        if coded.empty:
            return [Paragraph("No free-text answers to code.")]
        books = [self.codebooks[name] for name in AUDIENCE_CODEBOOKS[spec.audience]]
        blocks: list[Block] = [self._theme_table(f"{slug}-themes", f"Themes in {spec.title}", coded, books)]
        if not spec.quotable:
            blocks.append(
                Paragraph("This questionnaire's definition does not allow quotes, so none are shown.")
            )
            return blocks
        safe = coded[~coded["risk_flag"].astype(bool)]
        quotes = select_quotes(safe, per_theme=QUOTES_PER_THEME) if not safe.empty else pd.DataFrame()
        if quotes.empty:
            return blocks
        labels = {t.key: t.label for b in books for t in b.themes}
        themes = list(dict.fromkeys(quotes["theme"]))[:QUOTE_THEMES]
        chosen = quotes[quotes["theme"].isin(themes)]
        # One comment can carry several themes: quote it once, under its first (commonest) theme.
        chosen = chosen[~chosen["quote"].str.strip().str.lower().duplicated()]
        blocks.append(
            QuoteGroup(
                f"What people said: {spec.title}",
                [
                    Quote(str(r.quote), labels.get(str(r.theme), str(r.theme)), str(r.sentiment))
                    for r in chosen.itertuples(index=False)
                ],
            )
        )
        return blocks

    def _theme_table(self, name: str, caption: str, coded: pd.DataFrame, books: Sequence[Codebook]) -> Block:
        summary = theme_summary(coded, books)
        summary = summary[summary["comments"] > 0]
        if summary.empty:
            return Paragraph("No comment matched a codebook theme.")
        summary = summary.sort_values(["comments", "label"], ascending=[False, True])
        readable = summary["codebook"].map(_codebook_words)
        index = summary["label"] + (" (" + readable + ")" if len(books) > 1 else "")
        table = summary.set_index(index)[
            ["comments", "positive", "negative", "mixed", "neutral", "net_sentiment"]
        ]
        sup = self.b.suppress(
            name,
            table,
            counts=["comments", "positive", "negative", "mixed", "neutral"],
            derived={"net_sentiment": ["positive", "negative", "comments"]},
            along="rows",
        )
        out = self.b.table(
            name,
            caption + " (a comment can have several themes)",
            sup,
            [
                ("comments", "Comments", "count"),
                ("positive", "Positive", "count"),
                ("negative", "Negative", "count"),
                ("mixed", "Mixed", "count"),
                ("neutral", "Neutral", "count"),
                ("net_sentiment", "Net sentiment (−1 to +1)", "num"),
            ],
            "Theme",
        )
        return self.b.chart(out, sup, "comments", title=caption, unit="", kind="count")

    # -- sections ------------------------------------------------------------------------------

    def who_responded(self) -> Section:
        section = Section("who-responded", "Who responded")
        counts = pd.DataFrame(
            {"responses": [len(self.frames[s]) for s in self.frames]},
            index=[self._title(s) for s in self.frames],
            dtype="int64",
        )
        # One questionnaire needs no "all questionnaires" row, chart or total column: they repeat it.
        single = len(self.frames) == 1
        if not single:
            counts.loc["All questionnaires"] = int(counts["responses"].sum())
        sup = self.b.suppress("responses-by-questionnaire", counts, counts=["responses"], along="columns")
        table = self.b.table(
            "responses-by-questionnaire",
            "Responses by questionnaire",
            sup,
            [("responses", "Responses", "count")],
            "Questionnaire",
        )
        section.blocks.append(
            table
            if single
            else self.b.chart(
                table,
                sup,
                "responses",
                title="Responses by questionnaire",
                unit="",
                skip=["All questionnaires"],
                kind="count",
            )
        )
        breakdowns = [
            ("_region", "Responses by region", "Region"),
            ("_cohort", "Responses by cohort", "Cohort"),
            (EVENT_COLUMN, "Responses by event", "Event"),
            ("_setting", "Responses by setting", "Setting"),
            (MONTH_COLUMN, "Responses by month", "Month"),
            ("link_code", "Responses by collection link", "Link code"),
        ]
        titles = {s: self._title(s) for s in self.frames}
        for column, caption, header in breakdowns:
            table_frame = numbers.response_counts(self.frames, by=column)
            if list(table_frame.index) == [numbers.NOT_GIVEN]:
                section.blocks.append(Paragraph(f"{caption}: not recorded for any response."))
                continue
            table_frame = table_frame.rename(columns=titles)
            name = "responses-by-" + _slug(header)
            sup = self.b.suppress(name, table_frame, counts=list(table_frame.columns), along="both")
            shown = [c for c in table_frame.columns if not (single and c == "Total")]
            section.blocks.append(self.b.table(name, caption, sup, [(c, c, "count") for c in shown], header))
        return section

    def audience_section(self, audience: str, section_id: str, title: str) -> Section:
        section = Section(section_id, title)
        slugs = [s for s in self.frames if self.specs[s].audience == audience]
        if not slugs:
            section.blocks.append(Paragraph("No responses from this group were included in this report."))
            return section
        for slug in slugs:
            spec, frame = self.specs[slug], self.frames[slug]
            sub = Section(f"{section_id}-{slug}", spec.title)
            questions = [(q.key, q.label, q.answer_keys()) for q in spec.questions]
            qc = numbers.question_counts(frame, questions).set_index("label").drop(columns="question")
            name = f"{slug}-answered"
            sup = self.b.suppress(
                name, qc, counts=["answered"], derived={"percent": "answered"}, along="rows"
            )
            sub.blocks.append(
                self.b.table(
                    name,
                    f"How many of the {len(frame):,} respondents answered each question"
                    if len(frame) >= self.threshold or len(frame) == 0
                    else "How many respondents answered each question",
                    sup,
                    [("answered", "Answered", "count"), ("percent", "% of respondents", "pct")],
                    "Question",
                )
            )
            for q in spec.questions:
                if q.type == "fft":
                    sub.blocks += self._fft_block(slug, q, frame)
                elif q.type in ("likert", "likert_grid"):
                    sub.blocks += self._likert_block(slug, q, frame)
                elif q.type == "rating":
                    sub.blocks += self._rating_block(slug, q, frame)
                elif q.type in ("single_choice", "yes_no", "multiple_choice"):
                    sub.blocks += self._choice_block(slug, q, frame, chart=q.type == "multiple_choice")
            if spec.coded_text_questions():
                themes = Section(f"{section_id}-{slug}-themes", f"{spec.title}: themes in comments")
                themes.blocks += self._themes_block(slug, spec)
                sub.subsections.append(themes)
            section.subsections.append(sub)
        return section

    def emerging(self) -> Section:
        section = Section("emerging-themes", "Emerging themes")
        if self.coded.empty:
            section.blocks.append(Paragraph("No free-text answers were available to code."))
        else:
            for name, book in self.codebooks.items():
                audiences = [a for a, names in AUDIENCE_CODEBOOKS.items() if name in names]
                coded = self.coded[self.coded["audience"].isin(audiences)]
                if coded.empty:
                    continue
                section.blocks.append(
                    self._theme_table(
                        f"themes-{_slug(name)}",
                        f"Themes across all questionnaires: {_codebook_words(book.name)} codebook",
                        coded,
                        [book],
                    )
                )
            safe = self.coded[~self.coded["risk_flag"].astype(bool)]
            phrases = emerging_phrases(safe, top=40) if not safe.empty else pd.DataFrame()
            if not phrases.empty:
                phrases = phrases[phrases["comments"] >= self.threshold].head(20)
            if phrases.empty:
                section.blocks.append(
                    Paragraph(
                        "No phrase outside the codebooks appeared in enough comments to report "
                        f"(at least {self.threshold})."
                    )
                )
            else:
                table = phrases.set_index("phrase")[["comments"]]
                sup = self.b.suppress("emerging-phrases", table, counts=["comments"], along="rows")
                section.blocks.append(
                    self.b.table(
                        "emerging-phrases",
                        "Frequent phrases in comments that matched no theme (candidates for the codebooks)",
                        sup,
                        [("comments", "Comments", "count")],
                        "Phrase",
                        note=f"Only phrases found in at least {self.threshold} comments are listed.",
                    )
                )
        risk = pd.DataFrame(
            {
                "coded": [int((self.coded["questionnaire"] == s).sum()) for s in self.frames],
                "flagged": [
                    int(self.coded.loc[self.coded["questionnaire"] == s, "risk_flag"].astype(bool).sum())
                    for s in self.frames
                ],
            },
            index=[self._title(s) for s in self.frames],
            dtype="int64",
        )
        risk.loc["All questionnaires"] = risk.sum()
        sup = self.b.suppress(
            "comments-coded-and-flagged", risk, counts=["coded", "flagged"], along="columns"
        )
        section.blocks.append(
            self.b.table(
                "comments-coded-and-flagged",
                "Comments coded, and comments flagged as a possible disclosure of risk (never quoted)",
                sup,
                [("coded", "Comments coded", "count"), ("flagged", "Flagged for follow-up", "count")],
                "Questionnaire",
                note="Flagged comments are counted here and passed to the team's safeguarding process; "
                "they are never quoted.",
            )
        )
        return section

    def method(self) -> Section:
        section = Section("method", "Method and caveats")
        t = self.threshold
        section.blocks += [
            Paragraph(
                f"Small numbers: any count from 1 to {t - 1} is shown as {MARKER}, as NHS England does for "
                "Friends and Family Test data. Where a hidden count could be worked out by subtracting the "
                "other figures from a total, a second figure is hidden too, and percentages and intervals "
                "worked out from hidden counts are hidden with them. A mean beside hidden counts is shown "
                "only when trying every way of filling the hidden cells shows that none of them can be "
                "worked out from it: to two decimals with its interval, or else to one decimal without "
                "it. Means by event of such a rating are shown to one decimal without intervals, and "
                "only if together with the overall mean they give no hidden count away. Zero is shown. "
                "Every hidden count is listed below and in suppression_log.csv."
            ),
            Paragraph(
                "Friends and Family Test: % positive is very good plus good responses, and % negative is "
                "poor plus very poor responses, each divided by all responses including don't know, as in "
                "NHS England's FFT guidance (2019) and data publications. A month or group with no "
                "responses has no score rather than 0%. Intervals for percentages are Wilson score 95% "
                "intervals; intervals for means use the normal approximation (mean ± 1.96 standard errors)."
            ),
            Paragraph(
                "Agreement: % agree is strongly agree plus agree among those who answered the statement; "
                "the mean scores strongly agree as 5 and strongly disagree as 1. Percentages of a "
                "question use the people who answered it, not everyone who responded. Answers are read "
                "against each questionnaire's current definition; answers to questions removed from it "
                "are not reported."
            ),
            Paragraph(
                "Who responded: a response's region, cohort and setting are the respondent's own answer "
                "where the questionnaire asks for it, otherwise the tag of the collection link it came "
                "through; its event is the link's tag, otherwise the event the respondent named. Tags "
                'typed in different ways ("north-west", "North West") are counted as one value, shown '
                "with the questionnaire's wording where one matches. A question's own table counts only "
                "what respondents answered."
            ),
            Paragraph(
                "Automated coding: free-text answers were coded with the rule-based codebooks listed "
                "below (phrases and patterns, with negation handling), scored for sentiment, redacted "
                "for names, phone numbers, NHS numbers, emails and addresses, and checked for possible "
                "disclosures of risk. It cannot understand sarcasm, context, mixed or implied meaning "
                "reliably, will miss themes worded in ways the codebooks do not anticipate, and its "
                "redaction can miss unusual identifying details; quotes should still be read by a person "
                "before the report is shared, and themes should be read as a guide to where to look, "
                "not as measurements. Risk flags are a safety net, not a substitute for reading comments."
            ),
        ]
        used = list(self.codebooks.values())
        section.blocks.append(
            Table(
                "codebooks",
                "Codebooks used to code free text",
                ["Codebook", "Version", "Themes", "Checksum (SHA-256, first 12 characters)"],
                [[b.name, str(b.version), str(len(b.themes)), str(b.checksum)[:12]] for b in used],
                text_columns=frozenset({1, 3}),
            )
        )
        log = combine_logs(self.b.logs)
        if log.empty:
            section.blocks.append(Paragraph("No figure needed hiding."))
        else:
            section.blocks.append(
                Table(
                    "suppression-log",
                    f"What was hidden ({len(log):,} cells) and why",
                    ["Table", "Row", "Column", "Reason"],
                    [
                        [str(r.table), str(r.row), str(r.column), str(r.reason)]
                        for r in log.itertuples(index=False)
                    ],
                    text_columns=frozenset({1, 2, 3}),
                )
            )
        return section


def _prepare(
    frames: Mapping[str, pd.DataFrame], specs: Mapping[str, QuestionnaireSpec]
) -> dict[str, pd.DataFrame]:
    """Normalise frames and add the derived event and month columns."""
    missing = sorted(set(frames) - set(specs))
    if missing:
        raise ReportInputError(
            "no questionnaire definition for: "
            + ", ".join(missing)
            + f" (definitions found: {', '.join(specs)})"
        )
    prepared: dict[str, pd.DataFrame] = {}
    for slug in sorted(frames, key=lambda s: (specs[s].audience, s)):
        frame = normalise_frame(frames[slug], source=slug)
        spec = specs[slug]
        event = frame["event"]
        if spec.has_question("event_session") and "event_session" in frame.columns:
            answered = frame["event_session"]
            event = event.where(event != "", answered)
        derived = {EVENT_COLUMN: event, MONTH_COLUMN: numbers.month_of(frame["submitted_on"])}
        derived.update({column: answer_or_tag(frame, tag) for column, tag in BREAKDOWN_COLUMNS.items()})
        prepared[slug] = frame.assign(**derived)
    # Tags are typed by hand on each link, answers are codes: one label per value across questionnaires.
    for column, key in {EVENT_COLUMN: "event_session", **BREAKDOWN_COLUMNS}.items():
        # Counted over every response, so the commonest spelling is the one most responses carry.
        counts = Counter[str]()
        for frame in prepared.values():
            counts.update(frame[column].value_counts().to_dict())
        labels = numbers.canonical_labels(counts, _question_options(specs, key))
        for frame in prepared.values():
            frame[column] = frame[column].map(labels)
    return prepared


def resolve_codebooks(
    codebooks: Mapping[str, Codebook] | None,
    audiences: Sequence[str] = tuple(AUDIENCE_CODEBOOKS),
    loader: Callable[[str], Codebook] = load_shipped,
) -> dict[str, Codebook]:
    """The codebooks the given audiences need, in order: given ones by name, the rest loaded from those
    shipped with the text engine."""
    given = dict(codebooks or {})
    resolved: dict[str, Codebook] = {}
    for name in dict.fromkeys(n for a in AUDIENCE_CODEBOOKS if a in audiences for n in AUDIENCE_CODEBOOKS[a]):
        if name in given:
            resolved[name] = given[name]
        else:
            try:
                resolved[name] = loader(name)
            except (FileNotFoundError, ValueError) as exc:
                raise ReportInputError(f"codebook {name!r} is not available: {exc}") from exc
    return resolved


def build_report(
    frames: Mapping[str, pd.DataFrame],
    specs: Mapping[str, QuestionnaireSpec],
    codebooks: Mapping[str, Codebook] | None = None,
    *,
    threshold: int = 5,
    title: str = "Assistant Practitioner programme: lessons learnt from feedback",
    today: dt.date | None = None,
    coder: Coder = code_comments,
) -> ReportDocument:
    """Build the report from tidy frames (slug → frame), their specs and codebooks (name → codebook).

    Codebooks not given are loaded from those shipped with :mod:`analysis.text.coding`.
    """
    if threshold < 1:
        raise ReportInputError("the suppression threshold must be 1 or more")
    prepared = _prepare(frames, specs)
    audiences = {specs[slug].audience for slug in prepared}
    report = _Report(prepared, specs, resolve_codebooks(codebooks, sorted(audiences)), threshold, coder)
    sections = [report.who_responded()]
    sections += [report.audience_section(a, sid, t) for a, sid, t in AUDIENCE_SECTIONS]
    sections.append(report.emerging())
    sections.append(report.method())
    total = sum(len(f) for f in prepared.values())
    day = today or dt.date.today()
    return ReportDocument(
        title=title,
        subtitle=(
            (f"{total:,} responses" if total >= threshold else "Responses")
            + f" to {len(prepared)} questionnaire{'' if len(prepared) == 1 else 's'}; "
            + (
                f"counts of 1 to {threshold - 1} are shown as {MARKER}"
                if threshold > 1
                else "no counts are hidden"
            )
        ),
        generated_on=day.isoformat(),
        threshold=threshold,
        sections=sections,
        summaries=report.b.summaries(),
        suppression_log=combine_logs(report.b.logs),
    )


__all__ = ["AUDIENCE_CODEBOOKS", "FFT_OPTIONS", "ReportInputError", "build_report", "resolve_codebooks"]
