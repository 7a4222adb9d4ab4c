"""Redaction: the families widened from the envoi file's leaks (scored once, then tuned on), on comments
written for these tests (none taken from a labelled file): each family removed, and look-alikes that
must stay exactly as typed."""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact

# (comment, how it must read once redacted).
_REDACTED = [
    # Initials before a name go with it.
    ("please write to Mrs K. Adebayo at the new address", "please write to Mrs [name] at the new address"),
    ("ask for J Okonkwo on reception", "ask for [name] on reception"),
    # A pay number in any shape.
    ("my pay number is 41-0093-7 if that helps", "my pay number is [staff number] if that helps"),
    # An address typed in capitals.
    ("SEND IT TO 14 LARKSPUR GROVE PLEASE", "SEND IT TO [address] PLEASE"),
    # A suite in a named building.
    ("we're at Suite 2, Ellerby House now", "we're at [address] now"),
    # One's own meeting, even with a long name between.
    (
        "my review meeting with Dr Nwachukwu-Bello is now Tuesday 3 March 2026",
        "my review meeting with Dr [name] is now [date]",
    ),
    # A lower-case name with where the person is from before what they did, or the writer unsure of it.
    ("bev from the wellbeing hub was lovely to me", "[name] from the wellbeing hub was lovely to me"),
    (
        "the HCA, tracey i think her name was, made me a brew",
        "the HCA, [name] i think her name was, made me a brew",
    ),
]

_KEPT = [
    # An article or the pronoun before a name is no initial.
    "A Rose garden would be nice for the ward",
    # A count of stars in capitals is no address; pay named without a number.
    "I GAVE IT 4 STARS",
    "my pay number changed when i moved trusts",
    # A shared meeting's date, and a deadline after "her".
    "the team meeting on 3 June was really useful",
    "her portfolio is due by 30 April like everyone elses",
    # A word that is also a name, before where it came from, saying nothing of a person.
    "hope from the start was high but it faded",
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED)
def test_an_identifier_of_an_envoi_family_is_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", _KEPT)
def test_a_look_alike_of_an_envoi_family_stays(text: str) -> None:
    assert redact(text) == text
