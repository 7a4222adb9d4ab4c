"""Per-comment sentiment: TextBlob's offline polarity corrected for the language of care feedback."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .lexicon import negators, sentiment_words
from .pattern_lexicon import english_sentiment

__all__ = ["LABELS", "SentimentResult", "score_sentiment"]

LABELS = ("positive", "neutral", "mixed", "negative")

# A clause this far from zero counts as positive or negative on its own.
CLAUSE_THRESHOLD = 0.12
# Overall thresholds, applied after the prompt offset.
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05
# A comment with opposed clauses is "mixed" only when neither side clearly wins.
MIXED_BAND = 0.15
# The prompt moves the neutral point. An answer to "what was good?" is praise unless it says otherwise;
# an answer to "what could we do better?" that is not clearly praise reports something lacking (in
# labelled FFT data such suggestions are mostly scored negative). Other prompts are taken as they come.
PROMPT_OFFSETS = {"what_good": 0.15, "could_improve": -0.2, "nonspecific": -0.05}
# A negative offset is halved when the comment has a clearly positive clause and no clearly negative one:
# "Staff treated my mother with respect" under "what could we do better?" is praise, not a request.
OFFSET_SCALE = 0.5


@dataclass(frozen=True)
class SentimentResult:
    """A sentiment label and a polarity in [-1, 1]."""

    label: str
    polarity: float


_TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Clauses split at sentence ends and at words that turn the comment ("good staff but a long wait").
_CLAUSE_RE = re.compile(
    r"[.!?;\n]+|,\s*(?=but\b|however\b|although\b|though\b|except\b|apart from\b)"
    r"|\s(?=\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bexcept\b|\bapart from\b|\bother than\b"
    # "... very professional my only criticism is ...": the one complaint starts a clause of its own.
    r"|(?:my|the|our|one) (?:only|one|main|biggest) (?:thing|criticism|complaint|issue|problem|gripe)\b)"
)

# Negators are one list shared by the codebook rules and sentiment (lexicons/negators.txt).
_NEGATORS = negators()

# "Nothing to improve" answers. Under could_improve (and the FFT "why?" follow-up, where people
# answer as if asked what to change) they are praise; under what_good they are a complaint.
_NOTHING_RE = re.compile(
    r"^\W*(?:(?:absolutely|really|honestly|genuinely|literally) )?(?:"
    r"nothing|nowt|none|nil|no|nope|na|n/?a|not applicable|nothing at all|nothing really|nothing else|"
    r"nothing (?:i can think of|that i can think of|comes to mind|springs to mind)|"
    r"(?:no|nothing)(?: to| i would| i'd| that i would| that needs to| that could| needs to| could)?"
    r" (?:be )?(?:improve|improved|change|changed|add|say|comment|suggest|better|do better)|"
    r"no (?:improvements?|changes?|complaints?|comments?|suggestions?|issues?|problems?)"
    r"(?: (?:needed|required|necessary|at all|whatsoever))?|"
    r"(?:i )?can(?:'|no)?t think of anything(?: else)?|cannot think of anything(?: else)?|"
    r"(?:it was |everything (?:was )?)?all (?:good|fine|great)|"
    r"keep (?:up the good work|doing what you(?:'re| are) doing|it up)|"
    r"not really|not a (?:thing|lot)|not (?:very )?much|nothing (?:much|different|more)|very little|"
    r"(?:i )?(?:don't|do not) think (?:so|anything(?: could be (?:better|improved))?)"
    r")(?:[\s,.!-]*(?:thanks?|thank you)?[\s,.!-]*)?$",
)
# "Not sure", "no comment": no view either way, whatever the prompt.
_UNSURE_RE = re.compile(
    r"^\W*(?:(?:i am|i'm|im|really|honestly|i'm really|i really|i'm honestly) )?"
    r"(?:(?:i )?(?:don'?t|do not) know|not sure(?: yet)?|unsure|(?:i have )?no idea|no comments?|"
    r"(?:i )?(?:can't|cannot|can not) (?:say|comment)|nothing to (?:say|add|comment))\W*$"
)
# A comment that opens "Nothing, ..." / "Nothing - ..." under could_improve starts with praise.
_NOTHING_LEAD_RE = re.compile(
    r"^\W*(?:(?:absolutely|really|honestly|genuinely|literally) )?"
    r"(?:nothing|none|no(?:thing)? (?:improvements?|complaints?|changes?)|n/?a)\b[^a-z]*",
)

# The field's complaint and praise words with their weights (lexicons/sentiment_words.yaml).
_NEGATIVE_WORDS, _POSITIVE_WORDS = sentiment_words()

# Multi-word complaints whose single words look harmless ("not listened to", "no one came").
_NEGATIVE_PHRASES = re.compile(
    r"\b(?:no ?one|nobody) (?:came|called|rang|answered|listened|cared|told|explained|bothered|helped)"
    r"|\bnot (?:listened|taken seriously|told|informed|kept informed|seen|contacted|called|updated)"
    r"|\b(?:didn't|did not|don't|do not|doesn't|does not|never) (?:listen|care|turn up|show up|call|ring|"
    r"answer|explain|tell|inform|respond|reply|bother|get back|help|understand|feel (?:listened|heard|"
    r"supported|safe|welcome))"
    r"|\b(?:too|very|really|so|extremely) (?:long|slow|late|busy|short)\b"
    r"|\btoo (?:many|much|few|little)\b(?! (?:trouble|bother))|\bnot (?:working|so much|as it should)\b"
    # The one thing wrong in an otherwise good report ("my only criticism", "the one issue").
    r"|\b(?:only|one|main|biggest) (?:thing|criticism|complaint|fault|issue|problem|downside|gripe|negative)"
    r"\b(?! (?:i could|to) (?:say|fault|complain))"
    r"|\b(?:long|lengthy|excessive) (?:wait|waits|waiting|delay|delays|time|times|queue)"
    r"|\bwaited(?<!only waited) (?:for )?(?:over |more than |nearly |almost |about |around )?"
    r"(?:\d+|an?|two|three|four|five|six|several|many|hours|weeks|months)"
    r"|\b(?:hours?|weeks?|months?|years?) (?:late|wait|waiting|delay)"
    r"|\btook (?:over |more than |nearly |almost |about |around |at least )?(?:\d+|an?|one|two|three|four"
    r"|five|six|several|many) ?(?:hours?|hrs?|weeks?|months?|days?)\b"
    r"|\bwaiting (?:list|lists|times?) (?:are|is|were|was) (?:too |very |so )?(?:long|ridiculous|awful)"
    r"|\blet(?<!never let)(?<!once let) (?:me|us|him|her|them) down\b|\bfobbed off\b|\bpassed from pillar\b"
    r"|\bleft (?:waiting|alone)|\bon hold\b|\b(?:of|was|is) no use\b"
    r"|\bwaste of time\b|\bnot good enough\b|\bnot happy\b|\bnot impressed\b|\bnot great\b"
    r"|\bcould(?:n't| not) (?:get through|get hold"
    r"|get an? (?:appointment|ambulance|doctor|gp|call ?back|response))"
    r"|\bno (?:response|reply|answer|"
    r"communication|follow[- ]?up|help|support|one to talk|handover|hand over|protected time|backfill)\b"
    r"|\bhad to (?:wait|chase|ring|call)",
)
# Plain praise phrases Pattern scores weakly.
_POSITIVE_PHRASES = re.compile(
    r"\b(?:could(?:n'?t| not) (?:have )?(?:ask(?:ed)? for|fault|be better|do more|have been better))"
    r"|\bcan(?:'?t|not| not) fault\b|\bno (?:complaints?|problems?|issues?)\b|\bon time\b"
    r"|\bwell looked after\b"
    r"|\btook time\b|\bput (?:me|us) at ease\b|\bwent (?:above and beyond|the extra mile)\b"
    r"|\bfelt (?:listened to|heard|safe|supported|welcome|valued)\b|\bkeep up the good work\b"
    r"|\bthank you\b|\bmade me feel\b(?! (?:worse|bad|stupid|small|like a nuisance|uncomfortable))"
    r"|\bvery good\b|\bspot on\b|\b10 out of 10\b|\b10/10\b|\b(?:first|1st|top|world) class\b"
    r"|\b(?:could(?:n't| not)|can(?:'t|not)) (?:be )?bettered\b|\bwell done\b|\blooked after\b"
    r"|\bonly (?:waited|took|had to wait)\b"
    r"|\b(?:arrived|came|here|there|with (?:me|us))\b(?: \w+){0,2} (?:with)?in \d+ ?(?:min|mins|minutes)\b"
    r"|\b(?:kept|keeping) (?:me|us|them|him|her|you) (?:\w+ )?(?:informed|updated|up ?to date)\b"
    r"|\b(?:was|were|been|being|felt) kept (?:\w+ )?(?:informed|updated|up ?to date)\b"
    r"|\b(?:keep|carry) on\b(?! (?:waiting|ringing|calling|phoning|chasing|asking|being))"
    r"|\bkeep (?:doing|going)\b|\bno faults?\b(?! of)"
    r"|\b(?:the|all the) (?:help|advice|care|support|treatment) (?:i|we|he|she|they|my \w+) (?:\w+ )?needed\b"
    r"|\bstraight away\b|\bas (?:promised|stated|arranged)\b|\bnothing negative\b"
    r"|\bcan(?:'t|not) improve on\b|\bcan(?:'t|not)? thank (?:you|them|her|him|the \w+) enough\b"
    r"|\b(?:could(?:n't| not)|can(?:'t|not)) help (?:me|us) enough\b"
    r"|\ball the help\b|\bsorted\b|\bsaved (?:my|his|her|their) life\b|\bno delay\b|\blike clockwork\b"
    r"|\b(?:anything|nothing) (?:else )?(?:could|can) (?:have |of )?(?:be(?:en)? )?(?:done|better)\b"
    r"|\b(?:could(?:n'?t| not)|can(?:'?t|not| not))\b[^.,]{0,45}\b(?:better|bettered)\b"
    r"|\bno need for anything\b"
    r"|\bnothing (?:you|they|we) could (?:have|of) done\b|\bput my mind at rest\b"
    r"|\b(?:never|not once) let (?:me|us) down\b|\bas (?:i|we) expected\b|\bcare and attention\b"
    r"|\b(?:helped|sorted|resolved|fixed|solved|dealt with)\b(?: \w+){0,2} (?:problems?|issues?)\b"
    r"|\b(?:problems?|issues?) (?:was |were |got |been )*(?:resolved|sorted|solved|fixed)\b"
    r"|\bgot all (?:my|the) answers\b|\bnothing (?:is |was |seemed |seems )?too much (?:trouble|bother)\b"
    # Praise in words of request: nothing anyone could do better, no way it could be improved.
    r"|\b(?:nothing|no ?thing|not much|(?:don't|do not|didn't) (?:think|feel|believe))\b[^.]{0,35}"
    r"\b(?:could|can|would)\b[^.]{0,25}\b(?:better|improved?|bettered)\b"
    r"|\bcould (?:have |of )?done nothing (?:more|better)\b"
    r"|\bcan(?:'?t|not| not) improve (?:on )?perfection\b"
    r"|\b(?:no|never (?:had )?any|not had any|(?:didn't|did not|never) (?:have|had) to) "
    r"(?:wait|waiting|trouble|problems?|issues?|delays?|fuss|hassle)\b"
    r"|\bcan(?:'?t|not| not) (?:thank|praise|fault) \w+(?: \w+)? enough\b|\b(?:10|ten) out of (?:10|ten)\b"
    r"|\b100 ?(?:%|percent)",
)
# A negator just before a praise phrase: "isn't very good", "not on time" (but "don't think anything
# could be better" is praise).
_NEGATED_PHRASE_RE = re.compile(
    r"(?:\b(?<!can )(?:not|never|isnt|wasnt|arent|werent)|n't)\s+"
    r"(?:(?!think\b|believe\b|feel\b|suppose\b|reckon\b|see\b)\w+\s+)?$"
    # Regret is no praise either: "they could have kept us informed", "should have been on time".
    r"|\b(?:sh|c|w)ould(?<!nothing should)(?<!nothing could)(?<!nothing would)(?<!anything could)"
    r"(?: have| of)(?: been)?\s+$"
)
# Negative contractions, with or without the apostrophe ("isn't", "wasnt", "can't", "won't").
_CONTRACTION_RE = re.compile(
    r"\b(ca|wo|is|was|are|were|do|does|did|has|have|had|could|would|should|must|need)(?:n't|nt)\b"
)
_CONTRACTION_STEMS = {"ca": "can", "wo": "will"}


def _expand_contraction(match: re.Match[str]) -> str:
    """'isn't' -> 'is not', "can't" -> 'can not', 'wont' -> 'will not'."""
    stem = match.group(1)
    return f"{_CONTRACTION_STEMS.get(stem, stem)} not"


_NOT_DEGREE_RE = re.compile(r"\bnot (?:as|so|that|all that|particularly|overly|exactly|always) ")


# Words of comparison and request. Pattern scores "more" and "better" as praise, but in feedback they
# usually ask for change ("more staff", "better food"); they are removed before Pattern scores a clause
# and a request clause gets a small negative weight instead.
_COMPARATIVES_RE = re.compile(
    r"\b(?:more|better|less|fewer|quicker|faster|sooner|swifter|longer|shorter|bigger)\b"
)
# A request either opens the clause with a word of request or uses a request construction anywhere in
# it. The two are separate patterns because an alternation that mixes an anchored branch with
# unanchored ones is tried in full at every position, three times slower.
_REQUEST_START_RE = re.compile(
    r"^\W*(?:(?:maybe|perhaps|probably|possibly|please|just|a little|a bit|much|some|and)\s+)*"
    r"(?:more|better|less|fewer|quicker|faster|sooner|swifter|longer|shorter|improve\w*|increase|reduce|"
    r"employ|hire|recruit|get|give|provide|offer|stop|start|make|have|answer|arrive|come|listen|attend|"
    r"respect|pay|check|ensure|allow|send|try|speed|bring|need|needs|should|could|would|"
    r"treat|tell|explain|inform|update|keep|let|be|actually|don't|do not)\b"
    # ... but not a word used as a noun: "speed of the service was good", "answer was quick".
    r"(?!\s+(?:of|was|were|is|are|has|had)\b)"
)
_REQUEST_ANYWHERE_RE = re.compile(
    r"\b(?:should|could|would|i'd|we'd) (?:have|be|do|of)\b|\bneeds? (?:to|more)\b"
    r"|\b(?:would|i'd|we'd) (?:be nice|like|help)\b"
    r"|\bif (?:only|they|you|there)\b|\b(?:more|less) \w+ly\b|\b(?:rather than|instead of)\b"
)
_RECOVERY_RE = re.compile(r"\b(?:get|gets|got|getting|feel|feels|felt|feeling) (?:\w+ )?better\b")
# A circumstance in a "what was good?" answer: "when/if/after" and a subject, to the clause's end.
_CIRCUMSTANCE_RE = re.compile(
    r"\b(?:when|whenever|if|after|in case)\s+"
    r"(?:things|i|we|he|she|they|it|my|our|you|your|his|her)\b[^,.;!?]*"
)
# A "what was good?" answer that starts "Nothing" is a complaint.
_WHAT_GOOD_NOTHING_RE = re.compile(r"^\W*(?:nothing|none|not much|not a lot|very little|no)\b")


def _negated_before(tokens: list[str], i: int, window: int = 3) -> bool:
    """Whether a negator precedes token i within the window."""
    return any(t.replace("'", "") in _NEGATORS for t in tokens[max(0, i - window) : i])


@cache
def _pattern_sentiment() -> Any:
    """TextBlob's PatternAnalyzer scorer, read on first use (a process that never scores never reads it)."""
    # A bundled XML lexicon and no NLTK data, so the analysis works offline.
    return english_sentiment()


# Words, common emoticons and "!" (which Pattern reads as an intensifier). Pattern's own tokenizer
# handles abbreviations and sentence ends this scorer does not need, and took a third of its time.
_SCORE_TOKEN_RE = re.compile(r"[:;=8][-o']?[()\[\]dDpP/\\|]|<3|\w+(?:[-']\w+)*|!")


# Words Pattern scores as praise that in feedback only say whose something is ("her own caseload",
# "my own transport") or what kind of job it is ("a full time job").
_UNSCORED_RE = re.compile(r"\bown\b|\bfull[- ]time\b")


def _pattern_polarity(text: str) -> float:
    """Pattern's lexicon polarity of a clause, scored on our word list (Pattern accepts one directly)."""
    lowered = text.lower()
    # Most clauses have neither word, and a substring test is far cheaper than the pattern.
    if "own" in lowered or "full" in lowered:
        lowered = _UNSCORED_RE.sub(" ", lowered)
    words = _SCORE_TOKEN_RE.findall(lowered)
    return float(_pattern_sentiment()(words)[0]) if words else 0.0


def _clause_polarity(clause: str) -> float:
    """Pattern polarity of one clause plus the field's words and phrases, clamped to [-1, 1]."""
    # A comparative anywhere asks for change ("letters to be sent sooner"), but getting or feeling
    # better is recovery.
    comparative = _COMPARATIVES_RE.search(clause)
    request = bool(
        _REQUEST_START_RE.match(clause)
        or _REQUEST_ANYWHERE_RE.search(clause)
        or (comparative and not _RECOVERY_RE.search(clause))
    )
    scored = _COMPARATIVES_RE.sub(" ", clause) if comparative else clause
    # Pattern negates after "not" but not after "isn't" or "wasnt": spell contractions out first.
    # Every contraction ends in "nt" (or "n't"), so most clauses skip the pattern.
    if "nt" in scored or "n't" in scored:
        scored = _CONTRACTION_RE.sub(_expand_contraction, scored)
    # Pattern negates "not very good" but not "not as good" / "not so good": drop the degree word.
    if "not " in scored:
        scored = _NOT_DEGREE_RE.sub("not ", scored)
    base = _pattern_polarity(scored)
    tokens = _TOKEN_RE.findall(clause)
    adjust = 0.0
    for i, tok in enumerate(tokens):
        weight = _NEGATIVE_WORDS.get(tok)
        if weight is None:
            weight = _POSITIVE_WORDS.get(tok)
        if not weight:
            continue
        # A negated field word flips and weakens: "not rude" is faint praise, "not helpful" a complaint.
        adjust += -0.5 * weight if _negated_before(tokens, i) else weight
    adjust -= 0.5 * len(_NEGATIVE_PHRASES.findall(clause))
    # A praise phrase after a negator ("the food isn't very good") is no praise. The negator stands
    # within two words of the phrase, so only the last 40 characters before it are searched.
    positive_phrases = sum(
        1
        for m in _POSITIVE_PHRASES.finditer(clause)
        if not _NEGATED_PHRASE_RE.search(clause, max(0, m.start() - 40), m.start())
    )
    adjust += 0.4 * positive_phrases
    value = float(base) + adjust
    if request and not positive_phrases:
        # A request names what is wanted: "more friendly staff" asks for friendliness rather than
        # praising it, so the praise words in it count for little.
        value = (value * 0.25 if value > 0 else value) - 0.2
    return max(-1.0, min(1.0, value))


def _drop_bad_circumstance(match: re.Match[str]) -> str:
    """The circumstance if it reads as neutral or good, else a space."""
    return " " if _clause_polarity(match.group(0)) < 0 else match.group(0)


def _memo_polarity(clause: str, memo: dict[str, float] | None) -> float:
    """A clause's polarity, looked up in ``memo`` first (the clauses of one comment, scored once)."""
    if memo is None:
        return _clause_polarity(clause)
    if clause not in memo:
        memo[clause] = _clause_polarity(clause)
    return memo[clause]


def score_sentiment(
    text: object, prompt: str | None = None, memo: dict[str, float] | None = None
) -> SentimentResult:
    """Sentiment of one comment, given the prompt it answered (what_good, could_improve or other).

    ``memo`` holds clause scores while one comment is read: the sentiment of each theme's part of a
    comment scores clauses the whole comment's sentiment scored already. It is one comment's, never
    shared between comments.
    """
    if not isinstance(text, str):
        return SentimentResult("neutral", 0.0)
    lowered = text.strip().lower().replace("’", "'")
    if not lowered or not re.search(r"[a-z0-9]", lowered):
        return SentimentResult("neutral", 0.0)

    stock = _stock_answer(lowered, prompt)
    if stock is not None:
        return stock

    # "Nothing, the staff were great" under could_improve: the lead is praise in itself.
    lead_bonus = 0.0
    if prompt == "what_good" and _WHAT_GOOD_NOTHING_RE.match(lowered):
        lead_bonus = -0.5
    elif prompt != "what_good":
        lead = _NOTHING_LEAD_RE.match(lowered)
        if lead and lead.end() < len(lowered):
            lead_bonus = 0.4
            lowered = lowered[lead.end() :]

    if prompt == "what_good" and lead_bonus == 0.0:
        # In praise, "when I got upset" or "if things got worse" sets the scene for the help given;
        # its words describe the patient's situation, not the service.
        # Only a scene that reads as bad is dropped: "when I was ill they were brilliant" keeps its praise.
        lowered = _CIRCUMSTANCE_RE.sub(_drop_bad_circumstance, lowered)
    clauses = [c.strip() for c in _CLAUSE_RE.split(lowered) if c and c.strip()]
    if not clauses:
        clauses = [lowered]
    scores: list[tuple[float, int]] = []
    for clause in clauses:
        words = len(_TOKEN_RE.findall(clause))
        if words:
            scores.append((_memo_polarity(clause, memo), words))
    if not scores:
        return SentimentResult("neutral", 0.0)

    # Weight by sqrt of length so a long neutral description does not drown a short verdict.
    weights = [w**0.5 for _, w in scores]
    polarity = sum(s * wt for (s, _), wt in zip(scores, weights, strict=True)) / sum(weights)
    polarity += lead_bonus
    has_pos = any(s >= CLAUSE_THRESHOLD for s, _ in scores) or lead_bonus > 0
    has_neg = any(s <= -CLAUSE_THRESHOLD for s, _ in scores) or lead_bonus < 0
    offset = PROMPT_OFFSETS.get(prompt or "", 0.0) if lead_bonus == 0.0 else 0.0
    if prompt == "nonspecific" and lead_bonus == 0.0 and all(s == 0.0 for s, _ in scores):
        # A bare fact in answer to the open "why?" question ("spoke to a doctor") takes no side.
        offset = 0.0
    if offset < 0 and has_pos and not has_neg:
        offset *= OFFSET_SCALE
    polarity += offset
    polarity = max(-1.0, min(1.0, polarity))
    return SentimentResult(_label(polarity, has_pos, has_neg), round(polarity, 4))


def _stock_answer(lowered: str, prompt: str | None) -> SentimentResult | None:
    """The sentiment of a stock answer ("not sure", "nothing to improve"), or None for any other."""
    if _UNSURE_RE.match(lowered):
        return SentimentResult("neutral", 0.0)
    if _NOTHING_RE.match(lowered):
        if prompt == "what_good":
            # "Nothing" answers "what was good?" as a complaint; "all good" is still praise.
            if _WHAT_GOOD_NOTHING_RE.match(lowered):
                return SentimentResult("negative", -0.4)
            return SentimentResult("positive", 0.5)
        if prompt in ("could_improve", "nonspecific") or prompt is None:
            return SentimentResult("positive", 0.5)
    return None


def _label(polarity: float, has_pos: bool, has_neg: bool) -> str:
    """The label of a final polarity: mixed when opposed clauses nearly cancel, else by the thresholds.

    >>> _label(0.3, True, False), _label(0.05, True, True), _label(0.0, False, False)
    ('positive', 'mixed', 'neutral')
    """
    if has_pos and has_neg and abs(polarity) < MIXED_BAND:
        return "mixed"
    if polarity >= POSITIVE_THRESHOLD:
        return "positive"
    if polarity <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"
