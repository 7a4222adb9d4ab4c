"""Risk flags: categories and reasons on comments written for these tests (none is a real disclosure)."""

from __future__ import annotations

import dataclasses

import pytest

from analysis.text import redaction
from analysis.text.risk import RISK_CATEGORIES, RiskFlag, assess_risk, risk_flag


def test_categories_are_the_labelled_sets_keys() -> None:
    assert set(RISK_CATEGORIES) == {
        "suicide_self_harm",
        "abuse_coercion",
        "bullying_staff",
        "unsafe_staffing",
        "medication_error",
        "unsafe_care",
    }
    assert all(label and label[0].isupper() for label in RISK_CATEGORIES.values())


def test_a_flag_is_frozen_and_plain() -> None:
    flag = assess_risk("I sometimes feel like ending it all")
    assert flag == RiskFlag("suicide_self_harm", "talks of ending their life (indirect)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        flag.category = "none"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I sometimes feel like ending it all", "suicide_self_harm"),
        ("no point going on", "suicide_self_harm"),
        ("he checks my phone and won't let me see my sister", "abuse_coercion"),
        ("we were 2 staff for 20 patients on nights", "unsafe_staffing"),
        ("she was given the wrong tablets", "medication_error"),
        ("left in a wet bed all night and nobody came when I pressed the buzzer", "unsafe_care"),
        ("my supervisor keeps making jokes about my accent in front of the team", "bullying_staff"),
    ],
)
def test_disclosures_get_their_category(text: str, category: str) -> None:
    flag = assess_risk(text)
    assert flag is not None, text
    assert flag.category == category
    assert flag.category in RISK_CATEGORIES


@pytest.mark.parametrize(
    "text",
    [
        "the suicide prevention module was excellent",
        "we had a session on the safeguarding policy",
        "this survey is killing me",
        "I could have died of boredom in the afternoon session",
        "we're short staffed a lot so my study days get cancelled",
        "",
        "   ",
    ],
)
def test_training_policy_and_figures_of_speech_are_not_flagged(text: str) -> None:
    assert assess_risk(text) is None
    assert not risk_flag(text)


def test_reasons_say_why_without_quoting_the_comment() -> None:
    text = "my brother makes me sign things I do not understand and the house is in his name now"
    flag = assess_risk(text)
    assert flag is not None
    assert flag.reason.endswith(("(direct)", "(indirect)"))
    # No run of four words from the comment appears in the reason.
    words = text.lower().split()
    assert not any(" ".join(words[i : i + 4]) in flag.reason for i in range(len(words) - 3))


def test_direct_and_indirect_wording_is_told_apart() -> None:
    direct = assess_risk("I have thought about suicide because of placement")
    indirect = assess_risk("tbh if i didnt wake up tomorrow it would solve a lot of problems")
    assert direct is not None and direct.reason.endswith("(direct)")
    assert indirect is not None and indirect.reason.endswith("(indirect)")


def test_redaction_still_exports_risk_flag() -> None:
    assert redaction.risk_flag is risk_flag
    assert redaction.risk_flag("I want to end my life")
