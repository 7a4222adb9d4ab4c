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
)
from .date_owner import CLAUSE_END_RE, OWN_VERB_RE, PERSONAL_EVENT_RE, SOMEONE_RE, date_kind

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
    r"(?P<value>\d{3}[ -]?\d{3}[ -]?\d{4})(?!\d)",
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
    r"(?:\s+(?:no\b\.?|number\b|num\b|id\b|ref\b|#))|esr|payroll|mrn|uln)"
    r"\s*(?:is\b|was\b|[:=#-])?\s*"
    r"(?P<value>(?:[A-Za-z]{1,4}\s?[-/]?\s?)?\d(?:[ -]?\d){2,}(?:[-/][0-9A-Za-z]+)?)(?![\w])",
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

# With the misspellings people type ("feburary", "novemeber").
_MONTH = (
    r"(?:jan(?:uary|urary)?|feb(?:ruary|uary|urary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?|tmber)?|oct(?:ober)?|nov(?:ember|emeber)?|dec(?:ember|emeber)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORDINAL = r"(?:st|nd|rd|th)"
# A date is a day with a month: "3rd March", "14 feb 2001", "1st of June 1979", "March 3, 1990",
# "02.07.2005", "23-9-92", "1996-05-21"; a day and month in figures only after "on", "from" or "DOB"
# ("on 14/3"), since "4/5" and "10/10" are ratings; a bare ordinal only after "on", "sent",
# "admitted" and the like ("on the 7th", "discharged the 3rd") and not before a noun ("the 2nd year").
# "the" before a day is part of the date ("sent on [date]").
_DATE_RE = re.compile(
    # "on leave 12-26 may": a range of days in one month is one date.
    rf"\b(?:the\s+)?(?:{_DAY}{_ORDINAL}?\s?[-–]\s?)?{_DAY}\s?{_ORDINAL}?(?:\s+of)?\s+{_MONTH}\b\.?"
    rf"(?:,?\s+(?:(?:19|20)\d{{2}}\b|'\d{{2}}\b))?"
    rf"|\b{_MONTH}\.?\s+(?:the\s+)?{_DAY}(?:\s?{_ORDINAL}\b|,?\s+(?:19|20)\d{{2}}\b|\b(?![:.]?\d))"
    rf"(?:,?\s+(?:19|20)\d{{2}}\b)?"
    # "5-Jun-79": a month's name between hyphens or slashes.
    rf"|\b{_DAY}[/.-]{_MONTH}[/.-](?:(?:19|20)\d{{2}}|\d{{2}})\b"
    # "14//06/1951": a separator typed twice.
    rf"|\b{_DAY}[/.-]{{1,2}}(?:1[0-2]|0?[1-9])[/.-]{{1,2}}(?:(?:19|20)\d{{2}}|\d{{2}})(?![\d/.-]?\d)"
    # "2/13/1979": month first, told by a day over twelve.
    rf"|\b(?:1[0-2]|0?[1-9])[/.-](?:1[3-9]|2\d|3[01])[/.-](?:19|20)\d{{2}}(?![\d/.-]?\d)"
    rf"|\b(?:19|20)\d{{2}}[/.-](?:1[0-2]|0?[1-9])[/.-]{_DAY}\b(?![/.-]?\d)",
    re.IGNORECASE,
)
_CUED_DATE_RE = re.compile(
    rf"\b(?:on|from|until|till|since|by|dob|d\.o\.b|(?:re)?admitted|discharged|seen|referred|sent|started"
    rf"|left|arrived|died|born|(?:booked|planned|scheduled|set|arranged|moved|changed"
    rf"|rescheduled|pushed back) (?:for|to)"
    # "confirming her start date as 02/09", "discharge date: 14/3": a date named as someone's own (the
    # clause says whose; "the date 10/10" alone may be a score).
    rf"|(?:start|end|leaving|finish|return|due|discharge|admission|appointment|op|operation|surgery"
    rf"|transfer|move|epa|interview|review|wedding)\s+date"
    rf"(?:\s+(?:is|was|as|of|now|will\s+be|should\s+be|confirmed\s+as))?"
    # "referral was 11/07": the day one person's referral or admission went in.
    rf"|(?:referral|admission|discharge|scan|operation)\s+(?:was|is|went\s+in)"
    # "my appointment was meant to be 22/05": what was to happen on a day (the clause says whose).
    rf"|(?:meant|supposed|due|going)\s+to\s+be"
    # "mine was 15/05", "hers is 3/6": one person's own, set against someone else's.
    rf"|(?:mine|hers|his|theirs)\s+(?:was|is|will\s+be|were)"
    # "my EPA is 2/12 then changed it to 9/12": one person's assessment, and the day it moved to.
    rf"|(?:my|his|her|their)\s+(?:(?:final|first|next|last|annual|progress|end)\s+)?(?:epa|interview|review"
    rf"|appointment|assessment|resit|exam|viva|gateway)"
    # "my gateway meeting was 13/2".
    rf"(?:\s+(?:meeting|date|panel|call|slot|session))?\s+"
    rf"(?:is|was|will\s+be|is\s+now)|(?:changed|moved|put|pushed)\s+(?:it|them)\s+(?:back\s+)?to"
    # "qualified 30/06", "results came back 2/4": one person's milestone or results.
    rf"|qualified|graduated|promoted|retired|resigned|came\s+(?:back|out)|come\s+(?:back|out)|due\s+back"
    # "saw a psychiatrist 04/01": the day someone was seen.
    rf"|(?:saw|seen\s+by|see)\s+(?:a|the|my|our|his|her)\s+(?:psychiatrist|doctor|consultant|gp|nurse|cpn"
    rf"|psychologist|therapist|social\s+worker|care\s+coordinator|surgeon|specialist|registrar)"
    # "booked me in for 11/3": one person's booking.
    rf"|booked\s+(?:me|him|her|them|us)\s+in\s+(?:for|4|on))"
    # A score is no date: "changed it to 4/5 stars".
    rf"\W{{1,3}}(?P<value>{_DAY}/(?:1[0-2]|0?[1-9])|(?:1[0-2]|0?[1-9])/(?:1[3-9]|2\d|3[01]))\b(?![/.]?\d)(?!\s*(?:stars?|points?|times|out\s+of\s+(?:\d+|five|ten))\b)"
    rf"|\b(?:on|from|until|till|til|since|by|before|after|(?:re)?admitted|discharged|seen|sent|referred|booked"
    rf"|started|left|arrived|rang|phoned|called|operated|scanned|tested|assessed|transferred"
    rf"|(?:booked|planned|scheduled|set|arranged|moved|changed|rescheduled|pushed back) (?:for|4|to)"
    rf"|booked (?:me|him|her|them|us) in (?:for|4|on))"
    rf"\s+(?:on\s+)?(?P<ordinal>the\s+{_DAY}{_ORDINAL})\b"
    r"(?!\s+(?:floor|time|times|day|days|week|weeks|month|months|year|years|cycle|attempt|go|try|session"
    r"|place|every|each|one|ones|person|people|email|letter|call|message|referral|reminder|chaser|draft"
    r"|version|round|dose|visit|appointment|nurse|doctor|century|anniversary|birthday|in\s+line|audit|audits"
    r"|shift|shifts|placement|rotation|block|module|assignment|essay|cohort|intake|meeting|review|interview"
    r"|observation|stage|step|level|part|term|lesson|class|course|child|baby|bed|bay|room|patient)\b)",
    re.IGNORECASE,
)
# A day and month with a dot after a stay on a ward ("has been on Cedar ward since 11.10") or when
# someone's placement starts ("His placement starts 21.03"); elsewhere "since 11.10" is as likely a time.
_STAY_SINCE_RE = re.compile(
    r"\b(?:(?:been|was|admitted|stayed|staying)\s+(?:on|in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:ward|unit"
    r"|hospital|bay|placement)\s+since"
    r"|(?:my|his|her|their)\s+(?:placement|course|contract|secondment|rotation|apprenticeship|leave|new\s+job)"
    r"\s+(?:starts|started|begins|began|ends|ended|finishes|finished)(?:\s+on)?)"
    rf"\s+(?P<value>{_DAY}\.(?:1[0-2]|0?[1-9]))\b(?![.:]?\d)",
    re.IGNORECASE,
)
_DOTTED_FIGURES_RE = re.compile(r"\d\.\d")
# Monday to Friday in their spellings; "sat" and "sun" are also words, so each pattern says how it
# takes the weekend.
_WORKDAY = r"mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?"
_WEEKDAY = rf"(?:{_WORKDAY}|sat(?:urday)?|sun(?:day)?)"
# A weekday before a day of the month is a date ("appointment was Monday the 4th", "admitted Friday
# 12th"); the weekday stays, the day goes ("the" with it). Before a noun it is an ordinal ("Monday the
# 2nd time").
_WEEKDAY_ORDINAL_RE = re.compile(
    rf"\b{_WEEKDAY}\.?,?\s+(?P<ordinal>(?:the\s+)?{_DAY}{_ORDINAL})\b"
    r"(?!\s+(?:floor|time|times|week|weeks|year|years|day|days|of\s+(?:the\s+)?(?:month|week|year)))",
    re.IGNORECASE,
)
# A weekday before a day and month in figures is a date, weekday and all ("discharged Tuesday 18/02",
# "fri 3/5"), where "4/5" alone may be a rating, "sat 2/3 papers" is the verb and "on a Monday. 12/10
# was too short" ends a sentence before the figures.
_WEEKDAY_DAY_MONTH_RE = re.compile(
    rf"\b(?:{_WORKDAY}|saturday|sunday|(?-i:Sat|Sun)),?[ \t]+{_DAY}/(?:1[0-2]|0?[1-9])\b(?![/.]?\d)",
    re.IGNORECASE,
)
# The end of a range of days: "from the 12th to the 26th", "moved from 3rd till the 9th".
_RANGE_END_RE = re.compile(
    rf"(?P<first>\b\w+\s+(?:the\s+)?{_DAY}{_ORDINAL})\s+(?:to|till|until|-|and)\s+(?P<ordinal>(?:the\s+)?{_DAY}{_ORDINAL})\b",
    re.IGNORECASE,
)
# "my appointment was the 4th", "results are due the 21st": an ordinal after a verb, where the clause
# names something that happens to one person (see PERSONAL_EVENT_RE).
_VERB_ORDINAL_RE = re.compile(
    rf"\b(?:was|is|are|were|['’]s|be|for|until|till|due)\s+(?P<ordinal>the\s+{_DAY}{_ORDINAL})\b"
    r"(?!\s+(?:floor|time|times|day|days|week|weeks|month|months|year|years|one|ones|person|people|attempt"
    r"|go|try|round|dose|visit|appointment|letter|call|email|message|in\s+line|of\s+(?:the\s+)?(?:month|week))\b)",
    re.IGNORECASE,
)
# "her first day is the 3rd", "my EPA is the 15th": someone's own thing on a day.
_POSSESSIVE_RE = re.compile(r"\b(?:my|mine|her|hers|his|their)\b", re.IGNORECASE)
# The two patterns above need a day written as an ordinal; most comments have none.
_ORDINAL_GATE_RE = re.compile(r"\d(?:st|nd|rd|th)\b", re.IGNORECASE)
# A number after another in a list ("and 31-0058-2", ", 40018827"), as long as a staff number.
_LISTED_NUMBER_RE = re.compile(r"\s*(?:,|&|\band\b|\bor\b)\s*(?P<value>\d(?:[ -]?\d){4,})(?![\w])")
# "her EPA got moved twice, first it was October then 27/11": the day a thing of one person's was moved to.
_MOVED_TO_RE = re.compile(
    r"\b(?:moved|changed|rescheduled|postponed|put back|pushed back|rebooked|brought forward)\b"
    r"[^.!?\n]{0,40}?\b(?:then|to|now)\s+(?P<value>(?:1[3-9]|2\d|3[01])/(?:1[0-2]|0?[1-9]))\b(?![/.]?\d)",
    re.IGNORECASE,
)
# After "DOB" the year alone, or month and year, are enough to identify someone.
_DOB_YEAR_RE = re.compile(
    rf"\b(?:dob|d\.o\.b\.?|date of birth)\s*(?:is\b|was\b|[:=-])?\s*"
    rf"(?P<value>(?:{_MONTH}\.?,?\s+)?(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
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


# A day and month in figures with the time of day after it is an appointment ("currently 17/04 at 2pm");
# whose, the clause says (a shared event's time stays).
_TIMED_DATE_RE = re.compile(
    rf"\b(?P<value>{_DAY}/(?:1[0-2]|0?[1-9]))\s+(?:at|@)\s+\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:am|pm)?\b(?!\s*/)",
    re.IGNORECASE,
)
_RATED_BEFORE_RE = re.compile(
    r"\b(?:rate|rated|rating|score|scored|scoring|give|gave|mark|marked)\b[^.!?]*$", re.I
)
# A day and month with a dot after "on", "from" or "since" ("referral went in on 12.9"): a date only
# where the clause names one person's event or doings, since "on 12.9" may be a version or a score.
_DOT_DATE_RE = re.compile(
    rf"\b(?:on|from|since)\s+(?P<value>{_DAY}\.(?:1[0-2]|0?[1-9]))\b(?![.:]?\d)", re.IGNORECASE
)


# A weekday written before a whole date goes with it ("Thursday 12th June"); "Monday the 4th" alone
# keeps its weekday (_WEEKDAY_ORDINAL_RE).
_WEEKDAY_BEFORE_RE = re.compile(rf"\b{_WEEKDAY}\.?,?\s+$", re.IGNORECASE)
# A year of two figures after a date of birth's month ("14 Sept 38"), not a count ("3 May 20 mins").
_SHORT_YEAR_AFTER_RE = re.compile(
    r"\s+'?\d{2}\b(?![:.%/-]?\d|\s*(?:%|mins?\b|minutes?\b|hours?\b|hrs?\b|days?\b|weeks?\b|years?\b|yrs?\b"
    r"|people\b|patients\b|staff\b|times\b))",
    re.IGNORECASE,
)


# A date written in words ("nineteenth of march nineteen forty one", "the thirteenth of february"), as
# dictation and careful writers give one.
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
    r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-](?:first"
    r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[\s-]first)"
)
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_YEAR_WORDS = (
    rf"(?:nineteen\s+(?:oh\s+{_UNITS}|{_TEENS}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[\s-]{_UNITS})?)|two\s+thousand(?:\s+and)?(?:\s+(?:{_UNITS}|{_TEENS}|twenty(?:[\s-]{_UNITS})?))?"
    # The year said short after the day and month: "nineteenth of august eighty seven".
    rf"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]{_UNITS}|(?=\s*(?:[,.!?;]|$)))"
    rf"|oh\s+{_UNITS})"
)
# A year in words after a birth date in figures: "dob 19th of august eighty seven".
_WORD_YEAR_AFTER_RE = re.compile(rf",?\s+{_YEAR_WORDS}\b", re.IGNORECASE)
_MONTH_NAME = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_WORD_DATE_RE = re.compile(
    # "the third of November 1942": the year in figures goes with a date in words too.
    rf"\b{_ORDINAL_WORD}\s+of\s+{_MONTH_NAME}\b(?:,?\s+(?:{_YEAR_WORDS}|(?:19|20)\d\d)\b)?"
    rf"|\b{_MONTH_NAME}\s+the\s+{_ORDINAL_WORD}\b(?:,?\s+{_YEAR_WORDS}\b)?",
    re.IGNORECASE,
)
_WORD_DATE_GATE_RE = re.compile(
    r"(?:th|st|nd|rd)\s+of\s|\s+the\s+(?:fir|sec|thi|fo|fi|si|se|ei|ni|te|el|tw)", re.I
)


def _dates(text: str) -> Iterator[Identifier]:
    """Dates of birth and other dates with a day that are tied to a person."""
    for match in _DATE_RE.finditer(text):
        value = match.group(0)
        # "may 5 people": a month in lower case followed by a bare number is no date.
        if value[:1].islower() and re.fullmatch(rf"{_MONTH}\.?\s+\d{{1,2}}", value, re.IGNORECASE):
            continue
        start, end = match.start(), match.end()
        kind = date_kind(text, start, end)
        if kind is None:
            continue
        weekday = _WEEKDAY_BEFORE_RE.search(text, max(0, start - 12), start)
        if weekday is not None:
            start = weekday.start()
        if kind == "date_of_birth" and value[-1:].isalpha():
            year = _SHORT_YEAR_AFTER_RE.match(text, end) or _WORD_YEAR_AFTER_RE.match(text, end)
            end = year.end() if year else end
        yield Identifier(start, end, kind)
    for match in _CUED_DATE_RE.finditer(text):
        group = "value" if match.group("value") else "ordinal"
        kind = date_kind(text, match.start(group), match.end(group))
        if kind is not None:
            yield Identifier(match.start(group), match.end(group), kind)
    if "/" in text:
        for match in _MOVED_TO_RE.finditer(text):
            kind = date_kind(text, match.start("value"), match.end("value"))
            if kind is not None:
                yield Identifier(match.start("value"), match.end("value"), kind)
    for match in _WEEKDAY_DAY_MONTH_RE.finditer(text):
        kind = date_kind(text, match.start(), match.end())
        if kind is not None:
            yield Identifier(match.start(), match.end(), kind)
    if "/" in text:
        for match in _TIMED_DATE_RE.finditer(text):
            if _RATED_BEFORE_RE.search(text, max(0, match.start() - 25), match.start()):
                continue  # "rated it 8/10 at 2pm": a score
            kind = date_kind(text, match.start("value"), match.end("value"))
            if kind is not None:
                yield Identifier(match.start("value"), match.end("value"), kind)
    if "." in text:
        for match in _DOT_DATE_RE.finditer(text):
            clause = CLAUSE_END_RE.split(text[max(0, match.start() - 60) : match.start()])[-1]
            personal = PERSONAL_EVENT_RE.search(clause) or (
                OWN_VERB_RE.search(clause) and SOMEONE_RE.search(clause)
            )
            kind = date_kind(text, match.start("value"), match.end("value"))
            if personal and kind is not None:
                yield Identifier(match.start("value"), match.end("value"), kind)
    if _DOTTED_FIGURES_RE.search(text):  # the case-blind search only where a day and month can be
        for match in _STAY_SINCE_RE.finditer(text):
            yield Identifier(match.start("value"), match.end("value"), "person_date")
    for match in _DOB_YEAR_RE.finditer(text):
        yield Identifier(match.start("value"), match.end("value"), "date_of_birth")
    if _ORDINAL_GATE_RE.search(text):
        yield from _ordinal_dates(text)


def _word_dates(text: str) -> Iterator[Identifier]:
    """Dates written in words, tied to a person as dates in figures are."""
    for match in _WORD_DATE_RE.finditer(text):
        kind = date_kind(text, match.start(), match.end())
        if kind is not None:
            yield Identifier(match.start(), match.end(), kind)


def _ordinal_dates(text: str) -> Iterator[Identifier]:
    """Days written as ordinals with no month, tied to a person: "tues 23rd", "from the 12th to the 26th"."""
    for match in _RANGE_END_RE.finditer(text):
        # "moved from the 12th to the 26th": the end of a range whose start is a date is a date of its kind.
        kind = date_kind(text, match.start("ordinal"), match.end("ordinal"))
        if kind is not None and _CUED_DATE_RE.search(match.group("first")):
            yield Identifier(match.start("ordinal"), match.end("ordinal"), kind)
    for match in _WEEKDAY_ORDINAL_RE.finditer(text):
        kind = date_kind(text, match.start(), match.end())
        # A weekday run into its day is one note with it and goes with it ("moved to tues 23rd", "seen on
        # Monday 9th"); one set apart by "the" stays ("Monday the 4th").
        joined = not match.group("ordinal")[:1].isalpha()
        if kind is not None:
            yield Identifier(match.start() if joined else match.start("ordinal"), match.end("ordinal"), kind)
    for match in _VERB_ORDINAL_RE.finditer(text):
        clause = CLAUSE_END_RE.split(text[max(0, match.start() - 60) : match.start()])[-1]
        kind = date_kind(text, match.start("ordinal"), match.end("ordinal"))
        if kind is not None and (PERSONAL_EVENT_RE.search(clause) or _POSSESSIVE_RE.search(clause)):
            yield Identifier(match.start("ordinal"), match.end("ordinal"), kind)


def _nhs_numbers(text: str) -> Iterator[Identifier]:
    """NHS numbers after "NHS number", whatever their check digit, and valid ones anywhere."""
    for match in _NHS_CUED_RE.finditer(text):
        yield Identifier(match.start("value"), match.end("value"), "nhs_number")
    for match in _NHS_CANDIDATE_RE.finditer(text):
        if is_valid_nhs_number("".join(match.groups())):
            yield Identifier(match.start(), match.end(), "nhs_number")


# A range of scores out of ten, told as a score ("my mood went from 2/10 to 6/10"): the words before it
# in its sentence say what is scored; "off sick 3/10 to 7/10" stays a range of dates.
_SCORE_RANGE_RE = re.compile(
    r"\b(?:mood|pain|anxiety|depression|scores?|scored|rating|rated|rate|confidence|felt|feel|feeling|rose"
    r"|went up|gone up|jumped|improved|wellbeing|sleep|energy|stress)\b[^.!?\n]{0,40}?"
    r"(?P<range>\b\d{1,2}/10\s*(?:to|->|-|–)\s*(?:about |around |like |a |maybe )?\d{1,2}/10\b(?!/))",
    re.IGNORECASE,
)


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
    if any(cue in text for cue in ADDRESS_GATES):
        for m in ADDRESS_CUE_RE.finditer(text):
            yield Identifier(m.start("value"), m.end("value"), "address")
    if _SPOKEN_GATE_RE.search(text):
        yield from _spoken_phones(text)
    if _WORD_DATE_GATE_RE.search(text):
        yield from _word_dates(text)
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
    if "/10" in text:
        # "went from 3/10 to 7/10": a range of scores out of ten, not the 3rd of October.
        scores = [(m.start("range"), m.end("range")) for m in _SCORE_RANGE_RE.finditer(text)]
        yield from (d for d in _dates(text) if not any(a <= d.start < b for a, b in scores))
    else:
        yield from _dates(text)
    yield from (Identifier(m.start(), m.end(), "address") for m in ADDRESS_RE.finditer(text))
    yield from (Identifier(m.start(), m.end(), "postcode") for m in _POSTCODE_RE.finditer(text))
    if digits >= 6:
        yield from (Identifier(m.start(), m.end(), "staff_number") for m in _LONG_NUMBER_RE.finditer(text))
