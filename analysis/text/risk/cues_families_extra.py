"""Cue families added after a fourth round of comments written for the project, by the shape of each.

The shapes: hiding tablets, fading away, a threat to "finish it" on discharge; sex, drugs or photos
used to control someone, money withheld; conditions put on a contract, cliques, things hidden or
written on a locker, fear of going in because of someone; one member of staff with many patients,
fewer staff than the minimum, being sent to cover a specialist area untrained; doses against a fast,
pre-poured medicines, medicines not ordered; a pad not changed, weight not checked, rough handling,
dignity left exposed, a restraint belt used to save watching.
"""

from __future__ import annotations

import re

from .cue import _A, _B, _C, _M, _S, _ST, _Cue, _cue
from .words import _NUM, _number


def _many_patients(match: re.Match[str]) -> bool:
    """Whether one member of staff was with more than six patients."""
    return _number(match.group("patients")) > 6


CUES: tuple[_Cue, ...] = (
    # --- suicide and self-harm ---------------------------------------------------------------------
    _cue(
        _S,
        r"\b(?:tablets|pills|meds|paracetamol|medication) (?:i|she|he) (?:had |have |would )?(?:been )?"
        r"(?:hiding|saving|stockpiling|storing|collecting|hoarding)\b"
        r"|\bif i (?:just )?(?:fade|faded|vanish\w*|disappear\w*|went away)\b"
        r"|\b(?:going to|will|plans? to|planning to|wants? to) ['\"]?(?:finish it|end it)['\"]? when "
        r"(?:he|she|i|they) (?:is|am|are|gets?|get|go|goes) (?:discharged|home|out)\b"
        r"|\b(?:thinking|think|thought) (?:about )?how easy it would be(?:$|[.,!?]| to (?:just )?(?:end|"
        r"do it|step|jump|drive|let go|stop|not wake|disappear|take (?:them|it|the|all)))",
        "speaks of hidden tablets, fading away or how easy it would be",
        keys=(
            "hiding saving stockpiling storing collecting hoarding fade faded vanish disappear "
            "went+away finish+it end+it how+easy"
        ),
        unless=r"\b(?:quit|leave the|give up the|job|course|pass|money|apprenticeship|epa)\b",
    ),
    _cue(
        _S,
        r"\b(?:can not|could not) (?:carry|take|bear|face|cope with) (?:it|this|life|any of it) anymore"
        r"|\blife(?:'s| is| feels) (?:just )?too (?:heavy|hard|much)\b"
        r"|\b(?:wrote|written|writing|made|done) (?:out )?my will\b",
        "sounds unable to go on",
        weight=1,
        soft=True,
        keys="anymore life my+will",
        unless=r"\b(?:course|job|apprenticeship|placement|shifts?|rota|workload|paperwork|epa|uni)\b",
    ),
    # --- abuse and exploitation --------------------------------------------------------------------
    _cue(
        _A,
        r"\bmak(?:es|ing|e) (?:me|her|him) have sex\b|\bhave sex when i (?:do not|did not) want"
        r"|\bforc\w* (?:me|her|him) (?:to have sex|into sex)"
        r"|\bmak(?:es|ing|e|ed)? (?:me|her|him) (?:sell|carry|deliver|hold|move) (?:drugs|stuff|packages)"
        r"|\bsell drugs to pay (?:him|her|them) back\b"
        r"|\b(?:post|share|send|put) (?:the |my |those )?(?:photos|pictures|videos|nudes)(?: of me)? "
        r"(?:online|to (?:everyone|my family|my work))"
        r"|\b(?:report me to immigration|get me deported|take my visa|cancel my visa)",
        "describes sexual or criminal exploitation or threats",
        keys="sex drugs stuff packages photos pictures videos nudes immigration deported visa",
    ),
    _cue(
        _A,
        r"\b(?:will not|does not|would not|never) give me (?:any )?(?:money|cash|my own money)",
        "describes money withheld by someone close",
        needs=(
            r"\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|ex|dad|mum|son|daughter|family|carer)"
            r"\b",
        ),
        keys="give+me",
        also="he she husband wife partner boyfriend girlfriend ex dad mum son daughter family carer",
    ),
    # --- bullying of staff -------------------------------------------------------------------------
    _cue(
        _B,
        r"\b(?:manager|mentor|sister|nic|matron|supervisor|assessor|senior|band \d|charge nurse|ps)\b"
        r"[^.!?]{0,40}\bto (?:lose weight|change my accent|take off my|stop wearing)\b"
        r"|\b(?:because|when|since|as) i (?:was|am|got|became) (?:pregnant|disabled|off sick|diagnosed|on "
        r"maternity)\b[^.!?]{0,50}\b(?:told|refused|passed over|moved|reliable|sacked|no longer|taken off|"
        r"not)\b"
        r"|\b(?:wrote|written|writing|scrawled|left) [\w' ]{1,20} on my (?:locker|car|bag|desk|mug|board)"
        r"|\b(?:scared|afraid|frightened|terrified|anxious) (?:to go|of going|going) (?:in|to work|into "
        r"work|on shift|to placement)\b[^.!?]{0,30}\bbecause of\b"
        r"|\b(?:put|puts|putting) me on (?:the rota for )?(?:every|all the) (?:bank holiday|weekend|night|"
        r"christmas)\w*",
        "describes being singled out or harassed at work",
        keys=(
            "lose+weight change+my take+off stop+wearing pregnant disabled off+sick diagnosed "
            "maternity my+locker my+car my+bag my+desk my+mug my+board because+of bank+holiday "
            "weekend night christmas"
        ),
    ),
    _cue(
        _B,
        r"\bgrabb?(?:ed|s|ing) my (?:bum|bottom|breasts?|chest|crotch|backside|arse)\b|\b(?:slapped|"
        r"pinched) my (?:bum|bottom|arse)\b",
        "describes sexual harassment",
        weight=3,
        keys="grab grabbed grabs grabbing slapped pinched",
    ),
    _cue(
        _B,
        r"\bfavouritism\b"
        r"|\bhid(?:e|es|ing|den)? my (?:things|pen|lanyard|bag|keys|badge|food|stuff)\b"
        r"|\bas a ['\"]?(?:joke|prank)\b|\bfor a laugh\b"
        r"|\baccus\w* (?:me )?of (?:things|stuff|something|stealing|lying)"
        r"|\bin front of (?:the whole|all the) (?:team|ward|shift)"
        r"|\bif i want(?:ed)? (?:a|the|my) (?:permanent )?(?:contract|job|post|reference|promotion)\b"
        r"|\bbecause i am ['\"]?the new (?:girl|lad|one|starter|boy)\b"
        r"|\bnot (?:reliable|committed|strong|fit) enough for (?:the|a) (?:\w+ )?(?:post|job|role|promotion)",
        "describes being shut out, mocked or pressured at work",
        weight=1,
        keys=(
            "favouritism hid hide hides hiding hidden joke prank laugh accus in+front contract job "
            "post reference promotion the+new enough"
        ),
    ),
    _cue(
        _B,
        r"\bclique\w*\b[^.!?]{0,60}\b(?:not in it|not in the group|no help|left out|excluded|not part of|"
        r"ignore\w*|nobody helps)",
        "describes being shut out, mocked or pressured at work",
        keys="clique",
    ),
    # --- unsafe staffing ---------------------------------------------------------------------------
    _cue(
        _ST,
        r"\b(?:on|for) (?:2:1|two to one)\b[^.!?]{0,40}\b(?:on (?:her|his|my) own|alone|by (?:herself|"
        r"himself|myself))"
        r"|\b(?:run|runs|ran|running|work|working|had|have) (?:on |with )?(?:\d+|two|three|four) (?:staff|"
        r"nurses|of us)\b[^.!?]{0,30}\b(?:when|but|and|while) (?:the )?(?:minimum|safe (?:number|staffing)|"
        r"establishment) (?:is|should be|was)"
        r"|\b(?:sent|moved|asked|told) to (?:cover|work (?:on|in)|help (?:on|in)) (?:\w+ ){0,2}(?:itu|icu|"
        r"a&e|resus|hdu|theatres|nicu|paeds|another ward)\b[^.!?]{0,40}\b(?:no|without) (?:\w+ ){0,2}"
        r"(?:training|experience|induction|competenc\w*)"
        r"|\bbecause (?:there is|there are|there was|there were) (?:nobody|not enough (?:staff|of us|people))"
        r" to (?:feed|help|wash|turn|toilet|watch|sit with|take)",
        "describes too few or untrained staff for the patients",
        weight=3,
        keys=(
            "2:1 two+to minimum safe establishment training experience induction competenc nobody+to "
            "enough+staff enough+of enough+people"
        ),
    ),
    _cue(
        _ST,
        rf"\b(?:the )?only (?:staff member|member of staff|staff|adult|nurse|one|person|carer) (?:on )?"
        rf"with (?P<patients>{_NUM}) (?:patients|young people|residents|service users|people|children|kids)",
        "describes one member of staff with many patients",
        weight=3,
        check=_many_patients,
        keys="only+staff only+member only+adult only+nurse only+one only+person only+carer",
    ),
    _cue(
        _ST,
        r"\b(?:so|too|really|very) stretched\b|\b(?:nobody|no one|not one|none of us) "
        r"(?:is |are |was |were )?(?:trained|qualified|competent) (?:in|to|for)\b"
        r"|\bwe (?:are|were) on our own\b|\b(?:people|patients|residents|they) (?:are|keep) falling\b"
        r"|\b(?:only|just) (?:ever )?one (?:person|nurse|hca|carer|staff|member of staff) (?:covering|on|for|"
        r"in|looking after) (?:the )?(?:\w+ )?(?:bay|ward|unit|floor|wing)\b"
        r"|\bhalf the (?:usual )?(?:staff|number|numbers)\b|\b(?:due to|because of) sickness\b",
        "describes a shortage of staff",
        weight=1,
        keys=(
            "stretched trained qualified competent our+own falling one+person one+nurse one+hca "
            "one+carer one+staff one+member ever+one half+the sickness"
        ),
    ),
    # --- medication errors -------------------------------------------------------------------------
    _cue(
        _M,
        r"\b(?:insulin|dose|meds|medication|tablets)\b[^.!?]{0,40}\b(?:nil by mouth|nbm|fasting)\b"
        r"|\bpre(?:-| )?(?:pour|pot)\w*|\bleav\w* (?:them|the meds|the tablets) in (?:cups|pots)"
        r"|\b(?:meds|medication|tablets|medicines|insulin)\b[^.!?]{0,20}\b(?:not|never|had not been|were not|"
        r"was not) ordered\b"
        r"|\b(?:daily|weekly) instead of (?:weekly|daily)\b"
        r"|\b(?:methotrexate|parkinson'?s meds|epilepsy meds|anti-?epilept\w*|levothyroxine|digoxin|"
        r"gabapentin|pregabalin|fentanyl|tramadol|codeine|haloperidol|statins?)\b[^.!?]{0,40}\b(?:wrong|"
        r"late|missed|not given|twice|double|instead of|forgot|ran out)"
        r"|\b(?:insulin|meds|medication|injections?|iv)\b[^.!?]{0,70}\b(?:are not|were not|not|never) "
        r"trained\b"
        r"|\b(?:never|did not) (?:took|take) (?:it|them)\b[^.!?]{0,30}\b(?:nobody|no one) checked",
        "describes a dose given unsafely or not at all",
        keys=(
            "nil nbm fasting pre+pour pre+pot prepour prepot cups pots ordered instead+of "
            "methotrexate parkinson epilepsy anti antiepilept levothyroxine digoxin gabapentin "
            "pregabalin fentanyl tramadol codeine haloperidol statin trained checked"
        ),
    ),
    # --- unsafe care -------------------------------------------------------------------------------
    _cue(
        _C,
        r"\bsame pad (?:since|for|all)\b|\bpad (?:since|for) (?:yesterday|hours|\d+ hours|all day|all night)"
        r"|\blost (?:so much|a lot of|loads of) weight\b[^.!?]{0,40}\b(?:nobody|no one|not|never)\b"
        r"|\b(?:nobody|no one) (?:has )?weighed (?:her|him|them)"
        r"|\b(?:falls? risk\w*|sensor mat)\b[^.!?]{0,50}\b(?:without|not|no|left|fell|removed)"
        r"|\battention seeking\b"
        r"|\broughly (?:pulled|handled|moved|pushed|grabbed|turned|washed|dressed|treated)\b|\brough with "
        r"(?:him|her|them|my)\b|\bmanhandl\w*|\byank\w* (?:him|her|them|my)\b"
        r"|\b(?:pull|pulls|pulled|pulling|drag|drags|dragged|dragging) (?:him|her|them) up (?:the bed )?by "
        r"(?:his|her|their) arms"
        r"|\bwith (?:her|his|their) (?:back|bottom|bum) (?:open|out|exposed|showing)|\bleft (?:naked|exposed|"
        r"uncovered)\b"
        r"|\btip(?:s|ped|ping)? (?:a patient|a resident|him|her|them) out of\b"
        r"|\b(?:restraint belt|lap belt|strapped (?:in|to)|tied (?:to|in) (?:the|a|his|her) (?:chair|bed))"
        r"|\b(?:hoist )?sling (?:left )?under (?:residents|patients|him|her|them) all day"
        r"|\b(?:call bells?|buzzers?|bells?)\b[^.!?]{0,40}\b(?:\d+|twenty|thirty|forty) (?:mins?|minutes)\b"
        r"[^.!?]{0,20}\bbefore (?:anyone|somebody|someone|staff)",
        "describes neglect, rough handling or a patient left at risk",
        keys=(
            "same+pad pad+since pad+for weight weighed sensor falls+risk fall+risk attention+seeking "
            "roughly rough+with manhandl yank arms back+open back+out back+exposed back+showing "
            "bottom+open bottom+out bottom+exposed bottom+showing bum+open bum+out bum+exposed "
            "bum+showing naked exposed uncovered tip tips tipped tipping restraint lap strapped tied "
            "sling before+anyone before+somebody before+someone before+staff"
        ),
        unless=r"\b(?:training|module|session|course|workshop|scenario|simulation)\b",
    ),
)
