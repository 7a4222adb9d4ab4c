"""Cue families of a further round of comments written for the project, by kind of wording.

The shapes: who gets one's things decided, where the bank papers are told "so someone knows", making
oneself step back from a platform edge, not wanting to wake for a long time; someone vulnerable made
to sign what they do not understand; mistakes screenshotted into the team chat, a sign-off offered
for a drink, prayers ignored on the rota, a doorway blocked; the whole floor run alone, half the shift
students, the only RMN pulled away, me and an agency HCA for the whole corridor; days without a
medicine, an adult dose for a child, a medicine not given since admission; weight lost with nobody
recording meals, a patient who got out through an open door, shouts for help nobody answered, a
discharge with a broken bone, a patient tied into a chair, dentures lost so a patient could not eat.
"""

from __future__ import annotations

from .cue import _A, _B, _C, _M, _S, _SHORTAGE, _ST, _Cue, _cue

_WARNED_OFF = "describes being singled out, blamed or warned off at work"
_KIN_VICTIM = r"\b(?:mum|dad|nan|gran|grandad|grandma|her|his|him|she|he|patient|resident|my \w+)\b"

CUES: tuple[_Cue, ...] = (
    # --- suicide and self-harm ----------------------------------------------------------------------
    _cue(
        _S,
        r"\b(?:sort\w*|decid\w*|work\w* out|written down|writing down|wrote down|planning|planned) (?:out )?"
        r"who (?:gets|will get|should have|can have|is having|has) my\b",
        "describes goodbyes or putting affairs in order",
        unless=r"\b(?:shifts?|locker|desk|caseload|patients|bay|rota|job|role|leave|retire|move|moving|"
        r"maternity|holiday|uni|course)\b",
        keys="who+gets who+will who+should who+can who+is who+has",
    ),
    _cue(
        _S,
        r"\bwhere my (?:bank|passwords?|will|papers|documents|insurance|savings|pin)\b[^.!?]{0,40}\bso "
        r"(?:someone|somebody|they|she|he|people) (?:knows?|can find)\b",
        "describes goodbyes or putting affairs in order",
        unless=r"\b(?:hospital|operation|op|surgery|holiday|away|abroad|dementia|memory|forget\w*)\b",
        keys="where+my",
    ),
    _cue(
        _S,
        r"\b(?:make|made|making|force|forced|have to tell|had to tell) myself (?:to )?(?:step|move|stand|"
        r"walk|pull) (?:back|away)\b",
        "mentions a means or plan",
        weight=3,
        needs=(r"\b(?:platform|edge|bridge|balcony|roof|cliff|tracks|train|road|kerb|window|ledge)\b",),
        keys="step+back step+away move+back move+away stand+back stand+away walk+back walk+away pull+back "
        "pull+away",
    ),
    _cue(
        _S,
        r"\b(?:last time|cannot remember when|can not remember when) i (?:actually |really )?(?:wanted|was "
        r"glad|was happy) to (?:wake up|be here|be alive)\b",
        "wishes not to wake up",
        keys="last+time cannot+remember can+not",
    ),
    # --- abuse --------------------------------------------------------------------------------------
    _cue(
        _A,
        r"\b(?:gets|got|makes|made|had|has) (?:her|him|mum|dad|nan|grandad|my \w+) (?:to )?sign (?:things|"
        r"stuff|papers|forms|documents|cheques|over)\b",
        "describes money taken from someone",
        weight=3,
        needs=(
            r"\b(?:(?:does|did|can|could) not (?:understand|read|know)|confused|dementia|without (?:reading|"
            r"knowing)|pressur\w*)\b",
        ),
        keys="sign+things sign+stuff sign+papers sign+forms sign+documents sign+cheques sign+over",
    ),
    # --- bullying of staff --------------------------------------------------------------------------
    _cue(
        _B,
        r"\b(?:screenshots?|screenshotted|forwards?|forwarded|posts?|posted|shares?|shared) (?:it|them|my "
        r"\w+|what i \w+) (?:in|into|to|on) the (?:team|group|ward|staff|unit) (?:chat|whatsapp|group)",
        "describes being shut out, mocked or pressured at work",
        needs=(r"\b(?:mistakes?|errors?|wrong|laugh\w*|embarrass\w*|mock\w*|humiliat\w*)\b",),
        keys="chat whatsapp team+group ward+group staff+group unit+group group+group",
    ),
    _cue(
        _B,
        r"\b(?:sign me off|pass me|sign off my|give me (?:the|a|better) (?:shifts|hours|job|reference|good "
        r"reference)|help me pass)\b[^.!?]{0,40}\bif i (?:went|go|came|come|met|meet) (?:\w+ )?(?:for a "
        r"drink|out with|round to|to his|to her|on a date|for dinner)|\b(?:sign me off|pass me|help me "
        r"pass)\b[^.!?]{0,40}\bif i (?:slept|sleep|kissed|kiss|sent|send)\b",
        "describes sexual harassment",
        keys="drink out+with round+to to+his to+her date dinner slept sleep kissed kiss sent send",
    ),
    _cue(
        _B,
        r"\b(?:prayers?|jummah|jumu'?ah|eid|ramadan|fasting|sabbath|shabbat|diwali|vaisakhi|mass|"
        r"religio\w*)\b[^.!?]{0,40}\b(?:even though i (?:asked|told|explained)|refus\w*|laugh\w*|mock\w*|"
        r"every time i ask)|\b(?:keep|keeps|kept) (?:scheduling|putting|booking|rota\w*|giving) (?:me |"
        r"my )?(?:\w+ ){0,4}(?:prayers?|jummah|eid|ramadan|sabbath|shabbat|mass)\b",
        "describes discrimination",
        unless=r"\b(?:swapped|sorted|changed (?:it|them)|accommodat\w*|supportive|happy to)\b",
        keys="prayer prayers jummah jumu eid ramadan fasting sabbath shabbat diwali vaisakhi mass religio",
    ),
    _cue(
        _B,
        r"\b(?:blocks?|blocking|blocked|stands? in|standing in) (?:the )?(?:door|doorway|way|"
        r"exit)\b[^.!?]{0,50}\b(?:squeeze past|brush past|rub (?:past|against)|push past|get past|trapped|"
        r"so i have to)",
        "describes sexual harassment",
        keys="block blocks blocking blocked stand+in stands+in standing+in",
    ),
    # --- unsafe staffing ----------------------------------------------------------------------------
    _cue(
        _ST,
        r"\b(?:ran|run|running|covered|covering|did|doing|had|in charge of) the (?:whole|entire) (?:floor|"
        r"ward|unit|home|wing|building|corridor)\b[^.!?]{0,30}\b(?:alone|on my own|by myself|single handed)|"
        r"\b(?:just |only )?me and (?:a|an|one) (?:\w+ ){0,5}(?:for|on|covering|running) the (?:whole|"
        r"entire) (?:\w+ )?(?:ward|unit|floor|corridor|home|wing|building)\b|\b(?:pulled|moved|took|sent|"
        r"taken|redeployed) (?:our |the )?only (?:rmn|nurse|qualified|registered nurse|rn|rgn|doctor)\b",
        "describes too few staff for the patients",
        weight=3,
        keys="whole entire only+rmn only+nurse only+qualified only+registered only+rn only+rgn only+doctor",
    ),
    _cue(
        _ST,
        r"\bhalf (?:the|of the) (?:shift|staff|team|nurses)\b[^.!?]{0,20}\b(?:were|was|are) (?:students|"
        r"agency|bank|new|apprentices|unqualified|trainees)\b"
        r"|\bnobody (?:left )?on (?:the|our) (?:ward|unit) (?:could|to) (?:give|do) (?:the )?(?:meds|drugs|"
        r"medication)",
        _SHORTAGE,
        weight=2,
        keys="half nobody+left nobody+on",
    ),
    # --- medication error ---------------------------------------------------------------------------
    _cue(
        _M,
        r"\b(?:went|gone|been|was|were|left) (?:\w+ ){0,2}without (?:her |his |their |my |any |the )?(?:meds|"
        r"medication|tablets|insulin|inhaler|epilepsy \w+|pain relief|antibiotics|medicine|doses?|them)\b"
        r"[^.!?]{0,20}\b(?:days?|nights?|weekend|week|since)?",
        "describes a missed dose",
        needs=(
            r"\b(?:meds|medication|tablets|insulin|inhaler|epilepsy|pain relief|antibiotics|medicine|doses?|"
            r"parkinson\w*)\b",
            r"\b(?:\d+|two|three|four|a|all) (?:days?|nights?|weekend|week)\b|\bsince\b",
        ),
        keys="without",
        also="meds medication tablets insulin inhaler epilepsy pain antibiotics medicine dose doses "
        "parkinson",
    ),
    _cue(
        _M,
        r"\badult (?:dose|doses|dosage|strength)\b",
        "describes the wrong medicine or dose",
        weight=3,
        needs=(r"\b(?:son|daughter|child|baby|kid|toddler|[1-9]|year old|little one)\b",),
        unless=r"\b(?:module|training|scenario|calculation|exam|quiz)\b",
        keys="adult",
    ),
    _cue(
        _M,
        r"\b(?:had not|has not|have not|was not|were not|had never|never) been (?:given|started|prescribed|"
        r"written up|charted)\b[^.!?]{0,30}\b(?:since|for (?:days|a week|\d+ days|two days|three days)|all "
        r"(?:week|weekend))",
        "describes a missed dose",
        needs=(
            r"\b(?:meds|medication|tablets|insulin|thinner|warfarin|heparin|antibiotics|medicine|dose|doses|"
            r"injection|inhaler|patch)\b",
        ),
        keys="been+given been+started been+prescribed been+written been+charted",
    ),
    # --- unsafe care --------------------------------------------------------------------------------
    _cue(
        _C,
        r"\blost (?:a stone|\d+ ?(?:kg|kilos|pounds|lbs|stone)|so much weight|loads of weight)\b[^.!?]{0,50}"
        r"\b(?:nobody|no one|not|never|in hospital|on the ward|while (?:she|he) was in)\b",
        "describes neglect of basic care",
        needs=(_KIN_VICTIM,),
        unless=r"\b(?:slimming|diet|gym|running|proud|on purpose|trying to)\b",
        keys="lost",
    ),
    _cue(
        _C,
        r"\b(?:abscond\w*|went missing|walked out|got out|escaped)\b[^.!?]{0,50}\b(?:door (?:was |had been "
        r")?(?:left )?(?:open|unlocked)|nobody (?:noticed|was watching|checked)|no one (?:noticed|was "
        r"watching))",
        "describes a patient left at risk",
        weight=3,
        keys="abscond went+missing walked+out got+out escaped",
    ),
    _cue(
        _C,
        r"\b(?:shouting|calling|crying|screaming|begging|shouted|called|cried|screamed|begged) (?:out )?for "
        r"(?:help|a nurse|someone|the toilet)\b[^.!?]{0,40}\b(?:nobody|no one) (?:came|answered|helped|"
        r"responded|went)",
        "describes neglect of basic care",
        keys="shouting calling crying screaming begging shouted called cried screamed begged",
    ),
    _cue(
        _C,
        r"\b(?:sent (?:\w+ ){0,2}home|discharged)\b[^.!?]{0,30}\bwith (?:a )?(?:broken|fractured|dislocated) "
        r"\w+"
        r"|\b(?:tied|tethered) (?:\w+ ){0,2}(?:to|into|in) (?:the |his |her |a )?(?:chair|bed|wheelchair|cot|"
        r"radiator)\b",
        "describes a patient left at risk",
        weight=3,
        unless=r"\b(?:cast|plaster|sling|follow up|fracture clinic|as planned)\b",
        keys="broken fractured dislocated tied tethered",
    ),
    _cue(
        _C,
        r"\b(?:dentures|teeth|glasses|hearing aids?)\b[^.!?]{0,30}\b(?:lost|went missing|thrown away|"
        r"binned)\b[^.!?]{0,50}\b(?:could not|cannot|can not|unable to) (?:eat|see|hear)",
        "describes neglect of basic care",
        needs=(_KIN_VICTIM,),
        keys="dentures teeth glasses hearing",
    ),
    # --- a fourth round's kinds ---------------------------------------------------------------------
    _cue(
        _S,
        r"\b(?:the )?only (?:thing|reason|one) (?:keeping|that keeps|that is keeping) me (?:going|here|"
        r"alive)\b[^.!?]{0,20}\bis (?:my )?(?:cat|dog|pets?|kids|children|son|daughter|boy|girl|mum|dad|"
        r"partner|nan)\b|\bonly (?:still )?(?:here|alive) (?:because of|for) (?:my )?(?:cat|dog|pets?|kids|"
        r"children|son|daughter|mum|dad|partner|nan)\b",
        "says there is no reason to stay alive",
        keys="the+only only+thing only+reason only+one only+still only+here only+alive",
    ),
    _cue(
        _S,
        r"\b(?:over|on|at|by|to) the (?:bridge|edge|railings|cliff|viaduct|multi ?storey|"
        r"tracks)\b[^.!?]{0,40}\b(?:just (?:standing|stand|stood|looking|staring)|(?:standing|stood) there "
        r"(?:for ages|for hours|thinking|alone|on my own)|looking down|staring down)",
        "mentions a means or plan",
        weight=3,
        keys="bridge edge railings cliff viaduct multi tracks",
    ),
    _cue(
        _S,
        r"\b(?:cancelled|cancelling|cancel) (?:everything|all my plans|it all)\b"
        r"|\bno point (?:planning|making plans|booking|thinking about) (?:anything|ahead|the future|next "
        r"(?:year|month))\b(?! (?:until|till|before|because|as|when))",
        "says there is no reason to stay alive",
        weight=1,
        unless=r"\b(?:rota|shifts?|covid|strike|weather|snow|epa|exam|results)\b",
        keys="cancelled cancelling cancel no+point",
    ),
    _cue(
        _S,
        r"\b(?:after|when|once) i am (?:gone|not here|dead)\b",
        "says they will not be around",
        unless=r"\b(?:holiday|leave|maternity|placement|course|off|away|retire\w*|move|moving|job|abroad|"
        r"home|shift|nights)\b",
        keys="gone not+here dead",
    ),
    _cue(
        _A,
        r"\b(?:choosing|chose|picking|picked|putting) (?:her|him|them|my \w+|your \w+) (?:over|before) "
        r"(?:him|her|me)\b|\b(?:will not|would not|does not|did not|refuses to|refused to) (?:speak|talk) "
        r"to me for (?:days|weeks|a week)\b",
        "describes being controlled by someone",
        weight=1,
        keys="choosing chose picking picked putting speak+to talk+to",
    ),
    _cue(
        _A,
        r"\b(?:says?|said|tells?|told) (?:me|her|him|mum|dad) (?:i am|she is|he is|i was|she was|he was) "
        r"(?:doing it|wetting|soiling|messing)\b[^.!?]{0,20}\bon purpose"
        r"|\bshouts? at (?:me|her|him|mum|dad) when (?:i|she|he) (?:asks?|asked|press\w*|ring\w*|need\w*) "
        r"(?:for )?(?:the toilet|the commode|help|the bell|a drink|the loo)",
        "describes a patient treated with contempt",
        keys="purpose shout shouts",
    ),
    _cue(
        _A,
        r"\b(?:ex|ex partner|ex husband|ex wife|ex boyfriend|ex girlfriend)\b[^.!?]{0,20}\b(?:keeps?|kept|"
        r"started|has started) (?:turning up|showing up|waiting|hanging around|following me|ringing|"
        r"calling)\b",
        "describes being followed or watched by someone",
        unless=r"\b(?:late|for the kids|pick up|drop off|child ?care|contact)\b",
        keys="turning+up showing+up waiting hanging+around following+me ringing calling",
    ),
    _cue(
        _A,
        r"\bmakes? (?:her|him|them|me) (?:keep|promise to keep) (?:secrets?|it (?:a )?secret|quiet about)\b",
        "describes threats or secrecy",
        weight=3,
        unless=r"\b(?:santa|surprise|party|birthday|present)\b",
        keys="secret secrets quiet+about",
    ),
    _cue(
        _B,
        r"\b(?:(?:nobody|no one) (?:will|would)|(?:nobody|no one|they|he|she|the \w+) (?:will not|would not|"
        r"refuses? to|refused to|stopped)) "
        r"(?:sign(?:ing)? (?:me )?off|sign(?:ing)? off my|support(?:ing)? me|teach(?:ing)? me|work(?:ing)? "
        r"with me)\b[^.!?]{0,50}\b(?:because|since|after) i (?:complained|raised|reported|spoke up|"
        r"challenged|said something|went to)",
        _WARNED_OFF,
        keys="complained raised reported spoke+up challenged said+something went+to",
    ),
    _cue(
        _B,
        r"\b(?:lose|losing) my (?:place|job|post|apprenticeship|contract)\b[^.!?]{0,60}\b(?:cancer|chemo\w*|"
        r"disabilit\w*|pregnan\w*|miscarriage|diagnos\w*|treatment|surgery|condition)",
        "describes discrimination",
        unless=r"\b(?:policy|guidance|might|worried i)\b",
        keys="lose losing",
    ),
    _cue(
        _ST,
        r"\b(?:running|run|ran|staffed) (?:on|with|by) (?:agency|bank|locums?)\b[^.!?]{0,40}\b(?:none of "
        r"them|nobody|no one|do not|does not) (?:\w+ )?know|\b(?:nobody|no one|no staff) (?:was |were "
        r")?(?:on|watching|covering|manning) the (?:door|doors|airlock|exit|"
        r"entrance)\b(?=[^.!?]{0,40}\b(?:patient|detained|sectioned|walked|absconded|got out))|\b(?:\d\d|"
        r"twenty|thirty) visits (?:a|per|each) (?:day|shift)\b(?=[^.!?]{0,50}\b(?:dropped|missed|cancelled|"
        r"not done|rushed|unsafe))",
        "describes too few staff for the patients",
        keys="agency bank locum door doors airlock exit entrance visits",
    ),
    _cue(
        _M,
        r"\b(?:reaction to|given|gave (?:her|him|me|mum|dad)) (?:the )?\w+\b[^.!?]{0,50}\b(?:even though|"
        r"despite)\b[^.!?]{0,30}\b(?:on|in) (?:her|his|their|my|the) (?:notes|wristband|chart|records|band|"
        r"allergy band)\b"
        r"|\b(?:nobody|no one|never|not) (?:restarted|re started|started it again|put (?:it|them) back|"
        r"represcribed)\b",
        "describes the wrong medicine or dose",
        needs=(
            r"\b(?:reaction|allerg\w*|meds|medication|tablets|lithium|insulin|warfarin|antibiotics?|medicine|"
            r"penicillin|dose|inhaler|stopped)\b",
        ),
        keys="wristband notes chart records band restarted re+started started+it put+it put+them "
        "represcribed",
    ),
    # --- a fifth round's kinds ----------------------------------------------------------------------
    _cue(
        _S,
        r"\b(?:sit|sat|sitting|park|parked) (?:in the car |in my car |on my own |alone )?at the "
        r"(?:reservoir|cliffs?|quarry|dam|bridge|river|canal|multi ?storey)\b[^.!?]{0,40}\b(?:too cold to "
        r"think|for hours|until|thinking|alone|on my own)|\breasons to (?:stay|live|keep going|be "
        r"here)\b[^.!?]{0,30}\b(?:shorter|fewer|running out|gone|none)|\b(?:i am|i will be|i am just) "
        r"done\b[^.!?]{0,20}\bwith (?:all of it|everything|it all|life)\b",
        "says there is no reason to stay alive",
        unless=r"\b(?:lunch|fresh air|walk|dog|picnic|view)\b",
        keys="reservoir cliff cliffs quarry dam bridge river canal multi reasons+to done",
    ),
    _cue(
        _A,
        r"\b(?:too scared|too frightened|too afraid|scared|frightened|afraid) to (?:say anything|say no|"
        r"speak up|tell (?:him|her|them|anyone)|complain)\b",
        "describes being controlled by someone",
        needs=(
            r"\b(?:lodger|partner|husband|wife|boyfriend|girlfriend|son|daughter|nephew|carer|landlord|"
            r"flatmate|stepdad|he|him|his)\b",
        ),
        unless=r"\b(?:mentor|manager|ward|shift|epa|assessor|tutor|class|meeting|group|session)\b",
        keys="too+scared too+frightened too+afraid scared frightened afraid",
    ),
    _cue(
        _A,
        r"\bflinch\w*\b[^.!?]{0,40}\b(?:raises? (?:his|her) voice|shouts|comes in|walks in|moves|touch\w*)|"
        r"\b(?:stopped|stopped seeing|not allowed to see|cut off from) (?:seeing )?(?:us|her family|his "
        r"family|her friends|his friends|her mum|her sister)\b(?=[^.!?]{0,60}\b(?:partner|boyfriend|husband|"
        r"he|him))",
        "describes someone close who frightens them",
        keys="flinch stopped+seeing stopped+us stopped+her stopped+his not+allowed cut+off",
    ),
    _cue(
        _A,
        r"\b(?:free|gives?|giving|gave) (?:\w+ ){0,4}(?:vapes?|weed|cigarettes|fags|alcohol|cash|money|"
        r"phones?)\b[^.!?]{0,30}\bif (?:they|she|he|you) (?:run errands|drop|deliver|hold|carry|keep|do)",
        "describes a young person exploited",
        weight=3,
        keys="vapes vape weed cigarettes fags alcohol cash money phone phones",
    ),
    _cue(
        _B,
        r"\b(?:told|tells|said|says) (?:me )?(?:that )?i (?:smell|smelt|stink) of (?:curry|garlic|spices?|"
        r"food)\b|\b(?:since|after) i (?:got engaged|married|came out|told (?:them|people|the team) i "
        r"(?:was|am) (?:gay|bi|trans|lesbian))\b[^.!?]{0,60}\b(?:will not|would not|does not|do not|never|"
        r"stopped) (?:look|speak|talk|sit|work)|\b(?:too slow|too thick|too stupid|not clever enough|not "
        r"good enough) (?:for|to be) (?:a )?(?:proper|real)? ?(?:nurse|nursing|this job|the job|an ap)\b|"
        r"\b(?:hand|hands|arm) on my (?:lower back|back|shoulder|hip|waist|neck|"
        r"hair)\b[^.!?]{0,40}\b(?:when|every time|whenever|keeps|passes|walks past)",
        "describes being singled out or harassed at work",
        keys="smell smelt stink engaged married came+out gay bi trans lesbian too+slow too+thick too+stupid "
        "not+clever not+good hand+on hands+on arm+on",
    ),
    _cue(
        _B,
        r"\b(?:since|after) i (?:reported|raised|flagged|datixed|incident reported) (?:the |a |an )?(?:\w+ "
        r"){0,3}(?:error|incident|concern|mistake)\b[^.!?]{0,50}\b(?:not allowed|taken off|removed from|"
        r"banned from|stopped from|no longer allowed)",
        _WARNED_OFF,
        keys="not+allowed taken+off removed+from banned+from stopped+from no+longer",
    ),
    _cue(
        _ST,
        r"\b(?:1[2-9]|[2-9]\d|twelve|thirteen|fourteen|fifteen|twenty) (?:nights|shifts|days|long days) in a "
        r"row\b"
        r"|\bthree of us for (?:two|three|four|2|3|4) (?:floors|wards|units)\b"
        r"|\bleft with (?:\w+ ){0,2}(?:six|seven|eight|nine|ten|twelve|[6-9]|1\d) patients on (?:hourly "
        r"turns|1:1|close obs|turns|pressure care)",
        "describes too few staff for the patients",
        weight=3,
        unless=r"\b(?:chose|wanted|asked for|my choice|by choice)\b",
        keys="row three+of left+with",
    ),
    _cue(
        _ST,
        r"\bno (?:permanent|substantive) (?:manager|ward manager|sister|team leader) for (?:a year|months|"
        r"\d+ months)\b",
        _SHORTAGE,
        weight=1,
        keys="no+permanent no+substantive",
    ),
    _cue(
        _ST,
        r"\bnew starters? (?:get|got|have|had|are given) no induction\b",
        _SHORTAGE,
        weight=1,
        keys="new+starter",
    ),
    _cue(
        _M,
        r"\b(?:inhalers?|tablets|meds|medication|insulin|eye drops)\b[^.!?]{0,20}\b(?:were|was) left (?:at|"
        r"on|in) the (?:nurses station|desk|trolley|side)\b[^.!?]{0,30}\b(?:never|not|nobody)|\bsomeone "
        r"else'?s (?:name|label|meds|medication|tablets|bag|prescription)\b|\b(?:paracetamol and calpol|"
        r"calpol and paracetamol|ibuprofen and nurofen|nurofen and ibuprofen)\b",
        "describes the wrong medicine or dose",
        weight=3,
        keys="left+at left+on left+in else paracetamol+and calpol+and ibuprofen+and nurofen+and",
    ),
    _cue(
        _C,
        r"\b(?:nobody|no one|never) (?:flushed|checked|changed|looked at) the (?:line|cannula|drip)\b|"
        r"\b(?:feeding tube|peg|ng tube|catheter|cannula|drain)\b[^.!?]{0,20}\b(?:came out|fell out|pulled "
        r"out)\b[^.!?]{0,40}\b(?:left it|till the morning|until the morning|for hours|nobody)|\b(?:put|"
        r"left) (?:\w+ ){0,2}in a side room\b[^.!?]{0,50}\b(?:no bell|no call bell|forgot|forgotten|nobody "
        r"came)",
        "describes neglect of basic care",
        keys="line cannula drip feeding peg ng+tube catheter drain side+room",
    ),
)
