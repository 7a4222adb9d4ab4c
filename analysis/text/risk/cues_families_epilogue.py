"""Cue families widened from the kinds of disclosure the epilogue file showed were missing.

Self-harm told as a past habit that has come back ("i used to cut ... its started again") or by where
the marks are kept out of sight ("only on my legs so nobody sees"). The threats for speaking up that
the file also missed are widened in place (`cues_bullying.py`, `cues_families.py`).
"""

from __future__ import annotations

from .cue import _S, _Cue, _cue
from .words import _BODY

# The habit as a whole: "cut" with no object after it ("used to cut costs" or "my own hair" is no habit).
_HABITS = (
    r"(?:(?:cut|cutting)(?=\s*[,.;]|\s+(?:when|as|at|in|a lot|again|before|during|for|until|till|all|and"
    r"|but|myself|to cope)\b)|self harm\w*|hurt(?:ing)? myself|burn(?:ing)? myself|scratch(?:ing)? myself"
    r"|pick(?:ing)? at my skin)"
)

CUES: tuple[_Cue, ...] = (
    _cue(
        _S,
        # A habit of the past, then in the same sentence that it is back.
        rf"\b(?:used to|use to) {_HABITS}\b[^.!?]{{0,120}}\b(?:(?:(?:it is|it has|has|have) )?"
        r"(?:started|starting|start|come|came|creeping) (?:again|back)|doing it again|back to it|relapsed)\b",
        "describes self-harm that has come back",
        keys="used+to use+to",
    ),
    _cue(
        _S,
        # Marks kept where clothes cover them, said as the point of it.
        rf"\b(?:only|just|always) (?:on|to|at) (?:my|the tops of my|the top of my) {_BODY} (?:now )?"
        # "so nobody on the ward can see": who might see, then where they are.
        r"(?:so|where|because) (?:nobody|no one|people|staff|they|my \w+)(?: (?:on|at|in) (?:the |my )?\w+)? "
        r"(?:can not |do not |will not "
        r"|would not |can |will |would )?(?:sees?|see it|notices?|spots?|asks?)\b",
        "describes keeping injuries out of sight",
        keys="only+on only+to only+at just+on just+to just+at always+on always+to always+at",
    ),
)
