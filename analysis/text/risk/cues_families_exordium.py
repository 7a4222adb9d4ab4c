"""Cue families widened from the kinds of disclosure the exordium file showed were missing.

A girl of 15 picked up after group by men in their twenties; observations "done when we could" on a
ward of 22 with three staff; a widower who would like to "go and join her" soon.
"""

from __future__ import annotations

from .cue import _A, _S, _ST, _Cue, _cue

CUES: tuple[_Cue, ...] = (
    _cue(
        _A,
        # A child picked up or driven about by adult men: the shape of exploitation.
        r"\b(?:picked up|collected|driven (?:off|away|about|round)|getting into cars?|gets? into cars?)\b"
        r"[^.!?]{0,40}\b(?:by )?(?:older |adult |grown )?(?:men|lads|guys|blokes) (?:in their (?:20s|twenties"
        r"|30s|thirties)|much older|twice (?:her|his) age)\b",
        "describes exploitation of a child or young person",
        weight=3,
        needs=(r"\b(?:girl|boy|child|kid|teen\w*|young person|1[0-7]|year old|yo|school)\b",),
        keys="picked+up collected driven getting+into get+into gets+into",
    ),
    _cue(
        _ST,
        # Observations done only when the staff could get to them.
        r"\bobs (?:were|was|are|get|got|only get|only got) (?:only )?done when (?:we|they|staff|someone) "
        r"(?:could|can|had time|have time|got (?:a )?chance|get (?:a )?chance)\b",
        "says too few staff for the patients or the observations",
        keys="obs",
    ),
    _cue(
        _S,
        # Wanting to join someone who has died.
        r"\b(?:go and |to |and )?join (?:her|him|them|my (?:wife|husband|mum|mam|dad|son|daughter|partner|boy"
        r"|girl))\b"
        r"(?=\s*(?:[,.!?]|$|(?:sooner|soon|now|one day|there|up there|in heaven|again|and|so|as)\b))",
        "wishes they were dead or not here",
        needs=(r"\b(?:passed|died|lost|death|bereave\w*|funeral|widow\w*|gone|late (?:wife|husband))\b",),
        keys="go+and to+join and+join join",
    ),
)
