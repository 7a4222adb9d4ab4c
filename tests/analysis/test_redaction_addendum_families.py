"""Redaction: the families widened from the addendum file's leaks and lost words.

On comments written for these tests (none taken from a labelled file): each family removed, and
look-alikes that must stay exactly as typed or keep their ordinary words.
"""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact

# (comment, how it must read once redacted).
_REDACTED = [
    # A building named "The ..." after a flat's number, with or without its street.
    ("send the forms to Flat 9, The Old Dyeworks please", "send the forms to [address] please"),
    ("im at Apt 3, The Granary now", "im at [address] now"),
    # A word-name after "when", "while" or "since", then what one person does.
    (
        "since Hope went on maternity nobody has done the rota",
        "since [name] went on maternity nobody has done the rota",
    ),
    ("When Grace qualified the ward threw her a party", "When [name] qualified the ward threw her a party"),
    # A word-name with the person's bank, staff or payroll number after it.
    ("cover was Joy, staff no 40213, most weeks", "cover was [name], staff no [staff number], most weeks"),
    # A name after a letter's sign-off.
    ("the toolkit was useful. Kind regards, Faith", "the toolkit was useful. Kind regards, [name]"),
    ("send me the slides pls. Regards, Mark", "send me the slides pls. Regards, [name]"),
    # A date in figures after what was meant to happen on it.
    (
        "my review was supposed to be 14/03 and nobody came",
        "my review was supposed to be [date] and nobody came",
    ),
]

# Comments that must come back exactly as typed.
_KEPT = [
    # The sign-off itself, and thanks listed before a name, are no names of a list.
    "Aunty came with me to every session",
    # Seasons and dates of what everyone shares.
    "when summer comes the ward is quieter",
    "the event was meant to be 22/05 but got moved",
    "the assessment board met on 12 June",
    "With regards to the course it was fine",
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED)
def test_an_identifier_of_an_addendum_family_is_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", _KEPT)
def test_a_look_alike_of_an_addendum_family_stays(text: str) -> None:
    assert redact(text) == text


def test_a_team_after_a_flat_number_is_the_sentence_going_on() -> None:
    assert redact("Flat 2, The Team were great") == "[address], The Team were great"


def test_a_cue_before_a_name_is_no_name_of_a_list() -> None:
    assert redact("Thanks, Precious") == "Thanks, [name]"
    assert redact("Aunty Ngozi came with me") == "Aunty [name] came with me"
