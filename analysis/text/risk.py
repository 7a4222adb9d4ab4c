"""Risk flags: which comments a safeguarding lead must read, in which category, and why.

Rules, not a model: each category has cues (phrases matched on normalised text) that say what the
comment discloses. Topic words ("suicide", "abuse", "bullying") are set aside when they sit in
training or policy words ("the suicide prevention module", "the bullying policy"), while the writer's
own account ("I have been self harming", "he checks my phone") is never set aside. Figures of speech
("this survey is killing me") and jokes about a trivial task are masked before matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["RISK_CATEGORIES", "RiskFlag", "assess_risk", "risk_flag"]

#: Category key -> plain label; the keys are those of analysis/evaluation_sets/risk.csv.
RISK_CATEGORIES: dict[str, str] = {
    "suicide_self_harm": "Suicide or self-harm",
    "abuse_coercion": "Abuse or coercive control",
    "bullying_staff": "Bullying, harassment or discrimination of staff",
    "unsafe_staffing": "Unsafe staffing",
    "medication_error": "Medication error",
    "unsafe_care": "Unsafe care or neglect",
}

# When two categories score alike, the one a lead would act on first.
_PRIORITY = (
    "suicide_self_harm",
    "abuse_coercion",
    "unsafe_care",
    "medication_error",
    "unsafe_staffing",
    "bullying_staff",
)


@dataclass(frozen=True)
class RiskFlag:
    """A comment a safeguarding lead must read: its category and a short plain reason."""

    category: str
    reason: str


@dataclass(frozen=True)
class _Cue:
    """One way a disclosure is written: its category, pattern and why it matters."""

    category: str
    pattern: re.Pattern[str]
    reason: str
    direct: bool
    # A topic word that training or policy words around it turn into a subject of study.
    topic: bool = False
    # Cues a plain negation just before them cancels ("never felt bullied").
    negatable: bool = False
    # 2 flags a comment alone; 1 needs another cue of the same category.
    weight: int = 2


def _cue(
    category: str,
    pattern: str,
    reason: str,
    *,
    direct: bool = False,
    topic: bool = False,
    negatable: bool = False,
    weight: int = 2,
) -> _Cue:
    """A cue with its pattern compiled."""
    return _Cue(category, re.compile(pattern), reason, direct, topic, negatable, weight)


# Contractions and text-speak are spelled out before matching, so each cue is written once:
# "dont", "don't" and "do not" all become "do not".
_CONTRACTIONS = [
    (r"\b(can)'?t\b", r"can not"),
    (r"\bcannot\b", "can not"),
    (r"\bwon'?t\b", "will not"),
    (r"\bain'?t\b", "is not"),
    (r"\b(do|does|did|is|was|are|were|have|has|had|could|would|should|must|need)n'?t\b", r"\1 not"),
    (r"\bi'?m\b", "i am"),
    (r"\bi'?ve\b", "i have"),
    (r"\bi'll\b", "i will"),
    (r"\bi'd\b", "i would"),
    (r"\b(he|she|it|that|there|what)'s\b", r"\1 is"),
    (r"\b(its)\b(?= (just|only|like|been|not|so|a|the|me|all|getting|got))", "it is"),
    (r"\b(you|we|they)'re\b", r"\1 are"),
    (r"\b(you|we|they)'ve\b", r"\1 have"),
    (r"\b(he|she|we|they|you)'d\b", r"\1 would"),
    (r"\b(he|she|we|they|you)'ll\b", r"\1 will"),
    (r"\bwanna\b", "want to"),
    (r"\bgonna\b", "going to"),
    (r"\bu\b", "you"),
    (r"\bur\b", "your"),
    (r"\bcos\b|\bcoz\b|\bcuz\b", "because"),
    (r"\bany more\b", "anymore"),
    (r"\bmyself\b|\bmy self\b", "myself"),
    (r"\bself[- ]?harm", "self harm"),
    (r"\bno ?one\b|\bnoone\b", "nobody"),
]
_CONTRACTION_RES = [(re.compile(p), r) for p, r in _CONTRACTIONS]


def _normalise(text: str) -> str:
    """Lower case, straight apostrophes and quotes, contractions spelled out, single spaces."""
    t = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    t = t.replace("\u201c", '"').replace("\u201d", '"')
    for pattern, repl in _CONTRACTION_RES:
        t = pattern.sub(repl, t)
    return re.sub(r"[ \t\r\f\v]+", " ", t)


# People close to the writer, who may hurt or control them.
_PERSON = (
    r"(?:he|she|they|him|her|them|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|"
    r"dad|mum|mom|father|mother|stepdad|stepmum|brother|sister|son|daughter|uncle|aunt|grandad|"
    r"nan|family|carer|landlord|flatmate|boss)"
)
_KIN = (
    r"(?:husband|wife|partner|boyfriend|girlfriend|kids|children|child|son|daughter|mum|mam|mom|dad|"
    r"family|sister|brother|parents|grandchildren|friends?|nan|grandma|grandad)"
)
# Colleagues: where bullying of staff happens.
_COLLEAGUE = (
    r"(?:mentor|manager|colleague|colleagues|band ?[5-8]|b[5-8]|senior|seniors|nurse in charge|nic|"
    r"the others|staff ?room|handover|supervisor|preceptor|team leader|line manager|matron|"
    r"the nurses|other staff|qualified staff|the team|my team|on shift|every shift|the ward manager|"
    r"at work|placement|rota|apprentices?|trainees?)"
)
_COLLEAGUE_RE = re.compile(rf"\b{_COLLEAGUE}\b")
_MEDS = (
    r"(?:meds|medication|medications|medicine|medicines|tablets?|pills?|dose|doses|dosage|drugs?|"
    r"injection|depot|insulin|clozapine|lithium|inhaler|prescription|liquid|patch|antibiotics?|"
    r"methadone|warfarin|morphine|oramorph|capsules?)"
)
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
}
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty)"

_S = "suicide_self_harm"
_A = "abuse_coercion"
_B = "bullying_staff"
_ST = "unsafe_staffing"
_M = "medication_error"
_C = "unsafe_care"

_CUES: tuple[_Cue, ...] = (
    # --- suicide and self-harm --------------------------------------------------------------------
    _cue(_S, r"\bsuicid\w*", "names suicide", direct=True, topic=True),
    _cue(
        _S,
        r"\b(?:am|feel|feeling|felt|been|is|was|getting) (?:\w+ )?suicidal|suicidal (?:thoughts|feelings)"
        r"|(?:thought|thoughts|thinking|think) (?:about|of) (?:suicide|killing myself)"
        r"|(?:attempted|tried to commit|tried) suicide|suicide attempt",
        "speaks of suicidal thoughts",
        direct=True,
    ),
    _cue(
        _S,
        r"\bkill(?:ing|ed|s)? (?:myself|themselves|himself|herself|meself)\b|\bkms\b",
        "talks of killing themselves",
        direct=True,
    ),
    _cue(_S, r"\bself harm\w*", "names self-harm", direct=True, topic=True),
    _cue(
        _S,
        r"\b(?:been|started|start|keep|kept|am|is|are|was|were|still|back to|relapsed into|my) "
        r"(?:\w+ )?self harm\w*|self harm\w* (?:again|lately|every|most|since)",
        "describes self-harm",
        direct=True,
    ),
    _cue(
        _S,
        r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|scratch\w*|punish\w*|hit|hitting|starv\w*)"
        r" myself\b|\bcut(?:ting)? (?:my|his|her) (?:arms?|wrists?|legs?|thighs?)|\bmy scars\b"
        r"|\bthe scars are",
        "describes hurting themselves",
    ),
    _cue(_S, r"\boverdos\w*|\bod'?d\b|\btook an od\b", "mentions an overdose", direct=True, topic=True),
    _cue(
        _S,
        r"\b(?:i|me|myself) (?:\w+ ){0,2}(?:took|take|taken|taking) (?:an |another )?overdose",
        "speaks of taking an overdose",
        direct=True,
    ),
    _cue(
        _S,
        r"\b(?:end|ending|ended|take|taking|took) (?:my|his|her|their) (?:own )?life\b"
        r"|\bend(?:ing)? (?:it all|everything)\b"
        r"|\b(?:thinking|think|thought|feel|felt|want|wanted|wanting|going|plan|planning|like|about|of|"
        r"just|could|should) (?:about |of |to |like )?(?:end|ending) (?:it|things|myself)\b"
        r"(?! (?:with|there|here|early|now|on|at))",
        "talks of ending their life",
    ),
    _cue(
        _S,
        r"\b(?:want|wanted|wanting|wish|wished|wishing) (?:to )?(?:die|be dead|was dead|were dead|"
        r"i was dead|i were dead|i was not here|i was not alive|i had never been born|i was never born|"
        r"to disappear forever|to not exist|not to exist|to not be here|not to be here|to sleep forever|"
        r"it was all over|it would all stop|i could just disappear|i could disappear|"
        r"i would not wake up|i did not wake up)"
        r"|\bbetter off (?:dead|without me|if i was not here|if i were gone|if i was gone)\b"
        r"|\b(?:everyone|they|family|kids|people) (?:would|will) be better off\b"
        r"|\bno (?:point|reason|purpose) (?:in |to )?(?:living|going on|carrying on|being here|being alive|"
        r"live|go on|carry on|in anything|anymore|in life|to life|waking up)"
        r"|\bwhat is the point (?:in|of) (?:anything|living|going on|it all|life|being here)"
        r"|\bnothing (?:left )?to live for|\bnot worth living|\blife is not worth"
        r"|\bno will to live|\blost the will to live(?! lol)|\btired of (?:living|life|being alive)"
        r"|\bdo not want to (?:live|be alive|exist|go on|carry on|be here anymore|be around|wake up)",
        "wishes they were dead or not here",
    ),
    _cue(
        _S,
        r"\b(?:rather|prefer to|like to|want to|wish i could|hope i) (?:just )?(?:not|never) wake up"
        r"|\bif i (?:did not|do not|never|was not to|were not to) wake up"
        r"|\bnot wak(?:e|ing) up (?:tomorrow|in the morning|again|one day)"
        r"|\bgo to sleep (?:and|&) (?:not|never)",
        "wishes not to wake up",
    ),
    _cue(
        _S,
        r"\b(?:will not|not going to|may not|might not|do not think i will|do not expect to) be "
        r"(?:here|around|alive) (?:for|by|much longer|long|next|to see|tomorrow|anymore|at christmas|"
        r"when)",
        "says they will not be around",
    ),
    _cue(
        _S,
        r"\bmade (?:my )?peace\b|\b(?:said|saying|say) (?:my )?goodbyes?\b|\bgoodbye (?:letters?|notes?)"
        r"|\b(?:writing|wrote|written|left|leave|leaving|write) (?:a |some )?(?:letters?|notes?) "
        rf"(?:to|for) (?:my |the )?{_KIN}"
        r"|\bjust in case\b(?=[^.!?]{0,30}\b(?:letter|note|goodbye))"
        r"|\bgiv(?:e|ing|en) (?:away )?(?:all )?my (?:things|stuff|belongings|possessions|pets?)"
        r"(?: away)?\b|\b(?:sorted|sorting|put|putting) (?:out )?my (?:affairs|will)\b",
        "describes goodbyes or putting affairs in order",
    ),
    _cue(
        _S,
        r"\bstockpil\w*|\bsav(?:e|ed|ing) up (?:my |all my )?(?:tablets|pills|meds|medication)"
        r"|\bhow many (?:tablets|pills|paracetamol|of my tablets) (?:it )?(?:would|to|will)"
        r"|\b(?:research\w*|look\w* up|googl\w*) (?:doses|overdoses?|how to|ways to|how many)"
        r"|\b(?:bridge|railway|train tracks|the tracks|cliff|motorway|rooftop|multi ?storey)\b"
        r"[^.!?]{0,40}\b(?:on my mind|keep thinking|been thinking|think about|drawn to|calling me)"
        r"|\b(?:jump|jumping|step|stepping|throw myself|throwing myself) (?:off|in front of|under|from)"
        r"|\bhang (?:myself|himself|herself)|\bnoose\b|\b(?:tie|tied|tying|made|make) a ligature",
        "mentions a means or plan",
    ),
    _cue(
        _S,
        r"\bcan not (?:go on|carry on|keep going|do this anymore|take (?:it|this) anymore|cope anymore|"
        r"keep doing this|face another day|live like this)",
        "says they cannot go on",
    ),
    _cue(
        _S,
        r"\b(?:dark|suicidal|intrusive|scary) thoughts|\bthoughts (?:of|about) (?:dying|death|ending|"
        r"not being here|not waking up)|\b(?:thinking|think) about (?:dying|death|not being here)",
        "speaks of dark thoughts",
    ),
    _cue(
        _S,
        r"\b(?:not|never) (?:been |felt |feeling |feel )?safe (?:lately|with myself|on my own|around myself|"
        r"at the moment|right now|these days|in my own head|to be (?:alone|on my own))"
        r"|\bhave not been (?:keeping )?safe|\bkeep(?:ing)? myself safe",
        "says they have not been safe",
    ),
    _cue(
        _S,
        r"\b(?:a|such a) burden (?:to|on) (?:everyone|my family|them|my kids|people)",
        "feels a burden to others",
        weight=1,
    ),
    _cue(
        _S,
        r"\b(?:she|he|they) (?:keeps?|kept) (?:saying|talking about|on about) (?:she|he|they) "
        r"(?:will not|would not|is not going to|might not) be (?:here|around)",
        "says someone else talks of not being around",
    ),
    # --- abuse and coercive control ---------------------------------------------------------------
    _cue(_A, r"\babus(?:e|ed|es|ive|ing|er)\b", "names abuse", direct=True, topic=True),
    _cue(
        _A,
        r"\b(?:sexually|physically|financially|emotionally) (?:assaulted|abused|exploited|attacked)"
        r"|\b(?:was|been|being|got|get) (?:\w+ )?(?:assaulted|abused|raped|molested|groped|attacked)"
        r"|\braped\b|\brape\b(?! (?:alarm|crisis))"
        r"|\babus(?:es|ed|ing) (?:me|her|him|them)\b|\babusive (?:partner|husband|wife|relationship|ex|"
        r"boyfriend|girlfriend|marriage|father|mother|dad|mum|home)",
        "describes abuse",
        direct=True,
    ),
    _cue(
        _A,
        r"\b(?:domestic (?:abuse|violence)|coercive control\w*)",
        "names domestic abuse",
        direct=True,
        topic=True,
    ),
    _cue(
        _A,
        r"\bassault\w*",
        "names assault",
        direct=True,
        topic=True,
    ),
    _cue(
        _A,
        rf"\b{_PERSON} (?:\w+ )?(?:hits|hit|hurts|hurt|beats|beat|punche[sd]|punch|kicks|kicked|"
        r"slaps|slapped|"
        r"strangl\w*|chokes|choked|pushes|pushed|shoves|shoved|grabs|grabbed|threatens|threatened|bites|"
        r"throws things at|spits at) (?:me|her|him|them|my)\b",
        "describes being hurt or threatened by someone",
        direct=True,
    ),
    _cue(
        _A,
        r"\bwalk(?:s|ing)? on egg ?shells|\b(?:scared|afraid|frightened|terrified|petrified) "
        r"(?:of (?:him|her|them|my (?:husband|partner|boyfriend|girlfriend|dad|mum|brother|ex|son))|"
        r"to (?:go home|go back home|tell (?:him|her))|of going home|what (?:he|she) will do)",
        "describes living in fear of someone",
    ),
    _cue(
        _A,
        rf"\b{_PERSON} (?:\w+ )?(?:will not|does not|do not|did not|would not|never) let (?:me|her|him) "
        r"(?!go to (?:uni|college|my study|training|study)|have (?:my|a) (?:study|training|day off|"
        r"break|leave))\w+"
        rf"|\bwill not let me (?:see|visit|talk to|speak to|ring|call|go out with) (?:my )?{_KIN}"
        r"|\b(?:i am|i was|she is|he is|am) not allowed (?:to )?(?:go out|out|see|leave the house|"
        r"talk to|speak to|have (?:my own|any) money|go (?:to|anywhere) on my own|visit)"
        r"|\b(?:checks|checking|goes through|reads|tracks|monitors) (?:all )?my (?:phone|messages|texts|"
        r"bank|emails|location|spending)"
        r"|\b(?:takes|took|keeps|hides|hid|has) (?:all )?my (?:money|bank card|card|benefits|pension|"
        r"wages|passport|car keys|keys|phone)\b(?! (?:for|to charge))"
        r"|\bmakes? me sign|\bmade me sign|\bin (?:his|her) name now"
        r"|\bhas to come (?:in )?with me|\banswers? for me\b|\bspeaks? for me\b|\bcontrols? (?:all )?"
        r"(?:the|my) (?:money|finances)|\blocks? me (?:in|out)\b|\blocked (?:me|her|him) in\b",
        "describes being controlled by someone",
    ),
    _cue(
        _A,
        r"\bcomes? (?:in|into) my (?:room|bed|bedroom) (?:at night|when)"
        r"|\b(?:touch(?:es|ed|ing)?|feel(?:s|ing)? up) (?:me|her|him|them|patients?|residents?) "
        r"(?:at night|when|inappropriately|in (?:the|my|her|his))"
        r"|\b(?:touch(?:es|ed|ing)?) (?:me|her|him) (?:down there|inappropriately|where)"
        r"|\bsexual (?:abuse|exploitation|assault)|\b(?:makes|made|forces|forced) (?:me|her|him) "
        r"(?:have sex|do sexual|watch porn|send (?:photos|pictures|nudes))",
        "describes sexual abuse or its risk",
    ),
    _cue(
        _A,
        r"\b(?:told|tell|had|have|made|make) (?:\w+ ){0,3}(?:to say|i fell|she fell|he fell|i walked into)"
        r"|\b(?:i|she|he) (?:did not|never) (?:fall|fell|walk into)\b",
        "describes an injury being hidden",
    ),
    _cue(
        _A,
        r"\b(?:quiet|scared|frightened|withdrawn|terrified|flinch\w*|tense|upset) when (?:a |one |that |"
        r"the |this |certain )?(?:certain |particular )?(?:staff|night worker|worker|carer|nurse|member of "
        r"staff|hca|support worker|man|male)"
        r"|\b(?:terrified|scared|frightened|afraid) of (?:the |certain )?(?:staff|nurses|carers|them)\b",
        "describes someone afraid of a person caring for them",
    ),
    _cue(
        _A,
        r"\block(?:s|ed|ing)? (?:his|her|their|my) (?:phone|belongings|things|room) (?:away|up)"
        r"|\b(?:take|took|takes|taking) (?:his|her|their) (?:phone|belongings) (?:away|off)",
        "describes a patient being controlled",
    ),
    _cue(
        _A,
        r"\b(?:could|might|will|would|going to|want to|feel like i could) (?:\w+ )?(?:hurt|harm|kill|"
        r"attack|stab) (?:someone|somebody|people|others|him|her|them|my (?:wife|husband|partner|mum|dad|"
        r"kids|children|son|daughter))\b|\bharm to others\b",
        "speaks of harming someone else",
        direct=True,
    ),
    _cue(
        _A,
        r"\b(?:scared|fear\w*|afraid) for my (?:life|safety)\b",
        "fears for their safety",
        direct=True,
    ),
    # --- bullying, harassment and discrimination of staff ----------------------------------------
    _cue(_B, r"\bbull(?:y|ies|ied|ying)\b", "names bullying", direct=True, topic=True, negatable=True),
    _cue(
        _B,
        r"\b(?:been|being|am|was|were|get|got|feel|felt|getting) bullied|\bbullied by\b"
        r"|\bbull(?:ies|ying|y) (?:me|us|her|him|the apprentices|apprentices)\b",
        "describes being bullied",
        direct=True,
        negatable=True,
    ),
    _cue(_B, r"\bharass\w*", "names harassment", direct=True, topic=True, negatable=True),
    _cue(
        _B,
        r"\bracis\w*|\bhomophob\w*|\btransphob\w*|\bsexis[tm]\w*|\bmisogyn\w*|\bdiscriminat\w*"
        r"|\bvictimi[sz]\w*|\bislamophob\w*|\bableis\w*",
        "names discrimination",
        direct=True,
        topic=True,
        negatable=True,
    ),
    _cue(
        _B,
        r"\b(?:rolls?|rolling|rolled) (?:her|his|their) eyes|\b(?:ignore|ignores|ignoring|ignored) me\b"
        r"|\bbehind my back|\bwhisper\w*|\b(?:laugh|laughs|laughed|laughing|sniggering) at me"
        r"|\b(?:pick|picks|picked|picking) on (?:me|us|her|him|the apprentices)|\bsingled (?:me )?out"
        r"|\b(?:excluded|left out|frozen out|froze me out|shut out|blanked)\b|\bhumiliat\w*|\bbelittl\w*"
        r"|\bmade me feel (?:stupid|small|worthless|useless|like dirt|like nothing)"
        r"|\bputs? me down|\b(?:shout|shouts|shouted|yells?|yelled|screamed|swore|swears) at me"
        r"|\bin front of (?:everyone|the team|the patients|patients|colleagues|the whole)"
        r"|\bnobody (?:talks|speaks) to me|\bwill not let me sit|\bnot allowed in the staff ?room"
        r"|\b(?:call|calls|called|calling) me ['\"]|\bname[- ]calling|\bcalled me names",
        "describes being excluded or belittled",
        negatable=True,
        weight=1,
    ),
    _cue(
        _B,
        r"\b(?:threaten\w*|said|told me|says) [^.!?]{0,40}(?:contract|job|sacked|fired|disciplin\w*|"
        r"portfolio|sign(?:ed)? off|report me)"
        r"|\b(?:messages|texts|calls|rings|emails) me at (?:\d|midnight|night)"
        r"|\b(?:go|going) (?:in|on) my (?:portfolio|record|file|appraisal)"
        r"|\bget (?:their|my|your|our) contracts? ended",
        "describes intimidation at work",
        weight=1,
    ),
    _cue(
        _B,
        r"\bpeople like (?:you|me|us)\b|\byour (?:sort|kind)\b|\bbecause (?:i am|she is|he is) "
        r"(?:black|foreign|gay|pregnant|muslim|disabled|a woman|asian|polish|trans|dyslexic|older|"
        r"overseas|from abroad|jewish|lesbian|bi)\b"
        r"|\b(?:being|is|am|was) (?:gay|lesbian|trans|bi|muslim|black|pregnant|disabled)\b[^.!?]{0,40}"
        r"(?:fine as long|do not find out|keep it quiet|not mention|not tell)"
        r"|\bpregnan\w*[^.!?]{0,40}(?:went down badly|not a team player|off the|removed|dropped|"
        r"treated differently|suddenly|pushed out)"
        r"|\bmy (?:accent|hijab|skin|religion|race|colour|weight|sexuality|disability|nationality|"
        r"headscarf)\b[^.!?]{0,40}(?:comments?|jokes?|remarks?|mock\w*|laugh\w*|called)"
        r"|\b(?:comments?|jokes?|remarks?|mock\w*|laugh\w*|digs?) (?:about|at|on) my (?:accent|hijab|skin|"
        r"religion|race|colour|weight|sexuality|disability|nationality|headscarf|culture|name|age)\b",
        "describes discrimination",
    ),
    _cue(
        _B,
        r"\b(?:stand|standing|stands|stood) too close|\b(?:touch(?:es|ed|ing)?|grab(?:s|bed)?|rub(?:s|bed)?)"
        r" my (?:back|bum|leg|legs|hair|waist|bottom|thigh|chest|breasts?|knee)"
        r"|\b(?:comments|remarks|jokes) about my (?:body|looks|appearance|chest|figure|bum|boobs)"
        r"|\bsexual (?:comments|jokes|remarks|innuendo)|\bkeeps? asking me out",
        "describes sexual harassment",
    ),
    _cue(
        _B,
        r"\blike being back at school|\bdread (?:going|coming) (?:in|to work|to placement|to shift|on shift)"
        r"|\bdo not want to be there\b|\btoxic (?:team|ward|culture|environment|manager|workplace)",
        "describes a hostile workplace",
        weight=1,
    ),
    # --- unsafe staffing ---------------------------------------------------------------------------
    _cue(
        _ST,
        r"\b(?:unsafe|dangerous|dangerously|not safe|risky) (?:staffing|staff(?:ing)? levels|numbers|ratios?|"
        r"low|short)|\bstaffing (?:levels )?(?:is|are|was|were|has been) (?:\w+ )?(?:unsafe|dangerous|not "
        r"safe|risky)|\b(?:dangerously|unsafely) (?:short|understaffed|low|staffed)"
        r"|\bnot enough staff (?:on )?(?:\w+ ){0,3}to (?:keep|be safe|do (?:the )?obs|watch|observe|look "
        r"after|supervise)|\btoo few staff to",
        "names unsafe staffing",
        direct=True,
        topic=True,
        negatable=True,
    ),
    _cue(
        _ST,
        r"\b(?:one|1|only one|just one|a single|only 1) (?:nurse|rmn|qualified|registered nurse|member of "
        r"staff|staff member|staff|hca|registrant|nurse on) (?:for|on|covering|looking after|to) "
        r"(?:the whole|\d+|two|both|all|three|the entire)"
        rf"|\b{_NUM} (?:staff|nurses|of us|people|hcas|rmns|carers|members of staff) (?:for|with|to|and|"
        rf"looking after|covering) {_NUM} (?:patients|service users|beds|residents|people|clients)",
        "describes too few staff for the patients",
    ),
    _cue(
        _ST,
        r"\b(?:no|without a|not a single|not one|without any) (?:rmn|registered nurse|qualified(?: nurse)?|"
        r"nurse|registrant|trained staff|qualified staff) (?:on (?:shift|the ward|the unit|duty|nights|site|"
        r"the floor)|from|between|until|til|all night)",
        "describes no qualified nurse on shift",
    ),
    _cue(
        _ST,
        r"\b(?:left|put|was|am|being|been) in charge\b[^.!?]{0,40}(?:b3|band 3|hca|trainee|apprentice|"
        r"student|first year|unqualified)|\b(?:as|being) (?:a|an) (?:b3|band 3|hca|trainee|apprentice|"
        r"student|first year)[^.!?]{0,30}in charge",
        "describes a trainee left in charge",
    ),
    _cue(
        _ST,
        r"\b(?:it is|its|it was) just me\b|\bnobody else\b"
        r"|\bno other staff\b|\b(?:she|he|the nurse|the rmn|the nic|i) (?:was|is|were|am) on (?:her|his|my) "
        r"own\b(?! (?:but|and (?:it|that) was fine))|\bon my own with \d+"
        r"|\bcover(?:ing|s|ed)? (?:two|2|both|three) wards|\bover the phone\b(?=[^.!?]{0,30}ward)"
        r"|\bthe rest were agency|\ball agency\b|\bonly one who knew the patients"
        r"|\bagency (?:lad|staff|nurse|worker|hca|girl|guy)s? (?:\w+ ){0,3}(?:never (?:been|worked)|did not "
        r"know|no idea)"
        r"|\bat the same time\b[^.!?]{0,30}\bnobody else|\bmeds round and [^.!?]{0,20}obs"
        r"|\b(?:me|just me|only me)\b[^.!?]{0,60}\b(?:\d\d|twenty|thirty) (?:patients|service users|beds|"
        r"residents)\b|\b(?:\d|two|three|four) (?:of them )?on (?:1:1|one to one|close obs|constant obs)",
        "describes staff left alone or stretched",
        weight=1,
    ),
    _cue(
        _ST,
        r"\b(?:short[- ]staffed|understaffed|not enough staff|skeleton staff|so short|too short|very short|"
        r"really short|short of staff|no staff|staff shortages?)\b",
        "describes a shortage of staff",
        negatable=True,
        weight=1,
    ),
    _cue(
        _ST,
        r"\b(?:can not|could not|cannot|unable to|did not|do not have time to) (?:do|watch|observe|check "
        r"on|keep an eye on|supervise|do the) (?:your |the |his |her |their |my )?(?:obs|observations|1:1|"
        r"one to one|him|her|them|mum|dad|patients)\b"
        r"|\b(?:fell|falls|fall|incident|incidents|got hurt|unobserved|1:1s? (?:missed|not done|dropped))\b",
        "describes patients not watched or harmed",
        weight=1,
    ),
    # --- medication errors -------------------------------------------------------------------------
    _cue(
        _M,
        rf"\bwrong {_MEDS}|\bwrong (?:patient'?s|person'?s|strength|label|amount)\b"
        rf"|\b(?:someone|somebody) else'?s {_MEDS}|\banother patient'?s {_MEDS}"
        r"|\b(?:medication|drug|dosing|prescribing|dispensing|meds) (?:error|mistake|incident)s?\b",
        "describes the wrong medicine or dose",
        direct=True,
        topic=True,
        negatable=True,
    ),
    _cue(
        _M,
        r"\b(?:double dose|doubled? (?:up )?(?:the |my |his |her )?dose|given twice|gave (?:\w+ ){0,4}twice|"
        r"twice the dose|\d+ times the dose|ten ?fold|ten times the|gave me (?:them|it|my tablets) again|"
        r"given (?:them|it) again|came back [^.!?]{0,30}gave me (?:them|it) again)"
        r"|\b\d+ ?ml\b[^.!?]{0,50}should (?:be|have been|of been) \d+ ?ml",
        "describes a dose given twice or too much",
    ),
    _cue(
        _M,
        rf"\b(?:missed|forgot|forgotten|skipped|never got|never given|not given|not get|never had) "
        rf"(?:\w+ ){{0,3}}{_MEDS}"
        rf"|\b{_MEDS} (?:\w+ ){{0,3}}(?:was|were|is|are|got|been|get) (?:\w+ )?(?:missed|not given|"
        r"forgotten|never given|skipped|not done)"
        rf"|\b{_MEDS} (?:\w+ ){{0,3}}(?:was|were) not given"
        rf"|\b(?:without|no) (?:my|his|her|their|any) {_MEDS}"
        r"|\b(?:days?|weekend|week|nights?) without (?:my |his |her |any )?(?:meds|medication|tablets|"
        r"medicine|insulin|anything)",
        "describes doses missed or not given",
    ),
    _cue(
        _M,
        rf"\b{_MEDS} (?:\w+ ){{0,3}}in the bin\b|\b(?:binned|thrown away|throwing away|threw away) "
        rf"(?:\w+ ){{0,2}}{_MEDS}"
        r"|\bchange[ds]? (?:the |his |her |my )?(?:chart|mar|drug chart|records?)\b"
        r"|\b(?:chart|mar|records?) (?:says?|said|shows?|showed) (?:\w+ ){0,2}(?:refused|given|taken)\b"
        r"|\b(?:sign|signed|signing) for (?:meds|medication|drugs|tablets) (?:\w+ ){0,4}(?:not given|never "
        r"given|did not give|without)",
        "describes medicines records not matching what happened",
    ),
    _cue(
        _M,
        r"\ballerg\w*\b[^.!?]{0,50}\b(?:given|gave|still|anyway|ignored|despite|again)\b"
        r"|\bdespite (?:my|his|her|their) allerg"
        r"|\b(?:lithium|clozapine|warfarin|insulin|blood sugar)\b[^.!?]{0,20}(?:levels?|bloods?|monitoring|"
        r"checks?|tests?)\b[^.!?]{0,30}(?:not|never|missed|months|forgot)\b",
        "describes an allergy or high-risk drug not checked",
    ),
    _cue(
        _M,
        r"\b(?:controlled drugs?|cds?|cd book|cd cupboard|cd check|drugs? cupboard|drugs? trolley|meds "
        r"trolley|medicines? trolley|clinic room keys?)\b[^.!?]{0,50}(?:without counting|not counted|"
        r"unlocked|left open|missing|just sign|sign without|signed without|do not add up|wrong count|"
        r"discrepanc\w*)|\b(?:just sign|sign without|signed without)\b[^.!?]{0,50}(?:controlled drugs?|cds?|"
        r"count\w*|meds|medication)",
        "describes unsafe handling of controlled drugs",
    ),
    _cue(
        _M,
        r"\bdo not crush\b|\bnot to be crushed\b|\bcrush\w* [^.!?]{0,40}(?:modified release|slow release|"
        r"should not)",
        "describes medicines given against their instructions",
    ),
    _cue(
        _M,
        r"\bprn\b[^.!?]{0,50}(?:keep (?:him|her|them|patients?) quiet|shut (?:him|her|them) up|not "
        r"prescribed|without (?:a )?prescription|punish\w*|because (?:he|she|they) (?:was|were) "
        r"(?:loud|annoying|difficult))|\bsedat\w*[^.!?]{0,40}(?:keep (?:him|her|them) quiet|shut (?:him|"
        r"her|them) up)",
        "describes medicine used to keep someone quiet",
    ),
    # --- unsafe care -----------------------------------------------------------------------------
    _cue(_C, r"\bneglect\w*", "names neglect", direct=True, topic=True, negatable=True),
    _cue(
        _C,
        r"\b(?:restrain\w*|pinned|held (?:him|her|them|me) down|held down|prone)\b[^.!?]{0,70}"
        r"(?:face ?down|hurt|injur\w*|bruis\w*|could not breathe|can not breathe|knee|neck|every shift|"
        r"first thing|too long|for hours|nobody checked|broke|broken|dislocat\w*|in pain|choke\w*)"
        r"|\bknee on (?:his|her|their|my) (?:back|neck|chest)|\b(?:could not|can not) breathe\b"
        r"|\bface ?down\b[^.!?]{0,30}\b(?:restrain\w*|held|pinned)",
        "describes restraint that harms",
    ),
    _cue(
        _C,
        r"\bnot (?:been )?(?:fed|washed|turned|changed|toileted|given (?:a drink|water|food|fluids)|offered "
        r"(?:a drink|water|food|the toilet|the loo))\b"
        r"|\bwithout (?:being|been) (?:offered|given|fed|washed|changed|turned|helped)"
        r"|\bnobody (?:had )?(?:turned|fed|washed|changed|helped|came to) (?:him|her|them|mum|dad|me)"
        r"|\bleft (?:him |her |them |me |mum |dad )?(?:in|on|lying|sitting|sat) "
        r"(?:a |the |his |her |their |my )?(?:soiled|wet|dirty|own|urine|faeces|mess|floor)"
        r"|\b(?:soiled|wet) (?:bed|sheets|pad|clothes|himself|herself)"
        r"|\bpressure (?:sore|ulcer|damage)s?|\bbed ?sores?|\bsore on (?:his|her|my|their) (?:heel|bottom|"
        r"back|hip|sacrum|foot)"
        r"|\b(?:\d+|nine|ten|eight|several|six|seven) hours\b[^.!?]{0,40}(?:toilet|drink|water|food|loo)"
        r"|\bdehydrat\w*|\bmalnourish\w*|\bno (?:water|drink|food) (?:for|all) (?:\d+|hours|day|days|night)",
        "describes neglect of basic care",
    ),
    _cue(
        _C,
        r"\b(?:discharged|sent home|sent out|released|discharge)\b[^.!?]{0,60}(?:at (?:\d+ ?am|\d+ in the "
        r"morning|midnight|night|\d)|no (?:coat|way home|care|package|support|plan|follow ?up|one at home|"
        r"nobody at home)|without (?:a |any )?(?:care|package|support|plan|follow ?up|coat|anyone)|with "
        r"nowhere|nowhere to go|on (?:his|her|my) own)"
        r"|\b(?:\d+|midnight) ?am\b[^.!?]{0,30}discharg\w*",
        "describes an unsafe discharge",
    ),
    _cue(
        _C,
        r"\b(?:obs|observations|1:1|one to one|close obs|checks|ligature checks|hourly checks)\b[^.!?]{0,30}"
        r"(?:not done|were not done|was not done|missed|stopped|lapsed|abandoned|skipped|signed but|"
        r"falsified|never happened|filled in without)"
        r"|\b(?:ligature|choking|falls?|fire) risks?\b[^.!?]{0,30}(?:ignored|not (?:done|checked|assessed)|"
        r"nobody)"
        r"|\b(?:took|take|takes|taking|removed|taken) (?:away )?(?:his|her|their|my) (?:walking frame|"
        r"frame|stick|walker|wheelchair|call bell|glasses|hearing aids?)"
        r"|\bcall bell\b[^.!?]{0,30}(?:out of reach|not answered|ignored|removed|nobody came)"
        r"|\bwander\w* (?:out|off) (?:at night|alone|on (?:his|her) own)",
        "describes a patient left at risk",
    ),
    _cue(
        _C,
        r"\b(?:bruis\w*|marks on|black eye|injur\w*|scratches|cuts on)\b[^.!?]{0,80}(?:during (?:his|her|"
        r"their|my) stay|on the ward|in hospital|(?:could not|can not|nobody|did not) (?:explain|tell|say)|"
        r"unexplained)|\bunexplained (?:bruis\w*|injur\w*|marks)",
        "describes unexplained injuries in care",
    ),
    _cue(
        _C,
        r"\b(?:on the floor|fell)\b[^.!?]{0,40}(?:for hours|nobody (?:came|checked|helped|noticed)|not found)"
        r"|\bnobody (?:came|checked|answered)\b[^.!?]{0,30}(?:hours|all night|call bell|buzzer)"
        r"|\bnobody checked (?:me|him|her|them|on)",
        "describes a patient left without help",
        weight=1,
    ),
    # Feeling unsafe: the category comes from where (see _unsafe_category).
    _cue(
        _C,
        r"\b(?:feel|feels|felt|feeling|am|was|is|are|were|been|be) (?:\w+ )?(?:unsafe|in danger)\b"
        r"|\b(?:do not|does not|did not|never|not) (?:feel|felt|feeling) safe\b",
        "says they feel unsafe",
        direct=True,
        topic=True,
        negatable=True,
    ),
)

# Words that make the words around them a subject of training, teaching or policy.
_CONTEXT_RE = re.compile(
    r"\b(?:training|trainings|module|modules|session|sessions|workshop|workshops|lecture|lectures|talk|talks|"
    r"course|e-?learning|teaching|taught|seminar|webinar|case stud(?:y|ies)|role ?play|scenario|"
    r"simulation|sim|presentation|slides|leaflet|leaflets|poster|posters|notice|policy|policies|"
    r"procedure|procedures|guidance|guidelines|strategy|framework|toolkit|tools|pathway|protocol|"
    r"awareness|prevention|champion|champions|guardians?|assignment|essay|reflective account|reflection|"
    r"exam|competenc\w*|study day|cpd|refresher|speaker|keynote|panel|topic|topics|lesson|lessons|"
    r"learnt about|learned about|learning about|learn about|learn more about|more on|more about|"
    r"covered|cover|resources|video|film|quiz|audit|datix|reporting|report|reports|plan|plans|"
    r"assessment|assessments|skills|management|reduction|recognising|recognizing|recognise|"
    r"spotting|signs of|how to spot|how to support|supporting|support people|safeguarding)\b"
)
# "it hit close to home", "that is my life": the writer applies what they were taught to themselves.
_APPLIES_TO_ME_RE = re.compile(
    r"\bclose to home|\b(?:recognised|recognized|saw|see) (?:a lot of |so much of |bits of )?myself"
    r"|\b(?:is|was|describes|described) (?:basically |literally |exactly )?my (?:life|home|marriage|"
    r"relationship|situation|partner|husband|manager|mentor|ward)\b|\bthat is (?:me|my \w+)\b"
    r"|\b(?:happening|happens|happened) to me\b|\bwhat my \w+ (?:does|did|is doing) (?:to me )?counts"
    r"|\bsounds (?:just )?like my\b|\brealised (?:i|that i|my|our)\b|\bmade me realise\b|\bi need help\b"
)
# Figures of speech about death and harm that disclose nothing.
_FIGURATIVE_RE = re.compile(
    r"\b(?:is|was|are|were|it is|its|that is|this is) (?:\w+ )?killing me\b|\bkilling me (?:softly|lol)"
    r"|\b(?:nearly|almost|practically|literally) killed me|\bkill(?:s|ed)? me now\b|\bshoot me now\b"
    r"|\bcould (?:have|of) died\b|\b(?:died|die|dying) of (?:boredom|embarrassment|shame|laughter|laughing)"
    r"|\bdying for (?:a|the)\b|\bbored to death|\bdeath by\b|\b(?:a|the|absolute) killer\b|\bmurder\b"
    r"|\bdead (?:tired|boring|good|easy|on time|handy|nice|helpful|friendly)|\bto die for\b"
    r"|\bkilled it\b|\bscared to death|\bsick to death|\bworried sick|\bover my dead body"
    r"|\bkill for (?:a|the)\b|\bkiller queue"
    # Advice to anyone ("what to do if you feel unsafe") discloses nothing about the writer.
    r"|\bif (?:you|someone|anyone|somebody|a patient|patients|staff|people|they) (?:\w+ ){0,2}(?:feel|feels|"
    r"are|is|were|become|becomes) (?:\w+ )?(?:unsafe|in danger|at risk|suicidal)"
)
# A joke about a trivial task ("I'll throw myself off the roof lol"): the hyperbole is masked only when
# the comment marks it as a joke.
_JOKE_RE = re.compile(
    r"\b(?:lol|lmao|lmfao|haha\w*|jk|only joking|joking)\b|[\U0001F602\U0001F923\U0001F605]"
)
_HYPERBOLE_RE = re.compile(
    r"\b(?:i would|would|i will|i am going to|going to|i might) (?:\w+ )?(?:rather die|rather be dead|"
    r"throw myself (?:off|under|out of|in front of)|jump off|kill myself)"
    r"|\brather die than\b"
)
# A negation within three words before a cue ("never felt bullied", "not seen any bullying").
_NEGATION_RE = re.compile(r"\b(?:never|not|no|without|zero|nor|any)\b(?:\s+[\w']+){0,3}\s*$")
# Where feeling unsafe happens decides its category.
_HOME_RE = re.compile(
    r"\b(?:at home|home|house|husband|wife|partner|boyfriend|girlfriend|him|her|ex|my dad|my mum|"
    r"family|neighbour|street|estate)\b"
)
_WARD_RE = re.compile(r"\b(?:ward|unit|hospital|staff|nurses?|night|patients?|bay|seclusion|care home)\b")
_SELF_RE = re.compile(r"\b(?:myself|my own head|my thoughts|lately|on my own)\b")
_CLAUSE_RE = re.compile(r"[.!?\n;]+")


def _mask(text: str, pattern: re.Pattern[str]) -> str:
    """Blank out every match of ``pattern``, keeping character positions."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence or clause around a match."""
    left = max((m.end() for m in _CLAUSE_RE.finditer(text, 0, start)), default=0)
    right_match = _CLAUSE_RE.search(text, end)
    return left, right_match.start() if right_match else len(text)


def _in_context(text: str, start: int, end: int) -> bool:
    """Whether training or policy words sit within a few words of a match, in the same sentence."""
    left, right = _clause_bounds(text, start, end)
    before = text[left:start].split()[-8:]
    after = text[end:right].split()[:8]
    return bool(_CONTEXT_RE.search(" ".join(before)) or _CONTEXT_RE.search(" ".join(after)))


def _negated(text: str, start: int) -> bool:
    """Whether a plain negation comes within three words before a match, in the same clause."""
    left, _ = _clause_bounds(text, start, start)
    before = text[left:start].replace("nobody", "somebody")
    return bool(_NEGATION_RE.search(before))


def _unsafe_category(text: str) -> str:
    """Feeling unsafe at home is abuse, on a ward unsafe care, and with oneself self-harm."""
    if _SELF_RE.search(text):
        return _S
    if _HOME_RE.search(text):
        return _A
    if _WARD_RE.search(text):
        return _C
    return _S


@dataclass
class _Hit:
    """A cue found in a comment."""

    category: str
    weight: int
    reason: str
    direct: bool


def _hits(text: str) -> tuple[list[_Hit], list[str]]:
    """The cues found in normalised text, and the categories of topic words set aside as training."""
    hits: list[_Hit] = []
    studied: list[str] = []
    for cue in _CUES:
        found = 0
        for match in cue.pattern.finditer(text):
            if cue.topic and _in_context(text, match.start(), match.end()):
                studied.append(cue.category)
                continue
            if cue.negatable and _negated(text, match.start()):
                continue
            category = cue.category
            if cue.reason == "says they feel unsafe":
                category = _unsafe_category(text)
            if cue.reason == "describes sexual harassment" and not _COLLEAGUE_RE.search(text):
                category = _A
            if cue.category == _B and cue.weight == 1 and not _COLLEAGUE_RE.search(text):
                # Belittling with no colleague in sight is a patient's account of how staff treat them.
                category = _A
            hits.append(_Hit(category, cue.weight, cue.reason, cue.direct))
            found += 1
            # A strong cue counts once; two different weak signs of one kind make a flag.
            if cue.weight >= 2 or found == 2:
                break
    return hits, studied


def assess_risk(text: str) -> RiskFlag | None:
    """The risk category a safeguarding lead must see in a comment, and why; None when there is none."""
    if not isinstance(text, str) or not text.strip():
        return None
    normalised = _normalise(text)
    masked = _mask(normalised, _FIGURATIVE_RE)
    if _JOKE_RE.search(masked):
        masked = _mask(masked, _HYPERBOLE_RE)
    hits, studied = _hits(masked)
    scores: dict[str, int] = {}
    for hit in hits:
        scores[hit.category] = scores.get(hit.category, 0) + hit.weight
    flagged = [c for c in _PRIORITY if scores.get(c, 0) >= 2]
    if flagged:
        best = max(
            flagged,
            key=lambda c: (max(h.weight for h in hits if h.category == c), scores[c], -_PRIORITY.index(c)),
        )
        top = max((h for h in hits if h.category == best), key=lambda h: (h.weight, h.direct))
        return RiskFlag(best, f"{top.reason} ({'direct' if top.direct else 'indirect'})")
    if studied and _APPLIES_TO_ME_RE.search(masked):
        return RiskFlag(studied[0], "relates a training or policy topic to their own life (indirect)")
    return None


def risk_flag(text: str) -> bool:
    """Whether a comment may disclose a risk a safeguarding lead must see (see assess_risk)."""
    return assess_risk(text) is not None
