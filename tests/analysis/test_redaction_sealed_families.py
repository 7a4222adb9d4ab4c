"""Redaction: the families widened from the sealed file's leaks (redaction_sealed, scored once, then
tuned on), on comments written for these tests (none taken from a labelled file): each family with its
identifiers removed, and look-alikes that must stay exactly as typed."""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact

# (comment, what redact must return).
_REDACTED = [
    # How someone says what they go by.
    ("Call me Bo, it's easier", "Call me [name], it's easier"),
    ("everyone calls me Kaz on the ward", "everyone calls me [name] on the ward"),
    ("my support worker goes by Jaz", "my support worker goes by [name]"),
    ("the HCA known as Ifey was brilliant", "the HCA known as [name] was brilliant"),
    # The name a post or a relation goes by, after "my" or "our".
    ("My key worker is shazzy, she's the best", "My key worker is [name], she's the best"),
    ("our mentor was Drew and he was great", "our mentor was [name] and he was great"),
    ("my named nurse is kerys lol", "my named nurse is [name] lol"),
    # A lower-case given name after a post, then a deed.
    ("my PS holly took me to every MDT", "my PS [name] took me to every MDT"),
    ("our OT dawn gave us a tour", "our OT [name] gave us a tour"),
    # On a named ward, then a deed: names listed together.
    (
        "Pearl and Ted on Lapwing took such good care of me",
        "[name] and [name] on Lapwing took such good care of me",
    ),
    ("Grace on Kestrel always had time for me", "[name] on Kestrel always had time for me"),
    # Two given names joined by a hyphen, whatever case the second, and a surname that is a place noun.
    ("Seo-yeon Park's feedback on my essay was spot on", "[name]'s feedback on my essay was spot on"),
    ("thanks to Min-jun for the notes", "thanks to [name] for the notes"),
    # A given name and a surname set off by commas, then one who starts: the date is theirs.
    (
        "New apprentice ESR 40012345, Faith Holloway, starts on the 9th",
        "New apprentice ESR [staff number], [name], starts on [date]",
    ),
    # A date of birth with a year of two figures after the month.
    ("Dad's DOB is 3 Oct 41 if you need it", "Dad's DOB is [date of birth] if you need it"),
    ("born 9 March 57, NHS number to follow", "born [date of birth], NHS number to follow"),
    # One person's own assessment on a day.
    ("Apprentice Kyle is due his EPA on 2 December", "Apprentice [name] is due his EPA on [date]"),
    ("her interview is 14 January", "her interview is [date]"),
    ("my review is due 3rd April", "my review is due [date]"),
    # A day and month in figures after admitted, discharged, referred.
    ("Mum was discharged 3/11 and nobody rang", "Mum was discharged [date] and nobody rang"),
    ("I was referred 12/6 and still waiting", "I was referred [date] and still waiting"),
    # Two-letter given names in lower case, only where a naming cue or a post and a verb make them one.
    ("ask for jo on reception", "ask for [name] on reception"),
    ("my mentor mo was great", "my mentor [name] was great"),
    ("speak to ed about the rota", "speak to [name] about the rota"),
    # An adverb after a post's name says a person, as a verb does.
    ("the cleaner dawn always says hello", "the cleaner [name] always says hello"),
    # Given names common in the region that Faker's lists lack, in lower case.
    ("sat next to harpreet and nasreen", "sat next to [name] and [name]"),
    ("kemi from my cohort helped loads", "[name] from my cohort helped loads"),
    ("hca bola was lovely", "hca [name] was lovely"),
    # A weekday written before a whole date goes with it.
    ("my appointment on Tuesday 4th March was cancelled", "my appointment on [date] was cancelled"),
]

_KEPT = [
    # Regions, islands and what people of a place are called.
    "the one with the Geordie accent was lovely",
    "a proper Scouse welcome at the event",
    "we did a quiz on Skye and the Hebrides",
    "a walk in the Dales on our away day",
    # A named building where nobody lives.
    "please invite the lady from Skye House again",
    "the group at Amina Centre was good",
    # Look-alikes of the new cues.
    "my mentor is brilliant and so is my PS",
    "our manager was off sick for weeks",
    "the sandy beach at Whitby was lovely",
    "Ramadan starts on 1 March",
    "Leadership Module, run online, starts on 4 March",
    "the course starts on 9 March 24 of us",
    "the review of the programme is due 3rd April",
    "the workshop on Tuesday 4th March was great",
    "Follow-up calls were slow",
    "my nurse will always be remembered",
    "my mentor may never know",
    "al fresco lunch on the terrace",
    "the em dash in my essay",
    "it was so good to go",
    "my daughter rose early",
    "Cross-sectoral working is key",
    "the drop-in on Kestrel was busy",
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED)
def test_an_identifier_of_a_sealed_family_is_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", _KEPT)
def test_a_look_alike_of_a_sealed_family_stays(text: str) -> None:
    assert redact(text) == text
