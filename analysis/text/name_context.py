"""Context rules for names added from the unseen file's leaks and lost words, by kind of wording.

A word first in its sentence with a post and a deed after it ("rowan the OT was brill"); one picked
out of the staff ("especially Summer"); a capitalised word between two names ("Dr Li Na Zhang"); the
words of a body's name before "NHS" or "Trust" ("Pennine Ridge NHS Trust"), and where someone is from
("he's from Gdańsk"), which are places; and words a cue before them cannot make a name: the writer
("I'd"), a modal verb before an adverb ("Will never forget"), a ward named after the people on it
("the staff on Holly"), a plant described ("the purple heather").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .name_cues import (
    CLAUSE_START_RE,
    ROLES_RE,
    WHERE_RE,
    name_cued,
    place_before,
    strongly_cued,
    tail_phrases,
    where_after,
    words_before,
)
from .name_tokens import Token
from .name_words import FUNCTION_WORDS, MONTHS_AND_DAYS, name_lists

__all__ = [
    "BODY_RE",
    "I_CONTRACTION_RE",
    "MODAL_ADVERB_RE",
    "PEOPLE_ON_RE",
    "described_plant",
    "fill_between",
    "join_nickname_prefix",
    "person_placed",
    "picked_out",
    "placed_before",
    "placed_mid_sentence",
    "role_first",
    "set_apart",
    "word_named",
]

# After a word first in its sentence: the post the person holds and what they did ("rowan the OT was
# brill", "hope the physio helped"), where "will the nurse call" has no verb of the past or present.
_ROLE_THEN_VERB_RE = re.compile(
    rf"\s*,?\s+(?:the|my|our)\s+(?:{ROLES_RE})\s*,?\s+(?:was|is|were|has|had|helped|helps|said|says|"
    r"sorted|made|gave|took|came|listened|explained|went|got|always|really|never|marked|signed|checked|ran"
    r"|runs|did|does|showed|taught)\b",
    re.IGNORECASE,
)
# Before a word in no list: where someone is from ("he's from Gdańsk", "she is originally from Enugu").
FROM_PLACE_RE = re.compile(
    r"(?:['’]s|\bis|\bam|\bare|\bwas|\bwere|\bcomes?|\bcame|\boriginally|\bgrew up)\s+from\s+$",
    re.IGNORECASE,
)
# The words of a body's name before "NHS" or "Trust" ("Pennine Ridge NHS Trust"): a place, no person.
BODY_RE = re.compile(
    r"\b(?:[A-Z][\w'’-]+ ){1,4}(?:NHS\b|(?:Foundation|Healthcare|Partnership|Community|Teaching|Health|Care) "
    r"(?:NHS )?(?:Trust|Hospitals?)\b)"
)


def placed_before(before: str) -> bool:
    """Whether the words before a word in no list make it a place ("from Hunslet", "he's from Gdańsk")."""
    return place_before(before) or bool(FROM_PLACE_RE.search(before))


# Words that pick one out of many: a person ("especially Summer"), never a month ("especially Easter").
_PICKED_OUT = frozenset(
    {"especially", "esp", "particularly", "in particular", "including", "mostly", "notably", "mention"}
)


def picked_out(text: str, start: int) -> bool:
    """Whether "especially", "in particular" and the like stand right before the position."""
    words = [word.rstrip(".") for word in words_before(text, start)]
    if words and words[-1] in ("from", "for", "to"):
        words = words[:-1]  # "particularly from Blessing", "special mention for Bliss"
    return any(phrase in _PICKED_OUT for phrase in tail_phrases(words))


def person_placed(text: str, start: int, end: int) -> bool:
    """Whether the words after a lower-case word say where a person is or what post they hold."""
    return bool(WHERE_RE.match(text, end)) or role_first(text, start, end)


def role_first(text: str, start: int, end: int) -> bool:
    """Whether a word first in its sentence has a post and a deed after it ("rowan the OT was brill")."""
    before = text[max(0, start - 40) : start]
    return bool(CLAUSE_START_RE.search(before) and _ROLE_THEN_VERB_RE.match(text, end))


# A note's action and its owner ("Action: Rob to borrow the outline", "Actions - Will and Ade"), and a
# name set apart by commas after the post its owner holds ("The AP who runs it, Mercy, sends a text").
_OWNER_BEFORE_RE = re.compile(r"\b(?:actions?|owners?|lead|who)\s*[:–-]\s*$", re.IGNORECASE)
_OWNER_AFTER_RE = re.compile(r"\s*(?:,|&|\band\b|\bto\b|\bwill\b|\bplease\b)")
_POST_WHO_BEFORE_RE = re.compile(
    rf"\b(?:the|our|my)\s+(?:{ROLES_RE})\s+who\s+[^,.!?\n]{{1,30}},\s*$"
    # Where the post holder is, or which of several it was: "the RMN on nights, Rich, taught me", "the
    # young lad on reception, Drew, is cheerful", "the 3rd one, Nikos, sat down with me".
    rf"|\b(?:the|our|my)\s+(?:[\w-]+\s+){{0,2}}(?:{ROLES_RE}|lad|lass|guy|girl|woman|man|lady|fella|bloke|gent"
    r"|chap)\s+(?:on|at|from|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?,\s*$"
    r"|\bthe\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last|latest|new|next|current)\s+one,\s*$",
    re.IGNORECASE,
)


def set_apart(text: str, start: int, end: int) -> bool:
    """Whether a word is a note's action owner, or named between commas after a post and "who", a post and
    where it is held, or "the 3rd one"."""
    before = text[max(0, start - 60) : start]
    if _OWNER_BEFORE_RE.search(before):
        return bool(_OWNER_AFTER_RE.match(text, end))
    return bool(_POST_WHO_BEFORE_RE.search(before) and text[end : end + 1] == ",")


class _Word(Protocol):
    """What fill_between reads of a word (name_tokens.py's tokens have it)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def folded(self) -> str: ...


def fill_between(tokens: Sequence[_Word], names: list[bool], text: str) -> None:
    """A capitalised word between two names of one run is a name too ("Dr Li Na Zhang")."""
    for i in range(1, len(tokens) - 1):
        token = tokens[i]
        if names[i] or not (names[i - 1] and names[i + 1]) or not token.text[:1].isupper():
            continue
        if token.folded in FUNCTION_WORDS or token.folded in MONTHS_AND_DAYS or token.text.isupper():
            continue
        if text[tokens[i - 1].end : token.start] == " " and text[token.end : tokens[i + 1].start] == " ":
            names[i] = True


# Words that make a nickname with the name after them: "Big Tommo the HCA", "Little Mo".
_NICKNAME_PREFIXES = frozenset({"Big", "Little", "Lil"})


def join_nickname_prefix(tokens: Sequence[_Word], names: list[bool], text: str) -> None:
    """A "Big" or "Little" right before a name is part of it ("Big Tommo")."""
    for i in range(len(tokens) - 1):
        if names[i + 1] and not names[i] and tokens[i].text in _NICKNAME_PREFIXES:
            names[i] = text[tokens[i].end : tokens[i + 1].start] == " "


# "I'd", "I’m": the writer, whatever cue stands before ("As practice educator I'd like").
# "I'm", and the pronoun contractions typed without their apostrophe ("As a manager Id say", "Hes been on
# the ward"): never a name, though "Id" is also a word and "Hes" in no list.
I_CONTRACTION_RE = re.compile(r"I['’]|(?:Id|Im|Ive|Hes|Shes|Theyre|Youre)\Z")
# A modal verb then an adverb first in a sentence ("Will never forget it") is no name unless cued.
MODAL_ADVERB_RE = re.compile(r"\s+(?:never|always|really|definitely|probably|certainly|also|still|not)\b")
# "the staff on Holly were amazing": a ward, named after the people on it.
PEOPLE_ON_RE = re.compile(
    r"\b(?:staff|nurses|team|everyone|everybody|people|patients|carers|HCAs?|lads|girls|ladies|doctors"
    # One of the staff, or a person named, on a ward named after a plant or a person: "the nurse on Ivy",
    # "Dylan ap Rhys on Ivy was the only nurse who ...".
    r"|nurse|hca|rmn|doctor|sister|charge nurse|support worker|staff member|(?-i:[A-Z][\w'’-]+))\s+"
    r"(?:on|at)\s+$",
    re.IGNORECASE,
)
# Words that describe a plant, not a person: "the purple heather", "wild garlic and ivy".
_PLANT_WORDS = frozenset(
    {
        "purple", "pink", "white", "yellow", "red", "blue", "orange", "wild", "dried", "fresh", "wilted",
        "wilting", "climbing", "potted", "flowering", "dead", "plastic", "fake", "artificial", "some",
        "english", "common", "dwarf", "sweet", "garden",
    }
)  # fmt: skip


def described_plant(before: str) -> bool:
    """Whether a word that describes a plant stands right before ("the purple ", "wild ")."""
    words = before.split()
    return bool(words) and before[-1:].isspace() and words[-1] in _PLANT_WORDS


def placed_mid_sentence(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands inside its sentence with the team a person comes from right after
    it ("delayed because Sharp from practice ed was off"; "FS English in the staff room" is a subject)."""
    return (
        text.startswith(" from ", end)
        and not CLAUSE_START_RE.search(text, max(0, start - 12), start)
        and where_after(text, end)
    )


def word_named(token: Token, text: str) -> bool:
    """Whether a capitalised English word no list gives as a first name names someone here: right after a
    role or relation ("Auntie Bola"), or mid-sentence with the team a person comes from after it ("because
    Sharp from practice ed was off"); a town after thanks is thanked as a place ("thanks to Leeds")."""
    if token.folded in name_lists().places and not token.listed and name_cued(text, token.start):
        return False
    placed = token.listed and placed_mid_sentence(text, token.start, token.end)
    return token.folded not in MONTHS_AND_DAYS and (strongly_cued(text, token.start) or placed)
