"""Cue families of the kinds of wording the fresh file (risk_fresh.csv) found missing: self-harm,
abuse and bullying (staffing, medication and care in cues_families_fresh_care.py).

The shapes: things given away "for when I'm gone" or "he'll get more use of it than me soon enough";
care cancelled with everything sorted "so nobody has to worry about me"; someone who goes quiet or
flinches when a carer is named, and bruises brought back from respite; a partner nobody must know
about the service, post redirected or opened; favours for an older "boyfriend's" mates; the only one
left out of the chat, made to know one is not wanted, kept on at with every rubbish job and nasty
jokes, mocked for studying ("who does she think she is"); people at risk unseen for months because
of caseloads, a trainee the most senior person on the ward, one nurse on nights with patients
wandering; a controlled drugs book that never adds up, a chart filled in whether doses were given or
not; a patient found on the floor with no idea how long she had been down, let out at night with
nowhere to go, an empty water jug and cracked lips, an observation sheet filled in for checks not done.
"""

from __future__ import annotations

import re

from .cue import _A, _B, _C, _S, _Cue, _cue
from .words import _BLOOD_THINNERS

_GOODBYE = "describes goodbyes or giving things away"
_SINGLED = "describes being singled out or picked on at work"
_WORK = (
    r"\b(?:team|ward|unit|staff|colleagues?|mentor|manager|senior|seniors|nurses|hcas?|band|b(?:2|3|4|5|6|7|"
    r"8)|shifts?|apprentice|trainee|student|placement|the others|on shift|staffroom|staff room|handover|rota|"
    r"sister|nic|supervisor|preceptor|educator|assessor|matron|boss|at work|leaving do|christmas do|work do|"
    r"works do)\b"
)
_WORK_ALSO = (
    "team ward unit staff colleague mentor manager senior seniors nurses hca hcas band b2 b3 b4 b5 b6 b7 b8 "
    "shift apprentice trainee student placement the+others on+shift staffroom staff+room handover rota "
    "sister nic supervisor preceptor educator assessor matron boss at+work leaving+do christmas+do work+do "
    "works+do"
)

_BLOOD_THINNER_RE = re.compile(rf"\b{_BLOOD_THINNERS}\b")

CUES: tuple[_Cue, ...] = (
    # --- suicide and self-harm ----------------------------------------------------------------------
    # Things given away with a word of an end: "he'll get more use out of them than me soon enough".
    _cue(
        _S,
        r"\b(?:soon enough|(?:for )?much longer|where (?:i|he|she|they) (?:am|is|are) going|(?:when|after|"
        r"once) (?:i|he|she) (?:am|is|have|has) (?:gone|not (?:here|around))|when i (?:will be|would be|am) "
        r"(?:gone|not (?:here|around)))\b|\b(?:someone|somebody|people|whoever|anyone) (?:who|that)(?: will|"
        r"'ll| would|'d| is going to| are going to) (?:actually )?be (?:around|here) (?:to|for|longer)\b",
        _GOODBYE,
        needs=(
            r"\b(?:gave|give|giving|given|gives|handed|handing|passed|passing|can have|to have|can keep|"
            r"sorted out who|use (?:out )?of (?:it|them|that|those)|(?:should|can|will|could) go to)\b",
        ),
        unless=r"\b(?:notice|job|role|post|course|uni|placement|holiday|moving|move|moved|abroad|retir\w*|"
        r"new (?:job|house|flat|home)|emigrat\w*|spain|australia|travel\w*|maternity|baby|wedding|christmas|"
        r"birthday|shift|rota|waiting|wait|queue|appointment|home time|discharged)\b",
        keys="someone somebody people whoever anyone soon+enough for+much much+longer where+i where+he "
        "where+she where+they when+i when+he when+she after+i after+he after+she once+i once+he once+she",
    ),
    # Care given up on with affairs in order: "I won't need the next appointment, I've got everything
    # sorted now so nobody has to worry about me". Each is weak alone; two make a flag.
    _cue(
        _S,
        r"\b(?:nobody|you|they|anyone|everyone|people|my family|the family|mum|dad|my kids) (?:\w+ "
        r"){0,4}(?:worry|worrying|bother|fuss|fussing) (?:about|bout|over) me (?:any ?more|again|soon|much "
        r"longer|after (?:this|today|tonight|that|the weekend|next week)(?: (?:week|wk|weekend|month))?)\b",
        "speaks of not being a worry to anyone soon",
        weight=1,
        soft=True,
        unless=r"\b(?:better|recover\w*|back (?:at|to) work|new job|moving|moved|improv\w*|good place|doing "
        r"(?:well|great|fine)|happy|happier|coping|pass\w*|qualif\w*|finish\w*|epa)\b",
        keys="nobody you they anyone everyone people my+family the+family mum dad my+kids",
    ),
    _cue(
        _S,
        r"\b(?:will not|would not|do not|shall not|not going to) (?:be )?need(?:ing)? (?:the|my|any|another|"
        r"any more|anymore|further|more) ?(?:next |more |further |other )?(?:appointments?|sessions?|follow "
        r"?ups?|visits?|reviews?|help|support|calls?|groups?)\b|\b(?:got|have|had|put|getting) (?:everything|"
        r"it all|all my affairs|my affairs|things|all my things) (?:sorted|in order|arranged|planned|tidied|"
        r"ready|straight)\b|\b(?:sorted|sorting) (?:everything|it all|all my affairs|my affairs|all my "
        r"things) out\b|\b(?:no (?:need|point) (?:to |in )?|do not |please do not |you do not need to "
        r")(?:book|booking|see|seeing|send|sending|arrange|arranging)(?: me)? (?:in )?(?:again|another)\b|"
        r"\b(?:by then|after that|soon) it (?:will not|would not|is not going to) matter\b|\b(?:will not|"
        r"would not|do not) (?:be )?need(?:ing)? (?:the|my) (?:crisis|safety) (?:number|line|plan|team|"
        r"card)\b|\b(?:thank you|thanks|ta|cheers) for (?:trying|all you (?:tried|have done|did)|everything "
        r"you (?:did|have done|tried))\b",
        "describes goodbyes or putting affairs in order",
        weight=1,
        soft=True,
        unless=r"\b(?:better|well|recover\w*|discharg\w*|gp|back (?:at|to) work|new job|moving|moved|"
        r"improv\w*|good place|doing great|happy|happier|coping|holiday|wedding|move|exam|epa|portfolio|"
        r"assignment|course|uni|placement|rota|shift)\b",
        keys="will+not would+not do+not shall+not not+going got have had put getting sorted sorting no+need "
        "no+point please+do you+do thank thanks ta cheers by+then after+that soon",
    ),
    # --- abuse --------------------------------------------------------------------------------------
    # Fear around one person: "goes quiet whenever I ask about one of the carers", "flinches when he
    # comes in".
    _cue(
        _A,
        r"\b(?:(?:goes|went|gets|got|going|becomes|became|turns|turned) (?:very |really |all |so )?(?:quiet|"
        r"silent|withdrawn|tearful|upset|scared|frightened|jumpy|tense|anxious|shaky|white|pale)|(?:clams?|"
        r"clammed|clamming) up|(?:shuts?|shutting) down|(?:changes|changed) the "
        r"subject)\b[^.!?]{0,40}\b(?:whenever|when|if|every time|each time) (?:i|we|you|anyone|someone|they|"
        r"he|she) (?:ask|asks|asked|mention|mentions|mentioned|bring|brings|brought|say|says|said|talk|talks|"
        r"talked) (?:about |up )?(?:\w+ ){0,3}(?:carers?|staff|nurses?|hcas?|workers?|him|her|them|uncle|"
        r"stepdad|step dad|partner|boyfriend|husband|respite|the home|the unit|the ward|the night|nights|"
        r"bruis\w*|marks|the (?:man|lady|woman)|driver|escort|key ?worker|volunteer)\b|\b(?:flinch\w*|"
        r"cowers?|cowering|cowered|trembl\w*|freezes|froze|shakes|shaking|shook|(?:went|goes|turned|turns) "
        r"(?:white|pale)) (?:\w+ ){0,3}(?:when|whenever|every time|if) (?:\w+ ){0,3}(?:comes?|came|walks?|"
        r"walked|is on|was on|goes|went|gets|got|touch\w*|near|close)\b|\b(?:quiet|silent|withdrawn|tearful|"
        r"upset|scared|frightened|jumpy|tense|anxious|shaky) (?:\w+ ){0,3}(?:whenever|when|if|every time|"
        r"each time) (?:\w+ )?(?:\w+'?s )?(?:name )?(?:comes up|is mentioned|gets mentioned)\b|\b(?:scared|"
        r"frightened|terrified|petrified) of (?:one of the|a particular|that|the male|the night|one|the|this|"
        r"a) (?:\w+ )?(?:carers?|staff|nurses?|hcas?|workers?|men|man|lady|woman|members? of staff)\b",
        "describes fear of someone who may be hurting them",
        # Fear of one person decides the category over marks that could be self-harm.
        weight=3,
        needs=(
            r"\b(?:bruis\w*|marks|injur\w*|scratch\w*|cuts?|(?:cut|split|fat) lip|black eye|hurt|grip\w*|"
            r"burns?|carers?|staff|nurses?|hcas?|workers?|respite|care home|day centre|unit|ward|uncle|"
            r"stepdad|step dad|partner|boyfriend|husband|home)\b",
        ),
        unless=r"\b(?:school|exam|dentist|needles?|injections?|bloods|thunder|fireworks|dog|dogs|spiders?)\b",
        keys="goes went gets got going becomes became turns turned flinch cower trembl freezes froze shakes "
        "shaking shook clam clams clammed clamming shut shuts shutting changes changed scared frightened "
        "terrified petrified quiet silent withdrawn tearful upset jumpy tense anxious shaky",
    ),
    # Bruises brought back from a stay: "comes back from respite with bruises on the tops of her arms".
    _cue(
        _C,
        r"\b(?:comes?|came|coming|got|gets|brought|sent) (?:back|home) (?:from (?:\w+ ){1,3})?(?:with|"
        r"covered in|and (?:she|he|they) (?:has|had|have)) (?:\w+ ){0,3}(?:bruis\w*|finger ?marks|grip marks|"
        r"marks|scratches|cuts|grazes|burns?|a black eye|skin tears?|injur\w*)",
        "describes unexplained injuries",
        # Brought back from a stay, marks on the arms are the stay's to explain, not self-harm to assume;
        # bruising beside a blood thinner given wrongly is the medicine's (cues_families_endpaper.py).
        weight=3,
        check=lambda match: _BLOOD_THINNER_RE.search(match.string) is None,
        unless=r"\b(?:they (?:rang|called|phoned|told)|(?:rang|called|phoned|told) us|explained|incident "
        r"(?:form|report)|from (?:the|her|his) (?:fall|operation|op|surgery|bloods?|cannula|injections?)|"
        r"football|rugby|match|training|gym|playground|school trip)\b",
        keys="come came coming got gets brought sent",
    ),
    # Nobody must know of the service: "I don't want him knowing I come here".
    _cue(
        _A,
        r"\b(?:do not|does not|did not|not) want (?:him|her|them|my (?:partner|husband|wife|boyfriend|"
        r"girlfriend|ex|bf|gf|fella|other half)|her (?:partner|husband|boyfriend)|his (?:partner|wife|"
        r"girlfriend)) (?:knowing|to know|finding out|to find out|seeing|to see|hearing|to hear)\b",
        "describes post or phone watched by someone at home",
        needs=(
            r"\b(?:opens|reads|checks|goes through|go through|finds out|find out|goes mad|kicks off|kick off|"
            r"angry|trouble|scared|frightened|letters?|post|mail|send|ring|call|phone|text|voicemail|"
            r"appointments?|instead|come here|coming here|i come|i am here|i see you|i have been)\b",
        ),
        unless=r"\b(?:worr\w*|poorly|surprise|birthday|present|proposal|engaged|pregnan\w*)\b",
        keys="not+want",
    ),
    # Contact another way because a partner checks the phone: "ring my work number, her partner checks it".
    _cue(
        _A,
        r"\b(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|fella|he|she|ex)\b (?:\w+ ){0,2}(?:checks|"
        r"check|checked|goes through|go through|went through|reads|read|looks through|monitors|tracks|sees|"
        r"see|listens in to|listens to|listens in on|answers) (?:it|(?:my|her|his) calls|everything (?:that "
        r"(?:comes|arrives)|through the door|in the post)|them|my phone|her phone|his phone|my messages|her "
        r"messages|my texts|her texts|everything|all my \w+|all her \w+)\b",
        "describes post or phone watched by someone at home",
        needs=(
            r"\b(?:instead|only (?:email|e-mail|ring|call|text|contact|write)|(?:do not|not to|never) "
            r"(?:ring|call|text|leave|send|write|phone|message)|not (?:her|his|my) (?:mobile|phone|home|"
            r"house)|work number|work phone|safe number|rather you|please (?:email|e-mail|text|use))\b",
        ),
        unless=r"\b(?:eyesight|sight|blind|dyslexi\w*|for me|to me)\b",
        keys="partner husband wife boyfriend girlfriend bf gf fella he she ex",
    ),
    # Post opened by someone at home and letters sent elsewhere: each weak alone.
    _cue(
        _A,
        r"\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|ex|my \w+)(?: \w+){0,2} (?:opens|opened|"
        r"reads|read|goes through|went through|checks|checked) (?:all |every (?:bit|one) of |each of )?(?:my|"
        r"her) (?:post|letters|mail|emails|texts|messages|statements)\b|\b(?:he|she|husband|wife|partner|"
        r"boyfriend|girlfriend|ex)(?: \w+){0,2} (?:goes through|went through) everything\b(?! with)",
        "describes post or phone watched by someone at home",
        weight=1,
        unless=r"\b(?:for me|to me|eyesight|sight|blind|read(?:s|ing)? (?:it|them) (?:out|to)|dyslexi\w*|"
        r"while i (?:was|am) (?:away|in hospital)|when i (?:was|am) away|asked (?:him|her) to)\b",
        keys="opens opened reads read goes+through went+through checks checked",
    ),
    _cue(
        _A,
        r"\b(?:send|post|write|address) (?:the |my |any |all )?(?:letters|post|mail|appointments?|anything|"
        r"it|them|stuff|things|everything) (?:to|at) (?:my |her |his )?(?:sister|mum|mam|friend|brother|nan|"
        r"daughter|son|dad|work|auntie|aunt|cousin|neighbour)'?s?(?: (?:house|address|place|flat))? "
        r"instead\b",
        "describes post or phone watched by someone at home",
        weight=1,
        keys="send post write address",
    ),
    # Exploitation: favours for a "boyfriend's" mates, a boyfriend twice a young person's age.
    _cue(
        _A,
        r"\b(?:do|doing|does|did|done) (?:\w+ )?(?:favours|favors|stuff|things|jobs|bits) for (?:his|her|"
        r"their|the|those|my) (?:[\w']+ )?(?:older )?(?:mates|friends|pals|boys|lads|mate|friend|brothers|"
        r"cousins)\b",
        "describes exploitation",
        needs=(
            r"\b(?:has to|have to|had to|made to|makes? (?:her|him|me)|expected to|owes?|owed|in return|pay "
            r"(?:him |it )?back|gives? (?:her|him|me)|gave (?:her|him|me)|boyfriend|older|girl|young|"
            r"teen\w*)\b",
        ),
        unless=r"\b(?:lifts?|moving|babysit\w*|lend\w*|diy|decorat\w*)\b",
        keys="favours favors stuff things jobs bits",
    ),
    _cue(
        _A,
        r"\b(?:boyfriend|bf|fella|partner|man|friend)\"?'? (?:is|who is|aged|of|is like|is about|is nearly|"
        r"is over) (?:[2-6]\d\b|in (?:his|her) (?:twenties|thirties|forties|fifties|20s|30s|40s|50s)|twice "
        r"(?:her|his) age|much older|way older|loads older|old enough to be)",
        "describes exploitation",
        needs=(
            r"\b(?:1[0-7]|young (?:woman|girl|lad|man|person|people)|girl|teen\w*|school|child|kid|year "
            r"1[01]|under ?age|in care|looked after|caseload)\b",
        ),
        keys="boyfriend bf fella partner man friend",
    ),
    _cue(
        _A,
        r"\bolder (?:'|\")?(?:mate|mates|man|men|friend|friends|boyfriend|guy|guys|lad|lads|bloke|fella)(?:'|"
        r"\")? (?:who |that )?(?:gives?|gave|buys?|bought|gets?|got|takes?|took|picks?|picked|drives?|drove) "
        r"(?:her|him|them)\b",
        "describes exploitation",
        needs=(
            r"\b(?:1[0-7]|yr old|year old|young|girl|teen\w*|school|child|kid|under ?age|in care|looked "
            r"after)\b",
        ),
        keys="older",
    ),
    # --- bullying of staff --------------------------------------------------------------------------
    # The only one left out: "the ward whatsapp got made again and somehow I'm the only one not in it".
    _cue(
        _B,
        r"\b(?:whatsapp|group chat|chat|group|night out|nights out|drinks|leaving do|christmas do|meal|"
        r"invites?|invitations?)\b[^.!?]{0,80}\b(?:the only (?:one|person|ap|apprentice|hca|student|"
        r"trainee)(?: who (?:is|was)| that (?:is|was))? (?:not|never|left out|left off|missed off|excluded|"
        r"missing)|(?:everyone|everybody|all of them|all of us|all|the rest)(?: \w+){0,4} (?:except|but|"
        r"apart from|bar|other than) me)\b|\bthe only (?:one|person|ap|apprentice|hca|student|trainee)(?: "
        r"who (?:is|was)| that (?:is|was))? (?:not|never) (?:in|on|added to|invited to|asked to|told about) "
        r"(?:the|their|our|a) (?:[\w']+ )?(?:whatsapp|group chat|chat|group|night out|drinks|leaving do|"
        r"christmas do|meal|team meal)\b",
        _SINGLED,
        needs=(_WORK,),
        unless=r"\b(?:do not (?:use|have|do)|not on (?:it|whatsapp)|no smartphone|my choice|chose|choose|"
        r"left it|muted|prefer|by choice|deleted|family|cousins|siblings|school|parents|holiday|annual leave|"
        r"on leave|off sick|could not (?:go|make it|come)|did not want to)\b",
        keys="whatsapp chat group night+out nights+out drinks leaving+do christmas+do meal invite invitation "
        "the+only",
        also=_WORK_ALSO,
    ),
    # Made to know one is not wanted: "a senior who makes sure I know I'm not wanted".
    _cue(
        _B,
        r"\b(?:makes?|made|making) (?:(?:it )?(?:very |pretty |really |quite |so |more than )?(?:sure|clear|"
        r"obvious|known|plain)|a point of (?:telling|showing|reminding|letting))\b[^.!?]{0,30}\b(?:not "
        r"(?:wanted|welcome|liked|good enough|one of (?:them|us)|part of (?:the|their) team)|do not "
        r"(?:belong|fit in)|did not (?:belong|fit in)|(?:am|is|was) (?:unwanted|a nuisance|in the way|"
        r"useless|a waste of space))",
        _SINGLED,
        needs=(_WORK,),
        keys="make made making",
        also=_WORK_ALSO,
    ),
    # Kept on at, given every rubbish job, jokes turned nasty: each weak alone, two make a flag.
    _cue(
        _B,
        r"\b(?:been|are|is|keep|keeps|kept|always|constantly|forever|were|was|get|gets) (?:\w+ )?on at "
        r"(?:her|him|me|them|us)\b",
        _SINGLED,
        weight=1,
        needs=(_WORK,),
        unless=r"\b(?:to eat|to rest|to take (?:a|my|her|his) break|to go home|about (?:my|her|his) "
        r"(?:health|diet|eating))\b",
        keys="on+at",
        also=_WORK_ALSO,
    ),
    _cue(
        _B,
        r"\b(?:gets?|getting|got|given|giving|gives|give|left with|stuck with|lumbered with|dumped with|does|"
        r"doing|do|did) (?:all |every |each |always |the |all the )?(?:\w+ )?(?:rubbish|crap|shit|shitty|"
        r"worst|dirty|horrible|grotty|rotten|menial|nasty|unpopular|crappy) (?:jobs?|tasks?|shifts?|work|"
        r"bays?|patients?)\b",
        _SINGLED,
        weight=1,
        needs=(_WORK,),
        keys="rubbish crap shit shitty worst dirty horrible grotty rotten menial nasty unpopular crappy",
        also=_WORK_ALSO,
    ),
    _cue(
        _B,
        r"\b(?:jokes?|comments?|banter|remarks?|digs?|teasing|nicknames?)\b (?:\w+ ){0,4}(?:are|is|were|was|"
        r"get|gets|got|getting|have been|has been|became|turned|has turned|have turned|has got|have got|are "
        r"getting|is getting) (?:\w+ )?(?:nasty|cruel|vicious|spiteful|personal|hurtful|mean|out of order|"
        r"too far|vile|below the belt)\b|\b(?:nasty|cruel|spiteful|hurtful|vicious|mean) (?:jokes?|comments?|"
        r"remarks?|digs?|banter|nicknames?)\b",
        _SINGLED,
        weight=1,
        needs=(_WORK,),
        unless=r"\b(?:patients? (?:make|made|say|said)|a patient|from patients|relatives?)\b",
        keys="joke jokes comment comments banter remark remarks dig digs teasing nickname nasty cruel "
        "spiteful hurtful vicious mean",
        also=_WORK_ALSO,
    ),
    # Left out and the only one of a kind: each weak alone ("I never get asked, and I'm the only black HCA").
    _cue(
        _B,
        r"\bi (?:never|do not|did not|never ever) (?:get|got|am|was|been|ever get) (?:asked|invited|told|"
        r"included|picked|chosen|offered)\b",
        _SINGLED,
        weight=1,
        needs=(_WORK,),
        keys="i+never i+do i+did",
        also=_WORK_ALSO,
    ),
    _cue(
        _B,
        r"\bthe only (?:black|asian|brown|muslim|sikh|hindu|jewish|gay|lesbian|trans|foreign|international|"
        r"polish|african|filipino|indian|disabled|deaf|older|male|man|woman|female) (?:one|person|hca|nurse|"
        r"ap|apprentice|member of staff|staff member|student|trainee|support worker|rmn)\b",
        _SINGLED,
        weight=1,
        needs=(_WORK,),
        keys="the+only",
        also=_WORK_ALSO,
    ),
    # "Too big for my boots" from colleagues since starting a course.
    _cue(
        _B,
        r"\b(?:too big for (?:my|her|his|your) boots|(?:up|stuck up) (?:her|his|my) own (?:arse|backside|"
        r"bum))\b",
        _SINGLED,
        weight=3,
        needs=(
            r"\b(?:uni|university|course|apprenticeship|degree|studying|study|training|programme|qualif\w*|"
            r"epa|nursing associate|promotion)\b",
            _WORK,
        ),
        keys="too+big up+her up+his up+my stuck+up",
    ),
    # Mocked for studying: "every time I mention uni it's 'who does she think she is'".
    _cue(
        _B,
        r"\bwho (?:does|do) (?:she|he|you|i) think (?:she|he|you|i) (?:is|are|am)\b|\b(?:say|says|said|"
        r"saying|reckon\w*|act like|acts like|make out|makes out|accus\w* (?:me|her|him) of|tell me|told me|"
        r"tells me) (?:that )?(?:i|she|he|you) (?:think|thinks|thought|reckon\w*) (?:i am|she is|he is|you "
        r"are|i was|she was|he was) (?:better than|above|too good for|too posh for|something special)\b|"
        r"\b(?:getting|got|gets|get|having|has|have) (?:ideas )?above (?:herself|himself|myself|yourself|her "
        r"station|his station|my station|your station)\b|\btoo (?:posh|clever|good) for (?:us|the rest of us|"
        r"the ward|this ward|the team)\b|\b(?:little )?(?:miss|mr|professor|lady|madam) (?:uni|university|"
        r"student|know it all|clever clogs|degree)\b",
        _SINGLED,
        weight=3,
        needs=(
            r"\b(?:uni|university|course|apprenticeship|apprentice|degree|studying|study|studies|training|"
            r"programme|qualif\w*|assignments?|essays?|epa|nursing associate|promotion|band [4-6]|b[4-6])\b",
        ),
        negatable=True,
        keys="who+does who+do say says said saying reckon act+like acts+like make+out makes+out accus "
        "tell+me told+me tells+me getting got gets get having has have too+posh too+clever too+good little "
        "miss mr professor lady madam",
    ),
)
