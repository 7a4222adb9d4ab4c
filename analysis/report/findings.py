"""Findings by theme across surveys: each theme's closed questions, comments, comparisons and quotes.

A finding re-reads the cells the appendix tables already published (their suppressed frames in
:class:`~analysis.report.tables.SuppressedTables`), so a figure is the same wherever it appears and no
new sum of published cells can give a hidden one away. The only new tables are the comparisons between
cohorts or events, which are suppressed in their own right and drawn only when the overall figures
they add up to are shown. Quotes are redacted text from quotable questionnaires, never flagged for
risk, and only from a questionnaire's comments taking one stance on the theme that are at least the
threshold in number, and never from a response whose event, region, cohort or setting is a group under
the threshold.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from analysis.text.coding import keyed

from .comparisons import (
    GroupAnswers,
    closed_by_group,
    comments_by_code,
    comments_by_group,
    group_of_reference,
    theme_keys,
)
from .context import ReportContext
from .document import Block, BulletList, Paragraph, Quote, QuoteGroup, Section, Table
from .programme_themes import PROGRAMME_THEMES, ClosedAnswer, ProgrammeTheme, claimed_codes
from .questions import ALL_WHO_ANSWERED
from .tables import fmt
from .themes import codebook_words, stance_sentence

__all__ = ["ClosedFigure", "CommentFigure", "Finding", "collect_findings", "findings_section", "shown"]

QUOTES_PER_FINDING = 3
#: Quotes of a readable length first, as the engine's own quote choice prefers (words).
QUOTE_WORDS = (12, 45)
#: A stance in the words a quote's note and a finding's sentences use.
STANCE_PHRASES = {
    "barrier": "named as a barrier",
    "not_a_barrier": "named as no problem",
    "positive": "praised",
    "mention": "named without praise or complaint",
}
MULTIPLE_TOTAL = "Respondents who answered"


def shown(value: object) -> float | None:
    """A published cell as a number: None when hidden (``*``) or without a score."""
    if isinstance(value, str) or value is None:
        return None
    number = float(value)  # type: ignore[arg-type]
    return None if math.isnan(number) else number


@dataclass
class ClosedFigure:
    """One answer of a closed question as the appendix published it (cells already suppressed)."""

    questionnaire: str
    answer: str
    measure: str  # "chose it" (an option) or "agree" (a statement)
    count: object
    answered: object
    percent: object


@dataclass
class CommentFigure:
    """One codebook theme (`code`) in one questionnaire's comments, as its theme table published them."""

    questionnaire: str
    label: str
    row: dict[str, object]
    slug: str = ""
    code: str = ""

    def stance(self, name: str) -> float | None:
        """The shown number of comments taking this stance (``barrier``, ``positive``...), else None."""
        return shown(self.row.get(f"stance_{name}"))


@dataclass
class Finding:
    """What every questionnaire says of one theme."""

    theme: ProgrammeTheme
    closed: list[ClosedFigure] = field(default_factory=list)
    # The closed answer each closed figure is of, in the same order.
    closed_refs: list[ClosedAnswer] = field(default_factory=list)
    comments: list[CommentFigure] = field(default_factory=list)
    comparisons: list[Block] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    @property
    def id(self) -> str:
        """The finding's section id."""
        return "finding-" + self.theme.key.replace("/", "-").replace("_", "-")


def _other_themes(context: ReportContext) -> list[ProgrammeTheme]:
    """Codebook themes no programme theme claims that some questionnaire's comments show, commonest first."""
    claimed = claimed_codes()
    found: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for name, book in context.codebooks.items():
        for theme in book.themes:
            code = f"{name}/{theme.key}"
            if code in claimed:
                continue
            for figure in _comment_figures(context, (code,)):
                # A theme whose total is hidden beside a shown stance count still has something to say.
                count = max(shown(value) or 0 for value in figure.row.values() if not isinstance(value, str))
                if count:
                    found[code] += int(count)
                    labels[code] = theme.label
    return [ProgrammeTheme(code, labels[code], (), (code,)) for code, _ in found.most_common()]


def _comment_figures(context: ReportContext, codes: tuple[str, ...]) -> list[CommentFigure]:
    """The published theme-table rows of these codebook themes, questionnaire by questionnaire."""
    figures = []
    for slug in context.frames:
        spec = context.specs[slug]
        table = context.tables.tables.get(f"{slug}-themes")
        if table is None:
            continue
        books = context.books_for(spec)
        for code in codes:
            name, _, key = code.partition("/")
            if name not in books or key not in books[name].keys:
                continue
            label = books[name].theme(key).label
            # The theme table names a theme as theme_table does: with its codebook when there are several.
            index = label + (f" ({codebook_words(name)})" if len(books) > 1 else "")
            if index in table.index:
                row = {str(column): value for column, value in table.loc[index].items()}
                figures.append(CommentFigure(spec.title, label, row, slug, code))
    return figures


def _closed_figure(context: ReportContext, ref: ClosedAnswer) -> ClosedFigure | None:
    """A closed answer as its questionnaire's question table published it; None when not in the report."""
    if ref.questionnaire not in context.frames or not context.specs[ref.questionnaire].has_question(
        ref.question
    ):
        return None
    spec = context.specs[ref.questionnaire]
    question = spec.question(ref.question)
    table = context.tables.tables.get(f"{ref.questionnaire}-{question.key}")
    if table is None:
        return None
    if question.type in ("likert", "likert_grid"):
        label = question.statements.get(ref.answer, "") if ref.answer else question.label
        if label not in table.index:
            return None
        parts = [shown(table.at[label, level]) for level in ("strongly_agree", "agree")]
        agree: object = "*" if None in parts else int(sum(p or 0 for p in parts))
        row = table.loc[label]
        return ClosedFigure(spec.title, label, "agree", agree, row["responses"], row["pct_agree"])
    label = question.all_options().get(ref.answer, "")
    total = MULTIPLE_TOTAL if question.type == "multiple_choice" else ALL_WHO_ANSWERED
    if label not in table.index or total not in table.index:
        return None
    return ClosedFigure(
        spec.title,
        label,
        "chose it",
        table.at[label, "count"],
        table.at[total, "count"],
        table.at[label, "percent"],
    )


def quotable_comments(context: ReportContext, by_code: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Each theme's comments (`comments_by_code`) from the questionnaires whose definitions allow quotes,
    with ``small_group`` True for those from a response in a group under the threshold."""
    quotable = [s for s in context.frames if context.specs[s].quotable]
    small_groups = {slug: context.small_group_references(slug) for slug in quotable}
    pool = {}
    for code, comments in by_code.items():
        own = comments[comments["questionnaire"].isin(quotable)]
        references = (
            own["reference"].astype(str) if "reference" in own.columns else pd.Series("", index=own.index)
        )
        small = pd.Series(False, index=own.index)
        for slug in quotable:
            small |= (own["questionnaire"] == slug) & references.isin(small_groups[slug])
        pool[code] = own.assign(small_group=small)
    return pool


@dataclass
class _Inputs:
    """What every finding reads besides the context: comments by theme, quotable ones, answers by group."""

    by_code: dict[str, pd.DataFrame]
    pool: dict[str, pd.DataFrame]
    memo: dict[tuple[str, str], GroupAnswers] = field(default_factory=dict)
    # Each questionnaire's responses' groups by reference, looked up once.
    groups: dict[str, pd.Series | None] = field(default_factory=dict)


def _quotable_rows(own: pd.DataFrame, key: str, threshold: int) -> pd.DataFrame:
    """One theme's comments that may be quoted, each distinct one once, with its ``stance`` and whether a
    team member ``approved`` it for this theme."""
    # Feedback repeats itself: each distinct coding is read once.
    stances = own["theme_stances"].map(
        {c: keyed(c).get(key, "mention") for c in own["theme_stances"].unique()}
    )
    # A quote speaks for its questionnaire's comments taking its stance: never for fewer than the threshold.
    sizes = stances.groupby([own["questionnaire"], stances]).transform("size")
    reviewed = (
        own["reviewed"].astype(bool) if "reviewed" in own.columns else pd.Series(False, index=own.index)
    )
    approvals = own["quote_approved"] if "quote_approved" in own.columns else pd.Series("", index=own.index)
    approved = reviewed & approvals.map({cell: key in theme_keys(cell) for cell in approvals.unique()})
    texts = own["redacted_text"].fillna("").astype(str)
    text = texts.map({cell: cell.strip() for cell in texts.unique()})
    eligible = (
        ~own["risk_flag"].astype(bool)
        & ~own["small_group"].astype(bool)
        & (~reviewed | approved)
        & (text != "")
        & (sizes >= threshold)
    )
    rows = pd.DataFrame(
        {"text": text, "stance": stances, "approved": approved, "sentiment": own["sentiment"].astype(str)}
    )[eligible]
    return rows.sort_values("approved", ascending=False, kind="stable").drop_duplicates(["text", "stance"])


def _candidates(
    context: ReportContext, pool: dict[str, pd.DataFrame], code: str, label: str
) -> list[tuple[tuple[int, bool, int], Quote]]:
    """Quotable comments of one codebook theme, each with its sort key (stance, approval, length)."""
    key = code.partition("/")[2]
    own = pool.get(code)
    if own is None or own.empty:
        return []
    found = []
    for text, stance, approved, sentiment in _quotable_rows(own, key, context.threshold).itertuples(
        index=False
    ):
        words = len(text.split())
        distance = max(QUOTE_WORDS[0] - words, words - QUOTE_WORDS[1], 0)
        note = f"{label}, {STANCE_PHRASES.get(stance, stance)}" + (
            "; approved by the team" if approved else ""
        )
        order = list(STANCE_PHRASES).index(stance) if stance in STANCE_PHRASES else len(STANCE_PHRASES)
        found.append(((order, not approved, distance), Quote(text, note, sentiment)))
    return found


def _code_label(context: ReportContext, code: str) -> str:
    """A `codebook/key` theme's label, "" when the report's codebooks do not hold it."""
    name, _, key = code.partition("/")
    book = context.codebooks.get(name)
    return book.theme(key).label if book is not None and key in book.keys else ""


def _finding_quotes(
    context: ReportContext, pool: dict[str, pd.DataFrame], theme: ProgrammeTheme
) -> list[Quote]:
    """Up to three quotes, one stance at a time so they show the spread, team-approved quotes first."""
    labels = {code: label for code in theme.codes if (label := _code_label(context, code))}
    candidates = [c for code, label in labels.items() for c in _candidates(context, pool, code, label)]
    by_stance: dict[int, list[tuple[tuple[int, bool, int], Quote]]] = {}
    for candidate in sorted(candidates, key=lambda c: (c[0], c[1].text)):
        by_stance.setdefault(candidate[0][0], []).append(candidate)
    chosen: list[Quote] = []
    seen: set[str] = set()
    while len(chosen) < QUOTES_PER_FINDING and any(by_stance.values()):
        for queue in by_stance.values():
            while queue and len(chosen) < QUOTES_PER_FINDING:
                quote = queue.pop(0)[1]
                if quote.text.lower() not in seen:
                    seen.add(quote.text.lower())
                    chosen.append(quote)
                    break
    return chosen


def _comparisons(context: ReportContext, inputs: _Inputs, finding: Finding) -> list[Block]:
    """Each chosen option, and each questionnaire's comments naming the theme a barrier, by group."""
    blocks: list[Block] = []
    for ref, figure in zip(finding.closed_refs, finding.closed, strict=True):
        if figure.measure == "chose it":
            shown_overall = shown(figure.count) is not None and shown(figure.answered) is not None
            name = f"finding-{finding.theme.key}-{ref.questionnaire}-{ref.question}-{ref.answer}"
            blocks.append(closed_by_group(context, inputs.memo, name, ref, figure.answer, shown_overall))
    for comment in finding.comments:
        barrier, total = comment.stance("barrier"), shown(comment.row.get("comments"))
        # Only where the appendix shows both figures the groups would add up to.
        if barrier is None or barrier < context.threshold or total is None:
            continue
        if comment.slug not in inputs.groups:
            inputs.groups[comment.slug] = group_of_reference(context, comment.slug)
        lookup, comments = inputs.groups[comment.slug], inputs.by_code.get(comment.code)
        if lookup is None or comments is None:
            continue
        block = comments_by_group(context, comments, lookup, comment.code, comment.slug, comment.label)
        blocks += [block] if block is not None else []
    return blocks


def _finding(context: ReportContext, inputs: _Inputs, theme: ProgrammeTheme) -> Finding:
    """Everything the report's questionnaires say of one theme."""
    finding = Finding(theme, comments=_comment_figures(context, theme.codes))
    for ref in theme.closed:
        figure = _closed_figure(context, ref)
        # A question nobody answered says nothing of the theme.
        if figure is not None and figure.answered != 0:
            finding.closed.append(figure)
            finding.closed_refs.append(ref)
    finding.comparisons = _comparisons(context, inputs, finding)
    finding.quotes = _finding_quotes(context, inputs.pool, theme)
    return finding


def collect_findings(context: ReportContext) -> list[Finding]:
    """A finding for each programme theme the report's data bear on, then each other codebook theme shown.

    Call it after the appendix sections are built: it reads the tables they published.
    """
    themes = [*PROGRAMME_THEMES, *_other_themes(context)]
    by_code = comments_by_code(context.coded)
    inputs = _Inputs(by_code, quotable_comments(context, by_code))
    return [f for f in (_finding(context, inputs, theme) for theme in themes) if f.closed or f.comments]


def _closed_table(finding: Finding) -> Table:
    """The closed answers bearing on a finding: who answered, how many chose or agreed, and the %."""
    return Table(
        f"{finding.id}-closed",
        f"{finding.theme.label}: closed questions bearing on it",
        ["Answer or statement", "Questionnaire", "Measure", "Answered", "Chose it or agree", "%"],
        [
            [
                f.answer,
                f.questionnaire,
                f.measure,
                fmt(f.answered, "count"),
                fmt(f.count, "count"),
                fmt(f.percent, "pct"),
            ]
            for f in finding.closed
        ],
        note="Percentages are of those who answered the question; an option of a question allowing "
        "several answers can be chosen alongside others.",
        text_columns=frozenset({1, 2}),
    )


def finding_blocks(finding: Finding) -> list[Block]:
    """A finding as the report prints it: closed questions, comments by stance, comparisons, quotes."""
    blocks: list[Block] = []
    if finding.closed:
        blocks.append(_closed_table(finding))
    else:
        blocks.append(Paragraph("No closed question in these questionnaires asks about this theme."))
    if finding.comments:
        items = [stance_sentence(f"{c.label}, {c.questionnaire}", c.row) for c in finding.comments]
        blocks.append(BulletList("What comments said of it, by the stance they take:", items))
    else:
        blocks.append(Paragraph("No comment in these questionnaires was coded with this theme."))
    blocks += finding.comparisons
    if finding.quotes:
        blocks.append(QuoteGroup(f"What people said: {finding.theme.label}", finding.quotes))
    elif finding.comments:
        blocks.append(
            Paragraph(
                "No comment on this theme is quoted: none came from a quotable questionnaire's comments "
                "taking one stance on it in numbers at or above the threshold, unflagged and, where the "
                "team reviewed it, approved for quoting."
            )
        )
    return blocks


def findings_section(context: ReportContext, findings: list[Finding]) -> Section:
    """Findings by theme across surveys, one subsection per theme."""
    section = Section("findings", "Findings by theme across surveys")
    if not findings:
        section.blocks.append(Paragraph("No closed question or coded comment bears on a programme theme."))
        return section
    section.blocks.append(
        Paragraph(
            "Each theme brings together every closed question that asks about it and the comments coded "
            "with it in every questionnaire. Figures are those of the tables in the appendix, with the "
            f"same counts hidden (1 to {context.threshold - 1} shown as *). Quotes are redacted and come "
            f"only from groups of at least {context.threshold} comments taking the same stance, never from a "
            f"response in an event, region, cohort or setting with fewer than {context.threshold} responses."
            if context.threshold > 1
            else "Each theme brings together every closed question that asks about it and the comments "
            "coded with it in every questionnaire, as the tables in the appendix give them."
        )
    )
    for finding in findings:
        section.subsections.append(Section(finding.id, finding.theme.label, finding_blocks(finding)))
    return section
