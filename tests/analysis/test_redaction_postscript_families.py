"""Redaction: the families widened from the postscript file's leaks and lost words.

On comments written for these tests (none taken from a labelled file): each family removed, and
look-alikes that must stay exactly as typed or keep their ordinary words.
"""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact

# (comment, how it must read once redacted).
_REDACTED = [
    # A lower-case nickname after "our", with where the person is or what they are or did.
    ("our bev from estates fixed the heating in a day", "our [name] from estates fixed the heating in a day"),
    (
        "our gaz was the only one who knew where the hoist was",
        "our [name] was the only one who knew where the hoist was",
    ),
    ("our kez the HCA stayed late with my dad", "our [name] the HCA stayed late with my dad"),
    # ... and a listed nickname first in its clause before a deed, and wherever it comes again.
    ("kev said it was fine to go home", "[name] said it was fine to go home"),
    ("Kez was off so kez from bank came", "[name] was off so [name] from bank came"),
    # A flat's number, a house number and a street whatever its last word; a house number and street
    # before a postcode.
    ("she lives at flat 3, 17 Tanner Ginnel now", "she lives at [address] now"),
    ("forms went to Flat 12, 4 Hollin Brow Heights", "forms went to [address]"),
    ("post it to 23 Sowerby Ginnel, HX6 2AB thanks", "post it to [address], [postcode] thanks"),
    # A name set off by commas right after a staff, payroll or NHS number.
    (
        "Staff no 40218, Kez, is still waiting on her backpay",
        "Staff no [staff number], [name], is still waiting on her backpay",
    ),
    (
        "ESR number 332-1877, Grace, has had no pay slip",
        "ESR number [staff number], [name], has had no pay slip",
    ),
    (
        "NHS no 943 476 5919, Joy, was sent home too early",
        "NHS no [NHS number], [name], was sent home too early",
    ),
    # Two lower-case names joined by "n", "and" or "&" first in their clause, then what both did; the
    # "n" between them stays.
    ("kaz n jen did my obs, proper lovely", "[name] n [name] did my obs, proper lovely"),
    ("bev and ola were on nights with me", "[name] and [name] were on nights with me"),
    ("kez & siobhan ran the drop in", "[name] & [name] ran the drop in"),
    (
        "gaz n dafydd were brill. gaz said he would sign me off",
        "[name] n [name] were brill. [name] said he would sign me off",
    ),
    # A word-name praised for how the person is with patients, the same word used as a word later.
    ("Hope is a natural with the residents", "[name] is a natural with the residents"),
    ("Faith's brilliant with the families on our ward", "[name]'s brilliant with the families on our ward"),
    (
        "Joy is amazing with the dementia patients. no joy getting a parking space though",
        "[name] is amazing with the dementia patients. no joy getting a parking space though",
    ),
    # A given name before a surname or town no dictionary holds, then a verb; the verb-use stays.
    ("we were told Grace Ilkley had left", "we were told [name] had left"),
    (
        "I'd rate it 9/10 but Rose Keighley was ill so we missed the end",
        "I'd rate it 9/10 but [name] was ill so we missed the end",
    ),
    ("I will mark it as done. Mark Haworth was there", "I will mark it as done. [name] was there"),
    # Dates still go where the writer's own doings are in the clause, "we" or not.
    ("my mum was seen on 9/4 and we are still waiting", "my mum was seen on [date] and we are still waiting"),
    ("we are running late, it is now on 9/4", "we are running late, it is now on [date]"),
]

_KEPT = [
    # "our" before a word that is no name.
    "our icb has no idea what happens on the wards",
    "our obs were late again",
    "our hope is that the funding carries on",
    "our rota is a joke",
    # Pairs of words joined by "n" that are things.
    "fish n chips were cold",
    "salt n pepper were missing",
    "rock n roll was the theme",
    "bits n bobs were all over the floor",
    # Numbers with capitalised words after them that are no street.
    "we had 12 New Starters, all on nights",
    "room 2, 41 Beds open",
    # A word-name that is the word, with patients near.
    "Hope is a natural part of recovery",
    "the garden was lovely with the patients sat out",
    # A word-name before a place word, or a modal verb.
    "Rose Hill was closed",
    "Holly Bank has a new manager",
    "May Keswick be as nice next year",
    "i mark the portfolios on Fridays",
    # A word-name after a subject pronoun is the verb.
    "we drew lots for the rota",
    "the care was good. we drew pictures with the residents",
    "they rose to the challenge",
    # Rivers, dales and hills that trusts and places are named after.
    "Tees, Esk and Wear Valleys trust",
    "Mersey Care were great",
    "the Pennine Way walk was lovely",
    "Medway hospital was busy",
    "the Cotswold trip was nice",
    # Dates of what the writer's team runs again for others.
    "we're running the session again on 14/6 in the education centre",
    "we will be hosting it again on 3rd July",
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED)
def test_an_identifier_of_a_postscript_family_is_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", _KEPT)
def test_a_look_alike_of_a_postscript_family_stays(text: str) -> None:
    assert redact(text) == text


def test_the_staff_number_cue_keeps_a_post_or_place_set_off_after_it() -> None:
    # A band, a town or the writer's hedge after the number is no name; the number still goes.
    assert (
        redact("staff no 40218, Band 5, is still waiting")
        == "staff no [staff number], Band 5, is still waiting"
    )
    assert redact("Staff number 40218, Leeds, is where I am based") == (
        "Staff number [staff number], Leeds, is where I am based"
    )
    assert (
        redact("my payroll number 44871, I think, is wrong")
        == "my payroll number [staff number], I think, is wrong"
    )
