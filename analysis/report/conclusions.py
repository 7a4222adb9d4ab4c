"""What went well, what could be better, and the project team's recommendations per finding.

"What went well" and "what could be better" are drawn from the findings' published figures only;
recommendations are the team's own (written in the team area) and the report never invents one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from analysis.text.codebook import Codebook

from .document import Block, BulletList, Paragraph, Section, Table
from .findings import Finding, shown
from .programme_themes import PROGRAMME_THEMES
from .recommendations import GENERAL, Recommendation
from .summary import closed_sentence, comment_items

__all__ = ["NO_RECOMMENDATIONS", "finding_of", "recommendations_section", "went_well_section"]

NO_RECOMMENDATIONS = "The project team has not yet written recommendations."
#: Below this share agreeing, a statement is read as something that could be better.
AGREE_MAJORITY = 50.0


def finding_of(key: str, findings: Sequence[Finding], codebooks: Mapping[str, Codebook]) -> tuple[int, str]:
    """Where a recommendation's finding sits in the report and its title.

    The team area keys a recommendation by a codebook theme (``mentor_capacity``) or ``general``; the
    report's finding is the programme theme that brings that codebook theme together with others
    ("Mentor capacity and quality"), so it is found by its own key or by any codebook theme it holds.
    A theme this report's data did not show comes after the others, under its own name.
    """
    for position, finding in enumerate(findings):
        codes = {code.partition("/")[2] for code in finding.theme.codes}
        if key == finding.theme.key or key in codes:
            return position, finding.theme.label
    if key == GENERAL:
        return len(findings), "General"
    for theme in PROGRAMME_THEMES:
        if key == theme.key or key in {code.partition("/")[2] for code in theme.codes}:
            return len(findings) + 1, theme.label
    labels = [t.label for book in codebooks.values() for t in book.themes if t.key == key]
    return len(findings) + 1, labels[0] if labels else key


def _theme_items(findings: list[Finding], good: bool) -> list[str]:
    """One line per theme with its strongest published figures on one side (good or could be better)."""
    lines = []
    for finding in findings:
        parts = [text for _, text in comment_items([finding], *_stance(good), named=False)]
        for figure in finding.closed:
            percent = shown(figure.percent)
            if percent is None or not shown(figure.count):
                continue
            agreed_well = figure.measure == "agree" and percent >= AGREE_MAJORITY
            barrier = figure.measure == "chose it"
            if (good and agreed_well) or (
                not good and (barrier or (figure.measure == "agree" and not agreed_well))
            ):
                parts.append(closed_sentence(figure))
        if parts:
            lines.append(f"{finding.theme.label}: " + "; ".join(parts) + ".")
    return lines


def _stance(good: bool) -> tuple[str, str]:
    """The stance a side of the ledger reads, and its words."""
    return ("positive", "praised") if good else ("barrier", "named as a barrier")


def went_well_section(findings: list[Finding], threshold: int) -> Section:
    """What went well and what could be better, theme by theme, from the findings' figures."""
    section = Section("went-well", "What went well and what could be better")
    well = _theme_items(findings, good=True)
    better = _theme_items(findings, good=False)
    blocks: list[Block] = [
        Paragraph(
            "Drawn from the findings: comments praising a theme or naming it as a barrier, options chosen "
            f"as barriers, and statements most did or did not agree with. Counts under {threshold} are "
            "not listed."
        ),
        BulletList("What went well:", well)
        if well
        else Paragraph("What went well: no theme has figures to show."),
        BulletList("What could be better:", better)
        if better
        else Paragraph("What could be better: no theme has figures to show."),
    ]
    section.blocks += blocks
    return section


def recommendations_section(
    recommendations: Sequence[Recommendation], findings: list[Finding], codebooks: Mapping[str, Codebook]
) -> Section:
    """The team's recommendations, finding by finding, with owner and status; a plain line if none."""
    section = Section("recommendations", "Recommendations")
    if not recommendations:
        section.blocks.append(Paragraph(NO_RECOMMENDATIONS))
        return section
    # Findings in the report's order, then general, then any finding this report's data did not show.
    placed = sorted(
        ((finding_of(r.finding, findings, codebooks), r) for r in recommendations),
        key=lambda item: (item[0][0], item[0][1]),
    )
    section.blocks.append(
        Table(
            "recommendations",
            "Recommendations the project team has written, by finding",
            ["Finding", "Recommendation", "Owner", "Status"],
            [[title, r.text, r.owner, r.status_label] for (_, title), r in placed],
            text_columns=frozenset({1, 2, 3}),
        )
    )
    return section
