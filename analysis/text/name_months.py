"""Months and other words that are also given names, read as people by what comes after them: a post
("May on the front desk"), an age ("june is 79") or what they did ("April my support worker has been
amazing")."""

from __future__ import annotations

import re

from .name_after import AGED_AFTER_RE, POST_AFTER_RE
from .name_cues import CLAUSE_START_RE, RELATIONS_RE, ROLES_RE

__all__ = ["aged", "month_named_person", "post_after"]

# After a month that is also a given name, first in its sentence: "my" and a post or relation, then what
# the person did or is ("April my support worker has been amazing"; "May my mentor" alone asks).
_MONTH_PERSON_RE = re.compile(
    rf"\s+(?:my|our)\s+(?:[\w-]+\s+)?(?:{ROLES_RE}|{RELATIONS_RE})\s+(?:has|had|is|was|helped|sorted|came"
    r"|rang|said|told|made|gave|took)\b"
    # "April is the best HCA on the ward": a month holds no post.
    rf"|\s+(?:is|was)\s+(?:the|my|our)\s+(?:[\w-]+\s+)?(?:{ROLES_RE})\b",
    re.IGNORECASE,
)


def month_named_person(text: str, start: int, end: int) -> bool:
    """Whether a month that is a given name opens its sentence as the person who did something."""
    before = text[max(0, start - 40) : start]
    return bool(_MONTH_PERSON_RE.match(text, end) and CLAUSE_START_RE.search(before))


def aged(text: str, start: int, end: int) -> bool:
    """Whether a word first in its sentence is followed by an age ("june is 79. why friday?")."""
    before = text[max(0, start - 40) : start]
    return bool(AGED_AFTER_RE.match(text, end) and CLAUSE_START_RE.search(before))


# The words that make a month a time: "in June on the desk", "since May at reception".
_TIME_WORD_BEFORE_RE = re.compile(
    r"\b(?:in|on|since|until|till|by|of|during|from|early|late|mid|last|next|this|every|through|before|after"
    r"|and|or)\s+$",
    re.IGNORECASE,
)


def post_after(text: str, start: int, end: int) -> bool:
    """Whether a word first in its sentence, or after no word of time, has a post only a person holds after
    it ("May on the front desk", "i want to say June on the desk was lovely")."""
    before = text[max(0, start - 40) : start]
    return bool(
        POST_AFTER_RE.match(text, end)
        and (CLAUSE_START_RE.search(before) or not _TIME_WORD_BEFORE_RE.search(before))
    )
