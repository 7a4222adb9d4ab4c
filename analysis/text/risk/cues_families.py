"""Cue families of suicide, abuse and bullying, written by what each kind of disclosure says.

Each family is a shape of the disclosure, not one comment's words: doubt about still being here and
being a burden; post, phone, money and friends controlled at home, threats and exploitation; threats
for speaking up, being shut out or talked about, treatment that changed after a complaint, being
singled out for who one is.
"""

from __future__ import annotations

from .cue import _A, _B, _S, _Cue, _cue

CUES: tuple[_Cue, ...] = (
    # --- suicide and self-harm: doubt about still being here, being a burden, no way out -------------
    _cue(
        _S,
        r"\b(?:not sure|do not know if|do not think|doubt|wonder if|not convinced) (?:that )?(?:i will|ill|"
        r"i would|i am going to|i will even) (?:still |even )?(?:be (?:here|around|alive)|make it (?:that "
        r"long|to (?:then|march|christmas|the appointment|next|my)|through (?:the|this) (?:wait|winter|"
        r"year|month)))",
        "doubts they will still be alive",
        keys="not+sure not+know not+think doubt wonder not+convinced",
    ),
    _cue(
        _S,
        r"\b(?:i am|i feel|i felt|i have become|i was|feel like|felt like) (?:\w+ )?(?:just )?a (?:burden|"
        r"waste of space)\b(?! (?:on|to) (?:the|my|our) (?:service|nhs|ward|team|colleagues|mentor|manager|"
        r"nurses|staff)| at first| asking| for asking| with (?:all )?(?:my |the |so many )?questions)"
        r"|\bno (?:way out|future for me|reason to (?:carry on|keep going|be here|live|get up))\b"
        r"|\bstopped caring (?:what|whether|if) (?:happens to me|i live|i wake)",
        "speaks of being a burden or of no way out",
        keys="burden waste no+way no+future no+reason stopped+caring",
        # "no way out of the car park", "a burden on the service": not about the writer's life.
        unless=r"\b(?:car park|parking|building|exit|contract|job|course|apprenticeship|loan|debt)\b",
    ),
    # --- abuse and coercive control: post, phone, money, friends, fear of home ---------------------
    _cue(
        _A,
        r"\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|ex|son|daughter|dad|mum|father|mother)"
        r"(?: \w+){0,2} (?:opens|opened|reads|read|goes through|went through|checks|checked) (?:all )?(?:my|"
        r"her|them|everything)(?: \w+)? ?(?:post|letters|mail|texts|messages|emails|phone|statements)?\b"
        r"[^.!?]{0,60}\b(?:in trouble|goes mad|kicks off|angry|not allowed|do not send|can you not|please "
        r"do not|scared|punish\w*|pay for it|suffer)",
        "describes post or phone watched by someone at home",
        keys="opens opened reads read goes+through went+through checks checked",
    ),
    _cue(
        _A,
        r"\b(?:do not|can you not|could you not|please do not|never) (?:send|post|ring|call|phone|text|"
        r"write)(?: \w+){0,2} (?:letters|anything|me|post|mail) (?:\w+ )?(?:home|to my (?:house|address|home|"
        r"mobile))\b",
        "describes post or phone watched by someone at home",
        # Asking for e-mail instead of post is a preference; with a partner in the comment it is a risk.
        needs=(
            r"\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|ex|dad|mum|family|in trouble|finds out|"
            r"sees it|opens)\b",
        ),
        keys="home to+my",
        also="he she husband wife partner boyfriend girlfriend ex dad mum family in+trouble finds+out "
        "sees+it opens",
    ),
    _cue(
        _A,
        r"\b(?:only|never|rarely|barely) lets? (?:me|her|him)\b|\b(?:does not|do not|did not) like me "
        r"(?:seeing|going|talking|wearing|having|working|spending|meeting)"
        r"|\b(?:have|has|had) to (?:tell|text|ring|call|ask) (?:him|her) (?:where|before|every|if|for "
        r"(?:money|cash|permission))|\bgives? me (?:\w+ ){0,3}(?:a week|a month|pocket money|an allowance)"
        r"|\b(?:has|have|had) to ask (?:him|her) for (?:money|cash|bus fare|the bus fare|food)"
        r"|\bwalk(?:s|ed|ing)? on eggshells\b|\b(?:scared|afraid|frightened|terrified|dread\w*) (?:to go|of"
        r" going|going) home\b"
        r"|\b(?:says?|said|tells? me|told me) i (?:am )?(?:imagin\w*|making (?:it|things) up|going mad|mad|"
        r"crazy)\b|\bmakes? me (?:feel )?(?:like )?(?:i am )?(?:going )?(?:mad|crazy)\b",
        "describes being controlled by someone",
        needs=(
            r"\b(?:he|she|him|her|husband|wife|partner|boyfriend|girlfriend|ex|dad|mum|son|daughter|"
            r"family|home|uncle|carer)\b",
        ),
        # A manager or a course that "only lets me" is work, not control at home.
        unless=r"\b(?:manager|mentor|ward|rota|uni|university|college|course|placement|trust|tutor|"
        r"assessor|annual leave|epa|nurse in charge|nic|shift)\b",
        keys=(
            "only+lets only+let never+lets never+let rarely+lets rarely+let barely+lets barely+let "
            "like+me to+tell to+text to+ring to+call to+ask a+week a+month pocket allowance eggshells "
            "home imagin making+it making+things mad crazy"
        ),
        also="he she him her husband wife partner boyfriend girlfriend ex dad mum son daughter family "
        "home uncle carer",
    ),
    _cue(
        _A,
        r"\b(?:if|when) i (?:ever )?(?:tell|told|say|said|report|reported|go|went) (?:\w+ ){0,2}(?:anyone|"
        r"anybody|someone|the police|police|social services|my family)\b[^.!?]{0,40}\b(?:take the kids|"
        r"take (?:my|the) (?:kids|children|baby)|kill|hurt|leave me|throw me out|put me out|make me pay|"
        r"never see)"
        r"|\b(?:lets?|let) (?:her|him|me|them) off (?:the )?rent\b|\b(?:sex|favours) for (?:rent|money|"
        r"drugs|a bed|a room|somewhere to stay)|\bif (?:she|he|i) (?:does|do|did) (?:him|her) (?:favours|"
        r"'favours')"
        # A landlord or lender who offers to take what is owed "another way" or "in kind".
        r"|\b(?:pay|paying|pay off|settle|cover|make up) (?:\w+ ){0,2}(?:rent|debt|debts|what i owe"
        r"|what she owes|what he owes|arrears)\b[^.!?]{0,25}(?:'|\")?(?:another|other|a different) ways?\b"
        # ... told as a threat or a favour: "in kind" only with someone asking ("he said", "offered").
        r"|\b(?:said|says|offered|offers|suggested|told me)\b[^.!?]{0,40}\b(?:rent|debt|arrears)\b"
        r"[^.!?]{0,30}\bin kind\b",
        "describes threats or exploitation",
        keys="take+the take+my kill hurt leave+me throw put+me make+me never+see rent sex favours pay paying "
        "settle cover make+up debt arrears",
    ),
    # --- bullying of staff: exclusion, threats for speaking up, victimisation ----------------------
    _cue(
        _B,
        r"\b(?:told|warned|threatened|said) (?:me )?(?:that )?(?:i would|i will|i could|i might|i am going "
        r"to|we would|we will|she would|he would|she will|he will|they would|they will) (?:\w+ ){0,3}"
        r"(?:lose|fail\w*|be (?:sacked|kicked|removed|"
        r"disciplined|moved|taken off|struck off)|get (?:sacked|kicked|disciplined|a bad reference)|not "
        r"pass)\b[^.!?]{0,50}\b(?:if|unless) (?:i|we|she|he|they|you) (?:\w+ ){0,2}"
        r"(?:report\w*|said|say|complain\w*"
        r"|told|tell|made a fuss|make a fuss|raised|raise|spoke|speak|went|go|kick\w* up|escalat\w*|datix|"
        r"rock\w*)"
        r"|\b(?:too )?(?:scared|afraid|frightened|terrified|worried) to (?:speak up|speak out|say anything|"
        r"report (?:it|him|her|them|what)|complain|raise (?:it|a concern|concerns)|go to hr|tell anyone)"
        r"|\b(?:can not|could not|dare not|daren't) risk (?:reporting|saying|speaking|complaining|raising)"
        r"|\bkept my (?:mouth|head) (?:shut|down)\b|\bkeep my (?:mouth shut|head down)\b(?= [^.!?]{0,30}"
        r"\b(?:or|because|else|if))",
        "describes threats for speaking up",
        weight=3,
        keys=(
            "if+i if+we if+she if+he if+they if+you unless scared+to afraid+to frightened+to terrified+to "
            "worried+to "
            "kept+my keep+my risk"
        ),
    ),
    _cue(
        _B,
        r"\b(?:nobody|none of them|the others|the team|they) (?:\w+ ){0,3}(?:talks?|speaks?|says? "
        r"(?:hello|hi|a word)) to me\b|\b(?:go|goes|went|all go) quiet when i\b"
        r"|\bstop(?:s|ped)? talking when i\b"
        r"|\bsilent treatment\b"
        r"|\b(?:left|kept|taken|removed|kicked) (?:me )?(?:out of|off) (?:the )?(?:staff |ward |team )?"
        r"(?:whatsapp|group chat|group|emails?|loop|rota|training|meetings?|list)\b[^.!?]{0,40}\b(?:on "
        r"purpose|deliberately|again|without (?:telling )?me|everyone else)"
        r"|\b(?:posts?|posted|writes?|wrote|messages?|messaged|laughs?|laughed|slag\w*) (?:\w+ )?about me"
        r"\b[^.!?]{0,30}\b(?:group|chat|whatsapp|facebook|handover|staff room|in front)",
        "describes being shut out or talked about at work",
        keys=(
            "to+me quiet stop+talking stops+talking stopped+talking silent on+purpose deliberately "
            "again without everyone+else about+me"
        ),
    ),
    _cue(
        _B,
        r"\b(?:ever )?since i (?:asked|complained|raised|reported|spoke up|went to hr|put in|challenged|"
        r"whistle\w*|mentioned|told (?:hr|the manager|matron|my tutor))\b[^.!?]{0,60}\b(?:worst|nights|"
        r"rota|moved|ignor\w*|blank\w*|punish\w*|picked|every week|nobody|stopped|treated|target\w*|"
        r"frozen|cold|left out|excluded)"
        r"|\b(?:worst|nights|rota|moved|ignor\w*|blank\w*|punish\w*|picked on|every week|target\w*|frozen "
        r"out|left out|excluded)\b[^.!?]{0,60}\bsince i (?:asked|complained|raised|reported|spoke up|went "
        r"to hr|put in|challenged|whistle\w*|mentioned)"
        r"|\breasonable adjustments?\b[^.!?]{0,40}\b(?:refused|ignored|laughed|mocked|never|not|punish\w*)",
        "describes being punished for speaking up or asking for adjustments",
        keys="since+i reasonable",
    ),
    _cue(
        _B,
        r"\b(?:how|the way) (?:\w+ ){0,2}(?:team|mentor|manager|colleagues|nurses|qualifieds|seniors|"
        r"staff|band \d|ward|hcas|sister|nic)s? (?:treats?|treated|speaks? to|spoke to|talks? to|talked to)"
        r" (?:her|him|me|them|us)\b",
        "describes how colleagues treat them",
        needs=(
            r"\b(?:cri\w*|cry\w*|tears|scared|dread\w*|awful|horrible|leave|leaving|quit\w*|sick|anxious|"
            r"upset|shaking|bullied|hell|miserable)\b",
        ),
        keys="treat treats treated speak speaks spoke talk talks talked",
        also="cri cry tears scared dread awful horrible leave leaving quit sick anxious upset shaking "
        "bullied hell miserable",
    ),
    _cue(
        _B,
        r"\bpeople like (?:me|you|us|her|him)\b(?! (?:to|who|and))"
        r"|\b(?:mock|mocks|mocked|mocking|copy|copies|copied|copying|imitat\w*|laugh\w* at|take the mick "
        r"out of|make fun of|makes fun of|made fun of) (?:my|her|his|our) (?:accent|english|name|hijab|"
        r"headscarf|voice|religion|food|colour|skin)"
        r"|\bthe (?:only )?(?:black|brown|asian|foreign|muslim|gay|trans|disabled|older|polish|filipino|"
        r"nigerian|indian|international) (?:one|ap|hca|nurse|member of staff|person|apprentice|girl|lad)\b"
        r"[^.!?]{0,60}\b(?:always|get|gets|sent|given|called|treated|left|never)",
        "describes being singled out for who they are",
        keys="people+like mock mocks mocked mocking copy copies copied copying imitat laugh take+the "
        "make+fun makes+fun made+fun the+only the+black the+brown the+asian the+foreign the+muslim "
        "the+gay the+trans the+disabled the+older the+polish the+filipino the+nigerian the+indian "
        "the+international",
        needs=(
            r"\b(?:mentor|manager|colleague|colleagues|team|ward|nurses|staff|hcas|shift|shifts|post|job|"
            r"interview|promotion|apprenticeship|placement|handover|band|qualifieds|seniors|nic|unit|rota)",
        ),
        also="mentor manager colleague colleagues team ward nurses staff hcas shift shifts post job "
        "interview promotion apprenticeship placement handover band qualifieds seniors nic unit rota",
    ),
    _cue(
        _B,
        r"\b(?:screamed|shouted|yelled|sworn|swore) at\b[^.!?]{0,30}\b(?:most|every|each|all) (?:shifts?|"
        r"days?|week)|\b(?:make|makes|making) my life (?:hell|a misery|miserable|unbearable)",
        "describes being shouted at or made miserable at work",
        keys="screamed shouted yelled sworn swore my+life",
    ),
    # --- more shapes of the same kinds -----------------------------------------------------------
    _cue(
        _S,
        r"\b(?:if|when) i (?:was|were|am) (?:not|no longer|gone|dead)(?: here| around| in the picture)?\b"
        r"[^.!?]{0,40}\b(?:better|cope|easier|notice|miss me|care|happier)"
        r"|\b(?:better|cope|easier|happier|notice)\b[^.!?]{0,40}\bif i (?:was|were) (?:not|no longer|gone|"
        r"dead)(?: here| around| in the picture)?\b"
        r"|\b(?:done|finished) with (?:life|living|it all|everything|this world)\b"
        r"|\b(?:scared|afraid|frightened|worried|terrified) (?:of )?what i (?:will|might|would|could|"
        r"am going to) do(?: to myself| tonight)?\b(?! (?:next|for|with|after|about|if|when|at))"
        r"|\bi do not mean (?:the|my|at|in the) (?:job|work|course|ward|trust|role|nhs)\b",
        "speaks of not being here or of what they might do",
        keys="if+i when+i done+with finished+with what+i not+mean",
        unless=r"\b(?:epa|exam|course|career|qualify|qualified|money|finish|funding|contract|placement|"
        r"rota|job offer)\b",
    ),
    _cue(
        _A,
        r"\b(?:do not|please do not|never) (?:mention|say|tell|leave (?:a )?messages?|leave a voicemail)"
        r"\b[^.!?]{0,40}\b(?:if|when|in case) (?:he|she|my (?:husband|partner|wife|boyfriend|girlfriend|dad|"
        r"mum)) (?:answers|picks up|is (?:there|home|in)|finds out|sees|hears)"
        r"|\b(?:comes?|came|coming|walks?|walked|walking) (?:in|into) (?:my |the )?(?:bathroom|shower|"
        r"bedroom|room)\b[^.!?]{0,20}\b(?:when|while) (?:i am|i was|i) (?:in there|in the|getting|changing|"
        r"showering|asleep|in bed|undressed)"
        r"|\bsign (?:her|his|my|their) (?:benefits|money|house|pension|bank|account|savings)\w* over"
        r"|\b(?:has|keeps|took|takes|kept) the only keys?\b|\block(?:s|ed)? (?:it|the (?:door|house|flat))"
        r" (?:when|whenever|every time) (?:he|she) (?:goes|leaves|went)"
        r"|\bsafer (?:\w+ ){0,4}than (?:being )?(?:at )?home\b",
        "describes being controlled, watched or exploited at home",
        keys=(
            "if+he if+she if+my when+he when+she when+my case bathroom shower bedroom room benefits "
            "money house pension bank account savings only+key lock locks locked safer"
        ),
    ),
    _cue(
        _B,
        r"\b(?:since|after|because|when|whenever|if) (?:i|she|he|we) (?:\w+ )?['\"]?(?:raised|raise|reported|"
        r"report|complained|complain|spoke up|speak up|asked about|challenged|went to hr|put in a "
        r"grievance|whistleblew|whistleblowing|blew the whistle|escalated|causing trouble|cause trouble|"
        r"kicked up a fuss|said no)\b",
        "describes being punished for speaking up",
        needs=(
            r"\b(?:never get|worst|nights|rota|moved|ignor\w*|blank\w*|punish\w*|picked on|stopped|"
            r"target\w*|frozen|cold|left out|excluded|sent home|sending me home|without pay|no pay|refused|"
            r"threat\w*|attitude|troublemaker|trouble|reference|warned|disciplin\w*|sacked|lose|fail)\b",
        ),
        keys=(
            "raised raise report complain spoke+up speak+up asked+about challenged went+to put+in "
            "whistle escalated causing+trouble cause+trouble kicked+up said+no"
        ),
        also="never+get worst nights rota moved ignor blank punish picked+on stopped target frozen "
        "cold left+out excluded sent+home sending+me without+pay no+pay refused threat attitude "
        "troublemaker trouble reference warned disciplin sacked lose fail",
    ),
    _cue(
        _B,
        r"\b(?:made|makes|making) me (?:cry|feel (?:stupid|small|useless|worthless|thick|like rubbish))"
        r"|\bin front of me and laugh\w*|\b(?:laugh\w*|snigger\w*) (?:at|about) me\b"
        r"|\brefus\w* to sign (?:anything|me|my \w+) off\b|\bcancel\w* my sign ?offs?\b",
        "describes being belittled at work",
        weight=1,
        keys="made+me makes+me making+me in+front laugh snigger refus cancel",
    ),
    _cue(
        _B,
        r"\b(?:left off|left out of|not put on|never put on|refused|made to|always get|always given|always "
        r"have to|passed over|overlooked)\b[^.!?]{0,60}\bwhile (?:the |all the )?(?:others?|other \w+|"
        r"everyone else|they|the rest)\b",
        "describes being treated worse than others at work",
        keys="while",
    ),
    _cue(
        _B,
        r"\b(?:tells?|told|telling|says?|said|saying) (?:the others|everyone|people|patients|the team|"
        r"others|staff|the patients) (?:that )?(?:i am|i was|she is|he is) (?:a |an |just a |only a )?"
        r"(?:thick|stupid|useless|lazy|incompetent|an idiot|a carer|rubbish|hopeless|slow)\b",
        "describes being insulted at work",
        keys="thick stupid useless lazy incompetent idiot carer rubbish hopeless slow",
    ),
    # --- wording of a third round of comments written for the project -----------------------------
    _cue(
        _S,
        r"\bif it (?:was not|were not|had not been) for (?:my|the) \w+\b[^.!?]{0,30}\bi (?:would not|would "
        r"have|might not) (?:still )?(?:be here|be around|be alive|have gone|done it|ended it)"
        r"|\bsorry for everything\b[^.!?]{0,30}\bgoodbye|\bgoodbye\b[^.!?]{0,30}\bsorry for everything"
        r"|\b(?:do not|did not|would not) (?:really )?care (?:if|whether) i (?:wake up|woke up|live|lived|"
        r"die|died|make it|am here|was here)\b(?! (?:at|early|late|before|in time|on time|by))"
        r"|\bhow (?:much|many) (?:\w+ ){0,2}(?:it would take|would kill|would be enough|is fatal|is lethal|"
        r"to take to)\b",
        "speaks of not wanting to be alive or how to die",
        keys="if+it sorry+for goodbye care+if care+whether how+much how+many",
        unless=r"\b(?:staff|nurses|people to|money|funding|pay|hours|years|time|shifts|cost)\b",
    ),
    _cue(
        _S,
        r"\b(?:dark|bad|intrusive|horrible|scary|suicidal) thoughts (?:are|have|were|keep|kept) (?:\w+ )?"
        r"(?:back|returned|coming back|louder|worse|constant|every)",
        "says dark thoughts have come back",
        soft=True,
        keys="thoughts",
    ),
    _cue(
        _A,
        # "if i go to HR she'll make sure i dont pass" is a threat at work, told by the cues of bullying.
        r"\b(?:if|when) i (?:ever )?(?:leave|left|go|went)\b"
        r"(?! to (?:hr|occ\w*|the union|my manager|a manager))(?: (?:him|her))?[^.!?]{0,40}\b"
        r"(?:never see|take (?:the|my) (?:kids|children|baby)|kill|hurt|find me|make sure|make me pay|ruin)"
        r"|\b(?:using|used|uses|been using|spending|spent) (?:my |her |his |their )?(?:[\w']+ )?(?:bank card|"
        r"card|pension|benefits|savings|account)\b"
        r"|\bis (?:1[89]|[2-9]\d) and (?:she|he) is (?:1[0-5]|[4-9])\b",
        "describes threats, money taken or an adult with a child",
        keys=(
            "never+see take+the take+my kill hurt find+me make+sure make+me ruin card pension "
            "benefits savings account and+she and+he"
        ),
    ),
    _cue(
        _B,
        r"\b(?:touched|touches|touching|touch) (?:me )?(?:inappropriately|without (?:my )?consent)"
        r"|\binappropriately touched\b",
        "describes sexual harassment",
        keys="touched touches touching touch inappropriately",
    ),
    _cue(
        _B,
        r"\bkeeps? (?:bringing up|asking (?:about|why)|commenting on|making comments about|going on about|"
        r"questioning) (?:my|why i) (?:\w+ )?(?:religion|faith|hair|accent|skin|colour|race|culture|"
        r"sexuality|weight|age|headscarf|hijab|disability|pregnancy|cover)"
        r"|\b(?:because|as|since) i am the only (?:male|man|woman|female|black|asian|muslim|gay|older|"
        r"young|foreign|international)\b"
        r"|\b(?:screenshot\w*|record\w*|film\w*) (?:things|what|everything) i (?:say|said|do|did|post)"
        r"|\bmade it (?:clear|obvious) (?:that )?(?:apprentices|aps|i|we|people like \w+|students)\b"
        r"[^.!?]{0,20}\b(?:not wanted|are not wanted|not welcome|do not belong)"
        r"|\b(?:called|calling) (?:me )?(?:a )?(?:snake|grass|snitch|rat)\b",
        "describes being singled out or shunned at work",
        keys=(
            "bringing+up asking+about asking+why commenting+on making+comments going+on questioning "
            "the+only screenshot record film made+it called calling"
        ),
    ),
    _cue(
        _B,
        r"\b(?:talks?|talking|talked) over me\b|\brolls? (?:their|her|his) eyes\b|\bevery time i (?:speak|"
        r"ask|say|open my mouth)\b|\beat (?:my )?lunch (?:in my car|alone|on my own|in the toilets)"
        r"|\bwhen i told (?:my manager|hr|the sister|my mentor|someone|the nic|matron)\b[^.!?]{0,30}\b"
        r"(?:laughed|nothing (?:was done|happened)|did nothing|told me to ignore|brushed it off)"
        r"|\b(?:tells?|telling|told|says?|saying|said) (?:the others|everyone|people|patients|the team|"
        r"others|staff)\b[^.!?]{0,30}\b(?:i am|i was) (?:a |an |just a |only a |so |too )?(?:thick|stupid|"
        r"useless|lazy|incompetent|an idiot|rubbish|hopeless|slow)\b",
        "describes being talked over, shunned or belittled at work",
        weight=1,
        keys=(
            "over+me eyes every+time lunch laughed nothing+was nothing+happened did+nothing ignore "
            "brushed thick stupid useless lazy incompetent idiot rubbish hopeless slow"
        ),
    ),
)
