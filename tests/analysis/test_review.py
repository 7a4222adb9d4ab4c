"""The team's reviews in the analysis package: reviewed codes replace the engine's, quotes, agreement.

All comments here are invented for the tests.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import pandas as pd
import pytest

from analysis.report import QuoteGroup, build_report
from analysis.report.document import Paragraph
from analysis.schema import load_questionnaire_specs
from analysis.text.codebook import Codebook, codebook_from_text
from analysis.text.coding import code_comments
from analysis.text.review import (
    ABSENT,
    REVIEW_COLUMNS,
    REVIEW_RULE,
    apply_reviews,
    approved_first_quotes,
    latest_reviews,
    pair_agreements,
    retired_theme_summary,
)

ROOT = Path(__file__).resolve().parents[2]
PATIENT = load_questionnaire_specs(ROOT / "questionnaires")["patient-experience"]
T0 = dt.datetime(2026, 3, 2, 9, 0)


def review(
    reference: str,
    reviewer: str,
    stances: str,
    sentiment: str = "positive",
    minutes: int = 0,
    approved: str = "",
    risk: bool = False,
    question: str = "what_was_good",
    sequence: int = 0,
) -> dict[str, object]:
    """One review row as the web app reads them from the database."""
    return {
        "reference": reference,
        "question": question,
        "reviewer": reviewer,
        "reviewed_at": T0 + dt.timedelta(minutes=minutes),
        "sequence": sequence,
        "theme_stances": stances,
        "quote_approved": approved,
        "sentiment": sentiment,
        "risk_flag": risk,
    }


def reviews(*rows: dict[str, object]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(REVIEW_COLUMNS))


def coded_frame() -> pd.DataFrame:
    """Two comments as the engine coded them."""
    return pd.DataFrame(
        {
            "reference": ["R1", "R2"],
            "question": ["what_was_good", "what_was_good"],
            "themes": ["staff;wait", "wait"],
            "theme_stances": ["staff:positive;wait:barrier", "wait:barrier"],
            "theme_sentiments": ["staff:positive;wait:negative", "wait:negative"],
            "theme_rules": ["staff=phrase:kind;wait=phrase:wait", "wait=phrase:wait"],
            "sentiment": ["mixed", "negative"],
            "polarity": [0.1, -0.4],
            "redacted_text": ["Kind staff but a long wait", "A long wait"],
            "risk_flag": [False, False],
        }
    )


# ------------------------------------------------------------------------------------ apply_reviews


def test_the_latest_review_replaces_the_engines_codes_and_others_are_left_alone():
    found = reviews(
        review("R1", "7", "staff:positive", "positive", minutes=5, approved="staff"),
        review("R1", "8", "staff:positive;clean:mention", "negative", minutes=1),
    )
    out = apply_reviews(coded_frame(), found)
    first, second = out.iloc[0], out.iloc[1]
    assert (first["themes"], first["theme_stances"]) == ("staff", "staff:positive")
    assert first["sentiment"] == "positive" and first["reviewed"] and first["quote_approved"] == "staff"
    assert first["theme_rules"] == "staff=phrase:kind"
    # What the engine measured of the text itself stays.
    assert first["polarity"] == 0.1 and first["redacted_text"] == "Kind staff but a long wait"
    assert not second["reviewed"] and second["themes"] == "wait" and second["quote_approved"] == ""
    assert out["risk_flag"].dtype == bool and out["reviewed"].dtype == bool


def test_ties_in_time_go_to_the_review_stored_last():
    found = reviews(
        review("R1", "7", "staff:positive", sequence=2), review("R1", "8", "wait:barrier", sequence=1)
    )
    assert latest_reviews(found)["reviewer"].tolist() == ["7"]


def test_a_theme_keeps_the_engines_sentiment_only_when_its_stance_and_the_sentiment_were_accepted():
    accepted = reviews(review("R1", "7", "staff:positive;wait:barrier", "mixed"))
    assert (
        apply_reviews(coded_frame(), accepted).iloc[0]["theme_sentiments"] == "staff:positive;wait:negative"
    )
    restanced = reviews(review("R1", "7", "staff:positive;wait:not_a_barrier;clean:mention", "mixed"))
    out = apply_reviews(coded_frame(), restanced).iloc[0]
    assert out["theme_sentiments"] == "staff:positive;wait:mixed;clean:mixed"
    assert out["theme_rules"] == "staff=phrase:kind;wait=phrase:wait;clean=added in review"
    resentimented = reviews(review("R1", "7", "staff:positive;wait:barrier", "negative"))
    assert (
        apply_reviews(coded_frame(), resentimented).iloc[0]["theme_sentiments"]
        == "staff:negative;wait:negative"
    )


def test_a_review_can_clear_every_theme_and_flag_the_comment():
    out = apply_reviews(coded_frame(), reviews(review("R2", "7", "", "negative", risk=True))).iloc[1]
    assert out["themes"] == "" and out["theme_stances"] == "" and bool(out["risk_flag"])


def test_without_reviews_or_references_the_codes_are_the_engines():
    engine = coded_frame()
    out = apply_reviews(engine, reviews())
    pd.testing.assert_frame_equal(out.drop(columns=["reviewed", "quote_approved"]), engine)
    assert not out["reviewed"].any()
    unreferenced = apply_reviews(engine.drop(columns=["reference"]), reviews(review("R1", "7", "x:mention")))
    assert not unreferenced["reviewed"].any()


# ----------------------------------------------------------------------------------- quotes, retired


def test_approved_quotes_come_first_and_reviewed_comments_only_under_approved_themes():
    coded = pd.DataFrame(
        {
            "reference": ["A", "B", "C", "D"],
            "question": ["q"] * 4,
            "themes": ["staff", "staff", "staff;wait", "staff"],
            "sentiment": ["positive"] * 4,
            "redacted_text": [
                "Engine pick one",
                "Reviewed not approved",
                "Approved under wait",
                "Approved staff",
            ],
            "risk_flag": [False, False, False, False],
            "reviewed": [False, True, True, True],
            "quote_approved": ["", "", "wait", "staff"],
        }
    )
    quotes = approved_first_quotes(coded, per_theme=3)
    staff = quotes[quotes["theme"] == "staff"]
    assert staff["quote"].tolist() == ["Approved staff", "Engine pick one"]
    assert staff["approved"].tolist() == [True, False]
    assert quotes[quotes["theme"] == "wait"]["quote"].tolist() == ["Approved under wait"]
    assert "Reviewed not approved" not in quotes["quote"].tolist()


def test_retired_themes_are_counted_under_a_name_that_says_so():
    book = small_codebook("1.0", with_clean=False)
    coded = pd.DataFrame(
        {"themes": ["clean;staff", "clean", "staff"], "sentiment": ["positive", "negative", "positive"]}
    )
    summary = retired_theme_summary(coded, [book])
    assert summary[["theme", "comments", "positive", "negative"]].values.tolist() == [["clean", 2, 1, 1]]
    assert summary["label"].iloc[0] == "Clean (theme no longer in codebook patient_experience v1.0)"


# ------------------------------------------------------------------------------------------ agreement


def test_pair_agreements_give_kappa_per_theme_sentiment_and_risk_and_list_disagreements():
    """Two members on four comments; a third reviewed none of theirs and makes no pair.

    Theme staff: first  positive, positive, -, barrier; second positive, -, -, barrier.
    p_o = 3/4; marginals first {positive 2, - 1, barrier 1}, second {positive 1, - 2, barrier 1}:
    p_e = (2*1 + 1*2 + 1*1) / 16 = 5/16; kappa = (12/16 - 5/16) / (11/16) = 7/11.
    """
    rows = [
        review("R1", "1", "staff:positive"),
        review("R2", "1", "staff:positive"),
        review("R3", "1", ""),
        review("R4", "1", "staff:barrier", "negative"),
        review("R1", "2", "staff:positive"),
        review("R2", "2", ""),
        review("R3", "2", "", "neutral"),
        review("R4", "2", "staff:barrier", "negative"),
        review("R9", "3", "wait:barrier"),
        # The first member's earlier view of R2, superseded by their later review above.
        review("R2", "1", "", minutes=-5),
    ]
    [pair] = pair_agreements(reviews(*rows), ["staff", "wait", "clean"])
    assert (pair.first, pair.second, pair.comments) == ("1", "2", 4)
    by_item = {item.item: item.agreement for item in pair.themes}
    assert list(by_item) == ["staff"]  # wait and clean: neither member used them on these comments
    assert by_item["staff"].kappa == Fraction(7, 11)
    assert pair.sentiment.observed == Fraction(3, 4)
    assert pair.risk_flag.kappa is None  # neither flagged anything: no kappa
    assert [(d.reference, d.item, d.first, d.second) for d in pair.disagreements] == [
        ("R2", "staff", "positive", ABSENT),
        ("R3", "sentiment", "positive", "neutral"),
    ]


# ------------------------------------------------------------------------------------------ the report


def small_codebook(version: str, with_clean: bool = True) -> Codebook:
    clean = """
  - key: clean
    label: Clean wards
    description: How clean the place was.
    phrases: [clean, tidy]"""
    text = f"""
name: patient_experience
version: "{version}"
description: Written for these tests.
themes:
  - key: staff
    label: Staff manner
    description: Kind or unkind staff.
    phrases: [staff, kind]
  - key: wait
    label: Waiting
    description: Waiting times.
    phrases: [wait, waiting]{clean if with_clean else ""}
"""
    return codebook_from_text(text, "<test>")


def patient_frame(n: int) -> pd.DataFrame:
    """n responses whose good comment is about kind staff, each in its own words."""
    frame = pd.DataFrame(
        {
            "questionnaire": PATIENT.slug,
            "version": "1",
            "reference": [f"P{i}" for i in range(n)],
            "submitted_on": "2026-03-01",
            "link_code": "",
            "fft": "very_good",
            "what_was_good": [
                f"The staff on visit number {i} were kind and took time to listen to me" for i in range(n)
            ],
            "could_do_better": "",
        }
    )
    for column in ("event", "event_date", "region", "cohort", "setting"):
        frame[column] = ""
    return frame


@pytest.mark.parametrize("version", ["1.0", "2.0"])
def test_the_report_counts_reviewed_codes_says_how_many_and_keeps_retired_themes(version):
    found = reviews(
        *[review(f"P{i}", "1", "clean:positive", approved="clean" if i == 0 else "") for i in range(6)]
    )
    book = small_codebook(version, with_clean=version == "1.0")

    def coder(comments: pd.DataFrame, books: list[Codebook]) -> pd.DataFrame:
        return apply_reviews(code_comments(comments, books), found)

    doc = build_report(
        {PATIENT.slug: patient_frame(12)}, {PATIENT.slug: PATIENT}, {"patient_experience": book}, coder=coder
    )
    themes = doc.summaries[f"{PATIENT.slug}-themes"].set_index("row")["comments"].to_dict()
    retired = "Clean (theme no longer in codebook patient_experience v2.0)"
    assert themes == {"Staff manner": 6, "Clean wards" if version == "1.0" else retired: 6}
    coded = doc.summaries["comments-coded-and-flagged"].set_index("row")
    assert coded.loc[PATIENT.title, "coded"] == 12 and coded.loc[PATIENT.title, "reviewed"] == 6
    paragraphs = [block.text for block in doc.blocks() if isinstance(block, Paragraph)]
    assert any(REVIEW_RULE in text for text in paragraphs)
    quotes = [q for block in doc.blocks() if isinstance(block, QuoteGroup) for q in block.quotes]
    texts = [q.text for q in quotes]
    # The one approved comment is quoted; the other reviewed ones are not; the rest are the engine's.
    assert "The staff on visit number 0 were kind and took time to listen to me" in texts
    assert not any(f"visit number {i} " in t for i in range(1, 6) for t in texts)
    assert any("A team member approved 1 of these" in text for text in paragraphs)
