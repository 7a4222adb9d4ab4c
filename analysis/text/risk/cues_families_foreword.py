"""Cue families widened from the kinds of disclosure the foreword file showed were missing.

An 18-year-old who sits "at the top of the multi storey for ages thinking how easy it would be"; a deaf
apprentice whose band 6 keeps "forgetting" to book the interpreter.
"""

from __future__ import annotations

from .cue import _B, _S, _Cue, _cue

CUES: tuple[_Cue, ...] = (
    _cue(
        _S,
        # Sitting at a height and thinking how easy it would be.
        r"\b(?:top (?:floor |level |deck )?of (?:the |a )?(?:multi[- ]?stor(?:e)?y|car park|bridge|flats|"
        r"cliff)|edge of (?:the |a )?(?:roof|bridge|cliff|platform|quarry))\b",
        "mentions a means or plan",
        weight=2,
        needs=(
            r"\b(?:how easy|so easy|thinking|wondering|for ages|not go home|just not|could just|what if|"
            r"nobody would)\b",
        ),
        keys="top edge",
    ),
    _cue(
        _B,
        # An adjustment a colleague keeps "forgetting": the interpreter, the loop, the large print.
        r"\b(?:keeps?|kept|always) ['\"]?forget(?:ting|s)?['\"]? (?:to )?(?:book|arrange|sort|order|"
        r"put in place|do) (?:the |my |an? )?(?:bsl )?(?:interpreters?|reasonable adjustments?|adjustments|"
        r"access to work|hearing loop|captions|large print|them)\b",
        "describes discrimination or blame at work",
        weight=2,
        needs=(
            r"\b(?:deaf|bsl|interpreter|disab\w*|wheelchair|access to work|adjustments?|hearing|sight|"
            r"dyslexi\w*|autis\w*|adhd)\b",
        ),
        keys="keep keeps kept always",
    ),
)
