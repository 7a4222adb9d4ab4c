"""Redaction: the families widened from the afterword file's leaks and lost words.

On comments written for these tests (none taken from a labelled file): each family removed, and
look-alikes that must stay exactly as typed or keep their ordinary words.
"""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact

# (comment, how it must read once redacted).
_REDACTED = [
    # A capitalised word-name used of a person: a modal verb before a finite verb, or the owner of
    # what only a person has.
    (
        "Will has grown so much in confidence since March",
        "[name] has grown so much in confidence since March",
    ),
    ("Will knows the ward inside out now", "[name] knows the ward inside out now"),
    ("Hope's mentor rang me twice this week", "[name]'s mentor rang me twice this week"),
    (
        "Grace's portfolio got lost again, she had to redo the lot",
        "[name]'s portfolio got lost again, she had to redo the lot",
    ),
    # A name signed in lower case at the end of a comment, after a sentence or a dash.
    ("sorry this is so long - li jie (her daughter)", "sorry this is so long - [name] (her daughter)"),
    ("happy with the care. bo lan", "happy with the care. [name]"),
    # A unit or suite in lower case, then a named building.
    ("we're based at unit 4, Calder House now", "we're based at [address] now"),
    ("the parcel went to suite 9, Marlowe Court by mistake", "the parcel went to [address] by mistake"),
    # A day and month in figures named as someone's own date, or after a weekday.
    (
        "her start date is 14/10 but nobody has sorted her badge",
        "her start date is [date] but nobody has sorted her badge",
    ),
    ("my leaving date was 28/2 and still no card", "my leaving date was [date] and still no card"),
    ("she was discharged fri 14/3 with no meds", "she was discharged [date] with no meds"),
    # Initials in lower case after a title go with the name; the title stays.
    ("dr j. mensah explained it all really well", "dr [name] explained it all really well"),
    ("my nan (mrs d. kowalczyk) was on ward 5", "my nan (mrs [name]) was on ward 5"),
    # A surname that is also a word, after a title and a given name, then what the person is or did.
    (
        "mrs Ji-woo hall is my carer and she is wonderful",
        "mrs [name] is my carer and she is wonderful",
    ),
    ("Dr Amara lane was my consultant", "Dr [name] was my consultant"),
    # ... where a surname alone keeps the word after it.
    ("mrs Patel park and ride was full", "mrs [name] park and ride was full"),
    # A word beside the writer, with an aside in brackets or what the two of them are after it.
    (
        "me n gosia (the other new starter) got the same rota",
        "me n [name] (the other new starter) got the same rota",
    ),
    ("me and grace (the other AP) got put on nights", "me and [name] (the other AP) got put on nights"),
    ("me and jade are the only ones left", "me and [name] are the only ones left"),
    # Nicknames after "big", "lil", "wee".
    ("wee Dot on the tea trolley always has a smile", "wee [name] on the tea trolley always has a smile"),
    ("lil mo on reception sorted it", "lil [name] on reception sorted it"),
    # A weekday run into its day goes with it, in lower case or written as a name.
    ("my scan got moved to weds 9th", "my scan got moved to [date]"),
    ("dad was admitted Sat 2nd", "dad was admitted [date]"),
    # Titles stay outside the name; a word after "called X" or a measure is the sentence going on.
    ("Cllr Bola Adeyemi opened the event", "Cllr [name] opened the event"),
    ("Revd Amos Tetteh came to see dad", "Revd [name] came to see dad"),
    ("the nurse called Precious made my day", "the nurse called [name] made my day"),
]

_KEPT = [
    # A modal verb asking, or the noun; a season's day.
    "Will you be running the group again in spring?",
    "Will has to come from the top if this is going to change",
    "Summer's day trip to the coast was lovely",
    # Sentences that end in words, not a name.
    "parking was a nightmare. ta",
    "great care all round. will do again",
    "lovely staff. ty x",
    # A unit with no address after it.
    "the unit 3 staff were lovely",
    "unit 2 was closed for cleaning on Friday",
    # Scores and fractions, a shared start date, a weekday ending its sentence before a score.
    "rated the course 8/10 and the food 3/10",
    "the course start date is 02/09 for everyone",
    "I sat 2/3 exams",
    "if it's on a Monday. 9/10 times I can't make it",
    # "dr" and the pronoun; a councillor named by post only.
    "the dr i saw was lovely",
    "the cllr said it would be funded",
    # Beside the writer: a relation, a pet name, a pronoun.
    "me and my mum were seen quickly",
    "me and bestie came in together",
    "me and him are fine now",
    # "big", "little" describing a thing or a child.
    "a big Thank You to everyone",
    "our little Angel was born here",
    "lil bit nervous about my first shift",
    # A word-name after a measure is the thing measured.
    "a cup of tea on the ward is all i want",
    "a glimmer of hope on reception",
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED)
def test_an_identifier_of_an_afterword_family_is_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", _KEPT)
def test_a_look_alike_of_an_afterword_family_stays(text: str) -> None:
    assert redact(text) == text
