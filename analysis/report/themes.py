"""Free text in the report: comments coded by their questions' codebooks, theme tables, quotes and
emerging themes.

Quotes are the text engine's redacted text, only from questionnaires whose definition says
``quotable: true`` and never from comments it flagged as a possible risk disclosure.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from analysis.schema import QuestionnaireSpec
from analysis.text.codebook import Codebook
from analysis.text.coding import CODED_COLUMNS, emerging_phrases, select_quotes, theme_summary

from .context import Coder, ReportContext
from .document import Block, Paragraph, Quote, QuoteGroup, Section
from .tables import bar_chart, data_table, slug

QUOTE_THEMES = 6
QUOTES_PER_THEME = 2
COMMENT_COLUMNS = ["questionnaire", "question", "audience", "codebook", "text", "prompt"]


def codebook_words(name: str) -> str:
    """A codebook's name as words for captions.

    >>> codebook_words("stakeholder_event")
    'stakeholder event'
    """
    return name.replace("_", " ")


def comments_of(frames: Mapping[str, pd.DataFrame], specs: Mapping[str, QuestionnaireSpec]) -> pd.DataFrame:
    """One row per answered coded text question: questionnaire, question, audience, codebook, text, prompt."""
    parts = []
    for questionnaire, frame in frames.items():
        spec = specs[questionnaire]
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
                        "questionnaire": questionnaire,
                        "question": question.key,
                        "audience": spec.audience,
                        "codebook": spec.codebook_of(question),
                        "text": texts.to_numpy(),
                        "prompt": question.prompt,
                    }
                )
            )
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=COMMENT_COLUMNS)


def code_by_codebook(comments: pd.DataFrame, codebooks: Mapping[str, Codebook], coder: Coder) -> pd.DataFrame:
    """Code each comment with the one codebook its ``codebook`` column names, and no other."""
    parts = []
    for name in dict.fromkeys(comments["codebook"]):
        subset = comments[comments["codebook"] == name]
        parts.append(coder(subset, [codebooks[name]]))
    if not parts:
        return pd.DataFrame(columns=[*comments.columns, *CODED_COLUMNS]).astype({"risk_flag": bool})
    return pd.concat(parts).sort_index()


def _codebook_summary(coded: pd.DataFrame, books: Mapping[str, Codebook]) -> pd.DataFrame:
    """Each codebook's theme summary over the comments coded with it (themes of one book never mix)."""
    parts = [theme_summary(coded[coded["codebook"] == name], [book]) for name, book in books.items()]
    return pd.concat(parts, ignore_index=True)


def theme_table(
    context: ReportContext, name: str, caption: str, coded: pd.DataFrame, books: Mapping[str, Codebook]
) -> Block:
    """Comments and their sentiment by theme, commonest first, as a chart over its table."""
    summary = _codebook_summary(coded, books)
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
    books = context.books_for(spec)
    blocks = [theme_table(context, f"{questionnaire}-themes", f"Themes in {spec.title}", coded, books)]
    if not spec.quotable:
        blocks.append(Paragraph("This questionnaire's definition does not allow quotes, so none are shown."))
        return blocks
    quotes = _quotes(coded, books, spec.title)
    return [*blocks, quotes] if quotes is not None else blocks


def _quotes(coded: pd.DataFrame, books: Mapping[str, Codebook], title: str) -> QuoteGroup | None:
    """Redacted quotes of the commonest themes, none from a comment flagged for risk."""
    safe = coded[~coded["risk_flag"].astype(bool)]
    # A theme is named by codebook and key, so two codebooks' themes of the same key are never merged.
    named = safe.assign(
        themes=[
            ";".join(f"{book}/{key}" for key in str(themes).split(";") if key)
            for book, themes in zip(safe["codebook"], safe["themes"], strict=True)
        ]
    )
    quotes = select_quotes(named, per_theme=QUOTES_PER_THEME) if not named.empty else pd.DataFrame()
    if quotes.empty:
        return None
    labels = {f"{name}/{t.key}": t.label for name, b in books.items() for t in b.themes}
    themes = list(dict.fromkeys(quotes["theme"]))[:QUOTE_THEMES]
    chosen = quotes[quotes["theme"].isin(themes)]
    # One comment can carry several themes: quote it once, under its first (commonest) theme.
    chosen = chosen[~chosen["quote"].str.strip().str.lower().duplicated()]
    return QuoteGroup(
        f"What people said: {title}",
        [
            Quote(str(r.quote), labels.get(str(r.theme), str(r.theme)), str(r.sentiment))
            for r in chosen.itertuples(index=False)
        ],
    )


def emerging_section(context: ReportContext) -> Section:
    """Themes across all questionnaires, frequent phrases no theme matched, and comments flagged."""
    section = Section("emerging-themes", "Emerging themes")
    if context.coded.empty:
        section.blocks.append(Paragraph("No free-text answers were available to code."))
    else:
        for name, book in context.codebooks.items():
            coded = context.coded[context.coded["codebook"] == name]
            if coded.empty:
                continue
            caption = f"Themes across all questionnaires: {codebook_words(book.name)} codebook"
            section.blocks.append(theme_table(context, f"themes-{slug(name)}", caption, coded, {name: book}))
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
    risk = pd.DataFrame(
        {
            "coded": [int((coded["questionnaire"] == s).sum()) for s in context.frames],
            "flagged": [
                int(coded.loc[coded["questionnaire"] == s, "risk_flag"].astype(bool).sum())
                for s in context.frames
            ],
        },
        index=[context.title(s) for s in context.frames],
        dtype="int64",
    )
    risk.loc["All questionnaires"] = risk.sum()
    shown = context.tables.suppress(
        "comments-coded-and-flagged", risk, counts=["coded", "flagged"], along="columns"
    )
    return data_table(
        "comments-coded-and-flagged",
        "Comments coded, and comments flagged as a possible disclosure of risk (never quoted)",
        shown,
        [("coded", "Comments coded", "count"), ("flagged", "Flagged for follow-up", "count")],
        "Questionnaire",
        note="Flagged comments are counted here and passed to the team's safeguarding process; "
        "they are never quoted.",
    )
