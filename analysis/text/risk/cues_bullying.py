"""Cues of bullying, harassment and discrimination of staff."""

from __future__ import annotations

from .cue import _B, _Cue, _cue

CUES: tuple[_Cue, ...] = (
    # --- bullying, harassment and discrimination of staff ----------------------------------------
    _cue(
        _B,
        r"\bbull(?:y|ies|ied|ying)\b",
        "names bullying",
        direct=True,
        topic=True,
        negatable=True,
        keys="bull",
    ),
    _cue(
        _B,
        r"\b(?:been|being|am|was|were|get|got|feel|felt|getting|is|are) (?:\w+ )?bullied|\bbullied by\b"
        r"|\bbull(?:ies|ying|y|ied) (?:me|us|her|him|the apprentices|apprentices|the students|students)\b",
        "describes being bullied",
        direct=True,
        negatable=True,
        keys="bull",
    ),
    _cue(_B, r"\bharass\w*", "names harassment", direct=True, topic=True, negatable=True, keys="harass"),
    _cue(
        _B,
        r"\bracis\w*|\bhomophob\w*|\btransphob\w*|\bsexis[tm]\w*|\bmisogyn\w*|\bdiscriminat\w*"
        r"|\bvictimi[sz]\w*|\bislamophob\w*|\bableis\w*|\bantisemit\w*|\bxenophob\w*|\bbigot\w*",
        "names discrimination",
        direct=True,
        topic=True,
        negatable=True,
        keys=(
            "racis homophob transphob sexis misogyn discriminat victimi islamophob ableis antisemit "
            "xenophob bigot"
        ),
    ),
    _cue(
        _B,
        r"\b(?:rolls?|rolling|rolled) (?:her|his|their) eyes|\b(?:ignore|ignores|ignoring|ignored|blank"
        r"|blanks|"
        r"blanked|blanking) me\b|\bbehind my back|\bwhisper\w*|\b(?:laugh|laughs|laughed|laughing|sniggering|"
        r"sniggered|smirk\w*) (?:at|about) (?:me|it|my)\b"
        r"|\b(?:pick|picks|picked|picking) on (?:me|us|her|him|the apprentices)|\b(?:being|been|get|got|am|"
        r"was) picked on|\bsingled (?:me )?out"
        r"|\b(?:excluded|left out|frozen out|froze me out|shut out|left off)\b|\bhumiliat\w*|\bbelittl\w*"
        r"|\bmade me feel (?:stupid|small|worthless|useless|like dirt|like nothing|like an idiot|thick)"
        r"|\bputs? me down|\b(?:shout|shouts|shouted|shouting|yells?|yelled|yelling|screams?|screamed|"
        r"screaming|swore|swears|snaps|snapped|barks?|barked) at me\b"
        r"|\bin front of (?:everyone|the team|the patients|patients|colleagues|the whole|other staff"
        r"|the ward)"
        r"|\bnobody (?:talks|speaks|says hello|says hi|sits) (?:to|with) me|\bwill not let me sit"
        r"|\bnot allowed in the staff ?room|\b(?:call|calls|called|calling) me ['\"]|\bname(?:-| )calling"
        r"|\bcalled me names|\b(?:make|makes|made|making) fun of (?:me|my)\b|\bmock(?:s|ed|ing)? (?:me|my)\b"
        r"|\btak(?:e|es|ing) the (?:mick|piss|mickey) (?:out of|outta) me|\bundermin\w* me\b"
        r"|\bundermin\w* (?:my|me in front)|\btells? (?:patients|others|everyone|the team|people) (?:not to|"
        r"i am|that i)|\b(?:all|always|only) (?:get|given|gets|give me) (?:all )?the (?:worst|dirty|rubbish|"
        r"crap|horrible) jobs|\bthe worst jobs\b|\bbecause i am (?:an apprentice|the apprentice|a trainee|"
        r"new|a student|only a (?:b3|hca|band 3)|band 3)|\bdread (?:going|coming|every|each|my|the) "
        r"(?:in|to work|to placement|shift|shifts|day|days|work)|\b(?:horrible|nasty|abusive|threatening|"
        r"vile|hateful) (?:messages|texts|emails|comments|notes)"
        r"|\bcry(?:ing)? (?:in|on) (?:the toilets?|my break|the way home|the car|the sluice)"
        r"|\bhow (?:he |she |they |(?:the|my) (?:\w+ ){1,3})(?:speaks?|talks?|spoke|talked) to me\b"
        r"|\btalk(?:s|ing|ed)? about me\b|\bexclud\w* me\b|\bas (?:a )?punishment\b"
        r"|\b(?:in|speak|speaking|talk|talking) (?:in )?(?:another|their own) language",
        "describes being excluded or belittled",
        negatable=True,
        weight=1,
        # A receptionist's eye-roll at a patient is a complaint about manners, not bullying or abuse.
        unless=r"\b(?:receptionist|receptionists|reception)\b",
        keys=(
            "eyes ignor blank behind whisper laugh snigger smirk pick singled excluded left+out frozen "
            "froze shut+out left+off humiliat belittl made+me puts+me put+me shout yell scream swore "
            "swear snap bark in+front nobody+talks nobody+speaks nobody+says nobody+sits let+me "
            "staff+room staffroom call name+calling fun+of mock mick piss undermin tells+patients "
            "tells+others tells+everyone tells+the tells+people tell+patients tell+others tell+everyone "
            "tell+the tell+people jobs because+i dread horrible nasty abusive threatening vile hateful "
            "cry crying speaks+to speak+to spoke+to talks+to talk+to talked+to about+me exclud punishment "
            "language calling"
        ),
    ),
    _cue(
        _B,
        r"\b(?:told|called|calls|call|says|said|tells) (?:me|us) (?:that )?(?:i am |i was |we are |we were )?"
        r"(?:a |an )?(?:thick|stupid|useless|lazy|an? idiot|idiots?|worthless|pathetic|a waste|hopeless|"
        r"rubbish|a joke|dumb|incompetent|a liability|not good enough|will never (?:pass|make it|be)|"
        r"not cut out|should (?:leave|quit|give up))",
        "describes being insulted at work",
        keys=(
            "thick stupid useless lazy idiot worthless pathetic waste hopeless rubbish joke dumb "
            "incompetent liability good+enough will+never cut+out leave quit give+up"
        ),
    ),
    _cue(
        _B,
        r"\b(?:treat(?:s|ed|ing)? (?:me|us|apprentices|aps|the apprentices|the aps)|(?:am|are|is|were|was"
        r"|being|"
        r"get|got|feel|felt) treated) like (?:dirt|rubbish|crap|shit|"
        r"an idiot|idiots|a child|children|a skivvy|skivvies|a slave|slaves|second class|nothing|i am stupid|"
        r"we are stupid|i am thick|a dogsbody|a servant)|\bmade (?:my|our) (?:life|lives|placement|time|days)"
        r" (?:hell|a misery|a living hell|miserable|unbearable)"
        r"|\b(?:comment|comments|commenting|commented|remarks|jokes|joking) (?:on|about) my (?:weight|body|"
        r"appearance|looks|size|clothes|hair|skin|teeth)"
        r"|\bcalled me (?:a |an )?(?:\w+ ){0,2}(?:as a joke|for a laugh|in front of)|\bcalled me (?:a |an )?"
        r"(?:terrorist|monkey|paki|dyke|faggot|fag|tranny|retard|spastic|slag|slut|bitch|immigrant|"
        r"foreigner|illegal)\b"
        r"|\b(?:messag|text|email|snapchat|dm)\w* me (?:\w+ )?(?:inappropriate|sexual|dirty|explicit|rude)"
        r"|\bbecause of my (?:background|colour|race|religion|accent|age|disability|sexuality|gender|"
        r"nationality|culture|faith|ethnicity|skin|hijab|dyslexia|pregnancy)"
        r"|\b(?:treat|treats|treated|look at|looks at|talk to|talks to) me (?:like|as if) (?:i am|im|i was) "
        r"(?:stupid|thick|an idiot|useless|nothing|dirt|a child)",
        "describes being demeaned at work",
        keys=(
            "treat hell misery miserable unbearable comment remark joke joking called inappropriate "
            "sexual dirty explicit rude because+of me+like me+as"
        ),
    ),
    _cue(
        _B,
        r"\b(?:threaten\w*|said|told me|says|warned me) [^.!?]{0,40}\b(?:contract|sacked|fired|"
        r"disciplin\w*|sign(?:ed)? (?:me )?off|report me|kicked off|lose my place|fail me)"
        r"|\b(?:threaten\w*|warned me)\b[^.!?]{0,40}\b(?:job|portfolio)\b"
        r"|\b(?:messages|texts|calls|rings|emails|phones) me at (?:\d|midnight|night|all hours)"
        r"|\b(?:go|going) (?:in|on) my (?:portfolio|record|file|appraisal)"
        r"|\bget (?:their|my|your|our) contracts? ended",
        "describes intimidation at work",
        weight=1,
        keys=(
            "threaten warned+me contract sacked fired disciplin sign+off signed+off sign+me signed+me "
            "report+me kicked+off lose+my fail+me messages+me texts+me calls+me rings+me emails+me "
            "phones+me my+portfolio my+record my+file my+appraisal"
        ),
    ),
    _cue(
        _B,
        r"\bif (?:i|we|you|they) (?:complain|speak up|say anything|report|raise|whistle ?blow|go to|tell"
        # "if i put a grievance in about the rota he would make sure my sign off gets lost".
        r"|put (?:in )?(?:a )?(?:grievance|complaint|formal complaint))\w*"
        r"[^.!?]{0,50}\b(?:lose|sacked|fired|kicked|ended|finished|trouble|regret|pay for it|know about it|"
        r"gets? lost|go(?:es)? missing|disappear\w*|"
        r"sign(?:ed)? (?:me )?off|fail|contract|place|job)"
        r"|\b(?:sending|sends|sent|send) me (?:\w+ )?(?:horrible|nasty|abusive|threatening|vile|hateful) "
        r"(?:messages|texts|emails|comments|notes)",
        "describes threats for speaking up",
        keys=(
            "i+complain we+complain you+complain i+speak we+speak you+speak i+say you+say i+report "
            "we+report you+report i+raise we+raise you+raise i+whistle you+whistle i+go you+go i+tell "
            "you+tell we+tell sending+me sends+me sent+me send+me i+complain i+speak i+say i+report "
            "i+raise i+whistle i+go i+tell we+complain we+speak we+say we+report we+raise we+whistle "
            "we+go we+tell you+complain you+speak you+say you+report you+raise you+whistle you+go "
            "you+tell i+put we+put you+put they+put they+complain they+speak they+say they+report "
            "they+raise they+whistle they+go they+tell"
        ),
    ),
    _cue(
        _B,
        r"\bpeople like you\b(?! (?:and me|make|are (?:great|amazing|brilliant|lovely)))"
        r"|\byour (?:sort|kind)\b|\b(?:told|said to|calls?|called) (?:me|us)[^.!?]{0,10}\byou people\b"
        r"|\b(?:because|cause) (?:i am|she is|he is|we are|i was) (?:black|foreign|gay|pregnant|muslim|"
        r"disabled|a woman|asian|polish|trans|dyslexic|older|overseas|from abroad|jewish|lesbian|bisexual|"
        r"autistic|romanian|african|indian|filipino|nigerian|not british|not from here|a mum)\b"
        r"|\b(?:being|is|am|was) (?:gay|lesbian|trans|bisexual|muslim|black|pregnant|disabled)\b[^.!?]{0,40}"
        r"\b(?:fine as long|do not find out|keep it quiet|not mention|not tell)"
        r"|\bpregnan\w*[^.!?]{0,40}\b(?:went down badly|not a team player|off the|removed|dropped|"
        r"treated differently|suddenly|pushed out|pushed off)"
        r"|\b(?:told|said to) (?:me )?(?:that )?i am too (?:old|young)|\b(?:said|says) i am too (?:old|young)"
        r"|\bmonkey (?:noises|sounds)|\bthe only (?:black|asian|brown|foreign|muslim|gay|"
        r"overseas|polish|african|filipino|indian) (?:member of staff|one|person|nurse|hca|ap|apprentice"
        r"|staff)"
        r"[^.!?]{0,40}\b(?:they|and|so)\b"
        r"|\b(?:since|after) i (?:came out|said i (?:was|am)|told (?:them|people|everyone"
        r"|the team) (?:that )?i "
        r"(?:am|was|have|had)|told them (?:that )?i (?:am|was|have|had)|announced|got pregnant|"
        r"said i was pregnant|complained|raised a concern|spoke up|reported|whistle ?blew)"
        r"|\bi (?:reported|complained about|raised (?:a )?concerns? about|spoke up about|whistle ?blew on) "
        r"[^.!?]{0,30}\b(?:and|but) (?:now|since then|ever since)\b"
        r"|\bmy (?:accent|hijab|skin|religion|race|colour|weight|sexuality|disability|nationality|"
        r"headscarf|dyslexia|autism|adhd)\b[^.!?]{0,40}\b(?:comments?|jokes?|remarks?|mock\w*|laugh\w*|"
        r"called|liability|problem|burden|should leave|not cut out|excuse)"
        r"|\b(?:comments?|jokes?|remarks?|mock\w*|laugh\w*|digs?|fun) (?:about|at|on|of) (?:me |my )?"
        r"(?:being )?(?:accent|hijab|skin|religion|race|colour|weight|sexuality|disability|nationality|"
        r"headscarf|culture|black|asian|foreign|polish|muslim|gay|pregnant|disabled|dyslexic|"
        r"fat|my english)\b",
        "describes discrimination",
        keys=(
            "people+like your+sort your+kind you+people black foreign gay pregnan muslim disabled woman "
            "asian polish trans dyslexi older overseas abroad jewish lesbian bisexual autis romanian "
            "african indian filipino nigerian british from+here a+mum too+old too+young monkey brown "
            "accent hijab skin religion race colour weight sexuality disabilit nationality headscarf "
            "culture fat my+english adhd since+i after+i i+reported i+complained i+raised i+spoke "
            "i+whistle"
        ),
    ),
    _cue(
        _B,
        # A writer's faith practice singled out by a manager or the team: a prayer or a fast made a
        # point of in a meeting, breaks moved so it cannot be kept.
        r"\bi (?:am )?(?:pray|prays|praying|fast|fasting|observe ramadan|wear (?:a |my )?(?:hijab|headscarf"
        r"|turban|patka|kippah)|go to (?:the )?(?:mosque|church|temple|gurdwara|synagogue|friday prayers?))\b"
        r".{0,160}?\b(?:made a point|everyone (?:looked|stared|turned) (?:at|to) me"
        r"|(?:moved|changed|cut|stopped) my breaks?"
        r"|my breaks? (?:are|were|got|have been|has been) (?:put|moved|changed|cut|stopped)"
        r"|(?:won'?t|doesn'?t|don'?t|wouldn'?t) let me"
        r"|told me (?:to stop|not to|i (?:can'?t|cant|couldn'?t))"
        r"|(?:comments?|jokes?|remarks?|digs?|sniggers?) (?:about|at) (?:it|me|my))"
        r"|\b(?:moved|changed|put) my breaks?\b[^.!?]{0,40}\bso (?:i|that i) "
        r"(?:can'?t|cant|couldn'?t|can not) (?:pray|get to (?:the )?(?:mosque|prayers?|friday prayers?)"
        r"|break my fast)",
        "describes discrimination against a writer's faith",
        keys="i+am i+pray i+prays i+praying i+fast i+fasting i+observe i+wear i+go moved changed put",
    ),
    _cue(
        _B,
        r"\b(?:stand|standing|stands|stood) (?:too|really|very) close|\b(?:touch(?:es|ed|ing)?|grab(?:s"
        r"|bed)?|"
        r"rub(?:s|bed)?|slap(?:s|ped)?|pinch(?:es|ed)?) my (?:back|bum|leg|legs|hair|waist|bottom|thigh|"
        r"chest|breasts?|knee|backside|arse)"
        r"|\b(?:comments|remarks|jokes) about my (?:body|looks|appearance|chest|figure|bum|boobs|legs)"
        r"|\bsexual (?:comments|jokes|remarks|innuendo)|\bkeeps? asking me out|\bsend(?:s|ing)? me "
        r"(?:pictures|photos|pics) of",
        "describes sexual harassment",
        keys="stand stood touch grab rub slap pinch comment remark joke sexual asking send",
    ),
    _cue(
        _B,
        r"\blike being back at school|\bdo not want to be there\b|\btoxic (?:team|ward|culture|environment|"
        r"manager|workplace|place)|\bclique\w*|\bgaslight\w*|\bscapegoat\w*",
        "describes a hostile workplace",
        weight=1,
        keys="school be+there toxic clique gaslight scapegoat",
    ),
)
