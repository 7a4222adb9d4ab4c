"""Redaction: the families widened from the kept, withheld and vault files' leaks and lost words (each
scored once, then tuned on), on comments written for these tests (none taken from a labelled file):
each family with its identifiers removed, and look-alikes that must stay exactly as typed."""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact

# (comment, what redact must return).
_REDACTED = [
    # A word-name first in its sentence, then a deed only a person does.
    ("Rob fetched me a brew when I was upset", "[name] fetched me a brew when I was upset"),
    (
        "Really kind staff. Faith cooked us a roast on sunday",
        "Really kind staff. [name] cooked us a roast on sunday",
    ),
    # Where the person is, then what they did there.
    ("Bill at the front gate helped me with my bags", "[name] at the front gate helped me with my bags"),
    ("Grace in the laundry is a star", "[name] in the laundry is a star"),
    ("Will on Cedar was lovely to my dad", "[name] on Cedar was lovely to my dad"),
    # Two word-names, then what they do together.
    ("Hope and Summer run the Tuesday group", "[name] and [name] run the Tuesday group"),
    # One's own date set against the shared one.
    (
        "the maths exam is on 3 June for the whole cohort, mine is the 17th",
        "the maths exam is on 3 June for the whole cohort, mine is [date]",
    ),
    # A day and month with a dot, after one person's event.
    ("my scan was booked on 4.11 and nobody came", "my scan was booked on [date] and nobody came"),
    # A cue word after an opening bracket, and two names side by side with "not".
    ("call the office (ask for Rob, not Robbie)", "call the office (ask for [name], not [name])"),
    ("its Siobhan not Shona", "its [name] not [name]"),
    # The words of a form, and an apposition after a dash.
    ("surname Okafor, first name Tobi", "surname [name], first name [name]"),
    ("thanks to Faith - the HCA on nights", "thanks to [name] - the HCA on nights"),
    # A month that is a given name, after a relation and before a verb.
    ("my little sister june has been waiting a year", "my little sister [name] has been waiting a year"),
    # A building named "The ..." between a flat and its street.
    ("send it to Flat 3, The Granary, Mill Lane please", "send it to [address] please"),
]

_KEPT = [
    # The same words as things, not people.
    "Will in the end it was fine",
    "Grace and Hope are what keep me going",
    "Hope in the future is all I have left of the course",
    "Mark my words, this programme works",
    "Joy in the work is hard to find on nights",
    # Dates everyone shares, and a dot that is no date.
    "the cohort's resit is on 14/3 and the workshop is on 5 March",
    "the score went up on 12.9 after the update",
    "group meets on 12.9 at the library",
    # The writer, a modal verb, a ward named after its staff, a shared breakout, an e-mail's words.
    "As an educator I'd like more notice of EPA dates",
    "Thank you all. Will never forget how kind you were",
    "The nurses on Holly were amazing with my mum",
    "my mum may be late for group next week",
    "she ran the breakout on 12 May and it was the best bit",
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED)
def test_an_identifier_of_a_withheld_family_is_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", _KEPT)
def test_a_look_alike_of_a_withheld_family_stays(text: str) -> None:
    assert redact(text) == text


def test_the_words_of_an_email_join_no_name_before_it() -> None:
    assert redact("use my work email instead ama.owusu@example.com") == "use my work email instead [email]"
