"""How a comment is matched against the cues: the sentence checks, the keys and assess_risk."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .context import APPLIES_TO_ME_RE, clause_bounds, framed_cue, in_context, taught
from .cue import _A, _B, _C, _PRIORITY, _S, _SHORTAGE, _ST, RiskFlag, _Cue
from .cues_all import CUES as _CUES
from .figures import FIGURATIVE_RE as _FIGURATIVE_RE
from .figures import HYPERBOLE_RE as _HYPERBOLE_RE
from .figures import JOKE_RE as _JOKE_RE
from .figures import told_as_mutual
from .framing import (
    ANYONE_WRITING_RE,
    AWAY_FOR_A_REASON_RE,
    DONE_RIGHT_RE,
    HYPOTHETICAL_RE,
    REAL_CASE_RE,
    TOLD_AS_HARMLESS_RE,
)
from .over import (
    SCREENED_NO_RE,
    told_as_handled,
    told_as_left_behind,
    told_as_long_over,
    told_as_recovered,
    told_as_reported_safe,
)
from .spelling import _normalise
from .words import _COLLEAGUE_RE, _WORKPLACE_RE

# Bullying at school or in a past job, told as background: not the programme's to act on.
_PAST_PLACE_RE = re.compile(
    r"\b(?:(?<!back )at school|in the past|at my (?:old|last|previous)|previous (?:job|placement|employer"
    r"|trust|role)|"
    r"last (?:job|placement|employer|trust)|years ago|(?:my|an|the) (?:old|last|previous|former) "
    r"(?:manager|mentor|boss|supervisor|ward manager|team leader|colleagues?|workplace|job)|"
    r"as a (?:kid|child|teenager)|(?<!to )(?:another|a different|"
    r"my old|an old|my last|a previous) (?:job|trust|ward|placement|team|employer|workplace|role))\b"
)
# People in general ("patients who self-harm", "someone who is suicidal"): a description of the work,
# not of anyone in particular.
_GENERIC_RE = re.compile(
    r"\b(?:people|patients|someone|somebody|anyone|anybody|those|clients|service users|a person|"
    r"individuals|young people|children|adults|families|residents|men|women|others|victims|survivors|"
    r"perpetrators|staff|colleagues|apprentices|students)\b (?:(?:who|that) (?:are|is|were|have|has|had|self"
    r"|feel|experience|attempt|disclose|use|"
    r"take|harm|hurt|been|may|might|could|want|struggle)\w*|with(?! no )|at risk of|affected by|experiencing|"
    r"after|following|facing|dealing with|in (?:crisis|distress|need|hospital|care))\b(?: [\w'-]+){1,4}"
    r"|\b(?:suicidal|self harming|abused|bereaved|vulnerable|traumatised) (?:people|patients|clients|young "
    r"people|service users|adults|children|teenagers|women|men)\b"
    # Whoever it may be: "crisis numbers at the top for anyone feeling suicidal".
    r"|\b(?:for|to|if) (?:anyone|anybody|people|those|patients|someone|somebody) (?:who (?:is|are|may be) )?"
    r"(?:feeling|experiencing|having)\b(?: [\w'-]+){1,3}"
    # A lesson or a rule on a kind of error: "medication errors and near misses workshop was good".
    r"|\b(?:medication|medicine|drug|prescribing) (?:errors?|incidents?)(?: (?:and|&) near misses)? "
    r"(?:workshop|training|session|module|e-?learning|course|policy|audit|study day|teaching|lecture)\b"
    # Every case of a kind, as a rule: "all medication errors and near misses go on datix".
    r"|\b(?:all|any|every) (?:medication|medicine|drug|dosing|prescribing) (?:errors?|incidents?|mistakes?)"
    r"(?: (?:and|or) near misses)?\b"
    # A skill described: "asking someone straight out if they are having thoughts of suicide".
    r"|\b(?:asking|ask|asked) (?:someone|somebody|people|patients|a patient|them|clients|service users"
    r"|the person|a person) (?:straight out |directly |outright )?(?:if|whether|about) (?:they|he|she) "
    r"(?:are|is|were|was|have|has)\b(?: [\w'-]+){1,5}"
)
# Words that tell a harm word as no harm here, masked in this order before matching: a procedure's case,
# a screening answered no, a check done right, an absence for a plain reason, words told as harmless.
_TOLD_SAFE_RES = (ANYONE_WRITING_RE, SCREENED_NO_RE, DONE_RIGHT_RE, AWAY_FOR_A_REASON_RE, TOLD_AS_HARMLESS_RE)
# A matter the comment says was put right ("it was picked up, reported and dealt with really well",
# "since I raised it the rota has been sorted"): no longer for a lead to act on. Suicide, self-harm
# and abuse are never set aside this way.
_SETTLED_RE = re.compile(
    r"\b(?:was|were|has been|have been|had been|got|it is|is|now|all|quickly|promptly) (?:\w+ )?"
    r"(?:(?:dealt with|sorted|resolved|fixed|put right|rectified|addressed)\b"
    r"|(?:picked up|reported|investigated|handled|escalated)\b[^.!?]{0,40}\b(?:well|quickly|properly|"
    r"straight away|promptly|swiftly|immediately|and (?:sorted|resolved|dealt with|fixed)))"
    # Reported and reviewed, and no harm came: "it was datixed, the doctor reviewed, no harm".
    r"|\bdatix(?:ed)?\b[^.!?]{0,60}\bno harm\b|\bno harm\b[^.!?]{0,60}\bdatix(?:ed)?\b"
    # A near miss caught before any was taken: "the pharmacist caught it before i took any".
    r"|\bcaught (?:it|the (?:error|mistake)) before (?:i|he|she|they|anyone|mum|mam|dad|my \w+) (?:took|had|"
    r"got|was given|were given|swallowed) (?:any|it|one|them)\b"
    # Stopped at the check: "the NIC was double checking with me and stopped me before anything was given".
    r"|\b(?:caught|stopped|spotted|noticed) (?:it|me|us|him|her|the (?:error|mistake))\b[^.!?]{0,30}\bbefore "
    r"(?:anything|any of it|it|the dose|a dose) (?:was|were|got|had been) (?:given|taken|happened)\b"
    # Stepped in at once, or handled beyond fault: "the nurse in charge stepped in straight away",
    # "couldnt fault how it was handled".
    r"|\b(?:stepped in|intervened|stopped|challenged (?:it|him|her|them)) (?:straight away|immediately|there"
    r" and then"
    r"|right away|at once)\b|\b(?:could not|cannot|can not) fault (?:how|the way) (?:it|they|this|that) "
    r"(?:was |were )?(?:handled|dealt with|managed)\b"
    # Dealt with at once by someone named: "my manager dealt with it there and then".
    r"|\bdealt with (?:it|this|that|him|her|them) (?:there and then|straight away|immediately|right away"
    r"|at once|on the spot)\b"
    # A wrong dose put right before it was collected: "the pharmacist rang me before i picked it up and
    # fixed it".
    r"|\b(?:rang|called|phoned|messaged) (?:me|us|mum|dad|my \w+) before (?:i|we|he|she|they) "
    r"(?:picked|collected|took|got|had|started)\b[^.!?]{0,30}\b(?:fixed|sorted|changed|corrected|put right)\b"
    # Put right within days: "HR sorted it in a fortnight".
    r"|\bsorted (?:it|this|that) (?:out )?(?:in|within) (?:a|an|one|two|three|\d+) (?:days?|weeks?|fortnight"
    r"|month)\b"
    # A wrong dose about to be given and stopped: "went to give a lady the wrong patients tablets and i
    # spotted the name on the pot".
    r"|\bwent to give\b[^.!?]{0,60}\b(?:i|we|she|he|the nurse) (?:spotted|noticed|caught|stopped)\b"
    # A test late and no harm from it: "two months late ... no doses missed and the levels were fine".
    r"|\b(?:late|overdue|delayed|put back|moved)\b[^.!?]{0,60}\b(?:levels?|bloods?|results?) (?:were|was|came"
    r" "
    r"back) (?:all )?(?:fine|normal|in range)\b"
)
# "until that is fixed" is a fix not yet made, as "not fixed" is.
_SETTLED_NOT_RE = re.compile(
    r"\b(?:nothing|not|never|nobody|no|nor|yet to|still|until|till|unless|once|if)\b(?:\s+[\w']+){0,2}\s*$"
)
_UNSETTLED_RE = re.compile(
    r"\b(?:nothing (?:was |has been |got )?(?:done|happened|changed)|still (?:happening|going on|waiting|"
    r"scared|the same)|happened again|keeps happening|no one did anything|nobody did anything)\b"
)
_NEVER_SETTLED = frozenset({_S, _A})
# Distress that is over: "I felt hopeless ... but the group has really helped".
_RESOLVED_RE = re.compile(
    r"\b(?:but|then|until|now|since)\b[^.!?]{0,60}\b(?:helped|helps|better|improv\w*|on the mend|getting "
    r"there|doing well|turned|lifeline|saved|support(?:ed)?|good now|ok now|okay now|happier)\b"
    # "manager apologised next day ... we've been fine since".
    r"|\b(?:apologised|apologized|said sorry)\b[^.!?]{0,60}\b(?:been |all )?(?:fine|ok|okay|good) since\b"
    # "they apologised and we get on fine now".
    r"|\b(?:apologised|apologized|said sorry)\b[^.!?]{0,40}\b(?:get|getting|got) on (?:fine|ok|okay|well"
    r"|great)\b"
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
_UNSAFE_DISCHARGE_RE = re.compile(
    r"\bdischarges?\b(?: [\w']+){0,5} (?:is|are|was|were|feels?|felt) (?:really |so |very )?unsafe\b"
    r"|\bunsafe discharges?\b"
)
_STAFFING_RE = re.compile(
    r"\b(?:staff(?:ing|ed)?|short|agency|nurses|rmn|qualified|cover|numbers|on shift|nobody else)\b"
)
# Reasons that tell the category from the words around them.
_FEEL_UNSAFE = "says they feel unsafe"
_ELSEWHERE_HARM = "says someone else hurts themselves"
_NAMED_BULLYING = (
    "describes being singled out, shut out or targeted at work",
    "describes being labelled, pushed out or warned off at work",
    "describes being shut out or singled out at work",
    "describes discrimination or blame at work",
    "describes being singled out, blamed or warned off at work",
    "describes being shut out, mocked or pressured at work",
    "describes being singled out or harassed at work",
    "describes being singled out or shunned at work",
    "names bullying",
    "describes being bullied",
    "names harassment",
    "names discrimination",
    "describes discrimination",
    "describes being ganged up on or punished for speaking up",
    "describes being singled out or picked on at work",
)
_HARASSED = "describes sexual harassment"
_HURT = "describes someone being hurt"
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


def _past_place(text: str, start: int) -> bool:
    """Whether the sentence of a match sets it at school or in a past job."""
    left, right = clause_bounds(text, start, start)
    return bool(_PAST_PLACE_RE.search(text, left, right))


def _negated(text: str, start: int) -> bool:
    """Whether a plain negation comes within three words before a match, in the same sentence."""
    left, _ = clause_bounds(text, start, start)
    before = text[left:start].replace("nobody", "somebody")
    return bool(_NEGATION_RE.search(before))


def _settled(text: str) -> bool:
    """Whether the comment says the matter was put right, in words no negation comes just before."""
    if _UNSETTLED_RE.search(text):
        return False
    for match in _SETTLED_RE.finditer(text):
        left, _ = clause_bounds(text, match.start(), match.start())
        if not _SETTLED_NOT_RE.search(text[left : match.start()]):
            return True
    return False


def _feel_unsafe_category(text: str) -> str:
    """Feeling unsafe with oneself is self-harm, at home abuse, with few staff staffing, else unsafe care."""
    if _UNSAFE_DISCHARGE_RE.search(text):
        return _C  # "discharge from our unit is unsafe: people go home with no follow-up"
    if _SELF_RE.search(text):
        return _S
    if _HOME_RE.search(text):
        return _A
    if _STAFFING_RE.search(text):
        return _ST
    return _C


def _long_over(text: str, hits: list[_Hit]) -> bool:
    """Whether the self-harm a comment names or describes is long past and over, nothing said of now."""
    named = [hit for hit in hits if hit.category == _S]
    return bool(named) and told_as_long_over(text)


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
    colleagues = bool(_COLLEAGUE_RE.search(text) or _WORKPLACE_RE.search(text))
    # Only comments that match some cue get here, so these searches are paid for rarely.
    resolved = bool(_RESOLVED_RE.search(text))
    mutual = told_as_mutual(text)
    spans: list[tuple[int, int]] = []
    for cue in cues:
        seen: set[str] = set()
        for match in cue.pattern.finditer(text):
            if match.group(0) in seen:
                continue  # the same words twice are one sign, not two
            if cue.check is not None and not cue.check(match):
                continue
            if cue.needs or cue.unless:
                left, right = clause_bounds(text, match.start(), match.end())
                sentence = text[left:right]
                if not all(need.search(sentence) for need in cue.needs):
                    continue
                if cue.unless is not None and cue.unless.search(sentence):
                    continue
            if (
                (cue.topic and in_context(text, match.start(), match.end()))
                or taught(text, match.start(), match.end())
                or framed_cue(text, cue, match)
            ):
                studied.append(cue.category)
                continue
            if cue.category == _B and (mutual or _past_place(text, match.start())):
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
    # Harm blamed on short staffing is a staffing flag (risk.csv README) unless the writer wishes to die.
    own_harm = _S in flagged and any(h.category == _S and h.reason != _ELSEWHERE_HARM for h in hits)
    # Harassment or harm done to someone stays what it is, though a shortage is named beside it.
    done_to = bool({_A, _B} & set(flagged))
    if (
        _SHORTAGE in reasons
        and not own_harm
        and not done_to
        and (_C in flagged or _ST in scores)
        and scores.get(_ST, 0) >= 1
    ):
        return _ST
    if _ELSEWHERE_HARM in reasons and _C in scores:  # a patient hurt while left at risk is unsafe care
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
    if not REAL_CASE_RE.search(masked):
        masked = _mask(masked, HYPOTHETICAL_RE)
    for told_safe in _TOLD_SAFE_RES:
        masked = _mask(masked, told_safe)
    if _JOKE_RE.search(masked):
        masked = _mask(masked, _HYPERBOLE_RE)
    hits, studied = _hits(masked, cues)
    if _long_over(masked, hits):
        hits = [hit for hit in hits if hit.category != _S]
    if hits and _settled(masked):
        hits = [hit for hit in hits if hit.category in _NEVER_SETTLED]
    if hits and told_as_recovered(masked):
        hits = [hit for hit in hits if hit.category != _S or hit.direct]
    if hits and told_as_left_behind(masked):
        hits = [hit for hit in hits if hit.category != _A or hit.direct]
    if hits and told_as_reported_safe(masked):
        hits = [hit for hit in hits if hit.category != _A or hit.direct]
    if hits and told_as_handled(masked):
        hits = [hit for hit in hits if hit.reason != _HURT]
    category = _decide(hits)
    if category is not None:
        top = max((h for h in hits if h.category == category), key=lambda h: (h.weight, h.direct))
        return RiskFlag(category, f"{top.reason} ({'direct' if top.direct else 'indirect'})")
    if studied and APPLIES_TO_ME_RE.search(masked):
        return RiskFlag(studied[0], "relates a training or policy topic to their own life (indirect)")
    return None
