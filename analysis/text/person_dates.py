"""Dates tied to a person, in figures, words and ordinals: which dates a redactor removes and of what kind.

Whose a date is (a date of birth, one person's, or a shared event's) is decided in date_owner.py; this
module finds the dates in their many shapes and asks it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from .date_owner import CLAUSE_END_RE, OWN_VERB_RE, PERSONAL_EVENT_RE, SOMEONE_RE, date_kind

__all__ = ["DateSpan", "dates", "word_dates"]


class DateSpan(NamedTuple):
    """A date to remove: text[start:end], of kind "date_of_birth" or "person_date"."""

    start: int
    end: int
    kind: str


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
    # "came in on 3rd of the 4th": the month told by its number.
    rf"|\b{_DAY}{_ORDINAL}\s+of\s+the\s+(?:1[0-2]|0?[1-9]){_ORDINAL}\b(?:,?\s+(?:19|20)\d{{2}}\b)?"
    # "5-Jun-79": a month's name between hyphens or slashes.
    rf"|\b{_DAY}[/.-]{_MONTH}[/.-](?:(?:19|20)\d{{2}}|\d{{2}})\b"
    # "14//06/1951": a separator typed twice.
    rf"|\b{_DAY}[/.-]{{1,2}}(?:1[0-2]|0?[1-9])[/.-]{{1,2}}(?:(?:19|20)\d{{2}}|\d{{2}})(?![\d/.-]?\d)"
    # "2/13/1979": month first, told by a day over twelve.
    rf"|\b(?:1[0-2]|0?[1-9])[/.-](?:1[3-9]|2\d|3[01])[/.-](?:19|20)\d{{2}}(?![\d/.-]?\d)"
    rf"|\b(?:19|20)\d{{2}}[/.-](?:1[0-2]|0?[1-9])[/.-]{_DAY}\b(?![/.-]?\d)"
    # "born on Christmas Day 1968": a feast day with its year is one day of one year.
    r"|\b(?:christmas|boxing|new\s+year['’]?s|valentine['’]?s|st\.?\s+patrick['’]?s)\s+(?:day|eve),?\s+"
    r"(?:19|20)\d{2}\b",
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
    # ... or a named person's or a role's: "Apprentice's EPA is 21/11".
    rf"|(?:my|his|her|their|[\w-]+['’]s)\s+(?:(?:final|first|next|last|annual|progress|end)\s+)?(?:epa|interview|review"
    rf"|appointment|appt|assessment|resit|exam|viva|gateway)"
    # "my gateway meeting was 13/2".
    rf"(?:\s+(?:meeting|date|panel|call|slot|session))?\s+"
    rf"(?:is|was|will\s+be|is\s+now)|(?:changed|moved|put|pushed)\s+(?:it|them)\s+(?:back\s+)?to"
    # "qualified 30/06", "results came back 2/4": one person's milestone or results.
    rf"|qualified|graduated|promoted|retired|resigned|came\s+(?:back|out)|come\s+(?:back|out)|due\s+back"
    # "saw a psychiatrist 04/01": the day someone was seen.
    rf"|(?:saw|seen\s+by|see)\s+(?:a|the|my|our|his|her)\s+(?:psychiatrist|doctor|consultant|gp|nurse|cpn"
    rf"|psychologist|therapist|social\s+worker|care\s+coordinator|surgeon|specialist|registrar)"
    # "booked me in for 11/3": one person's booking.
    rf"|booked\s+(?:me|him|her|them|us)\s+in\s+(?:for|4|on)"
    # "on leave wk commencing 14/10": the week one person is away (the clause says whose).
    rf"|w/c|wc|wk\s+commencing|week\s+commencing|week\s+beginning|wk\s+beginning)"
    # A score is no date: "changed it to 4/5 stars".
    # "waiting since the 28/02": "the" before the day stays.
    rf"\W{{1,3}}(?:the\s+)?(?P<value>{_DAY}/(?:1[0-2]|0?[1-9])|(?:1[0-2]|0?[1-9])/(?:1[3-9]|2\d|3[01]))\b(?![/.]?\d)(?!\s*(?:stars?|points?|times|out\s+of\s+(?:\d+|five|ten))\b)"
    rf"|\b(?:on|from|until|till|til|since|by|before|after|(?:re)?admitted|discharged|seen|sent|referred|booked"
    rf"|started|left|arrived|rang|phoned|called|operated|scanned|tested|assessed|transferred"
    rf"|(?:booked|planned|scheduled|set|arranged|moved|changed|rescheduled|pushed back) (?:for|4|to)"
    rf"|booked (?:me|him|her|them|us) in (?:for|4|on)"
    # "came home the 14th", "the referral went the 2nd", "was told the 3rd of next month".
    rf"|(?:came|went|got|sent) (?:home|in|back)|went|(?:was|were|been) told|told (?:me|us|him|her|them))"
    # "duties on the 1st of March": the month named after the day goes with it.
    rf"\s+(?:on\s+)?(?P<ordinal>the\s+{_DAY}{_ORDINAL}(?:\s+of\s+(?:(?:next|this|last)\s+month|{_MONTH}))?)\b"
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
_FIGURES_RANGE_RE = re.compile(
    rf"(?P<first>\b{_DAY}/(?:1[0-2]|0?[1-9]))\s*(?:to|till|until|til|-|–)\s*"
    rf"(?P<value>{_DAY}/(?:1[0-2]|0?[1-9]))\b(?![/.]?\d)",
    re.IGNORECASE,
)
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


def _dates(text: str) -> Iterator[DateSpan]:
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
        yield DateSpan(start, end, kind)
    cued: dict[int, str] = {}
    for match in _CUED_DATE_RE.finditer(text):
        group = "value" if match.group("value") else "ordinal"
        kind = date_kind(text, match.start(group), match.end(group))
        if kind is not None:
            cued[match.start(group)] = kind
            yield DateSpan(match.start(group), match.end(group), kind)
    if cued and "/" in text:
        yield from _range_ends(text, cued)
    if "/" in text:
        yield from _whole_dates(text, _MOVED_TO_RE, "value")
    yield from _whole_dates(text, _WEEKDAY_DAY_MONTH_RE)
    if "/" in text:
        for match in _TIMED_DATE_RE.finditer(text):
            if _RATED_BEFORE_RE.search(text, max(0, match.start() - 25), match.start()):
                continue  # "rated it 8/10 at 2pm": a score
            kind = date_kind(text, match.start("value"), match.end("value"))
            if kind is not None:
                yield DateSpan(match.start("value"), match.end("value"), kind)
    if "." in text:
        for match in _DOT_DATE_RE.finditer(text):
            clause = CLAUSE_END_RE.split(text[max(0, match.start() - 60) : match.start()])[-1]
            personal = PERSONAL_EVENT_RE.search(clause) or (
                OWN_VERB_RE.search(clause) and SOMEONE_RE.search(clause)
            )
            kind = date_kind(text, match.start("value"), match.end("value"))
            if personal and kind is not None:
                yield DateSpan(match.start("value"), match.end("value"), kind)
    if _DOTTED_FIGURES_RE.search(text):  # the case-blind search only where a day and month can be
        for match in _STAY_SINCE_RE.finditer(text):
            yield DateSpan(match.start("value"), match.end("value"), "person_date")
    for match in _DOB_YEAR_RE.finditer(text):
        yield DateSpan(match.start("value"), match.end("value"), "date_of_birth")
    if _ORDINAL_GATE_RE.search(text):
        yield from _ordinal_dates(text)


# "discharged Tuesday gone": last Tuesday, in the North's words.
_WEEKDAY_GONE_RE = re.compile(rf"\b{_WEEKDAY}\s+gone\b", re.IGNORECASE)


def _whole_dates(text: str, pattern: re.Pattern[str], group: int | str = 0) -> Iterator[DateSpan]:
    """Each match of a date pattern or of its group, of the kind its clause gives it (none if shared)."""
    for match in pattern.finditer(text):
        start, end = match.start(group), match.end(group)
        kind = date_kind(text, start, end)
        if kind is not None:
            yield DateSpan(start, end, kind)


def _range_ends(text: str, cued: dict[int, str]) -> Iterator[DateSpan]:
    """The end of a range whose start is someone's date, theirs too ("off sick from 8/10 to 22/10")."""
    for match in _FIGURES_RANGE_RE.finditer(text):
        if match.start("first") in cued:
            yield DateSpan(match.start("value"), match.end("value"), cued[match.start("first")])


def _ordinal_dates(text: str) -> Iterator[DateSpan]:
    """Days written as ordinals with no month, tied to a person: "tues 23rd", "from the 12th to the 26th"."""
    for match in _RANGE_END_RE.finditer(text):
        # "moved from the 12th to the 26th": the end of a range whose start is a date is a date of its kind.
        kind = date_kind(text, match.start("ordinal"), match.end("ordinal"))
        if kind is not None and _CUED_DATE_RE.search(match.group("first")):
            yield DateSpan(match.start("ordinal"), match.end("ordinal"), kind)
    for match in _WEEKDAY_ORDINAL_RE.finditer(text):
        kind = date_kind(text, match.start(), match.end())
        # A weekday run into its day is one note with it and goes with it ("moved to tues 23rd", "seen on
        # Monday 9th"); one set apart by "the" stays ("Monday the 4th").
        joined = not match.group("ordinal")[:1].isalpha()
        if kind is not None:
            yield DateSpan(match.start() if joined else match.start("ordinal"), match.end("ordinal"), kind)
    for match in _VERB_ORDINAL_RE.finditer(text):
        clause = CLAUSE_END_RE.split(text[max(0, match.start() - 60) : match.start()])[-1]
        kind = date_kind(text, match.start("ordinal"), match.end("ordinal"))
        if kind is not None and (PERSONAL_EVENT_RE.search(clause) or _POSSESSIVE_RE.search(clause)):
            yield DateSpan(match.start("ordinal"), match.end("ordinal"), kind)


# A range of scores out of ten, told as a score ("my mood went from 2/10 to 6/10"): the words before it
# in its sentence say what is scored; "off sick 3/10 to 7/10" stays a range of dates.
_SCORE_RANGE_RE = re.compile(
    r"\b(?:mood|pain|anxiety|depression|scores?|scored|rating|rated|rate|confidence|felt|feel|feeling|rose"
    r"|went up|gone up|jumped|improved|wellbeing|sleep|energy|stress)\b[^.!?\n]{0,40}?"
    r"(?P<range>\b\d{1,2}/10\s*(?:to|->|-|–)\s*(?:about |around |like |a |maybe )?\d{1,2}/10\b(?!/))",
    re.IGNORECASE,
)


def word_dates(text: str) -> Iterator[DateSpan]:
    """Dates written in words, where the text has a month's name to hold one, and weekdays just past."""
    if _WORD_DATE_GATE_RE.search(text):
        yield from _whole_dates(text, _WORD_DATE_RE)
    if " gone" in text:
        yield from _whole_dates(text, _WEEKDAY_GONE_RE)


def dates(text: str) -> Iterator[DateSpan]:
    """Dates in figures and ordinals; a range of scores out of ten is no date ("went from 3/10 to 7/10")."""
    if "/10" not in text:
        yield from _dates(text)
        return
    scores = [(m.start("range"), m.end("range")) for m in _SCORE_RANGE_RE.finditer(text)]
    yield from (d for d in _dates(text) if not any(a <= d.start < b for a, b in scores))
