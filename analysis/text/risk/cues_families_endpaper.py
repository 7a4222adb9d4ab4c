"""Cue families widened from the kinds of disclosure the endpaper file showed in another category.

A pain patch left on under a new one; rapid tranquillisation with no observations after; a blood thinner
given as a tablet and as injections; a car wash's workers whose boss keeps their passports "safe" and who
"still owe him for getting here". Each is a medicines error or exploitation told by what happened, which
older cues read as unsafe care or a wish to be dead.
"""

from __future__ import annotations

from .cue import _A, _M, _S, _Cue, _cue
from .words import _BLOOD_THINNERS, _PASSPORT

CUES: tuple[_Cue, ...] = (
    _cue(
        _M,
        # Two patches on at once: "two of his pain patches on, the old one never got took off".
        r"\b(?:two|2|both|double)(?: of (?:his|her|their|my))? (?:pain |morphine |fentanyl |buprenorphine )?"
        r"patches on\b"
        r"|\bold (?:patch|one)\b[^.!?]{0,30}\b(?:never|not)\b[^.!?]{0,15}\b(?:taken|took|come|came|removed)"
        r" off\b",
        "describes a medicine error",
        weight=3,
        needs=(r"\bpatch(?:es)?\b",),
        keys="two 2 both double old",
        also="patch patches",
    ),
    _cue(
        _M,
        # Rapid tranquillisation and no checks after: "got jabbed when i was shouting ... nobody did my obs".
        r"\b(?:jabbed|injected|rapid tranq\w*|given (?:an|a) (?:injection|jab) to calm)\b[^.!?]{0,80}"
        r"\b(?:no|nobody|not|never)\b[^.!?]{0,30}\b(?:obs|observations|checks|monitor\w*)\b",
        "describes monitoring of a high-risk medicine missed",
        weight=3,
        unless=r"\b(?:training|scenario|simulation|flu|covid|vaccin\w*|b12)\b",
        keys="jabbed injected rapid given",
    ),
    _cue(
        _M,
        # A blood thinner given twice over: "gave her the tablet AND the injections".
        rf"\b{_BLOOD_THINNERS}\b[^.!?]{{0,60}}\b(?:tablets? and the injections?|injections? and the tablets?"
        r"|twice|double|two lots)\b",
        "describes a dose doubled",
        weight=3,
        keys="blood anticoagulant warfarin apixaban rivaroxaban edoxaban dabigatran heparin clexane fragmin "
        "enoxaparin dalteparin",
    ),
    _cue(
        _A,
        # Workers' passports kept by the one they work for, and a debt for the journey.
        rf"\b(?:boss|gaffer|owner|employer|landlord|man|he|she|they)\b(?: \w+){{0,2}} (?:keeps?|kept|holds?|"
        rf"held|has|took|takes) (?:their|his|her|my|our|all the|all their|the lads|the workers) "
        rf"{_PASSPORT}"
        r"|\bowe (?:him|her|them|the boss|the gaffer)(?: money)? for (?:getting|bringing) (?:them|us|me|him"
        r"|her)"
        r" (?:here|over)\b",
        "describes exploitation or a passport taken",
        weight=3,
        keys="boss gaffer owner employer landlord man he she they owe",
    ),
)

# The errata file's: self-injury told by the body, not named.
CUES_FURTHER: tuple[_Cue, ...] = (
    _cue(
        _S,
        # "i bang my head on the wall in my room ... til it goes quiet"; "the hair pulling is back".
        # The writer's own ("a lad banging his head on the wall" while staff were short is staffing).
        r"\bbang(?:s|ed|ing)? my head (?:on|against) (?:the |a |my )?(?:wall|floor|door)\b"
        r"|\b(?:the hair pulling|pulling my hair out)\b[^.!?]{0,30}\b(?:back|again|bald)\b",
        "describes self-harm",
        unless=r"\b(?:brick wall|like|feels like|felt like|trying to get|lol|haha)\b",
        keys="bang bangs banged banging the+hair pulling+my",
    ),
)
