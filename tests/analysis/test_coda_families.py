"""Redaction and risk: the families widened from the coda files' leaks and misses (scored once, then
tuned on), on comments written for these tests (none taken from a labelled file): each family caught,
and look-alikes that must stay exactly as typed or unflagged."""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact
from analysis.text.risk import assess_risk

# (comment, what redact must return).
_REDACTED = [
    # A surname no dictionary holds, after a given name that is also a word ("Thornber" is no "thorny").
    ("Ward manager Jack Thornber won't sign the form", "Ward manager [name] won't sign the form"),
    ("our PE Ruby Sowerby came out to see me", "our PE [name] came out to see me"),
    # A lower-case full name whose own details follow it.
    (
        "writing for nasreen begum, date of birth 2 march 1950",
        "writing for [name], date of birth [date of birth]",
    ),
    ("on behalf of tariq hussain, NHS number 943 476 5919", "on behalf of [name], NHS number [NHS number]"),
    # A named person's or a relation's own assessment, then its date.
    (
        "my apprentice Leanne's EPA resit, it's on 8th July",
        "my apprentice [name]'s EPA resit, it's on [date]",
    ),
    ("my daughter's interview, it's on 3 May", "my daughter's interview, it's on [date]"),
]

_KEPT = [
    # A pronoun with its verb after a list of names is no name.
    "It's the 2nd time I've asked, and we're still waiting",
    # An English word with its ending stays a word.
    "Luckily she survived, and the happily chatty nurse helped",
    "Thorny problems at the Whitby clinic, not the staff",
    # Shared dates of the cohort's assessments.
    "the cohort's EPA resits, they're on 8th July",
    "the team's away day, it's on 3 May",
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED)
def test_an_identifier_of_a_coda_family_is_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", _KEPT)
def test_a_look_alike_of_a_coda_family_stays(text: str) -> None:
    assert redact(text) == text


def test_it_is_x_not_y_keeps_the_writer_after_it() -> None:
    assert (
        redact("It's Aoife not Eva, I've told them twice") == "It's [name] not [name], I've told them twice"
    )


_DISCLOSED = [
    "they ask where i see myself in five years. i dont see myself anywhere",
    "asked about the future in supervision. honestly i cant picture myself anywhere at all",
]

_NOT_DISCLOSED = [
    # A procedure for whoever discloses, not a disclosure.
    "we need a process for when someone discloses suicidal thoughts in the survey",
    "what happens when a patient discloses self-harm on these forms? who reads it",
    # Where the writer sees themselves: not anywhere near, anywhere else.
    "i dont see myself anywhere near ready for the EPA yet",
    "honestly i cant see myself anywhere else but here, love the team",
]


@pytest.mark.parametrize("text", _DISCLOSED)
def test_no_place_seen_for_oneself_is_flagged(text: str) -> None:
    flag = assess_risk(text)
    assert flag is not None and flag.category == "suicide_self_harm"


@pytest.mark.parametrize("text", _NOT_DISCLOSED)
def test_a_look_alike_of_no_place_seen_is_not_flagged(text: str) -> None:
    assert assess_risk(text) is None
