"""Cue families widened from the kinds of disclosure the preface file showed were missing.

A refugee apprentice whose accent a band 6 mimics once they leave the room; a veteran put on two
antidepressants in one week by two prescribers who never spoke; a brother facing removal who "will not
be alive to get on the plane".
"""

from __future__ import annotations

from .cue import _B, _M, _S, _Cue, _cue

CUES: tuple[_Cue, ...] = (
    _cue(
        _B,
        # Mockery of how someone speaks, to their face or once they have left the room.
        r"\b(?:does|doing|did|do) (?:an |her |his )?impressions? of (?:me|my (?:accent|voice))\b"
        r"|\b(?:mimic|mimics|mimicked|mimicking|imitat\w*|copies|copying|copied|corrects|correcting|"
        r"corrected) my (?:accent|voice|english|pronunciation)\b",
        "describes being mocked for how they speak",
        negatable=True,
        keys="does doing did do mimic mimics mimicked mimicking imitat copies copying copied corrects "
        "correcting corrected",
    ),
    _cue(
        _M,
        # Two prescribers each starting a different medicine of one kind in the same week.
        r"\bboth (?:started|put|prescribed|gave|given) me (?:on )?(?:a |an )?(?:different|another|second|"
        r"new|separate) (?:antidepressants?|antipsychotics?|mood stabilisers?|sleeping tablets?|painkillers?"
        r"|medications?|meds|tablets?)\b"
        r"|\b(?:took|taking|was taking|been taking|was on|been on) both (?:of them )?"
        r"(?:for|together|since)\b",
        "describes two medicines given where one was meant",
        keys="both",
    ),
    _cue(
        _S,
        # Not alive to see a date or an event that is feared, in a family's words.
        r"\b(?:he|she|they|i) (?:will|would) not (?:be alive|live|survive) (?:to (?:get on|board|see|reach|"
        r"make)|by the time|when (?:they|the))\b",
        "wishes they were dead or not here",
        unless=r"\b(?:cancer|terminal\w*|palliative|hospice|dying of|end of life|prognosis|frail\w*|dementia"
        r"|weeks to live|months to live)\b",
        keys="he+will he+would she+will she+would they+will they+would i+will i+would",
    ),
)
