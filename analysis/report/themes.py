"""Free text in the report: comments coded by audience, theme tables, quotes and emerging themes.

Quotes are the text engine's redacted text, only from questionnaires whose definition says
``quotable: true`` and never from comments it flagged as a possible risk disclosure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from analysis.schema import QuestionnaireSpec
from analysis.text.codebook import Codebook
from analysis.text.coding import CODED_COLUMNS, emerging_phrases, theme_summary
from analysis.text.review import approved_first_quotes, retired_label, retired_theme_summary

from .context import AUDIENCE_CODEBOOKS, Coder, ReportContext
from .document import Block, Paragraph, Quote, QuoteGroup, Section
from .tables import Column, bar_chart, data_table, slug

QUOTE_THEMES = 6
QUOTES_PER_THEME = 2
COMMENT_COLUMNS = ["questionnaire", "reference", "question", "audience", "text", "prompt"]


def codebook_words(name: str) -> str:
    """A codebook's name as words for captions.

    >>> codebook_words("stakeholder_event")
    'stakeholder event'
    """
    return name.replace("_", " ")


def comments_of(frames: Mapping[str, pd.DataFrame], specs: Mapping[str, QuestionnaireSpec]) -> pd.DataFrame:
    """One row per answered coded text question: questionnaire, reference, question, audience, text, prompt.

    The reference (the response's, "" when the frame has none) lets a team's reviews be matched.
    """
    parts = []
    for questionnaire, frame in frames.items():
        spec = specs[questionnaire]
        for question in spec.coded_text_questions():
            if question.key not in frame.columns:
                continue
            answered = frame[frame[question.key].str.strip() != ""]
            if answered.empty:
                continue
            texts = answered[question.key]
            references = answered["reference"] if "reference" in answered.columns else ""
            parts.append(
                pd.DataFrame(
                    {
                        "questionnaire": questionnaire,
                        "reference": references.to_numpy() if isinstance(references, pd.Series) else "",
                        "question": question.key,
                        "audience": spec.audience,
                        "text": texts.to_numpy(),
                        "prompt": question.prompt,
                    }
                )
            )
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=COMMENT_COLUMNS)


def code_by_audience(
    comments: pd.DataFrame, codebooks: Mapping[str, Codebook], audiences: Sequence[str], coder: Coder
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


def theme_table(
    context: ReportContext, name: str, caption: str, coded: pd.DataFrame, books: Sequence[Codebook]
) -> Block:
    """Comments and their sentiment by theme, commonest first, as a chart over its table."""
    # Themes a review kept after the codebook dropped them are counted under their own name, not lost.
    retired = retired_theme_summary(coded, books)
    summary = theme_summary(coded, books)
    summary = pd.concat([summary, retired]) if not retired.empty else summary
    summary = summary[summary["comments"] > 0]
    if summary.empty:
        return Paragraph("No comment matched a codebook theme.")
    summary = summary.sort_values(["comments", "label"], ascending=[False, True])
    readable = summary["codebook"].map(codebook_words)
    index = summary["label"] + (" (" + readable + ")" if len(books) > 1 else "")
    table = summary.set_index(index)[
        ["comments", "positive", "negative", "mixed", "neutral", "net_sentiment"]
    ]
    shown = context.tables.suppress(
        name,
        table,
        counts=["comments", "positive", "negative", "mixed", "neutral"],
        derived={"net_sentiment": ["positive", "negative", "comments"]},
        along="rows",
    )
    out = data_table(
        name,
        caption + " (a comment can have several themes)",
        shown,
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
    return bar_chart(out, shown, "comments", title=caption, unit="", kind="count")


def questionnaire_themes(context: ReportContext, questionnaire: str, spec: QuestionnaireSpec) -> list[Block]:
    """The themes in one questionnaire's comments, and quotes if its definition allows them."""
    coded = context.coded[context.coded["questionnaire"] == questionnaire]
    if coded.empty:
        return [Paragraph("No free-text answers to code.")]
    books = context.books_for(spec.audience)
    blocks = [theme_table(context, f"{questionnaire}-themes", f"Themes in {spec.title}", coded, books)]
    if not spec.quotable:
        blocks.append(Paragraph("This questionnaire's definition does not allow quotes, so none are shown."))
        return blocks
    return [*blocks, *_quotes(coded, books, spec.title)]


def _quotes(coded: pd.DataFrame, books: Sequence[Codebook], title: str) -> list[Block]:
    """Redacted quotes of the commonest themes, none from a comment flagged for risk.

    Where the team reviews comments, quotes approved for publication come first, a reviewed comment
    is quoted only under a theme it was approved for, and a line says how many quotes were approved.
    """
    quotes = approved_first_quotes(coded, per_theme=QUOTES_PER_THEME)
    if quotes.empty:
        return []
    labels = {t.key: t.label for b in books for t in b.themes}
    themes = list(dict.fromkeys(quotes["theme"]))[:QUOTE_THEMES]
    chosen = quotes[quotes["theme"].isin(themes)]
    # One comment can carry several themes: quote it once, under its first (commonest) theme.
    chosen = chosen[~chosen["quote"].str.strip().str.lower().duplicated()]
    group = QuoteGroup(
        f"What people said: {title}",
        [
            Quote(
                str(r.quote), labels.get(str(r.theme), retired_label(str(r.theme), books)), str(r.sentiment)
            )
            for r in chosen.itertuples(index=False)
        ],
    )
    if "reviewed" not in coded.columns:
        return [group]
    approved = int(chosen["approved"].astype(bool).sum())
    return [group, Paragraph(_approval_note(approved, len(chosen)))]


def _approval_note(approved: int, shown: int) -> str:
    """How many of the quotes shown a team member approved for publication.

    >>> _approval_note(1, 3).split(";")[0]
    'A team member approved 1 of these 3 quotes for publication'
    """
    if approved == shown:
        return (
            f"A team member approved {'this quote' if shown == 1 else f'all {shown} quotes'} for publication."
        )
    return (
        f"A team member approved {approved} of these {shown} quotes for publication; the others were "
        "chosen by the engine and have not been approved by a person."
    )


def emerging_section(context: ReportContext) -> Section:
    """Themes across all questionnaires, frequent phrases no theme matched, and comments flagged."""
    section = Section("emerging-themes", "Emerging themes")
    if context.coded.empty:
        section.blocks.append(Paragraph("No free-text answers were available to code."))
    else:
        for name, book in context.codebooks.items():
            audiences = [a for a, names in AUDIENCE_CODEBOOKS.items() if name in names]
            coded = context.coded[context.coded["audience"].isin(audiences)]
            if coded.empty:
                continue
            caption = f"Themes across all questionnaires: {codebook_words(book.name)} codebook"
            section.blocks.append(theme_table(context, f"themes-{slug(name)}", caption, coded, [book]))
        section.blocks.append(_emerging_phrases(context))
    section.blocks.append(_flagged_counts(context))
    return section


def _emerging_phrases(context: ReportContext) -> Block:
    """Phrases of comments no theme matched, found in at least threshold comments: codebook candidates."""
    safe = context.coded[~context.coded["risk_flag"].astype(bool)]
    phrases = emerging_phrases(safe, top=40) if not safe.empty else pd.DataFrame()
    if not phrases.empty:
        phrases = phrases[phrases["comments"] >= context.threshold].head(20)
    if phrases.empty:
        return Paragraph(
            "No phrase outside the codebooks appeared in enough comments to report "
            f"(at least {context.threshold})."
        )
    table = phrases.set_index("phrase")[["comments"]]
    shown = context.tables.suppress("emerging-phrases", table, counts=["comments"], along="rows")
    return data_table(
        "emerging-phrases",
        "Frequent phrases in comments that matched no theme (candidates for the codebooks)",
        shown,
        [("comments", "Comments", "count")],
        "Phrase",
        note=f"Only phrases found in at least {context.threshold} comments are listed.",
    )


def _flagged_counts(context: ReportContext) -> Block:
    """Comments coded and comments flagged for risk, by questionnaire."""
    coded = context.coded
    counts = {
        "coded": [int((coded["questionnaire"] == s).sum()) for s in context.frames],
        "flagged": [
            int(coded.loc[coded["questionnaire"] == s, "risk_flag"].astype(bool).sum())
            for s in context.frames
        ],
    }
    columns: list[Column] = [
        ("coded", "Comments coded", "count"),
        ("flagged", "Flagged for follow-up", "count"),
    ]
    note = (
        "Flagged comments are counted here and passed to the team's safeguarding process; "
        "they are never quoted."
    )
    # Where the team reviews the coding (the web app), the table says how many comments it reviewed.
    if "reviewed" in coded.columns:
        counts["reviewed"] = [
            int(coded.loc[coded["questionnaire"] == s, "reviewed"].astype(bool).sum()) for s in context.frames
        ]
        columns.append(("reviewed", "Reviewed by the team", "count"))
        note += " A reviewed comment is counted with the codes its review gave it."
    risk = pd.DataFrame(counts, index=[context.title(s) for s in context.frames], dtype="int64")
    risk.loc["All questionnaires"] = risk.sum()
    shown = context.tables.suppress("comments-coded-and-flagged", risk, counts=list(counts), along="columns")
    return data_table(
        "comments-coded-and-flagged",
        "Comments coded, and comments flagged as a possible disclosure of risk (never quoted)",
        shown,
        columns,
        "Questionnaire",
        note=note,
    )
