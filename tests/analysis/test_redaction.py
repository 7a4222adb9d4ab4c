"""Redaction of identifiers and risk flags, on made-up examples."""

from __future__ import annotations

import pytest

from analysis.text.redaction import first_names, is_valid_nhs_number, redact, risk_flag

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
        ("my mentor\n   Jo and tutor  Lin", "my mentor [name] and tutor [name]"),
        ("the doctor Nurse Ola", "the doctor [name]"),
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
        # Names of the English list that are also words are still names; so are names after a role.
        ("Mark was brilliant and Grace too", "[name] was brilliant and [name] too"),
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
        # Lower case and capitals are not names: only a capitalised word is looked up.
        "the sarah ward was fine",
        "KAREN WAS RUDE",
        "Great staff. Brilliant care. Thank you all.",
    ],
)
def test_words_that_are_also_names_stay(text: str) -> None:
    assert redact(text) == text


def test_first_names_come_from_both_lists_and_leave_out_english_words() -> None:
    names = first_names()
    assert {"Sarah", "Callum", "Siobhan", "Mohammed", "Steve", "Aisha"} <= names
    assert not {"Will", "Hope", "May", "Joy", "Easter", "Monday", "York"} & names
