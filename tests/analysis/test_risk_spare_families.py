"""Risk flags: the families widened from the spare file's misses and false flags (risk_spare.csv,
scored once, then tuned on; cues_families_spare.py), on comments written for these tests (none taken
from a labelled file). The safe comments share their words."""

from __future__ import annotations

import pytest

from analysis.text.risk import assess_risk_by_cues

_DISCLOSURES = [
    # Patients going without because the ward is short.
    ("we were so short on sunday the activities got cancelled and two lads kicked off", "unsafe_staffing"),
    # Caseloads given as a bare number, with people getting worse.
    (
        "our coordinators are each holding 55 with a post vacant and people are not being seen",
        "unsafe_staffing",
    ),
    # A child exploited: an older "friend", gifts, nights out.
    (
        "a girl we support is 15 and has loads of cash lately, says an older mate picks her up at night",
        "abuse_coercion",
    ),
    # No reason to stay, named outright.
    ("honestly i struggle to find a reason to keep going most mornings", "suicide_self_harm"),
    # Tablets kept back for a bad day.
    ("been putting aside some of my sleepers for when it gets too much", "suicide_self_harm"),
    # A dose given twice, the tablets named by their look.
    ("had the pink ones twice last night, the day nurse gave them and then again at 8", "medication_error"),
    # A discharge with no safety plan and nowhere to live, or named an unsafe discharge.
    ("he was discharged without a crisis plan and nowhere to stay", "unsafe_care"),
    ("my brother had an unsafe discharge from the ward last month", "unsafe_care"),
    # Signs of control taught in a session, found at home.
    (
        "domestic abuse training covered being checked up on constantly and i was ticking each one off",
        "abuse_coercion",
    ),
]

_SAFE = [
    # Hyperbole about a trivial thing.
    "the queue for the car park was so long i lost the will to live",
    # A skill learnt.
    "the role play helped me practise asking a patient if they are having thoughts of ending their life",
    # Banter the writer says is mutual.
    "they call me posh on the ward, it is all good natured and i give as good as i get",
    # The writer's own assignment about someone else.
    "for my assignment i wrote about a patient who had self harmed and how the team supported her",
    # Short staff leave, a normal caseload, an adult friend.
    "we were so short that my annual leave got cancelled in the end",
    "lad on my caseload is 16 and doing really well at college",
    "my nan is 90 and an older friend drives her about to the shops",
    # A number kept back that is money.
    "i have been putting aside some of my wages for when it gets too much at christmas",
    # Twice a day, as prescribed.
    "i have my tablets twice a day and the nurse checks them",
]


@pytest.mark.parametrize(("text", "category"), _DISCLOSURES)
def test_a_disclosure_of_a_spare_family_is_flagged_in_its_category(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None, text
    assert flag.category == category, (text, flag)


@pytest.mark.parametrize("text", _SAFE)
def test_a_safe_comment_with_a_spare_familys_words_is_not_flagged(text: str) -> None:
    assert assess_risk_by_cues(text) is None, (text, assess_risk_by_cues(text))
