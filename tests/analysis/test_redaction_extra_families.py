"""Redaction: the families widened from the extra file's leaks and removals (redaction_extra, scored
once, then tuned on), on comments written for these tests (none taken from a labelled file): each
family with its identifiers removed, and look-alikes that must stay exactly as typed."""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact

# (comment, what redact must return).
_REDACTED = [
    # "our" before a relative's name, in the North.
    ("our Kayleigh has been waiting since march", "our [name] has been waiting since march"),
    # A given name that is also a word, as the best or worst of a post.
    ("Hope was the best nurse on nights", "[name] was the best nurse on nights"),
    # A name with a hedge on it.
    ("the lad on reception, Rich i think, sorted it", "the lad on reception, [name] i think, sorted it"),
    # A name that keeps doing something.
    ("the new CPN, Bill, keeps cancelling", "the new CPN, [name], keeps cancelling"),
    # A two-letter given name after a listed one, though "NA" is also a post.
    ("my mentor Wei Na was great", "my mentor [name] was great"),
    # A full name typed in capitals inside a comment that is not.
    ("please add AMARACHI OKONKWO to the list", "please add [name] to the list"),
    ("JOHN SMITH on nights was rude", "[name] on nights was rude"),
]

_KEPT = [
    # A relation after a possessive, before where they are.
    "my mate on the course passed her maths",
    "found my nan on the floor of her room",
    # "our" before a word, a season, a bill.
    "our summer was busy on the ward",
    "the bill for the taxi was on me",
    # Words in capitals that are no name.
    "the CAMHS NHS team said no",
    "the AMAZING STAFF on ward 3",
    "GOOD JOB everyone",
    "my NA was great",
    # Districts of the North's cities.
    "i live in Ancoats now and the bus is easy",
    "the Harehills hub was great",
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED)
def test_an_identifier_of_an_extra_family_is_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", _KEPT)
def test_a_look_alike_of_an_extra_family_stays(text: str) -> None:
    assert redact(text) == text
