"""Cues of unsafe staffing."""

from __future__ import annotations

from .cue import _ST, _Cue, _cue
from .words import _NUM, _number, _too_few_staff

CUES: tuple[_Cue, ...] = (
    # --- unsafe staffing ---------------------------------------------------------------------------
    _cue(
        _ST,
        r"\b(?:unsafe|dangerous|dangerously|not safe|risky|scary|scarily) (?:staffing|staff(?:ing)? levels|"
        r"numbers|ratios?|low|short|understaffed|staffed)|\bstaffing (?:levels |numbers )?(?:is|are|was|were|"
        r"has been|have been|feels?|felt) (?:\w+ ){0,2}(?:unsafe|dangerous|not safe|risky|scary)"
        r"|\b(?:dangerously|unsafely|critically|seriously) (?:short|understaffed|low|staffed)"
        r"|\bnot enough (?:staff|nurses|people) (?:on )?(?:\w+ ){0,3}to (?:keep|be safe|do (?:the )?obs"
        r"|watch|"
        r"observe|look after|supervise|cover the obs|manage)|\btoo few (?:staff|nurses) to"
        r"|\b(?:so|too) (?:short|few)\b[^.!?]{0,40}\b(?:unsafe|dangerous|not safe|could not|can not|risk)"
        r"|\b(?:unsafe|not safe|dangerous)\b[^.!?]{0,30}\b(?:short(?:-| )staffed|understaffed|so few staff|"
        r"not enough staff|staffing)"
        r"|\bstaffing\b[^.!?]{0,30}\b(?:someone|somebody|a patient|patients) (?:is|are|will"
        r"|could) (?:going to "
        r"|gonna )?(?:get hurt|die|be hurt|be harmed|get killed)|\baccident waiting to happen",
        "names unsafe staffing",
        direct=True,
        topic=True,
        negatable=True,
        weight=3,
        keys=(
            "unsafe danger not+safe risk scar staffing critical serious not+enough so+short too+short "
            "so+few too+few accident"
        ),
    ),
    _cue(
        _ST,
        r"\b(?:one|1|only one|just one|a single|only 1|only the one) (?:qualified |registered |trained |"
        r"permanent )?(?:nurse|rmn|qualified|registered nurse|member of staff|staff member|staff|hca|"
        r"registrant|carer|person|rn|rgn) (?:on )?(?:for|on|covering|looking after|to|with|between|across) "
        r"(?:the whole|\d+|two|both|all|three|the entire|twenty|thirty|a ward of)",
        "describes too few staff for the patients",
        weight=3,
        keys="one 1 single",
        also="nurse rmn qualified registered member staff hca registrant carer person rn rgn",
    ),
    _cue(
        _ST,
        rf"\b(?P<staff>{_NUM}) (?:of us|staff|nurses|people|hcas|rmns|carers|members of staff|workers|"
        r"qualified|on shift)\b[^.!?]{0,30}?\b(?:for|with|to|and|looking after|covering|between) "
        rf"(?P<patients>{_NUM}) (?:(?:very |acutely |really |high dependency |poorly |unwell |sick |"
        r"acute |complex |confused |elderly )+)?(?:patients|service users|beds|residents|people|clients|"
        r"women|men|young people)",
        "describes too few staff for the patients",
        weight=3,
        check=_too_few_staff,
        keys=(
            "1 2 3 4 5 6 7 8 9 0 one two three four five six seven eight nine ten twelve fifteen twenty "
            "thirty forty"
        ),
        also="patient service bed resident people client women men young",
    ),
    _cue(
        _ST,
        rf"\b(?P<staff>{_NUM}) (?:of us|staff|nurses|people|hcas|rmns|carers|members of staff|workers|"
        rf"qualified|on shift)\b[^.!?]{{0,30}}\b(?P<patients>{_NUM}) (?:patients |of them |people )?on "
        r"(?:1:1|one to one|2:1|close obs|constant obs|level 3|level 4|arms length)",
        "describes more patients on close watch than staff",
        weight=3,
        check=lambda m: _number(m.group("patients")) >= _number(m.group("staff")) > 0,
        keys="1:1 one+to 2:1 close+obs constant+obs level+3 level+4 arms+length",
    ),
    _cue(
        _ST,
        r"\b(?:no|without a|not a single|not one|without any|zero) (?:rmn|registered nurse|qualified(?: "
        r"nurse)?|nurse|registrant|trained staff|qualified staff|rn|qualifieds)s? (?:on (?:shift|the ward|"
        r"the unit|duty|nights|site|the floor|for)|from|between|until|til|all night|at all|in the building)",
        "describes no qualified nurse on shift",
        weight=3,
        keys="rmn registered qualified nurse registrant trained rn",
    ),
    _cue(
        _ST,
        r"\b(?:left|put|was|am|being|been|ended up|end up|had to be"
        r"|made) (?:\w+ ){0,2}in charge\b[^.!?]{0,40}"
        r"\b(?:b3|band 3|hca|trainee|apprentice|student|first year|unqualified|not qualified|agency)"
        r"|\b(?:as|being) (?:a|an|the only) (?:b3|band 3|hca|trainee|apprentice|student|first year)"
        r"[^.!?]{0,30}\b(?:in charge|run the (?:shift|ward|floor|unit))"
        r"|\b(?:left|had|have|expected) to run the (?:shift|ward|floor|unit|night)\b"
        r"|\b(?:the )?only (?:staff|one|person|member of staff|staff member|nurse|hca|carer) on (?:the floor"
        r"|the "
        r"ward|shift|nights|the unit|duty"
        # "the only staff on our 12 bed rehab unit for 3 hrs while the nurse went to the other site".
        r"|(?:our|the|a|their) (?:\d+ ?bed(?:ded)? )?(?:\w+ )?(?:unit|ward|bay))\b",
        "describes a trainee left in charge",
        weight=3,
        keys="charge run+the only+staff only+one only+person only+member only+nurse only+hca only+carer",
    ),
    _cue(
        _ST,
        # "its just me losing out": the writer's own loss, not a shift left to one.
        r"\b(?:it is|its|it was) (?:just|only) me\b(?! (?:losing|missing) out)|\bnobody else\b"
        r"|\bno other staff\b"
        r"|\b(?:she|he|the nurse|the rmn|the nic|i|we) (?:was|is|were|am|are) on (?:her|his|my|our) own\b"
        r"(?! (?:but|and (?:it|that) was fine))|\bon my own with \d+|\bleft on my own\b"
        r"|\bcover(?:ing|s|ed)? (?:two|2|both|three) wards"
        r"|\bthe rest (?:were|are) agency|\ball agency\b|\bonly (?:one|person|permanent|regular|substantive)"
        r"(?: \w+)? who knew (?:the )?patients|\bonly (?:permanent|regular|substantive) (?:member|staff)"
        r"|\b(?:\d|two|three|four) agency\b"
        r"|\bagency (?:lad|staff|nurse|worker|hca|girl|guy|bloke)s? (?:\w+ ){0,3}(?:never (?:been|worked)|"
        r"did not know|no idea)"
        r"|\bat the same time\b[^.!?]{0,30}\bnobody else|\bmeds round and [^.!?]{0,20}obs"
        r"|\b(?:just me|only me)\b[^.!?]{0,60}\b(?:\d\d|twenty|thirty) (?:patients|service users|beds|"
        r"residents)\b|\b(?:\d|two|three|four) (?:of them |patients )?on (?:1:1|one to one|close obs|constant"
        r" obs|2:1)",
        "describes staff left alone or stretched",
        weight=1,
        keys=(
            "just+me only+me nobody+else no+other her+own his+own my+own our+own cover+two covering+two "
            "covers+two covered+two cover+2 covering+2 cover+both covering+both covers+both covered+both "
            "cover+three covering+three agency only+permanent only+regular only+substantive meds+round "
            "1:1 one+to close+obs constant+obs 2:1 covers+2 covered+2 covers+three covered+three who+knew"
        ),
    ),
    _cue(
        _ST,
        r"\b(?:short(?:-| )staffed|understaffed|under staffed|under-staffed|not enough staff|skeleton staff|"
        r"so short|too short|very short|really short|short of staff|no staff|staff shortages?|so few staff|"
        r"too few staff|few staff|low staffing|(?:did|do|does) not have (?:the|enough) staff|no staff to|"
        r"staffing (?:is|was|has been) (?:\w+ )?(?:low|bad|poor|awful|"
        r"terrible|shocking|a joke)|(?:were|was|are|is) (?:so |too |very |really )?short\b(?! (?:of (?!staff)"
        r"|term|wait|notice|time|course|break|while|period|and sweet|appointment|visit|call|session|with|"
        r"tempered|lived|listed|list)))",
        "describes a shortage of staff",
        negatable=True,
        weight=1,
        keys=(
            "short+staffed short+of understaff under+staffed under+staff not+enough skeleton no+staff "
            "staff+shortage staff+shortages so+few too+few few+staff low+staffing have+the have+enough "
            "staffing so+short too+short very+short really+short were+short was+short are+short is+short"
        ),
    ),
    _cue(
        _ST,
        r"\b(?:can not|could not|unable to|did not|do not have time to|no time to|not able to) (?:(?:watch|"
        r"observe|check on|keep an eye on|supervise) (?:\w+ )?\w+|do (?:your |the |his |her |their |my )?"
        r"(?:obs|observations|1:1|one to one|checks)|take (?:him|her|them) to the toilet)\b"
        r"|\b(?:fell|falls|fall|incident|incidents|got hurt|unobserved|1:1s? (?:missed|not done|dropped)|"
        r"not (?:being )?(?:checked|watched|observed|seen to))\b"
        r"|\bnobody (?:to watch|to check|to help|to supervise|to do)"
        r"|\b(?:obs|observations|1:1s?|one to ones?|checks)\b[^.!?]{0,20}\b(?:not|never) (?:being )?(?:done|"
        r"happening|covered|completed|kept up|safe)\b|\b(?:unchecked|unsupervised|unobserved|unattended)\b"
        r"|\bleft (?:alone|on (?:his|her|their) own) for (?:hours|ages|the night|a long time)",
        "describes patients not watched or harmed",
        weight=1,
        keys=(
            "watch observe check+on keep+an supervise obs observation 1:1 one+to checks toilet fell fall "
            "falls incident incidents got+hurt unobserved not+being not+checked not+watched not+observed "
            "not+seen nobody+to unchecked unsupervised unattended left+alone left+on"
        ),
    ),
)
