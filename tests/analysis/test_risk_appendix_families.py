"""Risk: the families widened from the appendix file's false flag and wrong category (scored once, then
tuned on), on comments written for these tests (none taken from a labelled file): doses the writer says
were never missed stay unflagged by the cues, and a chart that says a dose was had, against the patient's
word, is a medicines record that does not match."""

from __future__ import annotations

import pytest

from analysis.text.risk import assess_risk_by_cues

_NOT_DISCLOSED = [
    "they never missed his tablets once, but the food was cold",
    "never missed a dose of her meds in 3 weeks, cant fault them",
    "review came late but i have not missed my medication at all",
]

# (comment, the category the cues must give it).
_DISCLOSED = [
    ("the chart says she had her clozapine but she told me nobody gave it her", "medication_error"),
    ("MAR says he got his insulin yet the pen was still full", "medication_error"),
    ("he missed his tablets two days running and nobody noticed", "medication_error"),
]


@pytest.mark.parametrize("text", _NOT_DISCLOSED)
def test_a_dose_said_never_missed_is_not_flagged(text: str) -> None:
    assert assess_risk_by_cues(text) is None


@pytest.mark.parametrize(("text", "category"), _DISCLOSED)
def test_a_dose_missed_or_charted_but_not_given_is_flagged(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None and flag.category == category
