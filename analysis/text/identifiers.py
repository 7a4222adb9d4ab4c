"""Identifiers found by their shape: e-mail addresses, NHS, staff and phone numbers, dates, addresses
and postcodes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from .addresses import (
    ADDRESS_CUE_RE,
    ADDRESS_GATES,
    ADDRESS_RE,
    BUILDING_GATES,
    BUILDING_STREET_RE,
    CARE_HOME_RE,
    LANDMARK_GATES,
    LANDMARK_HOME_RE,
)
from .person_dates import dates, word_dates

__all__ = ["LABELS", "Identifier", "is_valid_nhs_number", "pattern_identifiers"]

#: What stands in the redacted text for each kind of identifier.
LABELS: dict[str, str] = {
    "name": "[name]",
    "date_of_birth": "[date of birth]",
    "person_date": "[date]",
    "address": "[address]",
    "staff_number": "[staff number]",
    "nhs_number": "[NHS number]",
    "phone": "[phone]",
    "email": "[email]",
    "postcode": "[postcode]",
}


class Identifier(NamedTuple):
    """A stretch of a comment to remove: text[start:end], of a kind named in LABELS."""

    start: int
    end: int
    kind: str


# ---- Patterns on digits and "@": e-mail, NHS, staff and phone numbers, dates, addresses, postcodes.

_EMAIL_RE = re.compile(r"[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# A social-media handle ("shout out to @jess_rmn"): whose it is, so a name.
_HANDLE_RE = re.compile(r"(?<![\w.%+-])@[A-Za-z][\w.]{1,29}(?<!\.)")
# "jo.bloggs [at] example [dot] com", the way people hide an address from robots.
_HIDDEN_EMAIL_RE = re.compile(
    r"[\w.%+-]+\s?[\[(]at[\])]\s?[A-Za-z0-9-]+(?:\s?(?:\.|[\[(]dot[\])])\s?[A-Za-z0-9-]+)+"
    r"|[\w.%+-]+(?:\s+dot\s+[\w%+-]+)*\s+at\s+[A-Za-z0-9-]+(?:\s+dot\s+[A-Za-z0-9-]+)*"
    r"\s+dot\s+(?:com|org|net|uk|ie|info|ac|gov)\b",
    re.IGNORECASE,
)

# Ten digits as 3-3-4 with optional single spaces or dashes (the way NHS numbers are printed), or run
# together. Digits glued to other digits are not taken, so longer numbers stay whole.
_NHS_CANDIDATE_RE = re.compile(r"(?<![\d])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d])")
# Ten digits written after "NHS number" are one whatever their check digit: people mistype them.
# After "NHS number" a few words may come between ("the NHS number on it was 999 127 3645", "my nhs
# number?? gave them 733 185 6206"); after a bare "NHS" only "is", "was" or a colon.
_NHS_CUED_RE = re.compile(
    r"\bnhs\s*(?:(?:no\b\.?|num(?:ber)?\b|#)[^.\d\n]{0,25}?|(?:is\b|was\b|[:=-])?\s*)"
    # Ten digits in any grouping after the cue: "nhs no 999 287 30 61 (sorry cant remember the spacing)".
    r"(?P<value>\d(?:[ -]?\d){9})(?!\d)",
    re.IGNORECASE,
)

# UK phone numbers: +44 or 0 then 9-10 more digits in the usual groupings, with spaces, dashes or
# brackets ("0191 123 4567", "(0161) 496 0000", "+44 7700 900123", "07700900123"), and other
# countries' numbers written with their "+" code.
_PHONE_RE = re.compile(
    r"(?:(?<![\w+])(?:(?:\+|00)44\s?\(?0?\)?\s?|\(?0)"
    r"(?:\d[\s-]?){1,4}\)?[\s-]?(?:\d[\s-]?){5,7}\d(?!\d)"
    r"|(?<![\w+])(?:\+|00)(?!44)[1-9]\d{0,2}[\s-]?(?:\d[\s-]?){6,11}\d(?!\d)"
    # Eleven figures in groups split by dots ("07700.900.581"), never a date's eight ("02.02.2006").
    r"|(?<![\w.])0(?:\d{4}\.\d{3}\.\d{3}|\d{3}\.\d{3}\.\d{4}|\d{2}\.\d{4}\.\d{4})(?![\w]|\.\d))"
    # An extension goes with its number ("0113 496 0527 ext 214").
    r"(?:\s*(?i:ext|extn|extension)\.?\s*\d{2,5}(?!\d))?"
)

# A phone number read out in words ("oh seven seven zero zero nine zero zero three one six"): a leading
# nought and ten more digit words, "double" and "treble" counting as they are said.
_DIGIT_WORD = r"(?:oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine|hundred|thousand)"
_SPOKEN_DIGITS = rf"(?:(?:double|treble)[\s,-]+{_DIGIT_WORD}|{_DIGIT_WORD})"
_SPOKEN_PHONE_RE = re.compile(
    # "oh seven seven zero zero 900 418": words, then the rest in figures.
    rf"\b(?:oh|zero|nought)(?:[\s,-]+(?:{_SPOKEN_DIGITS}|\d{{1,4}})){{2,10}}\b",
    re.IGNORECASE,
)
_SPOKEN_GATE_RE = re.compile(r"\b(?:oh|zero|nought)\s+(?:seven|one|two|three|eight|double)\b", re.IGNORECASE)


def _spoken_phones(text: str) -> Iterator[Identifier]:
    """Phone numbers read out in words, with ten digits or more said."""
    for m in _SPOKEN_PHONE_RE.finditer(text):
        words = re.findall(r"[a-z]+|\d+", m.group(0).lower())
        # Each digit word is one digit; "double" adds one more of the next, "treble" two more, and
        # "nine hundred" is three figures.
        extra = {"double": 1, "treble": 2, "hundred": 2, "thousand": 3}
        said = sum(len(word) if word.isdigit() else extra.get(word, 1) for word in words)
        if said >= 10:
            yield Identifier(m.start(), m.end(), "phone")


# Staff, payroll, ESR, employee, bank and hospital numbers come in many shapes ("40018827",
# "E-20417", "0077 4412", "88-1204-7", "RX4827715"): after such a word, the number is taken whatever
# its shape; anywhere else, a run of six digits or more (with up to four letters before it) is an
# identifier of some kind, since feedback has no other use for one.
_STAFF_CUED_RE = re.compile(
    r"\b(?:(?:esr|payroll|pay|staff|employee|emp|personnel|badge|smart ?card|hospital|patient"
    # "Bank worker no. B-77120": the worker's own number.
    r"|(?:bank|agency) (?:worker|staff|nurse|hca)|bank|agency|assignment"
    r"|mrn|rio|pas|case|k|apprentice|learner|student|trainee|candidate|enrolment|registration)"
    # "ESR for the record is EMP4471B": the number stated a few words after the cue.
    r"(?:\s+(?:no\b\.?|number\b|num\b|id\b|ref\b|#))|(?:esr|payroll)(?:\s+for\s+the\s+record)?|mrn|uln)"
    r"\s*(?:is\b|was\b|[:=#-])?\s*"
    # A cue word is no letter prefix of the number: "hospital number MRN 4471209" keeps "MRN". A letter
    # may close it ("EMP4471B") or follow its first figures ("ESR 31A-88204").
    r"(?P<value>(?:(?!(?:mrn|esr|rio|pas|uln)\b)[A-Za-z]{1,4}\s?[-/]?\s?)?\d(?:["
    r" -]?\d){2,}[A-Za-z]?(?:[-/][0-9A-Za-z]+)?|\d{1,4}[A-Za-z]{1,3}[-/]\d{3,})"
    r"(?![\w])",
    re.IGNORECASE,
)
# A few words after the cue, a number of six figures or more written in groups ("my ESR number, it's
# showing as 33-5120-8"): the first number of the clause is taken.
_STAFF_LATER_RE = re.compile(
    r"\b(?:esr|payroll|pay|staff|employee|assignment|badge|hospital)\s+(?:no\b\.?|number\b|num\b|id\b)"
    r"[^.!?\n\d]{1,40}?(?P<value>\d(?:[ -]?\d){5,})(?![\w])"
    # "payroll want my number 88-1204-7": the number asked for by payroll or ESR a few words on.
    r"|\b(?:esr|payroll)\b[^.!?\n\d]{1,25}?\b(?:number|no\b\.?|num\b)\s*(?:is\b|was\b|[:=#-])?\s*"
    r"(?P<later>\d(?:[ -]?\d){5,})(?![\w])",
    re.IGNORECASE,
)
# Right after a bare "employee", "staff" or "bank" (no "no." or "number"), a number of five figures or
# more written in groups is theirs: "(employee 77-4410-2)", where "staff 12, patients 30" is a count.
_STAFF_BARE_RE = re.compile(
    r"\b(?:employee|emp|staff|bank|personnel)\s+(?P<value>\d{1,4}[ -]\d(?:[ -]?\d){3,})(?![\w])",
    re.IGNORECASE,
)
# One to three capital letters, a dash and five figures ("E-20417", "BNK-77120"): the shape of a staff
# or bank number, whatever is written around it.
_LETTERED_NUMBER_RE = re.compile(r"(?<![\w£$€.,/-])[A-Z]{1,3}-\d{5}(?![\w/-]|[.,]\d)")
# Letters, a dash and figures alone in brackets ("Sam (SEC-0419) can vouch"): a badge or staff number
# given after its owner, where a year in brackets ("(ICB-2025)") names no one.
_BRACKETED_NUMBER_RE = re.compile(r"\((?P<value>[A-Z]{1,4}-(?!(?:19|20)\d\d\))\d{4,6})\)")
_LONG_NUMBER_RE = re.compile(r"(?<![\w£$€.,/])(?:[A-Za-z]{1,4}[-/]?)?\d{6,}(?:[-/]\d+)*(?![\w/]|[.,]\d)")

# A number after another in a list ("and 31-0058-2", ", 40018827"), as long as a staff number.
_LISTED_NUMBER_RE = re.compile(r"\s*(?:,|&|\band\b|\bor\b)\s*(?P<value>\d(?:[ -]?\d){4,})(?![\w])")
# UK postcodes: outward code (area letters, district digit, optional letter/digit) and inward code
# (digit and two letters from the letters Royal Mail uses). Case-insensitive: people type "ne1 4lp".
_POSTCODE_RE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)

# Numbers, dates and most addresses need digits.
_NOT_DIGIT_RE = re.compile(r"\D+")


def is_valid_nhs_number(digits: str) -> bool:
    """Whether ten digits pass the NHS number Modulus 11 check digit (NHS Data Dictionary)."""
    # NHS Data Dictionary, "NHS Number": multiply the first nine digits by weights 10 down to 2, sum,
    # take the remainder on division by 11 and subtract it from 11; 11 means a check digit of 0 and
    # 10 means the number is invalid. The result must equal the tenth digit.
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return False
    return check == int(digits[9])


def _nhs_numbers(text: str) -> Iterator[Identifier]:
    """NHS numbers after "NHS number", whatever their check digit, and valid ones anywhere."""
    for match in _NHS_CUED_RE.finditer(text):
        yield Identifier(match.start("value"), match.end("value"), "nhs_number")
    for match in _NHS_CANDIDATE_RE.finditer(text):
        if is_valid_nhs_number("".join(match.groups())):
            yield Identifier(match.start(), match.end(), "nhs_number")


def pattern_identifiers(text: str) -> Iterator[Identifier]:
    """Every identifier found by pattern: all kinds but names, in order of precedence."""
    # Each pattern runs only on text that could hold what it looks for: most comments have no "@"
    # and few digits, and the case-blind patterns are the slow ones.
    if "@" in text:
        yield from (Identifier(m.start(), m.end(), "email") for m in _EMAIL_RE.finditer(text))
        yield from (Identifier(m.start(), m.end(), "name") for m in _HANDLE_RE.finditer(text))
    if "at]" in text or "at)" in text or "AT]" in text or "AT)" in text or " dot " in text or " DOT " in text:
        yield from (Identifier(m.start(), m.end(), "email") for m in _HIDDEN_EMAIL_RE.finditer(text))
    if any(gate in text for gate in BUILDING_GATES):
        yield from (Identifier(m.start(), m.end(), "address") for m in BUILDING_STREET_RE.finditer(text))
    if "home" in text or "Home" in text:
        yield from (Identifier(m.start(), m.end(), "address") for m in CARE_HOME_RE.finditer(text))
    if any(gate in text for gate in LANDMARK_GATES):
        yield from (Identifier(m.start(), m.end(), "address") for m in LANDMARK_HOME_RE.finditer(text))
    if any(cue in text for cue in ADDRESS_GATES):
        for m in ADDRESS_CUE_RE.finditer(text):
            yield Identifier(m.start("value"), m.end("value"), "address")
    if _SPOKEN_GATE_RE.search(text):
        yield from _spoken_phones(text)
    yield from (Identifier(*span) for span in word_dates(text))
    digits = len(_NOT_DIGIT_RE.sub("", text))
    if not digits:
        return
    if digits >= 9:
        yield from _nhs_numbers(text)
    if digits >= 3:
        for m in _STAFF_CUED_RE.finditer(text):
            yield Identifier(m.start("value"), m.end("value"), "staff_number")
            # "payroll 31-0042-7 and 31-0058-2": a second number listed after the first is one too.
            more = _LISTED_NUMBER_RE.match(text, m.end("value"))
            if more is not None:
                yield Identifier(more.start("value"), more.end("value"), "staff_number")
        # The number a few words on has six figures or more, so fewer cannot hold one.
        if digits >= 5:
            yield from (
                Identifier(m.start(), m.end(), "staff_number") for m in _LETTERED_NUMBER_RE.finditer(text)
            )
            for m in _STAFF_BARE_RE.finditer(text):
                yield Identifier(m.start("value"), m.end("value"), "staff_number")
        if "(" in text:
            for m in _BRACKETED_NUMBER_RE.finditer(text):
                yield Identifier(m.start("value"), m.end("value"), "staff_number")
        if digits >= 6:
            for m in _STAFF_LATER_RE.finditer(text):
                group = "value" if m.group("value") else "later"
                yield Identifier(m.start(group), m.end(group), "staff_number")
    if digits >= 9:
        yield from (Identifier(m.start(), m.end(), "phone") for m in _PHONE_RE.finditer(text))
    yield from (Identifier(*span) for span in dates(text))
    yield from (Identifier(m.start(), m.end(), "address") for m in ADDRESS_RE.finditer(text))
    yield from (Identifier(m.start(), m.end(), "postcode") for m in _POSTCODE_RE.finditer(text))
    if digits >= 6:
        yield from (Identifier(m.start(), m.end(), "staff_number") for m in _LONG_NUMBER_RE.finditer(text))
