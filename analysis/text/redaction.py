"""Remove identifying details from free text, and flag comments that disclose risk."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .lexicon import common_words, english_words, given_names, places, surnames

__all__ = [
    "LABELS",
    "REMOVED",
    "Identifier",
    "find_identifiers",
    "is_valid_nhs_number",
    "prepare_lists",
    "redact",
    "risk_flag",
]

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


def _split(words: str) -> frozenset[str]:
    """The words of a space-separated list (the word lists below are easier to read that way)."""
    return frozenset(words.split())


#: What redaction removes, in words: the method sections of the report and the analysis pack quote it.
REMOVED = (
    "names (given names and surnames of any origin, in any case, with or without a title), dates of "
    "birth and other dates with a day that are tied to a person (the date of a shared event, such as a "
    "workshop, is kept), street addresses (house number and street, flats and units, named buildings "
    "with their street), staff, payroll, ESR, employee and hospital numbers, NHS numbers (after the "
    'words "NHS number" whatever their check digit, elsewhere when the check digit is right), phone '
    "numbers, e-mail addresses and postcodes"
)


class Identifier(NamedTuple):
    """A stretch of a comment to remove: text[start:end], of a kind named in LABELS."""

    start: int
    end: int
    kind: str


# ---- Patterns on digits and "@": e-mail, NHS, staff and phone numbers, dates, addresses, postcodes.

_EMAIL_RE = re.compile(r"[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
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
_NHS_CUED_RE = re.compile(
    r"\bnhs\s*(?:no\b\.?|num(?:ber)?\b|#)?\s*(?:is\b|was\b|[:=-])?\s*"
    r"(?P<value>\d{3}[ -]?\d{3}[ -]?\d{4})(?!\d)",
    re.IGNORECASE,
)

# UK phone numbers: +44 or 0 then 9-10 more digits in the usual groupings, with spaces, dashes or
# brackets ("0191 123 4567", "(0161) 496 0000", "+44 7700 900123", "07700900123"), and other
# countries' numbers written with their "+" code.
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)44\s?\(?0?\)?\s?|\(?0)"
    r"(?:\d[\s-]?){1,4}\)?[\s-]?(?:\d[\s-]?){5,7}\d(?!\d)"
    r"|(?<![\w+])(?:\+|00)(?!44)[1-9]\d{0,2}[\s-]?(?:\d[\s-]?){6,11}\d(?!\d)"
)

# Staff, payroll, ESR, employee, bank and hospital numbers come in many shapes ("40018827",
# "E-20417", "0077 4412", "88-1204-7", "RX4827715"): after such a word, the number is taken whatever
# its shape; anywhere else, a run of six digits or more (with up to four letters before it) is an
# identifier of some kind, since feedback has no other use for one.
_STAFF_CUED_RE = re.compile(
    r"\b(?:(?:esr|payroll|staff|employee|emp|personnel|badge|smart ?card|hospital|patient|bank|assignment"
    r"|mrn|rio|pas|case|k)(?:\s+(?:no\b\.?|number\b|num\b|id\b|ref\b|#))|esr|payroll|mrn)"
    r"\s*(?:is\b|was\b|[:=#-])?\s*"
    r"(?P<value>(?:[A-Za-z]{1,4}\s?[-/]?\s?)?\d(?:[ -]?\d){2,}(?:[-/][0-9A-Za-z]+)?)(?![\w])",
    re.IGNORECASE,
)
_LONG_NUMBER_RE = re.compile(r"(?<![\w£$€.,/])(?:[A-Za-z]{1,4}[-/]?)?\d{6,}(?:[-/]\d+)*(?![\w/]|[.,]\d)")

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORDINAL = r"(?:st|nd|rd|th)"
# A date is a day with a month: "3rd March", "14 feb 2001", "1st of June 1979", "March 3, 1990",
# "02.07.2005", "23-9-92", "1996-05-21"; a day and month in figures only after "on", "from" or "DOB"
# ("on 14/3"), since "4/5" and "10/10" are ratings; a bare ordinal only as "on the 7th".
_DATE_RE = re.compile(
    rf"\b{_DAY}\s?{_ORDINAL}?(?:\s+of)?\s+{_MONTH}\b\.?(?:,?\s+(?:(?:19|20)\d{{2}}\b|'\d{{2}}\b))?"
    rf"|\b{_MONTH}\.?\s+(?:the\s+)?{_DAY}(?:\s?{_ORDINAL}\b|,?\s+(?:19|20)\d{{2}}\b|\b(?![:.]?\d))"
    rf"(?:,?\s+(?:19|20)\d{{2}}\b)?"
    rf"|\b{_DAY}[/.-](?:1[0-2]|0?[1-9])[/.-](?:(?:19|20)\d{{2}}|\d{{2}})(?![\d/.-]?\d)"
    rf"|\b(?:19|20)\d{{2}}[/.-](?:1[0-2]|0?[1-9])[/.-]{_DAY}\b(?![/.-]?\d)",
    re.IGNORECASE,
)
_CUED_DATE_RE = re.compile(
    rf"\b(?:on|from|until|till|since|by|dob|d\.o\.b)\W{{1,3}}(?P<value>{_DAY}/(?:1[0-2]|0?[1-9]))\b(?![/.]?\d)"
    rf"|\b(?:on|from|until|till|since|by)\s+the\s+(?P<ordinal>{_DAY}{_ORDINAL})\b"
    r"(?!\s+(?:floor|time|times|day|week|month|year|cycle|attempt|go|try|session|place|every|each)\b)",
    re.IGNORECASE,
)
# After "DOB" the year alone, or month and year, are enough to identify someone.
_DOB_YEAR_RE = re.compile(
    rf"\b(?:dob|d\.o\.b\.?|date of birth)\s*(?:is\b|was\b|[:=-])?\s*"
    rf"(?P<value>(?:{_MONTH}\.?,?\s+)?(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
_BIRTH_CUE_RE = re.compile(
    r"\b(?:dob|d\.o\.b|date of birth|born|birthday|bday|b\.)\W[^.!?\n]{0,12}$", re.IGNORECASE
)
# Dates of events everyone shares (the event, a workshop, a cohort, a hand-in date) are kept; any
# other date with a day is taken as tied to the writer or someone they name.
_SHARED_DATE_CUE_RE = re.compile(
    r"\b(?:event|events|conference|workshop|webinar|training|session|sessions|group|groups|cohort|module"
    r"|modules|assignment|assignments|deadline|deadlines|due|starts|starting|begins|course|class|classes"
    r"|lecture|meeting|open day|study day|away day|celebration|launch|next one|hand in|hand-in|submission"
    r"|festival|bank holiday|term|semester|exam board)\b(?:\W+\w+){0,4}\W*$",
    re.IGNORECASE,
)
_CLAUSE_END_RE = re.compile(r"[.!?\n;]")

_STREET_SUFFIX = (
    r"Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Court|Ct|Drive|Dr|Way|Place|Pl|Crescent|Cres|Grove|"
    r"Gardens|Gdns|Terrace|Terr|Walk|Row|Mews|View|Hill|Green|Square|Sq|Park|Rise|Vale|Croft|Fold|"
    r"Gate|Parade|Brow|Bank|Wynd|Garth|Yard|Chase|Meadow|Meadows|Fields|Heights|Grange|Lea|Mount|"
    r"Boulevard|Wharf|Quay|Mead|Nook|Side|End|Cottages|Estate|Approach|Circle|Copse|Dene|Dale"
)
_BUILDING_SUFFIX = (
    r"House|Court|Lodge|Mansions|Tower|Towers|Buildings|Heights|Apartments|Chambers|Mill|Works|Hall|"
    r"Point|Wharf|Cottages?|Farm|Place|Block|Villas?"
)
_CAP_WORD = r"[A-Z][\w'’-]*"
_ESTATE = r"(?:\s+(?:Trading|Industrial|Business|Retail)\s+(?:Estate|Park|Centre))?"
_STREET = rf"(?:{_CAP_WORD}\s+){{1,3}}(?:{_STREET_SUFFIX})\b\.?{_ESTATE}"
_HOUSE_NUMBER = r"\d{1,4}[A-Za-z]?\b"
# "108 Mallowfield Street", "Flat 22b Dabchick Court", "Flat 4, Rowan House, Quillan Street",
# "Unit 3, Fettlers Lane Trading Estate", "Rowan House, Quillan Street"; in lower case only with a
# common street word ("12 church street") or after "I live at" and the like.
_ADDRESS_RE = re.compile(
    rf"\b(?i:flat|apartment|apt)\.?\s*{_HOUSE_NUMBER}"
    rf"(?:,?\s+(?:[A-Za-z'’-]+\s+){{1,3}}(?i:{_BUILDING_SUFFIX}|{_STREET_SUFFIX})\b)?"
    rf"(?:,?\s+(?:{_HOUSE_NUMBER},?\s+)?{_STREET})?"
    rf"|\bUnit\s+{_HOUSE_NUMBER},?\s+{_STREET}"
    rf"|\b{_HOUSE_NUMBER},?\s+{_STREET}"
    r"|\b\d{1,4}[a-z]?,?\s+(?:[a-z]+\s+){1,2}(?:street|road|lane|avenue|close|drive|crescent|terrace|grove"
    r"|gardens)\b"
)
# A named building with its street ("Rowan House, Quillan Street") is an address, digits or not.
_BUILDING_STREET_RE = re.compile(
    rf"(?:{_CAP_WORD}\s+){{1,3}}(?:{_BUILDING_SUFFIX}),\s+(?:{_HOUSE_NUMBER},?\s+)?{_STREET}"
)
_BUILDING_GATES = tuple(f"{word}," for word in _BUILDING_SUFFIX.replace("?", "").split("|"))
_ADDRESS_CUE_RE = re.compile(
    r"\b(?:i live|we live|she lives|he lives|they live|lives|living|my address is|our address is|address"
    r"|moved to|send it to|post it to)\s*(?:at|on|is|:)?\s+"
    r"(?P<value>(?:\d{1,4}[a-z]?,?\s+)?(?:[\w'’-]+\s+){1,3}(?:street|st|road|rd|lane|avenue|ave|close|court"
    r"|drive|way|place|crescent|grove|gardens|terrace|walk|row|mews|view|hill|green|square|park|rise|fold"
    r"|croft|house|lodge|flats)\b)",
    re.IGNORECASE,
)

# UK postcodes: outward code (area letters, district digit, optional letter/digit) and inward code
# (digit and two letters from the letters Royal Mail uses). Case-insensitive: people type "ne1 4lp".
_POSTCODE_RE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)

# Numbers, dates and most addresses need digits, and the address cues one of these words.
_NOT_DIGIT_RE = re.compile(r"\D+")
_ADDRESS_GATES = ("live", "Live", "LIVE", "ddress", "DDRESS", "oved", "OVED", "end it", "ost it")

# ---- Names.
#
# A word is a name by what it is and where it stands. Shipped lists (lexicons/README.md) say which
# words are given names or surnames of many origins, which are towns and countries, and which are
# English words. Then:
# - after a title ("Dr", "Mrs"), a word is a name in any case ("dr smith") unless it is an English
#   word and no name ("Dr needs to listen");
# - a capitalised word of the name lists that is not an English word is a name ("Ngozi", "Okafor");
# - a capitalised word in no list at all, neither names nor words nor places, is a name too: that is
#   how names nobody listed are found ("Chidinma", "Bhriain");
# - a given name that is also a word ("Grace", "Will", "Dawn", "Mark") is a name only where the
#   context says a person: after a role or relation ("my mentor Drew"), before one ("Jack the HCA",
#   "Faith (my PE)"), where someone is ("Dawn on the crisis line", "Amber on reception"), next to
#   another name ("Grace Mensah"), or as the one who acts ("Mark said");
# - in lower case, a listed name that is not an English word is a name ("ask for priya", "ewa"), and
#   so is a word in no list after "my daughter", "ask for", "nurse" and the like;
# - a word before "ward", "unit", "house", "station" and the like names a place, and stays; after
#   "a" or "the" a word is a thing ("a saint", "the rose").
# A word next to a name joins it when it can be part of one: a surname, a second given name, a
# particle ("Máire Ní Bhriain", "Zainab Al-Harbi").

_LETTERS = r"[^\W\d_]"
_TOKEN_RE = re.compile(rf"{_LETTERS}+(?:['’-]{_LETTERS}+)*")
# Labels already in the text ("[name]", "[Date Redacted]") are left as they are.
_LABEL_RE = re.compile(r"\[[^\[\]\n]{1,30}\]")
# Words that are never names, whatever the lists hold (some surname lists hold "The" and "He").
_FUNCTION_WORDS = _split(
    "a an and are as at be but by for from had has have he her him his i if in is it its me my no not of "
    "on or our she so that the their them they this to us was we were who with you your all any each "
    "every very just also then than there here what when where which while why how too"
)
# Titles people write before a name (after "Miss" a word is a name only by the other rules).
_TITLES = frozenset(
    {"Dr", "dr", "DR", "Mr", "mr", "MR", "Mrs", "mrs", "MRS", "Ms", "Mx", "Prof", "prof", "Professor"}
)
# Longest first, so a regex made of them tries "sister-in-law" before "sister".
_RELATIONS = tuple(
    sorted(
        _split(
            """daughter son mum mam mom mother dad father brother sister husband wife partner boyfriend
    girlfriend fiance fiancé fiancee fiancée nan nana nanna gran granny grandma grandmother
    grandad granddad grandpa grandfather grandson granddaughter grandchild aunt auntie aunty
    uncle niece nephew cousin friend mate neighbour neighbor carer child baby kid stepson
    stepdaughter stepmum stepdad brother-in-law sister-in-law mother-in-law father-in-law son-
    in-law daughter-in-law"""
        ),
        key=lambda word: (-len(word), word),
    )
)
_ROLES = (
    "nurse",
    "nurses",
    "doctor",
    "sister",
    "matron",
    "mentor",
    "mentors",
    "supervisor",
    "manager",
    "therapist",
    "counsellor",
    "counselor",
    "consultant",
    "paramedic",
    "driver",
    "receptionist",
    "support worker",
    "care coordinator",
    "care co-ordinator",
    "keyworker",
    "key worker",
    "social worker",
    "psychiatrist",
    "psychologist",
    "gp",
    "assessor",
    "tutor",
    "lecturer",
    "teacher",
    "trainer",
    "coach",
    "practitioner",
    "assistant practitioner",
    "midwife",
    "physio",
    "physiotherapist",
    "pharmacist",
    "dietitian",
    "dietician",
    "carer",
    "health care assistant",
    "healthcare assistant",
    "hca",
    "hcsw",
    "ot",
    "occupational therapist",
    "clinician",
    "student",
    "apprentice",
    "trainee",
    "mentee",
    "colleague",
    "worker",
    "staff member",
    "educator",
    "practice educator",
    "pe",
    "ps",
    "practice supervisor",
    "rmn",
    "cpn",
    "ap",
    "na",
    "nursing associate",
    "team leader",
    "ward manager",
    "charge nurse",
    "staff nurse",
    "deputy",
    "lead",
    "boss",
    "speaker",
    "chair",
    "host",
    "facilitator",
    "presenter",
    "registrar",
    "admin",
    "secretary",
    "cleaner",
    "porter",
    "housekeeper",
    "volunteer",
    "advocate",
    "chaplain",
    "officer",
    "lady",
    "man",
    "gentleman",
    "woman",
    "guy",
    "lad",
    "girl",
    "boy",
    "fella",
    "bloke",
)
# Words right before a name that say one follows: thanks, introductions, "ask for", "called".
_NAME_CUES = frozenset(
    {
        "called",
        "named",
        "name is",
        "name's",
        "name was",
        "ask for",
        "asked for",
        "thanks to",
        "thank you to",
        "thank u to",
        "shout out to",
        "shoutout to",
        "shout-out to",
        "big up",
        "this is",
        "mentored by",
        "supported by",
        "seen by",
        "marked by",
        "signed off by",
        "assessed by",
        "looked after by",
        "cared for by",
    }
)
# Cues before a capitalised given name that is also a word ("my mentor Drew", "thanks Hope").
_CUES = (
    frozenset(_ROLES)
    | frozenset(_RELATIONS)
    | _NAME_CUES
    | {"i'm", "im", "i am", "it's", "its", "ask", "thanks", "thank you", "thank u", "thankyou", "cheers"}
)
_STRONG_CUES = frozenset(_ROLES) | frozenset(_RELATIONS) | _NAME_CUES
# The last word of each strong cue: a comment without one needs no look at the words after cues.
_STRONG_CUE_ENDS = frozenset(cue.split()[-1] for cue in _STRONG_CUES)
_ROLES_RE = "|".join(_ROLES)
_RELATIONS_RE = "|".join(_RELATIONS)
# "St Luke's", "Saint Mary's": a saint names a hospital, a church or a ward.
_SAINT_RE = re.compile(r"(?:^|\W)(?:St|ST|Saint)\.?\s+$")
_POSSESSIVES = _split("my our your his her their")
_TITLE_ROLES = _split("nurse sister matron doctor")


def _words_before(text: str, start: int) -> list[str]:
    """The last three words before a position, lower case, when only a space, ":", "," or "(" follows them."""
    before = text[max(0, start - 40) : start]
    if not before or not (before[-1].isspace() or before[-1] in ":,("):
        return []
    return before.rstrip(" \t:,(").lower().split()[-3:]


def _phrases(words: list[str]) -> list[str]:
    """The last word, the last two and the last three, as phrases."""
    return [" ".join(words[-n:]) for n in range(1, len(words) + 1)]


def _titled(text: str, start: int) -> bool:
    """Whether a title stands right before the position ("Dr Okafor", "mrs. patel")."""
    words = text[max(0, start - 20) : start].split()
    return bool(words) and text[start - 1 : start].isspace() and words[-1].rstrip(".") in _TITLES


def _cued(text: str, start: int) -> bool:
    """Whether a role, a relation, an introduction or thanks stands right before the position."""
    return any(phrase in _CUES for phrase in _phrases(_words_before(text, start)))


def _strongly_cued(text: str, start: int) -> bool:
    """Whether a role, a relation or a naming word ("called") stands right before the position."""
    return any(phrase in _STRONG_CUES for phrase in _phrases(_words_before(text, start)))


def _lower_cued(text: str, start: int) -> bool:
    """The cues a lower-case word in no list needs: "my daughter", "staff nurse", "ask for".

    Fewer than for a capitalised word, because "I'm knackered" and "help with backfill" are no names.
    """
    words = _words_before(text, start)
    phrases = _phrases(words)
    if any(p in _NAME_CUES for p in phrases) or (words and words[-1] in _TITLE_ROLES):
        return True
    for n in (1, 2):
        if (
            len(words) > n
            and " ".join(words[-n:]) in _CUES
            and (words[-n - 1] in _POSSESSIVES or words[-n - 1].endswith(("'s", "’s")))
        ):
            return True
    return False


def _name_cued(text: str, start: int) -> bool:
    """Whether "called", "ask for", "thanks to" and the like stand right before the position."""
    return any(phrase in _NAME_CUES for phrase in _phrases(_words_before(text, start)))


_PERSON_PLACES = (
    r"reception|desk|ward|wards|team|line|phone|phones|switchboard|pharmacy|unit|group|office|clinic|"
    r"course|shift|shifts|nights|days|helpline|front|door|hub|service|cafe|café|canteen|bay|floor|rota|"
    r"programme|panel|table|stall"
)
# After a word: where a person is ("on reception", "from the hearing voices group").
_WHERE_RE = re.compile(
    rf"(?:['’]s)?\s+(?:on|at|from|in|off|behind)\s+(?:the\s+|our\s+|my\s+|your\s+|their\s+|this\s+)?"
    rf"(?:[\w'&/-]+\s+){{0,3}}?(?:{_PERSON_PLACES})\b",
    re.IGNORECASE,
)
# After a word: what a person is ("the HCA", "(my PE)", ", my mentor") or what they did ("said").
_WHAT_OR_DID_RE = re.compile(
    rf"(?:['’]s)?\s*,?\s*(?:"
    rf"\(\s*(?:my|our|the|a|an)?\s*(?:[\w-]+\s+)?(?:{_ROLES_RE})\b"
    rf"|(?:the|my|our|a|an|who\s+is|who's|who\s+was)\s+(?:[\w-]+\s+)?(?:{_ROLES_RE}|{_RELATIONS_RE})\b"
    r"(?!\s+(?:post|posts|role|roles|programme|course|job|jobs|training|apprenticeship|level|band)\b)"
    r"|(?:said|says|told|asked|explained|listened|helped|helps|sorted|rang|phoned|visited|spoke|talked|"
    r"answered|remembered|came|took|gave|makes|made sure|went above|always|never|really|has been|"
    r"(?:was|is) (?:so |really |very |absolutely )?(?:brilliant|lovely|great|amazing|fab|fabulous|"
    r"fantastic|kind|rude|helpful|unhelpful|excellent|wonderful|supportive|caring|patient|dismissive|"
    r"a star|a legend|a gem))\b)",
    re.IGNORECASE,
)
# Before a word, these make it a thing, not a person ("a saint", "the man", "this rose").
_ARTICLE_BEFORE_RE = re.compile(
    r"(?:^|[^\w'’])(?:a|an|the|this|that|these|those|some|any|every|each|no|another)\s+$", re.IGNORECASE
)
# Sayings whose name-like words are no names.
_IDIOM_RE = re.compile(r"\bbob['’]s your uncle\b|\bmark my words\b|\bfor the love of god\b", re.IGNORECASE)
_ROLE_WORDS = frozenset(_ROLES) | {"miss"}
_PLACE_NOUNS = _split(
    "ward wards unit units house centre center building hospital clinic station street road lane avenue "
    "court suite wing surgery practice college university school hall park library church chapel room "
    "trust hub services service lodge campus site hospice team teams group day"
)
# Joining words of names: "Máire Ní Bhriain", "Zainab Al-Harbi", "Ó Briain", "van der Berg".
_PARTICLES = _split(
    "ni nic o ua ui mac mc mhic de da di du del della der den van von la le al el bin bint ibn abu ap"
)
_MONTHS_AND_DAYS = _split(
    "january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday christmas easter"
)
_CONTRACTIONS = frozenset({"t", "m", "re", "ve", "ll", "d", "s"})
_VOWELS = frozenset("aeiouy")


def _fold(word: str) -> str:
    """The word in lower case without accents ("Siobhán" -> "siobhan")."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def _textblob_file(name: str) -> Path:
    """A data file of TextBlob's English package, found without importing TextBlob."""
    spec = importlib.util.find_spec("textblob")
    if spec is None or spec.origin is None:
        raise RuntimeError("textblob is not installed (see requirements.txt)")
    return Path(spec.origin).parent / "en" / name


class _Lists(NamedTuple):
    """Folded word sets the name rules look words up in."""

    given: frozenset[str]
    surnames: frozenset[str]
    english: frozenset[str]  # English words, places, months and days: a name among them needs context
    known: frozenset[str]  # every word some list holds; a capitalised word outside them is a name
    places: frozenset[str]


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    """The name, word and place sets, read once per process (about half a second)."""
    lexicon = _textblob_file("en-lexicon.txt").read_text(encoding="utf-8").splitlines()
    entries = [line.split(" ", 1)[0] for line in lexicon if line and not line.startswith(";")]
    spelling = _textblob_file("en-spelling.txt").read_text(encoding="utf-8").splitlines()
    # Brill's tagger lexicon (shipped with TextBlob) holds English words in lower case and proper
    # nouns capitalised; Norvig's spelling list, lower-cased from books, holds both; SCOWL's British
    # dictionary and our list hold words only.
    english = {_fold(w) for w in entries if w.islower()}
    english |= {_fold(w) for w in english_words() | common_words()}
    proper = {_fold(w) for w in entries if w[:1].isupper()}
    spelled = {_fold(line.split(" ", 1)[0]) for line in spelling if line and not line.startswith(";")}
    towns = {_fold(w) for w in places()}
    town_words = {part for town in towns for part in town.split()}
    english |= towns | _MONTHS_AND_DAYS
    given = frozenset(_fold(w) for w in given_names())
    family = frozenset(_fold(w) for w in surnames())
    return _Lists(
        given=given,
        surnames=family,
        english=frozenset(english),
        known=frozenset(english | proper | spelled | town_words | given | family | _PARTICLES),
        places=frozenset(towns),
    )


def prepare_lists() -> None:
    """Read the name, word and place lists now (a process pool forks after this, sharing them)."""
    _lists()


class _Token(NamedTuple):
    """A word of the comment and what the lists say of it."""

    start: int
    end: int
    text: str
    folded: str
    capitalised: bool
    listed: bool  # a given name or surname of the lists
    given: bool
    english: bool  # an English word, a place, a month or a day
    known: bool  # in some list: names, words or places


# Endings that make a word from a word: "Mentoring" is a word because "mentor" is.
_SUFFIXES = ("ing", "ed", "es", "s", "ly", "er", "ers", "ment", "ments", "ness", "ful", "less", "ised", "ise")


def _derived(word: str, known: frozenset[str]) -> bool:
    """Whether the word is a known word with an English ending ("dialled", "happily", "mentoring")."""
    for suffix in _SUFFIXES:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        doubled = stem[:-1] if stem[-1] == stem[-2] else stem
        if stem in known or stem + "e" in known or doubled in known or stem[:-1] + "y" in known:
            return True
    return False


class _Word(NamedTuple):
    """What the lists say of a word as written."""

    folded: str
    capitalised: bool
    listed: bool  # a given name or surname of the lists
    given: bool
    english: bool  # an English word, a place, a month or a day
    known: bool  # in some list: names, words or places
    candidate: bool  # whether the word could be a name in some context (titles aside)


@lru_cache(maxsize=131072)
def _word(text: str) -> _Word:
    """The look-ups of one word, remembered: a comment's words are mostly the same few thousand."""
    lists = _lists()
    folded = _fold(text)
    capitalised = text[0].isupper() and not (len(text) > 1 and text[1].isupper())
    parts = [p for p in re.split(r"[-']", folded) if p] or [folded]
    if len(parts) > 1 and "'" in folded and parts[-1] in _CONTRACTIONS:
        # "don't", "we've", "I'm": contractions are English words.
        return _Word(folded, capitalised, False, False, True, True, False)
    names = [p for p in parts if p not in _PARTICLES] or parts
    given = any(p in lists.given for p in names)
    listed = given or any(p in lists.surnames for p in names)
    english = all(p in lists.english or p in _PARTICLES for p in parts)
    known = all(p in lists.known or _derived(p, lists.known) for p in parts)
    if capitalised:
        candidate = given or not english
    else:
        candidate = text.islower() and len(text) >= 3 and (listed or not known)
    return _Word(folded, capitalised, listed, given, english, known, candidate)


def _token(match: re.Match[str]) -> _Token:
    """A word with its look-ups; a possessive "'s" is left outside it."""
    start, end, text = match.start(), match.end(), match.group(0)
    if text[-2:] in ("'s", "’s") and len(text) > 3:
        end -= 2
        text = text[:-2]
    w = _word(text)
    return _Token(start, end, text, w.folded, w.capitalised, w.listed, w.given, w.english, w.known)


def _could_be_name(token: _Token) -> bool:
    """Whether a word is shaped like a name: not a role or place noun, an acronym or a stray letter."""
    folded = token.folded
    return (
        len(token.text) >= 2
        and folded not in _FUNCTION_WORDS
        and folded not in _PLACE_NOUNS
        and folded not in _ROLE_WORDS
        and token.text.rstrip(".") not in _TITLES
        and not (len(token.text) > 1 and token.text[:2].isalpha() and token.text[:2].isupper())
    )


def _is_name_word(token: _Token, text: str, following: _Token | None) -> bool:
    """Whether the word is a name from what it is and the words around it (before joining)."""
    before = text[max(0, token.start - 40) : token.start]
    if _titled(text, token.start):
        return token.folded not in _FUNCTION_WORDS and (token.listed or not token.english)
    if not _could_be_name(token) or _SAINT_RE.search(before):
        return False
    if (
        following is not None
        and following.folded in _PLACE_NOUNS
        and text[token.end : following.start].isspace()
        # "Sarah Ward" is a person, "Rowan Ward" and "Sarah ward" are wards.
        and not (token.listed and not token.english and following.capitalised)
    ):
        return False
    if "-" in token.text and token.english:
        return False  # "Ring-fence", "Follow-up": a compound of words
    after = text[token.end : token.end + 60]
    if token.capitalised:
        if not token.english and token.listed:
            return True
        if not token.known:
            # In no list: a name, unless too short or without a vowel to be one ("Qs", "Wld").
            return len(token.text) > 2 and not _VOWELS.isdisjoint(token.folded)
        # A given name that is also a word ("Mercy", "Will"), or a proper noun of the lexicons that
        # no list calls a name or a place ("Bisi"), is a name in a person's context.
        if _ARTICLE_BEFORE_RE.search(before):
            return False
        if not token.given and token.english:
            # Any capitalised word right after a role or relation is a name ("Auntie Bola").
            return token.folded not in _MONTHS_AND_DAYS and _strongly_cued(text, token.start)
        if token.folded in _MONTHS_AND_DAYS:
            return _cued(text, token.start)  # "May, my mentor" is a month; "my mentor May" a person
        return bool(_cued(text, token.start) or _WHERE_RE.match(after) or _WHAT_OR_DID_RE.match(after))
    if not token.text.islower() or len(token.text) < 3 or _ARTICLE_BEFORE_RE.search(before):
        return False
    if token.listed and not token.english and len(token.text) >= 4:
        return True
    if (token.listed and not token.english) or not token.known:
        return bool(_lower_cued(text, token.start) or _WHERE_RE.match(after))
    if token.given:
        return bool(_name_cued(text, token.start) or _WHERE_RE.match(after))
    return False


def _joins(name: _Token, neighbour: _Token, text: str, forward: bool) -> bool:
    """Whether a word next to a name belongs to it: a surname, a second name, a particle."""
    gap = text[name.end : neighbour.start] if forward else text[neighbour.end : name.start]
    if not gap.isspace() or "\n" in gap:
        return False
    if neighbour.folded in _PARTICLES and not (len(neighbour.text) > 1 and neighbour.text.isupper()):
        # "Ní Bhriain", "de Souza": a particle goes with the name after it; after a name, with the next.
        return True
    if not _could_be_name(neighbour):
        return False
    if neighbour.folded in _MONTHS_AND_DAYS:
        return False
    if not neighbour.capitalised:
        # "aisha begum", "tendai moyo": a lower-case name goes on with a word that is no English word.
        return forward and not name.capitalised and neighbour.text.islower() and not neighbour.english
    if forward:
        # A capitalised word after a name is its surname unless it is only a word or a place
        # ("Sarah Ward staff" keeps "Ward", a place noun: see _could_be_name).
        return neighbour.listed or not neighbour.english
    # Before a name, a listed name or a word that is no English word joins it ("Patience Boakye",
    # "Mark Ellison", "Thi Hoa Nguyen").
    words = _lists().english
    return neighbour.listed or not (neighbour.english or _derived(neighbour.folded, words))


_TITLE_ANYWHERE_RE = re.compile(r"\b(?:dr|mrs?|ms|mx|prof|professor)\b", re.IGNORECASE)
# The quick look reads ASCII words; a comment with other letters ("Siobhán") is read in full.
_CAPITALISED_RE = re.compile(r"\b[A-Z][A-Za-z]*")
_LOWER_RE = re.compile(r"\b[a-z]{3,}\b(?!['’])")
_OTHER_LETTER_RE = re.compile(r"[^\x00-\x7f‘’“”–—£€…•]")


@lru_cache(maxsize=1)
def _lower_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case words that are names wherever they stand, and those that are names only in context."""
    lists = _lists()
    listed = lists.given | lists.surnames
    always = frozenset(w for w in listed - lists.english if len(w) >= 4 and w.isalpha())
    in_context = frozenset(w for w in (lists.given & lists.english) | (listed - lists.english) if w.isalpha())
    never = _PLACE_NOUNS | _ROLE_WORDS | _FUNCTION_WORDS | _MONTHS_AND_DAYS
    return always, in_context - always - never


def _in_context(word: str, text: str, english: bool) -> bool:
    """Whether a word stands somewhere in the text where a name could: after a cue, before a role."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if not (text[start - 1 : start].isalpha() or text[end : end + 1].isalpha()):
            if _WHERE_RE.match(text, end):
                return True
            if word[0].isupper():
                if _cued(text, start) or _WHAT_OR_DID_RE.match(text, end):
                    return True
            elif _name_cued(text, start) or (not english and _lower_cued(text, start)):
                return True
        start = text.find(word, end)
    return False


def _maybe_title(text: str) -> bool:
    """Whether a title could be in the text, by plain substring tests that cost next to nothing."""
    return "dr" in text or "mr" in text or "ms" in text or "mx" in text or "prof" in text


def _may_hold_name(text: str) -> bool:
    """False when no word of the text can be a name: one scan and set look-ups for most comments."""
    if _OTHER_LETTER_RE.search(text):
        return True
    capitalised = _CAPITALISED_RE.findall(text)
    if not _TITLES.isdisjoint(capitalised) or (_maybe_title(text) and _TITLE_ANYWHERE_RE.search(text)):
        return True
    in_doubt = []
    plain = []
    for w in capitalised:
        info = _word(w)
        if info.candidate:
            if (info.listed and not info.english) or not info.known:
                return True  # a listed name that is no word, or a word in no list
            in_doubt.append(w)  # "Hope", "Will", "Bisi": a name only in context
        else:
            plain.append(w)
    lows = set(_LOWER_RE.findall(text))
    if plain and not _STRONG_CUE_ENDS.isdisjoint(lows | {w.lower() for w in capitalised}):
        # A capitalised word right after a role or relation ("Auntie Bola") is a name.
        for w in plain:
            start = text.find(w)
            while start >= 0:
                if _strongly_cued(text, start):
                    return True
                start = text.find(w, start + len(w))
    always, in_context = _lower_sets()
    if not lows.isdisjoint(always):
        return True
    known = _lists().known
    unknown = [w for w in lows - known if not _derived(w, known)]
    return (
        any(_in_context(w, text, english=True) for w in in_doubt)
        or any(_in_context(w, text, english=False) for w in unknown)
        or any(_in_context(w, text, english=w in _lists().english) for w in lows & in_context)
    )


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of every name in the text."""
    # A comment typed in capitals is read as if in title case, so "KAREN WAS RUDE" is looked up.
    shout = text.isupper() and len(text) >= 8 and len(text.title()) == len(text)
    source = text.title() if shout else text
    if not _may_hold_name(source):
        return []
    tokens = [_token(m) for m in _TOKEN_RE.finditer(source)]
    titled = _TITLE_ANYWHERE_RE.search(source) is not None
    skip = [(m.start(), m.end()) for m in _LABEL_RE.finditer(source)]
    skip += [(m.start(), m.end()) for m in _IDIOM_RE.finditer(source)]
    names = [
        (titled or _word(t.text).candidate or (t.capitalised and _strongly_cued(source, t.start)))
        and not any(s <= t.start < e for s, e in skip)
        and _is_name_word(t, source, tokens[i + 1] if i + 1 < len(tokens) else None)
        for i, t in enumerate(tokens)
    ]
    changed = any(names)
    while changed:
        changed = False
        for i, is_name in enumerate(names):
            if not is_name:
                continue
            for j, forward in ((i + 1, True), (i - 1, False)):
                if 0 <= j < len(tokens) and not names[j] and _joins(tokens[i], tokens[j], source, forward):
                    names[j] = changed = True
            # "Ravi and Grace": a given name joined to a name by "and" is one too.
            if i + 2 < len(tokens) and not names[i + 2] and tokens[i + 1].folded == "and":
                other = tokens[i + 2]
                if other.capitalised and other.given and _could_be_name(other):
                    names[i + 2] = changed = True
    # A particle joins a name after it ("Ní Bhriain"), never stands alone.
    for i, t in enumerate(tokens):
        if names[i] and t.folded in _PARTICLES and not (i + 1 < len(tokens) and names[i + 1]):
            names[i] = False
    return [(t.start, t.end) for t, is_name in zip(tokens, names, strict=True) if is_name]


# Disclosures a person must read: self-harm, suicide, abuse, feeling unsafe, harm to others. The risk
# patterns are matched on lower-cased text: a case-blind search of so many alternatives is three
# times slower.
_RISK_RE = re.compile(
    r"\bsuicid\w*|\bkill(?:ing|ed)? (?:my ?self|myself)\b|\bend (?:my life|it all|things)\b"
    r"|\btake my (?:own )?life\b|\b(?:want|wanted|wanting) to die\b|\bbetter off dead\b"
    r"|\b(?:don't|do not|didn't|did not) want to (?:live|be here|be alive|wake up)\b"
    r"|\bself[- ]?harm\w*|\b(?:harm|hurt|cut|cutting|harming|hurting|burn|burning)(?:ing)? my ?self\b"
    r"|\boverdos\w*|\bnot safe\b|\bunsafe\b|\bin danger\b|\bscared for my (?:life|safety)\b"
    r"|\bfear(?:ed|ful)? for my (?:life|safety)\b|\babus(?:e|ed|ive|ing)\b|\bassault\w*|\braped?\b"
    r"|\bsexual(?:ly)? (?:harass|touch|assault)\w*|\bhit me\b|\bbeat(?:s|en)? me\b|\bhurt me\b"
    r"|\bthreaten\w*|\b(?:kill|hurt|harm|attack|stab) (?:someone|somebody|people|others|him|her|them|"
    r"my (?:wife|husband|partner|mum|dad|mother|father|child|children|kids|son|daughter))\b"
    r"|\bharm to (?:others|myself|self)\b",
)
# "I never felt unsafe" reassures rather than discloses; only the feeling-unsafe group is negatable,
# because a negated disclosure of self-harm or abuse still needs a person to read it.
_SAFE_NEGATION_RE = re.compile(
    r"\b(?:never|not once|at no (?:point|time))\b[^.!?]{0,25}\b(?:unsafe|in danger|not safe)\b"
    r"|\b(?:didn't|did not|don't|do not|never) (?:feel|felt) (?:unsafe|in danger)\b",
)
_UNSAFE_ONLY_RE = re.compile(r"\bnot safe\b|\bunsafe\b|\bin danger\b")


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


def _date_kind(text: str, start: int) -> str | None:
    """ "date_of_birth", "person_date", or None for a date everyone shares (the event on 5 March)."""
    before = text[max(0, start - 60) : start]
    if _BIRTH_CUE_RE.search(before):
        return "date_of_birth"
    clause = _CLAUSE_END_RE.split(before)[-1]
    if _SHARED_DATE_CUE_RE.search(clause):
        return None
    return "person_date"


def _dates(text: str) -> Iterator[Identifier]:
    """Dates of birth and other dates with a day that are tied to a person."""
    for match in _DATE_RE.finditer(text):
        value = match.group(0)
        # "may 5 people": a month in lower case followed by a bare number is no date.
        if value[:1].islower() and re.fullmatch(rf"{_MONTH}\.?\s+\d{{1,2}}", value, re.IGNORECASE):
            continue
        kind = _date_kind(text, match.start())
        if kind is not None:
            yield Identifier(match.start(), match.end(), kind)
    for match in _CUED_DATE_RE.finditer(text):
        group = "value" if match.group("value") else "ordinal"
        kind = _date_kind(text, match.start(group))
        if kind is not None:
            yield Identifier(match.start(group), match.end(group), kind)
    for match in _DOB_YEAR_RE.finditer(text):
        yield Identifier(match.start("value"), match.end("value"), "date_of_birth")


def _nhs_numbers(text: str) -> Iterator[Identifier]:
    """NHS numbers after "NHS number", whatever their check digit, and valid ones anywhere."""
    for match in _NHS_CUED_RE.finditer(text):
        yield Identifier(match.start("value"), match.end("value"), "nhs_number")
    for match in _NHS_CANDIDATE_RE.finditer(text):
        if is_valid_nhs_number("".join(match.groups())):
            yield Identifier(match.start(), match.end(), "nhs_number")


def _patterns(text: str) -> Iterator[Identifier]:
    """Every identifier found by pattern: all kinds but names, in order of precedence."""
    # Each pattern runs only on text that could hold what it looks for: most comments have no "@"
    # and few digits, and the case-blind patterns are the slow ones.
    if "@" in text:
        yield from (Identifier(m.start(), m.end(), "email") for m in _EMAIL_RE.finditer(text))
    if "at]" in text or "at)" in text or "AT]" in text or "AT)" in text or " dot " in text or " DOT " in text:
        yield from (Identifier(m.start(), m.end(), "email") for m in _HIDDEN_EMAIL_RE.finditer(text))
    if any(gate in text for gate in _BUILDING_GATES):
        yield from (Identifier(m.start(), m.end(), "address") for m in _BUILDING_STREET_RE.finditer(text))
    if any(cue in text for cue in _ADDRESS_GATES):
        for m in _ADDRESS_CUE_RE.finditer(text):
            yield Identifier(m.start("value"), m.end("value"), "address")
    digits = len(_NOT_DIGIT_RE.sub("", text))
    if not digits:
        return
    if digits >= 9:
        yield from _nhs_numbers(text)
    if digits >= 3:
        for m in _STAFF_CUED_RE.finditer(text):
            yield Identifier(m.start("value"), m.end("value"), "staff_number")
    if digits >= 9:
        yield from (Identifier(m.start(), m.end(), "phone") for m in _PHONE_RE.finditer(text))
    yield from _dates(text)
    yield from (Identifier(m.start(), m.end(), "address") for m in _ADDRESS_RE.finditer(text))
    yield from (Identifier(m.start(), m.end(), "postcode") for m in _POSTCODE_RE.finditer(text))
    if digits >= 6:
        yield from (Identifier(m.start(), m.end(), "staff_number") for m in _LONG_NUMBER_RE.finditer(text))


def _only_spaces(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one or more spaces or tabs."""
    gap = text[start:end]
    return bool(gap) and not gap.strip(" \t")


def find_identifiers(text: str) -> list[Identifier]:
    """Every identifier in the text, in order, none overlapping (the first found wins a clash)."""
    if not isinstance(text, str) or not text:
        return []
    found = list(_patterns(text))
    taken = [(i.start, i.end) for i in found]
    for start, end in _name_spans(text):
        # A capitalised word inside an address or e-mail is no name of its own.
        if not any(s < end and start < e for s, e in taken):
            found.append(Identifier(start, end, "name"))
    result: list[Identifier] = []
    for ident in sorted(found, key=lambda i: (i.start, -i.end)):
        if (
            result
            and ident.kind == result[-1].kind == "name"
            and _only_spaces(text, result[-1].end, ident.start)
        ):
            # The words of one name become one label: "Chidinma Okafor" -> "[name]".
            result[-1] = result[-1]._replace(end=ident.end)
            continue
        if result and ident.start < result[-1].end:
            last = result[-1]
            if ident.end > last.end:
                result[-1] = last._replace(end=ident.end)
            continue
        result.append(ident)
    return result


def redact(text: str) -> str:
    """Text with every identifier (see LABELS) replaced by its label: "[name]", "[date of birth]"..."""
    if not isinstance(text, str) or not text:
        return "" if not isinstance(text, str) else text
    pieces: list[str] = []
    done = 0
    for ident in find_identifiers(text):
        pieces += [text[done : ident.start], LABELS[ident.kind]]
        done = ident.end
    return "".join([*pieces, text[done:]]) if pieces else text


def risk_flag(text: str) -> bool:
    """Whether a comment may disclose self-harm, suicide, abuse, feeling unsafe or harm to others."""
    if not isinstance(text, str) or not text:
        return False
    lowered = text.lower()
    hits = [m.group(0) for m in _RISK_RE.finditer(lowered)]
    if not hits:
        return False
    only_unsafe = all(_UNSAFE_ONLY_RE.fullmatch(h) for h in hits)
    return not (only_unsafe and _SAFE_NEGATION_RE.search(lowered))
