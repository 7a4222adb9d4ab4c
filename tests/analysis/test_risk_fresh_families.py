"""Risk flags: the families written for the fresh file's misses, on comments written for these tests.

Each kind was a miss (or a training or policy comment flagged) of risk_fresh.csv when it was scored
once; the comments below are other ways of saying the same thing, made up for the project (none is
taken from a labelled file), in the voices of the three questionnaires: lower case, text-speak, typos
and third-party reports. The safe comments share their words: clearing out, moving and retiring,
nerves about needles, firm management, fair turns at the worst jobs, the most senior at a study day,
a kind nurse alone on nights, checks that add up, training and policy about the same harms, jokes.
The block "a later round in the same kinds" was written after a fifth probe round (8 of 24 caught
before its widening) had been covered: families catch their own kind and little beyond it.
"""

from __future__ import annotations

import pytest

from analysis.text.risk import assess_risk_by_cues
from analysis.text.risk.spelling import _normalise

_DISCLOSURES = [
    # things given away with a word of an end
    (
        "handed my good camera to my brother, he can have it, i wont need it for much longer",
        "suicide_self_harm",
    ),
    (
        "my AP has been giving her books away and said she wont need them where shes going",
        "suicide_self_harm",
    ),
    ("gave the cat to my neighbour, she'll have her for good soon enough", "suicide_self_harm"),
    # care given up on with affairs in order
    (
        "cheers for trying with me, no need to book me in again, ive sorted everything out",
        "suicide_self_harm",
    ),
    (
        "thank you for all you did. my family won't have to worry about me after this weekend",
        "suicide_self_harm",
    ),
    # fear of one person, bruises brought back from a stay
    ("nan clams up when we ask about the night carer and she has marks on her wrists", "abuse_coercion"),
    ("my uncle went pale and started shaking when one particular nurse walked in", "abuse_coercion"),
    ("mum is scared of one of the agency carers and has bruises she cant explain", "abuse_coercion"),
    ("our son came back from the unit with grip marks on his arms", "unsafe_care"),
    # the service kept from a partner, post redirected or read
    ("please dont leave voicemails, i dont want my husband knowing im coming here", "abuse_coercion"),
    ("only email me please, my boyfriend goes through my phone", "abuse_coercion"),
    ("could you post things to my sister's instead, he opens my letters", "abuse_coercion"),
    # exploitation of a young person
    (
        "a girl of 15 on the ward says her boyfriend is in his thirties and picks her up from school",
        "abuse_coercion",
    ),
    ("she says she has to do stuff for her boyfriend's mates to pay back what she owes", "abuse_coercion"),
    # left out of the chat, made to know one is not wanted
    ("the hcas set up a group chat for the ward, all of them are in it apart from me", "bullying_staff"),
    ("im the only student not invited to the team's christmas do again", "bullying_staff"),
    ("the nurse in charge makes it very clear that I'm not welcome on her shift", "bullying_staff"),
    # kept on at, every rubbish job, nasty jokes; mocked for studying
    ("my PS is always on at me and I'm lumbered with the grotty jobs every shift", "bullying_staff"),
    (
        "as her mentor i see she gets all the crap tasks and the digs from the band 5s are spiteful",
        "bullying_staff",
    ),
    ("the seniors keep saying i think im better than them since i started my degree", "bullying_staff"),
    ("they call her professor uni on the ward since she started the apprenticeship", "bullying_staff"),
    # people at risk unseen, a trainee the most senior, one nurse on with the ward out of hand
    (
        "our caseloads are huge, people on the risk register have not had a visit in 2 months",
        "unsafe_staffing",
    ),
    ("most weekends the most senior person on the unit is me and im a band 3", "unsafe_staffing"),
    ("just one nurse working on nights and the patients were fighting in the lounge", "unsafe_staffing"),
    # controlled drugs that never add up, charts filled in regardless
    ("the controlled drug register never balances and we're told not to make a fuss", "medication_error"),
    ("midazolam keeps going missing from the cd cupboard", "medication_error"),
    ("the MAR gets signed in advance on nights whether the meds are given or not", "medication_error"),
    ("they ticked off tablets that nobody ever gave him", "medication_error"),
    # found down, let out at night, no water, obs filled in for checks not done
    ("nobody knew how long dad had been on the floor when i got there", "unsafe_care"),
    ("they sent my sister home at 3am still confused with no way home", "unsafe_care"),
    ("his jug was out of reach every visit and he was begging for a drink", "unsafe_care"),
    ("the obs sheet was ticked for the whole night even though he was missing", "unsafe_care"),
    # a later round in the same kinds, new words
    ("my records should go to somebody who'll be around to play them", "suicide_self_harm"),
    ("ta for trying, i won't be needing my safety plan after this month", "suicide_self_harm"),
    ("my client says her husband listens in on her calls, please only write to her", "abuse_coercion"),
    (
        "a year 10 girl on our caseload has an older guy who buys her phones and takes her to parties",
        "abuse_coercion",
    ),
    ("the new unit chat went live and i was the only one missed off", "bullying_staff"),
    ("the ward manager makes a point of reminding me im not wanted here", "bullying_staff"),
    ("since my degree started the nurses on the ward reckon im too big for my boots", "bullying_staff"),
    ("the controlled drug count keeps coming up short on nights", "medication_error"),
    ("god knows how long mum had been left sat in it when we arrived", "unsafe_care"),
    ("nobody had topped up dad's water jug all day and his mouth was dry", "unsafe_care"),
    ("the obs record says she was checked every 15 minutes but nobody went near her room", "unsafe_care"),
    # typed in a hurry
    ("been feeling sucidal again this week", "suicide_self_harm"),
    ("my mentee took an od at the weekend", "suicide_self_harm"),
    ("bullyed by my ward manager since i started", "bullying_staff"),
]

_SAFE = [
    # given away, sorted, gone soon enough: clearing out, a move, a job's end
    "gave my old bike to my nephew, he'll get more use out of it than me",
    "giving my clothes to the charity shop, spring clean time",
    "i'll be gone soon enough, my contract ends in june",
    "thank you for everything, I won't need any more sessions as I'm feeling much better",
    "no need to book me again, i've been discharged to my gp",
    # quiet, scared, post: school, needles, a surprise, eyesight
    "my son goes quiet when i ask about school",
    "dad gets tense when the nurse comes to take his bloods",
    "please send letters to my daughter's instead as i'm moving house",
    "i don't want my husband to know about his surprise party",
    "my wife reads my letters to me because my eyesight is going",
    # chats, jobs, jokes, firm management
    "im the only one not in the group chat because i dont use whatsapp",
    "my manager made it clear the audit has to be done by friday",
    "the senior is always on at us to wash our hands, fair enough",
    "the worst job on the ward is the sluice but we all take turns",
    "the banter on our ward is great and nobody is targeted",
    "the nurse was rude to me at the desk, who does she think she is",
    # staffing, medicines and care words with no harm
    "I was the most senior person on the study day because everyone else was a student",
    "there was only one nurse on at night but she was lovely",
    "our caseloads are high but everyone on the risk register has been seen this month",
    "the CD book has always added up when i've checked it",
    "the MAR chart is filled in after each dose is given",
    "no idea how long she will be on the ward, nobody tells us anything",
    "my water bottle is always empty by lunchtime on shift lol",
    "the obs chart was filled in every hour and the staff checked on him",
    # training and policy about the same harms
    "new policy on reporting missed doses, read it on the intranet",
    "the workshop on insulin errors was really good for my practice",
    "we had an email about controlled drug discrepancies and datix",
    "the session on unsafe discharges was thought provoking",
    # the later round's look-alikes
    "we need someone who'll be around to run the stall next year",
    "by then it won't matter, the car park will be free after six",
    "my mate at uni says im getting too big for my boots lol",
    "the cd count was short once but we found the error and it was sorted",
    "our obs record says he was checked every hour and he was, i saw them",
    "i never get asked about my rota preferences, which is annoying",
    # figures of speech and jokes in text-speak
    "if i have to redo this portfolio ill throw myself off the roof lol",
    "he overdoes it at the gym",
]


@pytest.mark.parametrize(("text", "category"), _DISCLOSURES)
def test_a_disclosure_of_a_fresh_family_is_flagged_in_its_category(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None, text
    assert flag.category == category, (text, flag)
    assert flag.reason.endswith(("(indirect)", "(direct)"))


@pytest.mark.parametrize("text", _SAFE)
def test_a_safe_comment_with_a_fresh_familys_words_is_not_flagged(text: str) -> None:
    assert assess_risk_by_cues(text) is None, text


def test_a_harm_named_as_the_subject_of_a_policy_or_session_is_set_aside() -> None:
    assert assess_risk_by_cues("new guidance on reporting medication errors came out") is None
    # ... but the writer's own account beside it is not.
    flag = assess_risk_by_cues("after the workshop on insulin errors I realised we give it wrong every night")
    assert flag is not None and flag.category == "medication_error"
    flag = assess_risk_by_cues(
        "the coercive control lecture was like hearing someone describe my own marriage"
    )
    assert flag is not None and flag.category == "abuse_coercion"


def test_misspellings_and_text_speak_are_spelled_out() -> None:
    assert _normalise("feeling sucidal") == "feeling suicidal"
    assert _normalise("took an overdoes") == "took an overdose"
    assert _normalise("he overdoes it") == "he overdoes it"
    assert _normalise("ill throw myself off") == "i will throw myself off"
    assert _normalise("ill health") == "ill health"
    assert _normalise("examining myself") == "examining myself"
    assert _normalise("my id badge") == "my id badge"
