"""Risk flags: the cue families by shape of disclosure, on comments written for these tests.

None of these comments is a real disclosure; each was made up for the project in the voices of the
three questionnaires.
"""

from __future__ import annotations

import pytest

from analysis.risk_evaluation import load_risk_set
from analysis.text.risk import assess_risk_by_cues, matching

# Indirect disclosures, a handful per category, each of a different family.
_DISCLOSURES = [
    # hopelessness, doubt about still being here, means hidden, a third party's goodbye
    ("not sure ill still be around by christmas tbh", "suicide_self_harm"),
    ("honestly if it wasnt for my dog i wouldnt still be here", "suicide_self_harm"),
    ("I've been researching how much insulin it would take", "suicide_self_harm"),
    ("my apprentice messaged me at 2am saying sorry for everything and goodbye", "suicide_self_harm"),
    ("the dark thoughts are back and they're louder than before", "suicide_self_harm"),
    ("started drinking again and some nights I don't care if I wake up", "suicide_self_harm"),
    # post, phone and money watched; threats about leaving; exploitation
    ("please dont send letters home, he opens my post and i get in trouble", "abuse_coercion"),
    ("my partner doesn't like me seeing my friends so i've stopped going out", "abuse_coercion"),
    ("he says if i leave he'll make sure i never see the kids again", "abuse_coercion"),
    ("my brother in law has been using my nan's bank card and she has nothing left", "abuse_coercion"),
    ("she told me her boyfriend makes her sell drugs to pay him back", "abuse_coercion"),
    ("i sleep in my car some nights because its safer than being at home", "abuse_coercion"),
    # threats for speaking up, exclusion, retaliation, being singled out
    ("I was told I'd lose my place on the apprenticeship if I made a fuss", "bullying_staff"),
    ("nobody on the team talks to me, they go quiet when I walk into the staff room", "bullying_staff"),
    ("they put me on nights every week since I asked about reasonable adjustments", "bullying_staff"),
    ("my manager keeps bringing up my religion and asking why I cover my hair", "bullying_staff"),
    ("I get screamed at on most shifts and told I'm useless", "bullying_staff"),
    ("a doctor grabbed my bum in the treatment room and laughed", "bullying_staff"),
    # a shift described by its few staff
    ("just me and a bank HCA for 20 patients on nights", "unsafe_staffing"),
    ("we had 2 qualified for 32 beds last night and 4 patients on enhanced obs", "unsafe_staffing"),
    ("Lates are frightening, three incidents this week with only two on", "unsafe_staffing"),
    ("I've been asked to do 1:1 obs and the meds round at the same time", "unsafe_staffing"),
    ("I have been sent to cover ITU as an HCA with no critical care training", "unsafe_staffing"),
    ("the unit runs on 3 staff most nights when the minimum is 5", "unsafe_staffing"),
    # doses signed for but not given, dropped from the chart, given twice or at the wrong time
    ("the MAR had been signed but the tablets were still in the pot", "medication_error"),
    ("warfarin dropped off her chart when she moved wards", "medication_error"),
    ("the nurse gave the insulin and then another nurse gave it again an hour later", "medication_error"),
    ("mum's tablets were given to the lady in the next bed", "medication_error"),
    ("they gave him his full dose of insulin when he was nil by mouth", "medication_error"),
    ("nobody checked my bloods for 6 months on lithium", "medication_error"),
    # water out of reach, wrong diet, nobody watching, neglect of basic care
    ("my mum couldnt reach her water jug, her lips were cracked", "unsafe_care"),
    ("a resident on a soft diet was given a sandwich", "unsafe_care"),
    ("he was put in seclusion and nobody watched him", "unsafe_care"),
    ("dad hadn't had a wash in 5 days and his mouth was full of sores", "unsafe_care"),
    ("they told her to just wet the bed because they were too busy to help her to the toilet", "unsafe_care"),
    ("the patient on 1:1 was left in the bathroom alone", "unsafe_care"),
    # "covered" in "covered in bruises" is not the "covered" of a lesson
    ("he came back from the ward covered in bruises and nobody could explain how", "unsafe_care"),
    ("the staff use the hoist on their own when it needs two people", "unsafe_care"),
    ("I'm only still here for my kids", "suicide_self_harm"),
    ("my husband watches me on the doorbell camera all day and texts if I go out", "abuse_coercion"),
    ("my colleagues imitate my stammer in handover", "bullying_staff"),
    ("three patients on 1:1 and only 4 staff on shift, so someone always gets missed", "unsafe_staffing"),
    ("the nurse gave my dad diazepam that was prescribed for the man in the next bed", "medication_error"),
    # longer comments that mix praise with the disclosure
    (
        "Lovely staff. Please could you not send any post to my home address as my partner goes through "
        "everything and I'll pay for it",
        "abuse_coercion",
    ),
    (
        "placement is fine. home isnt. i dont really see myself getting to the end of the year, not in a "
        "course way",
        "suicide_self_harm",
    ),
    (
        "Good experience overall. However night shifts are frequently me and one agency nurse for 22 "
        "patients and several need 2 to turn",
        "unsafe_staffing",
    ),
    ("dad's feeding tube was left disconnected all night and nobody noticed", "unsafe_care"),
    ("i feel so empty, i keep thinking the world would be quieter without me in it", "suicide_self_harm"),
    ("I'm scared of what he'll do when he finds out I've been coming to the group", "abuse_coercion"),
    (
        "when I report things on datix my manager tells the team it was me and they freeze me out",
        "bullying_staff",
    ),
    ("I often look after the high dependency bay on my own as an AP", "unsafe_staffing"),
    ("the HCAs are giving out the tablets from the trolley unsupervised", "medication_error"),
    ("nobody took his temperature for two days and he ended up with sepsis", "unsafe_care"),
]


@pytest.mark.parametrize(("text", "category"), _DISCLOSURES)
def test_each_family_finds_its_category(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None, text
    assert flag.category == category
    # The reason says why in plain words and marks the wording as indirect or direct.
    assert flag.reason.endswith(("(indirect)", "(direct)"))
    assert len(flag.reason.split()) >= 3


@pytest.mark.parametrize(
    "text",
    [
        # complaints that are not safeguarding matters
        "the wait was awful and I was angry",
        "staff were busy but kind",
        "I feel like a burden on my team when I ask for help",
        "I don't care if I wake up at 6 or 7 as long as I get to placement",
        "thinking about how easy it would be to get lost in the new building",
        "the back to back clinics meant no breaks for the doctors",
        "I was told to lose weight by my GP",
        "she was on 1:1 and the staff never left her alone, brilliant care",
        "only two of us from my trust on the cohort but we support each other",
        "the water jug was always full and within reach",
        "ever since i asked my manager for flexible hours she has been brilliant",
        # a matter the comment says was put right
        "a patient was given the wrong dose last year but it was picked up, reported and dealt with well",
        "since I raised the issue with the rota it has been sorted",
        "I've sorted my affairs for the house move",
        "we are below safe numbers sometimes but the bank fill the gaps",
        "I'm doing the work of two people while my colleague is on leave, but it's manageable",
        "could you not send post to my home address, email is better for me",
        "I'm on my own with 2 patients in the bay which is fine",
        "it would be a relief to just stop studying for a week",
        "they keep cutting the budget for study days",
        "they moved my shifts after I came back from holiday which was fair",
        "I cover four wards as a discharge coordinator",
        "the patient opposite's family were lovely",
        "I'm scared of what my manager will say about my essay",
    ],
)
def test_negative_but_safe_comments_stay_unflagged(text: str) -> None:
    assert assess_risk_by_cues(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "the suicide prevention module was excellent",
        "we discussed suicide prevention in module 3",
        "we covered safeguarding policy",
        "safeTALK training was brilliant, I feel more confident asking someone directly about suicide",
        "good to hear how APs support safety planning after a suicide attempt",
        "the bit on medication errors and duty of candour was really good",
        "what would you do if a patient told you they were being abused? that scenario was tough",
        "my old manager was a bully but my new ward is lovely",
    ],
)
def test_training_policy_and_class_questions_are_not_flagged(text: str) -> None:
    assert assess_risk_by_cues(text) is None


def test_a_matter_put_right_still_flags_suicide_and_what_is_still_happening() -> None:
    suicide = assess_risk_by_cues("I felt suicidal last year, it was dealt with by the crisis team")
    ongoing = assess_risk_by_cues("my manager bullies me, I reported it and it is still happening")
    unresolved = assess_risk_by_cues("I was given the wrong tablets and reported it but nothing was done")
    assert suicide is not None and suicide.category == "suicide_self_harm"
    assert ongoing is not None and ongoing.category == "bullying_staff"
    assert unresolved is not None and unresolved.category == "medication_error"


def test_keys_change_no_result_on_the_aside_half_and_the_families(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [row.text for row in load_risk_set("aside")] + [text for text, _ in _DISCLOSURES]
    with_keys = [assess_risk_by_cues(t) for t in texts]
    # Every cue lets every comment through: the patterns alone decide.
    monkeypatch.setattr(matching, "_present_keys", lambda text: set(matching._KEYS))
    assert [assess_risk_by_cues(t) for t in texts] == with_keys
