"""Families of wording behind the codebooks' 1.9 rules and guards (from the kinds of error on the hidden
files, written by a new writer), on probe comments written for this test in the voices of apprentices,
mentors, managers and event attendees. None is from the labelled sets or from real responses. Each
family is checked both ways where it has a guard: the near-miss that must not code the theme beside the
plain use that still must."""

from __future__ import annotations

import pytest

from tests.analysis.test_codebook_families import check_wording

W, E = "workforce", "stakeholder_event"

# (codebook, prompt, comment, {theme: stance or None for any}, themes it must not carry)
# fmt: off
CASES = [
    # Teaching by whoever teaches, in everyday words.
    (W, "what_good", "the CPN walked me thru every risk assessment she did", {"mentor_support": None}, set()),
    (W, "what_good", "my ps showed me the ropes on my first week", {"mentor_support": None}, set()),
    (W, "what_good", "learnt loads more off the band 6s than off the lecturers", {"mentor_support": None},
     set()),
    (W, "what_good", "she goes through my portfolio with me every other friday", {"mentor_support": None},
     set()),
    (W, "could_improve", "my supervisor just signs stuff off without reading it",
     {"mentor_support": None}, {"role_understanding"}),
    # Mentors owed time, mentoring on goodwill.
    (W, "could_improve", "practice supervisors need to be given protected hours for us",
     {"mentor_capacity": None}, set()),
    (W, "could_improve", "the whole mentoring thing runs on goodwill", {"mentor_capacity": None}, set()),
    # The role unchanged or misread; asked about another role is not a career plan.
    (W, "could_improve", "still basically what i did as an hca, same tasks", {"role_understanding": None},
     set()),
    (W, "could_improve", "my duties still havent changed and im in year 2", {"role_understanding": None},
     set()),
    (W, "could_improve", "half the staff have no idea what I am here for", {"role_understanding": None},
     set()),
    (W, "could_improve", "people keep asking if I'm training to be a nurse",
     {"role_understanding": None}, {"career_progression"}),
    (W, "could_improve", "i'd like to go on to nurse training after this",
     {"career_progression": None}, set()),
    # Resistance and backing in other words; pulling the plug wished for is resistance.
    (W, "what_good", "our matron went tooth and nail to get the posts agreed",
     {"engagement_persistence": None}, set()),
    (W, "could_improve", "finance had to be won over before anyone would sign",
     {"engagement_persistence": None}, set()),
    (W, "what_good", "the chief nurse came to our graduation which meant a lot",
     {"engagement_persistence": None}, set()),
    (W, "could_improve", "a couple of the consultants think the whole apprentice thing is pointless",
     {"engagement_persistence": None}, set()),
    (W, "could_improve", "the board tried to pull the plug on it last spring",
     {"engagement_persistence": None}, {"sustainability"}),
    (W, "could_improve", "if they pull the plug on the money the posts go", {"sustainability": None}, set()),
    # Pay lost, slang for broke, the step up.
    (W, "could_improve", "honestly brassic since I started", {"banding_recognition": None}, set()),
    (W, "could_improve", "went from band 3 to a 4 but had to interview for my own job",
     {"banding_recognition": None}, set()),
    (W, "could_improve", "I lost my unsocials when I went onto days for the course",
     {"banding_recognition": None}, set()),
    # A pilot that ends; ring-fenced backfill is release.
    (W, "could_improve", "we're on a grant which runs out in the summer", {"sustainability": None}, set()),
    (W, "could_improve", "ring fenced cover for uni days please", {"release_backfill": None},
     {"sustainability"}),
    # Shifts left unfilled are release; money or a course pulled, uni days dating cake, are not.
    (W, "could_improve", "no one ever covered my shifts so the ward was short", {"release_backfill": None},
     set()),
    (W, "could_improve", "the money for the second year got pulled", {}, {"release_backfill"}),
    (W, "could_improve", "biscuits on uni days would be nice", {}, {"release_backfill"}),
    (W, "could_improve", "still down as a spare hca on the rota", {}, {"release_backfill"}),
    (W, "could_improve", "they still pulled me onto the ward on my uni day",
     {"release_backfill": None}, set()),
    # A care pathway is no career.
    (W, "could_improve", "more time in crisis so we learn the care pathway", {}, {"career_progression"}),
    # Event: adoption families and the look-alikes that are not adoption.
    (E, "what_good", "might give it a try next year with one post", {"intention_to_adopt": None}, set()),
    (E, "nonspecific", "we've got two apprentices starting in january", {"intention_to_adopt": None}, set()),
    (E, "nonspecific", "it's up to our board really", {"intention_to_adopt": None}, set()),
    (E, "nonspecific", "we aren't quite ready yet", {"intention_to_adopt": None}, set()),
    (E, "could_improve", "a small provider like us could never afford an AP", {"intention_to_adopt": None},
     set()),
    (E, "nonspecific", "what happens when the pilot funding stops worries me", {}, {"intention_to_adopt"}),
    (E, "could_improve", "more about how to write the business case please", {}, {"intention_to_adopt"}),
    (E, "could_improve", "HCA pay is the issue round here", {}, {"intention_to_adopt"}),
    # Relevance: seen for once, rather than acute, places like mine.
    (E, "what_good", "nice that mh got a look in for once", {"relevance": None}, set()),
    (E, "could_improve", "examples from teams like ours would have helped", {"relevance": None}, set()),
    # Role understanding: explained, compared, set side by side.
    (E, "what_good", "the role was clearly explained by the first speaker",
     {"role_understanding_event": None}, set()),
    (E, "could_improve", "wanted to know how an AP stacks up against a band 5",
     {"role_understanding_event": None}, set()),
    (E, "what_good", "now I know what an assistant practitioner was meant to be",
     {"role_understanding_event": None}, set()),
    # Organisation, usefulness, venue, networking, next steps and content.
    (E, "could_improve", "not enough time over lunch to see the stalls",
     {"organisation_timing": None}, set()),
    (E, "nonspecific", "please keep these sessions coming", {"usefulness": None}, set()),
    (E, "could_improve", "couldn't hear a thing from where I sat", {"venue_online": None}, set()),
    (E, "nonspecific", "a delegate list afterwards would help", {"networking": None}, set()),
    (E, "nonspecific", "could you put us in touch with a trust that's done it", {"next_step_support": None},
     set()),
    (E, "could_improve", "never heard much on the levy which is why I came", {"content": None}, set()),
    # Look-alikes: booking online, "sound daft", building a case are not the venue or platform.
    (E, "what_good", "registering online was quick", {}, {"venue_online"}),
    (E, "what_good", "may sound daft but the name badges helped", {}, {"venue_online"}),
    (E, "could_improve", "more on building the case for funding", {}, {"venue_online"}),
    (E, "could_improve", "the online platform kept crashing", {"venue_online": None}, set()),
]
# fmt: on


@pytest.mark.parametrize(("book", "prompt", "text", "wanted", "unwanted"), CASES)
def test_wording_families_19(
    book: str, prompt: str, text: str, wanted: dict[str, str | None], unwanted: set[str]
) -> None:
    check_wording(book, prompt, text, wanted, unwanted)


def test_every_case_checks_something() -> None:
    # A probe that wants nothing and forbids nothing would pass whatever the engine does.
    assert all(wanted or unwanted for *_, wanted, unwanted in CASES)
