"""Risk: the families widened from the postscript file's false flags and the programme comments of the
postscript theme files it flagged (scored once, then tuned on), on comments written for these tests
(none taken from a labelled file): look-alikes that must stay unflagged, and disclosures beside them that
must still be flagged."""

from __future__ import annotations

import pytest

from analysis.text.risk import assess_risk_by_cues

_NOT_DISCLOSED = [
    # An incident told as a showcase of the role.
    "loved the showcase story about the AP who picked up a wrong dose before it was given",
    # A joke about throwing oneself in the river over a trivial task, marked with a laughing emoji.
    "if i have to redo this essay one more time im gonna lob myself in the river 😂",
    # Anger told as what did not happen.
    "could have strangled the admin lady when she lost my letter again, the nurses are lovely though",
    "I could have throttled my mentor when she forgot our meeting lol",
    # A mentor who stretches an apprentice.
    "my supervisor pushes me in a good way, ive grown loads this year",
    "she pushes me but in a good way and always has time for me",
    # A plan waiting on its paperwork.
    "ready to go, just need the funding signed off by the board",
    "we are ready to go as soon as the posts are approved",
]

# (comment, the category the cues must still give it).
_STILL_DISCLOSED = [
    ("he pushes me about when hes had a drink", "abuse_coercion"),
    ("im ready to go now, tell my kids i love them", "suicide_self_harm"),
    ("i spotted a depot error on the ward and nobody did anything about it", "medication_error"),
    ("im going to throw myself in the river tonight", "suicide_self_harm"),
    ("he could have killed her, he pushed her down the stairs", "abuse_coercion"),
]


@pytest.mark.parametrize("text", _NOT_DISCLOSED)
def test_a_look_alike_of_a_postscript_family_is_not_flagged(text: str) -> None:
    assert assess_risk_by_cues(text) is None


@pytest.mark.parametrize(("text", "category"), _STILL_DISCLOSED)
def test_a_disclosure_beside_a_postscript_family_is_still_flagged(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None and flag.category == category, flag
