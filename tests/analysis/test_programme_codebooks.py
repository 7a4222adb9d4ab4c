"""The workforce and stakeholder-event codebooks on comments the team wrote in the voice of apprentices,
mentors and event attendees (no labelled data exists for them): each comment must be found under its
theme, and themes named as wrong must not be found."""

from __future__ import annotations

import pytest

from analysis.text.coding import load_shipped

# (comment, prompt, themes it must carry, themes it must not carry)
# fmt: off
WORKFORCE = [
    ("I failed my functional skills maths twice and nearly had to leave the course", "could_improve",
     {"maths_english"}, set()),
    ("The Level 2 English requirement put three of our best support workers off applying", "could_improve",
     {"maths_english"}, set()),
    ("Nobody told us what the end-point assessment would involve until a month before", "could_improve",
     {"end_point_assessment"}, set()),
    ("My EPA was postponed twice because the assessor was not available", "could_improve",
     {"end_point_assessment"}, set()),
    ("Our trust would not release levy funds for a second cohort", "could_improve", {"funding_levy"}, set()),
    ("The ward never gets backfill, so on my study day the team is short", "could_improve",
     {"release_backfill"}, set()),
    ("I keep being pulled back onto the ward on my protected study day", "could_improve",
     {"release_backfill"}, set()),
    ("My mentor has no time for me because she is covering two wards", "could_improve",
     {"mentor_capacity"}, {"mentor_support"}),
    ("I have had three different mentors in six months", "could_improve", {"mentor_capacity"}, set()),
    ("My practice supervisor is brilliant and always makes time for our sessions", "what_good",
     {"mentor_support"}, {"mentor_capacity"}),
    # Negated mentions are found, and their stance says how (tests/analysis/test_programme_stances.py):
    # a mentor who is not supportive is mentoring named as a barrier (the labelling rules of
    # analysis/evaluation_sets/README.md), no problems with the mentor is capacity named as no barrier.
    ("My mentor was not supportive at all", "could_improve", {"mentor_support"}, {"mentor_capacity"}),
    ("No problems with my mentor at all", "could_improve", {"mentor_capacity"}, {"mentor_support"}),
    ("The university modules are all about physical health and nothing about mental health", "could_improve",
     {"programme_relevance"}, set()),
    ("Staff on the ward do not understand what an assistant practitioner can and cannot do", "could_improve",
     {"role_understanding"}, set()),
    ("We do the same work as the band 5 nurses but are paid band 4", "could_improve",
     {"banding_recognition"}, set()),
    ("There is no clear route from AP to nursing degree in our trust", "could_improve",
     {"career_progression"}, set()),
    ("Getting ward managers to buy in took months of persistence", "nonspecific",
     {"engagement_persistence"}, set()),
    ("Once the funding ends there is no plan for keeping AP posts", "could_improve",
     {"sustainability"}, {"banding_recognition"}),
    ("The placement was a two hour drive each way and I had to pay for fuel myself", "could_improve",
     {"travel_placements"}, {"banding_recognition", "funding_levy"}),
    ("Who will pay for the course if the levy runs out?", "could_improve", {"funding_levy"}, set()),
    ("Band 4 pay is not enough for what we do", "could_improve", {"banding_recognition"}, set()),
    ("I could not get onto the online learning platform from home, my laptop is too old", "could_improve",
     {"digital_access"}, set()),
    ("Working full shifts and studying at night has left me exhausted", "could_improve",
     {"workload_wellbeing"}, set()),
    # Common words of these comments in their other senses: the pronoun "it", training, care teams,
    # the study portfolio, sickness absence, expenses paid.
    ("Shadowing the OT was great, it helped me see where I fit", "what_good", set(), {"digital_access"}),
    ("The IT department took a month to set up my login", "could_improve", {"digital_access"}, set()),
    ("The mentor training took so long I had no supervision", "could_improve",
     {"mentor_capacity"}, {"travel_placements"}),
    ("Two trains and a bus to get to uni", "could_improve", {"travel_placements"}, set()),
    ("My mentor changed when I moved teams", "could_improve", {"mentor_capacity"}, {"digital_access"}),
    ("Lectures on Teams keep freezing on my phone", "could_improve", {"digital_access"}, set()),
    ("Regular one to ones to go through my portfolio", "what_good", set(), {"digital_access"}),
    ("My mentor went off on long term sick", "could_improve", {"mentor_capacity"}, {"sustainability"}),
    ("Travel expenses being paid for placement weeks made a big difference", "what_good",
     {"travel_placements"}, {"banding_recognition"}),
    ("Being paid Band 3 while doing Band 4 work", "could_improve", {"banding_recognition"}, set()),
    # Codebook 1.4: everyday wording of each theme rather than the labelled sets' sentences, and the
    # other senses of the words it added (pressure-area care, someone else's days off, fees for petrol).
    ("only still going because of my supervisor", "what_good", {"mentor_support"}, set()),
    ("the band 5s on nights taught me loads", "what_good", {"mentor_support"}, set()),
    ("my PS has 6 other learners so I hardly see her", "could_improve", {"mentor_capacity"}, set()),
    ("she's always on the floor so I never get supervision", "could_improve", {"mentor_capacity"}, set()),
    ("it was a nightmare, back to square one", "nonspecific", {"mentor_capacity"}, set()),
    ("uni is mainly general nursing stuff", "could_improve", {"programme_relevance"}, set()),
    ("more hands on skills and less theory", "could_improve", {"programme_relevance"}, set()),
    ("they just use me as another HCA", "could_improve", {"role_understanding"}, set()),
    ("taken for granted by the trust", "could_improve", {"banding_recognition"}, set()),
    ("there's nowhere to go after band 4", "could_improve", {"career_progression"}, {"banding_recognition"}),
    ("we've a third cohort starting so it's here to stay", "what_good", {"sustainability"}, set()),
    ("uni is the other side of the county", "could_improve", {"travel_placements"}, set()),
    ("had to do all my assignments on my phone", "could_improve", {"digital_access"}, set()),
    ("being pulled to other wards to fill gaps", "could_improve", {"release_backfill"}, set()),
    ("all the assignments are due at once", "could_improve", {"workload_wellbeing"}, set()),
    ("my mum having the kids on my study days", "what_good", {"workload_wellbeing"}, set()),
    ("cost wasn't the problem, it was finding staff to cover", "could_improve",
     {"funding_levy", "release_backfill"}, set()),
    ("too much on pressure area care and not enough on mental health", "could_improve",
     {"programme_relevance"}, {"workload_wellbeing"}),
    ("my mentor answers texts even on her days off", "what_good", set(), {"workload_wellbeing"}),
    ("the course costs me a fortune in petrol", "could_improve", {"travel_placements"}, {"funding_levy"}),
    ("the course fills gaps in my knowledge", "what_good", set(), {"release_backfill"}),
    ("the uni library staff showed me how to find journals", "what_good", set(), {"mentor_support"}),
]

STAKEHOLDER = [
    ("The presentations about the AP role were clear and informative", "what_good", {"content"}, set()),
    ("The speaker from the trust was engaging and answered every question", "what_good", {"speakers"}, set()),
    ("The event started late and the sessions overran", "could_improve", {"organisation_timing"}, set()),
    ("The venue was too hot and the sound was poor at the back", "could_improve", {"venue_online"}, set()),
    ("Talking to other employers over lunch was the best part", "what_good",
     {"networking"}, {"venue_online"}),
    ("Lunch was cold and there was no vegetarian option", "could_improve", {"venue_online"}, set()),
    ("Very relevant to our service as we are planning AP posts", "what_good", {"relevance"}, set()),
    ("The case study from the crisis team showed what an AP actually does day to day", "what_good",
     {"examples_case_studies"}, set()),
    ("A really useful day", "what_good", {"usefulness"}, set()),
    ("I would like a contact to help us write the business case", "could_improve",
     {"next_step_support"}, set()),
    ("We now plan to recruit two trainee APs next year", "nonspecific", {"intention_to_adopt"}, set()),
    ("I finally understand how the AP role differs from a nursing associate", "what_good",
     {"role_understanding_event"}, set()),
    # Attendees name their own organisation and teams; an EPA term is not a table discussion.
    ("Our organisation has wanted to grow this role for years", "nonspecific",
     set(), {"organisation_timing"}),
    ("The organisation of the day was excellent", "what_good", {"organisation_timing"}, set()),
    ("Useful to hear how other teams use APs", "what_good", set(), {"venue_online"}),
    ("The session on Teams kept freezing", "could_improve", {"venue_online"}, set()),
    ("It sounds like a role we need", "nonspecific", set(), {"venue_online"}),
    ("Linking up with the university lead was the highlight", "what_good", set(), {"venue_online"}),
    ("The joining link did not work", "could_improve", {"venue_online"}, set()),
    ("Explaining the EPA professional discussion helped", "what_good", set(), {"networking"}),
    ("I noticed how many ward managers came", "nonspecific", set(), {"organisation_timing"}),
]
# fmt: on


def _themes(book: str, text: str, prompt: str) -> set[str]:
    """Theme keys the shipped codebook finds in one comment."""
    return {m.theme for m in load_shipped(book).match(text, prompt)}


@pytest.mark.parametrize(("text", "prompt", "wanted", "unwanted"), WORKFORCE)
def test_workforce_codebook(text: str, prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _themes("workforce", text, prompt)
    assert wanted <= found
    assert not (unwanted & found)


@pytest.mark.parametrize(("text", "prompt", "wanted", "unwanted"), STAKEHOLDER)
def test_stakeholder_event_codebook(text: str, prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    found = _themes("stakeholder_event", text, prompt)
    assert wanted <= found
    assert not (unwanted & found)


def test_every_programme_theme_is_exercised() -> None:
    # Each theme of both codebooks is the expected theme of at least one comment above.
    for book, cases in (("workforce", WORKFORCE), ("stakeholder_event", STAKEHOLDER)):
        wanted = set().union(*(case[2] for case in cases))
        assert set(load_shipped(book).keys) <= wanted
