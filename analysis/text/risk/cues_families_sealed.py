"""Cue families of the kinds of wording the sealed file (risk_sealed.csv) found missing.

The shapes: a curfew kept for fear of what happens otherwise ("I have to be home before he is or
there's trouble"); punishment for speaking up told as a story ("last time I spoke up I got put on the
worst rota for a month"); everything the writer does picked apart, and lies told about them to a
manager; "people like me" said by a colleague to mean a protected characteristic; too few staff
given as bare numbers ("told to manage with 3 for 20 acutely unwell patients"); keys or codes to
medicines left for anyone to pick up.
"""

from __future__ import annotations

from .cue import _A, _B, _M, _ST, _Cue, _cue
from .words import _NUM, _too_few_staff

_WORK_NEED = (
    r"\b(?:team|ward|unit|staff|colleagues?|mentor|ps|manager|senior|seniors|nurses?|hcas?|band|b[2-8]|"
    r"shifts?|rota|apprentice|trainee|student|placement|nic|sister|supervisor|preceptor|educator|assessor|"
    r"matron|boss|at work|handover|nights|workplace|hr|lead)\b"
)

CUES: tuple[_Cue, ...] = (
    # --- abuse --------------------------------------------------------------------------------------
    # A curfew kept for fear of the consequence: "I have to be home before he is or there's trouble".
    _cue(
        _A,
        r"\b(?:have|has|had|got|need|needs|needed) to be (?:home|back|in|in the house|off the phone|"
        r"there)\b[^.!?]{0,40}\bor\b[^.!?]{0,30}\b(?:trouble|hell|a row|rows|murder|mad|kicks? off|"
        r"kicked off|pay for it|in for it|a scene|a fight|questions|consequences|go off|goes off|lose it|"
        r"loses it|sulk\w*|punish\w*|grief|hurt)\b"
        r"|\b(?:if|when) i am (?:\w+ )?(?:late|not (?:home|back|in))\b[^.!?]{0,40}\b(?:there is|there will "
        r"be|i get|i will get|it is)\b (?:\w+ )?(?:trouble|hell to pay|a row|murder|consequences)\b",
        "describes fear of what a partner does if they are late home",
        unless=r"\b(?:kids?|children|school|nursery|childminder|dog|dogs|pick up|pickup|bus|train|parking|"
        r"curfew at (?:the )?hostel|shift|lol|haha\w*)\b",
        keys="have has had got need needs needed if when",
        also="trouble hell row rows murder mad kick kicked pay in+for scene fight questions consequences "
        "go+off goes+off lose loses sulk punish grief hurt",
    ),
    # --- bullying -----------------------------------------------------------------------------------
    # Punishment for speaking up, told as a story: "last time I spoke up I got put on the worst rota".
    _cue(
        _B,
        r"\b(?:last time|the last time|the one time|one time|when|after|every time|whenever|each time|"
        r"since|the time) i (?:spoke up|spoke out|raised (?:a |any |my )?(?:concerns?|it|this|that|an "
        r"issue|something)|complained|reported (?:it|her|him|them|this|that)|said something|said anything|"
        r"questioned|challenged|pushed back|went to hr|went over (?:her|his|their) head|put in a "
        r"(?:complaint|grievance|datix)|flagged it|stood up for)\b[^.!?]{0,50}\b(?:i|we) (?:got|was|were|"
        r"have been|had been|ended up|kept getting|keep getting|get) (?:\w+ ){0,2}(?:put on|given|moved|"
        r"taken off|left off|stuck on|punished|frozen out|shouted at|written up|blanked|ignored|threatened|"
        r"told off|pulled (?:in|into|aside)|hauled|dragged|nights|all the|the worst|every (?:rubbish|"
        r"crap|horrible|bad|dirty)|a warning|a disciplinary|investigated|sent)\b",
        "describes being punished for speaking up",
        needs=(_WORK_NEED,),
        keys="last+time the+last the+one one+time when after every+time whenever each+time since the+time",
    ),
    # Everything picked apart, and lies told to a manager: "the same two staff pick apart everything I
    # do and then tell the manager I'm lazy".
    _cue(
        _B,
        r"\b(?:pick|picks|picking|picked) (?:apart |holes in |at |on )?(?:everything|every little thing|"
        r"every single thing|anything|all) i (?:do|did|say|said|write|wrote)\b|\b(?:criticis\w*|criticiz\w*|"
        r"nitpick\w*|nit pick\w*|pull\w* apart|tear\w* apart|rip\w* apart|slag\w* off|mock\w*|laugh\w* at) "
        r"(?:everything|every little thing|every single thing|all) (?:i|that i) (?:do|did|say|said|write|"
        r"wrote)\b|\b(?:tell|tells|telling|told|report\w*|go|goes|going|went|run|runs|running|ran) (?:\w+ "
        r")?(?:to )?(?:the|my|our) (?:manager|boss|nic|sister|mentor|educator|assessor|matron|ward manager|"
        r"team leader|supervisor)s? (?:that )?(?:i am|i was|i have been|i had been) (?:\w+ )?(?:lazy|useless|"
        r"rubbish|slow|incompetent|unsafe|not pulling my weight|skiving|hiding|not coping|a liability|a "
        r"problem|difficult|rude|aggressive)\b",
        "describes being singled out or picked on at work",
        needs=(_WORK_NEED,),
        unless=r"\b(?:constructive|fair|fairly|helpful|to help me|so i (?:can|could) (?:learn|improve)|"
        r"learn\w* (?:a lot|loads|so much)|feedback (?:is|was) (?:useful|helpful|fair))\b",
        keys="pick picks picking picked criticis criticiz nitpick nit+pick pull tear rip slag mock laugh "
        "tell tells telling told report go goes going went run runs running ran",
    ),
    # "People like me" said to mean who the writer is: "my PS said people like me don't usually get as
    # far as band 4".
    _cue(
        _B,
        r"\b(?:people|someone|somebody|girls|women|men|lads|folk|ones|those|us) '?like "
        r"(?:me|us|him|her|them)\b'?[^.!?]{0,20}\b(?:do not|did not|never|can not|cannot|could not|"
        r"will not|would not|should not|are not|were not|rarely|seldom|usually|normally|tend to|always|"
        r"only|just|go|get|belong)\b",
        "describes being told that people like them do not belong",
        needs=(
            r"\b(?:said|says|saying|say|told|tells|telling|reckons|reckoned|comment\w*|remark\w*|implied|"
            r"implying|hinted|hinting|made it clear|joked|joke|joking|asked)\b",
            _WORK_NEED,
        ),
        unless=r"\b(?:patients? like me|(?:help|helps|helped|support\w*|inspir\w*|encourag\w*) (?:people|"
        r"someone|somebody|girls|women|men|lads|folk|ones|those|us) like|(?:services?|groups?|clinics?|"
        r"charit\w*|courses?|programmes?|apprenticeships?) (?:for|aimed at|designed for) (?:people|someone|"
        r"somebody|girls|women|men|lads|folk|ones|those|us) like|proof|role models?|opened doors|widening|do "
        r"(?:really |so )?well|make (?:great|good|the best|brilliant|amazing)|succeed\w*|thrive|proud|"
        r"inspir\w*)\b",
        keys="like",
    ),
    # --- unsafe staffing ----------------------------------------------------------------------------
    # Bare numbers: "told to manage with 3 for 20 acutely unwell patients", "3 of us for 20 very poorly
    # patients".
    _cue(
        _ST,
        rf"\b(?:with|had|have|were|are|was|is|got|left|leaves|leaving) (?:only |just |literally )?"
        rf"(?P<staff>{_NUM}) (?:of us |staff |nurses |people |hcas |rmns |carers |on )?(?:for|to|looking "
        rf"after|covering|between) (?P<patients>{_NUM}) (?:\w+ ){{0,2}}(?:patients|service users|beds|"
        r"residents|people|clients|women|men|young people|pts)\b",
        "describes too few staff for the patients",
        weight=3,
        check=_too_few_staff,
        unless=r"\b(?:study day|course|training|class|lecture|cohort|tutor|uni|university|students|"
        r"apprentices|workshop|session|breakout)\b",
        keys="with had have were are was is got left leaves leaving",
        also="patient service bed resident people client women men young pts",
    ),
    # --- medication ---------------------------------------------------------------------------------
    # Keys or codes to medicines left for anyone: "keys to the drugs cupboard get left on the nurses
    # station all shift".
    _cue(
        _M,
        r"\b(?:keys?|fobs?|codes?|key ?pad codes?) (?:to|for) (?:the )?(?:drugs?|cd|cds|controlled drugs?|"
        r"medication|medications|meds|medicines?|clinic room|treatment room|med room|meds room|drug room|"
        r"pharmacy) ?(?:cupboards?|trolleys?|rooms?|fridges?|cabinets?|safes?|boxes?)?\b[^.!?]{0,50}\b"
        r"(?:left|lying|hanging|unattended|anyone|anybody|everyone|lent|lend|given out|handed to "
        r"(?:the )?(?:hca|student|agency|bank|patient)|shared|passed round|in the door|in the lock|"
        r"on the side|on the desk|on the station|on the nurses station|written on)\b",
        "describes unsafe handling of controlled drugs",
        unless=r"\b(?:never|always (?:kept|locked|with)|policy|procedure|training|sorted|locked away)\b",
        keys="key keys fob fobs code codes key+pad keypad",
    ),
)
