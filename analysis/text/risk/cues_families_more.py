"""Cue families added after a sixth round of comments written for the project, by the shape of each.

The shapes: thinking about not getting out or not coming back, extra tablets to feel numb, standing
at a height for ages; a job given up for a partner, watched on a camera, money "borrowed" from
someone scared to refuse, threats about leaving; a protected characteristic disclosed and then being
pushed out, mocked for a stammer, warned off the union, blamed for another's mistake; nobody qualified
left, below safe numbers, the work of three; a dose given despite a reading, medicines stored wrongly,
an allergy ignored; a hoist used alone, weeks in bed without physio, patients left without staff.
"""

from __future__ import annotations

from .cue import _A, _B, _C, _M, _S, _ST, _Cue, _cue

CUES: tuple[_Cue, ...] = (
    _cue(
        _S,
        r"\b(?:think|thinking|thought) about not (?:getting out|coming (?:back|home|up)|waking|going home)"
        r"|\btak(?:e|ing|en) (?:extra|more) (?:of )?(?:my )?(?:tablets|pills|meds|medication)\b[^.!?]{0,30}"
        r"\b(?:numb|sleep forever|escape|not feel|forget|cope|blank)"
        r"|\b(?:stand|stood|standing|sit|sat|sitting) (?:on|at) (?:the|a|my) (?:balcony|edge|bridge|roof|"
        r"platform|cliff)(?: edge)? (?:for (?:ages|hours|a long time)|at night|and think)",
        "speaks of not coming back, numbing with tablets or standing at a height",
        keys=(
            "not+getting not+coming not+waking not+going numb escape forget cope blank sleep+forever "
            "not+feel balcony edge bridge roof platform cliff"
        ),
    ),
    _cue(
        _A,
        r"\bmade me (?:quit|leave|give up|drop) (?:my )?(?:\w+ )?(?:job|course|college|uni|friends|hobby|"
        r"gym|studies)"
        r"|\bwatch(?:es|ed|ing)? me on (?:the |his |her )?(?:\w+ )?(?:camera|cameras|cctv|app|tracker)"
        r"|\b(?:tell|report me to|ring|call) (?:social services|the police|immigration|my work|my family)"
        r"\b[^.!?]{0,40}\bif i (?:leave|go|tell|report)",
        "describes being controlled or threatened by someone close",
        needs=(
            r"\b(?:he|she|him|her|husband|wife|partner|boyfriend|girlfriend|ex|dad|mum|son|daughter|"
            r"family)\b",
        ),
        keys="made+me camera cameras cctv app tracker if+i",
        also="he she him her husband wife partner boyfriend girlfriend ex dad mum son daughter family",
    ),
    _cue(
        _A,
        r"\b(?:borrow\w*|tak\w*|lend\w*)['\"]? (?:\w+ )?money\b[^.!?]{0,40}\b(?:scared|afraid|frightened) to "
        r"(?:say no|refuse|tell)"
        r"|\b(?:take|takes|took|taking) (?:her|his|their) (?:bank )?(?:card|pension|benefits)\b",
        "describes money taken from someone",
        keys="scared+to afraid+to frightened+to card pension benefits",
    ),
    _cue(
        _B,
        r"\b(?:in|into|on) my (?:locker|bag|desk|coat)\b[^.!?]{0,20}\bas a ['\"]?joke"
        r"|\bi am the only (?:muslim|black|asian|jewish|gay|trans|disabled|foreign|older)\b[^.!?]{0,40}"
        r"\b(?:and|so) (?:they|people|everyone)"
        r"|\bsince i (?:told|said to) (?:her|him|them|my manager|hr|the team|my mentor) (?:that )?"
        r"(?:i was|i am|about my) (?:autistic|dyslexic|pregnant|gay|trans|disabled|adhd|depressed|diagnosis|"
        r"disability|condition)"
        r"|\b(?:trying to|tried to) (?:get me out|get rid of me|push me out|manage me out)"
        r"|\bapprentices (?:are|were) (?:a )?waste of (?:time|money|space)"
        r"|\b(?:final warning|written warning|disciplinary|got the blame|took the blame|blamed)\b[^.!?]{0,30}"
        r"\bfor (?:something|things|what) (?:a |the |my |another )?(?:\w+ ){0,2}(?:did|had done)"
        r"|\bbecause i am ['\"]?(?:only|just) (?:an? )?(?:ap|hca|apprentice|b3|b4|band 3|band 4|student|"
        r"carer)"
        r"|\b(?:imitat\w*|copy|copies|copying|mock\w*|laugh\w* at) (?:my|her|his) (?:stammer|stutter|limp|"
        r"lisp|walk|disability)"
        r"|\bif i (?:joined|join|went to|contact\w*) (?:the )?(?:union|hr|cqc|guardian|freedom to speak up)"
        r"\b[^.!?]{0,30}\b(?:regret|be sorry|be sacked|lose|trouble)",
        "describes being singled out, blamed or warned off at work",
        keys=(
            "my+locker my+bag my+desk my+coat the+only since+i trying+to tried+to apprentices final "
            "written disciplinary got+the took+the blamed because+i imitat copy copies copying mock "
            "laugh union hr cqc guardian freedom"
        ),
    ),
    _cue(
        _B,
        r"\b(?:left to (?:do|deal with|cover)|(?:do|doing) all the)\b[^.!?]{0,60}\bwhile (?:the |all the )?"
        r"(?:others?|other \w+|everyone else|they|the rest)\b",
        "describes being treated worse than others at work",
        keys="left+to do+all doing+all",
    ),
    _cue(
        _ST,
        r"\b(?:nobody|no one) (?:qualified|registered|trained) (?:left|on|around)\b"
        r"|\b(?:doing|do|did) the (?:work|jobs?) of (?:two|three|four|2|3|4) (?:people|staff|nurses)\b"
        r"[^.!?]{0,40}\b(?:mistakes|errors|unsafe|dangerous|missed|falls|hurt)",
        "describes too few staff to keep patients safe",
        keys="nobody no+one doing+the do+the did+the",
    ),
    _cue(
        _ST,
        r"\b(?:pulled|moved|sent|redeployed) (?:to|off|onto) (?:another|other|a different) (?:wards?|units?|"
        r"areas?)\b|\bleft with (?:just|only) (?:two|three|2|3)\b|\b(?:no|had no) time to check on\b"
        r"|\b(?:nobody|no one) had time to\b|\bcover(?:s|ing)? (?:four|five|six|[4-9]) wards\b"
        r"|\b(?:impossible to|can not|could not) get hold of\b[^.!?]{0,30}\bemergenc\w*"
        r"|\bbelow (?:safe|minimum|the minimum|safe staffing) (?:numbers|levels|staffing)\b",
        "describes a shortage of staff",
        weight=1,
        keys="pulled moved sent redeployed left+with no+time below nobody+had no+one cover covers covering "
        "impossible+to can+not could+not",
    ),
    _cue(
        _M,
        r"\b(?:gave|given|give|giving) (?:\w+ ){0,4}(?:tablets|meds|medication|insulin|dose)\b[^.!?]{0,30}"
        r"\b(?:even though|despite)\b[^.!?]{0,40}\b(?:low|high|allerg\w*|nil by mouth|told them|refused|not "
        r"prescribed|already)"
        r"|\b(?:insulin|vaccines?|meds|medication)\b[^.!?]{0,20}\b(?:not|never|was not|were not) "
        r"(?:stored|kept) (?:in the fridge|properly|correctly|cold)"
        r"|\ballerg\w*\b[^.!?]{0,40}\b(?:and|but) (?:they|the nurse|staff|she|he) (?:still )?"
        r"(?:used|gave|put)",
        "describes a medicine given against a reading, an allergy or its storage",
        keys="even+though despite not+stored not+kept never+stored never+kept allerg",
    ),
    _cue(
        _C,
        r"\bhoist\w*\b[^.!?]{0,30}\b(?:on (?:their|his|her|my) own|alone|by (?:themselves|himself|herself|"
        r"myself)|with one (?:person|carer|member of staff))"
        r"|\bleft in bed for (?:days|weeks)|\b(?:without|no) (?:any )?physio\b[^.!?]{0,30}\b(?:can not walk|"
        r"lost|weeks)"
        r"|\b(?:left|leave|leaving) (?:\w+ ){0,4}(?:without (?:any )?staff|unsupervised|unattended)\b"
        r"[^.!?]{0,20}\b(?:for hours|all day|all night|for ages)",
        "describes unsafe handling or patients left without staff",
        keys="hoist left+in without no+physio no+any left leave leaving",
    ),
    # --- a seventh round: longer comments that mix praise with the disclosure ------------------------
    _cue(
        _S,
        r"\bnot in a (?:course|job|work|career) (?:way|sense)\b"
        r"|\b(?:would be|be) a relief to (?:just )?(?:stop(?! \w+ing| work| the| for| and)|not wake|go|"
        r"end it|not be here|disappear)\b"
        r"|\bself[- ]injur\w*"
        r"|\b(?:pills|tablets|meds) (?:in|under) (?:her|his|my) (?:locker|bag|drawer|car)\b[^.!?]{0,40}"
        r"\b(?:for emergencies|just in case|for when|not joking)",
        "speaks of not wanting to go on or of self-injury",
        weight=3,
        keys="not+in relief self+injur selfinjur pills tablets meds",
    ),
    _cue(
        _A,
        r"\bmaking excuses not to (?:see|visit|come)\b|\bshouts? at (?:her|him|me) all the time\b"
        r"|\btaking advantage\b|\b(?:his|her|their|my) (?:savings|money|pension) (?:has|have|had) (?:all )?"
        r"(?:gone|disappeared|vanished)",
        "describes signs of abuse or money taken",
        weight=1,
        keys="making+excuses shouts shout taking+advantage savings money pension",
    ),
    _cue(
        _B,
        r"\btold i am ['\"]?(?:just|only) an? (?:carer|hca|apprentice|student|ap)\b"
        r"|\bin front of (?:the )?(?:relatives|families|visitors)\b|\b(?:leave|leaves|left) me out of\b",
        "describes being belittled or left out at work",
        weight=1,
        keys="told+i in+front leave+me leaves+me left+me",
    ),
    _cue(
        _B,
        r"\b(?:asked|asking) (?:me )?(?:by (?:my |the )?\w+ )?(?:if|whether) i (?:was|am) "
        r"(?:planning|going|pregnant|trying)\b"
        r"[^.!?]{0,30}\b(?:children|kids|baby|pregnant|family)"
        r"|\b(?:said|says|told me) i (?:must have|had) (?:provoked|asked for|deserved)",
        "describes discrimination or blame at work",
        keys="asked asking said says told+me",
        needs=(
            r"\b(?:manager|mentor|sister|nic|matron|supervisor|course|post|job|promotion|written up|shift|"
            r"ward|team)\b",
        ),
        also="manager mentor sister nic matron supervisor course post job promotion written+up shift ward "
        "team",
    ),
    _cue(
        _ST,
        r"\b(?:runs?|ran|running) (?:with|on) (?:one|1|only one|just one) (?:qualified|nurse|rmn|rgn|rn)\b"
        r"|\b(?:can not|could not|unable to) (?:do|get) (?:the |their |all the )?"
        r"(?:\d+ ?min(?:ute)?s? |hourly |two hourly |2 hourly )?(?:checks|obs|observations|turns)\b"
        r"|\bwaiting (?:\d+|forty|thirty|an hour|hours) (?:mins? |minutes )?for (?:the toilet|a commode|a "
        r"bedpan|help|pain relief)"
        r"|\bnot been (?:replaced|covered|backfilled)\b",
        "describes a shortage of staff",
        weight=1,
        keys="runs run ran running can+not could+not unable+to waiting not+been",
    ),
    _cue(
        _ST,
        r"\b(?:can not|could not) (?:safely )?evacuate\b"
        r"|\b(?:new starters?|newly qualified|students?|apprentices|trainees) (?:are |were |is )?"
        r"(?:running|in charge of|left to run) (?:the )?(?:shifts?|ward|bay|unit)"
        r"|\b(?:is|are|was|were|am|left) (?:alone|on (?:her|his|my|their) own) with (?:\d\d|twelve|fifteen|"
        r"twenty|thirty) (?:patients|residents|young people|service users)",
        "describes too few staff to keep patients safe",
        weight=3,
        keys="can+not could+not new newly student students apprentices trainees alone on+her on+his "
        "on+my on+their",
    ),
    _cue(
        _M,
        r"\bwithout (?:anyone |anybody |them |the nurse )?(?:checking|testing|doing) "
        r"(?:his|her|their|my|the) (?:sugar|blood sugar|bm|glucose|levels|blood pressure|bp|pulse|name|id|"
        r"allergies|chart)"
        r"|\b(?:pain relief|painkillers|analgesia|morphine|antibiotics)\b[^.!?]{0,20}\b(?:always|often|"
        r"constantly|hours?|\d+ hours?) late\b"
        r"|\blabell?ed (?:\w+ ){0,3}with (?:someone|somebody|another (?:patient|person))"
        r"|\b(?:someone|somebody)'s (?:\w+ )?(?:meds|tablets|diazepam|insulin|medication|injection)\b"
        r"|\bno second (?:checker|check|signature)\b|\bno second nurse (?:to check|for (?:the )?(?:cds?|"
        r"controlled|drugs|checks))|\bsigns? for both\b"
        r"|\b(?:pots|syringes|meds|tablets) (?:\w+ ){0,3}(?:were not|was not|not) labell?ed\b"
        r"|\bunlabell?ed (?:pots|syringes|meds|tablets)",
        "describes a medicine given without the checks it needs",
        keys="without pain painkillers analgesia morphine antibiotics label labelled labeled someone's "
        "somebody's no+second signs+for sign+for pots syringes meds tablets unlabell unlabel",
        unless=r"\b(?:normal|policy|allowed|community|practice is)\b",
    ),
    _cue(
        _C,
        r"\b(?:was not|were not|not|never) (?:taken|helped) to the (?:toilet|loo|bathroom)"
        r"|\bbroke (?:his|her|their) (?:hip|wrist|arm|leg)\b",
        "describes a patient not helped and harmed",
        weight=1,
        keys="was+not were+not not+taken not+helped never+taken never+helped broke",
    ),
    _cue(
        _C,
        r"\b(?:keep|keeps|kept|locked|lock) (?:residents|patients|them|him|her) in (?:their|his|her) rooms? "
        r"(?:all day|so|to)"
        r"|\bso (?:they|staff|we) (?:do not|did not|would not) have to (?:supervise|watch|check|see to|deal "
        r"with)"
        r"|\b(?:broken|fractured) (?:hip|leg|arm|wrist)\b[^.!?]{0,30}\bfor (?:\d\d|twelve|fourteen|sixteen|"
        r"twenty) hours"
        r"|\b(?:wrong|incorrect) sling\b|\b(?:slipped|fell) (?:out of|from) the hoist"
        r"|\bdropped (?:her|him|them|a patient|a resident) (?:from|out of|during)"
        r"|\b(?:feeding tube|peg|feed|drip|oxygen|catheter|line)\b[^.!?]{0,20}\b(?:disconnected|unplugged|"
        r"switched off|turned off|not connected)\b"
        r"|\bpinned (?:to|on) (?:the|a) (?:bed|floor|chair|wall)\b",
        "describes a patient harmed by care missed or done unsafely",
        keys="nobody no+one keep keeps kept locked lock so+they so+staff so+we broken fractured wrong "
        "incorrect slipped fell dropped feeding peg feed drip oxygen catheter line pinned",
    ),
    _cue(
        _C,
        r"\b(?:nobody|no one) (?:noticed|picked up|spotted|realised)\b[^.!?]{0,40}\b(?:for (?:a|two|three|"
        r"\d+) (?:days?|weeks?)|until)",
        "describes a patient's illness missed",
        needs=(
            r"\b(?:infection|uti|sepsis|pain|fracture|broken|bleeding|confused|deteriorat\w*|unwell|poorly|"
            r"dehydrat\w*|sore|temperature|fever|stroke|hypo|cannula|wound)\b",
        ),
        keys="nobody no+one",
        also="infection uti sepsis pain fracture broken bleeding confused deteriorat unwell poorly dehydrat "
        "sore temperature fever stroke hypo cannula wound",
    ),
    # --- an eighth round: wills and belongings, driving on purpose, means taken away by others; carers'
    # names for patients; called a label instead of a name; no time for observations; wrong rates and
    # unsupervised rounds; woken early, left in urine, wounds and temperatures left for days -----------
    _cue(
        _S,
        r"\b(?:list|letter|note) of who (?:gets|should get|will get|has) what\b"
        r"|\b(?:world|everyone|everything|family|house|life) would be (?:\w+ )?(?:quieter|better|easier|"
        r"happier|lighter|calmer) without me\b"
        r"|\bgiv(?:e|es|ing|en) away (?:all )?(?:my|his|her|their) (?:\w+ ){0,2}(?:things|stuff|belongings|"
        r"possessions|pets?|dog|cat|trainers|clothes|games|playstation|xbox|jewellery|records|books)\b"
        r"|\b(?:drove|drive|driving|steer\w*|swerv\w*) (?:\w+ ){0,2}into (?:the|a) (?:barrier|wall|tree|"
        r"lorry|oncoming|bridge|river)\b[^.!?]{0,20}\b(?:on purpose|deliberately)"
        r"|\band not (?:to the end of|because of|in a) (?:the |my |a )?(?:course|job|epa|exam|apprenticeship|"
        r"failing|work)\b"
        r"|\bhid (?:the|my|all the|all my) (?:kitchen )?(?:knives|tablets|pills|meds|razors|blades|belts|"
        r"cords)\b",
        "speaks of giving things away, driving into something or means hidden by others",
        keys="who+gets who+should who+will who+has without+me away on+purpose deliberately and+not hid",
    ),
    _cue(
        _A,
        r"\bcalls? (?:my|her|his|the) (?:mum|dad|nan|grandad|husband|wife|patient|resident|son|daughter) "
        r"(?:a |an )?(?:\w+ ){0,2}(?:names|dirty|disgusting|stupid|pig|animal|smelly|baby)\b"
        r"|\b(?:take|takes|took|taking) (?:my |her |his )?\w+'s (?:bank )?(?:card|pension|benefits)\b"
        r"|\b(?:scared|afraid|frightened|terrified) (?:of )?what (?:he|she) (?:will|would|might|is going "
        r"to) do\b",
        "describes someone belittled, robbed or feared by someone close",
        keys=("names dirty disgusting stupid pig animal smelly baby card pension benefits what+he what+she"),
    ),
    _cue(
        _B,
        r"\b(?:get|got|being|been) called (?:a |an )?['\"]|\binstead of (?:using )?my (?:real )?name\b"
        r"|\b(?:gave|given|took|taken|cut|removed|moved)(?: \w+){0,6} (?:after|since|because) i (?:came back"
        r"|returned|was off|went off) (?:from |on )?(?:sick|maternity|paternity|long term|stress|sickness|"
        r"illness|hospital|surgery|my operation|mat leave)"
        r"|\bif i (?:keep )?(?:ask\w*|complain\w*|rais\w*|report\w*|push\w*)\b[^.!?]{0,40}\bi (?:will|would) "
        r"(?:be (?:moved|sacked|disciplined|put on|taken off)|lose|fail|get (?:moved|sacked))"
        r"|\bwhat (?:aps|apprentices|hcas|students|trainees) are for\b"
        r"|\b(?:freeze|freezes|freezing|froze) me out\b"
        r"|\bbrush(?:es|ed|ing)? (?:up )?against me\b",
        "describes being labelled, pushed out or warned off at work",
        weight=3,
        keys=(
            "get+called got+called being+called been+called instead+of came+back returned was+off "
            "went+off if+i are+for me+out against+me"
        ),
    ),
    _cue(
        _B,
        r"\b(?:whatsapp|group chat|chat)\b[^.!?]{0,30}\b(?:i am not in|not in it|without me|left out)"
        r"|\bmakes? me do all the\b|\btells? (?:the team|everyone|them) it was me\b",
        "describes being shut out or singled out at work",
        weight=1,
        keys="whatsapp chat do+all was+me",
    ),
    _cue(
        _ST,
        r"\b(?:nobody|no one|we) (?:had|has|have) (?:no )?time to (?:do|check|see|take)\b[^.!?]{0,40}"
        r"\b(?:obs|observations|news|checks|meds|turns)"
        r"|\b(?:look after|looking after|run|running|cover|covering) the (?:\w+ ){0,2}(?:bay|ward|unit|floor)"
        r" on my own as an? (?:ap|hca|apprentice|student|b3|band 3|trainee)",
        "describes too few staff to keep patients safe",
        keys="time+to my+own",
    ),
    _cue(
        _M,
        r"\badult (?:paracetamol |\w+ )?doses? (?:for|to) (?:a child|my son|my daughter|his weight|"
        r"her weight|a baby)"
        r"|\b(?:patient|man|lady|woman|person) (?:opposite|next door|in the next bed)'s(?: \w+)? (?:tablets|"
        r"meds|medication|insulin|injection|pills|dose|as well|too)\b"
        r"|\b(?:pump|epidural|syringe driver|pca|drip)\b[^.!?]{0,30}\b(?:wrong rate|wrong dose|wrong setting)"
        r"|\b(?:hcas?|students?|apprentices|carers|untrained staff) (?:are |were )?(?:giving|give|gave|doing|"
        r"handing) (?:out )?(?:the )?(?:tablets|meds|medication|insulin|injections)\b[^.!?]{0,30}\b(?:"
        r"unsupervised|on their own|without|not trained|alone)",
        "describes a medicine given at the wrong dose, to the wrong person or unsupervised",
        keys=(
            "adult opposite next+door next+bed wrong+rate wrong+dose wrong+setting hca hcas student "
            "students apprentices carers untrained"
        ),
    ),
    _cue(
        _C,
        r"\bwoken (?:\w+ ){0,2}(?:up )?at [3-6] ?am\b[^.!?]{0,40}\bso (?:the |that )?(?:night |day )?"
        r"(?:staff|they|carers)"
        r"|\b(?:left|leave|leaving) (?:him|her|them|mum|dad|residents|patients) (?:lying |sitting )?in "
        r"(?:his|her|their) own (?:wee|urine|poo|faeces|mess|vomit)"
        r"|\b(?:nobody|no one|not) (?:had )?(?:dressed|changed|cleaned|looked at) (?:it|the wound|her wound|"
        r"his wound|the dressing)\b[^.!?]{0,20}\b(?:for|in) (?:a|two|\d+) (?:days?|weeks?)"
        r"|\bwound that (?:nobody|no one) (?:dressed|looked at|cleaned)"
        r"|\b(?:nobody|no one) (?:took|did|checked|recorded) (?:his|her|their|my) (?:temperature|obs|"
        r"observations|blood pressure|news|bloods)\b[^.!?]{0,20}\b(?:for|in) (?:a|two|three|\d+) "
        r"(?:days?|weeks?|hours)"
        r"|\b(?:will not|would not|did not|refuse to|refused to) (?:put|lower|get|use|give|provide) "
        r"(?:the bed low|a (?:crash |falls )?mat|bed rails|a sensor|a low bed|the bed down)"
        r"|\b(?:detained|sectioned) patient (?:walked out|absconded|left|went missing)",
        "describes care left undone until a patient came to harm",
        keys=(
            "woken urine faeces vomit wee poo mess dressed cleaned "
            "looked+at changed+it changed+the changed+her changed+his wound temperature obs "
            "observations blood+pressure news bloods bed+low mat bed+rails sensor low+bed bed+down "
            "detained sectioned"
        ),
    ),
    _cue(
        _C,
        r"\b(?:sending|sent|send|discharg\w*) (?:\w+ ){0,3}without (?:proper |the |any )?(?:discharge )?"
        r"(?:checks|plans?|assessments?|care package)",
        "describes an unsafe discharge",
        keys=(
            "without+proper without+the without+any without+discharge without+checks without+plan "
            "without+plans without+assessment without+assessments without+care"
        ),
    ),
)
