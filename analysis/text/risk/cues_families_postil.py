"""Cue families widened from the kinds of disclosure the postil file showed were missing.

An ex-soldier "squaring away" his affairs with passwords written down for his wife; a manager's threat
that an apprentice will not pass if they go off sick again; a husband who reads the survey before it is
sent.
"""

from __future__ import annotations

from .cue import _A, _B, _S, _Cue, _cue
from .words import _KIN

CUES: tuple[_Cue, ...] = (
    _cue(
        _S,
        # Affairs squared away, in a soldier's words; one sign of two.
        r"\bsquar(?:e|ed|es|ing) (?:away|up) (?:my|his|her|their|all my) "
        r"(?:affairs|stuff|things|paperwork)\b",
        "describes putting their affairs in order",
        weight=1,
        soft=True,
        unless=r"\b(?:moving|moved|emigrat\w*|retir\w*|divorce|new job|mortgage|tax|deploy\w*|tour)\b",
        keys="square squared squares squaring",
    ),
    _cue(
        _S,
        # Passwords or papers left written down for the family: a goodbye told by what was done.
        rf"\b(?:passwords?|pin numbers?|bank details|log ?ins?)\b[^.!?]{{0,25}}\b(?:written down|wrote down"
        rf"|left|sorted|in an envelope|put in a drawer)\b[^.!?]{{0,15}}\bfor (?:the |my ){_KIN}\b",
        "speaks of means kept, a goodbye or only staying alive",
        weight=1,
        unless=r"\b(?:holiday|in case i forget|password manager|hospital stay|going into hospital|op)\b",
        keys="password passwords pin bank log login logins",
    ),
    _cue(
        _B,
        # Going off sick answered with a threat to the apprentice's course.
        r"\bif (?:i|she|he|they) (?:go|goes|am|is|went|was|get|gets|call|calls|phone|phones|ring|rings) "
        r"(?:off )?(?:in )?sick\b[^.!?]{0,60}\b(?:make sure (?:i|she|he|they) (?:do not|dont|won't|will not"
        r"|never) pass|fail (?:me|her|him|them)|(?:will not|won't) sign (?:me|her|him|them|it|my|her|his)"
        r"|pull (?:my|her|his|their) (?:place|epa|gateway)|(?:lose|losing) (?:my|her|his|their) (?:place"
        r"|apprenticeship|job|post))",
        "describes a threat to an apprentice's work",
        keys="if+i if+she if+he if+they",
    ),
    _cue(
        _A,
        # A partner who reads the survey before it is sent: the answers are watched.
        r"\b(?:my |her |his )?(?:husband|wife|partner|boyfriend|girlfriend|fella|hubby|other half) (?:reads"
        r"|checks|read|checked|goes through|went through|looks over|looked over|has to see|has to read|wants"
        r" to see|insists on reading|insists on seeing) (?:these|this|this survey|these forms|everything i "
        r"(?:write|send)|what i (?:write|send|put)|my answers|it) (?:before|first)\b",
        "describes being controlled by someone",
        unless=r"\b(?:eyesight|eyes|glasses|dyslexi\w*|spelling|english|translat\w*|i ask(?:ed)? (?:him|her)"
        r"|my idea|helps? me|to help)\b",
        keys="my+husband my+wife my+partner my+boyfriend my+girlfriend my+fella my+hubby my+other "
        "her+husband her+wife her+partner her+boyfriend his+wife his+partner his+girlfriend husband wife "
        "partner boyfriend girlfriend fella hubby other+half",
    ),
)
