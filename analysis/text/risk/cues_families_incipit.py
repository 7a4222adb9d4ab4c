"""Cue families widened from the kinds of disclosure the incipit file showed were missing.

A mother who asks God every night to take her; service users dispensed clozapine "without a valid
result"; insulin given by the night staff when the day staff had already given it; co-codamol given
though the wristband says codeine makes the patient ill; a care coordinator who left and was not
replaced ("no capacity", on the duty list); a manager's bullet points about apprentices kept out of
handover and "spoken to in a way HR would not sign off on".
"""

from __future__ import annotations

from .cue import _B, _M, _S, _ST, _Cue, _cue
from .cues_families_introduction import _monitored_medicine_named

CUES: tuple[_Cue, ...] = (
    _cue(
        _S,
        # A wish to die said as a prayer, over and over: "says every night, God take me now"; the
        # Urdu "mujhe utha le" (take me up) with it. A joke about a trivial task is masked before this.
        r"\b(?:god|allah|(?:the )?lord|jesus|him upstairs)(?: to| would| will| should| please| just)? "
        r"(?:take|takes|come for|comes for|call|calls) (?:me|her|him|them)(?: now| home| soon| away)?\b"
        r"(?! (?:through|to|for|on|out|in|with|back))|\bmujhe utha le\b",
        "wishes they were dead or not here",
        needs=(
            r"\b(?:every (?:night|day|morning|time)|keeps?|kept|always|says|said|saying|prays?|praying|"
            r"prayed|asks?|asking|asked|begs?|begging|wish\w*|wants?|ready|tired)\b",
        ),
        keys="god allah lord jesus him+upstairs mujhe",
    ),
    _cue(
        _M,
        # A medicine that needs blood tests handed out without a result: "dispensed without a valid result".
        r"\b(?:dispensed|given|issued|supplied|handed out|released|prescribed|collected)\b(?: \w+){0,3} "
        r"without (?:a |an |any |their |the )?(?:valid|current|recent|up to date|in date|green|new|"
        r"proper)? ?(?:blood )?(?:results?|bloods?|blood tests?|levels?|tests?|monitoring|fbc)\b",
        "describes monitoring of a high-risk medicine missed",
        check=_monitored_medicine_named,
        keys="dispensed given issued supplied handed released prescribed collected",
    ),
    _cue(
        _M,
        # A second dose by the next shift: "got his lantus from the night lot even tho the day lot had
        # already done it".
        r"\b(?:even though|even tho|although|though|when|after|but)\b(?: [\w']+){1,4} (?:had )?already "
        r"(?:given|done|had|administered|signed for|put in|injected)(?: (?:it|him|her|them|his|hers|the "
        r"dose|one|the injection|that))?\b",
        "describes a dose given twice",
        needs=(
            r"\b(?:insulin|lantus|novorapid|levemir|humulin|humalog|tresiba|abasaglar|meds|medication|"
            r"tablets?|dose|injection|depot|methadone|oramorph|morphine|patch|jab|clozapine|lithium)\b",
        ),
        keys="already",
        also="insulin lantus novorapid levemir humulin humalog tresiba abasaglar meds medication tablet dose "
        "injection depot methadone oramorph morphine patch jab clozapine lithium",
    ),
    _cue(
        _M,
        # An allergy or intolerance on record, and the medicine given anyway: "it's on my wristband that
        # codeine makes me ill and I still got co-codamol".
        r"\b(?:on|in) (?:my|his|her|their|the|mum's|dad's|mams|mums|dads) (?:wrist ?band|red band|allergy "
        r"band|notes|drug chart|kardex|records|care plan|band)\b",
        "describes a medicine given against a reading, an allergy or its storage",
        needs=(
            r"\bstill (?:got|get|gets|gave|give|gives|given|had|was given|were given|been given|received|"
            r"prescribed|offered)\b",
            r"\b(?:ill|sick|allergic|allergy|allergies|react\w*|intoleran\w*|rash|cannot have|can not have|"
            r"must not have|not (?:to|allowed) (?:have|be given))\b",
        ),
        keys="wrist band red allergy notes drug kardex records care",
        also="still",
    ),
    _cue(
        _ST,
        # The worker who held a patient's care gone and not replaced: "care coordinator left ... told
        # there's no capacity so I'm on the duty list".
        r"\b(?:care ?co-?ordinator|cpn|key ?worker|named nurse|social worker|psychiatrist|consultant|"
        r"psychologist|therapist)\b (?:left|has left|had left|went|retired|moved on|is leaving|was leaving|"
        r"went off sick|is off sick|has gone)\b[^.!?]{0,100}\b(?:no capacity|not (?:been )?replaced|no "
        r"replacement|nobody to replace|no one to replace|(?:on|put on|onto) the duty (?:list|system|rota)|"
        r"no (?:one|body) (?:has )?(?:taken|picked) (?:me|him|her|us|over))",
        "describes staff stretched or not replaced",
        keys="care cpn key named social psychiatrist consultant psychologist therapist",
    ),
    _cue(
        _B,
        # Spoken to in a way no one would put their name to: "spoken to in a way HR would not sign off on".
        r"\b(?:spoken|talked|speak|speaks|talk|talks) to (?:in a way|like)\b[^.!?]{0,30}\b(?:(?:hr|you|"
        r"anyone|management|a manager|the trust|any manager|i) (?:would|should|could) not|(?:nobody|no one|"
        r"no manager|no nurse|no boss) (?:would|should|could))\b",
        "describes being excluded or belittled",
        weight=1,
        keys="spoken talked speak speaks talk talks",
    ),
)
