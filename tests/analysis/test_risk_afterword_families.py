"""Risk: the families widened from the afterword file's misses and false flags (scored once, then tuned
on), on comments written for these tests (none taken from a labelled file): each family caught, and
look-alikes that must stay unflagged."""

from __future__ import annotations

import pytest

from analysis.text.risk import assess_risk, assess_risk_by_cues

# (comment, the category the cues must give it).
_DISCLOSED = [
    # A crisis line nobody answers, or one worker for a whole area.
    ("rang the crisis team three times last night and it just rang out", "unsafe_staffing"),
    ("the out of hours line went to voicemail again when my son was in a state", "unsafe_staffing"),
    ("theres one nurse covering the whole county overnight for home visits", "unsafe_staffing"),
    # A farewell told by its arrangements: two of them in one comment.
    (
        "my neighbour is going to take the cat and ive written letters to the kids, so thats everything done",
        "suicide_self_harm",
    ),
    ("wont be needing my place in group any more, mum said she will have the dog", "suicide_self_harm"),
    # Tablets kept in a hiding place instead of taken.
    ("ive been tucking my sertraline under the mattress for weeks instead of taking it", "suicide_self_harm"),
    # Told that people like the apprentice do not become APs; a threat to make their work go missing.
    ("my supervisor says people like me with an accent will never pass the epa", "bullying_staff"),
    ("the NIC said she'd make sure my sign off goes missing if I complained again", "bullying_staff"),
]

_NOT_DISCLOSED = [
    # A pet minded for a while, thank-you letters, a place given up for a new job.
    "my sister is having the dog while im in hospital for my knee op",
    "wrote everyone a thank you letter when i left the ward, they were all so good",
    "wont need my place next term as ive got a new job in leeds",
    # A phone line that is slow, and one trainer for a cohort.
    "the appointments line rang out for ages, took 40 mins to get through",
    "one trainer for the whole cohort of 30 was a bit much",
    # Laughter, a drowning feeling that passed, a joke threat over a trivial thing.
    "nearly killed myself laughing at the quiz, best session yet",
    "felt like i was drowning in the first term but the study skills sessions sorted me out",
    "if the printer jams once more i swear ill strangle it lol",
    "i swear ill murder my mentor if she cancels again haha, she is great really",
    # A receptionist's manners, a complaint and no more.
    "the receptionist rolled her eyes at me for being late and made me feel stupid",
    # Medicines locked away from children, a mentor keeping a portfolio in a drawer.
    "i keep my tablets in a locked tin up in the cupboard cos of the grandkids",
    "my mentor kept my portfolio in her drawer for a month instead of signing it",
]


@pytest.mark.parametrize(("text", "category"), _DISCLOSED)
def test_a_disclosure_of_an_afterword_family_is_flagged(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None and flag.category == category, flag


@pytest.mark.parametrize("text", _NOT_DISCLOSED)
def test_a_look_alike_of_an_afterword_family_is_not_flagged(text: str) -> None:
    # No cue flags it; the learned reading, which reads words alone, still weighs tablets kept in a tin.
    assert assess_risk_by_cues(text) is None
    if "locked tin" not in text:
        assert assess_risk(text) is None


def test_one_farewell_sign_alone_is_not_enough() -> None:
    # A pet handed on, or letters written, is a farewell only beside another sign of one.
    assert assess_risk_by_cues("my brother will have the dog from now on, the flat is too small") is None
    assert assess_risk_by_cues("i wrote everyone a letter about the fundraiser") is None
