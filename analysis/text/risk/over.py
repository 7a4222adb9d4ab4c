"""Distress a comment tells as over: self-harm long ago, or a dark time before help, with nothing of now."""

from __future__ import annotations

import re

__all__ = ["told_as_long_over", "told_as_recovered"]

# Self-harm the comment places long ago and says is over ("used to self harm at 16, but that was 20
# years ago and I'm in a good place now"); any word of it now or lately keeps the flag.
LONG_AGO_RE = re.compile(
    r"\b(?:used to|when i was (?:\d+|a (?:teenager|teen|kid|child|student))|as a (?:teenager|teen|kid|child)|"
    r"in my (?:teens|twenties))\b"
)
OVER_NOW_RE = re.compile(
    r"\b(?:(?:\d+|many|ten|twenty|thirty|several) years ago|a long time ago|(?:in|at) a (?:good|better) "
    r"place now|doing (?:really |very )?well now|how far i have come|not (?:done it|self harmed|harmed "
    r"myself|cut) (?:for|in|since) (?:years|\d+|many|over))"
)
# Distress told as over: "i was in a really dark place when i got referred ... i am doing loads better
# now". Indirect signs of it are set aside; anything direct, or said of now, keeps the flag.
WAS_DARK_RE = re.compile(
    r"\b(?:was|were|had been) (?:in )?(?:a )?(?:really |very |proper |pretty )?(?:dark|bad|low|horrible|"
    r"awful) (?:place|time|way|patch)\b[^.!?]{0,20}\b(?:when|before|until|last year|back then)\b"
)
BETTER_NOW_RE = re.compile(
    r"\b(?:am|i am|feel|feeling|doing) (?:loads|lots|so much|much|a lot|way|heaps|miles|massively) "
    r"(?:better|happier|more positive)(?: now| these days)?\b"
)
STILL_RE = re.compile(
    r"\b(?:again|still|lately|recently|at the moment|these days|urges?|relaps\w*|started|tempt\w*|"
    r"thinking about|think about|miss it|some days|sometimes)\b"
)


def told_as_long_over(text: str) -> bool:
    """Whether the comment places self-harm long ago and says it is over, with no word of it now."""
    return bool(LONG_AGO_RE.search(text) and OVER_NOW_RE.search(text)) and not STILL_RE.search(text)


def told_as_recovered(text: str) -> bool:
    """Whether the comment tells its distress as a time that is over, with nothing said of it now."""
    return bool(WAS_DARK_RE.search(text) and BETTER_NOW_RE.search(text)) and not STILL_RE.search(text)
