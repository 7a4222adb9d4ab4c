"""Risk flags: harm words that mean no harm (analysis/text/risk/figures.py and the cues' exceptions),
widened from the kept and vault files' safe comments that were flagged, on comments written for these
tests (none taken from a labelled file). The disclosures beside them share their words and stay flagged."""

from __future__ import annotations

import pytest

from analysis.text.risk import assess_risk, assess_risk_by_cues

_NOT_A_DISCLOSURE = [
    # "odd" is no overdose.
    "placement is 30 odd miles from home and the bus is always late",
    "the new tablets taste a bit odd but they are helping",
    # Too much of a treat.
    "overdosed on chocolate biscuits at the study day, no regrets",
    # A day's low point, timed; a thing that is dead.
    "three hours of policy slides, i had lost the will to live by 2pm",
    "the projector was dead so we just talked, which was better",
    "the signal in the basement is dead so i can never ring my mentor",
    "uni feels like a dead end if there is no band 4 post at the end",
    # A joke about a trivial thing.
    "one more group project and i will walk into the sea haha",
    # No dose was missed.
    "my clinic moved and i almost missed my injection, a text would help",
    "the review was late but i never missed an injection",
    # Not around because of a trip.
    "i will not be around for the next session as im off to my sisters for a fortnight",
]

_DISCLOSURES = [
    ("i took an od last month and nobody from the team has been in touch", "suicide_self_harm"),
    ("i have lost the will to live and i do not see the point of carrying on", "suicide_self_harm"),
    ("they missed my injection two weeks running and i ended up back on the ward", "medication_error"),
    ("i will not be around for much longer so the follow up does not matter", "suicide_self_harm"),
]


@pytest.mark.parametrize("text", _NOT_A_DISCLOSURE)
def test_a_figure_of_speech_or_an_absent_harm_is_not_flagged(text: str) -> None:
    assert assess_risk_by_cues(text) is None, text


@pytest.mark.parametrize(("text", "category"), _DISCLOSURES)
def test_the_same_words_meant_stay_flagged(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None and flag.category == category, (text, flag)


def test_banter_the_writer_calls_mutual_is_not_flagged_by_either_reading() -> None:
    text = "the lads call me posh for my accent and i give it back just as bad, its banter both ways"
    assert assess_risk(text) is None
    # Banter that is not mutual stays flagged.
    text = "the lads call me names for my accent every shift and my manager laughs along, i dread going in"
    flag = assess_risk(text)
    assert flag is not None and flag.category == "bullying_staff", flag
