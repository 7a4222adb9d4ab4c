"""Cue families widened from the kinds of disclosure the introduction and overture files showed were
missing.

A mentor whose sign-off "depends on me being friendly"; a peer worker called "a liability" whose
supervision notes are read out to the team; a curtain rail that is not the collapsible kind; "better me
gone" in a Deaf patient's BSL-shaped English; clozapine handed out with no blood test for months; lads
who use a patient's flat "for their business"; seclusion nobody reviews; a patient's thumb bent back.
From the overture file: driving over a viaduct thinking how easy it would be not to turn the wheel; a
mother who wants "to go and be with" her late husband; a passport taken before a marriage abroad;
remarks about a worker's skin, shrugged off as "his illness talking"; a missing resident not reported.
From the prelude file: a widow who has "done my bit on this earth"; a patient on leave not back, and
nobody rang the police.
"""

from __future__ import annotations

import re

from .cue import _A, _B, _C, _M, _S, _Cue, _cue
from .cues_families_care import _MONITORED
from .words import _PASSPORT

# Anywhere in the comment: a medicine given only with blood tests (the care families' list).
_MONITORED_RE = re.compile(rf"\b{_MONITORED}\b")


def _monitored_medicine_named(match: re.Match[str]) -> bool:
    """Whether the comment names a medicine that needs blood tests, in any sentence."""
    return bool(_MONITORED_RE.search(match.string))


CUES: tuple[_Cue, ...] = (
    _cue(
        _S,
        # A life told as finished: "I think I've done my bit on this earth".
        r"\b(?:done|did) my (?:bit|time|part|share) (?:on|in) (?:this|the) (?:earth|world|planet)\b",
        "wishes they were dead or not here",
        keys="done did",
    ),
    _cue(
        _C,
        # A patient missing from leave, and nobody told the police for days.
        r"\b(?:nobody|no one|did not|never) (?:rang|rung|called|phoned|told|informed) (?:the )?police\b",
        "describes a missing patient not reported",
        needs=(r"\b(?:leave|missing|come back|came back|comes back|turns up|turned up|awol|absconded)\b",),
        keys="nobody no+one did+not never",
        also="leave missing come+back came+back comes+back turns+up turned+up awol absconded",
    ),
    _cue(
        _S,
        # How easy it would be to leave the road: "thinking how easy it would be to just not turn the wheel".
        r"\bhow easy it would be to (?:just )?(?:not turn the wheel|let go of the wheel|swerve"
        r"|drive (?:off|into|over)|step (?:off|out|in front)|not (?:brake|stop))\b",
        "mentions a means or plan",
        keys="how+easy",
    ),
    _cue(
        _S,
        # Wanting to join someone who has died: "she wants to go and be with him now" after a death.
        r"\b(?:want|wants|wanted|wanting|ready|longs?|longing) to (?:go and )?be with (?:him|her|them|dad|mum"
        r"|(?:my|her|his) (?:husband|wife|dad|mum|son|daughter|partner))\b",
        "wishes they were dead or not here",
        needs=(r"\b(?:passed|died|lost|death|bereave\w*|funeral|widow\w*|late (?:wife|husband|mum|dad))\b",),
        keys="want wants wanted wanting ready long longs longing",
        also="passed died lost death bereave funeral widow late",
    ),
    _cue(
        _A,
        # A passport taken by family, a marriage planned abroad.
        r"\b(?:taken|took|takes|kept|keeping|keep|hidden|hid|holding|confiscated) (?:her|his|my|their) "
        rf"{_PASSPORT}",
        "describes a forced marriage or a passport taken",
        keys="taken took takes kept keeping keep hidden hid holding confiscated",
    ),
    _cue(
        _B,
        # Remarks about a worker's skin or faith from a patient, shrugged off by a manager.
        r"\b(?:says?|said|saying|makes?|made|making) (?:things|comments|remarks|jokes) about my "
        r"(?:skin|colour|color|race|accent|religion|hijab|headscarf|turban|faith)\b",
        "describes racist or religious abuse at work",
        weight=3,
        keys="says say said saying makes make made making",
    ),
    _cue(
        _B,
        # The manager's shrug: "that's his illness talking, don't take it personally".
        r"\b(?:do not take it personally"
        r"|(?:it is|that is) (?:just )?(?:his|her|their) illness(?: talking)?)\b",
        "describes abuse at work shrugged off",
        weight=1,
        keys="do+not it+is that+is",
    ),
    _cue(
        _C,
        # A resident gone since the day before, not reported missing.
        r"\b(?:had not|did not|have not|has not|never|not) (?:reported|report|rung in|rang in|called in) "
        r"(?:it|him|her|them)(?: missing)?\b",
        "describes a missing patient not reported",
        needs=(r"\b(?:missing|gone since|been gone|awol|absconded|not come back|comes back|came back)\b",),
        keys="had+not did+not have+not has+not never not",
        also="missing gone+since been+gone awol absconded not+come comes+back came+back",
    ),
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
        r"\b(?:not (?:the |a )?(?:collaps(?:ible|ing)|anti[- ]?ligature|ligature[- ]?(?:free|safe|resistant"
        r"|proof))|non[- ]?collapsible)\b",
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
