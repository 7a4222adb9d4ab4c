"""Risk: the family widened from the addendum file's one missed disclosure (scored once, then tuned on),
on comments written for these tests (none taken from a labelled file): a landlord or lender who offers to
take what is owed "another way" or "in kind" is exploitation, where paying a bill another way or
offering to work off rent oneself is none."""

from __future__ import annotations

import pytest

from analysis.text.risk import assess_risk_by_cues

_DISCLOSED = [
    "landlord says i can pay the rent 'another way' when im short",
    "my dealer said i could settle the debt another way",
    "he offered to take the arrears in kind, i said no but hes asked again",
]

_NOT_DISCLOSED = [
    "can i pay it another way, by card?",
    "is there a way to pay the rent in kind? i can do some gardening for the council",
    "we could cover the backfill another way, through bank staff",
]


@pytest.mark.parametrize("text", _DISCLOSED)
def test_what_is_owed_taken_another_way_is_exploitation(text: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None and flag.category == "abuse_coercion"


@pytest.mark.parametrize("text", _NOT_DISCLOSED)
def test_a_bill_paid_another_way_is_not_flagged(text: str) -> None:
    assert assess_risk_by_cues(text) is None
