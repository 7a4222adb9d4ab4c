"""Risk flags: the families of harm shown by behaviour (cues_families_behaviour.py), on comments
written for these tests.

Each kind was a miss of risk_hidden.csv when it was scored once; the comments below are other ways of
saying the same thing, made up for the project (none is taken from a labelled file). The safe comments
share their words: tablets kept to take back to the pharmacy, equipment reported and fixed, a relative
who helps, a child's screen time, a late discharge with a lift home, a fair word about a thick skin.
"""

from __future__ import annotations

import pytest

from analysis.text.risk import assess_risk_by_cues

_DISCLOSURES = [
    # tablets put aside instead of taken
    (
        "been putting my quetiapine in a tin instead of taking it, theres loads in there now",
        "suicide_self_harm",
    ),
    ("stopped taking my mirtazapine weeks ago but kept them all, nobody knows", "suicide_self_harm"),
    ("instead of taking my pregabalin i have been saving it in an old jar", "suicide_self_harm"),
    # a shortage reported as routine
    ("one nurse for 26 again, we escalate it every shift and nobody comes", "unsafe_staffing"),
    ("short staffed as usual, we fill in incident forms every night now", "unsafe_staffing"),
    # control seen in two behaviours
    (
        "my boyfriend does all the talking at my appointments and he goes through my phone after",
        "abuse_coercion",
    ),
    ("he has my bank card and i am not allowed out to see my friends", "abuse_coercion"),
    ("my wife answers for me at the gp and i do not have my own phone any more", "abuse_coercion"),
    # staff punishing a person in their care
    ("the carers at mums home stop her going to the lounge when she has been difficult", "abuse_coercion"),
    ("on the unit the staff took his radio off him to teach him a lesson", "abuse_coercion"),
    # sent out in the night to nobody
    ("they discharged my nan at 2am in her nightie to an empty house", "unsafe_care"),
    ("sent home in the middle of the night with no way home and no coat", "unsafe_care"),
    # left out at work and told to put up with it
    (
        "the seniors have a group chat without me and when i said so my manager told me to toughen up",
        "bullying_staff",
    ),
    (
        "i always find out last about the rota and the team always forget to tell me about handover changes",
        "bullying_staff",
    ),
]

_SAFE = [
    "i stopped taking the statins and kept them to take back to the pharmacy like the gp said",
    "we datix broken equipment every time and it gets fixed quickly",
    "we escalate staffing every morning at the huddle and it always gets sorted",
    "my daughter does all the talking at appointments as my english is not good",
    "we take the kids tablets away when they have been naughty at school",
    "the session explained why taking a residents things away as a punishment is wrong",
    "discharged at 11pm but my daughter picked me up and they rang the next day",
    "the trainer told us we would need a thicker skin for A&E placements, fair advice",
    "i am not in the night staff whatsapp because i only do days",
]


@pytest.mark.parametrize(("text", "category"), _DISCLOSURES)
def test_a_disclosure_shown_by_behaviour_is_flagged_in_its_category(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None, text
    assert flag.category == category, (text, flag)


@pytest.mark.parametrize("text", _SAFE)
def test_a_safe_comment_with_a_behaviour_familys_words_is_not_flagged(text: str) -> None:
    assert assess_risk_by_cues(text) is None, (text, assess_risk_by_cues(text))


def test_one_sign_of_control_alone_is_not_a_flag() -> None:
    assert assess_risk_by_cues("my partner does all the talking, i am shy") is None
    assert assess_risk_by_cues("the team chat is without me as i am bank, that is fine") is None
