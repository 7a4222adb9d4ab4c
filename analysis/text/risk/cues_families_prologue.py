"""Cue families widened from the kinds of disclosure the prologue file showed were missing.

A carer who thinks the family "will be better with the insurance money than with me here"; care
coordinators "on 90+ caseloads"; NG feeds that "need 3 staff" done "with 2"; a charge nurse's hand on an
apprentice's lower back.
"""

from __future__ import annotations

import re

from .cue import _B, _S, _ST, _Cue, _cue
from .words import _NUM, _forty_or_more, _number


def _fewer_than_needed(match: re.Match[str]) -> bool:
    """Whether a task said to need N staff was done with fewer."""
    return 0 < _number(match.group("have")) < _number(match.group("need"))


CUES: tuple[_Cue, ...] = (
    _cue(
        _S,
        # The family better off with the insurance than with the writer.
        r"\b(?:better|better off|be better|be better off) with (?:the |my )?(?:life )?(?:insurance|pay ?out"
        r"|death in service)(?: money)?\b[^.!?]{0,30}\bthan (?:with )?me\b",
        "wishes they were dead or not here",
        weight=2,
        keys="better be+better",
    ),
    _cue(
        _ST,
        # Caseloads named by their size after "on": "care coordinators are on 90+ caseloads".
        r"\b(?:on|carrying|holding|with) (?:caseloads? of )?(?:over |nearly |about |around )?\d{2,3} ?\+? ?"
        r"(?:caseloads?|cases|people each|patients each|each)\b",
        "describes too few staff for the patients",
        weight=2,
        check=_forty_or_more,
        needs=(
            r"\b(?:risk|not been seen|not seen|unseen|weeks|months|waiting|firefighting|unsafe|dangerous|"
            r"crisis|vacanc\w*|gaps)\b",
        ),
        keys="on carrying holding with",
    ),
    _cue(
        _ST,
        # A task said to need N staff, done with fewer: "NG feeds that need 3 staff ... do them with 2".
        rf"\b(?:need|needs|require|requires|meant to have|supposed to have|should have) (?P<need>{_NUM}) "
        rf"(?:staff|nurses|people|of us|carers)\b[^.!?]{{0,40}}?\b(?:do|did|doing|done|manage|managed) "
        rf"(?:them |it |this |that )?with (?:only |just )?(?P<have>{_NUM})\b",
        "describes too few staff for the patients",
        weight=2,
        check=_fewer_than_needed,
        keys="need needs require requires meant+to supposed+to should+have",
    ),
    _cue(
        _B,
        # A colleague's hand where it does not belong, again and again.
        r"\b(?:puts?|putting|keeps? putting|rests?|resting|keeps? resting|places?|placing) (?:his|her|their) "
        r"hands? on (?:my|the small of my|(?:our|an?|the) [\w-]+'s) (?:lower back|back|waist|bum|bottom|"
        r"backside|thighs?|legs?|knees?|hips?)\b",
        "describes being singled out or harassed at work",
        weight=3,
        # Only with the workplace in the sentence: from a patient the same touch is abuse (other cues).
        needs=(
            r"\b(?:charge nurse|nurse in charge|nic|shifts?|on shift|allocation|rota|mentor|manager|senior|"
            r"band \d|colleague|nights|lates|earlies|office|handover|staff room|competenc\w*|delegates?"
            r"|showcase|conference|networking)\b",
        ),
        keys="put puts putting keep keeps rest rests resting place places placing",
    ),
)
