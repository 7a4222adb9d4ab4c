"""Stance and sentiment per theme (analysis/text/stance.py): negation, mixed comments, prompts."""

from __future__ import annotations

import pytest

from analysis.text.coding import STANCES, code_one, load_shipped
from analysis.text.stance import segment


def _coded(text: str, prompt: str | None, book: str = "workforce") -> tuple[dict[str, str], dict[str, str]]:
    """Stances and sentiments by theme key, as code_one writes them."""
    _, stances, sentiments, *_ = code_one(text, prompt, [load_shipped(book)])
    return (
        dict(pair.split(":") for pair in stances.split(";") if pair),
        dict(pair.split(":") for pair in sentiments.split(";") if pair),
    )


def test_stances_are_the_four_named() -> None:
    assert STANCES == ("barrier", "not_a_barrier", "positive", "mention")


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("Maths and English weren't a problem for me", "could_improve"),
        ("maths and english wasnt an issue, I already had my GCSEs", "could_improve"),
        ("Functional skills were fine", "could_improve"),
    ],
)
def test_a_negated_barrier_is_found_and_not_a_barrier(text: str, prompt: str) -> None:
    stances, _ = _coded(text, prompt)
    assert stances.get("maths_english") == "not_a_barrier"


def test_a_named_problem_is_a_barrier() -> None:
    stances, sentiments = _coded("I failed my functional skills maths twice", "could_improve")
    assert stances["maths_english"] == "barrier"
    assert sentiments["maths_english"] == "negative"


def test_a_mixed_comment_gives_each_theme_its_own_stance_and_sentiment() -> None:
    stances, sentiments = _coded(
        "My mentor is brilliant but the cover isn't there so I never get my study day", "could_improve"
    )
    assert stances["mentor_support"] == "positive"
    assert sentiments["mentor_support"] == "positive"
    assert stances["release_backfill"] == "barrier"
    assert sentiments["release_backfill"] == "negative"


def test_the_prompt_decides_a_plain_mention() -> None:
    # A bare naming answers the question it was asked: what helped, or what made things harder.
    assert _coded("Day release", "what_good")[0]["release_backfill"] == "positive"
    assert _coded("Day release", "could_improve")[0]["release_backfill"] == "barrier"


def test_segment_is_the_clause_holding_the_span() -> None:
    text = "the mentor is great. but release is hard, and travel too"
    start = text.index("release")
    left, right = segment(text, start, start + len("release"))
    # Sentences, turns ("but") and commas each start a clause.
    assert text[left:right].strip() == "release is hard"
    assert segment(text, -1, -1) == (0, len(text))
