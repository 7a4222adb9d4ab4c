"""Redaction: the families widened from the reserve file's leaks (redaction_reserve, scored once, then
tuned on), on comments written for these tests (none taken from a labelled file): each family with its
identifiers removed, and look-alikes that must stay exactly as typed."""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact

# (comment, what redact must return).
_REDACTED = [
    # A given name that is also a word, as a speaker who talked too long.
    ("good day, but Miles droned on after lunch", "good day, but [name] droned on after lunch"),
    ("the room was fine and Grace went on for ages", "the room was fine and [name] went on for ages"),
    # A lower-case given name with the writer, then a verb.
    ("me n holly passed our FS maths together", "me n [name] passed our FS maths together"),
    ("me and ruby joined in March", "me and [name] joined in March"),
    # A lower-case full name after a relation or post, then a verb.
    ("my son jack green was discharged with no plan", "my son [name] was discharged with no plan"),
    ("my mentor rose khan has been brilliant", "my mentor [name] has been brilliant"),
    # A staff number a few words after its cue.
    ("my payroll number on the slip reads 41-2298-07", "my payroll number on the slip reads [staff number]"),
    (
        "ESR number is wrong again, HR have 5512 0934 on file",
        "ESR number is wrong again, HR have [staff number] on file",
    ),
    # The date a named person starts, with what they start as in between.
    (
        "our new HCA Priyanka who starts as an apprentice from the 3rd of May",
        "our new HCA [name] who starts as an apprentice from [date]",
    ),
    ("she starts on nights from 14 June", "she starts on nights from [date]"),
    # A day and month with a dot after a stay on a ward.
    (
        "mum has been in the unit since 2.9 and nobody rings us",
        "mum has been in the unit since [date] and nobody rings us",
    ),
]

_KEPT = [
    # Speakers by their post, a month, a word after an article.
    "the speaker went on for ages about levy transfer",
    "the session in May went on for too long",
    # With the writer: a modal, a possessive, a thing.
    "me and will go every week",
    "me and my mentor went through the portfolio",
    "me n the other AP started the same week",
    # A relation with a verb, no name.
    "my daughter rose early and got the bus",
    # Numbers near a staff cue that are not the number.
    "my staff number is on the letter from 3 weeks ago",
    # Dates everyone shares, and a time after "since".
    "the course starts on 4 March",
    "been waiting in A&E since 11.10 this morning",
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED)
def test_an_identifier_of_a_reserve_family_is_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", _KEPT)
def test_a_look_alike_of_a_reserve_family_stays(text: str) -> None:
    assert redact(text) == text
