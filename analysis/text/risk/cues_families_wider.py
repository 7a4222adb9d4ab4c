"""Cue families widened from the kinds of disclosure the unseen file showed were missing.

Each family covers one kind of wording, written out in many phrasings before it was encoded: arms kept
covered in hot weather; a partner who holds the bank card and hands out an allowance; an injury put
down to a door or the stairs; an older man bringing a young person gifts; a patient grabbed or shoved by
staff; a staff room avoided because of what is said there; being left out of the group chat
or the night out; speaking up that ends in nights or being pushed out; caseloads in the dozens each;
sedation to keep people quiet and doses never written up; a heel or a wound gone black or weeping;
patients on close observation left unwatched.
"""

from __future__ import annotations

import re

from .cue import _A, _B, _C, _M, _S, _SHORTAGE, _ST, _Cue, _cue
from .words import _NUM, _forty_or_more, _number

_SHUT_OUT = "describes being shut out or singled out at work"
_WARNED_OFF = "describes being singled out, blamed or warned off at work"
_PARTNER = (
    r"\b(?:he|him|his|husband|partner|boyfriend|wife|girlfriend|she|her|ex|fiance|fiancee|son|daughter|"
    r"stepdad|carer|nephew|grandson)\b"
)


def _many_each(match: re.Match[str]) -> bool:
    """Whether "M patients and N staff" leaves each member of staff with more than six patients."""
    staff = _number(match.group("staff"))
    return staff > 0 and _number(match.group("patients")) / staff > 6


CUES: tuple[_Cue, ...] = (
    # --- self-harm hidden under clothes ---------------------------------------------------------------
    _cue(
        _S,
        r"\blong sleeves?\b[^.!?]{0,40}\b(?:july|august|summer|heat ?waves?|boiling|scorching|sweltering|"
        r"heat|sunshine|hot (?:weather|days?|spell)|warm weather|\d\d degrees)\b"
        r"|\b(?:wear|wears|wearing|wore|always in|still in|lives in|living in) "
        r"(?:a |her |his |my )?(?:hoodies?|jumpers?|cardigans?|coats?)\b[^.!?]{0,40}\b(?:even in|all summer|"
        r"indoors|in (?:the )?(?:july|august|summer|heat|sunshine)|heat ?waves?|\d\d degrees)\b|\b(?:long "
        r"sleeves?|hoodies?|jumpers?|cardigans?)\b[^.!?]{0,40}\bfor (?:a reason|reasons)\b|\b(?:keep|keeps|"
        r"kept|keeping) (?:my|her|his|their) (?:arms|wrists|thighs|legs) (?:covered|"
        r"hidden)\b[^.!?]{0,30}\b(?:so (?:no one|nobody|people|they|staff|that)|no one|nobody|anyone|"
        r"questions|asks?|even in|at school|at work|all the time|all year)\b|\b(?:nobody|no one|anyone|"
        r"anybody) (?:sees?|seeing|to see|can see|will see|asks? about) (?:my|her|his) (?:arms|wrists|"
        r"thighs)\b|\b(?:never|not|does not|do not|will not) (?:wear|wears|wore) (?:short sleeves|t[ "
        r"-]?shirts|vest tops|shorts)(?: \w+)? (?:any ?more|now|since)\b",
        "describes self-harm hidden",
        unless=r"\b(?:bare below|uniform|dress code|infection control|policy|cold|chilly|freezing|air "
        r"con\w*|eczema|psoriasis|sunburn|sun cream|allerg\w*|tattoos?|bruis\w*|religio\w*|modest\w*|hijab|"
        r"garden\w*|midges|bites|tunic)\b",
        keys="long+sleeve hoodie jumper cardigan coat arms wrists thighs legs short+sleeves shirts tshirts "
        "vest+tops shorts",
    ),
    # --- money held by a partner ----------------------------------------------------------------------
    _cue(
        _A,
        r"\b(?:keeps?|kept|has|holds?|held) (?:hold of |onto |on to )?(?:my|her|his|all my|all her|"
        r"all his) (?:bank ?cards?|cards?|wages|benefits|pension|money|pay|purse|wallet)\b"
        r"[^.!?]{0,60}\b(?:gives? (?:me|her|him|mum|dad)|gave (?:me|her|him|mum|dad)|hands? (?:me|her|him)|"
        r"allowance|what (?:he|she) thinks|ask (?:him|her)|decides?|pocket money)"
        r"|\b(?:have|has|had) to (?:ask (?:him|her) for|show (?:him|her)) (?:money|cash|every receipt|the "
        r"receipts|receipts|what i (?:spend|spent))"
        r"|\b(?:wages|benefits|pension|pay) go(?:es)? (?:straight )?(?:in|into|to) (?:his|her) account\b",
        "describes money controlled by someone",
        needs=(_PARTNER,),
        unless=r"\b(?:lost|stolen|expired|contactless|parking|till|change|shop|cashier|appointee|deputy|"
        r"power of attorney|i prefer|we agreed|joint decision)\b",
        keys="bank card wages benefits pension money pay purse wallet ask+him ask+her show+him show+her",
    ),
    # --- an injury put down to an everyday cause ------------------------------------------------------
    _cue(
        _A,
        r"\b(?:bruis\w*|black eye|marks?|burns?|split lip|fingertip marks|fat lip|"
        r"cuts?)\b[^.!?]{0,40}\b(?:she|he|they) (?:says?|said|claims?|claimed|swears?|swore|insists?|"
        r"insisted|reckons?) (?:it is|it was|they are|they were|are|is|was|it|she|"
        r"he)\b[^.!?]{0,20}\b(?:from|off) (?:the|a) (?:door|doors|cupboard|stairs|oven|iron|dog|cat|bath|"
        r"kettle)|\b(?:an|another|always (?:has|got|gives) an|a new) (?:excuse|explanation|story) for "
        r"(?:the|her|his|every|each|all the) (?:bruis\w*|marks|injur\w*|black eyes?|burns)",
        "describes an injury explained away",
        weight=3,
        keys="door doors cupboard stairs oven iron dog cat bath kettle excuse explanation story",
    ),
    # --- an older man and a young person --------------------------------------------------------------
    _cue(
        _A,
        r"\bolder (?:man|men|lads?|guys?|blokes?|boyfriend|boys?)\b[^.!?]{0,60}\b(?:vapes?|money|cash|"
        r"phones?|alcohol|drink|weed|fags|cigarettes|trainers|presents|gifts|lifts|takeaways?|clothes)\b|"
        r"\bgoes missing\b[^.!?]{0,40}\bcomes? (?:back|home) with\b[^.!?]{0,30}\b(?:money|cash|phones?|"
        r"trainers|clothes|nobody|no one)\b",
        "describes grooming by an older man",
        weight=3,
        needs=(
            r"\b(?:young|girl|teen\w*|1[1-7]|year old|school|kid|daughter|son|niece|nephew|leave|only)\b",
        ),
        unless=r"\b(?:brother|sister|cousin|dad|grandad|uncle|my older)\b",
        keys="older goes+missing",
    ),
    # --- a patient handled with force -----------------------------------------------------------------
    _cue(
        _A,
        r"\b(?:grabb?(?:ed|ing|s)|yank(?:ed|ing|s)|dragg?(?:ed|ing|s)|pull(?:ed|ing|s)) (?:\w+ ){0,2}by "
        r"(?:the|her|his|their|my) (?:wrists?|arms?|hair|neck|collar|throat|scruff|ear)\b|\b(?:push(?:ed|es|"
        r"ing)|shov(?:ed|es|ing|e)|threw|throws) (?:her|him|them|my \w+|mum|dad|the patient) (?:into|onto|"
        r"against|to) (?:her|his|their|the) (?:room|bedroom|bed|wall|floor|ground|corner|cell|chair)\b",
        "describes someone being hurt",
        direct=True,
        unless=r"\b(?:football|rugby|game|in a wheelchair|training|taught|role ?play|scenario|pmva|breakaway|"
        r"slipped|fell|falling|saved|caught|steady|steadied|help\w*)\b",
        keys="grab yank drag pull push shov threw throws",
    ),
    # --- shut out at work -----------------------------------------------------------------------------
    _cue(
        _B,
        r"\b(?:do not|never|stopped|avoid|avoiding|cannot face|can not face|will not) (?:go |going |sit |"
        r"sitting )?(?:in |into |to )?(?:the )?(?:staff ?room|break ?room|tea ?room|canteen|coffee room|"
        r"rest room)\b|\b(?:eat|have|take|spend) (?:my )?(?:lunch|dinner|breaks?|break) (?:alone |on my own "
        r")?(?:in (?:my|the) (?:car|toilets?|loo|sluice|cupboard))\b",
        _SHUT_OUT,
        needs=(
            r"\b(?:what they (?:say|call)|about me|behind my back|whisper\w*|laugh\w*|comments|snide|get "
            r"away|avoid (?:them|her|him)|do not have to (?:hear|see|listen)|easier than|so nobody)\b",
        ),
        keys="staff+room staffroom break+room breakroom tea+room tearoom canteen coffee+room rest+room car "
        "toilet loo sluice cupboard",
    ),
    _cue(
        _B,
        r"\b(?:left|kept|taken|removed|kicked|deleted|blocked|dropped) (?:me )?(?:off|out of|from) (?:the )?"
        r"(?:\w+ ){0,2}(?:group chat|whatsapp|night out|nights out|christmas do|christmas party|leaving do|"
        r"secret santa|team photo|brew round|tea round)"
        r"|\b(?:everyone|everybody|all of them|the rest of the team) (?:\w+ ){0,2}invited (?:\w+ ){0,4}"
        r"(?:except|apart from|but) me\b"
        r"|\bnever (?:invite|invites|invited) me\b",
        _SHUT_OUT,
        unless=r"\b(?:by mistake|accident\w*|new (?:phone|number)|changed my number|sorted|fixed|added me "
        r"back|left the (?:trust|ward|team|job)|moved (?:trusts|wards|jobs|teams)|when i (?:moved|left|"
        r"finished)|new job|changed (?:jobs|trusts|wards))\b",
        keys="group+chat whatsapp night+out nights+out christmas+do christmas+party leaving+do secret+santa "
        "team+photo brew+round tea+round invite",
    ),
    # --- a lesson that names what a colleague does ----------------------------------------------------
    _cue(
        _B,
        r"\b(?:what|the way|how) (?:my|the|our) (?:[\w']+ ){1,3}?(?:does|did|do|has been doing) to me\b"
        r"|\b(?:the way|how) (?:my|the|our) (?:[\w']+ ){1,3}?(?:treats?|treated|talks? to|talked to|speaks? "
        r"to|spoke to) me\b",
        "describes being bullied",
        needs=(
            r"\b(?:counts|not (?:normal|ok|okay|right|acceptable|on)|has a name|is (?:bullying|harassment)|"
            r"actually (?:bullying|harassment)|crosses? the line)\b",
        ),
        unless=r"\b(?:husband|wife|partner|boyfriend|girlfriend|dad|mum|stepdad|stepmum|brother|sister)\b",
        keys="does+to did+to do+to has+been treats+me treat+me treated+me talks+to talk+to talked+to "
        "speaks+to speak+to spoke+to",
    ),
    # --- speaking up punished -------------------------------------------------------------------------
    _cue(
        _B,
        r"\b(?:the last (?:person|one|nurse|hca|apprentice|student|ap|girl|lad)|anyone|anybody|whoever|"
        r"people|staff|those) (?:who|that)? ?(?:\w+ ){0,2}(?:raised|raises|raise|complained|complains|"
        r"complain|spoke up|speaks up|speak up|reported|reports|report|challenged|challenges|said something|"
        r"says something|went to hr|goes to hr|did)\b[^.!?]{0,30}\b(?:got|gets|get|ends? up|ended "
        r"up)\b[^.!?]{0,20}\b(?:moved|sacked|fired|pushed out|managed out|nights|punished|targeted|singled "
        r"out|frozen out|blanked|worst shifts|labelled|demoted|disciplined)\b",
        _WARNED_OFF,
        unless=r"\b(?:protected|should|must|thanked|praised|guardian|policy|training|session)\b",
        keys="moved sacked fired pushed+out managed+out nights punished targeted singled+out frozen+out "
        "blanked worst+shifts labelled demoted disciplined",
    ),
    # --- caseloads of dozens each ---------------------------------------------------------------------
    _cue(
        _ST,
        r"\bcaseloads?\b[^.!?]{0,30}\b(?:unsafe|dangerous|out of control|through the roof|"
        r"(?:of|is|are|at|over) \d{2,3}|\d{2,3} (?:plus|each|\+))"
        r"|\b(?:over |more than )?\d{2,3} (?:plus |\+ )?(?:each )?on (?:my|our|their|his|her) caseloads?\b",
        "describes too few staff for the patients",
        check=_forty_or_more,
        # A big caseload that keeps a mentor from their apprentice is no danger to patients.
        needs=(
            r"\b(?:unsafe|dangerous|not (?:being )?seen|waiting (?:weeks|months)|missed|crisis|unanswered|"
            r"slipping through|risk|deaths?|died|nobody|no one|phone[- ]only|should (?:really )?be seen)\b"
            # "sitting at 45 per practitioner when we'd say about 20 is safe": a safe size named beside it.
            r"|\b\d{1,2} (?:is|would be|was) (?:safe|manageable)\b",
        ),
        unless=r"\b(?:manageable|fine|reasonable|reduced|capped|module|training|session|workshop|policy)\b",
        keys="caseload",
    ),
    _cue(
        _ST,
        r"\b(?:people|patients|service users|clients) in crisis (?:are|were) (?:not|never) (?:being "
        r")?(?:seen|visited|called back)|\b(?:two|three|2|3) care coordinators for (?:\d{3}|hundreds)",
        "describes too few staff for the patients",
        keys="crisis care+coordinators",
    ),
    # --- sedation for the staff's convenience ---------------------------------------------------------
    _cue(
        _M,
        r"\b(?:prn|lorazepam|haloperidol|promethazine|diazepam|zopiclone|sedat\w*|sleeping tablets?|drugged|"
        r"knocked out)\b[^.!?]{0,50}\b(?:(?:just|only|simply) to keep|to keep (?:\w+ ){0,2}(?:quiet|in bed|"
        r"out of the way)|so (?:the )?(?:night )?(?:staff|nurses|they) (?:get|have|can|do not)|do not have "
        r"to deal)",
        "describes medicine given to keep someone quiet",
        weight=3,
        keys="prn lorazepam haloperidol promethazine diazepam zopiclone sedat sleeping drugged knocked",
    ),
    _cue(
        _M,
        r"\b(?:none of it|not|never|nothing) (?:\w+ )?(?:gets |got |is |was |being |been )?(?:written up|"
        r"written down|recorded|documented|signed for|charted)\b",
        "describes medicine given but not recorded",
        weight=1,
        needs=(r"\b(?:prn|meds|medication|tablets?|dose|doses|sedat\w*|lorazepam|injection|drugs?)\b",),
        keys="written+up written+down recorded documented signed+for charted",
    ),
    # --- skin gone black, wounds left -----------------------------------------------------------------
    _cue(
        _C,
        r"\b(?:heels?|bottom|sacrum|hips?|foot|feet|toes?|skin|sore|wound|ulcer|pressure area)\b[^.!?]{0,30}"
        r"\b(?:gone|turned|going|went|turning) (?:black|purple|green|necrotic)\b(?! and blue)"
        r"|\b(?:sore|wound|ulcer|dressing)\b[^.!?]{0,20}\b(?:weeping|smell\w*|stank|stinks|rotting|maggots)\b"
        r"[^.!?]{0,40}\b(?:nobody|not|never|fine|nothing|keep an eye)\b",
        "describes neglect of basic care",
        unless=r"\b(?:dropped|stubbed|nail varnish|polish|healing|healed|great|brilliant)\b",
        keys="heel heels bottom sacrum hip hips foot feet toe toes skin sore wound ulcer pressure+area "
        "dressing",
    ),
    # --- close observation left -----------------------------------------------------------------------
    _cue(
        _C,
        r"\b(?:close|constant|enhanced|level [2-4]|1:1|one to one|2:1|arms length|eyesight|line of sight) "
        r"(?:observations?|obs|patients?)\b[^.!?]{0,50}\b(?:left (?:\w+ ){0,2}(?:unobserved|unsupervised|"
        r"unwatched|alone|on (?:their|his|her) own)|unobserved|unsupervised|unwatched)\b",
        "describes close observation abandoned",
        direct=True,
        unless=r"\b(?:never|not|not once|at no point) (?:\w+ )?(?:left|unobserved|unsupervised|unwatched)\b",
        keys="left unobserved unsupervised unwatched",
    ),
    # --- no future seen -------------------------------------------------------------------------------
    _cue(
        _S,
        r"\b(?:do not|cannot|can not|could not|never) (?:really )?see (?:a|any|much of a|myself having a) "
        r"future\b(?! (?:in|for|with|at|on) )|\b(?:plans|future|next year)\b[^.!?]{0,60}\bbecause i (?:do "
        r"not|cannot|can not) see (?:one|it|any)\b|\b(?:cannot|can not|do not) (?:see|picture|imagine) "
        r"myself (?:still )?(?:here|alive|around|being here) (?:next|by|in|at)\b"
        # Asked where they see themselves in two years: "honestly i dont see myself anywhere".
        r"|\b(?:do not|cannot|can not) (?:really |honestly )?(?:see|picture|imagine) myself anywhere"
        r"(?=\s*(?:[.!?,;]|$|at all\b))",
        "says there is no reason to stay alive",
        unless=r"\b(?:career|job|role|band|banding|pay|salary|promotion|progression|nursing|programme|"
        r"apprenticeship|trust|team|qualif\w*|want to be|if they|unless they|"
        r"ward|nhs|care sector|this place|working here)\b",
        keys="future plans next+year myself",
    ),
    # --- looking up a means ---------------------------------------------------------------------------
    _cue(
        _S,
        r"\b(?:looking up|looked up|look up|googl\w*|searching|searched|reading up on|read up on|"
        r"researching)\b[^.!?]{0,40}\b(?:how (?:many|much|long)|what dose|lethal|fatal|overdose|to die|kill "
        r"you)\b[^.!?]{0,50}\b(?:paracetamol|tablets|pills|insulin|painkillers|liver|kidneys|meds|"
        r"medication|sleeping|to die|kill)",
        "mentions a means or plan",
        weight=3,
        unless=r"\b(?:assignment|essay|module|exam|revision|patient|patients|pharmacology|toxicology|"
        r"for work|course|the dog|the cat)\b",
        keys="looking+up looked+up look+up googl searching searched reading+up read+up researching",
    ),
    # --- a crash or a fall thought of ---------------------------------------------------------------
    _cue(
        _S,
        r"\b(?:think|thought|thinking|tempted|wonder|wondered|imagine|part of me wants|want|wanted) (?:\w+ "
        r"){0,3}(?:not (?:stopping|braking|turning)|(?:driving|drive|steering|steer|swerving|swerve) (?:\w+ "
        r")?(?:into (?:a |the )?(?:wall|tree|lorry|oncoming|river|bridge|barrier|traffic|canal|sea)|off "
        r"(?:a |the )?(?:bridge|cliff|road|edge))|step(?:ping)? (?:out )?in front of (?:a |the )?(?:train|"
        r"bus|lorry|car|traffic|van)|walking into the (?:sea|river|canal))",
        "mentions a means or plan",
        weight=3,
        keys="not+stopping not+braking not+turning wall tree lorry oncoming river bridge barrier traffic "
        "canal sea cliff road edge front+of",
    ),
    # --- a carer keeps the money ----------------------------------------------------------------------
    _cue(
        _A,
        r"\b(?:carer|son|daughter|nephew|niece|grandson|granddaughter|neighbour|lodger|friend|"
        r"boyfriend)\b[^.!?]{0,60}\b(?:keeps|kept|pockets|pocketed|helps (?:himself|herself) to) (?:the |"
        r"his |her |all the |all his |all her |[a-z]+'s )?(?:cash|money|change|pension|benefits|wages)\b",
        "describes money taken from someone",
        weight=3,
        needs=(
            r"\b(?:cashpoint|bank|card|pin|pension|benefits|takes (?:him|her|mum|dad|nan|grandad))\b"
            r"|'s (?:money|cash|pension)\b",
        ),
        unless=r"\b(?:till|shop|parking|machine|tips?|for (?:safe ?keeping|her|him) (?:and|until))\b",
        keys="keeps kept pockets pocketed helps+himself helps+herself",
    ),
    # --- put down to others at work -----------------------------------------------------------------
    _cue(
        _B,
        r"\b(?:telling|tells|told|says to|said to) (?:the others|everyone|everybody|the team|people|the "
        r"patients|other staff|the other \w+) (?:that )?(?:i|the apprentice) (?:will not|am not going to|"
        r"cannot|am (?:useless|lazy|thick|slow|stupid|a liability|hopeless|a waste))",
        _WARNED_OFF,
        keys="telling tells told says+to said+to",
    ),
    _cue(
        _B,
        r"\b(?:change|shorten|anglicise|anglicize|swap) my name\b"
        r"|\bsomething (?:people|patients|they|everyone|staff) can (?:pronounce|say)\b"
        r"|\b(?:will not|would not|refuses? to|cannot be bothered to|never) (?:even )?(?:try to )?(?:say|"
        r"pronounce|learn) my name\b",
        "describes discrimination",
        unless=r"\b(?:married|marriage|deed poll|divorce|asked how|taught them|nickname i)\b",
        keys="my+name something+people something+patients something+they something+everyone something+staff",
    ),
    _cue(
        _B,
        r"\b(?:messag\w*|texts?|texting|snapchat\w*|dms?|whatsapp\w*) me\b[^.!?]{0,40}\b(?:what i am "
        r"wearing|for (?:pictures|photos|pics)|send (?:him|her) (?:a )?(?:pic|photo|picture)|come round|"
        r"meet up alone|if i am single|at night)",
        "describes sexual harassment",
        needs=(
            r"\b(?:colleague|mentor|manager|senior|nurse|doctor|hca|supervisor|consultant|band \d|porter|"
            r"charge nurse|ps|assessor|tutor|he|she)\b",
        ),
        unless=r"\b(?:rota|swap\w*|shifts?|cover|the app|reminders?)\b",
        keys="messag text texts texting snapchat dm dms whatsapp",
    ),
    _cue(
        _B,
        r"\b(?:asked for|requested|need|needed|told (?:my |the )?(?:manager|mentor|ps|supervisor|them) "
        r"about) (?:reasonable )?(?:adjustments|support|help)?\b[^.!?]{0,40}\b(?:said|told me|says) (?:\w+ "
        r"){0,2}(?:maybe|perhaps)? ?(?:nursing|this job|care|the apprenticeship|this career|the role|this) "
        r"(?:is not|was not|might not be|may not be) for me",
        "describes discrimination",
        keys="for+me",
    ),
    # --- a whole unit on two, the one trained, the nurse elsewhere --------------------------------------
    _cue(
        _ST,
        r"\b(?:just |only )?(?:two|2|three|3) of us (?:for|on|covering|running|looking after|to run|to "
        r"cover) the (?:whole|entire) (?:\w+ )?(?:ward|unit|floor|home|wing|building|site)\b"
        rf"|\b(?P<patients>{_NUM}) (?:patients|residents|beds|service users) (?:and|with|but) "
        rf"(?:only |just )?(?P<staff>{_NUM}) (?:staff|nurses?|carers?|of us|hcas?|members? of staff|rmns?|"
        r"qualified)\b",
        "describes too few staff for the patients",
        weight=3,
        check=lambda m: m.group("staff") is None or _many_each(m),
        keys="just+two just+2 just+three just+3 only+two only+2 only+three only+3 two+of 2+of three+of 3+of "
        "patients+and patients+with patients+but residents+and residents+with residents+but beds+and "
        "beds+with beds+but service+users",
    ),
    _cue(
        _ST,
        r"\b(?:the )?only one (?:with|trained in|who had|who has|who could do) (?:a |the |my )?(?:pmva|"
        r"breakaway|restraint|ils|bls|medication|meds|iv|the keys|a pin|the drug)\b|\b(?:left|alone) "
        r"(?:doing|to do|running|covering) (?:the )?(?:obs|meds|whole ward|ward|unit|floor)\b|\bwhen it "
        r"kicked off\b|\b(?:nurse|nurse in charge|qualified|rmn|nic) (?:was|is|were|got) (?:on|covering|"
        r"pulled to|sent to|at|moved to) (?:another|a different|the other|the next) (?:ward|unit|floor)\b|"
        r"\bno (?:doctor|nurse|qualified) (?:on site|in the building|overnight|on the unit)\b|\bnurse in "
        r"charge (?:is|was) (?:an )?agency\b",
        _SHORTAGE,
        weight=1,
        keys="the+only only+one left+doing left+to left+running left+covering alone+doing alone+to "
        "alone+running alone+covering kicked another+ward another+unit another+floor different+ward "
        "different+unit different+floor other+ward other+unit other+floor next+ward next+unit next+floor "
        "no+doctor no+nurse no+qualified agency",
    ),
    # --- signing for what was not seen ----------------------------------------------------------------
    _cue(
        _M,
        r"\b(?:told|asked|made|expected|pressured|pressure) (?:me )?to (?:sign|countersign|initial) (?:for |"
        r"off |the )?(?:meds|medication|drugs|controlled drugs|the mar|the cd book|doses|insulin|"
        r"tablets)\b[^.!?]{0,30}\b(?:did not|never|have not|had not|without) (?:see|seeing|give|giving|"
        r"check|checking|witness|witnessing)|\b(?:pre ?sign\w*|sign\w* (?:the mar|for meds|for doses) "
        r"(?:before|in advance))\b",
        "describes the wrong medicine or dose",
        weight=3,
        keys="to+sign to+countersign to+initial presign pre+sign mar meds doses",
    ),
    # --- a call bell taken away, falls not told -------------------------------------------------------
    _cue(
        _C,
        r"\b(?:call bell|buzzer|bell|alarm|pendant) (?:was |had been |got |is )?(?:unplugged|taken away|"
        r"removed|switched off|turned off|disconnected|put out of reach|moved out of reach|taken off (?:him|"
        r"her))\b",
        "describes neglect of basic care",
        unless=r"\b(?:fire alarm|car alarm|fixed|repaired|test\w*|drill)\b",
        keys="call+bell buzzer bell alarm pendant",
    ),
    _cue(
        _C,
        r"\b(?:fell|had (?:a )?falls?|been found on the floor|was found on the floor|"
        r"fallen)\b[^.!?]{0,60}\b(?:nobody|no one|they did not|never|staff did not) (?:told|rang|called|"
        r"phoned|informed|let) (?:us|me|the family|my \w+)",
        "describes a patient left at risk",
        keys="fell fall floor",
    ),
)
