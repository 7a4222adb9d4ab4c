"""Families of wording behind the codebooks' 1.10 rules (from the kinds of miss on the sequel files,
written by a new writer), on probe comments written for this test in the voices of apprentices,
managers and event attendees. None is from the labelled sets or from real responses. Each family is
checked with a near-miss that must not code the theme where one reads alike."""

from __future__ import annotations

import pytest

from tests.analysis.test_codebook_families import check_wording

W, E = "workforce", "stakeholder_event"

# (codebook, prompt, comment, {theme: stance or None for any}, themes it must not carry)
# fmt: off
CASES = [
    # The course made for another side of care, or rehearsal asked for.
    (W, "could_improve", "the whole thing feels designed for the acute side not us",
     {"programme_relevance": None}, set()),
    (W, "could_improve", "every case study was a diabetic foot or a fall on a surgical ward",
     {"programme_relevance": None}, set()),
    (W, "could_improve", "more role play before we try de-escalation for real", {"programme_relevance": None},
     set()),
    (W, "could_improve", "more scenarios with my mentor on the ward would help", {}, {"programme_relevance"}),
    # Treated as part of the team; the AP's part known.
    (W, "what_good", "the nurses treat me as part of the team now", {"role_understanding": None}, set()),
    (W, "what_good", "the team know thats my bit, the physical health checks", {"role_understanding": None},
     set()),
    # A mentor for every apprentice, mentoring in job plans.
    (W, "could_improve", "every apprentice should get a named mentor, not whoever is on",
     {"mentor_capacity": None}, set()),
    (W, "could_improve", "put mentoring time in their job plans or it never happens",
     {"mentor_capacity": None}, set()),
    # No way up but out; secondments; where next.
    (W, "could_improve", "the only way up is to leave the trust", {"career_progression": None}, set()),
    (W, "could_improve", "no nursing secondments here for APs", {"career_progression": None}, set()),
    (W, "could_improve", "nobody told us where you can go after qualifying", {"career_progression": None},
     set()),
    # Shifts stacked on uni and home; heavy weeks.
    (W, "could_improve", "4 lates a week plus uni plus the kids", {"workload_wellbeing": None}, set()),
    (W, "could_improve", "some weeks were heavy but i got there", {"workload_wellbeing": None}, set()),
    # Event: mental health given its own day; a day heavy on one setting.
    (E, "what_good", "good to see mh with its own day for once", {"relevance": None}, set()),
    (E, "could_improve", "felt very acute-heavy for a community team", {"relevance": None}, set()),
    # The day ranked among others; the mix in the room.
    (E, "what_good", "one of the best events i have been to this year", {"usefulness": None}, set()),
    (E, "what_good", "really good mix of people from all sectors", {"networking": None}, set()),
    # Getting there and the cold.
    (E, "could_improve", "pick somewhere on a train route, not everyone drives", {"venue_online": None},
     set()),
    (E, "could_improve", "the hall was baltic all day", {"venue_online": None}, set()),
    # A follow-up to keep things going; where the role leads; examples where it failed.
    (E, "nonspecific", "a follow up in a few months to keep momentum", {"next_step_support": None}, set()),
    (E, "what_good", "didnt know it was a route into nursing", {"role_understanding_event": None}, set()),
    (E, "what_good", "they set out the responsibilities of an AP clearly", {"role_understanding_event": None},
     set()),
    (E, "could_improve", "would like to hear where it didnt work, felt rose tinted",
     {"examples_case_studies": None}, set()),
]
# fmt: on


@pytest.mark.parametrize(("book", "prompt", "text", "wanted", "unwanted"), CASES)
def test_wording_families_110(
    book: str, prompt: str, text: str, wanted: dict[str, str | None], unwanted: set[str]
) -> None:
    check_wording(book, prompt, text, wanted, unwanted)


def test_every_case_checks_something() -> None:
    # A probe that wants nothing and forbids nothing would pass whatever the engine does.
    assert all(wanted or unwanted for *_, wanted, unwanted in CASES)
