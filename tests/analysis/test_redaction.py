"""Redaction of identifiers and risk flags, on made-up examples (none taken from the labelled set)."""

from __future__ import annotations

import pytest

from analysis.text.redaction import find_identifiers, is_valid_nhs_number, redact, risk_flag

# Made-up numbers that pass (and fail) the NHS number Modulus 11 check.
VALID_NHS = "9434765919"
INVALID_NHS = "9434765918"


def test_modulus_11_check() -> None:
    assert is_valid_nhs_number(VALID_NHS)
    assert not is_valid_nhs_number(INVALID_NHS)
    assert not is_valid_nhs_number("123456789")
    assert not is_valid_nhs_number("abcdefghij")


def test_check_digit_of_ten_is_never_valid() -> None:
    # 0000000060: weights give a remainder of 1, so the check digit would be 10, which is invalid.
    assert not is_valid_nhs_number("0000000060")


def test_check_digit_eleven_becomes_zero() -> None:
    # 0000000000: total 0, 11 - 0 = 11, which means a check digit of 0.
    assert is_valid_nhs_number("0000000000")


@pytest.mark.parametrize("form", ["943 476 5919", "943-476-5919", "9434765919"])
def test_valid_nhs_numbers_are_redacted_in_any_layout(form: str) -> None:
    assert redact(f"My NHS number is {form}.") == "My NHS number is [NHS number]."


def test_invalid_nhs_number_is_not_called_one() -> None:
    assert "[NHS number]" not in redact(f"Reference {INVALID_NHS} please")


@pytest.mark.parametrize(
    "phone",
    ["0191 496 0000", "01632 960123", "07700 900123", "07700900123", "+44 7700 900123", "(0161) 496 0000"],
)
def test_uk_phone_numbers(phone: str) -> None:
    assert redact(f"Ring me on {phone} any time") == "Ring me on [phone] any time"


def test_email() -> None:
    assert redact("Write to jo.bloggs+fb@example.nhs.uk today") == "Write to [email] today"


@pytest.mark.parametrize("postcode", ["NE1 4LP", "ne1 4lp", "M1 1AE", "SW1A 1AA", "LS28JF"])
def test_postcodes(postcode: str) -> None:
    assert redact(f"I live at {postcode} now") == "I live at [postcode] now"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr Smith was great", "Dr [name] was great"),
        ("dr. jones listened", "dr. [name] listened"),
        ("Mrs Patel explained it", "Mrs [name] explained it"),
        ("nurse Sarah was lovely", "nurse [name] was lovely"),
        ("my mentor Jo signed me off", "my mentor [name] signed me off"),
        ("Thank you Priya Shah for everything", "Thank you [name] for everything"),
        # A capitalised role, the role's own spelling kept, and a second name taken with the first.
        ("Ask for Nurse Amira Obi on the ward", "Ask for Nurse [name] on the ward"),
        # The longest role, and a role inside a longer one (the longer is kept whole).
        ("our assistant practitioner Kerry-Ann helped", "our assistant practitioner [name] helped"),
        ("the support worker Dev came", "the support worker [name] came"),
        # Any run of whitespace between role and name, and two roles one after another.
        ("my mentor\n   Jo and tutor  Lin", "my mentor\n   [name] and tutor  [name]"),
        ("the doctor Nurse Ola", "the doctor Nurse [name]"),
        ("Team leader and nurse O'Hara", "Team leader and nurse [name]"),
    ],
)
def test_names_after_titles_and_roles(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The nurse was kind",
        "my mentor was busy",
        "I miss my appointments",
        "my sister came with me",
        "The Nurse The ward",
        "Wait times were long",
        "nurse Monday was busy",
        "A nurseJo typo stays",
    ],
)
def test_ordinary_words_after_roles_are_kept(text: str) -> None:
    assert redact(text) == text


def test_several_identifiers_in_one_comment() -> None:
    text = f"Dr Khan (NHS {VALID_NHS}) said call 0113 496 0000 or email a.b@example.com, LS1 4AP"
    assert redact(text) == "Dr [name] (NHS [NHS number]) said call [phone] or email [email], [postcode]"


@pytest.mark.parametrize(
    "text",
    [
        "I have thoughts of suicide",
        "I have been self-harming again",
        "I want to end my life",
        "I took an overdose last week",
        "My partner hit me and I am scared for my safety",
        "I felt unsafe on the ward at night",
        "I feel like I could hurt someone",
        "He was abusive to me",
        "I WANT TO END MY LIFE",
        "Self-Harm is on my mind",
    ],
)
def test_risk_disclosures_are_flagged(text: str) -> None:
    assert risk_flag(text)


@pytest.mark.parametrize(
    "text",
    ["The staff were lovely", "I never felt unsafe", "Parking was a nightmare", "", "I felt safe"],
)
def test_ordinary_comments_are_not_flagged(text: str) -> None:
    assert not risk_flag(text)


def test_negated_self_harm_is_still_flagged() -> None:
    # A person should read any mention of self-harm, negated or not.
    assert risk_flag("I have not self-harmed since the group")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sarah was lovely", "[name] was lovely"),
        ("Jo and Steve on reception were kind", "[name] and [name] on reception were kind"),
        ("Sarah's care plan", "[name]'s care plan"),
        # A surname (or a second first name) goes with the first name.
        ("I saw Emma Watson on Tuesday", "I saw [name] on Tuesday"),
        ("Sarah Jane O'Brien was kind", "[name] was kind"),
        ("Kerry-Ann helped", "[name] helped"),
        # Given names that are also words are names where the context says a person.
        ("Mark was brilliant and Grace too", "[name] was brilliant and Grace too"),
        ("Mark said Grace on reception helped", "[name] said [name] on reception helped"),
        ("nurse Sarah Jones came", "nurse [name] came"),
        # A word never taken as a surname stays.
        ("Sarah Ward staff", "[name] Ward staff"),
    ],
)
def test_first_names_without_a_title_or_role(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Words of the US list that are English words, days, months, places and festivals stay.
        "Will you call me back? Hope this helps. May I say thanks.",
        "Joy and relief when the crew came. Lucky to have them.",
        "We moved from York to Preston at Easter, then to London in June",
        "The Hope Centre on a Tuesday in August",
        # A word before "ward" names a place, in any case.
        "the sarah ward was fine",
        "Great staff. Brilliant care. Thank you all.",
    ],
)
def test_words_that_are_also_names_stay(text: str) -> None:
    assert redact(text) == text


def test_a_comment_in_capitals_is_read_in_title_case() -> None:
    assert redact("KAREN WAS RUDE") == "[name] WAS RUDE"


def test_identifiers_are_spans_of_the_text_in_order() -> None:
    text = "Dr Okafor rang 07700 900456 about LS6 2AB"
    found = find_identifiers(text)
    assert [(text[i.start : i.end], i.kind) for i in found] == [
        ("Okafor", "name"),
        ("07700 900456", "phone"),
        ("LS6 2AB", "postcode"),
    ]


def test_redaction_is_idempotent_and_keeps_labels() -> None:
    once = redact("my daughter Temitope Adebisi, DOB 4/5/2011, lives at 7 Heron Close")
    assert once == "my daughter [name], DOB [date of birth], lives at [address]"
    assert redact(once) == once


# ---- Names: any origin, any case, with or without a title, found by list or by context.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # West African, South Asian, East Asian and Irish names, listed or not.
        ("Oluwaseun Adeyemi-Bakare on nights was kind", "[name] on nights was kind"),
        ("Kwabena helped me fill the form", "[name] helped me fill the form"),
        ("Gurpreet Singh Dhillon listened to me", "[name] listened to me"),
        ("Zhang Wei was patient with my dad", "[name] was patient with my dad"),
        ("Seosaimhín Ní Mhurchú got me through", "[name] got me through"),
        ("Dr. Ó Briain explained things", "Dr. [name] explained things"),
        ("Sinéad was very kind", "[name] was very kind"),
        # Lower case: a listed name that is no English word, or any word after a person cue.
        ("ask for folasade she knows my case", "ask for [name] she knows my case"),
        ("my daughter temitope was discharged", "my daughter [name] was discharged"),
        ("my son kwabena asante has autism", "my son [name] has autism"),
        ("yetunde on reception is always smiling", "[name] on reception is always smiling"),
        ("siobhán was lovely to me", "[name] was lovely to me"),
        # A full name after "my daughter", with or without a comma.
        ("My daughter, Amara Chukwu, was seen", "My daughter, [name], was seen"),
        # Given names that are also words, in a person's context.
        ("Dawn on the helpline talked me down", "[name] on the helpline talked me down"),
        ("Precious the HCA was lovely", "[name] the HCA was lovely"),
        ("Joy, my PE, visited every month", "[name], my PE, visited every month"),
        ("My mentor is called Blessing", "My mentor is called [name]"),
        ("thank u to sunny on reception", "thank u to [name] on reception"),
        ("Grace Mensah covers my shifts", "[name] covers my shifts"),
        # Titles in any case, and surnames alone.
        ("the psychiatrist dr abubakar changed my meds", "the psychiatrist dr [name] changed my meds"),
        ("Mrs Bhattacharjee the manager", "Mrs [name] the manager"),
        ("Okonkwo was great with my dad", "[name] was great with my dad"),
    ],
)
def test_names_of_any_origin_and_case(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Will recommend. Hope to come again in May.",
        "Grace and courtesy from all staff, it was a joy.",
        "May ward was lovely but Rose ward was noisy",
        "I'll mark it 10/10, mark my words.",
        "Mark my words, this is the best service.",
        "Bob's your uncle once the rota was sorted",
        "You need the patience of a saint on this course",
        "Staff on reception were lovely, the lady on reception especially.",
        "The AP on Larch ward explained everything.",
        "I go to St Luke's and the Birch unit.",
        "It was a frank discussion. Sterling effort from the team.",
        "Travelled from Lancaster and Preston, worth it",
        "Summer holidays are hard with the kids",
        "before dawn every day on the ward",
        "Mentoring her was a pleasure",
        "Ring-fence the AP posts",
        "I'm knackered and skint, help with backfill would be good",
        "The interpreter spoke Urdu and Punjabi",
        "Aptem and OneFile are hard to use, Moodle keeps crashing",
        "Cant fault them tbh. Definately recommend",
        "Dr needs to listen. [Name Redacted] said so",
    ],
)
def test_words_that_look_like_names_stay(text: str) -> None:
    assert redact(text) == text


# ---- Dates of birth and dates tied to a person; dates everyone shares stay.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DOB 07/03/1982 please update", "DOB [date of birth] please update"),
        ("Date of birth: 5th of December 1979", "Date of birth: [date of birth]"),
        ("born on 22.11.04 and still waiting", "born on [date of birth] and still waiting"),
        ("My d.o.b is 1990-12-01", "My d.o.b is [date of birth]"),
        ("I was born 30th Sept 1975", "I was born [date of birth]"),
        ("dob: March 7, 1964", "dob: [date of birth]"),
        ("DOB 1988 if that helps", "DOB [date of birth] if that helps"),
        ("My appointment on 14/06/2024 was cancelled", "My appointment on [date] was cancelled"),
        ("referred on 2nd Feb and still not seen", "referred on [date] and still not seen"),
        ("She was discharged on 21 March 2024", "She was discharged on [date]"),
        ("my results came on the 9th", "my results came on [date]"),
    ],
)
def test_dates_tied_to_a_person(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The March cohort met on 5 March at the event.",
        "Session on 12/10 was cancelled, the workshop on 3rd Feb was good.",
        "Assignment 3 due 14 May, module 4 starts 2 June",
        "Care plan was reviewed in May, my mentor left in Jan",
        "rated 9/10, 4 out of 5, 8-4 shifts, lunch at 12.30",
        "im skint by the 20th every month",
    ],
)
def test_shared_dates_months_and_numbers_stay(text: str) -> None:
    assert redact(text) == text


# ---- Addresses, staff numbers, NHS numbers, phones, e-mails, postcodes.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I live at 47 Wensleydale Road, Darlington DL3 7QT", "I live at [address], Darlington [postcode]"),
        ("Flat 9, Kestrel House, Tanners Row, Hull", "[address], Hull"),
        ("apartment 3b maple court", "[address]"),
        ("my address is 12 church street", "my address is [address]"),
        ("I live at Rowan Lodge, Mistle Lane", "I live at [address]"),
        ("Unit 6, Millstone Lane Industrial Estate", "[address]"),
    ],
)
def test_addresses(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Payroll number 55512345 needs updating", "Payroll number [staff number] needs updating"),
        ("my ESR is 12345678", "my ESR is [staff number]"),
        ("staff ID: NTW-009912 in case", "staff ID: [staff number] in case"),
        ("hospital no RX9981234", "hospital no [staff number]"),
        ("Employee number 7712 0093", "Employee number [staff number]"),
        ("bank number B-44321", "bank number [staff number]"),
        ("my number is 40018827 if you need it", "my number is [staff number] if you need it"),
    ],
)
def test_staff_payroll_esr_and_hospital_numbers(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("form", ["485 777 3456", "485-777-3456", "4857773456"])
def test_nhs_number_after_its_name_is_removed_even_with_a_wrong_check_digit(form: str) -> None:
    assert not is_valid_nhs_number(form.replace(" ", "").replace("-", ""))
    assert redact(f"my nhs no is {form}") == "my nhs no is [NHS number]"
    assert redact(f"NHS Number: {form}.") == "NHS Number: [NHS number]."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call 07911 123456 or 0113 496 0123", "Call [phone] or [phone]"),
        ("+353 87 123 4567 is my mobile", "[phone] is my mobile"),
        ("or 0044 7700 900123", "or [phone]"),
        ("email: kwame.owusu@example.com", "email: [email]"),
        ("reach me at priya dot s at example dot com", "reach me at [email]"),
        ("jo [at] example [dot] org", "[email]"),
        ("Postcode is ne6 5ux", "Postcode is [postcode]"),
    ],
)
def test_phones_emails_and_postcodes(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ward 12, room 4 on level 5, band 4, B3, 999 and NHS 111, Samaritans 116 123",
        "Reference number 7734 on the complaint",
        "£11.44 an hour, 3 study days in 6 months",
    ],
)
def test_numbers_that_identify_no_one_stay(text: str) -> None:
    assert redact(text) == text


def test_the_method_sections_say_exactly_what_is_removed() -> None:
    from analysis.report.sections import method_paragraphs
    from analysis.text.redaction import REMOVED
    from feedback_app.insights.pack import LIMITS

    method = " ".join(p.text for p in method_paragraphs(5))
    for text in (method, LIMITS):
        assert REMOVED in text
    for kind in ("names", "dates of birth", "street addresses", "payroll", "ESR", "NHS numbers", "postcodes"):
        assert kind in REMOVED
