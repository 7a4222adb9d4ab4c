"""Redaction of names and dates known only by the words around them, and the look-alikes that stay.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact

# ---- A full name goes on after "my name is", "called" and the like, whatever its case.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello my name is kemi rivers, please ring back", "hello my name is [name], please ring back"),
        ("my name is olu green and i had a fall", "my name is [name] and i had a fall"),
        ("My name's Dayo Fox", "My name's [name]"),
        ("my son is called ifeanyi walker", "my son is called [name]"),
        ("My name is Tolu Bola and I work nights", "My name is [name] and I work nights"),
    ],
)
def test_a_full_name_after_an_introduction(text: str, expected: str) -> None:
    assert redact(text) == expected


# ---- Lists of names: one name in a list after thanks makes the others names.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thanks to Chinedu, Bola and Marta for the cover",
            "Thanks to [name], [name] and [name] for the cover",
        ),
        ("Thank you to Zofia, Faith & Ren", "Thank you to [name], [name] & [name]"),
        ("Shout out to Kofi and Sunny on nights", "Shout out to [name] and [name] on nights"),
        ("thanks to Mr Adeyemi and Ling for the lift", "thanks to Mr [name] and [name] for the lift"),
        ("Blessing, Ama and Grzegorz were lovely", "[name], [name] and [name] were lovely"),
        ("Pass my thanks to Mei-Ling and Hamza", "Pass my thanks to [name] and [name]"),
        (
            "thanks to emeka, bola and sam for everything",
            "thanks to [name], [name] and [name] for everything",
        ),
    ],
)
def test_every_name_of_a_list(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Ngozi and Pharmacy for sorting the meds",
        "Thanks to Chinedu, Reception and Security",
        "Thanks to Leeds, York and Wakefield teams",
        "My mentor left in Feb and Chinedu took over",
        "thanks to priya and will definitely come back",
        "thanks to emeka and hope you keep the course",
        "Thanks to Ngozi, Moodle and Aptem",
    ],
)
def test_departments_towns_months_and_verbs_next_to_a_list_stay(text: str) -> None:
    kept = {
        "Pharmacy",
        "Reception",
        "Security",
        "Leeds",
        "York",
        "Wakefield",
        "Feb",
        "will",
        "hope",
        "Moodle",
        "Aptem",
    }
    redacted = redact(text)
    assert all(f" {word} " in f" {redacted} " for word in kept if f" {word} " in f" {text} ")


# ---- A word that is a given name and an English word is a name where a person stands.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Will is my practice assessor now", "[name] is my practice assessor now"),
        ("Patience was our tutor this term", "[name] was our tutor this term"),
        ("Hunter from RCN ran the session", "[name] from RCN ran the session"),
        ("Joy from my cohort set up the group chat", "[name] from my cohort set up the group chat"),
        ("me and Precious revised together", "me and [name] revised together"),
        ("Faith and I shared lifts all year", "[name] and I shared lifts all year"),
        ("Mercy-Ann was brilliant with my mum", "[name] was brilliant with my mum"),
    ],
)
def test_a_word_name_where_a_person_stands(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Will is needed from managers to release us",
        "Funding from HEE came late",
        "Feedback from my cohort was mixed",
        "Paramedics were great and so were the nurses",
        "I have Alzheimer's and I was seen quickly",
        "her journey from HCA to AP inspired us",
        "Precious little time for study",
    ],
)
def test_word_names_where_no_person_stands_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my daughter grace has asthma", "my daughter [name] has asthma"),
        ("my son will needs his meds reviewed", "my son [name] needs his meds reviewed"),
        ("my daughter rose early for the appointment", "my daughter rose early for the appointment"),
        ("my mentor will be leaving in June", "my mentor will be leaving in June"),
    ],
)
def test_a_lower_case_word_name_after_a_relation_with_a_verb(text: str, expected: str) -> None:
    assert redact(text) == expected


# ---- Places, festivals and medicines are no names.


@pytest.mark.parametrize(
    "text",
    [
        "The bus from Seacroft takes an hour",
        "We moved to Gipton last year",
        "I was taken to Killingbeck then transferred to Seacroft",
        "Placement in Beeston was good",
        "Burmantofts and Harehills clinics share a manager",
        "Shifts over Ramadan and Eid were adjusted",
        "A Diwali lunch on the ward",
        "Switched from Sertraline to Mirtazapine",
        "Started on Desvenlafaxine and Lurasidone",
        "Thanks to Leeds for hosting",
        "We were seen at Gledholt and then at Pinderfields",
        "She moved here from South Africa last year",
        "The surgery on Victoria Road and the Walton Hospital",
        "Nurses from Asia and the Caribbean on our ward",
    ],
)
def test_places_festivals_and_medicines_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I went in Chidinma's car", "I went in [name]'s car"),
        ("I went to Chidinma and she sorted it", "I went to [name] and she sorted it"),
        ("The manager shouted at Olamide in the corridor", "The manager shouted at [name] in the corridor"),
        ("Thanks to Tobiloba at Airedale", "Thanks to [name] at Airedale"),
        ("Sarah Ward was my nurse", "[name] was my nurse"),
    ],
)
def test_a_person_next_to_a_place_is_still_a_name(text: str, expected: str) -> None:
    assert redact(text) == expected


# ---- A day given as an ordinal is a date where something happened to someone on it.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bloods taken on the 4th and no results", "bloods taken on [date] and no results"),
        ("I was discharged the 19th, readmitted the 23rd", "I was discharged [date], readmitted [date]"),
        ("my scan is on the 30th of June", "my scan is on [date]"),
        ("referred the 2nd and heard nothing", "referred [date] and heard nothing"),
        ("my scan results are due on the 21st", "my scan results are due on [date]"),
    ],
)
def test_ordinal_days_tied_to_a_person(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The clinic on the 3rd floor is hard to find",
        "seen the 2nd time by the same nurse",
        "sent the 4th email before anyone replied",
        "The study day on the 12th of May was useful",
        "my assignment is due on the 21st",
    ],
)
def test_ordinals_that_are_no_dates_stay(text: str) -> None:
    assert redact(text) == text


# ---- Words a title or an address pattern would take, where no title or address is.


@pytest.mark.parametrize(
    "text",
    [
        "what the dr said on the ward round was different",
        "the dr will ring me next week",
        "Worth the 3 hr drive to get there",
        "only a 10 min walk from the station",
        "We need a named contact at the college",
    ],
)
def test_no_title_or_address_here(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the dr bamidele was kind", "the dr [name] was kind"),
        ("the dr smith was kind", "the dr [name] was kind"),
        ("my brother is called rowan", "my brother is called [name]"),
    ],
)
def test_names_after_a_noun_dr_or_called_still_go(text: str, expected: str) -> None:
    assert redact(text) == expected


# ---- Names told by where a person stands, a town used as a surname, lower-case given names.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("May on the front desk found my lost bag", "[name] on the front desk found my lost bag"),
        ("June from the college rang me back", "[name] from the college rang me back"),
        ("Mark from the uni marked my essay fairly", "[name] from the uni marked my essay fairly"),
        ("our new HCA Grace Whitby is lovely", "our new HCA [name] is lovely"),
        ("thanks to Amber Bradford for the lift", "thanks to [name] for the lift"),
        ("my son kwame owusu mensah was seen quickly", "my son [name] was seen quickly"),
        ("my daughter mei ling zhou was admitted", "my daughter [name] was admitted"),
    ],
)
def test_names_by_post_by_surname_and_back_to_a_relation(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "May on the ward was chaos with the heat",
        "in April at the front desk they were rude",
        "Grace Leeds team were great",
        "we had ling and chips at the seaside",
    ],
)
def test_months_towns_and_words_where_no_person_stands_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my epa is booked for 19/06, wish me luck", "my epa is booked for [date], wish me luck"),
        ("the review was moved to 3/11 without asking", "the review was moved to [date] without asking"),
    ],
)
def test_a_day_and_month_in_figures_after_booked_for(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    ["after the 3rd audit nothing changed", "i scored it 4/5", "since the 2nd placement it's better"],
)
def test_ordinals_before_a_noun_and_ratings_stay(text: str) -> None:
    assert redact(text) == text
