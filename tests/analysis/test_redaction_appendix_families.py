"""Redaction: the families widened from the appendix file's leaks and lost words.

On comments written for these tests (none taken from a labelled file): each family removed, and
look-alikes that must stay exactly as typed or keep their ordinary words.
"""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact

# (comment, how it must read once redacted).
_REDACTED = [
    # A word-name heading a relative clause only a person heads.
    ("Faith who runs the carers group rang me back", "[name] who runs the carers group rang me back"),
    (
        "the walk was good. Hope, who leads it, knows every path",
        "the walk was good. [name], who leads it, knows every path",
    ),
    # A word-name first in its clause, then what a person does for a group.
    (
        "Summer runs the art group on Larch and its the best bit",
        "[name] runs the art group on Larch and its the best bit",
    ),
    ("Mark leads the men's group, top bloke", "[name] leads the men's group, top bloke"),
    # A name alone in brackets with a question mark: the writer half remembers it.
    ("the student nurse (Joy?) sat with me all night", "the student nurse ([name]?) sat with me all night"),
    ("a lovely HCA ( Precious ? ) made me a brew", "a lovely HCA ( [name] ? ) made me a brew"),
    # Two word-names on a shift, and one at a centre where people work.
    ("Grace and Mercy on the late were so kind", "[name] and [name] on the late were so kind"),
    ("Rose at the recovery centre helped with my CV", "[name] at the recovery centre helped with my CV"),
    # A word-name set off by commas with a post after it.
    (
        "Miles, our practice ed, came to see me on the ward",
        "[name], our practice ed, came to see me on the ward",
    ),
    # A lower-case given name as an aside with a hedge on it.
    (
        "the man at the desk, dawn i think, or was it her colleague",
        "the man at the desk, [name] i think, or was it her colleague",
    ),
    # A message passed on to people by name; a second given name of a Chinese name that is also a word.
    (
        "please pass on to Mei Ling that the group was great",
        "please pass on to [name] that the group was great",
    ),
    ("can you pass on to Amber that Dad is home", "can you pass on to [name] that Dad is home"),
    # A weekday run into its day goes with it, in any case.
    (
        "I was seen on Tuesday 14th and nobody followed it up",
        "I was seen on [date] and nobody followed it up",
    ),
    ("my review got moved to Fri 3rd without asking", "my review got moved to [date] without asking"),
    # A named person's own resubmission or resit date.
    ("resubmission for Dariusz Nowak is due 2 June", "resubmission for [name] is due [date]"),
]

# Comments that must come back exactly as typed.
_KEPT = [
    # Word-names as words: a centre of something, hope that runs out, a question with "will".
    "putting Faith at the centre of care planning",
    "Hope runs out fast when the phone just rings out",
    "Will who be covering when she leaves?",
    "it was hope that kept me going",
    # A modal verb as an aside is the verb; an amber light is a light.
    "the course, will i think, be better next year",
    "Amber warning on the roads but we all got there",
    # Shifts and centres with no one named on them.
    "we were on the early shift and it was heaving",
    "the recovery centre on Wellington Street is brill",
    # "The" sets a weekday apart from its day: the weekday stays.
    "the resubmission window is due 14 May for everyone",
    "Resubmission for Band 4 portfolios is due 14 May",
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED)
def test_an_identifier_of_an_appendix_family_is_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", _KEPT)
def test_a_look_alike_of_an_appendix_family_stays(text: str) -> None:
    assert redact(text) == text


def test_a_weekday_set_apart_by_the_stays_with_its_day_removed() -> None:
    assert redact("appointment was Monday the 4th and no one came") == (
        "appointment was Monday [date] and no one came"
    )
