"""Risk and redaction: the families widened from the sequel files' misses, false flags and leaks (scored
once, then tuned on), on comments written for these tests (none taken from a labelled file): each
family caught, and look-alikes that must stay unflagged or exactly as typed."""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact
from analysis.text.risk import assess_risk, assess_risk_by_cues

# (comment, the category the cues must give it).
_DISCLOSED = [
    # A mind made up about a height or a line, or a plan hidden behind "presenting well".
    ("nurse said i seemed settled. ive made my mind up about the bridge, thats why", "suicide_self_harm"),
    ("made me mind up weeks ago, presenting well is easy when youve decided", "suicide_self_harm"),
    # Not being about or around, in everyday words and in dialect.
    ("i dont think ill be about for graduation and not because of the course", "suicide_self_harm"),
    ("divvent think al be around lang enough to see the bairns start school", "suicide_self_harm"),
    # Another patient's tablets, told by a bed number.
    ("the pills they gave me were the lady in bed 4's, nobody checked my band", "medication_error"),
    # A patient who walked out still unwell.
    ("he walked out of the unit still really unwell and nobody phoned us till morning", "unsafe_care"),
]

_NOT_DISCLOSED = [
    # "dead" as the North says "very".
    "i was dead lonely after the move but the peer group has been a lifeline",
    "the staff were dead friendly and i could not see the point of worrying in the end",
    # A choice about a course or a trip, not a place to die.
    "made my mind up about the bridge course, signing up in may",
    # Signposting and procedures for whoever needs them.
    "can you put the crisis line at the top for anyone feeling suicidal",
    "we were told all medication errors and near misses must be reported the same day",
    "it would help to know where to report bullying when it is your own manager",
    # A lesson on a topic.
    "the best session this year was on self-harm and how to talk about it without judging",
    # A trip that keeps someone away from a day.
    "sorry i will not be about for the study day, it is my sisters wedding in spain",
]


@pytest.mark.parametrize(("text", "category"), _DISCLOSED)
def test_a_disclosure_of_a_sequel_family_is_flagged(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None and flag.category == category, flag


@pytest.mark.parametrize("text", _NOT_DISCLOSED)
def test_a_look_alike_of_a_sequel_family_is_not_flagged(text: str) -> None:
    assert assess_risk(text) is None


_REDACTED = [
    # A given name and the initial of a surname.
    ("thanks to priya and sarah b at the drop in", "thanks to [name] and [name] at the drop in"),
    ("Sarah B was lovely on reception", "[name] was lovely on reception"),
    # A kiss after a name is no initial.
    ("thanks Paul x", "thanks [name] x"),
]

_KEPT = [
    # A shared event's date, after a person's own in another part of the sentence.
    "her EPA is in march, same week as the mentor training on 14th feb",
    # A date naming a shared event.
    "the 12 march assessment board is too early for this cohort",
    "our 5th June study day was the best yet",
    # An initial that is no surname: a ward's letter.
    "Ward B was spotless",
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED)
def test_an_identifier_of_a_sequel_family_is_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", _KEPT)
def test_a_look_alike_of_a_sequel_family_stays(text: str) -> None:
    assert redact(text) == text


def test_a_persons_own_date_beside_a_shared_one_is_still_removed() -> None:
    assert redact("his EPA is 12th feb and the training is that week") == (
        "his EPA is [date] and the training is that week"
    )
