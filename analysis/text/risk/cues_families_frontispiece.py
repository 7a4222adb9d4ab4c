"""Cue families widened from the kinds of disclosure the frontispiece file showed were missing.

An apprentice made the fourth on a prone hold before any restraint training; a penicillin allergy on the
wristband and amoxicillin brought round still; a senior who reads an apprentice's reflective log out at
handover in a silly voice; a first-year trainee left in charge of the ward; wounds closed at home with
the writer's own steri-strips; staff asleep in the chair through one-to-one observations; a partner who
keeps her payslips.
"""

from __future__ import annotations

from .cue import _A, _B, _C, _M, _S, _ST, _Cue, _cue

CUES: tuple[_Cue, ...] = (
    _cue(
        _ST,
        # Used in a hold before the restraint training: "4th person on a prone hold and ive not done my PMVA".
        r"\b(?:not|never|have not|had not|yet to|still not)(?: \w+){0,2} (?:done|had|did|been on|completed|"
        r"passed) (?:my |the |any |our )?(?:pmva|mva|rrp|restraint|breakaway|safe holds?|prevention and "
        r"management)\b",
        "describes too few or untrained staff for the patients",
        needs=(r"\b(?:hold|holds|holding|restrain\w*|restraint|prone|pinned|floor|team|down)\b",),
        keys="not never have+not had+not yet+to still+not",
        also="hold holds holding restrain restraint prone pinned floor team down",
    ),
    _cue(
        _M,
        # An allergy band, and the medicine it warns of brought all the same: "my wristband says penicillin
        # in big red letters and the nurse still came round with amoxicillin".
        r"\b(?:wrist ?band|red (?:wrist ?)?band|allergy band)\b",
        "describes a medicine given against a reading, an allergy or its storage",
        needs=(
            r"\bstill (?:came (?:round |back )?with|come (?:round |back )?with|comes (?:round |back )?with|"
            r"brought|tried to give|handed|gave|given|got|was given|were given)\b",
            r"\b(?:allerg\w*|penicillin|\w+cillin|\w+mycin|codeine|co-?codamol|morphine|tramadol|aspirin|"
            r"ibuprofen|nsaids?|latex|meds|medication|tablets?|antibiotics?|injection|dose)\b",
        ),
        keys="wrist band red allergy",
        also="still",
    ),
    _cue(
        _B,
        # Someone's own writing read out to mock them: "reads bits of my reflective log out at handover".
        r"\b(?:reads?|reading|read) (?:bits of |parts of |out )?(?:my|her|his|their) (?:reflective "
        r"(?:log|account|journal)|reflections?|log|diary|portfolio|essay|notes|messages|texts)"
        r"(?: out)? (?:at|in front of|to) (?:handover|the team|everyone|the ward|the whole|staff)",
        "describes being shut out, mocked or pressured at work",
        keys="read reads reading",
    ),
    _cue(
        _ST,
        # A trainee or care assistant left in charge of a ward: "year 1 B3 trainee and i was NIC sunday".
        r"\b(?:i was|i am|i have been|left as|put as|made|they made me|she was|he was|they put me as) "
        r"(?:the )?(?:nic|nurse in charge|in charge of the (?:ward|shift|unit|floor))\b",
        "describes too few or untrained staff for the patients",
        needs=(
            r"\b(?:trainee|apprentice|b3|band 3|hca|student|year 1|first year|unqualified|not qualified|"
            r"support worker)\b",
        ),
        keys="i left put made they she he",
        also="trainee apprentice b3 band hca student year first unqualified not+qualified support",
    ),
    _cue(
        _S,
        # Wounds closed at home: "i stopped going in, i do my own steri strips now".
        r"\b(?:do|doing|did|use|using|put on|buy) (?:my|me) own (?:steri ?strips?|stitches|butterfly "
        r"(?:stitches|strips)|butterflies|skin glue|glue)\b",
        "describes self-harm hidden",
        keys="do doing did use using put buy",
        also="own",
    ),
    _cue(
        _C,
        # Staff asleep through the watch they were on: "the staff fell asleep in the chair".
        r"\b(?:staff|nurse|hca|they|she|he|the night staff|carer|whoever|my 1:1|the bank)\b(?: \w+){0,3} "
        r"(?:fell asleep|was asleep|were asleep|dozed off|nodded off|went to sleep)\b",
        "describes a patient left at risk",
        needs=(r"\b(?:obs|observations|1:1|1:1s|one to one|checks|meant to be watching|watch)\b",),
        keys="staff nurse hca they she he the carer whoever my",
        also="obs observations 1:1 one+to checks meant watch",
    ),
    _cue(
        _A,
        # Pay kept by a partner: "keeps my payslips 'for the baby'".
        r"\b(?:keeps?|kept|holds?|held|takes?|took) (?:all )?(?:my|her) (?:payslips?|wages|pay|salary|bank "
        r"cards?|cards|pin|savings|benefits|universal credit)\b",
        "describes being controlled by someone",
        needs=(r"\b(?:he|she|husband|partner|boyfriend|girlfriend|wife|ex|fella)\b",),
        unless=(
            r"\b(?:bank|payroll|hr|employer|the trust|finance|office|system)\b(?: \w+){0,3} "
            r"(?:keeps?|kept|holds?|took)"
        ),
        keys="keep keeps kept hold holds held take takes took",
        also="he she husband partner boyfriend girlfriend wife ex fella",
    ),
)
