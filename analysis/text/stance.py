"""Stance and sentiment per theme: what a comment says about each theme, read from the words around it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .codebook import Match
from .sentiment import score_sentiment

__all__ = ["STANCES", "ThemeStance", "segment", "theme_stances"]

#: How a comment stands on a theme: a problem or obstacle; named as no problem, resolved or absent;
#: praised or named as what helped; or named as a fact, neither help nor problem.
STANCES = ("barrier", "not_a_barrier", "positive", "mention")

# A theme's part of a comment is its clause: sentences end at . ! ? ; and new lines, and a turn
# ("the mentor is great but the cover isn't there") starts a new clause.
_SEGMENT_BREAK_RE = re.compile(
    r"[.!?;\n]+|\s*(?:,\s*)?\b(?:but|however|although|though|whereas|except|apart from|other than)\b"
)

# "Maths and English weren't a problem", "no issues with the sound", "travel is fine": the theme is
# named as no obstacle. A negator before a word of trouble, or a verdict that it was no trouble.
_NOT_A_BARRIER_RE = re.compile(
    r"\b(?:no|not|never|nothing|wasnt|werent|isnt|arent|didnt|hasnt|havent|dont|doesnt|wont|aint"
    r"|without)\b(?:\s+\w+){0,3}?\s+(?:an?\s+|any\s+|much\s+(?:of\s+)?(?:an?\s+)?)?"
    r"(?:problems?|issues?|barriers?|bother|worry|worries|trouble|concerns?|struggle|difficult(?:y|ies)?"
    r"|hassle|drama|obstacles?|hurdles?|stress|an? ?problem)\b"
    r"|\bno (?:effect|difference|impact|change)\b"
    r"|\b(?:didnt|did not|hasnt|has not|doesnt|does not|never) (?:really |much )?"
    r"(?:affect|impact|matter|bother|hold (?:me|us) back|make (?:a |any |much )?difference)"
    r"|\b(?:was|were|is|are|been|be) (?:absolutely |totally |all |perfectly )?(?:fine|ok|okay|alright|easy"
    r"|straightforward|no bother|no problem)\b"
    r"|\b(?:not|none|no) (?:needed|required|necessary)\b|\bno need\b"
)

# Negative contractions lose their apostrophe first, so one spelling covers "didn't" and "didnt".
_APOSTROPHE_RE = re.compile(r"(?<=[a-z])'(?=t\b)")

# Prompts whose answers are problems unless they say otherwise, and praise unless they say otherwise.
_BARRIER_PROMPTS = frozenset({"could_improve"})
_POSITIVE_PROMPTS = frozenset({"what_good"})


@dataclass(frozen=True)
class ThemeStance:
    """One theme's stance and sentiment in one comment."""

    theme: str
    stance: str
    sentiment: str


def segment(lowered: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the clause holding the span start..end (the whole text when unknown)."""
    if start < 0:
        return 0, len(lowered)
    left = 0
    right = len(lowered)
    for brk in _SEGMENT_BREAK_RE.finditer(lowered):
        if brk.end() <= start:
            left = brk.end()
        elif brk.start() >= end:
            right = brk.start()
            break
    return left, right


def _stance(part: str, sentiment: str, prompt: str | None) -> str:
    """The stance a clause takes on its theme, given the clause's sentiment and the prompt answered."""
    if _NOT_A_BARRIER_RE.search(_APOSTROPHE_RE.sub("", part)):
        return "not_a_barrier"
    if sentiment == "negative":
        return "barrier"
    if sentiment == "positive":
        return "positive"
    if prompt in _BARRIER_PROMPTS:
        return "barrier"
    if prompt in _POSITIVE_PROMPTS:
        return "positive"
    return "mention"


def theme_stances(
    lowered: str, matches: Sequence[Match], prompt: str | None, comment_sentiment: str
) -> list[ThemeStance]:
    """Stance and sentiment of each matched theme, from the clause it was found in."""
    out: list[ThemeStance] = []
    whole = lowered.strip()
    for match in matches:
        left, right = segment(lowered, match.start, match.end)
        part = lowered[left:right].strip()
        # A theme whose clause is the whole comment takes the comment's sentiment, scored once.
        whole_comment = not part or part == whole
        sentiment = comment_sentiment if whole_comment else score_sentiment(part, prompt).label
        out.append(ThemeStance(match.theme, _stance(part or whole, sentiment, prompt), sentiment))
    return out
