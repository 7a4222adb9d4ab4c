"""Families of wording behind the codebooks' 1.11 rules (from the kinds of miss on the finale files,
written by new writers), the event codebook's 1.12 and 1.13 rules (from the marginalia and scholium
files) and the workforce codebook's 1.12 guard (from the postil file), on probe comments written for
this test. None is from the labelled sets or from real responses. Each family is checked with a near-miss
that must not code the theme where one reads alike."""

from __future__ import annotations

import pytest

from tests.analysis.test_codebook_families import check_wording

W, E = "workforce", "stakeholder_event"

# (codebook, prompt, comment, {theme: stance or None for any}, themes it must not carry)
# fmt: off
CASES = [
    (W, "could_improve", "the foundation degree is really written for community nurses",
     {"programme_relevance": None}, set()),
    (W, "could_improve", "making us redo the care certificate was pointless", {"programme_relevance": None},
     set()),
    (W, "what_good", "tutors from a mental health background who knew the wards",
     {"programme_relevance": None},
     set()),
    (W, "could_improve", "my manager keeps asking why we need an AP at all", {"role_understanding": None},
     set()),
    (W, "could_improve", "nobody on the board wants to own it", {"engagement_persistence": None}, set()),
    (W, "could_improve", "still no plan for the band 4 posts after we qualify", {"sustainability": None},
     set()),
    (W, "could_improve", "get a sponsor so it doesnt die when one person leaves", {"sustainability": None},
     set()),
    (W, "could_improve", "passed and they put me back on my HCA contract",
     {"banding_recognition": None}, set()),
    (W, "could_improve", "my mentor had only done the one day course", {"mentor_capacity": None}, set()),
    (W, "what_good", "the team always covered when im at uni", {"release_backfill": None}, set()),
    (W, "what_good", "my PS going through my competency log with me", {"mentor_support": None}, set()),
    (W, "could_improve", "studying once the kids are in bed every night",
     {"workload_wellbeing": None}, set()),
    (E, "what_good", "finally get the difference between an AP and a nursing associate",
     {"role_understanding_event": None}, set()),
    (E, "could_improve", "still not clear where the AP sits next to a band 5",
     {"role_understanding_event": None},
     set()),
    (E, "could_improve", "felt geared to acute wards, nothing for community", {"relevance": None}, set()),
    (E, "could_improve", "very basic if you already employ APs", {"relevance": None}, set()),
    (E, "what_good", "learnt loads, thanks", {"usefulness": None}, set()),
    (E, "what_good", "learnt loads about the levy transfer", {"content": None}, {"usefulness"}),
    (E, "what_good", "short and sweet, out by 1", {"organisation_timing": None}, set()),
    (E, "could_improve", "the coffee ran out by 10", {}, {"organisation_timing"}),
    (E, "could_improve", "anything to change? no, im content", {}, {"content"}),
    (E, "could_improve", "im content with how it went but the content was thin", {"content": None}, set()),
    (W, "could_improve", "the money runs out in march. you do the maths", {}, {"maths_english"}),
    (W, "could_improve", "the maths just doesnt add up on the backfill", {}, {"maths_english"}),
    (W, "could_improve", "had to do the maths functional skills twice", {"maths_english": None}, set()),
    # The event codebook's 1.12 rules, from the kinds of miss on the marginalia file.
    (E, "could_improve", "need more frontline managers in the room next time", {"networking": None}, set()),
    (E, "what_good", "people from three regions in one room for a change", {"networking": None}, set()),
    (E, "what_good", "came away with four names to ring", {"networking": None}, set()),
    (E, "what_good", "sat with two nurses from a hospice at lunch", {"networking": None}, set()),
    (E, "could_improve", "the room was too small and too hot", {}, {"networking"}),
    (E, "could_improve", "i felt talked down to by the uni people", {"speakers": None}, set()),
    (E, "could_improve", "asked about backfill and they answered a different question",
     {"speakers": None}, set()),
    (E, "what_good", "the funding lady explained it better than anyone has", {"speakers": None}, set()),
    (E, "could_improve", "felt like it was written for district nurses", {"relevance": None}, set()),
    (E, "could_improve", "could've delivered the same talk to an acute ward, nothing mh about it",
     {"relevance": None}, set()),
    (E, "could_improve", "mental health felt like an afterthought again", {"relevance": None}, set()),
    (E, "support_next", "just tell us who to ring when we get stuck", {"next_step_support": None}, set()),
    # The workforce codebook's 1.12 guard, from a false theme on the postil file: release in another sense.
    (W, "could_improve", "the magnetic doors on the unit keep releasing every few hours", {},
     {"release_backfill"}),
    (W, "could_improve", "they released a new version of the portfolio app and it crashes", {},
     {"release_backfill"}),
    (W, "could_improve", "the fire doors keep releasing and i never get released for my study day",
     {"release_backfill": None}, set()),
    # The event codebook's 1.13 rules, from the kinds of miss on the scholium file.
    (E, "could_improve", "too many long words, use plain english next time", {"content": None}, set()),
    (E, "what_good", "the easy read slides meant my whole team could follow", {"content": None}, set()),
    (E, "what_good", "the chair spoke nice and slowly so nobody got lost", {"speakers": None}, set()),
    (E, "could_improve", "our questions in the chat went unanswered", {"speakers": None}, set()),
    (E, "could_improve", "the registration queue moved slowly", {}, {"speakers"}),
    (E, "what_good", "came away with a handful of business cards", {"networking": None}, set()),
    (E, "what_good", "hearing the apprentices talk about their placements", {"examples_case_studies": None},
     set()),
    (E, "what_good", "did exactly what it says on the tin", {"usefulness": None}, set()),
    (E, "support_next", "we want to recruit two APs in the spring", {"intention_to_adopt": None}, set()),
    (E, "support_next", "going ahead with two posts in the new year", {"intention_to_adopt": None}, set()),
    (E, "what_good", "mapping out an AP's shift next to a band 5's", {"role_understanding_event": None},
     set()),
]
# fmt: on


@pytest.mark.parametrize(("book", "prompt", "text", "wanted", "unwanted"), CASES)
def test_wording_families_111(
    book: str, prompt: str, text: str, wanted: dict[str, str | None], unwanted: set[str]
) -> None:
    check_wording(book, prompt, text, wanted, unwanted)


def test_every_case_checks_something() -> None:
    # A probe that wants nothing and forbids nothing would pass whatever the engine does.
    assert all(wanted or unwanted for *_, wanted, unwanted in CASES)
