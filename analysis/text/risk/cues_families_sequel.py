"""Cue families widened from the kinds of disclosure the sequel and finale files showed were missing.

A mind made up about a height or a line ("id already made me mind up about the viaduct"), behind a
crisis team's "presenting well". The file's other misses are widened in place: another patient's
tablets told by a bed number (`cues_families_extra.py`), a patient who walked out still unwell
(`cues_care.py`), and not being "about" or "around lang enough" in dialect (`cues_self_harm.py`,
`spelling.py`).
"""

from __future__ import annotations

from .cue import _S, _Cue, _cue

_PLACES = (
    r"(?:viaduct|bridge|cliffs?|cliff edge|tracks|railway|rail line|train line|level crossing|multi ?storey"
    r"|car park roof|roof|motorway|river|canal|reservoir|quarry|tops of|top floor)"
)

CUES: tuple[_Cue, ...] = (
    _cue(
        _S,
        rf"\b(?:made|making|make) (?:my|me|up my|up me) mind up\b[^.!?]{{0,30}}\b(?:about|on|over) "
        # The place ends the thought: "about the bridge course" is a choice of course.
        rf"(?:the |that )?{_PLACES}(?=\s*(?:[.,!?;]|$|and\b|but\b|anyway\b|tbh\b|lol\b))"
        r"|\b(?:made|making|make) (?:my|me) mind up\b[^.!?]{0,60}\b(?:presenting well|nobody (?:would|will) "
        r"know|no one (?:would|will) know|they (?:would|will) not (?:stop|know))",
        "describes a decision about a place or a plan hidden from staff",
        keys="mind+up",
    ),
)

# The finale file's shapes: a last visit and a keepsake handed over; letters to each child put away
# with the papers, and a calm that follows. Each sign alone is ordinary; two make a flag.
CUES_FINALE: tuple[_Cue, ...] = (
    _cue(
        _S,
        r"\b(?:see|seeing|saw|visit|visiting|visited) (?:em|them|everyone|everybody|the family|the kids"
        r"|my \w+|me \w+|our \w+)(?: all)?(?: proper)? (?:one )?last time\b",
        "describes a last visit",
        weight=1,
        keys="see seeing saw visit visiting visited",
    ),
    _cue(
        _S,
        r"\b(?:gave|given|giving|give) (?:our \w+|my \w+|me \w+|him|her|them) (?:me|my) (?:good |best |old "
        r"|favourite )?(?:watch|ring|necklace|guitar|medals?|jewellery|bike|car|chain|camera)\b",
        "describes giving away belongings",
        weight=1,
        keys="gave given giving give",
    ),
    _cue(
        _S,
        r"\b(?:put|left|kept|filed) (?:them|it|the letters?|the notes?) (?:in )?with (?:the|my) "
        r"(?:insurance|will|bank|life insurance|funeral|pension) (?:papers|policy|documents|stuff|details)\b"
        r"|\b(?:weirdly|strangely|oddly) (?:calm|peaceful|settled)\b",
        "describes putting their affairs in order",
        weight=1,
        keys="put left kept filed weirdly strangely oddly",
    ),
)
