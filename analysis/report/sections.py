"""The report's sections: who responded, one per audience, and the method with what was hidden."""

from __future__ import annotations

import pandas as pd

from analysis import numbers
from analysis.suppression import MARKER, combine_logs
from analysis.text.redaction import REMOVED
from analysis.text.review import REVIEW_RULE

from .context import EVENT_COLUMN, MONTH_COLUMN, ReportContext
from .document import Block, Paragraph, Section, Table
from .questions import question_blocks
from .response_rates import rates_blocks
from .side_by_side import comparison_blocks
from .tables import bar_chart, data_table, slug
from .themes import questionnaire_themes

# What the method says where the team reviews the engine's coding (the web app's reports).
REVIEW_METHOD = (
    "Team review: members of the project team read coded comments and confirmed or corrected their "
    "themes, each theme's stance, the sentiment and the risk flag; a reviewed comment is counted "
    "everywhere in this report with the team's codes, not the engine's, and the table of comments "
    "coded says how many were reviewed. A reviewed comment is quoted only under a theme a member "
    "approved its quote for; themes a later codebook dropped are kept under their own name."
)
# Breakdowns of who responded: (column, caption, row header).
BREAKDOWNS = [
    ("_region", "Responses by region", "Region"),
    ("_cohort", "Responses by cohort", "Cohort"),
    (EVENT_COLUMN, "Responses by event", "Event"),
    ("_setting", "Responses by setting", "Setting"),
    (MONTH_COLUMN, "Responses by month", "Month"),
    ("link_code", "Responses by collection link", "Link"),
]


def who_responded(context: ReportContext) -> Section:
    """Responses by questionnaire, then by region, cohort, event, setting, month and link."""
    section = Section("who-responded", "Who responded")
    section.blocks.append(_responses_by_questionnaire(context))
    # One questionnaire needs no total column: it repeats the questionnaire's own.
    single = len(context.frames) == 1
    titles = {s: context.title(s) for s in context.frames}
    for column, caption, header in BREAKDOWNS:
        table_frame = numbers.response_counts(context.frames, by=column)
        if list(table_frame.index) == [numbers.NOT_GIVEN]:
            section.blocks.append(Paragraph(f"{caption}: not recorded for any response."))
            continue
        table_frame = table_frame.rename(
            columns=titles, index=_row_labels(context, column, table_frame.index)
        )
        name = "responses-by-" + slug(header)
        shown = context.tables.suppress(name, table_frame, counts=list(table_frame.columns), along="both")
        columns = [c for c in table_frame.columns if not (single and c == "Total")]
        section.blocks.append(data_table(name, caption, shown, [(c, c, "count") for c in columns], header))
    section.blocks += rates_blocks(context)
    return section


def _row_labels(context: ReportContext, column: str, values: pd.Index) -> dict[str, str]:
    """Rows by name: months as "March 2026", links by the name the team gave them (with the code
    where two links share a name, or where the name is not known)."""
    if column == MONTH_COLUMN:
        return {value: numbers.month_name(value) for value in values}
    if column != "link_code":
        return {}
    return context.link_labels(values)


def _responses_by_questionnaire(context: ReportContext) -> Block:
    """Responses to each questionnaire, charted when there is more than one."""
    counts = pd.DataFrame(
        {"responses": [len(context.frames[s]) for s in context.frames]},
        index=[context.title(s) for s in context.frames],
        dtype="int64",
    )
    # One questionnaire needs no "all questionnaires" row or chart: they repeat it.
    single = len(context.frames) == 1
    if not single:
        counts.loc["All questionnaires"] = int(counts["responses"].sum())
    shown = context.tables.suppress(
        "responses-by-questionnaire", counts, counts=["responses"], along="columns"
    )
    table = data_table(
        "responses-by-questionnaire",
        "Responses by questionnaire",
        shown,
        [("responses", "Responses", "count")],
        "Questionnaire",
    )
    if single:
        return table
    return bar_chart(
        table,
        shown,
        "responses",
        title="Responses by questionnaire",
        unit="",
        skip=["All questionnaires"],
        kind="count",
    )


def audience_section(context: ReportContext, audience: str, section_id: str, title: str) -> Section:
    """A section of one audience's questionnaires: each one's questions, then the themes in its comments."""
    section = Section(section_id, title)
    questionnaires = [s for s in context.frames if context.specs[s].audience == audience]
    if not questionnaires:
        section.blocks.append(Paragraph("No responses from this group were included in this report."))
        return section
    for questionnaire in questionnaires:
        spec, frame = context.specs[questionnaire], context.frames[questionnaire]
        sub = Section(f"{section_id}-{questionnaire}", spec.title)
        sub.blocks.append(_questions_answered(context, questionnaire, frame))
        for question in spec.questions:
            sub.blocks += question_blocks(context, questionnaire, question, frame)
        sub.blocks += comparison_blocks(context, questionnaire, frame)
        if spec.coded_text_questions():
            themes = Section(f"{section_id}-{questionnaire}-themes", f"{spec.title}: themes in comments")
            themes.blocks += questionnaire_themes(context, questionnaire, spec)
            sub.subsections.append(themes)
        section.subsections.append(sub)
    return section


def _questions_answered(context: ReportContext, questionnaire: str, frame: pd.DataFrame) -> Block:
    """How many respondents answered each question of a questionnaire."""
    spec = context.specs[questionnaire]
    questions = [(q.key, q.label, q.answer_keys()) for q in spec.questions]
    answered = numbers.question_counts(frame, questions).set_index("label").drop(columns="question")
    name = f"{questionnaire}-answered"
    shown = context.tables.suppress(
        name, answered, counts=["answered"], derived={"percent": "answered"}, along="rows"
    )
    return data_table(
        name,
        f"How many of the {len(frame):,} respondents answered each question"
        if len(frame) >= context.threshold or len(frame) == 0
        else "How many respondents answered each question",
        shown,
        [("answered", "Answered", "count"), ("percent", "% of respondents", "pct")],
        "Question",
    )


def method_paragraphs(threshold: int) -> list[Paragraph]:
    """How the figures were made and what the automated coding cannot do."""
    return [
        Paragraph(
            f"Small numbers: any count from 1 to {threshold - 1} is shown as {MARKER}, as NHS England does "
            "for Friends and Family Test data. Where a hidden count could be worked out by subtracting the "
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
            "Who responded: a response's event, region, cohort and setting follow one rule: the "
            "respondent's own answer where the questionnaire asks and they answered, otherwise the tag "
            "of the collection link they came through, otherwise not given. Every table of this report "
            "that shows a group counts it this way, so a group has the same number everywhere; the "
            "questions that ask for these are counted in the tables of Who responded rather than in "
            'tables of their own. Tags typed in different ways ("north-west", "North West") are '
            "counted as one value, shown with the questionnaire's wording where one matches. Months "
            "are the month each response was submitted."
        ),
        Paragraph(
            "Automated coding: free-text answers were coded with the rule-based codebooks listed "
            "below (phrases and patterns, with negation handling), each answer with the one codebook "
            "its questionnaire's definition names for its question, scored for sentiment and checked "
            "for possible disclosures of risk (word cues, and for an answer no cue flags, a "
            "statistical model trained on comments the team wrote and labelled). Quotes are redacted: "
            f"{REMOVED} are replaced by a label such as [name] or [date of birth]; towns, wards, "
            "hospitals, and months or years on their own are kept. "
            "It cannot understand sarcasm, context, mixed or implied meaning "
            "reliably, will miss themes worded in ways the codebooks do not anticipate, and its "
            "redaction can miss unusual identifying details; quotes should still be read by a person "
            "before the report is shared, and themes should be read as a guide to where to look, "
            "not as measurements. Risk flags are a safety net, not a substitute for reading comments."
        ),
    ]


def _coded_with(context: ReportContext, name: str) -> str:
    """The questionnaires (or, where only some of its questions use it, their questions) a codebook coded."""
    uses = []
    for questionnaire in context.frames:
        spec = context.specs[questionnaire]
        coded = spec.coded_text_questions()
        mine = [q for q in coded if spec.codebook_of(q) == name]
        if mine and len(mine) == len(coded):
            uses.append(spec.title)
        elif mine:
            uses.append(f"{spec.title}: " + ", ".join(f"'{q.label}'" for q in mine))
    return "; ".join(uses)


def method_section(context: ReportContext) -> Section:
    """The method and caveats, the codebooks used, and every figure hidden and why."""
    section = Section("method", "Method and caveats")
    section.blocks += method_paragraphs(context.threshold)
    if "reviewed" in context.coded.columns:
        section.blocks.append(Paragraph(REVIEW_METHOD + " " + REVIEW_RULE))
    section.blocks.append(
        Table(
            "codebooks",
            "Codebooks used to code free text, and the comments each coded",
            ["Codebook", "Version", "Themes", "Checksum (SHA-256, first 12 characters)", "Comments of"],
            [
                [b.name, str(b.version), str(len(b.themes)), str(b.checksum)[:12], _coded_with(context, name)]
                for name, b in context.codebooks.items()
            ],
            text_columns=frozenset({1, 3, 4}),
        )
    )
    log = combine_logs(context.tables.logs)
    if log.empty:
        section.blocks.append(Paragraph("No figure needed hiding."))
        return section
    section.blocks.append(
        Table(
            "suppression-log",
            f"What was hidden ({len(log):,} cells) and why",
            ["Table", "Row", "Column", "Reason"],
            [[str(r.table), str(r.row), str(r.column), str(r.reason)] for r in log.itertuples(index=False)],
            text_columns=frozenset({1, 2, 3}),
        )
    )
    return section
