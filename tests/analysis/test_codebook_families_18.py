"""Families of wording behind the codebooks' 1.8 rules and guards (from the kinds of error on the sealed
files and the same kinds on the other files), on probe comments written for this test in the voices of
apprentices, mentors, managers and event attendees. None is from the labelled sets or from real
responses. Each family is checked both ways where it has a guard: the near-miss that must not code the
theme beside the plain use that still must."""

from __future__ import annotations

import pytest

from tests.analysis.test_codebook_families import check_wording

W, E = "workforce", "stakeholder_event"

# (codebook, prompt, comment, {theme: stance or None for any}, themes it must not carry)
# fmt: off
CASES = [
    # Backfill named only as a cost beside the levy, a budget or fees is funding; backfill that is missing
    # when the apprentice should be released is still release.
    (W, "could_improve", "the levy ought to pay for backfill and not only the tuition",
     {"funding_levy": None}, {"release_backfill"}),
    (W, "could_improve", "our budget takes the hit for backfill every single time",
     {"funding_levy": None}, {"release_backfill"}),
    (W, "could_improve", "no backfill at all so my study days just vanish",
     {"release_backfill": "barrier"}, set()),
    (W, "could_improve", "levy is fine but there's no backfill so I get pulled back on the rota",
     {"release_backfill": "barrier"}, set()),
    # The new mentor said only of how they teach is mentoring, not capacity; the new mentor and a gap is.
    (W, "nonspecific", "new mentor explains the why of everything, much better",
     {"mentor_support": None}, {"mentor_capacity"}),
    (W, "nonspecific", "new mentor only started after a 2 month gap so i fell behind",
     {"mentor_capacity": None}, set()),
    # "Lovely but" before the mentor's lack of time is politeness; praise of the teaching still counts.
    (W, "could_improve", "my supervisor is really nice but she's got 5 students and no time for any of us",
     {"mentor_capacity": "barrier"}, {"mentor_support"}),
    (W, "could_improve", "my mentor is lovely and explains everything, but the uni is miles away",
     {"mentor_support": None}, set()),
    (W, "what_good", "my ps. she'd go through every competency with me on a late", {"mentor_support": None},
     set()),
    (W, "what_good", "mentor works the same shifts as me most of the time", {"mentor_capacity": None}, set()),
    # A clinical anxiety group is no wellbeing; anxiety about the course is.
    (W, "what_good", "i help run the anxiety group on tuesdays now", {}, {"workload_wellbeing"}),
    (W, "could_improve", "the anxiety before every deadline is awful",
     {"workload_wellbeing": "barrier"}, set()),
    (W, "could_improve", "my nan's been really poorly and im her main carer", {"workload_wellbeing": None},
     set()),
    (W, "could_improve", "dont get me started on the hours", {"workload_wellbeing": None}, set()),
    # Pay in everyday words: on the cheap, making ends meet, back to band 3.
    (W, "could_improve", "feels like they want a nurse on the cheap",
     {"banding_recognition": "barrier"}, set()),
    (W, "could_improve", "picking up agency shifts at weekends to make ends meet",
     {"banding_recognition": None}, set()),
    (W, "could_improve", "once i finish i'll just go back to being a band 3", {"banding_recognition": None},
     set()),
    # Where the course leads, being seen as more than an HCA, managers who bought in.
    (W, "could_improve", "nobody has said where this takes me after I qualify", {"career_progression": None},
     set()),
    (W, "could_improve", "still fighting to be seen as more than just an HCA", {"role_understanding": None},
     set()),
    (W, "what_good", "the ward managers have really bought into it now", {"engagement_persistence": None},
     set()),
    # A post at the end guaranteed is sustainability; IT sessions and software are digital; rotations.
    (W, "could_improve", "a post at the end should be guaranteed, not a maybe",
     {"sustainability": None}, set()),
    (W, "what_good", "the IT sessions on referencing software saved me",
     {"digital_access": "positive"}, set()),
    (W, "could_improve", "would love them to rotate us round the community teams too",
     {"travel_placements": None}, set()),
    # Event: the mix of people "in the room" is networking, not the venue; the room itself still is.
    (E, "what_good", "brilliant range of organisations in the room", {}, {"venue_online"}),
    (E, "could_improve", "the room was roasting all afternoon", {"venue_online": "barrier"}, set()),
    (E, "could_improve", "the invite said room 4 but we were sent to another building",
     {"organisation_timing": None}, {"venue_online"}),
    # A video that would not play is the screen, not the content.
    (E, "could_improve", "the apprentice video didnt play so we just sat there", {"venue_online": "barrier"},
     {"content"}),
    # Evidence slides and evidence for the board are not examples; more evidence asked for is.
    (E, "what_good", "the evidence slides were really good", {}, {"examples_case_studies"}),
    (E, "could_improve", "wanted more evidence from services already using APs",
     {"examples_case_studies": None}, set()),
    # A panel honest about the pitfalls is the speakers, not examples; chatting about how others did it is
    # networking.
    (E, "what_good", "the panel was honest about the pitfalls",
     {"speakers": None}, {"examples_case_studies"}),
    (E, "what_good", "good chat with another trust about how they set up their rota", {},
     {"examples_case_studies"}),
    # No levy of our own is no held-back adoption.
    (E, "nonspecific", "we are a tiny hospice with no levy of our own, help with a transfer pls",
     {"next_step_support": None}, {"intention_to_adopt"}),
    # Role understanding: likened or blurred with another role, what APs do day to day.
    (E, "could_improve", "is an AP basically the same as an NA or not?", {"role_understanding_event": None},
     set()),
    (E, "could_improve", "the AP and HCA roles still seem blurred",
     {"role_understanding_event": None}, set()),
    (E, "could_improve", "never found out what APs actually do day to day",
     {"role_understanding_event": None},
     set()),
    # Adoption: want one on our team, rethinking our staffing.
    (E, "what_good", "honestly made me want an AP on our ward", {"intention_to_adopt": None}, set()),
    (E, "what_good", "going to rethink how we use our HCAs", {"intention_to_adopt": None}, set()),
    # Examples, usefulness, catering and organisation families.
    (E, "what_good", "the showcase from the community team was great",
     {"examples_case_studies": None}, set()),
    (E, "nonspecific", "we'll come to the next showcase though", {}, {"examples_case_studies"}),
    (E, "what_good", "best use of a friday in ages", {"usefulness": "positive"}, set()),
    (E, "what_good", "the cake was amazing", {"venue_online": "positive"}, set()),
    (E, "could_improve", "less housekeeping and more Q&A time", {"organisation_timing": None}, set()),
]
# fmt: on


@pytest.mark.parametrize(("book", "prompt", "text", "wanted", "unwanted"), CASES)
def test_wording_families_18(
    book: str, prompt: str, text: str, wanted: dict[str, str | None], unwanted: set[str]
) -> None:
    check_wording(book, prompt, text, wanted, unwanted)


def test_every_case_checks_something() -> None:
    # A probe that wants nothing and forbids nothing would pass whatever the engine does.
    assert all(wanted or unwanted for *_, wanted, unwanted in CASES)
