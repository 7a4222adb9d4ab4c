"""Cue families widened from the kinds of disclosure the scholium file showed were missing.

A patient who chokes left with a tray nobody cuts up; visits to high-risk people turned into phone
calls on a rural team of two; "everyone would be better off without you", the writer asking for
themselves.
"""

from __future__ import annotations

from .cue import _C, _S, _ST, _Cue, _cue

CUES: tuple[_Cue, ...] = (
    _cue(
        _C,
        # Help with eating that is needed and not given: a tray left that nobody cuts up or helps with.
        r"\b(?:nobody|no one|noone|no-one|never anyone) (?:ever )?(?:cuts?|chops?|mashe?s?|helps? (?:me|him"
        r"|her|them|mum|dad|nan|grandad)(?: to)? eat|feeds? (?:me|him|her|them))\b",
        "describes help to eat or drink not given",
        needs=(r"\b(?:tray|plate|meal|dinner|food|lunch|tea|breakfast)\b",),
        unless=r"\b(?:do it myself|can manage|independent\w*|prefer|chooses? to|wants? to)\b",
        keys="nobody no+one noone no-one never+anyone",
    ),
    _cue(
        _ST,
        # Visits to people at risk made phone calls because the team is too small to get to them.
        r"\b(?:visits?|home visits?|face to face|f2f|welfare checks?)\b[^.!?]{0,40}\b(?:high risk|high-risk"
        r"|at risk|risky|vulnerable|most unwell|sickest)\b[^.!?]{0,30}\b(?:turn(?:s|ed)? into|become|became"
        r"|get downgraded to|are downgraded to|swapped for|replaced (?:by|with)) (?:a )?(?:phone calls?"
        r"|calls?|texts?)\b",
        "says too few staff for the patients or the observations",
        unless=r"\b(?:prefer\w*|suits?|easier for (?:me|us|them)|my choice|their choice|lockdown|covid)\b",
        keys="visit visits home+visit home+visits face+to f2f welfare+check welfare+checks",
    ),
    _cue(
        _S,
        # Others better off without "you", said of oneself in the second person.
        r"\b(?:everyone|everybody|every1|people|the world|my family|your family|the family|they)(?: else)? "
        r"(?:would|will|'d|'ll)? ?be (?:\w+ )?(?:better off|happier|fine|better) without you\b",
        "says others would be better off without them",
        needs=(
            r"\b(?:feel|feels|felt|feeling|think|thinking|thought|believe|convinced|sure|asking for me)\b",
        ),
        keys="everyone everybody every1 people the+world my+family your+family the+family they",
    ),
)
