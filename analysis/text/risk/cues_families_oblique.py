"""Cue families for disclosures told obliquely: by their effects, through someone else, or played down.

The shapes: a future appointment not needed because the writer will not be here, a third party who
would manage without someone, being tired of everything; care withheld as a threat, injuries
explained away or hidden, a partner who gets rough, gifts that leave a young person owing, threats of
self-harm to stop someone leaving; being left off the handover and laughed at, mocked for an accent,
given every dirty job while others rest, undermined in front of patients; the one nurse tied up while
a patient lies on the floor, a few staff who physically cannot do the checks; a medicine given twice;
checks recorded but not done, a modified diet ignored, one-to-one observation abandoned.
"""

from __future__ import annotations

from .cue import _A, _B, _C, _M, _S, _SHORTAGE, _ST, _Cue, _cue

# Reporting a third party's words: "she told me", "he keeps saying".
_REPORTED = (
    r"\b(?:said|says|saying|told|tells|telling|messaged|texted|keeps? saying|thinks|feels|believes|"
    r"convinced|wrote|posted)\b"
)
# Checks and records of care that can be signed without being done.
_CHECKS = (
    r"\b(?:checks?|obs|observations|ligature|turns?|turning|rounds?|sheets?|charts?|forms?|boxes|"
    r"fluid|food|repositioning|sats|bm|bms|neuro obs|news)\b"
)

CUES: tuple[_Cue, ...] = (
    # --- suicide and self-harm ----------------------------------------------------------------------
    _cue(
        _S,
        r"\b(?:will not|would not|am not going to|do not think i will|doubt i will) (?:be )?need(?:ing)? "
        r"(?:it|that|one|them|another|the next|any more|anymore|a follow up|a review)\b",
        "says they will not need a future appointment",
        needs=(
            r"\b(?:appointment|appt|follow up|review|booking|book|next|by then|plans?|refer\w*|letter|"
            r"call back|callback|date)\b",
        ),
        unless=(
            r"\b(?:because|as|since|now that) (?:i am|i have|it is|we|they|my)\b|\b(?:better|sorted|"
            r"discharged|moving|private|cancel\w*|fine now|recovered|healed|elsewhere|somewhere else)\b"
        ),
        keys="need needing",
    ),
    _cue(
        _S,
        r"\b(?:manage|cope|be fine|be better|be happier|be easier|get on|do better|be better off) "
        r"(?:\w+ )?(?:fine |better |okay |ok )?without (?:her|him|them|me)\b",
        "says someone would be better off without them",
        needs=(_REPORTED,),
        unless=(
            r"\b(?:on leave|holiday|for a (?:day|week|bit|while)|for now|day off|while (?:she|he|i) "
            r"(?:is|am|was) (?:off|away)|at work|on the ward|in the team|on shift|rota|cover)\b"
        ),
        keys="manage cope be+fine be+better be+happier be+easier get+on do+better",
        also=(
            "said says saying told tells telling messaged texted keeps keep thinks feels believes convinced "
            "wrote posted"
        ),
    ),
    _cue(
        _S,
        r"\b(?:tired|sick|weary|exhausted) of (?:everything|it all|all of it|everyone|trying|fighting|"
        r"being me|being like this|feeling like this)\b(?! (?:being|at|about|to do|on|online|in|with|going))",
        "says they are tired of everything",
        weight=1,
        soft=True,
        keys="tired sick weary exhausted",
    ),
    _cue(
        _S,
        r"\b(?:no (?:reason|point)|not (?:want|going)|do not want|why) (?:to |would i )?stick around\b"
        r"|\bnot (?:be )?stick(?:ing)? around (?:much|for) (?:longer|long)\b",
        "says there is no reason to stay alive",
        keys="stick",
    ),
    # --- abuse and coercion ---------------------------------------------------------------------------
    _cue(
        _A,
        r"\b(?:get|gets|have|be given|going without|go without|no) (?:no |any |her |his |their )?(?:tea|dinne"
        r"r|"
        r"food|breakfast|lunch|supper|drinks?|meals?|visitors|blanket|pain relief|painkillers|bath|shower|"
        r"cigarettes?|phone)\b[^.!?]{0,40}\b(?:if|unless) (?:she|he|they|you|mum|dad) (?:keeps?|does not|do n"
        r"ot|"
        r"stops?|carry|carries|complains?|rings?|press\w*|use\w*|asks?|makes?|is not|are not|behaves?)",
        "describes care withheld as a threat",
        needs=(r"\b(?:staff|nurse|nurses|hca|hcas|carer|carers|they|one of|night|day|worker|she|he)\b",),
        keys=(
            "if+she if+he if+they if+you if+mum if+dad unless+she unless+he unless+they unless+you unless+mu"
            "m unless+dad"
        ),
    ),
    _cue(
        _A,
        r"\b(?:left|leave|leaves|leaving|kept|keep|keeps|put|puts) (?:\w+ )?(?:in bed|in (?:their|her|his) "
        r"rooms?|without (?:food|dinner|tea|drinks?)|till last|until last|in the chair)\b[^.!?]{0,30}"
        r"\bif (?:she|he|they|you|residents|patients) (?:complain\w*|moan\w*|ring\w*|press\w*|tell\w*|"
        r"report\w*|make a fuss)",
        "describes care withheld as a threat",
        keys="if+she if+he if+they if+you if+residents if+patients",
    ),
    _cue(
        _A,
        r"\b(?:said|says|told (?:them|everyone|staff|the nurse|the doctor|people)|tells (?:everyone|people|"
        r"them)|pretend\w*|claim\w*|make out|made out|have to say) (?:that )?(?:i|she|he|mum|dad|my \w+) "
        r"(?:walked into|fell (?:down|on|over|off)|bumped into|tripped (?:on|over)|banged (?:my|her|his) "
        r"(?:head|arm|face) on)\b(?:[^.!?]{0,20}\b(?:did not|was not|never|really|lie|lying|lied))?",
        "describes an injury explained away",
        weight=3,
        needs=(
            r"\b(?:marks?|bruis\w*|black eye|cut|cuts|swollen|injur\w*|did not|was not|never|lie|lying|"
            r"lied|really|again|scared|him|her|he|she)\b",
        ),
        unless=r"\b(?:then|after|because) (?:i|she|he) (?:slipped|fainted|passed out|had a fit|was dizzy)\b",
        keys=(
            "said says told+them told+everyone told+staff told+the told+people tells+everyone "
            "tells+people tells+them pretend claim make+out made+out have+to"
        ),
    ),
    _cue(
        _A,
        r"\b(?:cover|covers|covering|covered|hide|hides|hiding|hid|conceal\w*) (?:up )?(?:the |my |her |his |"
        r"all the )?(?:bruises|bruising|marks|black eye|finger marks)\b"
        r"|\blong sleeves to (?:hide|cover)\b",
        "describes hiding injuries",
        keys="cover covers covering covered hide hides hiding hid conceal long+sleeves",
    ),
    _cue(
        _A,
        r"\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|dad|mum|son|daughter|brother|stepdad|ex) "
        r"(?:gets|get|got|can get|has got|goes|went|can be|is|was) (?:a bit |really |very |quite )?(?:rough|"
        r"handy|physical|heavy handed|violent|nasty|free with (?:his|her) hands)\b"
        # Rough with a person, or when something sets them off; not rough with a hoover or at football.
        r"(?= (?:with (?:me|her|him|us|them|the kids|the children|mum|dad|my (?!car|phone)\w+)|when|if|after|"
        r"sometimes|again|towards|at home|behind)|\s*[.,!?]|\s*$)",
        "describes someone close who turns violent",
        keys="rough handy physical heavy+handed violent nasty free+with",
    ),
    _cue(
        _A,
        r"\b(?:says?|said|saying|tells?|told|telling|reckons) (?:me |her |him |them )?(?:that )?(?:i|she|he|"
        r"they|we) (?:owe|owes|owed) (?:him|them|her|he|they)\b(?! (?:a (?:favour|pint|drink|coffee|tenner|"
        r"fiver)|money for (?:the|a) (?:taxi|ticket|bill)))",
        "describes a young person made to owe someone",
        keys="owe owes owed",
    ),
    _cue(
        _A,
        r"\b(?:carry|carries|carrying|deliver\w*|drop\w* off|hold\w*|mind\w*|move\w*) (?:\w+ )?(?:parcels|"
        r"packages|bags|packets|stuff|things|drugs|gear)\b[^.!?]{0,30}\bfor (?:them|him|some|older|these)"
        r"|\b(?:give|gives|giving|gave|buy|buys|buying|bought) (?:him|her|my \w+) (?:\w+ )?(?:money|cash|"
        r"phones?|trainers|presents|gifts|lifts|vapes|drugs)\b[^.!?]{0,40}\b(?:make|makes|made|get|gets|got) "
        r"(?:him|her|them) (?:to )?(?:carry|deliver|drop|hold|run|sell|go)",
        "describes a young person exploited",
        keys=(
            "parcels packages bags packets stuff things drugs gear make+him make+her make+them makes+him mak"
            "es+her makes+them made+him made+her made+them get+him get+her get+them gets+him gets+her gets+th"
            "em got+him got+her got+them"
        ),
    ),
    _cue(
        _A,
        r"\b(?:older|grown|an older|a grown|old) (?:man|men|bloke|blokes|guy|guys|lad|lads|boy|boys|fella)\b"
        r"[^.!?]{0,60}\b(?:gifts|presents|lifts|money|phones?|turns? up|turning up|waiting outside|"
        r"knows where|messag\w*|alcohol|vapes|picks? (?:her|him|them) up|in his car)\b",
        "describes grooming by an older man",
        needs=(r"\b(?:me|my|i|she|her|he|him|daughter|son|niece|nephew|granddaughter)\b",),
        unless=r"\b(?:patient|resident|service user|visitor on the ward)\b",
        keys="older grown an+older a+grown old",
    ),
    _cue(
        _A,
        r"\bknows where (?:i|we|she|he) (?:live|lives|work|works|stay|stays|sleep)\b",
        "describes a threat by someone who knows where they live",
        weight=1,
        keys="knows",
    ),
    _cue(
        _A,
        r"\b(?:i am|i have been|i feel|i felt|i was|she is|he is|mum is|dad is|she has been|he has been) "
        r"(?:being |getting )(?:\w+ and |\w+, )?(?:controlled|threatened|hit|hurt|beaten|abused|exploited|"
        r"groomed|intimidated|followed|stalked)\b",
        "describes threats or secrecy",
        direct=True,
        negatable=True,
        keys="controlled threatened hit hurt beaten abused exploited groomed intimidated followed stalked",
    ),
    _cue(
        _A,
        r"\bif (?:i|she|he|we) (?:leave|left|go|went|end it|finish it|split up|break up)\b[^.!?]{0,40}"
        r"\b(?:he|she|they) (?:\w+ ){0,5}(?:hurt|kill|harm|do something to) (?:himself|herself|themselves)",
        "describes a threat of self-harm to stop someone leaving",
        weight=3,
        keys="himself herself themselves",
    ),
    # --- bullying of staff --------------------------------------------------------------------------
    _cue(
        _B,
        r"\b(?:leave|leaves|left|leaving|keep|keeps|kept|keeping|take|takes|took) (?:me|her|him) (?:off|out "
        r"of) (?:the )?(?:handover|allocation|board|team chat|group chat|whatsapp|emails?|staff list|"
        r"meetings?|breaks?|huddle|safety huddle|the loop|loop|night out|christmas do)\b"
        r"|\b(?:get|gets|got|getting|am|was|being|been|keep getting) (?:left|kept) (?:off|out of) (?:the )?"
        r"(?:handover|allocation|board|team chat|group chat|whatsapp|emails?|staff list|meetings?|huddle|"
        r"loop|night out|christmas do)\b"
        r"|\bnever (?:puts?|put|includes?) me (?:on|in) (?:the )?(?:handover|allocation|board|team chat|group"
        r" "
        r"chat|whatsapp|emails?|huddle)\b",
        "describes being shut out or singled out at work",
        needs=(
            r"\b(?:on purpose|deliberately|every|always|laugh\w*|snigger\w*|smirk\w*|only me|just me|"
            r"still|months|weeks|never|again|rest of|everyone else|the others)\b",
        ),
        unless=r"\b(?:so i could|for (?:my )?(?:study|training|uni|college)|by mistake|accident\w*)\b",
        keys=(
            "handover allocation board team+chat group+chat whatsapp email emails staff+list meeting meeting"
            "s break breaks huddle safety+huddle the+loop loop night+out christmas"
        ),
    ),
    _cue(
        _B,
        r"\b(?:copy|copies|copying|copied|mimic\w*|imitat\w*|mock\w*|take the mick\w*(?: out)?(?: of)?|"
        r"makes? fun of|made fun of|laugh\w* at|puts? on|put on) (?:my|her|his|the way i|a silly|a stupid|a "
        r"funny|a fake) (?:\w+ )?(?:accent|voice|english|name|hijab|headscarf|turban|skin|hair|weight|age|"
        r"way i (?:talk|speak|say|pronounce))"
        r"|\b(?:the way i talk|the way i speak|my accent|my voice|my english)\b[^.!?]{0,20}\bmakes? me "
        r"(?:sound|look) (?:thick|stupid|dumb|slow|simple|common)",
        "describes being mocked at work for who they are",
        unless=r"\b(?:apologis\w*|apologiz\w*|get on (?:fine|well|great)|only joking|we all laugh|banter)\b",
        keys=(
            "copy copies copying copied mimic imitat mock take+the makes+fun make+fun made+fun laugh "
            "puts+on put+on the+way my+accent my+voice my+english"
        ),
    ),
    _cue(
        _B,
        r"\b(?:give|gives|giving|gave|get|gets|getting|got|stuck with|lumbered with|left with) (?:me |her |hi"
        r"m )?"
        r"(?:every|all the|all of the|the worst|the dirty|the mucky|the rubbish|the crap|the horrible|the "
        r"shit|every single) (?:\w+ )?(?:jobs?|tasks?|shifts?|patients?|bays?)\b",
        "describes being given the worst work at work",
        needs=(
            r"\b(?:while|whilst|rest of|the rest|others|everyone else|sit|sat|sitting|always|months|weeks|"
            r"on purpose|only me|just me|because i am|call me|calls me)\b",
        ),
        unless=r"\b(?:everyone|we all|all of us|every new|new starters) (?:does|do|did|gets?|got|has|had)\b"
        r"|\bpart of (?:learning|the job)|\bfirst (?:week|day|few)\b|\bfair(?:ly)?\b",
        keys="every all+the all+of the+worst the+dirty the+mucky the+rubbish the+crap the+horrible the+shit",
        also=(
            "while whilst rest+of the+rest others everyone+else sit sat sitting always months weeks on+purpo"
            "se only+me just+me because+i call+me calls+me"
        ),
    ),
    _cue(
        _B,
        r"\b(?:tell|tells|telling|told) (?:the )?(?:patients|relatives|families|visitors|the team|everyone) "
        r"(?:not to (?:let me|ask me|trust me|listen to me)|(?:that )?i am (?:useless|thick|stupid|lazy|"
        r"incompetent|a liability|not a real))",
        "describes being undermined in front of others at work",
        keys="tell tells telling told",
    ),
    _cue(
        _B,
        r"\b(?:ignores|ignored|blanks|blanked|blanking|ignoring) (?:me|her|him)\b(?: (?:completely|totally|"
        r"every day|every shift|all shift))?[^.!?]{0,40}\b(?:only (?:speaks|talks) to|talks to everyone|"
        r"speaks to everyone|since i started|for (?:weeks|months)|every (?:shift|day)|on purpose)",
        "describes being shut out or singled out at work",
        keys="ignores ignored blanks blanked blanking ignoring",
    ),
    # --- unsafe staffing ------------------------------------------------------------------------------
    _cue(
        _ST,
        r"\b(?:the )?only (?:nurse|one|staff member|member of staff|hca|carer|qualified|rmn|rgn|person) "
        r"(?:on |on shift |on duty |working |about |around )?(?:was|is|were) (?:with|busy|stuck|tied up|"
        r"dealing|on (?:a|her|his) break|in another|elsewhere|at the other)",
        _SHORTAGE,
        keys="the+only only+nurse only+one only+staff only+member only+hca only+carer only+qualified "
        "only+rmn only+rgn only+person",
    ),
    _cue(
        _ST,
        r"\b(?:physically|just|simply) (?:could not|can not|was not able to|were not able to) (?:do|get round"
        r"|"
        r"keep up|manage|cover|see|check|watch|get to)\b"
        r"|\b(?:could not|can not|did not|never) get round (?:to )?(?:everyone|everybody|all|the whole)",
        _SHORTAGE,
        weight=1,
        keys="physically just+could just+can just+was just+were simply get+round",
    ),
    _cue(
        _ST,
        r"\b(?:just |only )?(?:two|three|2|3|one|1) (?:staff|nurses?|carers?|hcas?|of us|people|on) (?:for|"
        r"on|covering|across|to cover|looking after|running) (?:the )?(?:whole|entire|all|every)\b"
        r"|\b(?:that|so|too|really|very|badly|dangerously|well) short(?: staffed| of staff)?\b"
        r"(?! (?:notice|time|while|walk|drive|break|term|list|course|film|talk|video|meeting|session))"
        r"|\b(?:just|only) me and (?:one|a|an|the) (?:\w+ )?(?:hca|nurse|carer|staff|student|agency|bank|"
        r"apprentice)\b[^.!?]{0,20}\b(?:for|on|covering) (?:the )?(?:whole|entire|all)\b",
        _SHORTAGE,
        weight=1,
        needs=(r"\b(?:staff|staffed|they|we|us|nurses?|night|nights|shift|ward|obs|nobody|patients?)\b",),
        keys=" ".join(
            f"{count}+{who}"
            for count in ("two", "three", "2", "3", "one", "1")
            for who in ("staff", "nurse", "carer", "hca", "of", "people", "on")
        )
        + " just+me only+me that+short so+short too+short really+short very+short badly+short "
        "dangerously+short well+short",
    ),
    _cue(
        _ST,
        r"\b(?:two|2|three|3|just|only) (?:of us|staff|nurses|carers|hcas) (?:doing (?:obs|checks|"
        r"observations) )?(?:on|for|across|covering|with) (?:\w+ )?(?:\d+|six|seven|eight|nine|ten|twelve|"
        r"fifteen|twenty) (?:patients|residents|beds|people)\b[^.!?]{0,40}\b(?:\d+|two|three|four|five|six|"
        r"half|most|all) (?:of them )?(?:on|needing|need) (?:15|fifteen|close|enhanced|1:1|one to one|"
        r"hourly|2 to 1|two to one)",
        "describes too few staff for the patients",
        weight=3,
        keys="15 fifteen close enhanced 1:1 one+to hourly 2+to two+to",
    ),
    # --- medication error ---------------------------------------------------------------------------
    _cue(
        _M,
        r"\b(?:given|gave|had|got|received|was given) (?:\w+ ){0,4}(?:blood thinners?|thinners?|heart tablets"
        r"|"
        r"water tablets?|sleeping tablets|painkillers|pain relief|steroids|tablets|meds|medication|insulin|"
        r"injection|dose)\b[^.!?]{0,20}\b(?:twice|two times|double|again by)\b"
        r"(?! (?:a day|daily|as prescribed|like (?:it|the doctor) said))",
        "describes a dose doubled",
        keys="twice two+times double again+by",
    ),
    # --- unsafe care --------------------------------------------------------------------------------
    _cue(
        _C,
        r"\b(?:have not|has not|had not|were not|was not|are not|is not|never) (?:actually|really|even|"
        r"ever) (?:been )?(?:done|checked|carried out|happened|completed)\b",
        "describes checks recorded but not done",
        needs=(_CHECKS,),
        keys="not+actually not+really not+even not+ever never+actually never+really never+even never+ever",
    ),
    _cue(
        _C,
        r"\b(?:tick|ticks|ticked|ticking|sign|signs|signed|signing|fill|fills|filled|filling|write|writes|"
        r"wrote|written) (?:off |in |out |up )?(?:the )?(?:sheet|sheets|chart|charts|form|forms|box|boxes|obs"
        r"|"
        r"checks|paperwork)\b[^.!?]{0,50}\b(?:without|never|not|nobody|before|at the end)\b"
        r"|\b(?:are|were|is|was|get|gets|got|just|simply) (?:just )?(?:ticked|signed|filled in|filled out|"
        r"written up)\b[^.!?]{0,40}\b(?:without|never|not|nobody|before|at the end|afterwards|in advance)\b"
        r"|\b(?:just|simply) (?:tick|ticks|sign|signs|fill in|fills in) (?:the )?(?:sheet|sheets|chart|"
        r"charts|form|forms|box|boxes|obs|checks|paperwork)\b",
        "describes checks recorded but not done",
        needs=(_CHECKS,),
        unless=r"\b(?:training|audit found|spot check|we fixed|was sorted)\b",
        keys="tick ticks ticked ticking sign signs signed signing fill fills filled filling write "
        "writes wrote written are+just are+ticked are+signed are+filled are+written were+just "
        "were+ticked were+signed were+filled were+written is+just is+ticked is+signed is+filled "
        "is+written was+just was+ticked was+signed was+filled was+written get+just get+ticked "
        "get+signed get+filled get+written gets+just gets+ticked gets+signed gets+filled gets+written "
        "got+just got+ticked got+signed got+filled got+written just+ticked just+signed just+filled "
        "just+written just+tick just+ticks just+sign just+signs just+fill just+fills simply",
    ),
    _cue(
        _C,
        r"\b(?:thickened|thickener|soft diet|pureed|puree|modified diet|minced|mashable|iddsi|nil by mouth)"
        r"\b[^.!?]{0,50}\b(?:but|yet|still|and)\b[^.!?]{0,30}\b(?:gave|give|giving|gives|normal|thin|ordinary"
        r"|regular|sandwich\w*|toast|biscuits?|crisps|steak|a drink|drinks)\b",
        "describes a choking risk ignored",
        unless=r"\b(?:changed|updated|no longer|salt said|speech (?:and|&) language said|taken off)\b",
        keys="thickened thickener soft+diet pureed puree modified+diet minced mashable iddsi nil+by",
    ),
    _cue(
        _C,
        r"\b(?:meant to be|supposed to be|should be|should have been|was on|is on|were on) (?:on )?"
        r"(?:1 ?(?:to|:|-) ?1|one to one|close obs|enhanced obs|constant obs|level (?:3|4|three|four)|"
        r"eyesight obs|arms length|within eyesight)\b[^.!?]{0,80}\b(?:phone|asleep|sleeping|another room|"
        r"left (?:her|him|them|alone)|alone|nobody|on (?:her|his|their) break|outside|not there|wandered|"
        r"went missing|found|on the floor|scrolling|chatting|gone|hurt|harmed|injur\w*|cut|ligature|"
        r"self harm\w*)\b",
        "describes close observation abandoned",
        unless=r"\b(?:never|not once|did not|would not) (?:left|leave|leaves)\b",
        keys="meant+to supposed+to should+be should+have was+on is+on were+on",
    ),
)
