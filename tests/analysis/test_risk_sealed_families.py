"""Risk flags: the families written for the sealed file's misses, on comments written for these tests.

Each kind was a miss (or a negative-but-safe comment flagged) of risk_sealed.csv when it was scored
once; the comments below are other ways of saying the same thing, made up for the project (none is
taken from a labelled file): lower case, text-speak and third-party reports. The safe comments share
their words: a school run before a curfew, fair feedback, services for "people like me", a study day
with a big cohort, keys kept safe, acceptance of a diagnosis and figures of speech.
"""

from __future__ import annotations

import pytest

from analysis.text.risk import assess_risk_by_cues

_DISCLOSURES = [
    # a curfew kept for fear of the consequence
    (
        "sorry i cant stay for the end, i need to be back before he gets in or else there is hell to pay",
        "abuse_coercion",
    ),
    ("mum has to be home by 6 or dad kicks off, thats why she never stays for her tea", "abuse_coercion"),
    ("if im late back from the group theres trouble at home so i always leave early", "abuse_coercion"),
    # punished for speaking up
    (
        "when i raised concerns about the obs i got taken off the rota for my preferred shifts",
        "bullying_staff",
    ),
    ("the one time i challenged the NIC i was given every rubbish job for weeks", "bullying_staff"),
    ("since i put in a grievance about my mentor i have been blanked by the whole team", "bullying_staff"),
    # everything picked apart, lies told to a manager
    ("my PS picks holes in everything i write and tells the ward manager im not coping", "bullying_staff"),
    (
        "two of the b3s mock everything i say on shift and report to the boss that i was skiving",
        "bullying_staff",
    ),
    # "people like me"
    (
        "the sister on nights told me people like me dont belong in nursing, i knew what she meant",
        "bullying_staff",
    ),
    ("my manager said girls like me usually go off on maternity and waste the training", "bullying_staff"),
    # bare numbers of staff for patients
    ("we were left with 2 for 24 very poorly patients on nights again", "unsafe_staffing"),
    ("3 of us for 30 confused patients and nobody on the bay", "unsafe_staffing"),
    # keys or codes to medicines left about
    (
        "the fob for the med room is hanging on a hook by the door where anyone can grab it",
        "medication_error",
    ),
    ("code to the CD cupboard is written on the side of the fridge", "medication_error"),
]

_SAFE = [
    "i have to be home before the kids get back from school or they are locked out",
    "need to be back for the dog or else he chews the sofa lol",
    "if im late there is trouble with parking so i leave early",
    "when i raised concerns about the obs i got thanked and the NIC sorted it the same day",
    "my mentor picks at everything i write but its fair and i have learnt loads from her",
    "feedback on everything i do from my PS is constructive and helpful",
    "the peer support group is for people like me who are new to the ward",
    "my mentor said lads like me always do well on the EPA because we know the ward",
    "the study day had 2 tutors for 30 apprentices and it was still brilliant",
    "we had 5 on for 20 patients and it felt calm and safe",
    "the keys to the drugs cupboard are always kept with the nurse in charge",
    "training on who holds the keys for the controlled drugs cupboard was useful",
    "i have made my peace with my diagnosis and im enjoying the groups",
    "this essay is going to be the death of me",
    "three hours of slides, i almost lost the will to live",
]


@pytest.mark.parametrize(("text", "category"), _DISCLOSURES)
def test_a_disclosure_of_a_sealed_family_is_flagged_in_its_category(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None, text
    assert flag.category == category, (text, flag)


@pytest.mark.parametrize("text", _SAFE)
def test_a_safe_comment_with_a_sealed_familys_words_is_not_flagged(text: str) -> None:
    assert assess_risk_by_cues(text) is None, (text, assess_risk_by_cues(text))
