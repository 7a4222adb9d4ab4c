"""A comment's words with what the lists say of each, and the tests of a name's shape."""

from __future__ import annotations

import re
from typing import NamedTuple

from .name_words import (
    FUNCTION_WORDS,
    PARTICLES,
    PLACE_NOUNS,
    ROLE_WORDS,
    TITLES,
    WordInfo,
    name_lists,
    word_info,
)

__all__ = [
    "Token",
    "capitals_surname",
    "could_be_name",
    "hyphen_name",
    "joined_name",
    "joined_shape",
    "joins_east_asian",
    "particle_name",
    "read_token",
    "strong_name",
]


class Token(NamedTuple):
    """A word of the comment, where it stands, and what the lists say of it (its WordInfo)."""

    start: int
    end: int
    text: str
    info: WordInfo

    @property
    def folded(self) -> str:
        """The word in lower case without accents."""
        return self.info.folded

    @property
    def capitalised(self) -> bool:
        """Written with a capital and not in capitals."""
        return self.info.capitalised

    @property
    def listed(self) -> bool:
        """A given name or surname of the lists."""
        return self.info.listed

    @property
    def given(self) -> bool:
        """A given name of the lists."""
        return self.info.given

    @property
    def english(self) -> bool:
        """An English word, a place, a month or a day."""
        return self.info.english

    @property
    def known(self) -> bool:
        """In some list: names, words or places."""
        return self.info.known

    @property
    def stray(self) -> bool:
        """No English word nor made from one, though some list knows it."""
        return self.info.stray


def read_token(match: re.Match[str]) -> Token:
    """A word with its look-ups; a possessive "'s" is left outside it."""
    start, end, text = match.start(), match.end(), match.group(0)
    if text[-2:] in ("'s", "’s") and len(text) > 3:
        end -= 2
        text = text[:-2]
    return Token(start, end, text, word_info(text))


def could_be_name(token: Token) -> bool:
    """Whether a word is shaped like a name: not a role or place noun, an acronym or a stray letter."""
    folded = token.folded
    return (
        len(token.text) >= 2
        and folded not in FUNCTION_WORDS
        and folded not in PLACE_NOUNS
        and folded not in ROLE_WORDS
        and token.text.rstrip(".") not in TITLES
        and not (len(token.text) > 1 and token.text[:2].isalpha() and token.text[:2].isupper())
    )


def hyphen_name(token: Token) -> bool:
    """Whether a word is a double name, each part capitalised ("Mei-Ling", "Jean-Paul")."""
    parts = token.text.split("-")
    return len(parts) > 1 and all(p[:1].isupper() and p[1:2].islower() for p in parts)


def capitals_surname(token: Token) -> bool:
    """Whether a word in capitals after a name in capitals is its surname ("JUAN QUAYLE"), where an
    acronym ("NHS", "CAMHS") is no name: four letters or more, in some list, a name or no English word."""
    return len(token.text) > 3 and token.known and (token.listed or not token.english)


def particle_name(token: Token) -> bool:
    """Whether a word is a surname with its particle joined on ("el-Sayed", "Al-Harbi", "bin-Rashid")."""
    particle, hyphen, rest = token.text.partition("-")
    return bool(hyphen) and particle.lower() in PARTICLES and rest[:1].isupper() and "-" not in rest


def given_pair(text: str) -> bool:
    """Whether a hyphened word is a given name joined to another or to a syllable no dictionary holds
    ("Min-jun", "Seo-yeon"), where "Follow-up" and "Drop-in" join words."""
    first, hyphen, second = text.lower().partition("-")
    if not hyphen or "-" in second or len(second) < 2:
        return False
    lists = name_lists()
    if first not in lists.given or first + "-" + second in lists.words:
        return False
    return second in lists.given or second not in lists.english


def double_given(text: str) -> bool:
    """Whether a word is a given name with a syllable joined ("Min-jun"), or a word of that shape in no
    list whose first part is no English word ("Seo-yeon"; "Cross-sectoral" joins two words)."""
    if given_pair(text):
        return True
    first, hyphen, second = text.partition("-")
    info = word_info(text)
    # Known only as a proper noun ("Hyun-woo" in a lexicon of names) still counts; a listed word does not.
    if (
        not hyphen
        or (info.known and not info.stray)
        or not (first.isalpha() and second.isalpha() and second.islower())
    ):
        return False
    # A syllable of a Korean or Chinese given name is short.
    return len(second) <= 5 and first.lower() not in name_lists().english


def joined_shape(text: str) -> bool:
    """Whether a capitalised word joined by an apostrophe or hyphen is a surname by its shape
    ("O'Connor-Boyle", "D'Arcy-Hale", "Lloyd-Bolton"): every part capitalised, one part a listed name,
    not all parts dictionary words ("Well-Led") and no town ("Stoke-On-Trent")."""
    parts = [p for p in re.split(r"['’-]", text) if p]
    if len(parts) < 2 or not all(p[:1].isupper() and p[1:2].islower() for p in parts[1:]):
        return False
    if not parts[0][:1].isupper() or (len(parts[0]) > 1 and not parts[0][1:2].islower()):
        return False
    lists = name_lists()
    folded = [word_info(p).folded for p in parts]
    if word_info(text).folded in lists.places or all(p in lists.words or p in PARTICLES for p in folded):
        return False
    return any(p in lists.given or p in lists.surnames for p in folded)


def joined_name(token: Token) -> bool:
    """Whether a word is a surname joined by an apostrophe or hyphen (see joined_shape)."""
    return (
        token.capitalised
        and ("-" in token.text or "'" in token.text or "’" in token.text)
        and (joined_shape(token.text))
    )


def strong_name(token: Token) -> bool:
    """A listed name that is no English word ("Zhang", "Okafor"): its neighbour joins it in either order."""
    return token.listed and not token.english


def joins_east_asian(name: Token, neighbour: Token, forward: bool) -> bool:
    """Whether a neighbour joins a name the way Chinese and Korean names run: "Li Na" (a two-letter given
    name after a given name, though "NA" is also a post), "park min-jun" and "Kim Seo-yeon" (a listed
    surname before two given names joined, even where the surname is also a place noun)."""
    if forward:
        # "li na" in lower case: a two-letter given name, then a short listed given name.
        lower = name.text.islower() and len(name.text) == 2 and neighbour.text.islower()
        return (
            (name.capitalised or lower)
            and name.given
            and len(neighbour.text) == 2
            and (neighbour.text.istitle() or lower)
            and neighbour.listed
            and neighbour.folded not in FUNCTION_WORDS
        )
    return double_given(name.text) and neighbour.listed and neighbour.text.isalpha()
