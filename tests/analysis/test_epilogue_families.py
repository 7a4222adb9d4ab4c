"""Risk and redaction: the families widened from the epilogue files' misses and leaks (scored once, then
tuned on), on comments written for these tests (none taken from a labelled file): each family caught,
and look-alikes that must stay unflagged or exactly as typed."""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact
from analysis.text.risk import assess_risk, assess_risk_by_cues

# (comment, the category the cues must give it).
_DISCLOSED = [
    # Self-harm as a past habit that has come back.
    ("used to self harm at college and its creeping back now the exams are here", "suicide_self_harm"),
    ("i used to cut when things got bad, its started again since christmas", "suicide_self_harm"),
    # Marks kept where nobody sees them.
    ("doing it only on my thighs now so nobody sees", "suicide_self_harm"),
    # A threat for complaining, told of others or with the apostrophe left out.
    ("the trainees are told theyll fail their sign off if they complain about the rota", "bullying_staff"),
    ("if i put a complaint in about him hed make sure my portfolio goes missing", "bullying_staff"),
]

_NOT_DISCLOSED = [
    # A habit with an object is no self-harm; one that has not come back is past.
    "we used to cut corners on the rota and now its started again, needs sorting",
    # Reporting systems and disclosures as a kind are procedures, not events.
    "incident reporting for medication errors moved to a new system and students cant log in",
    "interesting to hear how other trusts handle risk disclosures, e.g. self harm or suicide, on forms",
    # A complaint about a thing, not a person's threat.
    "if they complain about the parking they lose their permit, fair enough",
]


@pytest.mark.parametrize(("text", "category"), _DISCLOSED)
def test_a_disclosure_of_an_epilogue_family_is_flagged(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None and flag.category == category, flag


@pytest.mark.parametrize("text", _NOT_DISCLOSED)
def test_a_look_alike_of_an_epilogue_family_is_not_flagged(text: str) -> None:
    assert assess_risk(text) is None


def test_a_habit_with_an_object_is_no_cue() -> None:
    # The cues leave it; the learned reading, which reads words alone, still flags this one ("used to
    # cut" and "started again" are the words of its self-harm comments): a known false positive.
    assert (
        assess_risk_by_cues("i used to cut my own fringe and have started again since lockdown lol") is None
    )


def test_example_dots_end_no_sentence() -> None:
    # "e.g." kept the topic word from the procedure around it before its dots were read as one word.
    assert assess_risk("we covered policies for disclosures, e.g. overdose, on the study day") is None


_REDACTED = [
    # A role that leads a group, then a word-name.
    ("the group leader Joy was a joy to work with", "the group leader [name] was a joy to work with"),
    ("shift leader Faith sorted my breaks", "shift leader [name] sorted my breaks"),
    # A lower-case full name set beside the writer.
    ("rukhsana begum and me both started in march", "[name] and me both started in march"),
]

_KEPT = [
    "a natural leader with real joy in the job",
    "the leader of the council spoke",
    "grace and me went to the event",
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED)
def test_an_identifier_of_an_epilogue_family_is_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", _KEPT)
def test_a_look_alike_of_an_epilogue_family_stays(text: str) -> None:
    assert redact(text) == text
