"""Cue families widened from the kinds of disclosure the introduction file showed were missing.

A mentor whose sign-off "depends on me being friendly"; a peer worker called "a liability" whose
supervision notes are read out to the team; a curtain rail that is not the collapsible kind; "better me
gone" in a Deaf patient's BSL-shaped English; clozapine handed out with no blood test for months; lads
who use a patient's flat "for their business"; seclusion nobody reviews; a patient's thumb bent back.
"""

from __future__ import annotations

import re

from .cue import _A, _B, _C, _M, _S, _Cue, _cue

# Anywhere in the comment: a medicine given only with blood tests.
_MONITORED_RE = re.compile(r"\b(?:clozapine|clozaril|lithium|priadel|warfarin)\b")


def _monitored_medicine_named(match: re.Match[str]) -> bool:
    """Whether the comment names a medicine that needs blood tests, in any sentence."""
    return bool(_MONITORED_RE.search(match.string))


CUES: tuple[_Cue, ...] = (
    _cue(
        _B,
        # Sign-off or shifts held over an apprentice in return for being "friendly".
        r"\b(?:sign off|signoff|signing off|pass|passing|placement|reference|shifts?|hours|job|contract)\b"
        r"[^.!?]{0,30}\b(?:depends|depending|dependent|conditional) on (?:me )?(?:being|me being|getting) "
        r"['\"]?(?:friendly|friendlier|more friendly|nice|nicer|close|closer|sweet|good to (?:him|her)|nice"
        r" to (?:him|her))",
        "describes being pressed for favours at work",
        keys="sign signoff signing pass passing placement reference shift shifts hours job contract",
    ),
    _cue(
        _B,
        # A worker's own notes read out to others, or their experience called a liability.
        r"\b(?:reads?|reading) (?:out )?(?:bits |parts |some )?(?:of )?(?:my|her|his) (?:supervision notes|"
        r"supervision|notes|reflections?|messages|texts|emails|diary|portfolio)(?: \w+)? (?:out )?(?:to|in "
        r"front of) (?:the others|everyone|the team|the group|the whole team|the ward)\b"
        r"|\b(?:makes? me|made me|calls? me|called me|i am|treated as) ['\"]?a liability\b",
        "describes being humiliated at work",
        negatable=True,
        weight=1,
        keys="reads read reading makes+me make+me made+me calls+me call+me called+me i+am treated+as",
    ),
    _cue(
        _C,
        # A fitting that is not the anti-ligature kind, left in a ward's bathroom or bedroom.
        r"\b(?:not (?:the |a )?(?:collapsible|anti[- ]?ligature|ligature[- ]?(?:free|safe|resistant|proof))"
        r"|non[- ]?collapsible)\b",
        "describes a ligature point left in place",
        topic=True,
        needs=(
            r"\b(?:rails?|curtains?|taps?|doors?|hinges?|hooks?|bathroom|shower|wardrobe|windows?|en ?suite)"
            r"\b",
        ),
        keys="not non",
        also="rail rails curtain curtains tap taps door doors hinge hinges hook hooks bathroom shower "
        "wardrobe window windows en+suite ensuite",
    ),
    _cue(
        _S,
        # "me think finish, better me gone": a wish to be gone in BSL-shaped English.
        r"\bbetter (?:if )?(?:me|i|if i|if me) (?:gone|not here|dead|die|disappear)\b",
        "wishes they were dead or not here",
        keys="better",
    ),
    _cue(
        _M,
        # Blood tests not done for a medicine that needs them, named in another sentence.
        r"\b(?:nobody|no one|not|never)(?: \w+){0,2} (?:do|does|did|done|doing|take|took|taken|check|checked)"
        r"(?: \w+){0,2} (?:bloods?|blood tests?|levels)\b",
        "describes monitoring of a high-risk medicine missed",
        check=_monitored_medicine_named,
        keys="nobody no+one not never",
    ),
    _cue(
        _A,
        # A patient's home taken over by others (cuckooing).
        r"\b(?:use|using|used|uses) (?:my|the|our|his|her) (?:flat|house|place|home|bedsit|room) (?:for|as) "
        r"(?:their|there|his|a) (?:business|dealing|base|stash|drugs|gear)\b",
        "describes their home taken over by others",
        keys="use using used uses",
    ),
    _cue(
        _C,
        # Seclusion that nobody comes to review.
        r"\bseclu(?:sion|ded)\b[^.!?]{0,100}\b(?:never|nobody|no one|not once|without)\b[^.!?]{0,40}"
        r"\b(?:reviews?|reviewed|doctor|medic|checks?)\b",
        "describes seclusion without the reviews it needs",
        topic=True,
        keys="seclusion secluded",
    ),
    _cue(
        _A,
        # A member of staff hurting a patient out of the camera's sight.
        r"\b(?:bends?|bent|bending|twists?|twisted|twisting) (?:a |the )?"
        r"(?:(?:patient|resident|client)s?['’]?s?|his|her|their) (?:thumbs?|fingers?|wrists?|arms?) back\b",
        "describes staff hurting a patient",
        weight=3,
        unless=r"\b(?:physio\w*|stretch\w*|exercises?|range of movement)\b",
        keys="bends bend bent bending twists twist twisted twisting",
    ),
)
