"""Cue families widened from the kinds of disclosure the marginalia file showed were missing.

Tablets counted out while a crisis line rings, told as sarcasm; a partner who keeps the car from
the writer and has their payslips sent to him; a veteran's understated farewell (a will made, the dog
going to a brother); a trainee kept on one-to-one observations for hours because nobody could relieve
them.
"""

from __future__ import annotations

from .cue import _A, _S, _ST, _Cue, _cue
from .cues_families_afterword import _TAKER

# Someone close to the writer who could control them.
_PARTNER = r"(?:he|she|husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|ex)"

CUES: tuple[_Cue, ...] = (
    _cue(
        _S,
        # Tablets counted out, all of what is left: a means made ready, whatever the tone around it.
        r"\b(?:counted|counting|count) out (?:what is left|what was left|all (?:that is|what is) left"
        r"|everything (?:i have|left)|all (?:of )?(?:my|the|me) (?:tablets|pills|meds|medication"
        r"|painkillers))",
        "mentions a means or plan",
        unless=r"\b(?:dosette|pharmacist|pharmacy|for the week|into the|for my (?:mum|mam|dad|nan)|audit)\b",
        keys="counted+out counting+out count+out",
    ),
    _cue(
        _A,
        # A partner who stops the writer using the car, seeing people or going somewhere.
        rf"\b{_PARTNER} (?:is |has |have )?(?:stopped|stops|will not|would not|does not|do not|never) "
        r"(?:let|letting|lets) me (?:have|use|take|drive|go|see|keep|out)\b",
        "describes being controlled by someone",
        weight=1,
        keys="stopped stops will+not would+not does+not do+not never",
    ),
    _cue(
        _A,
        # Wages or payslips sent to a partner's account or e-mail, or held by them.
        r"\b(?:my )?(?:payslips?|wages|pay|salary|benefits|bursary) (?:going|goes|go|paid|sent|comes?|coming)"
        r" (?:in)?to (?:his|her|their) (?:email|e-mail|account|bank|phone)\b"
        rf"|\b{_PARTNER} (?:has|keeps|took|takes|holds|kept) (?:all )?my (?:payslips?|wages|bank cards?"
        r"|cards|pin|passport|benefits)\b",
        "describes money or papers controlled by someone",
        weight=1,
        keys="payslip payslips wages pay salary benefits bursary he she husband wife partner boyfriend "
        "girlfriend fiance fiancee ex",
    ),
    _cue(
        _S,
        # A pet going to someone for good, told beside other arrangements.
        rf"\b(?:the|my|our) (?:dog|cat|dogs|cats|pets?|rabbit|budgie)(?: is|'s| s)? (?:going|gone|off) "
        rf"to (?:my |our |me )?{_TAKER}\b",
        "speaks of means kept, a goodbye or only staying alive",
        weight=1,
        unless=r"\b(?:while|whilst|when i am|until|till|for the (?:week|weekend|fortnight)|holiday|away|"
        r"in hospital|abroad|moving|moved|new job|better|well now|back to work|kennels)\b",
        keys="dog dogs cat cats pet pets rabbit budgie",
    ),
    _cue(
        _S,
        # A will made, weak alone: a farewell only beside another arrangement.
        r"\b(?:will|wills) (?:done|written|made|sorted|signed)\b|\b(?:done|made|written|sorted|signed) "
        r"(?:my|a|me) will\b",
        "describes putting their affairs in order",
        weight=1,
        soft=True,
        unless=r"\b(?:solicitor said|mortgage|new house|baby|wedding|married|retir\w*)\b",
        keys="will wills",
    ),
    _cue(
        _ST,
        # Nobody to take over, or observations held for hours on end without a break.
        r"\b(?:nobody|no one|noone|no-one) (?:could|to|was free to|was available to|came to|free to|was "
        r"there to) (?:relieve|take over from|swap with) (?:me|us|her|him)\b"
        r"|\b(?:1:1|one to one|1 to 1|obs|observations|eyesight obs|arms length)\b[^.!?]{0,50}\b(?:\d+|three"
        r"|four|five|six|seven|eight|nine|ten|twelve) (?:hrs|hours|hr) (?:straight|solid|on the trot|without "
        r"(?:a )?break|with no break|no break)",
        "says staff were kept on a patient with no one to relieve them",
        keys="nobody no+one noone no-one 1:1 one+to 1+to obs observations arms+length",
    ),
)
