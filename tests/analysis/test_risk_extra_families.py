"""Risk flags: the families widened from the extra file's misses and false flags (risk_extra.csv,
scored once, then tuned on; cues_families_spare.py), on comments written for these tests (none taken
from a labelled file). The safe comments share their words."""

from __future__ import annotations

import pytest

from analysis.text.risk import assess_risk_by_cues

_DISCLOSURES = [
    # Affairs put in order, two signs together.
    (
        "ive found a home for the cats and written notes to my girls so i dont think ill need more sessions",
        "suicide_self_harm",
    ),
    # Gone by then.
    ("nice group but i won't be around by christmas to be honest", "suicide_self_harm"),
    # On the edge of a height.
    ("after the appointment i stood on the edge of the bridge for a while", "suicide_self_harm"),
    # A survey filled in in secret, with a plea not to ring the house.
    ("doing this quick while he is asleep. please dont call the landline", "abuse_coercion"),
]

_SAFE = [
    # One sign of affairs in order alone.
    "sorted who is having the dog while we are in spain, then back for the group",
    "wrote some thank you cards for my mum and the staff",
    "i wont need the follow up sessions as i feel fine now",
    # Gone by then for a plain reason.
    "i will not be around by then as i am moving to leeds for a new job",
    # Heights with a view.
    "we sat on the edge of the quarry wall and watched the sunset, lovely walk",
    # One sign of secrecy alone.
    "the group is the only place i can talk about my diabetes with people who get it",
    # Comments about comments.
    "do comments that mention self harm get passed to the safeguarding team?",
    # Distress told as over.
    "i was in a bad place when i was referred, felt hopeless, but i am feeling so much better now",
]


@pytest.mark.parametrize(("text", "category"), _DISCLOSURES)
def test_a_disclosure_of_an_extra_family_is_flagged_in_its_category(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None, text
    assert flag.category == category, (text, flag)


@pytest.mark.parametrize("text", _SAFE)
def test_a_safe_comment_with_an_extra_familys_words_is_not_flagged(text: str) -> None:
    assert assess_risk_by_cues(text) is None, (text, assess_risk_by_cues(text))
