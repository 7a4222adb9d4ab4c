"""Sentiment labels and polarity, including the prompt a comment answered."""

from __future__ import annotations

import math

import pytest

from analysis.text.sentiment import LABELS, score_sentiment


@pytest.mark.parametrize(
    ("text", "prompt", "label"),
    [
        ("The nurses were kind and helpful", "what_good", "positive"),
        ("The nurses were kind and helpful", None, "positive"),
        ("Rude receptionist and my appointment was cancelled twice", None, "negative"),
        ("I was ignored and not listened to", "nonspecific", "negative"),
        ("We waited hours for the crew", None, "negative"),
        ("The session was on a Tuesday", None, "neutral"),
        ("Lovely staff but the waiting time was far too long", None, "mixed"),
    ],
)
def test_basic_labels(text: str, prompt: str | None, label: str) -> None:
    assert score_sentiment(text, prompt).label == label


@pytest.mark.parametrize(
    "text", ["Nothing", "nothing.", "N/A", "n/a", "All good", "Can't think of anything", "None really"]
)
def test_nothing_to_improve_is_praise(text: str) -> None:
    result = score_sentiment(text, "could_improve")
    assert result.label == "positive"
    assert result.polarity > 0


def test_nothing_under_what_was_good_is_a_complaint() -> None:
    assert score_sentiment("Nothing", "what_good").label == "negative"
    assert score_sentiment("Nothing. Nobody called me back", "what_good").label == "negative"


def test_leading_nothing_then_praise_under_could_improve() -> None:
    assert score_sentiment("Nothing, the team were brilliant", "could_improve").label == "positive"


def test_suggestion_under_could_improve_reports_a_lack() -> None:
    # Pattern's lexicon scores "more" and "better" as praise; as requests they are not.
    assert score_sentiment("More staff on the ward", "could_improve").label == "negative"
    assert score_sentiment("Better food", "could_improve").label == "negative"


@pytest.mark.parametrize(
    ("positive", "negative"),
    [
        ("The staff were helpful", "The staff were not helpful"),
        ("She listened to me", "She never listened to me"),
        ("The crew were not rude at all", "The crew were rude"),
    ],
)
def test_negation_flips_field_words(positive: str, negative: str) -> None:
    assert score_sentiment(positive).polarity > score_sentiment(negative).polarity
    assert score_sentiment(negative).label == "negative"


def test_field_words_unknown_to_textblob_are_scored() -> None:
    assert score_sentiment("cancelled").polarity < 0
    assert score_sentiment("listened").polarity > 0


@pytest.mark.parametrize("value", [None, math.nan, "", "   ", "...", 42])
def test_empty_or_missing_is_neutral_zero(value: object) -> None:
    result = score_sentiment(value)
    assert (result.label, result.polarity) == ("neutral", 0.0)


def test_unsure_answers_are_neutral() -> None:
    assert score_sentiment("Not sure", "could_improve").label == "neutral"
    assert score_sentiment("No comment", "what_good").label == "neutral"


def test_polarity_is_bounded_and_label_known() -> None:
    for text in ["Excellent excellent brilliant superb!!!", "Awful awful terrible disgusting"]:
        result = score_sentiment(text, "what_good")
        assert -1.0 <= result.polarity <= 1.0
        assert result.label in LABELS


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("The paramedic was calming and knowledgeable", 1),
        ("A gentle, considerate and empathetic therapist", 1),
        ("The queue at reception was ridiculous", -1),
        ("I felt dismissed by the doctor", -1),
        ("There were problems with the booking system", -1),
        ("The receptionist was grumpy and unfriendly", -1),
        ("Discharge was a shambles", -1),
        ("I felt belittled when I asked about my tablets", -1),
        ("A very approachable and dedicated team", 1),
        ("The crew were terrific", 1),
    ],
)
def test_more_field_words_are_scored(text: str, sign: int) -> None:
    # Pattern's lexicon scores none of these words, or scores them only faintly.
    assert score_sentiment(text).polarity * sign > 0


@pytest.mark.parametrize(
    "text",
    [
        "I was frightened but the paramedics were calm and kind",
        "A stressful night made easier by a lovely nurse",
        "They handled an aggressive relative very professionally",
    ],
)
def test_the_patients_own_state_is_not_a_complaint(text: str) -> None:
    # Praise often names how the patient felt or what they faced; those words are not scored against it.
    assert score_sentiment(text, "what_good").label == "positive"


@pytest.mark.parametrize(
    "text", ["My son was frightened", "It was a stressful night", "He became aggressive"]
)
def test_words_for_the_patients_state_take_no_side(text: str) -> None:
    assert score_sentiment(text).polarity == 0.0


@pytest.mark.parametrize(
    "text", ["Treat patients with respect", "Tell people what is going on", "Keep families updated"]
)
def test_imperative_requests_under_could_improve_are_negative(text: str) -> None:
    # A suggestion phrased as an instruction reports something lacking, even with a praise word in it.
    assert score_sentiment(text, "could_improve").label == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Can not fault the clinic at all",
        "Couldn't ask for more",
        "Cannot think of a single thing you might do better",
    ],
)
def test_praise_phrase_spellings(text: str) -> None:
    # Spaced "can not", a missing apostrophe and a longer gap before "better" are still praise.
    assert score_sentiment(text, "could_improve").label == "positive"


def test_negated_praise_phrase_is_not_praise() -> None:
    # "very good" earns a praise bonus, but not after "isn't".
    assert score_sentiment("The food isn't very good", "could_improve").label == "negative"
    assert score_sentiment("I can not thank you enough", "nonspecific").label == "positive"


@pytest.mark.parametrize("text", ["I'm not sure", "Really not sure", "I am unsure"])
def test_unsure_with_a_lead_in_is_neutral(text: str) -> None:
    assert score_sentiment(text, "could_improve").label == "neutral"


def test_dialect_nothing_under_could_improve_is_praise() -> None:
    # "Nowt" is northern English for "nothing".
    assert score_sentiment("Nowt", "could_improve").label == "positive"


def test_more_with_an_adverb_is_a_request() -> None:
    # "quickly" is praise in "they came quickly" but asks for change in "arriving more quickly".
    assert score_sentiment("Arriving more quickly", "nonspecific").label == "negative"


@pytest.mark.parametrize(
    "text", ["The food isn't very good", "The food wasnt nice", "The staff weren't friendly"]
)
def test_negative_contractions_negate_praise(text: str) -> None:
    # TextBlob's lexicon negates after "not" only; contractions are spelled out before it scores.
    assert score_sentiment(text).label == "negative"


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("Nothing at all the nurses could do better", "could_improve"),
        ("I do not believe the ward could be improved", "could_improve"),
        ("Staff could of done nothing more for mum", "nonspecific"),
        ("Never any trouble with home visits", "nonspecific"),
        ("Did not have to wait for the crew", "could_improve"),
        ("Cannot praise the nurses enough", "nonspecific"),
        ("Ten out of ten", "could_improve"),
        ("My problem was resolved", "nonspecific"),
    ],
)
def test_nothing_could_be_better_and_no_trouble_are_praise(text: str, prompt: str) -> None:
    # These use words of request ("could have", "better") or complaint ("problems", "wait") as praise.
    assert score_sentiment(text, prompt).label == "positive"


def test_all_good_under_what_was_good_is_praise() -> None:
    # "Nothing" answers "what was good?" as a complaint, but "all good" does not.
    assert score_sentiment("It was all good", "what_good").label == "positive"
    assert score_sentiment("Nothing", "what_good").label == "negative"


def test_request_word_used_as_a_noun_is_not_a_request() -> None:
    # "Speed" opens requests ("speed up the phones") but here it is the subject of praise.
    assert score_sentiment("Speed of the reply was good.", "nonspecific").label == "positive"
    assert score_sentiment("Speed up the reply times.", "could_improve").label == "negative"


@pytest.mark.parametrize(
    "text",
    ["The nurse treated my son with dignity.", "The driver was polite and on time."],
)
def test_plain_praise_under_could_improve_stays_praise(text: str) -> None:
    assert score_sentiment(text, "could_improve").label == "positive"


@pytest.mark.parametrize(
    "text",
    ["The van was not as good as last time.", "The second visit was not so good."],
)
def test_not_as_good_is_negated_praise(text: str) -> None:
    assert score_sentiment(text, "nonspecific").polarity < 0


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("Far too many forms to fill in.", "nonspecific"),
        ("The only issue was the car park.", None),
        ("The ambulance took two hours to reach my father.", "nonspecific"),
        ("We could not get an ambulance that night.", "nonspecific"),
        ("Ring patients back rather than sending letters.", "nonspecific"),
    ],
)
def test_more_complaint_phrases(text: str, prompt: str | None) -> None:
    assert score_sentiment(text, prompt).label == "negative"


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("They kept us updated the whole time.", "nonspecific"),
        ("Just carry on as you are.", "could_improve"),
        ("For the crew nothing was too much bother.", "could_improve"),
        ("The clinic has never let me down.", "could_improve"),
        ("We only waited 10 minutes or so.", "nonspecific"),
        ("They were with us in 15 mins of the call.", "nonspecific"),
        ("She got the support she needed.", "what_good"),
    ],
)
def test_more_praise_phrases(text: str, prompt: str) -> None:
    assert score_sentiment(text, prompt).label == "positive"


def test_regret_before_praise_is_a_complaint() -> None:
    assert score_sentiment("They could have kept us informed.", "nonspecific").label == "negative"


def test_one_thing_wrong_beside_praise_is_mixed() -> None:
    result = score_sentiment("The crew were lovely. My only complaint is the hard seats.", "nonspecific")
    assert result.label in ("mixed", "negative")
    assert result.polarity < score_sentiment("The crew were lovely.", "nonspecific").polarity


def test_the_one_complaint_is_a_clause_of_its_own() -> None:
    # Without a comma or "but" the complaint would be scored in one clause with the praise.
    text = "The crew were calm and kind my only complaint is the hard trolley"
    assert score_sentiment(text, "nonspecific").label in ("mixed", "negative")


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("The nurse sorted out my problem in one visit.", "nonspecific"),
        ("Issue resolved on the first call.", "could_improve"),
        ("Carry on the way you are.", "could_improve"),
    ],
)
def test_problems_solved_and_carry_on_are_praise(text: str, prompt: str) -> None:
    assert score_sentiment(text, prompt).label == "positive"


def test_keep_on_ringing_is_not_praise() -> None:
    assert score_sentiment("I had to keep on ringing them.", "could_improve").label == "negative"


def test_bare_fact_under_the_why_question_is_neutral() -> None:
    # No evaluative word at all: the open follow-up question does not make it a complaint ...
    assert score_sentiment("Saw the practice nurse on Tuesday.", "nonspecific").label == "neutral"
    # ... while under "what could we do better?" a bare topic still names something lacking.
    assert score_sentiment("The practice nurse on Tuesday.", "could_improve").label == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Letters to be sent out sooner.",
        "Was left on hold for most of the morning.",
        "The parking is a disgrace.",
    ],
)
def test_comparatives_hold_and_disgrace_are_complaints(text: str) -> None:
    assert score_sentiment(text, "nonspecific").label == "negative"


def test_getting_better_is_recovery_not_a_request() -> None:
    assert score_sentiment("The physio helped me get better.", "what_good").label == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "They were patient with me when I got upset.",
        "Someone in the programme team to ring when things went wrong with my placement.",
        "Clear information about who to ring if things got worse.",
        "When I was at my lowest they were brilliant",
    ],
)
def test_the_scene_of_praise_is_not_a_complaint(text: str) -> None:
    # Under "what was good?", "when I got upset" describes the situation the help was given in.
    assert score_sentiment(text, "what_good").label == "positive"


def test_a_complaint_under_what_was_good_keeps_its_verdict() -> None:
    assert score_sentiment("They were rude when I asked for help", "what_good").label == "negative"
    # Under other prompts the scene is scored as it comes.
    assert score_sentiment("Nobody came when things went wrong", "could_improve").label == "negative"


@pytest.mark.parametrize(
    ("text", "prompt"), [("Dont know", "could_improve"), ("Not sure yet", "nonspecific")]
)
def test_unsure_answers_without_apostrophes_are_neutral(text: str, prompt: str) -> None:
    assert score_sentiment(text, prompt).label == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        # Regret in its contracted form is a request, as "would have liked" is.
        "I'd have liked someone from HR to talk about banding.",
        # A gap named with "no" is a complaint, and "her own" is not praise (Pattern scores "own" +0.6).
        "My mentor has no protected time so mentoring always comes after her own caseload.",
        "No handover at all when my mentor changed.",
    ],
)
def test_workforce_complaints_read_as_complaints(text: str) -> None:
    assert score_sentiment(text, "could_improve").label == "negative"


def test_own_and_full_time_take_no_side() -> None:
    # "own" and "full" are praise in Pattern's lexicon; here they only say whose, or what kind of job.
    assert score_sentiment("I work a full time job", None).polarity == 0.0
    assert score_sentiment("I have my own room", None).polarity == 0.0
