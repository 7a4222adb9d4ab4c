"""Cue families widened from the kinds of disclosure the slipcase file showed and no cue read.

Caseloads told as a number with people lost track of; a list of reasons to stay that is getting
shorter; a shift on which nobody is trained to hold a patient safely; not eating because one does not
"deserve" to; and a child told that telling anyone will get the family taken away. The bookmark
file's: a trainee left as nurse in charge, a 1:1 given to someone on their first shift, a seizure or a
fall nobody recorded.
"""

from __future__ import annotations

from .cue import _A, _C, _S, _SHORTAGE, _ST, _Cue, _cue
from .words import _forty_or_more

CUES: tuple[_Cue, ...] = (
    _cue(
        _ST,
        # "caseloads are 60+ per care coordinator and we've lost track of who's due a review".
        r"\bcaseloads? (?:are|is|of|at|now|have hit|has hit|hit|around|about|over|sitting at)"
        r"(?: (?:over|about|around|now|at))? \d\d+\+?",
        "describes caseloads too big to keep people safe",
        check=_forty_or_more,
        needs=(
            r"\b(?:lost track|not been seen|not seen|slipping|falling through|fall through|waiting (?:weeks"
            r"|months)|(?:nobody|no one) has seen|not safe|unsafe)\b",
        ),
        keys="caseload caseloads",
        also="lost not slipping falling fall waiting nobody no unsafe",
    ),
    _cue(
        _S,
        # "I keep a list on my phone of reasons to stay ... It's got three now": reasons to live running out.
        r"\breasons? (?:to|for) (?:stay|staying|keep going|keeping going|live|living|be here|being here"
        r"|carry on|carrying on|stick around)\b",
        "describes reasons to live running out",
        needs=(
            r"\b(?:list|running out|run out|down to|fewer|shorter|any more|anymore|cannot think|can not think"
            r"|struggle to find|struggling to find)\b",
        ),
        soft=True,
        unless=r"\b(?:in (?:the|this|my) (?:job|nhs|role|trust|course|programme|team|post|profession)|at work"
        r"|working|employer|retention|retain|recruit\w*)\b",
        keys="reason reasons",
        also="list running run down fewer shorter any anymore cannot can struggle struggling",
    ),
    _cue(
        _ST,
        # "Nobody on the late shift had done their PMVA ... waited 40 minutes for the response team".
        r"\b(?:nobody|no one|none of us|not one of us|no staff|no one else)\b[^.!?]{0,40}"
        r"\b(?:had done|has done|done|trained in|trained for|had|has|with)\b[^.!?]{0,15}"
        r"\b(?:pmva|mva|rrn|breakaway|restraint training|prevention and management of violence"
        r"|physical intervention)\b",
        "describes a shift without staff trained to keep patients safe",
        keys="nobody no none not",
    ),
    _cue(
        _S,
        # "Haven't eaten properly in a fortnight. I don't deserve to": food refused as a punishment.
        r"\b(?:eat|eating|eaten|food|meals?)\b[^!?]{0,80}\bi do not deserve\b"
        r"|\bi do not deserve (?:to eat|food|meals?|to have (?:food|tea|dinner|a meal))\b",
        "describes self-punishment by not eating",
        unless=r"\b(?:diet|dieting|treat|cake|biscuit|chocolate|pudding|takeaway)\b",
        keys="eat eating eaten food meal meals i+do",
    ),
    _cue(
        _A,
        # "dad says if i tell school or the nurse theyll take us away": a child kept quiet by a threat.
        r"\b(?:says|said|tells me|told me|keeps saying)\b[^.!?]{0,10}\bif (?:i|we) (?:tell|told|say|said)\b"
        r"[^.!?]{0,40}\b(?:take (?:us|me) away|put (?:us|me) in care|(?:we|i) will get taken|get (?:us|me) "
        r"taken|hit me|hurt me|kick (?:us|me) out)\b",
        "describes threats or secrecy at home",
        weight=3,
        keys="says said tells told keeps",
    ),
)

# The bookmark file's: a trainee in charge, a 1:1 on a first shift, an event nobody recorded.
CUES_BOOKMARK: tuple[_Cue, ...] = (
    _cue(
        _ST,
        # "our APs end up as nurse in charge at weekends because there's no band 5 on".
        r"\b(?:aps?|apprentices?|hcas?|students?|trainees?|band 3s?|band 4s?|support workers?)\b[^.!?]{0,30}"
        r"\b(?:end up as|ended up as|ends up as|left as|put as|acting as|running as|being) "
        r"(?:the )?(?:nurse )?in charge\b",
        _SHORTAGE,
        keys="ap aps apprentice apprentices hca hcas student students trainee trainees band support",
    ),
    _cue(
        _ST,
        # "first shift ever, no induction, and they put me on a 1:1 with a lad on level 3 obs".
        r"\b(?:first (?:ever )?(?:shift|day|night)|shift ever|no induction|new starter)\b[^.!?]{0,60}"
        r"\b(?:put (?:me )?on|left (?:me )?on|given|doing) (?:a |the )?(?:1 ?(?:to|:|-) ?1|one ?to ?one"
        r"|level [234]|enhanced obs\w*|close obs\w*|arms? length)",
        "describes observation left to someone new",
        unless=r"\b(?:shadow\w*|with (?:a|my|the) (?:mentor|buddy|nurse)|supervised|alongside)\b",
        keys="first shift no new",
    ),
    _cue(
        _C,
        # "had what looked like a seizure in the lounge ... nobody wrote it down or told the doctor".
        r"\b(?:seizure|fit|fall|fell|head injury|banged (?:his|her|their) head|choking)\b[^.!?]{0,60}"
        r"\b(?:nobody|no one|never)\b[^.!?]{0,10}\b(?:wrote|recorded|documented|told|reported|wrote it down"
        r"|logged|datixed|checked)\b",
        "describes a patient left at risk",
        unless=r"\b(?:training|scenario|simulation|policy|drill)\b",
        keys="seizure fit fall fell head banged choking",
    ),
)
