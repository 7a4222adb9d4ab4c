"""Words after a word that say a person, shared by the quick look and the word-by-word reading."""

from __future__ import annotations

import re

from .name_cues import (
    RELATIONS_RE,
    ROLES_RE,
    WHAT_OR_DID_RE,
    WHERE_RE,
    WITH_ME_BEFORE_RE,
    lower_cued,
    person_after,
    verb_after,
)
from .name_words import FUNCTION_WORDS, MONTHS_AND_DAYS, word_info

__all__ = ["POST_AFTER_RE", "lower_given_by_verb", "lower_person_by_grammar", "person_after_surname"]

_NEXT_CAPITALISED_RE = re.compile(r"[ \t]+([A-Z][\w'’-]+)")
_NEXT_LOWER_RE = re.compile(r"[ \t]+([a-z][\w'’-]+)")


def _surname_end(text: str, end: int, capitalised: bool) -> int | None:
    """The end of a listed surname right after a word, in the same case ("Penny Lees", "rukhsana begum")."""
    match = (_NEXT_CAPITALISED_RE if capitalised else _NEXT_LOWER_RE).match(text, end)
    if match is None:
        return None
    info = word_info(match.group(1))
    if not info.listed or info.folded in FUNCTION_WORDS or info.folded in MONTHS_AND_DAYS:
        return None
    return match.end()


# After a lower-case word that starts its clause, what a person is or did ("sue was lovely", "mark said",
# "will is my mentor"), where "will be back", "hope is fading" and "may never" say nothing of a person.
_LOWER_DEED_RE = re.compile(
    r"\s+(?:(?:was|is)\s+(?:so\s+|really\s+|very\s+|absolutely\s+|always\s+)?(?:lovely|brilliant|great|"
    r"amazing|fab|fabulous|fantastic|kind|rude|helpful|unhelpful|excellent|wonderful|supportive|caring|"
    rf"dismissive|a\s+star|a\s+legend|a\s+gem|(?:my|our|the)\s+(?:[\w-]+\s+)?(?:{ROLES_RE}|{RELATIONS_RE}))"
    r"|said|told|explained|listened|helped|rang|phoned|sorted|spoke|talked|answered|visited)\b"
)
_LOWER_CLAUSE_START_RE = re.compile(r"(?:^|[.!?\n(;,]\s*)$")


def lower_person_by_grammar(text: str, start: int, end: int) -> bool:
    """Whether a lower-case word-name starts its clause as the one who was or did something."""
    return (
        text[start:end] not in MONTHS_AND_DAYS
        and bool(_LOWER_CLAUSE_START_RE.search(text[max(0, start - 4) : start]))
        and bool(_LOWER_DEED_RE.match(text, end))
    )


def person_after_surname(text: str, start: int, end: int) -> bool:
    """Whether a listed surname follows the word and the words after both say a person ("Penny Lees in
    payroll", "rukhsana begum in the pharmacy was a star")."""
    capitalised = text[start : start + 1].isupper()
    after = _surname_end(text, end, capitalised)
    if after is None:
        return False
    if capitalised:
        return person_after(text, start, after)
    return bool(WHERE_RE.match(text, after) or WHAT_OR_DID_RE.match(text, after))


# A post only a person holds, after a month or day that starts its sentence ("May on the front desk";
# "May on the ward was chaos" is the month).
POST_AFTER_RE = re.compile(
    r"\s+(?:on|at|from|behind)\s+(?:the\s+)?(?:front\s+)?(?:desk|reception|switchboard|door|phones?|line|"
    r"helpline|stall|uni|university|college)\b",
    re.IGNORECASE,
)


def lower_given_by_verb(text: str, start: int, end: int) -> bool:
    """Whether a lower-case given name that is also a word is a person by the verb after it: after a
    relation or post ("my daughter grace has asthma", "my son tom smith was discharged", a listed surname
    between), or with the writer ("me n jade started the same week")."""
    if lower_cued(text, start):
        if verb_after(text, start, end):
            return True
        after = _surname_end(text, end, capitalised=False)
        return after is not None and verb_after(text, end, after)
    return bool(WITH_ME_BEFORE_RE.search(text, max(0, start - 12), start)) and verb_after(text, start, end)
