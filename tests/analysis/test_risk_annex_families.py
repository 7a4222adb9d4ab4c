"""Risk: the families widened from the annex file's miss and its flagged policy question (scored once,
then tuned on), on comments written for these tests (none taken from a labelled file): days told with
"no" and a medicine are doses missed, and a ligature named as a policy is no means."""

from __future__ import annotations

import pytest

from analysis.text.risk import assess_risk_by_cues

_DISCLOSED = [
    "went three days with no insulin after the transfer, nobody noticed",
    "a couple of weeks with no clozapine when the pharmacy lost the script",
    "he kept a ligature in his drawer, i found it",
]

_NOT_DISCLOSED = [
    "what does the ligature policy say about APs on obs?",
    "can we see the ligature procedure before our next placement",
    "two days with no lunch break, the ward was manic",
]


@pytest.mark.parametrize("text", _DISCLOSED)
def test_an_annex_family_is_flagged(text: str) -> None:
    assert assess_risk_by_cues(text) is not None


@pytest.mark.parametrize("text", _NOT_DISCLOSED)
def test_a_look_alike_of_an_annex_family_is_not_flagged(text: str) -> None:
    assert assess_risk_by_cues(text) is None
