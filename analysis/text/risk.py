"""Risk flags: which comments a safeguarding lead must read, in which category, and why.

Rules, not a model. Each category has cues: ways a disclosure is written, matched on normalised text
(lower case, contractions spelled out). Topic words ("suicide", "abuse", "bullying") are set aside when
training or policy words sit beside them ("the suicide prevention module", "the bullying policy") or
when they describe people in general ("patients who self-harm"); the writer's own account ("I have
been cutting again", "he checks my phone") is never set aside. Figures of speech ("this survey is
killing me") and jokes about a trivial task are masked before matching.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

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

_S = "suicide_self_harm"
_A = "abuse_coercion"
_B = "bullying_staff"
_ST = "unsafe_staffing"
_M = "medication_error"
_C = "unsafe_care"

# When two categories weigh alike, the one a lead would act on first.
_PRIORITY = (_S, _A, _C, _M, _ST, _B)


@dataclass(frozen=True)
class RiskFlag:
    """A comment a safeguarding lead must read: its category and a short plain reason."""

    category: str
    reason: str


@dataclass(frozen=True)
class _Cue:
    """One way a disclosure is written: its category, pattern and the reason a lead is given."""

    category: str
    pattern: re.Pattern[str]
    reason: str
    # Direct: the comment names the harm ("suicide", "wrong medication"); indirect: it describes it.
    direct: bool
    # A topic word that training or policy words beside it make a subject of study, not a disclosure.
    topic: bool
    # A plain negation just before it cancels it ("never felt bullied").
    negatable: bool
    # 3 decides the category over other cues, 2 flags alone, 1 needs a second sign of the same kind.
    weight: int
    # Distress that a later "but the group has helped" shows to be resolved.
    soft: bool
    # A further test of the match (a ratio of patients to staff).
    check: Callable[[re.Match[str]], bool] | None
    # Words that must also be in the same sentence (a wish beside a word of death), and words that
    # there rule the cue out (a fear of dying of an illness).
    needs: tuple[re.Pattern[str], ...]
    unless: re.Pattern[str] | None
    # Words one of which every match holds at a word start ("suicid" for "suicidal"), or two words in a
    # row ("self harm"): a comment holding none of them is not searched with the cue's pattern at all.
    # tests/analysis/test_risk.py proves from each pattern that its keys are complete.
    keys: frozenset[str]
    # Keys of the first of `needs`, checked the same way.
    also: frozenset[str]


def _cue(
    category: str,
    pattern: str,
    reason: str,
    *,
    direct: bool = False,
    topic: bool = False,
    negatable: bool = False,
    weight: int = 2,
    soft: bool = False,
    check: Callable[[re.Match[str]], bool] | None = None,
    needs: tuple[str, ...] = (),
    unless: str | None = None,
    keys: str,
    also: str = "",
) -> _Cue:
    """A cue with its patterns compiled; keys are space-separated, "+" joining two words in a row."""
    return _Cue(
        category,
        re.compile(pattern),
        reason,
        direct,
        topic,
        negatable,
        weight,
        soft,
        check,
        tuple(re.compile(n) for n in needs),
        re.compile(unless) if unless else None,
        frozenset(key.replace("+", " ") for key in keys.split()),
        frozenset(key.replace("+", " ") for key in also.split()),
    )


# Contractions and text-speak are spelled out before matching, so each cue is written once:
# "dont", "don't" and "do not" all become "do not". One pass over the text with a table of words.
def _spellings() -> dict[str, str]:
    """Each short or run-together form and what it is spelled out as."""
    table = {
        "cant": "can not",
        "can't": "can not",
        "cannot": "can not",
        "wont": "will not",
        "won't": "will not",
        "aint": "is not",
        "ain't": "is not",
        "im": "i am",
        "i'm": "i am",
        "ive": "i have",
        "i've": "i have",
        "i'll": "i will",
        "i'd": "i would",
        "wanna": "want to",
        "gonna": "going to",
        "gotta": "got to",
        "u": "you",
        "ur": "your",
        "r": "are",
        "cos": "because",
        "coz": "because",
        "cuz": "because",
        "bc": "because",
        "any more": "anymore",
        "my self": "myself",
        "meself": "myself",
        "no one": "nobody",
        "noone": "nobody",
        "no-one": "nobody",
        "no body": "nobody",
        "some one": "someone",
        "pt": "patient",
        "pts": "patient",
        "nobody's": "nobody is",
        "youre": "you are",
        "theyre": "they are",
        "theyd": "they would",
        "youd": "you would",
    }
    for aux in ("do", "does", "did", "is", "was", "are", "were", "have", "has", "had", "could", "would"):
        table[f"{aux}n't"] = table[f"{aux}nt"] = f"{aux} not"
    for aux in ("should", "must", "need"):
        table[f"{aux}n't"] = table[f"{aux}nt"] = f"{aux} not"
    for who in ("he", "she", "that", "there", "what", "who", "where"):
        table[f"{who}'s"] = table[f"{who}s"] = f"{who} is"
    table["it's"] = "it is"
    for who in ("you", "we", "they"):
        table[f"{who}'re"] = f"{who} are"
        table[f"{who}'ve"] = f"{who} have"
    for who in ("he", "she", "we", "they", "you"):
        table[f"{who}'d"] = f"{who} would"
        table[f"{who}'ll"] = f"{who} will"
    # "hes" and "shes" are the only readings; "wheres", "whos" and "thats" likewise.
    return table


_SPELLINGS = _spellings()
_SPELLING_RE = re.compile(
    r"(?<![\w'])(?:"
    + ""
    r"|".join(re.escape(k) for k in sorted(_SPELLINGS, key=len, reverse=True))
    + r")(?![\w'])"
)
# "its" is "it is" only before the words that follow "it is", never before a noun ("its side effects").
_ITS_RE = re.compile(
    r"\bits\b(?= (?:just|only|like|been|not|so|a|the|me|all|getting|got|always|never|every|hard))"
)
_SELF_HARM_RE = re.compile(r"\bself[- ]?harm")
_SPACES_RE = re.compile(r"[ \t\r\f\v]+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u201c": '"', "\u201d": '"'})


def _normalise(text: str) -> str:
    """Lower case, straight apostrophes and quotes, contractions spelled out, single spaces."""
    t = _SPACES_RE.sub(" ", text.lower().translate(_QUOTES))
    t = _SPELLING_RE.sub(lambda m: _SPELLINGS[m.group(0)], t)
    return _SELF_HARM_RE.sub("self harm", _ITS_RE.sub("it is", t))


# Word groups the cues share.
# People close to the writer, or caring for them, who may hurt or control them.
_PERSON = (
    r"(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee|dad|mum|mam|mom|"
    r"father|mother|stepdad|stepmum|step dad|step mum|brother|sister|son|daughter|uncle|aunt|auntie|grandad|"
    r"nan|grandma|cousin|family|carer|carers|landlord|flatmate|lodger|neighbour|boss|staff|nurse|nurses|"
    r"hca|hcas|worker|member of staff|staff member|support worker|porter|doctor|someone|somebody|"
    r"one of the (?:staff|nurses|carers|hcas|night staff))"
)
# Someone a person may be hurt, controlled or neglected by.
_VICTIM = (
    r"(?:me|her|him|them|us|my \w+|a patient|the patient|patients|a resident|the resident|residents|"
    r"a service user|service users|a client|an old(?:er)? (?:man|lady|woman|gentleman)|the (?:man|lady|"
    r"woman|gentleman|girl|boy|lad)|a (?:man|lady|woman|gentleman|girl|boy|lad|child|young person))"
)
_KIN = (
    r"(?:husband|wife|partner|boyfriend|girlfriend|kids|children|child|son|daughter|mum|mam|mom|dad|"
    r"family|sister|brother|parents|grandchildren|grandkids|friends?|nan|grandma|grandad|mates?)"
)
# Colleagues and workplaces: where bullying of staff happens.
_COLLEAGUE = (
    r"(?:mentor|manager|managers|colleague|colleagues|co-?workers?|band ?[2-8]s?|b(?:2|3|4|5|6|7|8)s?|"
    r"senior|seniors|"
    r"nurse in charge|nic|charge nurse|ward sister|sister on|the others|staff ?room|handover|supervisor|"
    r"preceptor|team leader|line manager|matron|the nurses|other staff|qualified staff|the team|my team|"
    r"our team|on shift|every shift|each shift|my shift|the ward manager|at work|placement|rota|"
    r"apprentices?|trainees?|students?|practice educator|assessor|tutor|hr|christmas do|work do|"
    r"staff party|whatsapp group|the other hcas|the other aps|other aps|the rmns|the qualifieds|qualifieds|"
    r"hcas|my placement|the sister|consultant on|doctors? on (?:the|my) ward|to work|going to work|my work|"
    r"work colleagues|workplace|members? of staff|staff member)"
)
_COLLEAGUE_RE = re.compile(rf"\b{_COLLEAGUE}\b")
_MEDS = (
    r"(?:meds|medication|medications|medicine|medicines|tablets?|pills?|dose|doses|dosage|drugs?|"
    r"injection|injections|depot|insulin|clozapine|lithium|inhaler|prescription|liquid|patch|"
    r"antibiotics?|methadone|warfarin|morphine|oramorph|capsules?|antipsychotics?|antidepressants?|"
    r"sertraline|olanzapine|quetiapine|diazepam|lorazepam|paracetamol|penicillin|epilepsy meds|"
    r"eye drops|creams?|fluids|drip|oxygen|prn)"
)
_BODY = r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|hands?|body|face|neck|chest|back)"
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty)"
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


def _number(word: str) -> int:
    """A count written in figures or words."""
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0)


def _too_few_staff(match: re.Match[str]) -> bool:
    """Whether "N staff for M patients" leaves each member of staff with more than six patients."""
    staff, patients = _number(match.group("staff")), _number(match.group("patients"))
    return staff > 0 and patients / staff > 6


# Word classes that the sentence-level cues combine: a disclosure is found by meaning (a word of death
# beside a wish, a means beside an intent, a colleague beside hostility) whatever the order of words.
_DEATH = (
    r"\b(?:die|dying|dead|death|not (?:be )?(?:here|around|alive)|not being (?:here|around|alive)|"
    r"(?:was|were|am) not (?:here|around|in it|alive)|be gone|being gone|was gone|were gone|"
    r"disappear(?:ed|ing)?|stay(?:ing)? alive|keep(?:ing)? (?:myself )?alive|end(?:ing)? (?:it|it all|"
    r"everything|things|my life)(?! with| there| here| now| on a)|(?:it|everything|it all|this) to (?:be )?"
    r"(?:over|end|stop)|not wake|never wake|sleep forever|stop (?:living|existing|breathing)|not exist|"
    r"exist anymore|kill myself|not (?:want to )?live|(?:my|this) (?:life|existence) (?:is|feels) "
    r"(?:pointless|worthless|meaningless|over))\b"
)
_WANT = (
    r"\b(?:want|wanted|wants|wanting|wish|wished|wishes|wishing|rather|prefer|thinking|thought|think|"
    r"thoughts|plan|planning|plans|going to|tempted|urge|urges|ready|tired of|sick of|fighting|"
    r"struggl\w*|better off|easier|happier|no point|no reason|what is the point|hope|hoping|pray|praying|"
    r"considering|considered|feel like|felt like|scared i will|afraid i will|would be|might as well|"
    r"keep thinking|just want|can not|could not|do not see|no longer|anymore|pointless|worthless)\b"
)
_ILLNESS_FEAR = (
    r"\b(?:thought|felt|scared|afraid|worried|terrified|frightened|convinced|sure)\b[^.!?]{0,25}\b(?:was|"
    r"were|would|might|could|am|is) (?:going to )?(?:die|dying|be dead)\b|\b(?:scared|afraid|fear|"
    r"frightened|terrified) of (?:dying|death)|\b(?:nearly|almost|could have|would have|might have) "
    r"died\b|\bdied (?:last|in|of|from|on|at|suddenly|peacefully|recently|this|before|while|waiting)"
    r"|\bpassed away|\b(?:dad|mum|mother|father|husband|wife|son|daughter|brother|sister|friend|nan|"
    r"grandma|grandad|partner|baby|dog|cat|patient|someone) (?:has |had |have )?died|\bdying (?:patient|"
    r"patients|person|people)|\bend of life|\bpalliative|\bthe dying\b|\bdeath of (?:a|the|my) "
    r"(?:patient|family)|\bdisappear(?:ed|s)? (?:from|off|into) (?:the|my) (?:list|system|rota|radar|"
    r"ether)|\bdisappear(?:ed)? (?:with|from) (?:embarrassment|shame)|\bpeople (?:are )?dying "
    r"(?:waiting|on)|\bdeath rates?|\bwaiting (?:list|lists|times?)\b[^.!?]{0,20}\bdead"
)
_MEANS = (
    r"\b(?:razors?|blades?|rope|ligatures?|noose|lighter|(?:all|loads|a lot|too many|a handful|handfuls|"
    r"a box|boxes|packets?|stash|supply) of (?:my |the |her |his )?(?:tablets|pills|meds|paracetamol|"
    r"medication)|(?:tablets|pills|meds|paracetamol) (?:saved|stored|hidden|stockpiled|all at once|"
    r"at once)|(?:take|taking|took) (?:all|the lot) (?:of )?(?:my |her |his )?(?:tablets|"
    r"pills|meds)|bridge|cliff|railway|train tracks|platform|the edge|in front of (?:a|the) (?:train|bus"
    r"|lorry|car|truck)|"
    r"off (?:a|the) (?:roof|building|bridge|cliff|car park|balcony)|drown\w*|hang\w* (?:myself|"
    r"himself|herself)|car (?:into|off)|off a cliff)\b"
)
_INTENT = (
    r"\b(?:just in case|for when|going to|want|wanted|wanting|thinking|think|thought|plan|planning|"
    r"tempted|urge|urges|keep|keeps|kept|saved|saving|collect\w*|hidden|hide|hiding|stash\w*|tonight|"
    r"ready|researched|looked up|googl\w*|would|sometimes i|feel like|on my mind)\b"
)
_MEANS_UNLESS = (
    r"\bbridg(?:e|ing) (?:the|that|this|a) gap|\bbridge (?:street|road|lane|house|centre|center|club|end)"
    r"|\blighter (?:duties|load|touch|side|shift|workload)|\bsafety razor|\bligature (?:risks?|points?|"
    r"checks?|audits?|assessments?|cutters?|training|free)|\bon the ropes|\bdrowning "
    r"(?:in|with|under)|\bcar park|\b(?:train|bus) (?:was|were|is) (?:late|cancelled|delayed)"
)
_VIOLENT = (
    r"\b(?:hits?|hitting|punch(?:ed|es|ing)?|slap(?:s|ped|ping)?|kick(?:s|ed|ing)?|strangl\w*|"
    r"chok(?:es|ed|ing)|beat(?:s|ing|en)?|batter(?:s|ed|ing)?|shov(?:e|es|ed|ing)|push(?:es|ed|ing)?|"
    r"headbutt\w*|throttl\w*|dragg?(?:ed|ing|s)|bites|bitten|bit me|spat (?:at|on)|spits (?:at|on)|"
    r"thr(?:ew|ows|owing) things|pinned (?:me|her|him)|pinch(?:es|ed|ing)|grabb?(?:ed|ing|s) (?:me|her|"
    r"him|my|his)|twist\w* my arm|pulled my hair|burn(?:t|ed) me|smash\w* (?:my|her|his)|threw (?:me|"
    r"her|him))\b"
)
_VIOLENT_UNLESS = (
    r"\bkick(?:ed|s|ing)? off|\bhit (?:the|a|my|our|their|his|her) (?:nail|ground|road|target|targets|"
    r"jackpot|deadline|spot|books)|\bhit (?:me|home)\b(?: \w+)? (?:hard|that|how|when|like)|\bhit home"
    r"|\bpush(?:ed|es|ing)? (?:me|him|her|us|them|myself) (?:to|into|forward|on|along|harder|out of|"
    r"through)|\bpush(?:ed|ing)? for\b|\bbeat (?:me|us) to\b|\bbeat(?:ing)? (?:the|my|our) "
    r"(?:target|record|queue|traffic|deadline)|\bdrag(?:ged|ging)? (?:on|out|my feet|our feet|their feet|"
    r"myself)|\bpush back|\bpush(?:ed)? through|\bbeat (?:myself|yourself) up|\bkicked out of (?:the|my|"
    r"uni|college)|\bpinch of salt|\bpushed (?:the|my|our|it|back)|\bchok(?:ed|ing) (?:up|back)"
    r"|\b(?:hit|kicked|punched|beaten|battered) (?:by|in) (?:a|the) (?:car|bus|ball|bike|van|storm|"
    r"traffic|cuts|budget)|\bbeaten (?:by|at)\b|\bhit and miss|\bhit or miss|\bhard hitting"
)
_INTIMATE = (
    r"\b(?:he|she|him|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee|dad|mum|"
    r"father|mother|stepdad|stepmum|brother|sister|son|daughter|family|in-laws|mother-in-law|uncle|"
    r"carer)\b"
)
_CONTROL = (
    r"\b(?:not allowed|only allowed|(?:will|does|do|did|would) not let|never lets?|(?:ask|asking|get|need) "
    r"(?:his |her |their )?permission|checks? (?:my|the) (?:phone|mileage|messages|texts|bank|receipts|"
    r"emails|location|car|purse|bag)|tracks? (?:me|my|where)|follow(?:s|ed|ing)? me|keeps? (?:my|all my) "
    r"(?:passport|money|phone|keys|card|documents|benefits)|takes? (?:all )?my (?:money|card|benefits|"
    r"pension|wages|phone|keys)|hand (?:over|him|her) (?:all )?my|decides? (?:what|who|where|when) i|"
    r"controls?|controlling|makes? me (?:sign|hand|give|ask|account|explain|stay in)|(?:what|who|where) i "
    r"(?:can )?(?:wear|see|go)|tim(?:es|ing) me|account for (?:every|my)|(?:stopped|stops|stop) me "
    r"(?:from )?(?:seeing|going|working|leaving|talking)|isolat(?:es|ed|ing) me|cut me off from|(?:taken|"
    r"took|hidden|hid) my (?:phone|keys|money|passport|card|car keys)|locks? me in)\b"
)
_CONTROL_UNLESS = (
    r"\b(?:uni|university|college|study|studies|training|course|placement|rota|annual leave|day off|"
    r"days off|manager|mentor|ward|trust|employer|hr|supervisor|assessor|tutor|epa|exam|portfolio|"
    r"parking|visiting|visitors|covid|policy|rules|diabetes|pain|anxiety|condition|symptoms|weight|"
    r"temperature|blood pressure|budget|spending plan)\b"
)
_HOSTILE = (
    r"\b(?:(?:make|makes|made|making) fun of|mocked|mocking|mocks|mock (?:me|us|my|her|him|them|the "
    r"apprentices|apprentices|people)|humiliat\w*|belittl\w*|intimidat\w*|"
    r"threaten\w*|(?:sacked|fired|disciplined|kicked off the (?:course|programme|apprenticeship)) if|"
    r"monkey (?:noises|sounds)|skivvy|dogsbody|too old (?:to|for)|too young (?:to|for)|treat(?:s|ed|"
    r"ing)? (?:me|us) differently|made my life|pick(?:s|ed|ing)? on (?:me|us)|(?:horrible|nasty|vile|cruel)"
    r" to (?:me|us)|(?:are|is|am|was|were) (?:a )?waste of (?:money|space|oxygen|a salary)|since i "
    r"(?:said|told (?:them|everyone|the team)|came out|announced)|for being (?:an apprentice|the "
    r"apprentice|black|gay|foreign|pregnant|disabled|muslim|a woman|older|dyslexic)|racis\w*|"
    r"homophob\w*|slurs?)\b"
)
_UNKIND = (
    r"\b(?:shout\w* at|yell\w* at|scream\w* at|swear\w* at|swore at|ignor(?:es|ed|ing) me|calls? me|"
    r"called me|comments? about|remarks? about|jokes? about|laugh\w* at|rude to me|useless|thick|stupid|"
    r"lazy|incompetent|behind my back|talk\w* about me|exclud\w*|left out|gossip\w*|undermin\w*|"
    r"snapp\w* at|blam(?:es|ed|ing) me|cold (?:towards|to) me|unwelcom\w*|not welcome|singled out|the "
    r"worst jobs|in front of (?:patients|everyone|the team|colleagues|the ward))\b"
)
_SHORTAGE = (
    r"\b(?:short(?:-| )staffed|understaffed|half the staff|(?:not|never|not nearly) enough (?:staff|nurses"
    r"|people|carers|of us|hands)|(?:never|do not|did not|does not) (?:have|got) enough (?:staff|nurses"
    r"|people)|"
    r"(?:do|did|does) not have (?:enough |the )?staff|so few|too few|nobody else|on my own|on (?:her|his|"
    r"our) own|only one|just me|just us|only me|agency|bank staff|no nurse|no qualified|no rmn|one nurse|"
    r"skeleton|staffing (?:was|is|has been|levels are|levels were) (?:\w+ )?(?:bad|poor|low|awful|"
    r"terrible|dire|shocking)|no cover|could not get cover|so short|too short|short of staff|run with|"
    r"running with|nobody to)\b"
)
_STAFFING_HARM = (
    r"\b(?:dangerous|unsafe|not safe|risk|risky|chaos|chaotic|scary|obs|observations|1:1|one to one|"
    r"absconded|went missing|fell|fall|falls|hurt|injured|incident|incidents|nobody noticed|unwatched|"
    r"for the (?:whole|entire) (?:ward|unit|floor)|"
    r"unchecked|left alone|in charge|meds round|medication round|at the same time|could not (?:watch|"
    r"observe|check|see to|get to)|can not (?:watch|observe|check)|without (?:their |his |her )?(?:obs|"
    r"observations|checks|meds|medication)|seclusion|alarms?|overdose|ligature|self harm)\b"
)
_TRAINEE = (
    r"\b(?:b3|band 3|hca|trainee|apprentice|student|first year|unqualified|not qualified|agency|an ap|"
    r"a band 3|a b3|an hca|bank)\b"
)
_MEDS_WORD = (
    r"\b(?:meds|medication|medications|medicine|medicines|tablets?|pills?|dose|doses|dosage|drugs?|"
    r"injection|injections|depot|insulin|clozapine|lithium|inhaler|antibiotics?|methadone|warfarin|"
    r"morphine|oramorph|capsules?|antipsychotics?|antidepressants?|paracetamol|penicillin|prn|"
    r"prescriptions?)\b"
)
_MED_ERROR = (
    r"\b(?:wrong|mistake|mistakes|mistakenly|error|errors|twice|double|doubled|someone else'?s|another "
    r"patient'?s|missed|forgot|forgotten|not given|never given|not get|late|early|too much|max|maximum|"
    r"overdosed|allergic|allergy|not checked|never checked|unlocked|left out|unattended|crush\w*|"
    r"expired|out of date|ran out|run out|without checking|not signed|no prescription|not prescribed|"
    r"given again|had it already|already had|mixed up|mix up|instead of)\b"
)
_MED_FINE = (
    r"\b(?:appointment|review|letter|collect\w*|side effects?|explain\w*|changed|new (?:meds|medication|"
    r"tablets)|repeat prescription|i forgot|i missed|forgot to (?:take|collect|order|bring|mention)|late "
    r"(?:for|to)|run out of (?:time|forms|paper)|chas\w*|(?:asked|rang|phoned|called|had to ask) twice|"
    r"twice (?:a|daily|per|each|every)|ready|pharmacy (?:was|were) (?:shut|closed|busy)|gp|reception|"
    r"worried about|scared of|afraid of|sorted|fixed|corrected|rectified|caught it|spotted it|before i "
    r"took)\b"
)

_CUES: tuple[_Cue, ...] = (
    # --- suicide and self-harm --------------------------------------------------------------------
    _cue(_S, r"\bsuicid\w*", "names suicide", direct=True, topic=True, keys="suicid"),
    _cue(
        _S,
        r"\b(?:i|i am|am|i have|i have been|i was|i feel|i felt|i get|been|feel|feeling|felt|getting|having"
        r"|she is|he is|they are|she was|he was|she has been|he has been|is|was) (?:\w+ ){0,2}"
        r"(?:suicidal|thoughts of suicide)"
        r"|\b(?:thought|thoughts|thinking|think|considered|considering) (?:about |of )?(?:suicide|killing "
        r"(?:myself|himself|herself))"
        r"|\b(?:attempted|tried to commit|tried|attempt|attempting) suicide|\bsuicide attempts?\b"
        r"|\bcommit(?:ting)? suicide",
        "speaks of suicidal thoughts",
        direct=True,
        keys="suicid killing",
    ),
    _cue(
        _S,
        r"\bkill(?:ing|ed|s)? (?:myself|themselves|himself|herself)\b|\bkms\b|\bunalive\w*",
        "talks of killing themselves",
        direct=True,
        keys="kill kms unaliv",
    ),
    _cue(_S, r"\bself harm\w*", "names self-harm", direct=True, topic=True, keys="self+harm"),
    _cue(
        _S,
        r"\b(?:been|started|start|keep|kept|am|is|are|was|were|still|back to|relapsed into|my|i|she|he|"
        r"stop|stopped|urge to) (?:\w+ )?self harm\w*|\bself harm\w* (?:again|lately|every|most|since)",
        "describes self-harm",
        direct=True,
        keys="self+harm",
    ),
    _cue(
        _S,
        r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|burnt|scratch\w*|punish\w*|hit|hitting|"
        r"starv\w*|bang\w*|ligatur\w*) myself\b"
        rf"|\bcut(?:ting)? (?:my|his|her|their) {_BODY}"
        r"|\bcutting (?:again|every|most|when)\b|\b(?:been|started|start|keep|stop|stopped|back to) cutting"
        r"\b(?! (?:back|down|corners|costs|hours|staff|budgets?|funding|services|out|in))"
        rf"|\b(?:cuts|scars|burns|marks|wounds) (?:on|all over|up) my {_BODY}"
        rf"|\bmy {_BODY} (?:are|is) (?:\w+ ){{0,2}}(?:cuts|scars|cut up|scarred|burns)"
        r"|\bmy scars\b|\bthe scars are|\bfresh cuts\b"
        rf"|\b(?:cut|cutting|scratch\w*|burn\w*|carv\w*|pick\w*|gouge\w*) (?:at )?my {_BODY}"
        r"|\b(?:till|until|so|to make) (?:it|they|them) (?:bleed|bled|bleeds)\b"
        rf"|\b(?:cuts|scars|burns|marks|wounds|scratches) (?:on|all over|up) (?:her|his|their) {_BODY}",
        "describes hurting themselves",
        keys="myself cut burn scratch carv pick goug scar mark wound bleed bled",
    ),
    _cue(
        _S,
        r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|ligatur\w*) (?:himself|herself|"
        r"themselves)\b",
        "says someone else hurts themselves",
        keys="himself herself themselves",
    ),
    _cue(
        _S,
        r"\boverdos\w*|\bod'?d\b|\btook an od\b",
        "mentions an overdose",
        direct=True,
        topic=True,
        keys="overdos od",
    ),
    _cue(
        _S,
        r"\b(?:i|me|she|he|my \w+) (?:\w+ ){0,2}(?:took|take|taken|taking) (?:an |another )?overdose",
        "speaks of taking an overdose",
        direct=True,
        keys="overdose",
    ),
    _cue(
        _S,
        r"\b(?:end|ending|ended|take|taking|took) (?:my|his|her|their) (?:own )?life\b"
        r"|\bend(?:ing)? (?:it all|everything|my days)\b"
        r"|\b(?:thinking|think|thought|thoughts|feel|felt|want|wanted|wanting|wants|going|plan|planning|"
        r"like|about|of|just|could|should|ready|tempted) (?:about |of |to |like )?(?:end|ending) "
        r"(?:it|things|myself|this)\b(?! (?:with|there|here|early|now|on|at|for|off|up))",
        "talks of ending their life",
        keys="life end",
    ),
    _cue(
        _S,
        r"\b(?:want|wanted|wanting|wants|wish|wished|wishing|wishes) (?:to )?(?:die|be dead|was dead"
        r"|were dead|"
        r"i was dead|i were dead|he was dead|she was dead|i was not here|i was not alive"
        r"|i had never been born|"
        r"i was never born|i could die|disappear|to disappear|to not exist|not to exist|to not be here|"
        r"not to be here|to sleep forever|it was all over|it would all stop|i could just disappear|"
        r"i could disappear|i would not wake up|i did not wake up|to go to sleep forever|to be with (?:him|"
        r"her|them) (?:again|now|up there))"
        r"|\bbetter off (?:dead|gone|without me|if i was not here|if i were gone|if i was gone|without him|"
        r"without her)\b"
        r"|\b(?:everyone|they|family|kids|people|the world) (?:would|will) be better off\b"
        r"|\bno (?:point|reason|purpose) (?:in |to )?(?:living|going on|carrying on|being here|being alive|"
        r"live|go on|carry on|in anything|anymore|in life|to life|waking up|me being here|in me)"
        r"|\bwhat is the point (?:in |of )?(?:anything|living|going on|it all|life|being here|me|trying|"
        r"carrying on|anymore)|\bwhat is the point\s*(?:$|[.!?,]|anymore)"
        r"|\bno (?:reason|point) (?:for me )?to (?:be here|live|go on|carry on|exist|be alive|keep going)"
        r"|\b(?:not|never|no longer|not sure i|not sure if i|do not know if i|do not think i|do not) "
        r"(?:\w+ )?(?:want|wanna|wish) to (?:live|be alive|be here anymore|go on|carry on|exist|keep going)"
        r"|\b(?:better|happier|easier) (?:off )?without me\b|\bwithout me (?:around|here|in the way)"
        r"|\b(?:nobody|no one|anyone|everyone|people) (?:would|will) (?:even )?(?:notice|care|miss me|be "
        r"bothered)\b[^.!?]{0,20}\bif i|\bif i (?:was|were) (?:gone|dead|not here|not around)"
        r"|\bif i (?:died|disappeared|was to die|killed myself)\b"
        r"|\bhad enough of (?:this life|life|living|everything|it all|being alive|this world)"
        r"|\bready to (?:die|end it|leave this world|go\b(?! (?:home|back|to|on|out|for|and|into|in|up|"
        r"again|through|ahead)))"
        r"|\b(?:top|topping|topped|off|offing|do|doing|end) (?:myself|meself)(?: in)?\b"
        r"|\bdo away with myself|\bcan not (?:live|go on) like this"
        r"|\bnothing (?:left )?to live for|\bnot worth living|\blife is not worth|\bno will to live"
        r"|\blost the will to live(?! lol)|\b(?:tired|sick) of (?:living|life|being alive|being here)"
        r"|\b(?:do|does|did) not want to (?:live|be alive|exist|go on|carry on|be here anymore|be around|"
        r"wake up|be here now)"
        r"|\b(?:live|living) or (?:die|dying)\b|\bdead or alive\b"
        r"|\bdone with (?:life|living|it all|everything)\b|\b(?:give|giving|given|gave) up on (?:life|living|"
        r"everything|myself)"
        r"|\b(?:no|not (?:a|any)) (?:way out|future)(?: for me| left)?\b"
        r"|\b(?:do|can) not see (?:a|any) (?:way out|future|way forward|point)"
        r"|\bnothing matters (?:anymore|now|to me)|\bthe world would be better",
        "wishes they were dead or not here",
        keys=(
            "die dead not+here be+here alive born disappear exist sleep all+over all+stop wake be+with "
            "better+off no+point no+reason no+purpose the+point will+to the+will worth tired+of sick+of "
            "to+live live+for live+or living+or live+like without+me would+notice will+notice even+notice "
            "would+care will+care even+care miss+me bothered gone not+around died to+die kill enough+of "
            "ready+to myself meself do+away give+up giving+up given+up gave+up done+with way+out future "
            "not+see nothing+matters world go+on carry+on keep+going be+around want+to wanna+to wish+to"
        ),
    ),
    _cue(
        _S,
        r"\b(?:rather|prefer to|like to|want to|wish i could|hope i|hoping i|pray i) (?:just )?(?:not|never) "
        r"wake up|\bif i (?:did not|do not|never|was not to|were not to) wake up"
        r"|\bnot wak(?:e|ing) up (?:tomorrow|in the morning|again|one day)"
        r"|\b(?:go|going|went) to sleep (?:and|&) (?:not|never)|\bsleep (?:and|&) never wake",
        "wishes not to wake up",
        keys="wake waking sleep",
    ),
    _cue(
        _S,
        r"\b(?:will not|not going to|may not|might not|do not think i will|do not expect to|would not) be "
        r"(?:here|around|alive) (?:for|by|much longer|long|next|to see|tomorrow|anymore|at christmas|when|"
        r"in a|this time)",
        "says they will not be around",
        keys="be+here be+around be+alive",
    ),
    _cue(
        _S,
        r"\bmade (?:my )?peace\b|\b(?:said|saying|say|wrote|writing) (?:my )?goodbyes?\b"
        r"|\bgoodbye (?:letters?|notes?|messages?)"
        r"|\b(?:writing|wrote|written|left|leave|leaving|write) (?:a |some )?(?:letters?|notes?) "
        rf"(?:to|for) (?:my |the )?{_KIN}"
        r"|\bjust in case\b(?=[^.!?]{0,30}\b(?:letter|note|goodbye))"
        r"|\bgiv(?:e|ing|en|e) (?:away )?(?:all )?my (?:things|stuff|belongings|possessions|pets?|dog|cat)"
        r"(?: away)?\b|\bgave (?:away )?(?:all )?my (?:things|stuff|belongings|possessions|pets?|dog|cat)"
        r"|\b(?:sorted|sorting|put|putting) (?:out )?my (?:affairs|will)\b",
        "describes goodbyes or putting affairs in order",
        keys=(
            "peace goodbye goodbyes letters+to letter+to letters+for letter+for notes+to note+to "
            "notes+for note+for just+in my+things my+stuff my+belongings my+possessions my+pets my+pet "
            "my+dog my+cat affairs my+will"
        ),
    ),
    _cue(
        _S,
        r"\bstockpil\w*|\b(?:sav|hoard|stash|collect|keep)(?:e|ed|ing)? (?:up )?(?:my |all my |some )?"
        r"(?:tablets|pills|meds|medication)"
        r"|\bhow many (?:tablets|pills|paracetamol|of my tablets|of these) (?:it )?(?:would|to|will|takes|it)"
        r"|\b(?:research\w*|(?:looked|looking|looks|look) up|googl\w*|searching) (?:doses|overdoses?|how to"
        r"|ways to|how many|"
        r"methods|the quickest|the easiest)"
        r"|\b(?:take|taking|took|swallow\w*) (?:all|all of|the whole|every|a load of|loads of|too many|a "
        r"handful of|a bunch of|my whole|the lot of) (?:my |of my |the |of the |of them )?(?:tablets|pills|"
        r"meds|medication|paracetamol|box|packet|supply|stash)\b"
        r"|\b(?:take|taking|took|swallow\w*) (?:them|the lot|it) all\b"
        r"|\btoo many (?:tablets|pills|paracetamol)\b|\b(?:tablets|pills) (?:all )?at once\b"
        r"|\b(?:bridge|railway|train tracks|the tracks|cliff|motorway|rooftop|multi ?storey|the river|the "
        r"canal|the sea)\b[^.!?]{0,40}\b(?:on my mind|keep thinking|been thinking|think about|drawn to|"
        r"calling me|pulls me)"
        r"|\b(?:jump|jumping|jumped|step|stepping|stepped|throw|throwing) (?:myself )?(?:off|in front of|"
        r"under|from|into) (?:a |the |my )?(?:bridge|train|building|roof|cliff|car park|multi|motorway|lorry|"
        r"bus|balcony|window|river|canal|sea|traffic|car|wall|tree)\b"
        r"|\b(?:walk|walking|walked|drive|driving|drove) (?:off|into) (?:a |the |my )?(?:bridge|train|"
        r"building|roof|cliff|multi|motorway|lorry|bus|river|canal|sea|traffic|wall|tree)\b"
        r"|\bthrow(?:ing)? myself (?:off|under|in front of|out of)"
        r"|\bhang (?:myself|himself|herself)|\bnoose\b|\b(?:tie|tied|tying|made|make) a ligature"
        r"|\bbought (?:a )?(?:rope|blades?|razors?)"
        r"|\b(?:got|have|made|making|worked out|got myself) a plan\b[^.!?]{0,40}\b(?:know (?:when|how|where)|"
        r"the date|a date|how i|when i|to end|to do it|for when)"
        r"|\b(?:ordered|bought|got hold of|buying) [^.!?]{0,30}\b(?:to hurt myself|to end it|to do it with)"
        r"|\b(?:stood|standing|sat|sitting|went|go|going|walked|drove|been|climbed) (?:up )?(?:on|to|at|near|"
        r"onto|over) (?:the |a )?(?:edge of (?:the |a )?)?(?:bridge|cliff|roof|rooftop|platform edge|train "
        r"tracks|railway line|railway|tracks|multi ?storey|top floor)\b"
        r"|\b(?:crash|crashing|crashed|swerv\w*|steer\w*|drive|driving|drove) (?:the |my )?car (?:into|off)"
        r"|\b(?:think|thinking|thought|tempted|urge|urges)\b[^.!?]{0,30}\bcrash(?:ing)? (?:the|my) car"
        r"|\battempt on (?:my|his|her|their) (?:own )?life|\btried to (?:kill|hang|hurt|harm|drown|poison) "
        r"(?:myself|himself|herself|themselves)",
        "mentions a means or plan",
        keys=(
            "platform the+edge take+them took+them taking+them take+the took+the taking+the take+it took+it "
            "taking+it "
            "swallow stockpil tablet pill meds medication paracetamol how+many looks+up look+up the+sea "
            "car+into car+off walk+off walked+off walking+off looked+up looking+up research googl search "
            "box packet supply stash bridge cliff railway track roof building balcony multi top+floor "
            "platform motorway lorry river canal traffic jump step throw walk+into walked+into "
            "walking+into drive+into drive+off driving+into driving+off drove+into drove+off crash swerv "
            "steer myself himself herself themselves hang noose ligatur rope blade razor a+plan end+it "
            "do+it attempt them+all lot+all it+all"
        ),
    ),
    _cue(
        _S,
        r"\bcan not (?:go on|carry on|keep going|do this anymore|take (?:it|this) anymore|cope anymore|"
        r"take (?:much|any) more|cope with (?:this|it|life) anymore|"
        r"keep doing this|face another day|live like this|keep living|see a way)"
        r"|\b(?:want|need) (?:it|everything|it all|all of it|all of this|the pain|this pain) to (?:stop|end|"
        r"be over)(?: for good|, permanently| permanently| forever)?"
        r"|\bdo something (?:stupid|silly|daft|drastic|to myself)\b"
        r"|\b(?:going|about) to do something\s*(?:$|[.!?,]|tonight|soon)",
        "says they cannot go on",
        keys=(
            "can+not to+stop to+end be+over something+stupid something+silly something+daft "
            "something+drastic something+to do+something"
        ),
    ),
    _cue(
        _S,
        r"\bthoughts (?:of|about) (?:dying|death|ending|not being here|not waking up|hurting myself)"
        r"|\b(?:thinking|think|thought) (?:a lot |a lot more |more and more )?about (?:dying|death|not being "
        r"here|not waking up|hurting myself)",
        "speaks of thoughts of dying",
        keys="dying death ending here waking hurting",
    ),
    _cue(
        _S,
        r"\b(?:dark|suicidal|intrusive|scary|bad) thoughts\b",
        "speaks of dark thoughts",
        weight=1,
        keys="thought",
    ),
    _cue(
        _S,
        r"\b(?:not|never) (?:been |felt |feeling |feel )?safe (?:lately|with myself|on my own|around myself|"
        r"at the moment|right now|these days|in my own head|to be (?:alone|on my own)|recently|tonight)"
        r"|\bhave not been (?:keeping )?safe|\b(?:can not|could not|struggl\w*|hard|not able|unable|not sure "
        r"i can|do not know if i can|do not trust myself) (?:to )?(?:keep|stay|be|keeping|staying) "
        r"(?:myself )?safe|\b(?:do|can) not trust myself",
        "says they have not been safe",
        keys=(
            "safe+lately safe+with safe+on safe+around safe+at safe+right safe+these safe+in safe+to "
            "safe+recently safe+tonight been+safe keeping+safe keep+myself stay+safe staying+safe be+safe "
            "keep+safe keeping+myself staying+myself myself+safe trust+myself"
        ),
    ),
    _cue(
        _S,
        r"\b(?:a|such a|just a) burden (?:to|on) (?:everyone|my family|them|my kids|people|everybody)",
        "feels a burden to others",
        weight=1,
        soft=True,
        keys="burden",
    ),
    _cue(
        _S,
        r"\b(?:she|he|they|my \w+) (?:keeps?|kept) (?:saying|talking about|on about|going on about) "
        r"(?:she|he|they) (?:will not|would not|is not going to|might not|does not want to) be "
        r"(?:here|around)|\b(?:she|he|they|my \w+) (?:\w+ ){0,3}(?:talks|talked|talking|says|said|keeps "
        r"saying) (?:about |that )?(?:she|he|they)? ?(?:wants? to die|wanting to die|ending it|ending (?:his|"
        r"her|their) life|not wanting to live|not being here)",
        "says someone else talks of not being around",
        keys="here around die dying ending live",
    ),
    _cue(
        _S,
        r"\b(?:hopeless|worthless|empty|numb)\b[^.!?]{0,40}\b(?:all the time|every day|no point|give up|"
        r"anymore|forever)|\blost all hope\b|\bno hope left\b|\bgiven up on (?:everything|myself|life)",
        "describes hopelessness",
        weight=1,
        soft=True,
        keys="hopeless worthless empty numb all+hope no+hope given+up",
    ),
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
        rf"{_VICTIM}\b(?! (?:hard|home|so much|deeply|a lot|the most|like a))",
        "describes someone being hurt",
        direct=True,
        keys=(
            "hit hurt beat punch kick slap strangl chok push shov grab bite bit pinch drag throttl batter "
            "smack headbutt spit spat throw threw burn threaten"
        ),
    ),
    _cue(
        _A,
        r"\b(?:threaten\w*) (?:to |me|her|him|us|that)|\bthreats? (?:to|from|against)\b"
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
        r"residents?)\b(?! (?:on the (?:shoulder|arm|hand)|base))"
        r"|\btouched (?:me|her|him|them) (?:inappropriately|where|down there|at night|in (?:my|her|his|the) "
        r"(?:room|bed|bedroom)|on (?:my|her|his) (?:bum|bottom|breasts?|chest|legs?|thighs?|private))"
        r""
        r"|\b(?:makes|made|forces|forced|make|pressur\w*) (?:me|her|him) (?:\w+ )?(?:have sex|do sexual|"
        r"watch porn|send (?:photos|pictures|pics|nudes)|do (?:things|stuff|it)|sleep with)"
        r"|\bsend (?:him |her )?(?:photos|pictures|pics|nudes)\b|\bagainst my will\b|\bwithout my consent"
        r"|\b(?:did|do) not (?:consent|want to)\b[^.!?]{0,20}\b(?:sex|bed|touch)|\bin bed\b[^.!?]{0,30}"
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
        r"\b(?:does|did|doing|do|done) (?:things|stuff|it) to (?:me|her|him)\b|\b(?:being|been|was|am|were"
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
        r"\bif (?:i|we|you) (?:complain|speak up|say anything|report|raise|whistle ?blow|go to|tell)\w*"
        r"[^.!?]{0,50}\b(?:lose|sacked|fired|kicked|ended|finished|trouble|regret|pay for it|know about it|"
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
            "you+tell"
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
    # --- unsafe staffing ---------------------------------------------------------------------------
    _cue(
        _ST,
        r"\b(?:unsafe|dangerous|dangerously|not safe|risky|scary|scarily) (?:staffing|staff(?:ing)? levels|"
        r"numbers|ratios?|low|short|understaffed|staffed)|\bstaffing (?:levels |numbers )?(?:is|are|was|were|"
        r"has been|have been|feels?|felt) (?:\w+ ){0,2}(?:unsafe|dangerous|not safe|risky|scary)"
        r"|\b(?:dangerously|unsafely|critically|seriously) (?:short|understaffed|low|staffed)"
        r"|\bnot enough (?:staff|nurses|people) (?:on )?(?:\w+ ){0,3}to (?:keep|be safe|do (?:the )?obs"
        r"|watch|"
        r"observe|look after|supervise|cover the obs|manage)|\btoo few (?:staff|nurses) to"
        r"|\b(?:so|too) (?:short|few)\b[^.!?]{0,40}\b(?:unsafe|dangerous|not safe|could not|can not|risk)"
        r"|\b(?:unsafe|not safe|dangerous)\b[^.!?]{0,30}\b(?:short(?:-| )staffed|understaffed|so few staff|"
        r"not enough staff|staffing)"
        r"|\bstaffing\b[^.!?]{0,30}\b(?:someone|somebody|a patient|patients) (?:is|are|will"
        r"|could) (?:going to "
        r"|gonna )?(?:get hurt|die|be hurt|be harmed|get killed)|\baccident waiting to happen",
        "names unsafe staffing",
        direct=True,
        topic=True,
        negatable=True,
        weight=3,
        keys=(
            "unsafe danger not+safe risk scar staffing critical serious not+enough so+short too+short "
            "so+few too+few accident"
        ),
    ),
    _cue(
        _ST,
        r"\b(?:one|1|only one|just one|a single|only 1|only the one) (?:qualified |registered |trained |"
        r"permanent )?(?:nurse|rmn|qualified|registered nurse|member of staff|staff member|staff|hca|"
        r"registrant|carer|person|rn) (?:on )?(?:for|on|covering|looking after|to|with|between|across) "
        r"(?:the whole|\d+|two|both|all|three|the entire|twenty|thirty|a ward of)",
        "describes too few staff for the patients",
        weight=3,
        keys="one 1 single",
        also="nurse rmn qualified registered member staff hca registrant carer person rn",
    ),
    _cue(
        _ST,
        rf"\b(?P<staff>{_NUM}) (?:of us|staff|nurses|people|hcas|rmns|carers|members of staff|workers|"
        r"qualified|on shift)\b[^.!?]{0,30}\b(?:for|with|to|and|looking after|covering|between) "
        rf"(?P<patients>{_NUM}) (?:patients|service users|beds|residents|people|clients|women|men|"
        r"young people)",
        "describes too few staff for the patients",
        weight=3,
        check=_too_few_staff,
        keys=(
            "1 2 3 4 5 6 7 8 9 0 one two three four five six seven eight nine ten twelve fifteen twenty "
            "thirty forty"
        ),
        also="patient service bed resident people client women men young",
    ),
    _cue(
        _ST,
        rf"\b(?P<staff>{_NUM}) (?:of us|staff|nurses|people|hcas|rmns|carers|members of staff|workers|"
        rf"qualified|on shift)\b[^.!?]{{0,30}}\b(?P<patients>{_NUM}) (?:patients |of them |people )?on "
        r"(?:1:1|one to one|2:1|close obs|constant obs|level 3|level 4|arms length)",
        "describes more patients on close watch than staff",
        weight=3,
        check=lambda m: _number(m.group("patients")) >= _number(m.group("staff")) > 0,
        keys="1:1 one+to 2:1 close+obs constant+obs level+3 level+4 arms+length",
    ),
    _cue(
        _ST,
        r"\b(?:no|without a|not a single|not one|without any|zero) (?:rmn|registered nurse|qualified(?: "
        r"nurse)?|nurse|registrant|trained staff|qualified staff|rn|qualifieds)s? (?:on (?:shift|the ward|"
        r"the unit|duty|nights|site|the floor|for)|from|between|until|til|all night|at all|in the building)",
        "describes no qualified nurse on shift",
        weight=3,
        keys="rmn registered qualified nurse registrant trained rn",
    ),
    _cue(
        _ST,
        r"\b(?:left|put|was|am|being|been|ended up|end up|had to be"
        r"|made) (?:\w+ ){0,2}in charge\b[^.!?]{0,40}"
        r"\b(?:b3|band 3|hca|trainee|apprentice|student|first year|unqualified|not qualified|agency)"
        r"|\b(?:as|being) (?:a|an|the only) (?:b3|band 3|hca|trainee|apprentice|student|first year)"
        r"[^.!?]{0,30}\b(?:in charge|run the (?:shift|ward|floor|unit))"
        r"|\b(?:left|had|have|expected) to run the (?:shift|ward|floor|unit|night)\b"
        r"|\b(?:the )?only (?:staff|one|person|member of staff|staff member|nurse|hca|carer) on (?:the floor"
        r"|the "
        r"ward|shift|nights|the unit|duty)\b",
        "describes a trainee left in charge",
        weight=3,
        keys="charge run+the only+staff only+one only+person only+member only+nurse only+hca only+carer",
    ),
    _cue(
        _ST,
        r"\b(?:it is|its|it was) (?:just|only) me\b|\bnobody else\b|\bno other staff\b"
        r"|\b(?:she|he|the nurse|the rmn|the nic|i|we) (?:was|is|were|am|are) on (?:her|his|my|our) own\b"
        r"(?! (?:but|and (?:it|that) was fine))|\bon my own with \d+|\bleft on my own\b"
        r"|\bcover(?:ing|s|ed)? (?:two|2|both|three) wards"
        r"|\bthe rest (?:were|are) agency|\ball agency\b|\bonly (?:one|person|permanent|regular|substantive)"
        r"(?: \w+)? who knew (?:the )?patients|\bonly (?:permanent|regular|substantive) (?:member|staff)"
        r"|\b(?:\d|two|three|four) agency\b"
        r"|\bagency (?:lad|staff|nurse|worker|hca|girl|guy|bloke)s? (?:\w+ ){0,3}(?:never (?:been|worked)|"
        r"did not know|no idea)"
        r"|\bat the same time\b[^.!?]{0,30}\bnobody else|\bmeds round and [^.!?]{0,20}obs"
        r"|\b(?:just me|only me)\b[^.!?]{0,60}\b(?:\d\d|twenty|thirty) (?:patients|service users|beds|"
        r"residents)\b|\b(?:\d|two|three|four) (?:of them |patients )?on (?:1:1|one to one|close obs|constant"
        r" obs|2:1)",
        "describes staff left alone or stretched",
        weight=1,
        keys=(
            "just+me only+me nobody+else no+other her+own his+own my+own our+own cover+two covering+two "
            "covers+two covered+two cover+2 covering+2 cover+both covering+both covers+both covered+both "
            "cover+three covering+three agency only+permanent only+regular only+substantive meds+round "
            "1:1 one+to close+obs constant+obs 2:1 covers+2 covered+2 covers+three covered+three who+knew"
        ),
    ),
    _cue(
        _ST,
        r"\b(?:short(?:-| )staffed|understaffed|under staffed|under-staffed|not enough staff|skeleton staff|"
        r"so short|too short|very short|really short|short of staff|no staff|staff shortages?|so few staff|"
        r"too few staff|few staff|low staffing|(?:did|do|does) not have (?:the|enough) staff|no staff to|"
        r"staffing (?:is|was|has been) (?:\w+ )?(?:low|bad|poor|awful|"
        r"terrible|shocking|a joke)|(?:were|was|are|is) (?:so |too |very |really )?short\b(?! (?:of (?!staff)"
        r"|term|wait|notice|time|course|break|while|period|and sweet|appointment|visit|call|session|with|"
        r"tempered|lived|listed|list)))",
        "describes a shortage of staff",
        negatable=True,
        weight=1,
        keys=(
            "short+staffed short+of understaff under+staffed under+staff not+enough skeleton no+staff "
            "staff+shortage staff+shortages so+few too+few few+staff low+staffing have+the have+enough "
            "staffing so+short too+short very+short really+short were+short was+short are+short is+short"
        ),
    ),
    _cue(
        _ST,
        r"\b(?:can not|could not|unable to|did not|do not have time to|no time to|not able to) (?:(?:watch|"
        r"observe|check on|keep an eye on|supervise) (?:\w+ )?\w+|do (?:your |the |his |her |their |my )?"
        r"(?:obs|observations|1:1|one to one|checks)|take (?:him|her|them) to the toilet)\b"
        r"|\b(?:fell|falls|fall|incident|incidents|got hurt|unobserved|1:1s? (?:missed|not done|dropped)|"
        r"not (?:being )?(?:checked|watched|observed|seen to))\b"
        r"|\bnobody (?:to watch|to check|to help|to supervise|to do)"
        r"|\b(?:obs|observations|1:1s?|one to ones?|checks)\b[^.!?]{0,20}\b(?:not|never) (?:being )?(?:done|"
        r"happening|covered|completed|kept up|safe)\b|\b(?:unchecked|unsupervised|unobserved|unattended)\b"
        r"|\bleft (?:alone|on (?:his|her|their) own) for (?:hours|ages|the night|a long time)",
        "describes patients not watched or harmed",
        weight=1,
        keys=(
            "watch observe check+on keep+an supervise obs observation 1:1 one+to checks toilet fell fall "
            "falls incident incidents got+hurt unobserved not+being not+checked not+watched not+observed "
            "not+seen nobody+to unchecked unsupervised unattended left+alone left+on"
        ),
    ),
    # --- medication errors -------------------------------------------------------------------------
    _cue(
        _M,
        rf"\bwrong {_MEDS}|\bwrong (?:patient'?s|person'?s|strength|label|amount|drug|dose|time for (?:my"
        r"|his|"
        r"her) (?:insulin|meds|medication))\b"
        rf"|\b(?:someone|somebody) else'?s (?:\w+ )?{_MEDS}|\b(?:another|the next|a different|the wrong) "
        rf"(?:patient|person|resident|man|lady)'?s (?:\w+ )?{_MEDS}"
        rf"|\b{_MEDS} (?:meant|prescribed) for (?:another|a different|the next|someone)"
        r"|\b(?:medication|drug|dosing|prescribing|dispensing|meds|prescription|insulin) (?:error|mistake|"
        r"incident|mix ?up|blunder)s?\b",
        "describes the wrong medicine or dose",
        direct=True,
        topic=True,
        negatable=True,
        keys=(
            "wrong someone+else somebody+else another+patient another+person another+resident another+man "
            "another+lady next+patient next+person next+resident different+patient different+person "
            "different+resident wrong+patient wrong+person meant+for prescribed+for error mistake "
            "incident mix+up mixup blunder epilepsy eye+drops drops cream fluid drip oxygen patch liquid "
            "prescription sertraline olanzapine quetiapine diazepam lorazepam another+patient "
            "another+person another+resident another+man another+lady next+patient next+person "
            "next+resident next+man next+lady different+patient different+person different+resident "
            "different+man different+lady wrong+patient wrong+person wrong+resident wrong+man wrong+lady"
        ),
    ),
    _cue(
        _M,
        r"\b(?:double dose|doubled? (?:up )?(?:the |my |his |her )?dose|given twice|gave (?:\w+ ){0,4}twice|"
        r"twice the dose|\d+ times the dose|ten ?fold|ten times the|gave me (?:them|it|my tablets) again|"
        r"given (?:them|it) again|came back [^.!?]{0,30}gave me (?:them|it) again|double dosed|overdosed "
        r"(?:him|her|them|me|a patient|the patient))"
        r"|\b\d+ ?(?:ml|mg|mcg|micrograms|units|g|grams)\b[^.!?]{0,50}\bshould (?:be|have been|of been|"
        r"have|of) \d+ ?(?:ml|mg|mcg|micrograms|units|g|grams)?"
        r"|\b\d+ ?(?:ml|mg|mcg|micrograms|units|g|grams) (?:instead of|rather than|when it should be) \d+"
        r"|\bgiven to (?:the wrong|another|a different|the next) (?:patient|person|resident|man|lady)"
        r"|\b(?:gave|given|giving|prescribed|dispensed) (?:me |him |her |them )?(?:the |a |some )?(?:\w+ )?"
        r"(?:\w+ )?(?:that |which )?(?:i am|he is|she is|they are|i was|he was|she was) allergic to"
        rf"|\b{_MEDS}\b[^.!?]{{0,30}}\b(?:given|gave|got|had|received|administered|injected)\b[^.!?]{{0,20}}"
        r"\btwice\b(?! (?:a|daily|per|each|every) )"
        r"|\b(?:given|gave|got|received|administered|injected) (?:me |him |her |them )?(?:my |his |her "
        r"|the )?"
        r"(?:\w+ )?"
        rf"{_MEDS}\b[^.!?]{{0,20}}\btwice\b(?! (?:a|daily|per|each|every) )",
        "describes a dose given twice or too much",
        keys="doubl given gave twice times ten came overdosed should instead rather when+it allergic",
    ),
    _cue(
        _M,
        r"\b(?:missed|forgot|forgotten|forgetting|skipped|never got|never given|(?:was|were|been|is|are"
        r"|being)"
        rf" not given|did not get|not getting|never had|did not have) (?:\w+ ){{0,3}}\b{_MEDS}"
        r"(?! (?:review|appointment|clinic|check))"
        rf"|\b{_MEDS} (?:\w+ ){{0,3}}(?:was|were|is|are|got|been|get|keeps? getting) (?:\w+ )?(?:missed|"
        r"not given|forgotten|never given|skipped|not done|stopped|left on the side|left out|not signed)"
        rf"|\b{_MEDS}\b[^.!?]{{0,50}}\b(?:never given|not given|never had|never got|left on the side|left in "
        r"the pot|never taken|not administered|never administered|never arrived|never came)"
        rf"|\b(?:sent home|discharged|went|gone|left|been|was|were|go) (?:\w+ ){{0,3}}without (?:my|his|her|"
        rf"their|any) {_MEDS}"
        r"|\b(?:days?|weekend|week|nights?|weeks) without (?:my |his |her |any )?(?:meds|medication|tablets|"
        r"medicine|insulin|anything)|\bwent without (?:for|\d|any|them|it|my)"
        rf"|\b(?:by mistake|by accident|in error|mistakenly|accidentally|wrongly)\b[^.!?]{{0,30}}\b{_MEDS}"
        rf"|\b{_MEDS}\b[^.!?]{{0,40}}\b(?:by mistake|by accident|in error|mistakenly|accidentally|wrongly)\b",
        "describes doses missed or not given",
        keys=(
            "meds medic tablet pill dose dosage drug inject depot insulin clozapine lithium inhaler "
            "antibiotic methadone warfarin morphine oramorph capsule antipsychotic antidepressant "
            "paracetamol penicillin prn without+my without+his without+her without+their without+any "
            "without+meds without+medication without+tablets without+medicine without+insulin "
            "without+anything went+without epilepsy eye+drops drops cream fluid drip oxygen patch liquid "
            "prescription sertraline olanzapine quetiapine diazepam lorazepam"
        ),
    ),
    _cue(
        _M,
        rf"\b{_MEDS} (?:\w+ ){{0,3}}in the bin\b|\b(?:binned|thrown away|throwing away|threw away) "
        rf"(?:\w+ ){{0,2}}\b{_MEDS}"
        r"|\bchange[ds]? (?:the |his |her |my )?(?:chart|mar|drug chart|records?)\b"
        r"|\b(?:chart|mar|records?) (?:says?|said|shows?|showed) (?:\w+ ){0,2}(?:refused|given|taken)\b"
        r"|\b(?:sign|signed|signing|signs) (?:for|off) (?:the )?(?:meds|medication|drugs|tablets|insulin)"
        r"(?: \w+){0,4} (?:not given|never given|did not give|without|never gave|she never|he never"
        r"|that were "
        r"not|that was not)",
        "describes medicines records not matching what happened",
        keys=(
            "chart mar record the+bin binned thrown throwing threw sign+for signed+for signing+for "
            "signs+for sign+off signed+off signing+off signs+off"
        ),
    ),
    _cue(
        _M,
        r"\ballerg\w*\b[^.!?]{0,50}\b(?:given|gave|still|anyway|ignored|despite|again)\b"
        r"|\bdespite (?:my|his|her|their) allerg"
        r"|\b(?:gave|given|prescribed|giving) [^.!?]{0,40}\b(?:even though|despite|although"
        r"|when) [^.!?]{0,25}\b"
        r"allerg"
        r"|\b(?:lithium|clozapine|warfarin|insulin|blood sugar|sodium valproate|valproate|inr|ecg)\b"
        r"[^.!?]{0,20}\b(?:levels?|bloods?|monitoring|checks?|tests?|readings?)\b[^.!?]{0,30}\b(?:not|never|"
        r"missed|months|forgot|overdue)\b"
        r"|\b(?:nobody|never|not|no one) (?:\w+ ){0,2}(?:checked|checking|monitored|tested|done|did) (?:my "
        r"|his |"
        r"her |their )?(?:lithium|clozapine|warfarin|inr|blood sugars?|sugar levels|drug levels)",
        "describes an allergy or high-risk drug not checked",
        keys="allerg despite lithium clozapine warfarin insulin blood sodium valproate inr ecg sugar drug",
    ),
    _cue(
        _M,
        r"\b(?:controlled drugs?|cds?|cd book|cd cupboard|cd check|drugs? cupboard|drugs? trolley|meds "
        r"trolley|medicines? trolley|clinic room keys?|drug keys|medication keys|meds keys)\b[^.!?]{0,80}"
        r"\b(?:without counting|not counted|unlocked|left open|missing|just sign|sign without|signed without|"
        r"do not add up|did not add up|does not add up|(?:do|does|did) not (?:match|tally|balance)|wrong "
        r"count|discrepanc\w*|left out|unattended)"
        r"|\b(?:just sign|sign without|signed without)\b[^.!?]{0,50}\b(?:controlled drugs?|cds?|count\w*"
        r"|meds|"
        r"medication)",
        "describes unsafe handling of controlled drugs",
        keys="controlled cd drug meds medic clinic just+sign sign",
    ),
    _cue(
        _M,
        r"\bdo not crush\b|\bnot to be crushed\b|\bcrush\w* [^.!?]{0,40}\b(?:modified release|slow release|"
        r"should not)|\bmeds (?:were |was )?left (?:out|on the side|unattended)",
        "describes medicines given against their instructions",
        keys="crush meds",
    ),
    _cue(
        _M,
        r"\b(?:given|giving|gave|dispens\w*|administer\w*|signed for"
        r"|popped)\b[^.!?]{0,25}\bwithout (?:checking|"
        r"looking at|reading|signing|the chart|a prescription|a second check|checking (?:the|his|her|their) "
        r"(?:chart|id|name|wristband|band|allergies))"
        r"|\b(?:forgot|forgotten|forget|forgets|failed|neglected) to (?:give|administer|order|prescribe|"
        r"restart|do) [^.!?]{0,40}\b(?:meds|medication|medicine|tablets?|dose|doses|insulin|injection|depot|"
        r"inhaler|antibiotics|clozapine|lithium|pills?)"
        r"|\b(?:give|giving|gave|administer\w*|do|doing|did) (?:the )?(?:meds|medication|drugs|insulin|"
        r"injections?|meds round|medication round|controlled drugs)\b[^.!?]{0,40}\b(?:not trained|untrained|"
        r"no training|not competent|not signed off|not allowed to|not qualified|never been trained)"
        r"|\b(?:not trained|untrained|not competent|not signed off|not qualified)\b[^.!?]{0,40}\b(?:give|"
        r"giving|administer\w*|do|doing) (?:the )?(?:meds|medication|drugs|insulin|injections?|meds round)",
        "describes medicines given unsafely",
        keys=(
            "without+checking without+looking without+reading without+signing without+the without+a "
            "forgot+to forgotten+to forget+to forgets+to failed+to neglected+to not+trained untrained "
            "not+competent not+signed not+allowed not+qualified been+trained no+training"
        ),
    ),
    _cue(
        _M,
        r"\bprn\b[^.!?]{0,50}\b(?:keep (?:him|her|them|patients?) quiet|shut (?:him|her|them) up|not "
        r"prescribed|without (?:a )?prescription|punish\w*|because (?:he|she|they) (?:was|were) "
        r"(?:loud|annoying|difficult))|\b(?:sedat\w*|jabbed|injected|drugged)[^.!?]{0,40}\b(?:keep (?:him"
        r"|her|"
        r"them) quiet|shut (?:him|her|them) up|calm (?:him|her|them) down for|because (?:he|she|they) "
        r"(?:was|were) (?:annoying|loud))|\bto keep (?:him|her|them) quiet\b",
        "describes medicine used to keep someone quiet",
        keys="prn sedat jab inject drug keep+him keep+her keep+them",
    ),
    # --- unsafe care -------------------------------------------------------------------------------
    _cue(_C, r"\bneglect\w*", "names neglect", direct=True, topic=True, negatable=True, keys="neglect"),
    _cue(
        _C,
        r"\bpressure (?:sore|ulcer|damage|injur\w*)s?|\bbed ?sores?",
        "describes pressure sores",
        topic=True,
        negatable=True,
        keys="pressure bed",
    ),
    _cue(
        _C,
        r"\b(?:restrain\w*|pinned|held (?:him|her|them|me) down|held down|prone|floored|took (?:him|her|me) "
        r"down)\b[^.!?]{0,70}\b(?:face ?down|hurt|injur\w*|bruis\w*|could not breathe|can not breathe|knee|"
        r"neck|every shift|every day|first thing|too long|for hours|nobody checked|broke|broken|dislocat\w*|"
        r"in pain|chok\w*|sat on|laughing|for no reason|as punishment|bleeding|blood)"
        r"|\bknee on (?:his|her|their|my) (?:back|neck|chest|head)"
        r"|\bface ?down\b[^.!?]{0,30}\b(?:restrain\w*|held|pinned)"
        r"|\b(?:sat|sitting|kneel\w*|knelt|lay|lying|lent|leaning|stood) on (?:a |the )?(?:patient|him|her|"
        r"them|resident|his (?:chest|back|neck)|her (?:chest|back|neck))\b"
        r"|\bhold (?:him|her|them) down\b|\b(?:could not|can not|couldnt) breathe\b[^.!?]{0,40}\b(?:held|"
        r"restrain\w*|pinned|on top)",
        "describes restraint that harms",
        weight=3,
        keys=(
            "restrain pinned held prone floored took knee face sat sitting kneel knelt lay lying lent "
            "leaning stood hold breath"
        ),
    ),
    _cue(
        _C,
        r"\bnot (?:been )?(?:fed|washed|turned|changed|toileted|bathed|given (?:a drink|water|food|fluids|"
        r"anything to (?:eat|drink))|offered (?:a drink|water|food|the toilet|the loo|a wash))\b"
        r"|\b(?:did not|never|not|nobody) (?:give|given|offer|offered|get|got|bring|brought) (?:(?:him|her|"
        r"them|me|mum|dad|my \w+) )?(?:anything to (?:eat|drink)|a drink|water|food|fluids|a meal|dinner"
        r"|lunch|"
        r"breakfast)\b(?! (?:at the event|at lunch|was))"
        r"|\bwithout (?:being|been) (?:offered|given|fed|washed|changed|turned|helped)"
        r"|\bnobody (?:had )?(?:turned|fed|washed|changed|helped|came to) (?:him|her|them|mum|dad|me|my)"
        r"|\b(?:left|lying|lay|sat|sitting) (?:him |her |them |me |mum |dad )?(?:in|on|lying|sitting|sat) "
        r"(?:a |the |his |her |their |my )?(?:soiled|wet|dirty|urine|faeces|mess|floor)"
        r"|\b(?:soiled|wet|dirty) (?:bed|sheets|pad|pads|clothes|himself|herself|themselves)"
        r"|\b(?:wet|soiled|messed) (?:myself|himself|herself|themselves)\b"
        r"|\b(?:sitting|sat|left|lying|lay) in (?:her|his|their|my) own (?:wee|urine|poo|faeces|mess|sick"
        r"|vomit)"
        r"|\bsore on (?:his|her|my|their) (?:heel|bottom|"
        r"back|hip|sacrum|foot)"
        r"|\b(?:\d+|nine|ten|eight|several|six|seven|five|four|three|two) hours\b[^.!?]{0,40}\b(?:toilet|"
        r"drink|water|food|loo|commode|pad)"
        r"|\bdehydrated\b[^.!?]{0,40}\b(?:on the ward|in hospital|during|while|nobody)"
        r"|\b(?:food|tray|meal|dinner|lunch) (?:was )?(?:taken away|left) (?:\w+ ){0,2}(?:untouched|out of "
        r"reach)|\bnobody helped (?:her|him|them|mum|dad|me) (?:eat|drink|to eat|to drink)"
        r"|\bno (?:water|drink|food) (?:for|all) (?:\d+|hours|day|days|night)",
        "describes neglect of basic care",
        keys=(
            "not+fed not+washed not+turned not+changed not+toileted not+bathed not+given not+offered "
            "been+fed been+washed been+turned been+changed been+toileted been+bathed been+given "
            "been+offered without+being without+been nobody+had nobody+turned nobody+fed nobody+washed "
            "nobody+changed nobody+helped nobody+came soiled wet dirty urine faeces mess floor her+own "
            "his+own their+own my+own sore hours dehydrat not+give not+given not+gave not+offer "
            "not+offered not+get not+got not+bring not+brought never+give never+given never+gave "
            "never+offer never+offered never+get never+got never+bring never+brought nobody+give "
            "nobody+given nobody+gave nobody+offer nobody+offered nobody+get nobody+got nobody+bring "
            "nobody+brought untouched reach without+food without+water without+a without+drinks "
            "without+fluids without+eating without+drinking without+anything without+any no+water "
            "no+drink no+food"
        ),
    ),
    _cue(
        _C,
        r"\b(?:discharged|sent home|sent out|released|discharge"
        r"|kicked out)\b[^.!?]{0,60}\b(?:at (?:\d+ ?(?:am|"
        r"in the morning|at night|o'?clock at night)|midnight|night)|in the middle of the night|no (?:coat|"
        r"way home|care|package|support|plan|follow ?up|one at home|nobody at home|food|money)|without (?:a |"
        r"any )?(?:care|package|support|plan|follow ?up|coat|anyone|shoes)|with nowhere|nowhere to go|"
        r"homeless|on (?:his|her|my) own|the same day (?:he|she|i) (?:tried|took|attempted)|after (?:my|his|"
        r"her) (?:overdose|attempt))"
        r"|\b(?:\d+|midnight) ?am\b[^.!?]{0,30}\bdischarg\w*",
        "describes an unsafe discharge",
        keys="discharg sent released kicked",
    ),
    _cue(
        _C,
        r"\b(?:obs|observations|1:1|one to one|close obs|checks|ligature checks|hourly checks"
        r"|\d+ min(?:ute)? "
        r"(?:obs|checks))\b[^.!?]{0,30}\b(?:not done|were not done|was not done|missed|stopped|lapsed"
        r"|abandoned|"
        r"skipped|signed but|falsified|never happened|filled in without|left alone|left on (?:his|her) own|"
        r"not (?:watched|checked|observed)|asleep|on (?:their|his|her) phone)"
        r"|\b(?:on|were on|was on) (?:\d+ (?:minute|min) |close |constant |hourly )?(?:obs|observations|"
        r"checks|1:1)\b[^.!?]{0,50}\bnobody (?:checked|came|looked)"
        r"|\bnobody checked (?:on )?(?:me|him|her|them)\b[^.!?]{0,40}\b(?:obs|observations|all night"
        r"|for hours)"
        r"|\b(?:ligature|choking|falls?|fire|absconsion|aspiration) risks?\b[^.!?]{0,30}\b(?:ignored|not "
        r"(?:done|checked|assessed)|nobody)"
        r"|\b(?:took|take|takes|taking|removed|taken) (?:away )?(?:his|her|their|my) (?:walking frame|"
        r"frame|stick|walker|wheelchair|call bell|glasses|hearing aids?|zimmer)"
        r"|\bcall bell\b[^.!?]{0,30}\b(?:out of (?:my |his |her )?reach|not answered|ignored|removed|nobody "
        r"came|unanswered)|\bout of (?:my|his|her) reach\b"
        r"|\bwander\w* (?:out|off) (?:at night|alone|on (?:his|her) own|of the (?:ward|unit|house))"
        r"|\b(?:absconded|went missing|walked out)\b[^.!?]{0,40}\b(?:nobody|no one noticed|hours|not noticed)"
        r"|\b(?:left|leave|leaving) (?:alone|on (?:his|her|their) own|unattended|unsupervised)\b[^.!?]{0,40}"
        r"\b(?:hurt|harm|fell|ligature|cut|overdose|risk|1:1|obs)",
        "describes a patient left at risk",
        keys=(
            "obs observation 1:1 one+to close+obs checks ligature hourly min+obs minute+obs min+checks "
            "minute+checks nobody+checked nobody+came nobody+looked risk walking+frame frame stick walker "
            "wheelchair call+bell glasses hearing zimmer reach wander abscond went+missing walked+out "
            "left+alone left+on left+unattended left+unsupervised leave+alone leave+on leave+unattended "
            "leaving+alone leaving+on left+alone left+on left+unattended left+unsupervised leave+alone "
            "leave+on leave+unattended leave+unsupervised leaving+alone leaving+on leaving+unattended "
            "leaving+unsupervised"
        ),
    ),
    _cue(
        _C,
        r"\b(?:bruis\w*|marks on|black eye|injur\w*|scratches|cuts on|broken (?:arm|wrist|hip|leg))\b"
        r"[^.!?]{0,80}\b(?:during (?:his|her|their|my) stay|on the ward|in hospital|after (?:the|a|his|her) "
        r"(?:visit|stay|home visit|admission)|(?:could not|can not|nobody|did not|no one|nobody could|"
        r"would not)(?: \w+)? (?:explain|tell|say|account)|unexplained|no explanation)"
        r"|\bunexplained (?:bruis\w*|injur\w*|marks|fall)",
        "describes unexplained injuries in care",
        keys="bruis marks black injur scratches cuts broken unexplained",
    ),
    _cue(
        _C,
        r"\b(?:on the floor|fell|fallen)\b[^.!?]{0,40}\b(?:for hours|an hour|nobody (?:came|checked|helped|"
        r"noticed)|not found|hours before)|\b(?:left|lying|lay) on the floor"
        r"|\bnobody checked (?:me|him|her|them|on)",
        "describes a patient left without help",
        weight=1,
        keys="floor fell fallen nobody+checked",
    ),
    _cue(
        _C,
        r"\bnobody (?:came|checked|answered|helped)\b[^.!?]{0,40}\b(?:hours|an hour|all night|call bell"
        r"|buzzer|"
        r"bell|pressed|rang|shouted)"
        r"|\b(?:lay|lying|left|laid|stayed|stuck) (?:there|on the floor|in bed|in the bath|on the toilet)"
        r"[^.!?]{0,20}\b(?:until|till|for hours|all night|overnight|for ages)"
        r"|\bon (?:their|her|his) phones?\b[^.!?]{0,40}\b(?:obs|observations|1:1|instead of|watching|while)"
        r"|\b(?:obs|observations|1:1)\b[^.!?]{0,40}on (?:their|her|his) phones?",
        "describes a patient left without help",
        keys=(
            "nobody+came nobody+checked nobody+answered nobody+helped lay lying left+there left+on "
            "left+in laid stayed stuck on+their on+her on+his obs observation 1:1"
        ),
    ),
    _cue(
        _C,
        r"\b(?:i|we|he|she|they|me|mum|dad|patients?|residents?|my \w+|staff|the (?:patients|staff|"
        r"apprentices))\b(?: (?!never\b|not\b|no\b|nobody\b)\w+){0,3} (?:feel|feels|felt|feeling|am|was|is"
        r"|are|were|been|be|being|made me "
        r"feel) (?:\w+ )?(?:unsafe|in danger|not safe|frightened for my safety)\b"
        r"|\b(?:do not|does not|did not|never|not|no longer|dont) (?:feel|felt|feeling) (?:\w+ )?safe\b"
        r"|\b(?:the )?(?:ward|unit|bay|house|home|flat|hospital|place) (?:is|was|feels|felt|is not|was not)"
        r" (?:\w+ )?(?:unsafe|dangerous|not safe|scary at night)\b",
        "says they feel unsafe",
        direct=True,
        topic=True,
        negatable=True,
        keys="unsafe danger frighten safe scary",
        # Walking to the building after dark is the estate, not a disclosure about care or a person.
        unless=r"\b(?:walking|walk|after dark|in the dark|car park|parking|street|road|lighting|crossing|"
        r"bus stop|getting (?:here|there|home))\b",
    ),
    # --- cues added for wording seen in no labelled comment, written by meaning ----------------------
    _cue(
        _S,
        r"\bmy (?:own )?funeral\b|\bnothing (?:left )?for me (?:here|anymore|now)\b|\bnothing left for me\b"
        r"|\b(?:see|saw) (?:no |the )?point (?:of|in) (?:living|going on|carrying on|being alive|being here|"
        r"life|anything|it all)\b|\bpoint of living\b"
        r"|\b(?:my |this )?life (?:is|feels|seems|has become) (?:\w+ )?(?:pointless|worthless|meaningless|"
        r"over|empty|not worth)\b"
        r"|\bnot safe\b[^.!?]{0,25}\b(?:with|around|from) myself\b",
        "speaks of life not worth living",
        keys="funeral nothing+left nothing+for point+of point+in life not+safe",
    ),
    _cue(
        _S,
        r"\b(?:tired|sick|done) of it all\b|\b(?:tired|sick) of everything\b",
        "sounds worn out with life",
        weight=1,
        soft=True,
        keys="tired+of sick+of done+of",
    ),
    _cue(
        _A,
        rf"\b{_PERSON} (?:\w+ ){{0,2}}(?:gets|got|becomes|became|turns|turned|goes|went) (?:\w+ )?(?:violent|"
        r"aggressive|physical|handy)\b|\b(?:scared|afraid|frightened|terrified|worried) for (?:the|my|our) "
        r"(?:kids|children|baby|safety)\b|\bstealing from (?:her|him|me|them|my \w+|his \w+)\b|\b(?:steals|"
        r"stole|nicked|nicks|takes|took|taking) (?:money|cash|things) from (?:her|him|me|them)\b",
        "describes violence, fear or theft by someone close",
        keys="violent aggressive physical handy scared+for afraid+for frightened+for terrified+for "
        "worried+for stealing+from steals stole nicked nicks takes+money took+money taking+money taking+cash "
        "taking+things "
        "takes+cash took+cash takes+things took+things",
    ),
    _cue(
        _A,
        r"\bwhen nobody is (?:there|around|looking|watching|about)\b|\bbehind closed doors\b",
        "describes harm when nobody is watching",
        weight=1,
        keys="nobody+is closed+doors",
    ),
    _cue(
        _B,
        r"\bthreatened with (?:a |the )?(?:disciplinary|the sack|dismissal|being sacked|losing|hr|a "
        r"warning)|\bfor (?:raising (?:a )?concerns?|speaking up|whistle ?blowing|reporting (?:it|him|her|"
        r"them|a concern))\b[^.!?]{0,30}\b(?:threaten\w*|punish\w*|disciplin\w*|sacked|moved|targeted)"
        r"|\bgang(?:s|ed|ing)? up on (?:me|us|her|him)\b|\b(?:get|got|getting|been|being) called names\b"
        r"|\bcall(?:s|ed|ing)? me names\b",
        "describes being ganged up on or punished for speaking up",
        keys="threatened+with for+raising for+speaking for+whistle for+whistleblowing for+reporting "
        "gang ganged ganging gangs called+names calls+me call+me calling+me called+me",
    ),
    _cue(
        _ST,
        r"\b(?:left|running|run|ran|working|work|we had|there was|there were|there is|there are|had) "
        r"(?:\w+ )?with (?:no|only one|one|just one|a single) (?:qualified|registered|trained|rmn|nurse)\b"
        r"|\b(?:left|am|was|were|be|being) (?:alone|on my own|by myself|on our own) with (?:\d+|ten|"
        r"twelve|fifteen|twenty|thirty) (?:patients|service users|residents|young people|people)\b"
        r"|\b(?:just|only) me and (?:one|an?|1) (?:\w+ )?(?:\w+ )?for the (?:whole|entire) (?:ward|unit|"
        r"floor|building|shift)\b"
        r"|\b(?:can not|could not) be done (?:safely|properly)\b[^.!?]{0,40}\b(?:enough|staff|short|of us)\b",
        "describes too few staff to be safe",
        keys="with+no with+only with+one with+just with+a alone+with own+with myself+with me+and "
        "done+safely done+properly",
    ),
    _cue(
        _M,
        r"\bpre-?sign\w*|\bsign\w* (?:the )?(?:drug |mar )?chart before\b|\bsign\w* for (?:meds|medication|"
        r"tablets|drugs) before (?:giving|they were given|it was given)",
        "describes medicines records not matching what happened",
        keys="pre+sign presign sign",
    ),
    _cue(
        _S,
        r"\b(?:ways|way|methods|how) to (?:end (?:it|things|my life)|die|kill myself|do it|go)\b"
        r"(?! (?:about|with|forward|home|there|back))"
        r"|\b(?:cutting|scratching|burning|hurting myself|harming myself)\b[^.!?]{0,40}\b(?:only relief|"
        r"relief|release|only way i cope|feel something|numbs?)\b"
        r"|\b(?:been|keep|kept|started|start|back to) (?:scratching|burning|picking at)\b"
        r"(?! (?:back|down|the|my head|off))"
        r"|\b(?:tried|try|trying|attempted) to end (?:it|things|my life|everything)\b",
        "speaks of ways to die or of hurting themselves",
        keys=(
            "ways+to way+to methods+to how+to cutting scratching burning hurting harming picking "
            "been+scratching keep+scratching kept+scratching started+scratching start+scratching "
            "to+scratching to+burning to+picking been+burning keep+burning kept+burning started+burning "
            "start+burning been+picking keep+picking kept+picking started+picking start+picking tried+to "
            "try+to trying+to attempted+to"
        ),
    ),
    _cue(
        _S,
        r"\b(?:tired|sick) of (?:fighting|struggling|trying|being me|being alive|existing)\b"
        r"(?! (?:for|with|the|to get|to be seen|over))"
        r"|\b(?:just )?want (?:some )?(?:peace|to rest|to be at peace|it all to stop)\b(?! and quiet)",
        "sounds worn out with life",
        weight=1,
        soft=True,
        keys="want+it tired+of sick+of want+peace want+some want+to just+want",
    ),
    _cue(
        _A,
        r"\b(?:comes?|coming|came) (?:in|into) my (?:room|bed|bedroom)\b[^.!?]{0,20}\b(?:at night|when|"
        r"while)\b|\b(?:hand|hands) (?:on|up) my (?:leg|thigh|bum|knee|waist|bottom|chest|skirt|top)\b"
        r"|\b(?:took|taken|takes|has|kept|keeps|keeping) (?:all )?my (?:bank cards?|cards|documents|benefits|"
        r"pension|wages|passport)\b",
        "describes sexual abuse, harassment or control",
        keys="comes+into comes+in coming+into coming+in came+into came+in come+into come+in hand+on "
        "hands+on hand+up hands+up my+bank my+cards my+documents my+benefits my+pension my+wages "
        "my+passport",
    ),
    _cue(
        _ST,
        r"\b(?:left|was|am|were|been|being) running the (?:ward|shift|unit|floor|night)\b"
        r"|\bwith no (?:rmn|qualified|registered nurse|trained nurse|nurse)s?\b(?! (?:present|there to "
        r"talk|to talk|to explain|available to talk))",
        "describes a trainee or no nurse running a shift",
        keys="running+the with+no",
    ),
    _cue(
        _M,
        r"\b(?:did not|never|without|not) (?:check|checking|checked) (?:my|his|her|their|the patient'?s?|"
        r"the) (?:name|id|wristband|band|chart|allergies|identity|date of birth)\b[^.!?]{0,30}\b(?:giving|"
        r"gave|given|meds|medication|tablets|injection|insulin)\b"
        r"|\b(?:tablets|pills|meds|medication) (?:\w+ )?(?:under|in|behind) (?:her|his|their|my|the) "
        r"(?:pillow|mattress|locker|bin|drawer|bed|sofa|cheek|pocket)\b"
        r"|\bnobody (?:had )?checked (?:that )?(?:she|he|they|i) (?:took|had taken|swallowed|takes)\b",
        "describes medicines not checked or not taken",
        keys="not+check not+checking not+checked never+check never+checked without+check without+checking "
        "tablets pills meds medication nobody+checked nobody+had",
    ),
    _cue(
        _C,
        r"\b(?:left|sat|sitting|sits) (?:him |her |them |mum |dad |me |my \w+ )?on (?:the |a )?(?:commode|"
        r"toilet|bedpan|trolley)\b[^.!?]{0,30}\b(?:hour|hours|ages|all (?:day|night|morning))\b"
        r"|\bleft (?:alone|unsupervised|unattended|on (?:his|her|their) own)\b[^.!?]{0,40}\b(?:absconded|"
        r"went missing|walked out|ran off|got out)\b"
        r"|\b(?:ignored|ignoring|ignore|ignores) (?:[\w']+ ){0,2}(?:call bell|bell|buzzer)\b",
        "describes a patient left without help",
        keys="left sat sitting sits ignored ignoring ignore ignores",
    ),
    # --- sentence-level cues: words of one kind beside words of another ---------------------------
    _cue(
        _S,
        _DEATH,
        "wishes they were dead or not here",
        needs=(_WANT,),
        unless=_ILLNESS_FEAR,
        keys=(
            "stop+living stop+breathing die dying dead death alive not+here be+here being+here not+around "
            "be+around being+around in+it gone disappear end+it ending+it end+everything "
            "ending+everything end+things ending+things end+my ending+my to+end to+stop to+over be+over "
            "wake sleep exist kill live life be+end be+stop"
        ),
        also=(
            "want wanted wants wanting wish rather prefer think thought plan going+to tempted urge ready "
            "tired+of sick+of fight struggl better+off easier happier no+point no+reason the+point hope "
            "hoping pray consider feel+like felt+like scared+i afraid+i would+be might+as keep+thinking "
            "just+want can+not could+not not+see no+longer anymore pointless worthless"
        ),
    ),
    _cue(
        _S,
        _MEANS,
        "mentions a means or plan",
        needs=(_INTENT,),
        unless=_MEANS_UNLESS,
        keys=(
            "platform the+edge razor blade rope ligatur noose lighter tablet pill meds paracetamol "
            "medication bridge cliff "
            "railway train+tracks in+front roof building balcony car+park car+into car+off drown hang"
        ),
        also=(
            "just+in for+when going+to want think thought plan tempted urge keep kept saved saving "
            "collect hidden hide hiding stash tonight ready researched looked+up googl would sometimes+i "
            "feel+like on+my"
        ),
    ),
    _cue(
        _S,
        r"\b(?:can not|not|do not think i can|not sure i can|will not)\b[^.!?]{0,40}\b(?:much longer|any "
        r"longer|for long)\b",
        "says they cannot go on",
        unless=r"\b(?:course|job|apprenticeship|placement|wait|waiting|queue|shifts?|pace|commute|role|ward|"
        r"team|trust|nhs|hours|rota|pay|money|car|house|flat|stay|staying|work|working|hold|list)\b",
        keys="much+longer any+longer for+long",
    ),
    _cue(
        _S,
        r"\b(?:written|wrote|writing|left|leave|leaving) (?:a|my|the) (?:suicide |goodbye )?notes?\b"
        r"(?! (?:to|for|of|about|on|in|from|with|down|book|pad))"
        r"|\bhow (?:i|i would|i will|i could|i might) (?:\w+ )?do it\b|\bwhen i (?:would|will) do it\b"
        r"|\b(?:thinking|thought|planned|planning|worked out) (?:about )?(?:how|when|where) (?:i"
        r"|to) (?:would "
        r"|will |could )?(?:do it|end it|go through with it)\b",
        "speaks of a plan",
        unless=r"\b(?:assignment|essay|epa|exam|portfolio|course|job|task|presentation|placement|project|"
        r"work|shift|rota|reflection|meds|medication|dressing|procedure|obs)\b",
        keys="note do+it end+it go+through",
    ),
    _cue(
        _A,
        _VIOLENT,
        "describes someone being hurt",
        direct=True,
        needs=(rf"\b{_PERSON}\b",),
        unless=_VIOLENT_UNLESS,
        keys=(
            "hit punch slap kick strangl chok beat batter shov push headbutt throttl drag bites bitten "
            "bit+me spat spits threw throw pinned pinch grab twist pulled burn smash"
        ),
    ),
    _cue(
        _A,
        _CONTROL,
        "describes being controlled by someone",
        needs=(_INTIMATE,),
        unless=_CONTROL_UNLESS,
        keys=(
            "allowed not+let never+let never+lets permission checks+my check+my checks+the check+the "
            "tracks track follows+me followed+me following+me follow+me keeps+my keep+my keeps+all "
            "keep+all takes+my take+my takes+all take+all hand+over hand+him hand+her decides decide "
            "control makes+me make+me what+i who+i where+i times+me timing+me account+for stopped+me "
            "stops+me stop+me isolat cut+me taken+my took+my hid+my hidden+my locks+me lock+me"
        ),
    ),
    _cue(
        _B,
        _HOSTILE,
        "describes hostility at work",
        needs=(rf"\b{_COLLEAGUE}\b",),
        negatable=True,
        keys=(
            "fun+of mock humiliat belittl intimidat threaten sacked fired disciplined kicked monkey "
            "skivvy dogsbody too+old too+young differently made+my pick horrible nasty vile cruel waste "
            "since+i for+being racis homophob slur"
        ),
        also=(
            "mentor manager colleague co+worker co+workers coworker band b2 b3 b4 b5 b6 b7 b8 senior "
            "nurse+in nic charge+nurse ward+sister sister+on the+others staff+room staffroom handover "
            "supervisor preceptor team+leader line+manager matron the+nurses other+staff qualified+staff "
            "the+team my+team our+team on+shift every+shift each+shift my+shift the+ward at+work "
            "placement rota apprentice trainee student practice+educator assessor tutor hr christmas+do "
            "work+do staff+party whatsapp the+other other+aps the+rmns qualifieds hcas my+placement "
            "the+sister consultant+on doctor+on doctors+on to+work going+to my+work work+colleagues "
            "workplace member members staff+member"
        ),
    ),
    _cue(
        _B,
        _UNKIND,
        "describes unkindness at work",
        needs=(rf"\b{_COLLEAGUE}\b",),
        negatable=True,
        weight=1,
        keys=(
            "shout yell scream swear swore ignores+me ignored+me ignoring+me calls+me call+me called+me "
            "comment remark joke laugh rude+to useless thick stupid lazy incompetent behind exclud "
            "left+out gossip undermin snapp blames+me blamed+me blaming+me cold+towards cold+to unwelcom "
            "not+welcome singled worst in+front about+me"
        ),
        also=(
            "mentor manager colleague co+worker co+workers coworker band b2 b3 b4 b5 b6 b7 b8 senior "
            "nurse+in nic charge+nurse ward+sister sister+on the+others staff+room staffroom handover "
            "supervisor preceptor team+leader line+manager matron the+nurses other+staff qualified+staff "
            "the+team my+team our+team on+shift every+shift each+shift my+shift the+ward at+work "
            "placement rota apprentice trainee student practice+educator assessor tutor hr christmas+do "
            "work+do staff+party whatsapp the+other other+aps the+rmns qualifieds hcas my+placement "
            "the+sister consultant+on doctor+on doctors+on to+work going+to my+work work+colleagues "
            "workplace member members staff+member"
        ),
    ),
    _cue(
        _ST,
        _SHORTAGE,
        "describes too few staff to keep patients safe",
        needs=(_STAFFING_HARM,),
        keys=(
            "short+staffed short+of understaff half+the not+enough enough+staff have+staff the+staff "
            "never+enough nearly+enough have+enough got+enough "
            "so+few too+few nobody+else nobody+to my+own her+own his+own our+own only+one just+me just+us "
            "only+me agency bank+staff no+nurse no+qualified no+rmn one+nurse skeleton staffing no+cover "
            "get+cover run+with running+with so+short too+short"
        ),
        also=(
            "danger unsafe not+safe risk chaos chaotic scary obs observation 1:1 one+to abscond the+whole "
            "the+entire "
            "went+missing fell fall hurt injur incident nobody+noticed unwatched unchecked left+alone "
            "in+charge meds+round medication+round the+same could+not can+not without+their without+his "
            "without+her without+obs without+observations without+checks without+meds without+medication "
            "seclusion alarm overdose ligature self+harm"
        ),
    ),
    _cue(
        _ST,
        r"\b(?:left|put|made|leaving|leave|leaves) (?:me|us|him|her|them|an? \w+|the \w+) in charge\b"
        r"|\bi (?:was|am|have been|had to be|ended up) (?:the )?(?:\w+ )?in charge\b"
        r"|\bin charge of the (?:ward|shift|unit|floor)\b",
        "describes a trainee left in charge",
        needs=(_TRAINEE,),
        weight=3,
        keys="charge",
        also=(
            "b3 band+3 hca trainee apprentice student first+year unqualified not+qualified agency an+ap "
            "a+band a+b3 an+hca bank"
        ),
    ),
    _cue(
        _M,
        _MEDS_WORD,
        "describes a medicine error",
        needs=(_MED_ERROR,),
        unless=_MED_FINE,
        keys=(
            "prescription meds medic tablet pill dose dosage drug inject depot insulin clozapine lithium "
            "inhaler "
            "antibiotic methadone warfarin morphine oramorph capsule antipsychotic antidepressant "
            "paracetamol penicillin prn"
        ),
        also=(
            "wrong mistake mistaken error twice doubl someone+else somebody+else another+patient missed "
            "forgot not+given never+given not+get late early too+much max overdosed allerg not+checked "
            "never+checked unlocked left+out unattended crush expired out+of ran+out run+out "
            "without+checking not+signed no+prescription not+prescribed given+again had+it already+had "
            "mixed+up mix+up instead"
        ),
    ),
    _cue(
        _C,
        r"\bwithout (?:any )?(?:food|water|a drink|drinks|fluids|food (?:or|and) (?:water|drink)|eating|"
        r"drinking|anything to (?:eat|drink))\b"
        r"|\b(?:not|had not|has not|have not|did not|never|nobody) (?:\w+ )?(?:eaten|drunk|had a drink|had "
        r"anything to (?:eat|drink)|been fed|been given a drink)\b[^.!?]{0,30}\b(?:days|hours|all day|since)",
        "describes neglect of basic care",
        unless=r"\b(?:conference|event|venue|lunch break|session|workshop|the day|study day|course)\b",
        keys="without eaten drunk drink anything fed given",
    ),
    _cue(
        _C,
        r"\bface ?down\b",
        "describes restraint that harms",
        needs=(r"\b(?:held|hold|pinned|restrain\w*|put|floor|staff|knelt|on top)\b",),
        unless=r"\b(?:lay|lying|sleep|slept|asleep|in bed|on the bed|on the sofa)\b",
        weight=3,
        keys="face",
    ),
    _cue(
        _C,
        r"\b(?:obs|observations|checks|ligature checks|1:1|charts?)\b",
        "describes a patient left at risk",
        needs=(
            r"\b(?:ticked|signed|filled in|recorded|written up|was not|were not|not|never|nobody)\b(?: \w+)?"
            r"(?: actually)? (?:done|checked|happened|looked|being done|carried out|seen|came)\b",
        ),
        unless=r"\b(?:my epa|assessor|portfolio|competenc\w*|signed off)\b",
        keys="obs observation check ligature 1:1 chart",
    ),
)

# Words that make the topic words beside them a subject of training, teaching, policy or work.
_CONTEXT_RE = re.compile(
    r"\b(?:training|trainings|trained|module|modules|session|sessions|workshop|workshops|lecture|lectures|"
    r"talk|talks|course|courses|e-?learning|teaching|taught|seminar|webinar|case stud(?:y|ies)|role ?play\w*"
    r"|scenarios?|simulation|sim|presentation|presentations|slides|leaflets?|posters?|notice|policy|"
    r"policies|procedures?|guidance|guidelines|strategy|framework|toolkit|tools?|pathway|protocol|"
    r"awareness|prevention|champions?|guardians?|assignments?|essay|essays|reflective|reflection|"
    r"exam|exams|competenc\w*|study day|cpd|refresher|speakers?|keynote|panel|topics?|lessons?|learnt|"
    r"learned|learning|learn|more on|more about|covered|covering|resources|video|film|quiz|datix|"
    r"assessments?|screening|screen|reduction|recognis\w*|recogniz\w*|spotting|signs of|how to spot|"
    r"how to support|how to respond|how to manage|how to deal|how to report|safeguarding|specialis\w*|"
    r"specializ\w*|interested in|career in|research|researching|dissertation|project|lived experience|"
    r"mandatory|statutory|level [1-3]|ksbs?|theory|debate|legislation|campaign|charity|discussed|"
    r"discussion|class|classes|tutorial|manage|managing|tackle|tackling|reduce|reducing|address|"
    r"addressing|prevent|preventing|improve|improving|trusts|pharmacology|toxicology|antidotes?|"
    r"interesting|curriculum|syllabus|history of|impact of|effects? of|looked at)\b"
)
# Words straight after a topic word that make it the name of a service, a group or a piece of work.
_SERVICE_AFTER_RE = re.compile(
    r"\s*(?:support|group|groups|service|services|team|teams|clinic|pathway|specialist|nurse|nurses|"
    r"practitioner|lead|champion|prevention|awareness|training|policy|module|risk|screening|assessment|"
    r"management|reduction|workshop|leaflet|helpline|line|charity|strategy|plan|toolkit|tool|project|"
    r"research|statistics|rates?|figures)\b"
)
# Teaching and practice words that make even a described event a piece of training ("a scenario about
# a missed dose"), unless the writer speaks of themselves in the sentence.
_TEACHING_RE = re.compile(
    r"\b(?:scenario|scenarios|role ?play\w*|simulation|sim|case stud(?:y|ies)|lecture|lectures|module|"
    r"workshop|seminar|webinar|e-?learning|exam|quiz|essay|assignment|reflective account|training|"
    r"teaching|taught|lesson|class|presentation|slides|learn|learnt|learned|learning|looked at|"
    r"discussed|covered|talked about|how to report|how to spot|how to recognise)\b"
)
_FIRST_PERSON_RE = re.compile(r"\b(?:i|me|my|myself|mine)\b")
# Bullying at school or in a past job, told as background: not the programme's to act on.
_PAST_PLACE_RE = re.compile(
    r"\b(?:(?<!back )at school|in the past|at my (?:old|last|previous)|previous (?:job|placement|employer"
    r"|trust|role)|"
    r"last (?:job|placement|employer|trust)|years ago|as a (?:kid|child|teenager)|(?:another|a different|"
    r"my old|an old|my last|a previous) (?:job|trust|ward|placement|team|employer|workplace|role))\b"
)
# People in general ("patients who self-harm", "someone who is suicidal"): a description of the work,
# not of anyone in particular.
_GENERIC_RE = re.compile(
    r"\b(?:people|patients|someone|somebody|anyone|anybody|those|clients|service users|a person|"
    r"individuals|young people|children|adults|families|residents|men|women|others|victims|survivors|"
    r"perpetrators|staff|colleagues|apprentices|students)\b (?:(?:who|that) (?:are|is|were|have|has|had|self"
    r"|feel|experience|attempt|disclose|"
    r"use|take|harm|hurt|been|may|might|could|want|struggle)\w*|with|at risk of|affected by|experiencing|"
    r"after|following|facing|dealing with|in (?:crisis|distress|need|hospital|care))\b(?: [\w'-]+){1,4}"
    r"|\b(?:suicidal|self harming|abused|bereaved|vulnerable|traumatised) (?:people|patients|clients|young "
    r"people|service users|adults|children|teenagers|women|men)\b"
)
# "it hit close to home", "that is my life": the writer applies what they were taught to themselves.
_APPLIES_TO_ME_RE = re.compile(
    r"\bclose to home|\b(?:recognised|recognized|saw|see|seen) (?:a lot of |so much of |bits of )?myself"
    r"|\b(?:is|was|describes|described) (?:basically |literally |exactly |just )?my (?:life|home|marriage|"
    r"relationship|situation|partner|husband|wife|boyfriend|manager|mentor|ward|team|family|dad|mum)\b"
    r"|\bthat is (?:me|my \w+)\b|\b(?:happening|happens|happened) to me\b"
    r"|\bwhat my \w+ (?:does|did|is doing|says|said) (?:to me )?(?:counts|is)"
    r"|\bsounds (?:just )?like my\b|\brealised (?:i|that i|my|our|it was)\b|\bmade me realise\b"
    r"|\bi need help\b|\bi am going through\b|\b(?:triggered|triggering) (?:me|for me)\b"
    r"|\bit is (?:me|us)\b|\bthat was me\b|\bi (?:have|had) been (?:there|through)"
)
# Figures of speech about death and harm that disclose nothing.
_FIGURATIVE_RE = re.compile(
    r"\b(?:is|was|are|were|it is|its|that is|this is|these are|they are) (?:\w+ )?killing me\b"
    r"|\bkilling me (?:softly|lol)"
    r"|\b(?:nearly|almost|practically|literally|it|that|this|which) killed me|\bkill(?:s|ed)? me now\b"
    r"|\bshoot me now\b|\bcould (?:have|of) died\b|\b(?:died|die|dying) (?:of|from) (?:boredom|"
    r"embarrassment|shame|laughter|laughing|cringe)|\bdying for (?:a|the)\b|\bbored to death"
    r"|\bdeath by\b|\b(?:a|the|absolute|real|total) killer\b|\bmurder\b|\bdead (?:tired|boring|good|easy|on "
    r"time|handy|nice|helpful|friendly|keen|proud|happy|chuffed|lucky|busy|quiet)|\bto die for\b"
    r"|\bkilled it\b|\bscared to death|\bsick to death|\bworried sick|\bover my dead body"
    r"|\bkill for (?:a|the)\b|\bkiller (?:queue|app|question)|\bwant(?:ed)? to die of (?:embarrassment|"
    r"shame)|\bi (?:nearly|almost) died\b(?= (?:laughing|of|when (?:i|we) (?:saw|heard|got)))"
    r"|\bthe (?:traffic|parking|journey|commute|wait|queue) (?:was|is) (?:\w+ )?(?:murder|a killer|"
    r"deadly)|\b(?:my|the) (?:feet|back|legs|head) (?:is|are|were|was) killing me"
    # Advice to anyone ("what to do if you feel unsafe") discloses nothing about the writer.
    r"|\bif (?:you|someone|anyone|somebody|a patient|patients|staff|people|they|a colleague|an "
    r"apprentice|we|i) (?:\w+ ){0,2}(?:feel|feels|are|is|were|become|becomes|disclose\w*|report\w*|"
    r"witness\w*|see|sees|saw|suspect\w*|notice\w*|hear about|spot|spotted) (?:\w+ ){0,2}"
    r"(?:unsafe|in danger|at risk|suicidal|abuse\w*|bullied|harass\w*|self harm\w*|suicid\w*|overdos\w*|"
    r"neglect\w*|a medication error|a drug error|restrain\w*)"
)
# A joke about a trivial task ("I'll throw myself off the roof lol"): the hyperbole is masked only when
# the comment marks it as a joke.
_JOKE_RE = re.compile(
    r"\b(?:lol|lmao|lmfao|haha\w*|jk|only joking|joking|kidding)\b|[\U0001F602\U0001F923\U0001F605\U0001F643]"
)
_HYPERBOLE_RE = re.compile(
    r"\b(?:i would|would|i will|i am going to|going to|i might|i could|could) (?:\w+ )?(?:rather die|"
    r"rather be dead|throw myself (?:off|under|out of|in front of)|jump off|kill myself|end it all)"
    r"|\brather die than\b|\bwant(?:ed)? to die\b(?=[^.!?]{0,40}\b(?:lol|haha\w*|lmao))"
)
# Distress that is over: "I felt hopeless ... but the group has really helped".
_RESOLVED_RE = re.compile(
    r"\b(?:but|then|until|now|since)\b[^.!?]{0,60}\b(?:helped|helps|better|improv\w*|on the mend|getting "
    r"there|doing well|turned|lifeline|saved|support(?:ed)?|good now|ok now|okay now|happier)\b"
)
# A negation within three words before a cue ("never felt bullied", "not seen any bullying").
_NEGATION_RE = re.compile(
    r"\b(?:never|not|no|without|zero|nor|any|free of|free from)\b(?:\s+[\w']+){0,3}\s*$"
)
# Where feeling unsafe happens decides its category.
_SELF_RE = re.compile(r"\b(?:myself|my own head|my thoughts|lately|on my own|my mind|in my head)\b")
_HOME_RE = re.compile(
    r"\b(?:at home|home|house|flat|husband|wife|partner|boyfriend|girlfriend|him|ex|my dad|my mum|"
    r"family|neighbour|neighbours|street|estate|stepdad|landlord)\b"
)
_STAFFING_RE = re.compile(
    r"\b(?:staff(?:ing|ed)?|short|agency|nurses|rmn|qualified|cover|numbers|on shift|nobody else)\b"
)
_CLAUSE_RE = re.compile(r"[.!?\n;]+")
# Reasons that tell the category from the words around them.
_FEEL_UNSAFE = "says they feel unsafe"
_SHORTAGE = "describes a shortage of staff"
_ELSEWHERE_HARM = "says someone else hurts themselves"
_NAMED_BULLYING = (
    "names bullying",
    "describes being bullied",
    "names harassment",
    "names discrimination",
    "describes discrimination",
    "describes being ganged up on or punished for speaking up",
)
_HARASSED = "describes sexual harassment"
_AT_WORK_WHEN_COLLEAGUES = (
    "describes sexual abuse or harassment",
    "describes threats or secrecy",
    "describes sexual abuse, harassment or control",
)


# Words as the keys see them, and the lengths of one-word and two-word keys.
_WORD_RE = re.compile(r"[a-z0-9:]+(?:'[a-z0-9]+)*")
_KEYS: frozenset[str] = frozenset().union(*(cue.keys | cue.also for cue in _CUES))
# Key -> the cues (by position, so they run in their written order) it lets through.
_CUES_BY_KEY: dict[str, tuple[int, ...]] = {}
for _index, _cue_with_keys in enumerate(_CUES):
    for _key in _cue_with_keys.keys:
        _CUES_BY_KEY[_key] = (*_CUES_BY_KEY.get(_key, ()), _index)
_KEY_LENGTHS = sorted({len(key) for key in _KEYS if " " not in key})
# First word of a two-word key -> the starts of the second words that complete it.
_PAIR_SECONDS: dict[str, tuple[str, ...]] = {}
for _key in sorted(k for k in _KEYS if " " in k):
    _first, _second = _key.split(" ", 1)
    _PAIR_SECONDS[_first] = (*_PAIR_SECONDS.get(_first, ()), _second)


def _mask(text: str, pattern: re.Pattern[str]) -> str:
    """Blank out every match of ``pattern``, keeping character positions."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a match."""
    left = max((m.end() for m in _CLAUSE_RE.finditer(text, 0, start)), default=0)
    right_match = _CLAUSE_RE.search(text, end)
    return left, right_match.start() if right_match else len(text)


def _in_context(text: str, start: int, end: int) -> bool:
    """Whether training, policy or work words sit within a few words of a match, in the same sentence."""
    left, right = _clause_bounds(text, start, end)
    before = " ".join(text[left:start].split()[-10:])
    after = " ".join(text[end:right].split()[:8])
    return bool(_CONTEXT_RE.search(before) or _CONTEXT_RE.search(after) or _SERVICE_AFTER_RE.match(text, end))


def _taught(text: str, start: int, end: int) -> bool:
    """Whether a described event sits in a piece of teaching with no word of the writer's own life."""
    left, right = _clause_bounds(text, start, end)
    clause = text[left:right]
    return bool(_TEACHING_RE.search(clause)) and not _FIRST_PERSON_RE.search(clause)


def _past_place(text: str, start: int) -> bool:
    """Whether the sentence of a match sets it at school or in a past job."""
    left, right = _clause_bounds(text, start, start)
    return bool(_PAST_PLACE_RE.search(text, left, right))


def _negated(text: str, start: int) -> bool:
    """Whether a plain negation comes within three words before a match, in the same sentence."""
    left, _ = _clause_bounds(text, start, start)
    before = text[left:start].replace("nobody", "somebody")
    return bool(_NEGATION_RE.search(before))


def _feel_unsafe_category(text: str) -> str:
    """Feeling unsafe with oneself is self-harm, at home abuse, with few staff staffing, else unsafe care."""
    if _SELF_RE.search(text):
        return _S
    if _HOME_RE.search(text):
        return _A
    if _STAFFING_RE.search(text):
        return _ST
    return _C


@dataclass(frozen=True)
class _Hit:
    """A cue found in a comment, with the category its surroundings give it."""

    category: str
    weight: int
    reason: str
    direct: bool


@lru_cache(maxsize=1 << 16)
def _word_keys(word: str) -> tuple[str, ...]:
    """The one-word keys a word starts with (words repeat, so each is looked at once)."""
    return tuple(word[:n] for n in _KEY_LENGTHS if n <= len(word) and word[:n] in _KEYS)


@lru_cache(maxsize=1 << 16)
def _pair_keys(first: str, second: str) -> tuple[str, ...]:
    """The two-word keys a pair of words starts with."""
    seconds = _PAIR_SECONDS.get(first, ())
    return tuple(f"{first} {s}" for s in seconds if second.startswith(s))


def _present_keys(text: str) -> set[str]:
    """The cue keys found in normalised text: word starts and two-word starts."""
    words = _WORD_RE.findall(text)
    found: set[str] = set()
    for word in set(words):
        found.update(_word_keys(word))
    for first, second in pairwise(words):
        if first in _PAIR_SECONDS:
            found.update(_pair_keys(first, second))
    return found


def _hits(text: str, cues: list[_Cue]) -> tuple[list[_Hit], list[str]]:
    """The cues found in normalised text, and the categories of topic words set aside as training."""
    hits: list[_Hit] = []
    studied: list[str] = []
    colleagues = bool(_COLLEAGUE_RE.search(text))
    # Only comments that match some cue get here, so these searches are paid for rarely.
    resolved = bool(_RESOLVED_RE.search(text))
    spans: list[tuple[int, int]] = []
    for cue in cues:
        seen: set[str] = set()
        for match in cue.pattern.finditer(text):
            if match.group(0) in seen:
                continue  # the same words twice are one sign, not two
            if cue.check is not None and not cue.check(match):
                continue
            if cue.needs or cue.unless:
                left, right = _clause_bounds(text, match.start(), match.end())
                sentence = text[left:right]
                if not all(need.search(sentence) for need in cue.needs):
                    continue
                if cue.unless is not None and cue.unless.search(sentence):
                    continue
            if (cue.topic and _in_context(text, match.start(), match.end())) or _taught(
                text, match.start(), match.end()
            ):
                studied.append(cue.category)
                continue
            if cue.category == _B and _past_place(text, match.start()):
                continue
            if cue.negatable and _negated(text, match.start()):
                continue
            if cue.soft and resolved:
                continue
            seen.add(match.group(0))
            span = (match.start(), match.end())
            if cue.weight == 1 and any(a < span[1] and span[0] < b for a, b in spans):
                continue  # the same words found by another cue are one sign, not two
            if cue.weight == 1 and cue.category == _B and resolved:
                continue  # "I felt left out at the start but now I'm part of the team"
            spans.append(span)
            category, weight = cue.category, cue.weight
            if cue.reason == _FEEL_UNSAFE:
                category = _feel_unsafe_category(text)
            elif cue.reason in _AT_WORK_WHEN_COLLEAGUES and colleagues:
                # Threats or sexual harassment with a colleague in the comment happen at work.
                category = _B
            elif cue.category == _B and cue.reason not in _NAMED_BULLYING and not colleagues:
                # Belittled or touched with no colleague in sight: a patient speaks of how staff treat them.
                category = _A
                weight = weight if cue.reason == _HARASSED else min(weight, 1)
            hits.append(_Hit(category, weight, cue.reason, cue.direct))
            # A strong cue counts once; two different weak signs of one kind make a flag.
            if weight >= 2 or len(seen) == 2:
                break
    return hits, studied


def _decide(hits: list[_Hit]) -> str | None:
    """The category of the hits, or None when they do not add up to a flag."""
    scores: dict[str, int] = {}
    for hit in hits:
        scores[hit.category] = scores.get(hit.category, 0) + hit.weight
    flagged = [c for c in _PRIORITY if scores.get(c, 0) >= 2]
    if not flagged:
        return None
    reasons = {hit.reason for hit in hits}
    # Harm blamed on a shortage of staff is a staffing flag (risk.csv README: a fall blamed on short
    # staffing), and a patient who hurt themselves while left at risk is unsafe care.
    if _SHORTAGE in reasons and (_C in flagged or _ST in scores) and scores.get(_ST, 0) + 1 >= 2:
        return _ST
    if _ELSEWHERE_HARM in reasons and _C in scores:
        return _C
    return max(
        flagged,
        key=lambda c: (max(h.weight for h in hits if h.category == c), scores[c], -_PRIORITY.index(c)),
    )


def assess_risk(text: str) -> RiskFlag | None:
    """The risk category a safeguarding lead must see in a comment, and why; None when there is none."""
    if not isinstance(text, str) or not text.strip():
        return None
    normalised = _normalise(text)
    present = _present_keys(normalised)
    candidates = sorted({index for key in present for index in _CUES_BY_KEY.get(key, ())})
    cues = [_CUES[i] for i in candidates if not (_CUES[i].also and _CUES[i].also.isdisjoint(present))]
    # Most comments hold no word a cue needs, and most of the rest match no cue: both end here,
    # before the masks and the sentence-level checks are paid for.
    if not cues or not any(cue.pattern.search(normalised) for cue in cues):
        return None
    masked = _mask(_mask(normalised, _FIGURATIVE_RE), _GENERIC_RE)
    if _JOKE_RE.search(masked):
        masked = _mask(masked, _HYPERBOLE_RE)
    hits, studied = _hits(masked, cues)
    category = _decide(hits)
    if category is not None:
        top = max((h for h in hits if h.category == category), key=lambda h: (h.weight, h.direct))
        return RiskFlag(category, f"{top.reason} ({'direct' if top.direct else 'indirect'})")
    if studied and _APPLIES_TO_ME_RE.search(masked):
        return RiskFlag(studied[0], "relates a training or policy topic to their own life (indirect)")
    return None


def risk_flag(text: str) -> bool:
    """Whether a comment may disclose a risk a safeguarding lead must see (see assess_risk)."""
    return assess_risk(text) is not None
