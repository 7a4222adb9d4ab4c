"""Cue families widened from the kinds of disclosure the preamble file showed were missing.

"The old habit with the razor is back, only on my thighs so work dont see"; a PICU whose nights are
"routinely 1 registrant", told in a commissioner's figures; obs, meds and breaks leaving "nobody actually
on the floor".
"""

from __future__ import annotations

from .cue import _S, _ST, _Cue, _cue

CUES: tuple[_Cue, ...] = (
    _cue(
        _S,
        # A means of cutting told as a habit come back, or marks kept where nobody sees them.
        r"\b(?:old |the )?habits? with (?:the |a |my )?(?:razors?|blades?|lighter|compass)\b"
        r"|\b(?:razors?|blades?)\b[^.!?]{0,20}\b(?:is|are|has|have) (?:back|come back|started again)\b"
        r"|\b(?:only |just )?on my (?:thighs|legs|upper arms|arms|stomach|tummy|hips|wrists)\b[^.!?]{0,10}"
        r"\bso (?:work|nobody|people|they|anyone|my (?:mum|mam|partner|husband|wife|family|kids)) "
        r"(?:do not|does not|can not|will not|would not|cannot|never) (?:see|notice|find out)\b",
        "describes self-harm kept hidden or come back",
        weight=2,
        keys="old+habit the+habit habit habits razor razors blade blades only+on just+on on+my",
    ),
    _cue(
        _ST,
        # A single registered nurse on nights, told as the routine ("nights routinely 1 registrant").
        r"\b(?:nights?|night shifts?|weekends?)\b[^.!?,]{0,15}\b(?:routinely|usually|often|regularly|"
        r"frequently|always|mostly) (?:on |at |down to )?(?:only |just )?(?:1|one|a single|a lone) "
        r"(?:registrant|rmn|rn|registered nurse|qualified(?: nurse)?)\b"
        r"|\b(?:routinely|usually|often|regularly|frequently|always) (?:only |just )?(?:1|one|a single|"
        r"a lone) (?:registrant|rmn|rn|registered nurse|qualified(?: nurse)?) on nights\b",
        "describes too few staff for the patients",
        weight=2,
        needs=(
            r"\b(?:picu|acute|ward|wards|unit|beds?|inpatient|patients|vacanc\w*|establishment|wte|fte)\b",
        ),
        keys="night nights weekend weekends routinely usually often regularly frequently always",
    ),
    _cue(
        _ST,
        # Every member of staff tied up elsewhere: "so nobody was actually on the floor".
        r"\b(?:nobody|no staff|no one) (?:was |is |were |left )?(?:actually |even |really )?on the floor\b",
        "describes too few staff for the patients",
        weight=2,
        needs=(r"\b(?:obs|observations|alarm|meds|break|breaks|patients|ward|shift|late|early|nights?)\b",),
        keys="nobody no+staff no+one",
    ),
)
