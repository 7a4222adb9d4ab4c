"""Free text in the report: comments coded by their questions' codebooks, theme tables, quotes and
emerging themes.

Quotes are the text engine's redacted text, only from questionnaires whose definition says
``quotable: true`` and never from comments it flagged as a possible risk disclosure.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from analysis.schema import QuestionnaireSpec
from analysis.text.codebook import Codebook
from analysis.text.coding import CODED_COLUMNS, STANCE_COUNTS, emerging_phrases, theme_summary
from analysis.text.review import approved_first_quotes, retired_label, retired_theme_summary

from .context import Coder, ReportContext
from .document import Block, BulletList, Paragraph, Quote, QuoteGroup, Section, Table
from .tables import Column, bar_chart, data_table, fmt, slug

QUOTE_THEMES = 6
QUOTES_PER_THEME = 2
COMMENT_COLUMNS = ["questionnaire", "reference", "question", "audience", "codebook", "text", "prompt"]


def codebook_words(name: str) -> str:
    """A codebook's name as words for captions.

    >>> codebook_words("stakeholder_event")
    'stakeholder event'
    """
    return name.replace("_", " ")


def comments_of(frames: Mapping[str, pd.DataFrame], specs: Mapping[str, QuestionnaireSpec]) -> pd.DataFrame:
    """One row per answered coded text question: questionnaire, reference, question, audience, codebook,
    text, prompt.

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
    """Each codebook's theme summary over the comments coded with it (themes of one book never mix).

    Themes a review kept after the codebook dropped them are counted under their own name, not lost.
    """
    parts = []
    for name, book in books.items():
        own = coded[coded["codebook"] == name]
        retired = retired_theme_summary(own, [book])
        parts += [theme_summary(own, [book]), *([retired] if not retired.empty else [])]
    return pd.concat(parts, ignore_index=True)


SENTIMENT_COUNTS = ["positive", "negative", "mixed", "neutral"]
# Each stance count's column heading, and its words in a theme's sentence (the first phrase of a
# sentence says "named"; those after it lean on it: "named as a barrier by 3, as no problem by 2").
STANCE_WORDS: dict[str, tuple[str, str, str]] = {
    "stance_barrier": ("Named as a barrier", "named as a barrier by", "as a barrier by"),
    "stance_not_a_barrier": ("Named as no problem", "named as no problem by", "as no problem by"),
    "stance_positive": ("Praised", "praised by", "praised by"),
    "stance_mention": (
        "Named without praise or complaint",
        "named without praise or complaint by",
        "without praise or complaint by",
    ),
}


#: Each stance in words, where one theme's stance in one comment is shown.
STANCE_LABELS = {
    "barrier": "a barrier",
    "not_a_barrier": "no problem",
    "positive": "praised",
    "mention": "named without praise or complaint",
}


def stance_sentence(label: str, row: Mapping[Any, object]) -> str:
    """What comments said of one theme, from its suppressed stance counts (zero counts left out).

    >>> row = {"comments": 5, "stance_barrier": 3, "stance_not_a_barrier": 2, "stance_positive": 0,
    ...        "stance_mention": 0}
    >>> stance_sentence("Maths and English entry requirements", row)
    'Maths and English entry requirements (5 comments): named as a barrier by 3, as no problem by 2.'
    >>> hidden = {"comments": "*", "stance_barrier": "*", "stance_not_a_barrier": 0, "stance_positive": "*"}
    >>> stance_sentence("Release time", {**row, **hidden})
    'Release time (* comments): named as a barrier by *, praised by *.'
    >>> praise = {"stance_barrier": 0, "stance_not_a_barrier": 0, "stance_positive": 4, "stance_mention": 1}
    >>> stance_sentence("Mentors", {**row, **praise})
    'Mentors (5 comments): praised by 4, named without praise or complaint by 1.'
    """
    parts: list[str] = []
    named = False
    for column, (_, first, after) in STANCE_WORDS.items():
        value = row[column]
        if value == 0:
            continue
        parts.append(f"{after if named else first} {fmt(value, 'count')}")
        named = named or first.startswith("named")
    comments = row["comments"]
    noun = "comment" if comments == 1 else "comments"
    return f"{label} ({fmt(comments, 'count')} {noun}): {', '.join(parts)}."


def theme_table(
    context: ReportContext,
    name: str,
    caption: str,
    coded: pd.DataFrame,
    books: Mapping[str, Codebook],
    sentences: bool = True,
) -> list[Block]:
    """Comments by theme, commonest first: a chart over the table of each theme's own sentiment, the
    table of the stance comments take on it, and (with ``sentences``) a sentence per theme.

    Both tables are one suppressed summary: a theme's comments split by sentiment and by stance, each
    split its own sum, so no hidden count can be worked out from either (``lines``).
    """
    summary = _codebook_summary(coded, books)
    summary = summary[summary["comments"] > 0]
    if summary.empty:
        return [Paragraph("No comment matched a codebook theme.")]
    summary = summary.sort_values(["comments", "label"], ascending=[False, True])
    readable = summary["codebook"].map(codebook_words)
    index = summary["label"] + (" (" + readable + ")" if len(books) > 1 else "")
    stances = list(STANCE_COUNTS)
    table = summary.set_index(index)[["comments", *SENTIMENT_COUNTS, "net_sentiment", *stances]]
    shown = context.tables.suppress(
        name,
        table,
        counts=["comments", *SENTIMENT_COUNTS, *stances],
        derived={"net_sentiment": ["positive", "negative", "comments"]},
        along="rows",
        lines=[["comments", *SENTIMENT_COUNTS], ["comments", *stances]],
    )
    by_sentiment, by_stance = _sentiment_and_stance_tables(name, caption, shown, stances)
    blocks: list[Block] = [
        bar_chart(by_sentiment, shown, "comments", title=caption, unit="", kind="count"),
        by_stance,
    ]
    if sentences:
        records = shown.to_dict("index")
        items = [stance_sentence(str(label), records[label]) for label in shown.index]
        blocks.append(BulletList(f"{caption}, by what comments said of each theme:", items))
    return blocks


def _sentiment_and_stance_tables(
    name: str, caption: str, shown: pd.DataFrame, stances: list[str]
) -> tuple[Table, Table]:
    """The table of each theme's comments by their sentiment, and the table by the stance they take."""
    by_sentiment = data_table(
        name,
        caption + " (a comment can have several themes; sentiment is the theme's own part of the comment)",
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
    by_stance = data_table(
        f"{name}-stances",
        f"{caption}: what comments said of each theme",
        shown,
        [("comments", "Comments", "count"), *((c, STANCE_WORDS[c][0], "count") for c in stances)],
        "Theme",
    )
    return by_sentiment, by_stance


def questionnaire_themes(context: ReportContext, questionnaire: str, spec: QuestionnaireSpec) -> list[Block]:
    """The themes in one questionnaire's comments, and quotes if its definition allows them."""
    coded = context.coded[context.coded["questionnaire"] == questionnaire]
    if coded.empty:
        return [Paragraph("No free-text answers to code.")]
    books = context.books_for(spec)
    blocks = theme_table(context, f"{questionnaire}-themes", f"Themes in {spec.title}", coded, books)
    if not spec.quotable:
        blocks.append(Paragraph("This questionnaire's definition does not allow quotes, so none are shown."))
        return blocks
    # A response from an event, region, cohort or setting under the threshold is never quoted.
    small = context.small_group_references(questionnaire)
    quotable = coded[~coded["reference"].astype(str).isin(small)] if small else coded
    return [*blocks, *_quotes(quotable, books, spec.title)]


def _quotes(coded: pd.DataFrame, books: Mapping[str, Codebook], title: str) -> list[Block]:
    """Redacted quotes of the commonest themes, none from a comment flagged for risk.

    Where the team reviews comments, quotes approved for publication come first, a reviewed comment
    is quoted only under a theme it was approved for, and a line says how many quotes were approved.
    """
    # A theme is named by codebook and key, so two codebooks' themes of the same key are never merged.
    named = coded.assign(themes=_qualified(coded, "themes"))
    if "quote_approved" in named.columns:
        named["quote_approved"] = _qualified(coded, "quote_approved")
    quotes = approved_first_quotes(named, per_theme=QUOTES_PER_THEME)
    if quotes.empty:
        return []
    labels = {f"{name}/{t.key}": t.label for name, b in books.items() for t in b.themes}
    themes = list(dict.fromkeys(quotes["theme"]))[:QUOTE_THEMES]
    chosen = quotes[quotes["theme"].isin(themes)]
    # One comment can carry several themes: quote it once, under its first (commonest) theme.
    chosen = chosen[~chosen["quote"].str.strip().str.lower().duplicated()]
    group = QuoteGroup(
        f"What people said: {title}",
        [
            Quote(str(r.quote), labels.get(str(r.theme)) or _retired(str(r.theme), books), str(r.sentiment))
            for r in chosen.itertuples(index=False)
        ],
    )
    if "reviewed" not in coded.columns:
        return [group]
    approved = int(chosen["approved"].astype(bool).sum())
    return [group, Paragraph(_approval_note(approved, len(chosen)))]


def _qualified(coded: pd.DataFrame, column: str) -> list[str]:
    """A `key;key` column with each key named `codebook/key` by the codebook its comment was coded with."""
    return [
        ";".join(f"{book}/{key}" for key in str(keys).split(";") if key) if isinstance(keys, str) else ""
        for book, keys in zip(coded["codebook"], coded[column], strict=True)
    ]


def _retired(theme: str, books: Mapping[str, Codebook]) -> str:
    """A `codebook/key` theme its codebook no longer holds (kept by a review), named as retired."""
    name, _, key = theme.partition("/")
    return retired_label(key, [books[name]] if name in books else [])


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
            coded = context.coded[context.coded["codebook"] == name]
            if coded.empty:
                continue
            caption = f"Themes across all questionnaires: {codebook_words(book.name)} codebook"
            section.blocks += theme_table(
                context, f"themes-{slug(name)}", caption, coded, {name: book}, False
            )
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
