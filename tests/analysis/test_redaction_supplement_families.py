"""Redaction: the families widened from the supplement file's leaks.

On comments written for these tests (none taken from a labelled file): each family removed, and
look-alikes that must stay exactly as typed or keep their ordinary words.
"""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact

# (comment, how it must read once redacted).
_REDACTED = [
    # A word-name with an illness only a person has.
    ("Will has dementia now and forgets the group", "[name] has dementia now and forgets the group"),
    ("Grace was diagnosed with diabetes last year", "[name] was diagnosed with diabetes last year"),
    # A month that is a given name, opening its sentence as "my" post who did something.
    ("June my key worker has been a rock", "[name] my key worker has been a rock"),
    # A word-name first in its sentence, an adverb, then a deed.
    ("Ivy even walked me to the bus stop", "[name] even walked me to the bus stop"),
    # A resit named as his or hers earlier in the clause.
    (
        "his english is coming on, resit booked for 3rd july",
        "his english is coming on, resit booked for [date]",
    ),
    # A day and month with the time after it.
    ("can we move my review, currently 12/05 at 10am", "can we move my review, currently [date] at 10am"),
    # A named start past an aside in brackets.
    (
        "Siân Price (ESR 55-201-7) starts as our band 4 on 2nd June",
        "[name] (ESR [staff number]) starts as our band 4 on [date]",
    ),
]

# Comments that must come back exactly as typed.
_KEPT = [
    "the resit is booked for 3rd july for the whole cohort",
    "rated it 8/10 at 2pm",
    "the event on 17/04 at 2pm was packed",
    "in April my manager was off sick",
    "May my mentor be as good as yours",
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED)
def test_an_identifier_of_a_supplement_family_is_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", _KEPT)
def test_a_look_alike_of_a_supplement_family_stays(text: str) -> None:
    assert redact(text) == text
