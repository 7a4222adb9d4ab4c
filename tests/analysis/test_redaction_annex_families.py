"""Redaction: the families widened from the annex file's leaks.

On comments written for these tests (none taken from a labelled file): each family removed, and
look-alikes that must stay exactly as typed or keep their ordinary words.
"""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact

# (comment, how it must read once redacted).
_REDACTED = [
    # A word-name owning what only a person has: a day release, study days, annual leave.
    ("im covering Faith's day release again", "im covering [name]'s day release again"),
    # A lower-case listed name owning a relation ("rukhsana's mum"), where the quick look read no word
    # cut off by an apostrophe.
    ("nasreen's dad here, thanks for the call", "[name]'s dad here, thanks for the call"),
    # A hyphened Korean given name known only as a name.
    ("Signed off Ji-hoon's portfolio today", "Signed off [name]'s portfolio today"),
    # A name said as a name.
    ("she kept calling me by my mums name Faith", "she kept calling me by my mums name [name]"),
    # A word-name that runs something, even a modal verb.
    ("Will who runs the walking group is a star", "[name] who runs the walking group is a star"),
    # A lower-case name listed after "me" with capitalised names.
    ("me, Tunde and ola run the peer group", "me, [name] and [name] run the peer group"),
    # A lower-case word-name first in its sentence, then the post and what the person did.
    ("Good. rose the OT marked my goals", "Good. [name] the OT marked my goals"),
    # "til" before a day, a named start after a payroll number, a unit with its yard and road.
    ("they said not til the 14th", "they said not til [date]"),
    (
        "trainee Ama Boateng payroll 5512 starts 3rd March",
        "trainee [name] payroll [staff number] starts [date]",
    ),
    ("meet at Unit 4, Tanner Yard, Mill Road please", "meet at [address] please"),
]

# Comments that must come back exactly as typed.
_KEPT = [
    "Will who be covering the group?",
    "what is the name of the ward",
    "don't know, can't say",
    "the AP day release is on a tuesday",
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED)
def test_an_identifier_of_an_annex_family_is_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", _KEPT)
def test_a_look_alike_of_an_annex_family_stays(text: str) -> None:
    assert redact(text) == text
