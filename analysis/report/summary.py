"""The executive summary: who responded, the headline figures, the top barriers and what went well.

Every figure is a cell the appendix tables published (already suppressed), read back by name, so the
summary shows nothing a table hides and the same number as the table it comes from.
"""

from __future__ import annotations

from analysis.suppression import MARKER

from .context import ReportContext
from .document import Block, BulletList, Paragraph, Section
from .findings import ClosedFigure, CommentFigure, Finding, shown
from .questions import ALL_WHO_ANSWERED
from .response_rates import NO_EXPECTED_NUMBERS, rate_items
from .tables import fmt

__all__ = ["comment_items", "summary_section"]

TOP = 5
HIDDEN_MEAN = "mean hidden, as it could give away the small counts of some ratings (see the appendix)"


def _who_responded(context: ReportContext) -> list[Block]:
    """Responses to each questionnaire, as the table of responses by questionnaire shows them."""
    table = context.tables.tables["responses-by-questionnaire"]
    items = [f"{label}: {fmt(row['responses'], 'count')} responses" for label, row in table.iterrows()]
    rates = rate_items(context)
    if not rates:
        return [BulletList("Who responded:", items), Paragraph(NO_EXPECTED_NUMBERS)]
    return [BulletList("Who responded:", items), BulletList("Response rates:", rates)]


def _interval(low: object, high: object, unit: str, kind: str) -> str:
    """ " (95% interval a to b)" when both ends are shown, else ""."""
    if shown(low) is None or shown(high) is None:
        return ""
    return f" (95% interval {fmt(low, kind)}{unit} to {fmt(high, kind)}{unit})"  # type: ignore[arg-type]


def _mean_words(mean: object) -> str:
    """A rating's mean as the appendix shows it: two decimals, one decimal (where two could give a hidden
    count away), or hidden."""
    if shown(mean) is not None:
        return f"mean {fmt(mean, 'mean')} out of 10"
    if isinstance(mean, str) and mean != MARKER:
        return f"mean {mean} out of 10 (to one decimal and without an interval, as in the appendix)"
    return HIDDEN_MEAN


def _headlines(context: ReportContext) -> list[str]:
    """The Friends and Family Test's % positive and each 0 to 10 rating's mean, overall."""
    items = []
    for slug in context.frames:
        spec = context.specs[slug]
        for question in spec.of_type("fft"):
            table = context.tables.tables.get(f"{slug}-{question.key}-by-month")
            if table is None or "All months" not in table.index:
                continue
            row = table.loc["All months"]
            if shown(row["pct_positive"]) is None:
                items.append(f"{spec.title}: Friends and Family Test % positive hidden (too few responses).")
                continue
            items.append(
                f"{spec.title}: Friends and Family Test {fmt(row['pct_positive'], 'pct')}% positive"
                + _interval(row["pct_positive_low"], row["pct_positive_high"], "%", "pct")
                + f", {fmt(row['pct_negative'], 'pct')}% negative,"
                + f" of {fmt(row['responses'], 'count')} responses."
            )
        for question in spec.of_type("rating"):
            table = context.tables.tables.get(f"{slug}-{question.key}-mean")
            if table is None or ALL_WHO_ANSWERED not in table.index:
                continue
            row = table.loc[ALL_WHO_ANSWERED]
            mean = _mean_words(row["mean"])
            items.append(
                f"{question.label} ({spec.title}): {mean}"
                + _interval(row["mean_low"], row["mean_high"], "", "mean")
                + f", {fmt(row['responses'], 'count')} responses."
            )
    return items


def comment_items(
    findings: list[Finding], stance: str, words: str, named: bool = True
) -> list[tuple[float, str]]:
    """Each theme's comments taking a stance, where the count is shown: (count, sentence), the sentence
    starting with the theme's name if ``named``."""
    items = []
    for finding in findings:
        for figure in finding.comments:
            count = figure.stance(stance)
            if count:
                text = _comment_sentence(figure, stance, words)
                items.append((count, f"{finding.theme.label}: {text}" if named else text))
    return sorted(items, key=lambda item: -item[0])


def _comment_sentence(figure: CommentFigure, stance: str, words: str) -> str:
    """E.g. "named as a barrier in 12 of 30 comments (Apprentice survey)"."""
    count, of = fmt(figure.row[f"stance_{stance}"], "count"), figure.row.get("comments")
    if shown(of) is None:
        # The theme's total is hidden in its table (it would give a small count away): say no more.
        return f"{words} in {count} comments ({figure.questionnaire}; the total is hidden in the appendix)"
    return f"{words} in {count} of {fmt(of, 'count')} comments ({figure.questionnaire})"


def closed_items(findings: list[Finding], measure: str) -> list[tuple[float, str, Finding, ClosedFigure]]:
    """Closed answers with a shown count and percentage, highest percentage first."""
    items = []
    for finding in findings:
        for figure in finding.closed:
            percent = shown(figure.percent)
            if figure.measure == measure and percent is not None and shown(figure.count):
                items.append((percent, closed_sentence(figure), finding, figure))
    return sorted(items, key=lambda item: -item[0])


def closed_sentence(figure: ClosedFigure) -> str:
    """E.g. "“The End-Point Assessment” (Apprentice survey): chosen by 40.0% (20 of 50 who answered)"."""
    verb = "chosen by" if figure.measure == "chose it" else "agreed with by"
    return (
        f"“{figure.answer}” ({figure.questionnaire}): {verb} {fmt(figure.percent, 'pct')}% "
        f"({fmt(figure.count, 'count')} of {fmt(figure.answered, 'count')} who answered)"
    )


def _listed(title: str, items: list[str], empty: str) -> Block:
    """A list of the top items, or a sentence saying there are none."""
    return BulletList(title, items[:TOP]) if items else Paragraph(empty)


def summary_section(context: ReportContext, findings: list[Finding]) -> Section:
    """The executive summary: who responded, headline figures, top barriers and what went well."""
    section = Section("executive-summary", "Executive summary")
    section.blocks += _who_responded(context)
    headlines = _headlines(context)
    if headlines:
        section.blocks.append(BulletList("Headline figures:", headlines))
    at_least = f"(at least {context.threshold})"
    barriers = [text for _, text in comment_items(findings, "barrier", "named as a barrier")]
    section.blocks.append(
        _listed(
            "Barriers named most often in comments:",
            barriers,
            f"No barrier was named in enough comments to report {at_least}.",
        )
    )
    chosen = [text for _, text, _, _ in closed_items(findings, "chose it")]
    section.blocks.append(
        _listed(
            "Barriers chosen most often in closed questions:",
            chosen,
            "No closed question about barriers has figures to show.",
        )
    )
    praised = [text for _, text in comment_items(findings, "positive", "praised")]
    agreed = [text for percent, text, _, _ in closed_items(findings, "agree") if percent >= 50]
    section.blocks.append(
        _listed(
            "What went well, from comments:",
            praised,
            f"No theme was praised in enough comments to report {at_least}.",
        )
    )
    if agreed:
        section.blocks.append(BulletList("Statements most agreed with:", agreed[:TOP]))
    section.blocks.append(
        Paragraph(
            "The findings that follow take each theme in turn across every questionnaire; the full tables "
            "are in the appendix."
        )
    )
    return section
