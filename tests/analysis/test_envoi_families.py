"""Risk and redaction: the families widened from the envoi files' misses, false flags and leaks (scored
once, then tuned on), on comments written for these tests (none taken from a labelled file): each family
caught, and look-alikes that must stay unflagged or exactly as typed."""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact
from analysis.text.risk import assess_risk, assess_risk_by_cues

# (comment, the category the cues must give it).
_DISCLOSED = [
    # Signs a young person is being exploited.
    (
        "worried about my nephew, 15, keeps coming home with new trainers and older lads picking him up",
        "abuse_coercion",
    ),
    # A patient left without drinks, or a swallowing plan ignored.
    ("mum had no water from breakfast till teatime, they'd put her jug out of reach again", "unsafe_care"),
    ("dad is on a pureed diet and the night staff keep giving him toast", "unsafe_care"),
    # A depot injection long overdue.
    ("my depot injection is three weeks overdue and nobody has rung me", "medication_error"),
    # Money taken over by a relative.
    ("my son keeps my bank card now and gives me twenty quid a week", "abuse_coercion"),
    # A future closed off.
    (
        "no point booking me in for march, ive got everything sorted for after my birthday",
        "suicide_self_harm",
    ),
]

_NOT_DISCLOSED = [
    # A talk about exploitation; a depot review that was late with no dose missed.
    "really useful talk on county lines and how young people get groomed",
    "my depot review was late but the injection itself came every fortnight",
    # Tablets to hand and nothing missed.
    "the clinic letter came late, but I had my tablets and nothing was missed",
    # A worker who left without a goodbye; a card kept by the one it belongs to.
    "the kids were gutted their support worker left without saying goodbye",
    "i keep my bank card in my phone case so i dont lose it",
]


@pytest.mark.parametrize(("text", "category"), _DISCLOSED)
def test_a_disclosure_of_an_envoi_family_is_flagged(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None and flag.category == category, flag


@pytest.mark.parametrize("text", _NOT_DISCLOSED)
def test_a_look_alike_of_an_envoi_family_is_not_flagged(text: str) -> None:
    # No cue flags it; the learned reading, which reads words alone, may still weigh a bank card kept.
    assert assess_risk_by_cues(text) is None
    if "bank card" not in text:
        assert assess_risk(text) is None


# (comment, how it must read once redacted).
_REDACTED = [
    # Initials before a name go with it.
    ("please write to Mrs K. Adebayo at the new address", "please write to Mrs [name] at the new address"),
    ("ask for J Okonkwo on reception", "ask for [name] on reception"),
    # A pay number in any shape.
    ("my pay number is 41-0093-7 if that helps", "my pay number is [staff number] if that helps"),
    # An address typed in capitals.
    ("SEND IT TO 14 LARKSPUR GROVE PLEASE", "SEND IT TO [address] PLEASE"),
    # A suite in a named building.
    ("we're at Suite 2, Ellerby House now", "we're at [address] now"),
    # One's own meeting, even with a long name between.
    (
        "my review meeting with Dr Nwachukwu-Bello is now Tuesday 3 March 2026",
        "my review meeting with Dr [name] is now [date]",
    ),
    # A lower-case name with where the person is from before what they did, or the writer unsure of it.
    ("bev from the wellbeing hub was lovely to me", "[name] from the wellbeing hub was lovely to me"),
    (
        "the HCA, tracey i think her name was, made me a brew",
        "the HCA, [name] i think her name was, made me a brew",
    ),
]

_KEPT = [
    # An article or the pronoun before a name is no initial.
    "A Rose garden would be nice for the ward",
    # A count of stars in capitals is no address; pay named without a number.
    "I GAVE IT 4 STARS",
    "my pay number changed when i moved trusts",
    # A shared meeting's date, and a deadline after "her".
    "the team meeting on 3 June was really useful",
    "her portfolio is due by 30 April like everyone elses",
    # A word that is also a name, before where it came from, saying nothing of a person.
    "hope from the start was high but it faded",
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED)
def test_an_identifier_of_an_envoi_family_is_removed(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", _KEPT)
def test_a_look_alike_of_an_envoi_family_stays(text: str) -> None:
    assert redact(text) == text
