"""Cue families widened from the kinds of disclosure the rubric file showed were missing.

A wife who keeps a husband from his children unless he hands over his salary; an AP who is the only
permanent member of staff on a late with 14 service users; a boyfriend who "just gets a bit rough".
"""

from __future__ import annotations

from .cue import _A, _ST, _Cue, _cue

CUES: tuple[_Cue, ...] = (
    _cue(
        _A,
        # Children, family or money kept from someone unless they hand something over.
        r"\b(?:does not|do not|will not|would not|never) (?:allow|let) me (?:to )?(?:see|speak to|visit|have"
        r"|ring|phone|call) (?:my|the|our) (?:children|kids|son|daughter|family|friends|grandchildren|money"
        r"|own money)\b[^.!?]{0,20}\bunless (?:i|he|she) (?:give|gives|hand|hands|pay|pays|sign|signs|do"
        r"|does)\b",
        "describes being controlled by someone",
        keys="does+not do+not will+not would+not never",
    ),
    _cue(
        _ST,
        # The only permanent or trained member of staff on a shift with a ward's worth of people.
        r"\bthe only (?:permanent|regular|substantive|trained|qualified|registered|experienced) (?:member of "
        r"staff|staff member|staff|person|nurse|one)\b[^.!?]{0,40}\b(?:with|for) (?:\d+|ten|eleven|twelve"
        r"|thirteen|fourteen|fifteen|sixteen|eighteen|twenty) (?:service users|patients|residents|people"
        r"|clients|young people|beds)\b",
        "says too few staff for the patients or the observations",
        keys="the+only",
    ),
    _cue(
        _A,
        # A partner who "just gets a bit rough", with marks or fear beside it.
        r"\b(?:bf|boyfriend|partner|husband|fella|ex|he|him)\b[^.!?]{0,20}\b(?:gets|got|can get|can be|is"
        r"|was) (?:just )?(?:a bit |a little |quite |really |too )?rough\b",
        "describes someone being hurt",
        weight=3,
        needs=(
            r"\b(?:marks?|bruis\w*|shak\w*|scared|frightened|flinch\w*|quiet|afraid|terrified|injur\w*)\b",
        ),
        keys="bf boyfriend partner husband fella ex he him",
    ),
)
