"""Full names told by their shape: typed in capitals inside a comment that is not ("(KELECHI NWOSU, dob
...)"), or three listed names in a row ("programme list: Wei Ling Tan, Staff ID ...")."""

from __future__ import annotations

from itertools import pairwise

from .name_cues import name_cued, strongly_cued
from .name_tokens import Token
from .name_words import (
    FUNCTION_WORDS,
    MONTHS_AND_DAYS,
    PLACE_NOUNS,
    RELATIONS,
    ROLE_WORDS,
    TITLES,
    VOWELS,
    WordInfo,
    name_lists,
    word_info,
)

__all__ = ["mark_name_runs", "mark_names_in_capitals"]


def _in_capitals(token: Token) -> WordInfo | None:
    """What the lists say of a word in capitals as if in title case; None when it is no such word."""
    # A double surname in capitals ("MENSAH-BOATENG") is read by its first part.
    first = token.text.split("-")[0]
    if not (token.text.replace("-", "").isalpha() and token.text.isupper() and len(first) >= 3):
        return None
    info = word_info(first.title())
    if VOWELS.isdisjoint(info.folded) or info.folded in FUNCTION_WORDS or info.folded in PLACE_NOUNS:
        return None
    return info


def mark_names_in_capitals(tokens: list[Token], names: list[bool], text: str) -> None:
    """Mark a full name typed in capitals inside a comment that is not ("(KELECHI NWOSU, dob ...)",
    "JOHN SMITH was rude"): two words in capitals side by side, the first a listed given name or a word
    no list holds, the second a listed name or a word no list holds, one of them no English word unless
    the first is a given name; and one listed given name in capitals after a naming cue."""
    for i, token in enumerate(tokens):
        # One given name in capitals after "ask for" or "my daughter": "ask for KAYLEIGH".
        # Never a given name that is also a word, in capitals for stress: "the nurse SAID no".
        alone = _in_capitals(token)
        if alone is not None and alone.listed and alone.given and not alone.english:
            names[i] = names[i] or name_cued(text, token.start) or strongly_cued(text, token.start)
    for i in range(len(tokens) - 1):
        first, second = _in_capitals(tokens[i]), _in_capitals(tokens[i + 1])
        if first is None or second is None or text[tokens[i].end : tokens[i + 1].start] != " ":
            continue
        if not ((first.listed and first.given) or not first.known):
            continue
        if not (second.listed or not second.known):
            continue
        if first.english and second.english and not first.given:
            continue
        names[i] = names[i + 1] = True


def _run_word(token: Token) -> bool:
    """A capitalised word some name list holds that is no function word, month, day, place or place noun."""
    folded = token.folded
    return (
        token.capitalised
        and token.listed
        and folded not in FUNCTION_WORDS
        and folded not in MONTHS_AND_DAYS
        and folded not in PLACE_NOUNS
        and folded not in name_lists().places
        # "Sister Bernadette O'Connell": a title, post or relation before a name is not part of it.
        and folded not in ROLE_WORDS
        and folded not in RELATIONS
        and token.text not in TITLES
    )


def mark_name_runs(tokens: list[Token], names: list[bool], text: str) -> None:
    """Mark three listed names in a row, a given name first and a surname last ("Wei Ling Tan"), each
    of which may also be a word: three such words side by side name a person, unless a place noun
    follows ("Holly Rose Brook Lodge" names a building)."""
    for i in range(len(tokens) - 2):
        run = tokens[i : i + 3]
        if not (run[0].given and run[2].listed and all(_run_word(t) for t in run)):
            continue
        if any(text[a.end : b.start] != " " for a, b in pairwise(run)):
            continue
        after = tokens[i + 3] if i + 3 < len(tokens) else None
        if after is not None and after.folded in PLACE_NOUNS and text[run[2].end : after.start].isspace():
            continue
        names[i] = names[i + 1] = names[i + 2] = True
