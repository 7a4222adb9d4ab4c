"""Cue families widened from the kinds of disclosure the supplement file showed were missing.

Unsafe staffing told by its consequences rather than named: a ward run under its safe staffing numbers,
incident reports of short staffing that keep rising, a few staff with half the patients on close
observation, and the harm the writer expects to follow; and caseloads of forty or more each, with
people left waiting for the help they need.
"""

from __future__ import annotations

from .cue import _ST, _Cue, _cue
from .words import _NUM, _forty_or_more

CUES: tuple[_Cue, ...] = (
    _cue(
        _ST,
        # A ward run under its own safe numbers, every shift or most nights.
        r"\b(?:under|below|beneath|short of|never at|never hit|never reach|never make) (?:our |the |its |"
        r"their )?(?:minimum |safe )(?:safe )?staffing(?: numbers| levels| ratios?| figures)?\b"
        # "under our safe staffing escalation policy": the policy named, not a shift below it.
        r"(?! (?:escalation|policy|policies|procedure|guidance|framework|tool|review|meeting)\b)"
        # Incident reports of short staffing that keep rising.
        r"|\b(?:datix|datixes|incident reports?|incident forms?|incidents)\b[^.!?]{0,30}\b(?:unsafe|short|"
        r"low) staffing\b[^.!?]{0,30}\b(?:trebled|tripled|doubled|gone up|going up|risen|rising|every "
        r"(?:shift|week|day|night))",
        "names unsafe staffing",
        direct=True,
        negatable=True,
        weight=3,
        keys="under below beneath short+of never datix datixes incident incidents",
        also="staffing",
    ),
    _cue(
        _ST,
        # A handful of staff with half the ward on close observation.
        rf"\b{_NUM} (?:of us|staff|nurses|on shift|on)\b[^.!?]{{0,50}}\b(?:half|most|all|the majority) "
        r"(?:(?:of )?(?:them|the patients|the ward|the unit) )?(?:on|needing) (?:enhanced|close|constant|1:1"
        r"|one to one|level 3|level 4|arms length|eyesight|within eyesight) obs",
        "describes more patients on close watch than staff",
        weight=3,
        keys="enhanced close constant 1:1 one+to level+3 level+4 arms+length eyesight",
    ),
    _cue(
        _ST,
        # The harm the writer expects from the numbers: "someone's going to get hurt".
        r"\b(?:someone|somebody|a patient|one of (?:us|them|the patients)) (?:is|will|is going to) "
        r"(?:going to |gonna )?(?:get hurt|get killed|be hurt|be seriously hurt|get seriously hurt|die)\b",
        "describes too few staff for the patients",
        weight=3,
        needs=(r"\b(?:of us|short|staff|staffing|nurses|on shift|obs|numbers)\b",),
        keys="someone somebody a+patient one+of",
        also="of+us short staff staffing nurses on+shift obs numbers",
    ),
    _cue(
        _ST,
        # "our care coordinators are holding 60+ each and people in crisis are waiting weeks".
        r"\b(?:holding|carrying|have|having|got|on|with) (?:caseloads? of )?(?:over |about |around )?\d\d+\+?"
        r"(?: (?:cases|patients|clients|people|service users))? (?:each|apiece|a head|per (?:worker|person|"
        r"nurse|care coordinator|cpn))\b",
        "describes caseloads too big to keep people safe",
        check=_forty_or_more,
        needs=(
            r"\b(?:waiting (?:weeks|months|ages)|wait (?:weeks|months)|crisis|call ?backs?|not safe|unsafe"
            r"|nobody (?:free|to see|to call)|no one (?:free|to see|to call)|slipping through"
            r"|deteriorat\w*)\b",
        ),
        keys="holding carrying have having got on with",
        also="waiting wait crisis call callback callbacks not+safe unsafe nobody no+one slipping deteriorat",
    ),
)
