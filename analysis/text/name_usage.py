"""Words that are also names, read as a person's or a thing's by the grammar around them.

A capitalised word-name that owns what only a person has ("Summer's portfolio"), a modal verb before a
finite verb ("Will has come on loads"), a nickname after "big" or "lil"; a surname after a name (in
lower case, or an ordinary word after a title and a given name: "mrs Hyun-joo park is my carer"); a
name signed in lower case at the end of a comment ("... know more. li wen"); and a word after a measure
("a cup of tea"), which is the thing.
"""

from __future__ import annotations

import re

from .name_after import surname_then_verb
from .name_company import given_before_town_surname, named_after_number, praised_with_people
from .name_cues import (
    MODALS,
    RELATIONS_RE,
    ROLES_RE,
    VERB_AFTER_RE,
    WHAT_OR_DID_RE,
    WHERE_RE,
    WITH_ME_RE,
    after_title,
    nickname_before,
)
from .name_tokens import Token, double_given
from .name_words import FUNCTION_WORDS, MONTHS_AND_DAYS, SHORT_GIVEN, name_lists, word_info

__all__ = [
    "initial_sign_off_span",
    "lower_surname_after",
    "mark_initial_sign_off",
    "mark_sign_off",
    "measured_thing",
    "person_by_usage",
    "sign_off_span",
    "titled_surname",
]

# After a capitalised word and its "'s": what only a person has ("Summer's portfolio", "Hope's mum",
# "Faith's talk"),
# where "Summer's day" and "Faith's role in care" say no one.
_OWNED_RE = re.compile(
    r"['’]s\s+(?:own\s+|new\s+|first\s+|final\s+|last\s+|mock\s+|little\s+)?(?:portfolios?|epa|end[- ]point"
    r"|appraisal|competenc(?:y|ies)|placement|assessment|interview|shifts?|rota|birthday|leaving\s+do"
    r"|wedding|appointment|referral|care\s+plan|meds|medication|diagnosis|first\s+day|last\s+day"
    r"|day\s+release|study\s+days?|uni\s+days?|annual\s+leave|holidays?|last\s+competency"
    # "Faith's talk was the highlight": a speaker's own talk at an event.
    r"|talk|presentation|keynote|workshop|slides"
    rf"|maternity\s+leave|sick\s+leave|kids|{ROLES_RE}|{RELATIONS_RE})\b",
    re.IGNORECASE,
)
# A possessive with nothing after it, after a form of "be": "one number should be Dawn's", where "I have
# Alzheimer's" names a condition.
_OWNED_ALONE_RE = re.compile(r"['’]s(?=\s*(?:[,.;!?)]|$|\band\b|\bor\b|\bnot\b))")
_BE_BEFORE_RE = re.compile(r"\b(?:be|is|was|are|were|it['’]?s)\s+$", re.IGNORECASE)
# After a modal verb that is also a name: a finite verb, which no modal verb takes ("Will has come on
# loads", "Will was brilliant"), where "Will you" and "Will be there" are the verb and "Will has to
# come from the top" and "Will is the only way" the noun.
_FINITE_AFTER_RE = re.compile(
    r"\s+(?:(?:has|had)\s+(?!to\b)|is\s+(?!the\b|key\b|needed\b|what\b|not\b)|was\s+(?!the\b|key\b|needed\b)"
    r"|(?:said|says|told|tells|did|does|got|gets|went|goes|came|comes|helped|helps|seems|seemed|knows"
    r"|knew|wants|wanted)\b)"
)


# After a word-name: the person's staff, bank or payroll number ("Summer, bank no. 4417", "Joy (staff
# no 40218)").
_NUMBER_AFTER_RE = re.compile(
    r"\s*[,(]?\s*(?:bank|staff|payroll|pay|esr|employee|assignment)\s+(?:no\b\.?|number|num\b|#)",
    re.IGNORECASE,
)


# After a word-name: an illness or condition only a person has ("Mark has dementia", "Joy was
# diagnosed with diabetes").
_CONDITION_AFTER_RE = re.compile(
    r"\s+(?:has|had|has got|was diagnosed with|is living with|lives with|suffers from|suffered from)\s+"
    r"(?:(?:early|late|mild|severe|vascular|type [12]) )?(?:dementia|alzheimer['’]?s|diabetes|epilepsy|autism"
    r"|adhd|psychosis|schizophrenia|bipolar|cancer|parkinson['’]?s|copd|a stroke|a learning disability"
    r"|learning disabilities|depression|anxiety|ptsd|an eating disorder|asthma|ms|motor neurone)\b",
    re.IGNORECASE,
)


# Before a capitalised word-name in mid-sentence: a verb whose object is a person ("we lost Frank to the
# private sector", "sat out there with Robin most mornings"); after it, the sentence going on, not a
# noun the word would name ("with Hope House", "lost Faith Ward's number").
_PERSON_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:(?:we|i|they|you)\s+(?:lost|miss|missed|thanked|hugged|met)"
    r"|(?:sat|sit|sits|sitting|chatted|chat|chats|chatting|talked|talk|talks|talking|spoke|speak|walked|went"
    r"|worked|work|works|working)\s+(?:out\s+(?:there\s+)?)?(?:with|to)"
    # "the handover from Winston was one sheet": a handover comes from a person, though a town is named so.
    r"|(?:handover|hand-over|handed\s+over|took\s+over|taken\s+over|taking\s+over)\s+from)\s+$",
    re.IGNORECASE,
)
_SENTENCE_GOES_ON_RE = re.compile(
    r"\s*(?:[,.!?;)]|$)|\s+(?:to|about|for|and|most|every|each|on|at|in|from|when|who|yesterday|today"
    r"|again|too|this|last|all|before|after|while|was|is|has|had)\b"
)


# After a word-name: praise only a person earns ("Precious is a credit to them").
_CREDIT_AFTER_RE = re.compile(
    r"\s+(?:is|was|['’]s)\s+(?:a\s+)?(?:real\s+|total\s+|absolute\s+|such\s+a\s+)?credit\s+to\b",
    re.IGNORECASE,
)


def person_by_usage(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word-name is a person by its grammar: owner of what only a person has, a
    modal verb before a finite one, a nickname after "big" or "lil", or by the company it keeps."""
    if not text[start : start + 1].isupper():
        return False
    if _OWNED_RE.match(text, end):
        return True
    if _OWNED_ALONE_RE.match(text, end) and _BE_BEFORE_RE.search(text, max(0, start - 12), start):
        return True
    if text[start:end].lower() in MODALS and _FINITE_AFTER_RE.match(text, end):
        return True
    # "Precious is a natural with the patients", "Employee no E-30981, Tash, has", "shame Mark Haworth
    # had to dash": what only a person is, whose number it is, a given name with its surname.
    if praised_with_people(text, end) or named_after_number(text, start, end):
        return True
    if _NUMBER_AFTER_RE.match(text, end):
        return True  # "usually Summer, bank no. NPA-004417": the person whose number follows
    if _CONDITION_AFTER_RE.match(text, end):
        return True  # "Mark has dementia": what only a person has
    if _CREDIT_AFTER_RE.match(text, end):
        return True  # "the lass who runs it Precious is a credit to them": praise only a person earns
    if (
        _PERSON_OBJECT_BEFORE_RE.search(text, max(0, start - 40), start)
        and _SENTENCE_GOES_ON_RE.match(text, end)
        and word_info(text[start:end]).given
    ):
        return True  # "we lost Frank to the private sector": the one a person verb acts on
    return nickname_before(text, start) or given_before_town_surname(text, start, end)


def lower_surname_after(name: Token, neighbour: Token, text: str, introduced: bool) -> bool:
    """Whether a lower-case word after a name is its surname ("tendai moyo", "aisha begum")."""
    if not name.capitalised and not neighbour.english:
        return True
    # "my name is aisha begum"; but after a capitalised name a lower-case English word is the sentence
    # going on ("the AP called Ifeoma made it less scary").
    if introduced and neighbour.listed and not (name.capitalised and neighbour.english):
        return True
    # "rukhsana begum in the pharmacy", "fatima begum and me": a listed surname, then where or what
    # the person is, or the writer beside them.
    end = neighbour.end
    if (
        not name.capitalised
        and neighbour.listed
        and (WHERE_RE.match(text, end) or WHAT_OR_DID_RE.match(text, end) or WITH_ME_RE.match(text, end))
    ):
        return True
    return surname_then_verb(name, neighbour, text)


def titled_surname(name: Token, neighbour: Token, text: str) -> bool:
    """Whether a lower-case listed surname that is also a word ("park", "hall") follows a given name
    after a title, or two given names joined, then what the person is or did ("mrs Hyun-joo park is my
    carer"; "mrs Patel park" has no given name, "Min-jun park nearby" no verb)."""
    if not (neighbour.text.islower() and neighbour.listed) or neighbour.folded in FUNCTION_WORDS:
        return False
    if not (double_given(name.text) or (name.given and after_title(text, name.start))):
        return False
    return bool(VERB_AFTER_RE.match(text, neighbour.end) or WHAT_OR_DID_RE.match(text, neighbour.end))


# Measures and containers: the word after them is the thing measured ("a cup of tea", "a ray of hope").
_MEASURE_BEFORE_RE = re.compile(
    r"\b(?:cups?|cuppa|mugs?|pots?|glass|glasses|bottles?|cans?|bits?|lots?|loads?|plenty|sense|rays?"
    r"|glimmer|kind|sort|pieces?|slices?|bunch|bags?|box|boxes|full|touch|sprig|tin|packet)\s+of\s+$",
    re.IGNORECASE,
)


def measured_thing(before: str) -> bool:
    """Whether a measure or container and "of" stand right before ("a cup of ", "a glimmer of ")."""
    return bool(_MEASURE_BEFORE_RE.search(before))


# The end of a comment signed with a name in lower case: a sentence or a dash, then one to three words,
# an aside in brackets and kisses ("... if u want to know more. li wen (i'm the carer)").
_SIGN_OFF_RE = re.compile(
    r"(?:[.!?\n]|\s[-–—~])\s*(?P<words>[a-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*){0,2})"
    r"(?:\s*\([^()\n]{0,60}\))?(?:\s+x+)?[\s.!]*$"
)


# One capitalised given name alone after the last sentence: "... if someone can send me info. Grace".
_NAME_SIGN_OFF_RE = re.compile(r"(?:[.?]|\n)\s*(?P<words>[A-Z][a-z'’]+)(?:\s+x+)?(?P<stop>[\s.]*)$")


def sign_off_span(text: str) -> tuple[int, int] | None:
    """Start and end of a name signed at the end of a comment: in lower case, every word a listed name,
    one a given name, one no English word ("thanks. cheers" and "all good. will do" sign no name); or
    one listed given name, capitalised, alone after the last sentence ("... send me info. Grace")."""
    low = max(0, len(text) - 120)
    match = _SIGN_OFF_RE.search(text, low)
    if match is None:
        return _capitalised_sign_off_span(text, low)
    infos = [word_info(word) for word in match.group("words").split()]
    if any(i.folded in FUNCTION_WORDS or i.folded in MONTHS_AND_DAYS for i in infos):
        return None
    # A two-letter given name signs only with another name ("li wen"): alone it is as likely "ty" (thank
    # you) or "jo" as a name.
    if not all(i.listed and (len(infos) > 1 or i.folded not in SHORT_GIVEN) for i in infos):
        return None
    if not any(i.given or i.folded in SHORT_GIVEN for i in infos) or all(i.english for i in infos):
        return None
    return match.start("words"), match.end("words")


def _capitalised_sign_off_span(text: str, low: int) -> tuple[int, int] | None:
    """Start and end of one listed given name, capitalised, alone after the comment's last sentence."""
    alone = _NAME_SIGN_OFF_RE.search(text, low)
    if alone is None:
        return None
    info = word_info(alone.group("words"))
    if not (info.listed and info.given) or info.folded in FUNCTION_WORDS or info.folded in MONTHS_AND_DAYS:
        return None
    if info.english and "." in alone.group("stop"):
        return None  # "Finished on time. Miracle.": a word that closes a sentence of its own
    return alone.start("words"), alone.end("words")


def _mark_span(tokens: list[Token], names: list[bool], span: tuple[int, int] | None) -> None:
    """Mark every word that starts inside the span (nothing when there is none)."""
    if span is None:
        return
    for i, token in enumerate(tokens):
        if span[0] <= token.start < span[1]:
            names[i] = True


def mark_sign_off(tokens: list[Token], names: list[bool], text: str) -> None:
    """Mark the words of a lower-case name signed at the end of the comment (see sign_off_span)."""
    _mark_span(tokens, names, sign_off_span(text))


# The end of a comment signed with an initial and a surname: "... Seacroft, LS14 6JB. H. Brierley",
# "Regards, A. Nowak".
_INITIAL_SIGN_OFF_RE = re.compile(
    r"(?:^|[.!?\n,]\s*|\s[-–—~]\s*)(?P<name>[A-Z]\.?[ \t]?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[\s.!]*$"
)


def initial_sign_off_span(text: str) -> tuple[int, int] | None:
    """Start and end of an initial and a surname signed at the end of a comment, the surname no English
    word ("H. Brierley"; "... in the end. A Lot" signs no one)."""
    match = _INITIAL_SIGN_OFF_RE.search(text, max(0, len(text) - 40))
    if match is None:
        return None
    surname = match.group("name").split()[-1].split(".")[-1]
    info = word_info(surname)
    if info.english and surname.lower() not in name_lists().places:
        return None
    if info.folded in FUNCTION_WORDS or info.folded in MONTHS_AND_DAYS:
        return None
    return match.start("name"), match.end("name")


def mark_initial_sign_off(tokens: list[Token], names: list[bool], text: str) -> None:
    """Mark the surname of an initial and a surname signed at the end of the comment."""
    _mark_span(tokens, names, initial_sign_off_span(text))
