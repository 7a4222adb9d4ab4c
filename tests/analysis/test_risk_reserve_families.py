"""Risk flags: the families widened from the reserve file's misses (risk_reserve.csv, scored once, then
tuned on), on comments written for these tests (none taken from a labelled file): a trainee found
running the ward, a partner who checks what is said or sits in while the writer answers, and a training
topic read as the writer's own record. The safe comments share their words."""

from __future__ import annotations

import pytest

from analysis.text.risk import assess_risk_by_cues

_DISCLOSURES = [
    ("as a band 3 i basically ended up running the unit on nights last week", "unsafe_staffing"),
    ("the student was effectively running the ward while the nurse was on a break", "unsafe_staffing"),
    (
        "my partner stands over me while im filling this in and he checks everything i write",
        "abuse_coercion",
    ),
    (
        "he insists on being with me when i ring anyone and wants to hear what i say to them",
        "abuse_coercion",
    ),
    ("the self harm module was like reading my own diary, I'm still doing it", "suicide_self_harm"),
    (
        "suicide awareness training was rough, it was like looking at my own browser history",
        "suicide_self_harm",
    ),
]

_SAFE = [
    "the ward manager ended up running the shift herself and it went fine",
    "my mentor likes to check what i write in my reflective log, really helpful",
    "my husband sits with me when i fill in forms because my sight is poor",
    "the suicide prevention e-learning was hard going but worth it",
    "the self harm module was really well put together",
]


@pytest.mark.parametrize(("text", "category"), _DISCLOSURES)
def test_a_disclosure_of_a_reserve_family_is_flagged_in_its_category(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None, text
    assert flag.category == category, (text, flag)


@pytest.mark.parametrize("text", _SAFE)
def test_a_safe_comment_with_a_reserve_familys_words_is_not_flagged(text: str) -> None:
    assert assess_risk_by_cues(text) is None, (text, assess_risk_by_cues(text))


def test_one_sign_of_being_watched_alone_is_not_a_flag() -> None:
    assert assess_risk_by_cues("my partner sits with me when i fill these in") is None
    assert assess_risk_by_cues("he likes to check what i say before i post it online") is None
