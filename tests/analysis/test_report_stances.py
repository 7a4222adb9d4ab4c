"""The report counts each theme by the stance comments take on it, and by the theme's own sentiment.

The review of issue 15 found "5 comments, all negative" under maths and English where 2 of the 5 said it
was no problem. Comments here are written for the project.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pytest

from analysis.report import build_report, render_html, render_markdown, write_docx
from analysis.report.document import BulletList, ReportDocument, Section, Table
from analysis.schema import load_questionnaire_specs
from analysis.suppression import MARKER
from analysis.text.codebook import Codebook
from analysis.text.coding import STANCE_COUNTS, code_comments
from tests.analysis.test_report import synthetic_frame

ROOT = Path(__file__).resolve().parents[2]
SPECS = load_questionnaire_specs(ROOT / "questionnaires")
APPRENTICE = "apprentice-survey"
SPEC = SPECS[APPRENTICE]
THEMES = f"{APPRENTICE}-themes"
MATHS = "Maths and English entry requirements"
BARRIER = "The maths and English functional skills entry requirements nearly stopped me applying"
NO_PROBLEM = "Maths and English weren't a problem for me, I already had my GCSEs"
MIXED = "My mentor is brilliant but release time is never protected"
# What the engine says of each comment, so the display is tested apart from the engine's rules: the
# whole comment's sentiment says negative each time, as the review's report did.
CODINGS = {
    BARRIER: ("maths_english", "maths_english:barrier", "maths_english:negative", "negative"),
    NO_PROBLEM: ("maths_english", "maths_english:not_a_barrier", "maths_english:neutral", "negative"),
    MIXED: (
        "mentor_support;release_backfill",
        "mentor_support:positive;release_backfill:barrier",
        "mentor_support:positive;release_backfill:negative",
        "negative",
    ),
}


def known_coder(comments: pd.DataFrame, books: Sequence[Codebook]) -> pd.DataFrame:
    """The codings above, in the engine's columns."""
    rows = [CODINGS[text] for text in comments["text"]]
    return comments.assign(
        themes=[r[0] for r in rows],
        theme_stances=[r[1] for r in rows],
        theme_sentiments=[r[2] for r in rows],
        theme_rules="",
        sentiment=[r[3] for r in rows],
        polarity=-0.3,
        redacted_text=comments["text"],
        risk_flag=False,
    )


def apprentices(texts: list[str]) -> dict[str, pd.DataFrame]:
    """Apprentice responses answering the barriers question with these texts, and no other comment."""
    frame = synthetic_frame(SPEC, len(texts), seed=9)
    for question in SPEC.coded_text_questions():
        frame[question.key] = ""
    frame["barriers_detail"] = texts
    return {APPRENTICE: frame}


def table(doc: ReportDocument, table_id: str) -> dict[str, list[str]]:
    """A table's rows by their header."""
    found = next(t for t in doc.tables() if t.id == table_id)
    assert isinstance(found, Table)
    return {row[0]: row[1:] for row in found.rows}


def sentences(doc: ReportDocument) -> list[str]:
    """Every theme sentence of the appendix's theme tables (the findings name the questionnaire too)."""
    return [
        item
        for block in doc.blocks()
        if isinstance(block, BulletList) and block.title.endswith("by what comments said of each theme:")
        for item in block.items
    ]


def test_themes_are_counted_by_stance_and_by_their_own_sentiment(tmp_path: Path) -> None:
    """Three say maths and English was a barrier, two that it was none: the report says so, everywhere."""
    doc = build_report(
        apprentices([BARRIER] * 3 + [NO_PROBLEM] * 2 + [MIXED]), SPECS, threshold=1, coder=known_coder
    )
    expected = f"{MATHS} (5 comments): named as a barrier by 3, as no problem by 2."
    assert expected in sentences(doc)
    assert "Good mentoring and supervision (1 comment): praised by 1." in sentences(doc)
    assert "Release time and backfill (1 comment): named as a barrier by 1." in sentences(doc)
    # Comments, then named as a barrier, as no problem, praised, without praise or complaint.
    assert table(doc, f"{THEMES}-stances")[MATHS] == ["5", "3", "2", "0", "0"]
    # Sentiment is the theme's own: not "5 comments, all negative".
    assert table(doc, THEMES)[MATHS][:5] == ["5", "0", "3", "0", "2"]
    assert table(doc, THEMES)["Good mentoring and supervision"][:5] == ["1", "1", "0", "0", "0"]
    summary = doc.summaries[THEMES].set_index("row")
    assert summary.loc[MATHS, list(STANCE_COUNTS)].tolist() == [3, 2, 0, 0]
    assert expected in render_html(doc)
    assert expected in render_markdown(doc)
    from docx import Document

    # Word gets the sentences as a bulleted list (the theme sections alone: drawing every chart is slow).
    lists = [b for b in doc.blocks() if isinstance(b, BulletList)]
    only = ReportDocument(doc.title, doc.subtitle, doc.generated_on, 1, [Section("themes", "Themes", lists)])
    opened = Document(str(write_docx(only, tmp_path / "report.docx")))
    bullets = [p.text for p in opened.paragraphs if p.style is not None and p.style.name == "List Bullet"]
    assert expected in bullets


def test_small_stance_counts_are_hidden_with_what_would_give_them_away() -> None:
    """Counts of 1 to 4 show as *, and neither breakdown of a theme's comments leaves a lone hidden cell."""
    doc = build_report(apprentices([BARRIER] * 9 + [NO_PROBLEM] * 3), SPECS, threshold=5, coder=known_coder)
    sentence = next(s for s in sentences(doc) if s.startswith(MATHS))
    # The 3 who found it no problem are hidden, and so is the total that would give them away (12 - 9).
    assert sentence == f"{MATHS} ({MARKER} comments): named as a barrier by 9, as no problem by {MARKER}."
    summary = doc.summaries[THEMES].set_index("row")
    row = summary.loc[MATHS]
    for line in (["comments", "positive", "negative", "mixed", "neutral"], ["comments", *STANCE_COUNTS]):
        assert int((row[line] == MARKER).sum()) != 1, line
    assert row["stance_not_a_barrier"] == MARKER and row["neutral"] == MARKER
    logged = doc.suppression_log[doc.suppression_log["table"] == THEMES]
    assert set(logged["column"]) >= {"stance_not_a_barrier", "comments"}
    assert table(doc, f"{THEMES}-stances")[MATHS] == [MARKER, "9", MARKER, "0", "0"]


@pytest.mark.parametrize("threshold", [1, 5])
def test_every_theme_sentence_agrees_with_its_table(threshold: int) -> None:
    """The sentences are the stance table in words: the same (suppressed) figures, theme by theme."""
    texts = [BARRIER] * 7 + [NO_PROBLEM] * 6 + [MIXED] * 2
    doc = build_report(apprentices(texts), SPECS, threshold=threshold, coder=known_coder)
    rows = table(doc, f"{THEMES}-stances")
    said = {s.split(" (")[0]: s for s in sentences(doc)}
    assert set(said) == set(rows)
    for label, (comments, barrier, no_problem, praised, _mention) in rows.items():
        assert f"({comments} comment" in said[label]
        assert ("a barrier by " + barrier in said[label]) == (barrier != "0")
        assert ("no problem by " + no_problem in said[label]) == (no_problem != "0")
        assert ("praised by " + praised in said[label]) == (praised != "0")


def test_the_engine_reads_the_reviews_example_as_two_stances() -> None:
    """End to end with the shipped workforce codebook and the stance rules: 3 barriers, 2 no problem."""
    doc = build_report(apprentices([BARRIER] * 3 + [NO_PROBLEM] * 2), SPECS, threshold=1, coder=code_comments)
    assert f"{MATHS} (5 comments): named as a barrier by 3, as no problem by 2." in sentences(doc)
