"""Cue families widened from the kinds of disclosure the epigraph file showed were missing.

Depot injections weeks past their date while someone relapses, "just admin"; a manager who keeps
reminding an overseas recruit that her visa is tied to the job; going to sleep "hoping that's it, no
more mornings"; a veteran who would like to "catch up" with the mates he served with who have gone;
two on shift for eight people who each need two carers; a medicines round signed as given before it is
done.
"""

from __future__ import annotations

import re

from .cue import _B, _M, _S, _SHORTAGE, _ST, _Cue, _cue
from .words import _NUM, _number

# People the writer has lost: "three of the blokes i served with have gone now".
_GONE_RE = re.compile(
    r"\b(?:have|has|had) (?:all )?(?:gone|died|passed)\b|\b(?:are|is) (?:gone|dead|no longer with us)\b"
    r"|\b(?:lost|buried) (?:three|two|four|five|several|a few|some|too many|\d+) (?:of )?(?:my |the )?"
    r"(?:mates|lads|friends|blokes|comrades|oppos)\b|\btook (?:his|their|her) own (?:life|lives)\b"
    r"|\bfunerals?\b"
)


def _fewer_than_two_each(match: re.Match[str]) -> bool:
    """Whether staff on shift are fewer than two for each person who needs two carers."""
    staff, people = _number(match.group("staff")), _number(match.group("people"))
    return 0 < staff < 2 * people


CUES: tuple[_Cue, ...] = (
    _cue(
        _M,
        # Depots or injections weeks past their date: "couple of mine are 3 and 4 weeks over their date".
        r"\b(?:\d+|two|three|four|five|six|a couple of|a few|several)(?: (?:and|or|to) (?:\d+|three|four"
        r"|five|"
        r"six))? weeks (?:over|past|overdue|late|behind)\b",
        "describes a depot injection long overdue",
        needs=(r"\b(?:depots?|injections?|jabs?)\b",),
        unless=r"\b(?:no harm|levels? (?:were|was) fine|reviews?|on time|pregnan\w*|baby|holiday)\b",
        keys="0 1 2 3 4 5 6 7 8 9 two three four five six a+couple a+few several",
        also="depot depots injection injections jab jabs",
    ),
    _cue(
        _M,
        # A round signed for before it is given: "the meds round gets signed off as given before it's done".
        r"\b(?:sign|signs|signed|signing|ticked|marked|recorded) (?:off |up )?as (?:given|done|administered)"
        r" (?:before|without|when)\b",
        "describes medicines records not matching what happened",
        weight=3,
        needs=(r"\b(?:meds|medication|medicines|drugs|doses?|tablets|insulin|mar|round)\b",),
        unless=r"\b(?:training|scenario|simulation|audit found|role play)\b",
        keys="sign signs signed signing ticked marked recorded",
        also="meds medication medicines drugs dose doses tablets insulin mar round",
    ),
    _cue(
        _B,
        # A visa held over an overseas recruit: "reminds me every week that my visa is tied to this job".
        r"\b(?:remind\w*|tells?|told|telling|says?|said|saying|threaten\w*|warn\w*) (?:me|us|her|him|them)"
        r"\b[^.!?]{0,40}\b(?:visa|sponsorship|right to work|work permit)\b",
        "describes being labelled, pushed out or warned off at work",
        unless=r"\b(?:renew\w*|expir\w*|help\w*|support\w*|application|paperwork|sorted|fill in|forms?)\b",
        keys="remind tell tells told telling say says said saying threaten warn",
        also="visa sponsorship right+to work+permit",
    ),
    _cue(
        _B,
        # "plenty more where you came from": told they can be replaced, a second sign of bullying.
        r"\bplenty more (?:where (?:you|she|he|they) came from|like (?:you|her|him|them))\b",
        "describes being labelled, pushed out or warned off at work",
        weight=1,
        keys="plenty",
    ),
    _cue(
        _S,
        # Going to sleep wishing not to wake: "i go to sleep hoping thats it, no more mornings".
        r"\b(?:go|going|went) to (?:sleep|bed)\b[^.!?]{0,15}\bhoping (?:that is it|this is it|it is over"
        r"|that is"
        r" the end|i do not wake|i will not wake|i never wake|not to wake|i would not wake)\b"
        r"|\bno more mornings\b(?! (?:shifts?|starts?|lates?|earlies))",
        "wishes not to wake up",
        keys="go going went no+more",
    ),
    _cue(
        _S,
        # Wishing to join the dead: "three of the blokes i served with have gone now ... i'd quite like to
        # catch them up sooner rather than later".
        r"\b(?:catch (?:them|him|her) up|join (?:them|him|her)|be with (?:them|him|her) again|see (?:them|him"
        r"|her) again)\b[^.!?]{0,20}\b(?:sooner|soon|before long|not long)\b",
        "wishes they were dead or not here",
        check=lambda match: _GONE_RE.search(match.string) is not None,
        keys="catch join be+with see+them see+him see+her",
    ),
    _cue(
        _ST,
        # Fewer staff than people who need two each: "two on shift for eight people who need 2:1".
        rf"\b(?P<staff>{_NUM}) (?:staff |of us |carers |nurses |hcas |aps )?(?:on shift|on duty|on the floor"
        rf"|on|working) for (?P<people>{_NUM}) (?:people|patients|residents|service users|young people|lads"
        r"|women|men)(?: who| that)? (?:need|needs|needing|are on|all need|on|assessed as) (?:2:1|two to"
        r" one)",
        _SHORTAGE,
        weight=3,
        check=_fewer_than_two_each,
        keys="1 2 3 4 5 6 7 8 9 one two three four five six seven eight nine ten twelve fifteen twenty "
        "thirty forty",
    ),
)
