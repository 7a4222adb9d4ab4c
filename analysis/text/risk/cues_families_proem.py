"""Cue families widened from the kinds of disclosure the proem file showed were missing.

Clozapine given again at the full dose after days without it, told in English learnt late.
"""

from __future__ import annotations

from .cue import _M, _Cue, _cue

CUES: tuple[_Cue, ...] = (
    _cue(
        _M,
        # A medicine stopped for days, then given again at the full dose (clozapine must be started
        # again from a low dose after a break of more than two days).
        r"\b(?:stop|stopped|stopping|missed|off|without|no)\b[^.!?]{0,30}\b(?:\d+|two|three|four|five|six"
        r"|seven|several|a few) days\b[^.!?]{0,60}\b(?:full|same|usual|normal|old) dose\b",
        "describes a dose given twice or too much",
        keys="stop stopped stopping missed off without no",
    ),
)
