"""Risk: the families widened from the supplement file's misses and false flags (scored once, then tuned
on), on comments written for these tests (none taken from a labelled file): unsafe staffing told by its
consequences is flagged, and a thing thrown in temper, a dull session that took "the will to live" and
doses said to be none missed are not."""

from __future__ import annotations

import pytest

from analysis.text.risk import assess_risk_by_cues

# (comment, the category the cues must give it).
_DISCLOSED = [
    ("nights are never at safe staffing, its a matter of time", "unsafe_staffing"),
    ("we run under our safe staffing numbers most weekends now", "unsafe_staffing"),
    ("incident reports for short staffing have doubled since the summer", "unsafe_staffing"),
    ("three of us on with half the patients on enhanced obs every night", "unsafe_staffing"),
    ("if they keep us this short someone is going to get hurt", "unsafe_staffing"),
    # Beside them, what must still be flagged as before.
    ("i want to throw myself in the canal", "suicide_self_harm"),
    ("he missed his doses for a week and nobody noticed", "medication_error"),
]

_NOT_DISCLOSED = [
    "we are never under safe staffing here, its a well run unit",
    "the module on what to do when a ward is below safe staffing levels was useful",
    "someone is going to get hurt on that car park one day, the potholes",
    "the wifi went again and i nearly threw my laptop out of the window",
    "i could have lobbed the printer into the canal",
    "lost the will to live in the icebreaker, we did four of them",
    "review was late but no doses were missed",
    "no missed doses, just a long wait for the pharmacy",
]


@pytest.mark.parametrize(("text", "category"), _DISCLOSED)
def test_a_supplement_family_is_flagged(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None and flag.category == category


@pytest.mark.parametrize("text", _NOT_DISCLOSED)
def test_a_look_alike_of_a_supplement_family_is_not_flagged(text: str) -> None:
    assert assess_risk_by_cues(text) is None
