"""Cue families widened from the kinds of disclosure the flyleaf file showed were missing.

A trainee who was "the only staff on the female side" through the night; days in seclusion where the
patient "had to wee in the corner"; an apprentice "too scared to put anything in writing"; night staff
who "have a power nap" through fifteen-minute observations; one carer "after 8pm for 22 residents".
"""

from __future__ import annotations

from .cue import _B, _C, _ST, _Cue, _cue
from .cues_families_extra import _many_patients
from .words import _NUM

CUES: tuple[_Cue, ...] = (
    _cue(
        _ST,
        # Left as the only member of staff on a ward or a side of one: with a second sign (a nurse covering
        # two wards), a flag.
        r"\b(?:i|she|he|they) (?:was|am|were|is|are) (?:left as )?(?:the )?only "
        r"(?:staff|member of staff|staff member|one|person) on (?:the )?(?:\w+ )?"
        r"(?:side|ward|unit|floor|wing|bay|corridor)\b",
        "describes staff left alone or stretched",
        weight=1,
        keys="i she he they",
        also="only",
    ),
    _cue(
        _C,
        # No toilet for a patient: "had to wee in the corner in the end".
        r"\b(?:had to|made to|left to|forced to|having to|have to) "
        r"(?:wee|pee|piss|poo|go to the toilet|use the toilet)\b[^.!?]{0,25}"
        r"\b(?:in (?:the|a) corner|on the floor|in (?:a|the) (?:bucket|bin|cup|bottle|sink))",
        "describes someone left without care",
        keys="had+to made+to left+to forced+to having+to have+to",
    ),
    _cue(
        _B,
        # Afraid to put a complaint about work on record: "too scared to put anything in writing".
        r"\b(?:too )?(?:scared|frightened|afraid|terrified|worried) to "
        r"(?:put (?:anything|it|owt|this|that) in writing|report (?:it|them|him|her)"
        r"|raise (?:it|a concern|concerns)|speak up|datix (?:it|this)|put in a complaint|complain)\b",
        "describes being excluded or belittled",
        weight=1,
        keys="scared frightened afraid terrified worried",
    ),
    _cue(
        _C,
        # Night staff asleep through the observations they are on: "have a 'power nap' 3-5".
        r"\b(?:have|has|having|had|take|takes|taking|took|grab|grabs|grabbing|get|gets|getting) "
        r"(?:a |their |a quick |a little )?['\"]?(?:power nap|nap|kip|snooze)\b",
        "describes a patient left at risk",
        needs=(
            r"\b(?:obs|observations|1:1|one to one|checks)\b",
            r"\b(?:they|staff|hcas?|nurses?|night staff|both|the 2|two|everyone|colleagues?)\b",
        ),
        unless=(
            r"\b(?:i|we) (?:have|had|take|took|grab|get|got)\b|\bafter (?:my|a|the) (?:night|shift|nights)"
        ),
        keys="have has having had take takes taking took grab get gets getting",
        also="obs observations 1:1 one+to checks",
    ),
    _cue(
        _ST,
        # One member of staff for many patients, the hours between: "one carer after 8pm for 22 residents".
        rf"\b(?:one|1|a single|only one|just one) (?:carer|nurse|hca|staff|member of staff|person|rmn)\b"
        rf"(?: [\w:]+){{1,4}} for (?P<patients>{_NUM}) "
        r"(?:residents|patients|people|service users|young people)",
        "describes one member of staff with many patients",
        weight=3,
        check=_many_patients,
        keys="one 1 a+single only+one just+one",
    ),
)
