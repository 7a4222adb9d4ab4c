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

# "were the fella in bed 6's": someone else's medicine, told by where that patient lies.
_BED_PATIENT = (
    r"(?:were|was|belonged to) (?:actually )?(?:the|a|another) (?:\w+ ){0,2}(?:in|from) (?:bed|bay|room) \d+"
)


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
            "favouritism hid hide hides hiding hidden joke prank laugh accus in+front if+i enough+for the+new"
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
    # --- a fifth round: means kept, goodbyes posted, control by sleep and shame, unwanted messages,
    # patients outnumbering free staff, medicines meant for someone else, dignity and plans ignored ---
    _cue(
        _S,
        r"\b(?:saved|saving|stockpil\w*|hoard\w*|stash\w*) (?:them|it|they) ?(?:up|all)?\b"
        r"|\b(?:want|wanted|wanting|tempted|urge|thought of|thinking of|think about|thought about|thinking "
        r"about) (?:to )?(?:crash(?:ing)?|swerv\w*|steer\w*|driv\w*) (?:the |my )?car\b(?! (?:park|share))"
        r"|\bhope (?:you all|everyone|you) (?:have|has) a (?:good|nice|great|happy) life\b"
        r"|\b(?:only|just) (?:still )?here (?:for|because of) (?:my|the) (?:kids|children|son|daughter|mum|"
        r"dad|dog|cat|family|partner)\b"
        r"|\b(?:found|read|saw) (?:a|my|the) (?:note|letter)\b[^.!?]{0,40}\b(?:it was nothing|told (?:her|"
        r"him|them) it was)"
        r"|\b(?:looked|looking|stared|staring) (?:down )?(?:at|over) the (?:bridge|edge|drop|tracks|water)"
        r"\b[^.!?]{0,40}\b(?:not (?:feel )?scared|calm|peaceful|easy|tempting)",
        "speaks of means kept, a goodbye or only staying alive for someone",
        keys=(
            "saved saving stockpil hoard stash car good+life nice+life great+life happy+life "
            "still+here only+here just+here nothing told+her told+him told+them scared calm peaceful "
            "easy tempting"
        ),
        needs=(
            r"\b(?:tablets|pills|meds|medication|antidepressants|paracetamol|them|it|car|life|here|note|"
            r"letter|bridge|edge|drop|tracks|water)\b",
        ),
        also="tablets pills meds medication antidepressants paracetamol them it car life here note letter "
        "bridge edge drop tracks water",
        unless=r"\b(?:money|pennies|holiday|deposit|car park|lesson|driving test|points)\b",
    ),
    _cue(
        _S,
        r"\bno light at the end of the tunnel (?:for me|anymore|now)",
        "sounds hopeless",
        weight=1,
        soft=True,
        keys="no+light",
    ),
    _cue(
        _A,
        r"\b(?:no one|nobody) else would (?:have|want|love|put up with) (?:me|her|him)\b"
        r"|\b(?:keeps|kept) (?:making|creating|setting up) new (?:accounts|numbers|profiles)"
        r"|\bblocked (?:his|her) (?:number|account)\b[^.!?]{0,40}\b(?:still|keeps|new|again)"
        r"|\b(?:lock|locks|locked|take|took|takes|confiscat\w*) (?:\w+ ){0,2}(?:phones?|belongings|"
        r"cigarettes|money|food)\b[^.!?]{0,40}\b(?:as (?:a )?punishment|to punish)"
        r"|\bwhere (?:he|she) (?:held|grabbed|gripped|squeezed|pinned) me\b"
        r"|\btold (?:work|them|everyone|the doctor|a&e|my manager|the nurse) (?:it was|i) (?:the gym|an "
        r"accident|fell|walked into|tripped)"
        r"|\bmakes? me (?:sleep|stay|eat|wait|sit) (?:on the|in the|outside|in my)\b",
        "describes control, shaming or hurt by someone close",
        keys=(
            "else+would new blocked punish where+he where+she gym accident fell walked+into tripped "
            "makes+me make+me"
        ),
    ),
    _cue(
        _B,
        r"\bcall(?:s|ed)? me (?:a |an )?['\"]|\b(?:will not|would not|refuse to|do not|does not) help me\b"
        r"[^.!?]{0,50}\bbecause i am\b"
        r"|\b(?:the )?only one not (?:invited|asked|included|told)\b"
        r"|\btold to (?:stop wearing|take off|remove) my (?:headscarf|hijab|turban|kippah|cross|niqab|scarf)"
        r"|\b(?:on purpose|deliberately)\b[^.!?]{0,30}\bso (?:that )?i (?:miss|missed|can not|could not|"
        r"get|got|have to|had to|lose|lost)\b"
        r"|\b(?:nothing but|constant) (?:grief|hassle|abuse|aggro)\b",
        "describes being singled out, shut out or targeted at work",
        keys=(
            "call+me calls+me called+me help+me only+one headscarf hijab turban kippah cross niqab "
            "scarf on+purpose deliberately nothing+but constant"
        ),
    ),
    _cue(
        _B,
        r"\b(?:messages?|texts?|comments?|touch\w*|looks?|hugs?|staring|stares)\b[^.!?]{0,40}\b(?:make|makes|"
        r"made|making) me (?:feel )?(?:uncomfortable|unsafe|sick|scared)",
        "describes sexual harassment",
        keys="message messages text texts comment comments touch look looks hug hugs staring stares",
        needs=(r"\b(?:make|makes|made|making) me\b",),
        also="make+me makes+me made+me making+me",
    ),
    _cue(
        _ST,
        rf"\b(?:the )?only (?:\w+ ){{1,2}}on (?:nights|shift|the ward|days|lates|earlies|the unit) with "
        rf"(?P<patients>{_NUM}) (?:patients|young people|residents|service users|people)",
        "describes one member of staff with many patients",
        weight=3,
        check=_many_patients,
        keys="only",
    ),
    _cue(
        _ST,
        rf"\b(?P<patients>{_NUM}) (?:patients |people |of them )?on (?:1:1|one to one|close obs|level \d|"
        rf"2:1)\b[^.!?]{{0,40}}?\b(?:only|just) (?P<staff>{_NUM}) (?:staff|of us|nurses|people|on)",
        "describes more patients on close watch than staff to spare",
        weight=3,
        check=lambda m: 0 < _number(m.group("staff")) - _number(m.group("patients")) <= 1,
        keys="1:1 one+to close+obs level 2:1",
    ),
    _cue(
        _ST,
        rf"\b(?P<patients>{_NUM}) (?:patients|residents|young people|service users)\b[^.!?]{{0,40}}?"
        r"\b(?:only|just) (?:me|myself)(?: and (?:one|a|an|1) (?:\w+ ){0,2}\w+)?\b",
        "describes too few staff for the patients",
        weight=3,
        check=lambda m: _number(m.group("patients")) / (2 if " and " in m.group(0) else 1) > 6,
        keys="only+me just+me only+myself just+myself",
    ),
    _cue(
        _ST,
        r"\b(?:nobody|no one) to help (?:me |us )?(?:restrain|with the restraint|hold|with (?:him|her|them))"
        r"|\b(?:students?|student nurses|apprentices|trainees) (?:are |were )?(?:being )?counted in the "
        r"numbers|\bleft to run the (?:bay|ward|unit|floor|shift)\b",
        "describes a shift without the staff it needs",
        weight=3,
        keys="nobody+to no+one student students apprentices trainees left+to",
    ),
    _cue(
        _M,
        r"\b(?:ran|run|running) out of (?:\w+ ){0,2}(?:meds|medication|tablets|inhalers?|insulin|oxygen|pain "
        r"relief|antibiotics|patches)\b[^.!?]{0,50}\b(?:attack|fit|seizure|hypo|unwell|without|days|went)"
        r"|\b(?:prescribed|meant|dispensed|intended) for (?:the|another|a) (?:man|lady|woman|patient|person|"
        r"resident|gentleman|boy|girl)\b"
        # "turned out they were the fella in bed 6's": tablets that belonged to another patient.
        rf"|\b(?:tablets?|pills?|meds|medication|pot|injection)(?: [\w']+){{0,4}} {_BED_PATIENT}"
        rf"|\b(?:they|it) {_BED_PATIENT}"
        r"|\b(?:stopped|stopping|missed|withheld) (?:her|his|my|their|the) (?:\w+ )?(?:clozapine|lithium|"
        r"insulin|epilepsy meds|antipsychotics?|depot|meds|medication|tablets)\b[^.!?]{0,50}"
        r"\b(?:became (?:\w+ )?unwell|got (?:\w+ )?(?:ill|unwell|poorly)|relapse\w*|fit|seizure|hypo|"
        r"withdrawal|psychotic)",
        "describes a medicine run out, stopped or meant for someone else",
        keys="ran+out run+out running+out prescribed meant dispensed intended stopped stopping missed "
        "withheld tablet pill meds medication pot injection they+were they+was they+belonged it+were it+was "
        "it+belonged",
    ),
    _cue(
        _C,
        r"\bleft (?:in|on) (?:his|her|their|a|the) (?:chair|commode|toilet|wheelchair|trolley|bedpan)\b"
        r"[^.!?]{0,30}\b(?:all night|overnight|for hours|all day|(?:\d\d|thirty|forty|forty five) (?:mins?|"
        r"minutes)|calling|crying|shouting)"
        r"|\b(?:no |without (?:a |her |his )?)call bell\b[^.!?]{0,40}\b(?:fell|fall|fallen|on the floor|"
        r"hours|nobody)"
        r"|\b(?:nobody|no one|not|never) (?:had )?(?:read|followed|checked|looked at) (?:her|his|the|their) "
        r"(?:care plan|risk assessment|diet sheet|salt (?:plan|assessment)|swallow\w* plan)"
        r"|\b(?:hold|holds|held|holding) (?:patients|residents|people|the patient|service users) down\b"
        r"|\bcurtains? (?:were |was )?(?:left )?open\b[^.!?]{0,40}\b(?:wash\w*|naked|undress\w*|toilet|"
        r"commode|exposed|pad)|\b(?:wash\w*|naked|undress\w*|changing) (?:\w+ ){0,5}in front of other\b"
        r"|\b(?:sent home|discharged)\b[^.!?]{0,60}\b(?:with (?:nobody|no one)|(?:nobody|no one) to look "
        r"after|still confused)"
        r"|\bnobody (?:is|are) watching (?:him|her|them|the (?:confused )?patients)",
        "describes a patient left without help, dignity or the care planned",
        keys=(
            "left+in left+on call+bell care+plan risk+assessment diet+sheet salt swallow hold holds "
            "held holding curtain curtains wash naked undress changing sent+home discharged "
            "is+watching are+watching"
        ),
    ),
)
