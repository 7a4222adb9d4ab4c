"""Remove identifying details from free text (risk flags are in risk.py, re-exported here)."""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from .lexicon import first_names_england_wales, first_names_us

# Risk flags live in risk.py; re-exported so callers of redaction.risk_flag keep working.
from .risk import risk_flag

__all__ = ["first_names", "is_valid_nhs_number", "redact", "risk_flag"]

_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")

# Ten digits as 3-3-4 with optional single spaces or dashes (the way NHS numbers are printed), or run
# together. Digits glued to other digits are not taken, so longer numbers stay whole.
_NHS_CANDIDATE_RE = re.compile(r"(?<![\d])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d])")

# UK phone numbers: +44 or 0 then 9-10 more digits in the usual groupings, with spaces, dashes or
# brackets ("0191 123 4567", "(0161) 496 0000", "+44 7700 900123", "07700900123").
_PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+44\s?\(?0?\)?\s?|\(?0)"
    r"(?:\d[\s-]?){1,4}\)?[\s-]?(?:\d[\s-]?){5,7}\d(?!\d)"
)

# UK postcodes: outward code (area letters, district digit, optional letter/digit) and inward code
# (digit and two letters from the letters Royal Mail uses). Case-insensitive: people type "ne1 4lp".
_POSTCODE_RE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE,
)

# Honorifics are unambiguous, so the word after them is a name whatever its case ("dr smith"); "Miss"
# and "Ms" must be capitalised because "miss" is a verb and "ms" an illness.
_HONORIFIC_RE = re.compile(
    r"\b(?P<title>(?:[Dd]r|[Mm]rs?|Ms|Miss|Mx|[Pp]rof|Professor)\.?)\s+"
    r"(?P<name>(?!(?i:and|or|the|was|is|who|at|in|on|of|for|to|with|said|says|told|a|an)\b)"
    r"[A-Za-z][A-Za-z'-]+(?:\s+(?!(?:And|Or|The|Was|Is|Who|At|In|On|Of|For|To|With)\b)[A-Z][a-z'-]+)?)",
)
# After a role, only a capitalised word is taken as a name ("nurse Sarah", "my mentor Jo"), because
# "the nurse was kind" must stay as written.
_ROLES = (
    r"nurse|nurses|doctor|sister|matron|mentor|supervisor|manager|therapist|counsellor|counselor|consultant|"
    r"paramedic|driver|crew member|crew|receptionist|support worker|care coordinator|care co-ordinator|"
    r"key ?worker|social worker|psychiatrist|psychologist|gp|assessor|tutor|lecturer|trainer|"
    r"practitioner|assistant practitioner|midwife|physio|physiotherapist|pharmacist|carer|"
    r"health care assistant|healthcare assistant|hca|ot|occupational therapist|clinician|student|"
    r"apprentice|colleague|worker|staff member|lady|man|gentleman|woman|guy|called|named|name is|"
    r"name was|thanks to|thank you to|thank you"
)
_NOT_NAMES = (
    r"I|I'm|I've|I'd|A|An|The|And|But|Or|So|Was|Is|Were|Are|Who|He|She|They|We|It|This|That|In|On|At|"
    r"For|To|With|From|Of|By|As|If|When|Then|Very|Really|Also|Team|Trust|NHS|Band|Ward|Service|Services|"
    r"Mental|Health|Care|Ambulance|Hospital|Unit|Centre|Center|Clinic|Level|Practice|All|Everyone|Staff|"
    r"Crisis|Community|Dept|Department|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
# A role's name starts at a capitalised word after whitespace, which is rare in feedback, so the search
# starts there and only then looks back for a role: trying the long, case-blind list of roles at every
# word took most of the redaction's time.
# A name may have capitals inside it: "O'Hara", "Kerry-Ann", "McDonald".
_NAME = r"[A-Z][a-z'-]+(?:[A-Z][a-z'-]+)*"
_NAME_START_RE = re.compile(rf"\s(?!(?:{_NOT_NAMES})\b){_NAME}")
_SECOND_NAME_RE = re.compile(rf"\s+(?!(?:{_NOT_NAMES})\b){_NAME}")
# One capitalised word after a redacted name is its surname ("[name] Jones"), or a second first name.
_SURNAME_AFTER_RE = re.compile(
    rf"\[name\](?:[ \t]+\[name\])*(?:[ \t]+(?!(?:{_NOT_NAMES})\b){_NAME}(?![\w-]))?(?=\W|\Z)"
)
_ROLE_BEFORE_RE = re.compile(rf"\b(?P<title>(?i:{_ROLES}))\s+\Z")
# Characters to look back from the whitespace before a name: the longest role and the boundary before it.
_ROLE_REACH = max(len(role) for role in _ROLES.split("|")) + 1

# A first name on its own ("Sarah was lovely") is found in lists of first names shipped as data:
# the Office for National Statistics' most common names in England and Wales and a US list, both as
# Faker (MIT) ships them (lexicons/README.md gives their source and licence).
# The US list holds English words ("Will", "Hope", "Joy") and places. Its names count only where the
# lower-case word is not in TextBlob's English lexicon (Brill's tagger lexicon, shipped with TextBlob),
# and never where they are a place of the programme's region, another common place or a festival.
# The English list is of people's names only, so its "Mark" or "Grace" is always a name.
_PLACES_AND_FESTIVALS = frozenset(
    {
        "Bradford",
        "Carlisle",
        "Chester",
        "Christmas",
        "Devon",
        "Easter",
        "Florence",
        "India",
        "Kendal",
        "Kent",
        "Lincoln",
        "London",
        "Paris",
        "Preston",
        "Sydney",
        "York",
    }
)
# A capitalised word, hyphenated or not ("Kerry-Ann" is a name when "Kerry" is).
_CAPITALISED_WORD_RE = re.compile(r"(?<![\w'-])(?P<first>[A-Z][a-z]+)(?:-[A-Z][a-z]+)?(?![\w-])")

# E-mail addresses need an "@", and NHS numbers, phone numbers and postcodes a digit: text without
# them skips those patterns.
_DIGIT_RE = re.compile(r"\d")


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


def _textblob_lexicon() -> Path:
    """TextBlob's English lexicon (Brill's tagger lexicon), found without importing TextBlob."""
    spec = importlib.util.find_spec("textblob")
    if spec is None or spec.origin is None:
        raise RuntimeError("textblob is not installed (see requirements.txt)")
    return Path(spec.origin).parent / "en" / "en-lexicon.txt"


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """First names redacted wherever they stand, capitalised (read once per process, about 0.1 s)."""
    lexicon = _textblob_lexicon().read_text(encoding="utf-8")
    words = {line.split(" ", 1)[0] for line in lexicon.splitlines() if not line.startswith(";")}
    not_names = set(_NOT_NAMES.split("|")) | _PLACES_AND_FESTIVALS
    american = {name for name in first_names_us() if name.lower() not in words}
    return frozenset((first_names_england_wales() | american) - not_names)


def _nhs_replace(match: re.Match[str]) -> str:
    """Replace a ten-digit run only when it is a valid NHS number; others are left for the phone rule."""
    digits = "".join(match.groups())
    return "[NHS number]" if is_valid_nhs_number(digits) else match.group(0)


def redact(text: str) -> str:
    """Text with e-mail addresses, UK phone numbers, NHS numbers, postcodes and names replaced."""
    if not isinstance(text, str) or not text:
        return "" if not isinstance(text, str) else text
    out = _EMAIL_RE.sub("[email]", text) if "@" in text else text
    if _DIGIT_RE.search(out):
        # NHS numbers first: a valid ten-digit number is an NHS number even if it could be dialled.
        out = _NHS_CANDIDATE_RE.sub(_nhs_replace, out)
        out = _PHONE_RE.sub("[phone]", out)
        out = _POSTCODE_RE.sub("[postcode]", out)
    out = _HONORIFIC_RE.sub(lambda m: f"{m.group('title')} [name]", out)
    return _redact_first_names(_redact_role_names(out))


def _redact_first_names(text: str) -> str:
    """Text with each capitalised first name of the lists, and a capitalised surname after it, replaced."""
    names = first_names()

    def replace(match: re.Match[str]) -> str:
        """The word, or [name] when it (or its first part) is a first name."""
        word = match.group(0)
        return "[name]" if word in names or match.group("first") in names else word

    out = _CAPITALISED_WORD_RE.sub(replace, text)
    return _SURNAME_AFTER_RE.sub("[name]", out) if "[name]" in out else out


def _redact_role_names(text: str) -> str:
    """Text with a capitalised name after a role replaced: "nurse Sarah Jones" -> "nurse [name]"."""
    pieces: list[str] = []
    done = searched = 0
    while (name := _NAME_START_RE.search(text, searched)) is not None:
        # Walk back to the start of the whitespace before the name; a role must end there.
        gap = name.start()
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        role = _ROLE_BEFORE_RE.search(text, max(0, gap - _ROLE_REACH), name.start() + 1)
        if role is None:
            searched = name.end()
            continue
        second = _SECOND_NAME_RE.match(text, name.end())
        end = second.end() if second else name.end()
        pieces += [text[done : role.start()], f"{role.group('title')} [name]"]
        done = searched = end
    return "".join([*pieces, text[done:]]) if pieces else text
