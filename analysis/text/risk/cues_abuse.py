"""Cues of abuse and coercive control."""

from __future__ import annotations

from .cue import _A, _Cue, _cue
from .words import _ERRAND, _KIN, _PERSON, _VICTIM

CUES: tuple[_Cue, ...] = (
    # --- abuse and coercive control ---------------------------------------------------------------
    _cue(_A, r"\babus(?:e|ed|es|ive|ing|er)\b", "names abuse", direct=True, topic=True, keys="abus"),
    _cue(
        _A,
        r"\b(?:sexually|physically|financially|emotionally|verbally) (?:assaulted|abused|exploited|attacked)"
        r"|\b(?:was|been|being|got|get|gets|is|am|were) (?:\w+ )?(?:assaulted|abused|raped|molested|groped|"
        r"attacked|beaten up|battered)\b"
        r"|\braped\b|\brape\b(?! (?:alarm|crisis))"
        r"|\babus(?:es|ed|ing) (?:me|her|him|them|us)\b|\babusive (?:partner|husband|wife|relationship|ex|"
        r"boyfriend|girlfriend|marriage|father|mother|dad|mum|home|son|daughter|brother|family)",
        "describes abuse",
        direct=True,
        keys=(
            "sexually physically financially emotionally verbally assault abus rape molest grop attack "
            "beaten batter"
        ),
    ),
    _cue(
        _A,
        r"\b(?:domestic (?:abuse|violence)|coercive control\w*|coercion|financial abuse|sexual abuse|"
        r"sexual exploitation|grooming gang|honour based|forced marriage|modern slavery|fgm)\b",
        "names domestic or sexual abuse",
        direct=True,
        topic=True,
        keys="domestic coerci financial sexual grooming honour forced modern fgm",
    ),
    _cue(_A, r"\bassault\w*", "names assault", direct=True, topic=True, keys="assault"),
    _cue(
        _A,
        rf"\b{_PERSON} (?:\w+ ){{0,2}}(?:hits|hit|hitting|hurts|hurt|beats|beat|beating|punche[sd]|punch|"
        r"punching|kicks|kicked|kick|kicking|slaps|slapped|slap|slapping|strangl\w*|chokes|choked|choking|"
        r"pushes|pushed|push|shoves|shoved|shove|grabs|grabbed|grab|bites|bit|pinch\w*|drags|dragged|"
        r"throttl\w*|batter\w*|smacks|smacked|smack|headbutt\w*|spits at|spat at|throws things at|"
        r"threw things at|burns|burnt|burned) "
        rf"{_VICTIM}\b(?! (?:hard|home|so much|deeply|a lot|the most|like a|because|harder|forward|to be "
        r"better|to do better|to improve|out of my comfort|(?:but )?in a good way|off (?:the |my |his |her "
        r"|their )?(?:list|course|caseload|books|programme|group|groups|register|waiting list)\b))",
        "describes someone being hurt",
        direct=True,
        keys=(
            "hit hurt beat punch kick slap strangl chok push shov grab bite bit pinch drag throttl batter "
            "smack headbutt spit spat throw threw burn threaten"
        ),
    ),
    _cue(
        _A,
        # A course threatening to withdraw an apprentice for missed days is a process, not a threat of harm.
        r"\b(?:threaten\w*) (?:to (?!withdraw me|remove me from|take me off the)|me|her|him|us|that)"
        r"|\bthreats? (?:to|from|against)\b"
        r"|\b(?:said|says|told me) (?:he|she|they) (?:would|will|is going to|was going to) (?:hurt|kill|"
        r"take the kids|take my kids|leave me with nothing|throw me out|put me in|have me)"
        r"|\bnobody (?:would|will) believe (?:me|you|her|him)\b|\bour (?:little )?secret\b"
        r"|\b(?:said|says|threatened|told me) (?:that )?(?:he|she|they) (?:would|will|will have|would have) "
        r"(?:stop|take|keep) (?:me|the kids|my kids|my children|the children)\b",
        "describes threats or secrecy",
        keys="threat believe secret said says told",
    ),
    _cue(
        _A,
        r"\bwalk(?:s|ing)? on egg ?shells|\b(?:scared|afraid|frightened|terrified|petrified) "
        r"(?:of (?:him|her|them|my (?:husband|partner|boyfriend|girlfriend|dad|mum|brother|ex|son|daughter|"
        r"stepdad|carer|father|mother))|to (?:go home|go back home|tell (?:him|her|anyone|them)|leave|be at "
        r"home)|of going home|what (?:he|she|they) (?:will|would|might) do|for my (?:life|safety|kids|"
        r"children))|\b(?:scared|fear\w*|afraid) for my (?:life|safety)\b"
        r"|\b(?:gets|goes|get|go|got|went) (?:really |so )?(?:angry|mad|nasty|violent|jealous|funny|crazy) "
        r"(?:if|when) (?:i|she|he) (?:talk|speak|see|go|leave|text|ring|spend|wear|look|am late|come)"
        r"|\bone wrong (?:word|move)\b",
        "describes living in fear of someone",
        keys=(
            "egg scared afraid frighten terrified petrified fear angry mad nasty violent jealous funny "
            "crazy one+wrong"
        ),
    ),
    _cue(
        _A,
        rf"\b{_PERSON} (?:\w+ )?(?:will not|does not|do not|did not|would not|never) let (?:me|her|him) "
        r"(?!go to (?:uni|college|my study|training|study|placement)|have (?:my|a) (?:study|training|day off|"
        r"break|leave|lunch))(?:see|go|leave|have|talk|speak|use|out|visit|work|drive|wear|eat|sleep|keep|"
        r"contact|phone|call|ring|meet|answer|open|spend|get)\b"
        r"|\b(?:will not|does not|do not) let (?:me|her|him) (?:see|visit|talk to|speak to|ring|call"
        r"|go "
        rf"out with|contact) (?:my |her |his )?{_KIN}"
        r"|\b(?:i am|i was|she is|he is|am|is|was|i|she|he) not allowed (?:to )?(?:go out|out|see|leave|"
        r"talk to|speak to|have|go|visit|my own|any|a phone|a bank|to work|wear|eat|drive|use)"
        r"|\b(?:ask|asking|need|get|have to get) (?:his |her |their )?permission to (?:go|leave|see|spend|"
        r"buy|eat|wear|talk)"
        r"|\b(?:checks|checking|goes through|go through|reads|tracks|tracking|monitors|monitoring|went "
        r"through|checked) (?:all )?(?:my|her|his) (?:phone|messages|texts|bank|emails|location|spending|"
        r"receipts|bag)"
        r"|\btracks where (?:i|she|he)|\b(?:following|follows|followed) me (?:home|around|everywhere)|"
        r"\bturn(?:s|ing|ed)? up at my (?:door|house|flat|work)"
        r"|\b(?:takes|took|keeps|hides|hid|has|holds|controls|smashed|broke|breaks|smashes) (?:all )?my "
        r"(?:money|bank card|card|cards|benefits|pension|wages|passport|car keys|keys|phone)\b"
        r"(?! (?:for|to charge|in case))"
        r"|\b(?:make|makes|made) me sign|\bin (?:his|her) name now"
        r"|\bhas to come (?:in )?with me|\banswers? for me\b|\bspeaks? for me\b"
        r"|\bcontrols? (?:all )?(?:the|my) (?:money|finances)|\bcontrols? (?:everything|what i|who i|where i"
        r"|my life)|\b(?:tells|decides) (?:me )?(?:what i (?:can )?wear|who i (?:can )?see"
        r"|where i (?:can )?go)"
        r"|\bcontrolling (?:partner|husband|boyfriend|relationship|behaviour|wife|girlfriend|ex)"
        r"|\block(?:s|ed|ing)? (?:me|her|him|them) (?:in|out)\b(?! of (?:my|the) (?:account|email|system))"
        r"|\b(?:stop|stops|stopped|stopping) (?:me|her|him) (?:from )?(?:seeing|visiting|going out"
        r"|talking to|"
        r"speaking to|leaving|having|contacting|coming to group|coming here|coming to the group|seeing the)"
        r"|\b(?:hand|hands|handing|give|gives|giving) (?:over )?(?:him |her |them |my \w+ )?(?:all )?my "
        r"(?:wages|money|pension|benefits|bank card|card|pin)\b(?! (?:back|to the bank))"
        r"|\b(?:or|otherwise|else) (?:he|she|they) (?:gets|will get|goes|will go|get) (?:\w+ )?(?:nasty"
        r"|angry|"
        r"violent|mad|funny|physical|handy)"
        r"|\b(?:can not|could not|not allowed to) (?:call|ring|phone|contact|text|see) anyone",
        "describes being controlled by someone",
        unless=_ERRAND,
        keys=(
            "not+let never+let never+lets allowed permission checks+my check+my checking+my checked+my "
            "reads+my read+my tracks+my tracking+my monitors+my monitoring+my goes+through go+through "
            "went+through tracks+where follows+me following+me followed+me turn+up turns+up turning+up "
            "turned+up my+money my+bank my+card my+cards my+benefits my+pension my+wages my+passport "
            "my+car my+keys my+phone all+my make+me makes+me made+me his+name her+name has+to answers+for "
            "answer+for speaks+for speak+for controls control tells+me decides+what decides+who "
            "decides+where tells+what tells+who tells+where decides+me controlling locks+me lock+me "
            "locked+me locking+me locks+her locked+her locks+him locked+him locks+them stop+me stops+me "
            "stopped+me stopping+me stop+her stops+her stopped+her stop+him stopped+him hand+over "
            "hands+over handing+over give+him give+her give+them give+my gives+him gives+her giving+him "
            "giving+her give+all gives+all giving+all hand+all or+he or+she or+they otherwise else+he "
            "else+she anyone checks+her checks+his check+her check+his checking+her checking+his "
            "checked+her checked+his reads+her reads+his read+her read+his tracks+her tracks+his "
            "tracking+her tracking+his monitors+her monitors+his monitoring+her monitoring+his lock+me "
            "lock+her lock+him lock+them locks+me locks+her locks+him locks+them locked+me locked+her "
            "locked+him locked+them locking+me locking+her locking+him locking+them stop+me stop+her "
            "stop+him stops+me stops+her stops+him stopped+me stopped+her stopped+him stopping+me "
            "stopping+her stopping+him my+wages my+pin else+they all+my all+her all+his"
        ),
    ),
    _cue(
        _A,
        r"\bcomes? (?:in|into) my (?:room|bed|bedroom) (?:at night|when)"
        r"|\b(?:touch(?:es|ing)|feel(?:s|ing)? up|fondl\w*|groped?|groping) (?:me|her|him|them|patients?|"
        r"residents?)\b(?! (?:on the (?:shoulder|arm|hand)|base|(?:fore)?arms?\b|wrists?\b|hands?\b"
        r"|shoulders?\b))"
        r"|\btouched (?:me|her|him|them) (?:inappropriately|sexually|intimately|in a sexual way|where"
        r"|down there|at night|in (?:my|her|his|the) "
        r"(?:room|bed|bedroom)|on (?:my|her|his) (?:bum|bottom|breasts?|chest|legs?|thighs?|private))"
        r""
        r"|\b(?:makes|made|forces|forced|make|pressur\w*) (?:me|her|him) (?:\w+ )?(?:have sex|do sexual|"
        r"watch porn|send (?:photos|pictures|pics|nudes)|do (?:things|stuff|it)|sleep with)"
        r"|\bsend (?:him |her )?(?:photos|pictures|pics|nudes)\b|\bagainst my will\b|\bwithout my consent"
        r"|\b(?:did|do) not (?:consent|want to)\b(?! get (?:up|out))[^.!?]{0,20}\b(?:sex|bed|touch)"
        r"|\bin bed\b[^.!?]{0,30}"
        r"\b(?:do not want|did not want|forced|makes me|made me)",
        "describes sexual abuse or its risk",
        keys=(
            "my+room my+bed my+bedroom touch fondl grop sexual have+sex do+sexual watch+porn send+photos "
            "send+pictures send+pics send+nudes do+things do+stuff do+it sleep+with send+him send+her "
            "against+my consent bed sex feel+up feels+up feeling+up"
        ),
    ),
    _cue(
        _A,
        r"\b(?:told|made|make|makes|forced|had|have|has) (?:me |her |him )?to (?:say|tell [\w ]{1,20}?) "
        r"(?:that )?(?:i|she|he) (?:fell|walked into|tripped|bumped|slipped)"
        r"|\b(?:i|she|he) (?:did not|never) (?:fall|fell|walk into|trip)\b|\bwalked into a door\b"
        r"|\b(?:bruises?|marks|black eye|injur\w*) (?:are|were|is|was) from (?:him|her|my|them)",
        "describes an injury being hidden",
        keys="bump slip to+say to+tell fall fell walk trip bruis mark black injur",
    ),
    _cue(
        _A,
        r"\b(?:quiet|scared|frightened|withdrawn|terrified|flinch\w*|tense|upset|cries|crying) when "
        r"(?:a |one |that |the |this |certain )?(?:certain |particular )?(?:staff|night worker|worker|carer|"
        r"nurse|member of staff|hca|support worker|man|male)"
        # Nerves about a needle or a dressing are not fear of the person doing it.
        r"(?![^.!?]{0,25}\b(?:bloods?|blood tests?|injections?|jabs?|needles?|cannulas?|dressings?|"
        r"catheters?|blood pressure|swabs?)\b)"
        r"|\b(?:terrified|scared|frightened|afraid) of (?:the |certain |one of the )?(?:staff|nurses|carers|"
        r"them|night staff)\b"
        r"|\b(?:rough|heavy handed|aggressive|nasty|cruel|sadistic) (?:with|to|towards) (?:the |a |some )?"
        r"(?:\w+ )?(?:patients|residents|service users|clients|him|her|them|mum|dad|people)\b"
        r"|\b(?:staff|nurses?|carers?|hcas?|workers?)\b[^.!?]{0,30}\b(?:laugh(?:ed|ing|s)? at|mock\w*|"
        r"taunt\w*|humiliat\w*|called (?:him|her|them) names|swore at|swear at|shout\w* at|scream\w* at|"
        r"goad\w*|wind\w* up) (?:a |the |some )?(?:patient|resident|him|her|them|service user|my \w+)",
        "describes someone mistreated by a person caring for them",
        keys=(
            "quiet scared frighten withdrawn terrified flinch tense upset cries crying afraid rough heavy "
            "aggressive nasty cruel sadistic laugh mock taunt humiliat called swore swear shout scream "
            "goad wind"
        ),
    ),
    _cue(
        _A,
        r"\b(?:is|are|was|were|been|being) being (?:hurt|hit|harmed|abused|beaten|mistreated|assaulted|"
        r"exploited|groomed|neglected|touched)\b|\b(?:is|are|was|were|been|getting|gets) (?:hit|abused"
        r"|beaten|"
        r"mistreated|assaulted|exploited|groomed|battered)\b",
        "says someone is being hurt",
        needs=(
            r"\b(?:son|daughter|child|children|kids|kid|neighbour'?s?|brother|sister|mum|dad|patient"
            r"|patients|"
            r"resident|residents|she|he|they|friend|her|him|girl|boy|nan|grandad|wife|husband|partner|baby|"
            r"grandson|granddaughter|niece|nephew|client|service user)\b",
        ),
        unless=r"\b(?:by (?:a|the) (?:car|ball|bus|van|bike)|accident|storm|cuts|training|scenario|role "
        r"play|case study|lecture|module)\b",
        keys="hurt hit harm abus beaten mistreat assault exploit groom neglect touch batter",
    ),
    _cue(
        _A,
        # "he does things to me"; "it" only after someone else ("she still does it to me"), since "i hate
        # doing it to her" is the writer's own task.
        r"\b(?:does|did|doing|do|done) (?:things|stuff) to (?:me|her|him)\b"
        r"|(?:(?<=\bhe )|(?<=\bshe )|(?<=\bthey )|(?<=\bwho )|(?<=\bstill )|(?<=\bkeeps )|(?<=\bkept ))"
        r"(?:does|did|doing|do|done) it to (?:me|her|him)\b|\b(?:being|been|was|am|were"
        r"|is)"
        r" forced to (?:marry|have|do|sleep|send|sell|take|perform|watch|get married)|\bforced (?:me|her"
        r"|him) "
        r"to (?:marry|have sex|sleep with|do (?:things|stuff|sexual)|touch|watch)|\bforced marriage"
        r"|\bmade (?:me|her|him) (?:touch|watch|undress|strip)|\b(?:trying|tried|tries|try) to kiss"
        r"|\bkiss(?:es|ed|ing)? me\b|\bsexual (?:comments?|remarks?|jokes?|advances?|innuendos?)"
        r"|\bexposed (?:himself|herself)|\bflash(?:ed|ing) (?:me|at)\b|\bwants? sex for|\bsex for (?:money|"
        r"drugs|rent|a place)|\bgrop\w*|\b(?:sends?|sent|sending) me (?:nudes|dick pics|pictures of "
        r"(?:himself|his))",
        "describes sexual abuse or harassment",
        keys=(
            "things+to stuff+to it+to forced me+touch me+watch her+touch her+watch him+touch him+watch "
            "undress strip kiss sexual exposed flash sex grop nude me+nudes me+dick me+pictures"
        ),
    ),
    _cue(
        _A,
        r"\b(?:taking|takes|took|stealing|stole|steals|stolen|nicked|nicking|helping (?:himself|herself) to)"
        r" (?:all )?(?:his|her|my|their|mum'?s|dad'?s|nan'?s) (?:money|pension|benefits|savings|card|bank "
        r"card|jewellery|cash)\b",
        "describes money or belongings taken",
        unless=_ERRAND,
        keys="money pension benefit saving card jewel cash",
    ),
    _cue(_A, r"\btaken advantage of\b", "describes someone taken advantage of", weight=1, keys="advantage"),
    _cue(
        _A,
        r"\block(?:s|ed|ing)? (?:his|her|their|my) (?:phone|belongings|things|room) (?:away|up)"
        r"|\b(?:take|took|takes|taking) (?:his|her|their) (?:phone|belongings) (?:away|off)",
        "describes a patient being controlled",
        keys="lock phone belonging",
    ),
    _cue(
        _A,
        r"\b(?:took|taking|takes|take|stole|stealing|steals|stolen|nicked|nicking) (?:money|cash|things|"
        r"jewellery|my \w+|his \w+|her \w+) (?:from|out of) (?:my|his|her|their)\b"
        r"|\b(?:money|cash|pension|benefits|jewellery|bank card) (?:has |keeps |kept )?(?:gone|going|went|go)"
        r" missing|\btakes (?:all )?(?:my|his|her) (?:money|pension|benefits|wages)",
        "describes money or belongings taken",
        keys="take took taking stole steal nick missing",
    ),
    _cue(
        _A,
        r"\b(?:could|might|will|would|going to|want to|feel like i could|scared i will|afraid i will) "
        r"(?:\w+ )?(?:hurt|harm|kill|attack|stab|strangle) (?:someone|somebody|people|others|him|her|them|"
        r"my (?:wife|husband|partner|mum|dad|kids|children|son|daughter|baby))\b|\bharm to others\b",
        "speaks of harming someone else",
        direct=True,
        keys="hurt harm kill attack stab strangl",
    ),
)
