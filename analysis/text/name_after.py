"""Words after a word that say a person, shared by the quick look and the word-by-word reading."""

from __future__ import annotations

import re

from .name_cues import (
    PAIR_VERB_RE,
    RELATIONS_RE,
    ROLES_RE,
    WHAT_OR_DID_RE,
    WHERE_RE,
    WITH_ME_BEFORE_RE,
    lower_cued,
    person_after,
    verb_after,
)
from .name_tokens import Token
from .name_words import FUNCTION_WORDS, MONTHS_AND_DAYS, word_info

__all__ = [
    "AGED_AFTER_RE",
    "POST_AFTER_RE",
    "lower_given_by_verb",
    "lower_person_by_grammar",
    "person_after_surname",
    "surname_then_verb",
]

_NEXT_CAPITALISED_RE = re.compile(r"[ \t]+([A-Z][\w'’-]+)")
_NEXT_LOWER_RE = re.compile(r"[ \t]+([a-z][\w'’-]+)")


def _surname_end(text: str, end: int, capitalised: bool) -> int | None:
    """The end of a listed surname right after a word, in the same case ("Penny Lees", "rukhsana begum")."""
    match = (_NEXT_CAPITALISED_RE if capitalised else _NEXT_LOWER_RE).match(text, end)
    if match is None:
        return None
    info = word_info(match.group(1))
    if not info.listed or info.folded in FUNCTION_WORDS or info.folded in MONTHS_AND_DAYS:
        return None
    return match.end()


# After a lower-case word that starts its clause, what a person is or did ("sue was lovely", "mark said",
# "will is my mentor"), where "will be back", "hope is fading" and "may never" say nothing of a person.
_LOWER_DEED_RE = re.compile(
    # "will from the recovery college is a star": where the person is from may come between.
    r"(?:\s+(?:from|at|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+(?=\s+(?:was|is|said|told|helped)\b))?"
    # "dawn i think her name was": the writer unsure of the name they just gave.
    r"(?:,?\s+i\s+think\s+(?:her|his|their)\s+name\s+(?:was|is)\b"
    r"|\s+(?:(?:was|is)\s+(?:so\s+|really\s+|very\s+|absolutely\s+|always\s+)?(?:lovely|brilliant|great|"
    r"amazing|fab|fabulous|fantastic|kind|rude|helpful|unhelpful|excellent|wonderful|supportive|caring|"
    rf"dismissive|a\s+star|a\s+legend|a\s+gem|(?:my|our|the)\s+(?:[\w-]+\s+)?(?:{ROLES_RE}|{RELATIONS_RE}))"
    r"|said|told|explained|listened|helped|rang|phoned|sorted|spoke|talked|answered|visited)\b)"
)
# A clause starts after punctuation, or after an interjection typed before it ("omg summer is the best").
_LOWER_CLAUSE_START_RE = re.compile(r"(?:^|[.!?\n(;,]\s*|\b(?:omg|ngl|tbh|honestly|wow|aww)\s+)$")


def lower_person_by_grammar(text: str, start: int, end: int) -> bool:
    """Whether a lower-case word-name starts its clause as the one who was or did something."""
    return (
        text[start:end] not in MONTHS_AND_DAYS
        and bool(_LOWER_CLAUSE_START_RE.search(text[max(0, start - 4) : start]))
        and bool(_LOWER_DEED_RE.match(text, end))
    )


def person_after_surname(text: str, start: int, end: int) -> bool:
    """Whether a listed surname follows the word and the words after both say a person ("Penny Lees in
    payroll", "rukhsana begum in the pharmacy was a star")."""
    capitalised = text[start : start + 1].isupper()
    after = _surname_end(text, end, capitalised)
    if after is None:
        return False
    if capitalised:
        return person_after(text, start, after)
    return bool(WHERE_RE.match(text, after) or WHAT_OR_DID_RE.match(text, after))


# An age after a word first in its sentence: "june is 79" is a person, since no month has an age.
AGED_AFTER_RE = re.compile(
    r"\s+(?:is|was|turned|turns|is nearly|is almost)\s+\d{1,3}\b(?!\s*(?:%|degrees|days|weeks|months|mins"
    r"|minutes|hours|hrs|pm|am|percent|miles|st|nd|rd|th)\b)",
    re.IGNORECASE,
)

# A post only a person holds, after a month or day that starts its sentence ("May on the front desk";
# "May on the ward was chaos" is the month).
POST_AFTER_RE = re.compile(
    r"\s+(?:on|at|from|behind)\s+(?:the\s+)?(?:front\s+|crisis\s+|advice\s+)?(?:desk|reception|switchboard|"
    r"door|phones?|line|helpline|stall|uni|university|college)\b"
    # "april on the ward was so kind to me": on a ward and kind, where "May on the ward was busy" is a time.
    r"|\s+on\s+(?:the\s+)?(?:ward|unit|nights|days|lates|earlies)\s+(?:was|is|has\s+been)\s+(?:so\s+|really\s+"
    r"|very\s+|always\s+)?(?:kind|lovely|caring|patient|gentle|helpful|amazing|brilliant|the\s+only\s+one)\b"
    # "June from the CMHT has been brilliant": someone from a team, where a month is from no team.
    r"|\s+from\s+(?:the\s+)?(?:cmht|crht|crisis\s+team|home\s+treatment\s+team|community\s+team|iapt|pharmacy"
    r"|surgery|gp\s+practice|housing|council|charity|trust)\b",
    re.IGNORECASE,
)


def lower_given_by_verb(text: str, start: int, end: int) -> bool:
    """Whether a lower-case given name that is also a word is a person by the verb after it: after a
    relation or post ("my daughter grace has asthma", "my son tom smith was discharged", a listed surname
    between), or with the writer ("me n jade started the same week", "me n kasia (...)")."""
    if lower_cued(text, start):
        if verb_after(text, start, end):
            return True
        after = _surname_end(text, end, capitalised=False)
        return after is not None and verb_after(text, end, after)
    if not WITH_ME_BEFORE_RE.search(text, max(0, start - 12), start) or text[start:end] in _FAMILIAR:
        return False
    # "me n kasia (...) are the only 2 APs", "me and grace are": beside the writer, a word with an
    # aside in brackets or a verb after it is a person ("me and hes put on weight" has neither).
    return bool(
        verb_after(text, start, end)
        or text[end:].lstrip(" \t").startswith("(")
        or PAIR_VERB_RE.match(text, end)
    )


# Pet names no list holds, which stand beside the writer where a name would ("me and bestie came").
_FAMILIAR = frozenset(
    ("bestie", "bezzie", "bestmate", "hubbie", "wifey", "wifie", "bff", "bae", "oh", "hubs")
)


# A capitalised word-name first in its clause, then where the person is and what they did there:
# "Jack in the car park helped me", "Joy in the kitchen is a gem" (where "Hope in the group" alone
# says no one).
_PLACE_PHRASE_RE = re.compile(
    r"\s+(?P<where>in|on|at|from)\s+(?:the\s+|our\s+)?(?P<words>[\w'’-]+(?:[ \t]+[\w'’-]+){0,2})"
)
_WORD_END_RE = re.compile(r"[\w'’-]+")
# After "in" a word-name may be the noun ("Faith in the team was lovely"), so only a deed no feeling
# does counts there: "Joy in the kitchen is a gem", "Hope in the group helped me".
_PERSON_DEED_RE = re.compile(
    r"\s*,?\s+(?:(?:is|was|['’]s)\s+(?:a\s+|an\s+|such\s+a\s+)?(?:star|legend|gem|diamond|angel|sweetheart)"
    r"|said|says|told|tells|helped|helps|explained|listened|rang|phoned|sorted|spoke|talked|answered|visited"
    r"|asked)\b"
)
# Deeds only a person does, in the past tense, right after a capitalised word-name first in its
# clause: "Drew drew me a map", "Carol sang to us" (WHAT_OR_DID_RE holds the commoner ones).
_PAST_DEED_RE = re.compile(
    # An adverb may come between: "Mo even found my glasses".
    r"\s+(?:(?:even|also|then|just|kindly|always|once|actually|personally) )?"
    r"(?:sang|drew|wrote|brought|bought|fetched|cooked|baked|drove|walked|fixed|found|noticed|stopped"
    r"|checked|picked|held|hugged|smiled|laughed|danced|played|cleaned|washed|fed|carried|looked\s+after"
    r"|calmed|cheered|stayed|waited|sat|showed|taught|popped|dropped|made\s+me|let\s+me|got\s+me"
    r"|gave\s+me|took\s+me|put\s+me"
    # What a person does for a group, in the present: "Joy runs the hearing voices group".
    r"|(?:runs|leads|organises|facilitates|chairs|coordinates|co-ordinates)\s+(?:the|our|a|an|my|this|that)"
    # Comings and goings in a team: "Summer starts with us in Sept", "Tash is taking over".
    r"|(?:starts|started|joins|joined|is\s+starting|is\s+joining)\s+(?:with\s+us|us|the\s+team|our\s+team)"
    r"|(?:is\s+taking|took|has\s+taken|will\s+be\s+taking)\s+over"
    # What a learner does: "Miles has come on miles since his first placement".
    r"|(?:has|have|had)\s+come\s+on|came\s+on\s+(?:so\s+much|loads|leaps|miles|a\s+lot)"
    # What a group's leader got everyone doing: "Patience had us doing the breathing stuff".
    r"|had\s+(?:us|me|everyone|the\s+(?:group|room|class))\s+(?:doing|trying|laughing|singing|up|moving)"
    # Where a learner goes: "When Carol went to uni on Wednesdays we paid bank".
    r"|went\s+(?:to\s+(?:uni|university|college|work|her|his)|off\s+sick|home\s+(?:early|sick))"
    r")\b"
)
# Two word-names first in their clause, then what they do together: "Mark and Joy run it".
_PAIR_DEED_RE = re.compile(
    r"\s+(?:and|&)\s+(?P<mate>[A-Z][a-z'’-]+)\s+(?:run|ran|helped|help|sorted|sort|took|take|gave|give"
    r"|look\s+after|looked\s+after|lead|led|organised|organise|sang|sing|cooked|cook|taught|teach)\b"
)
_CLAUSE_OPEN_RE = re.compile(
    # "When Carol went to uni": a word that opens a clause of its own stands where its subject begins.
    r"(?:^|[.!?\n;]\s*|\b(?:tell|thank|thanks\s+to|when|while|whilst|since|once|until|before|after)\s+"
    # "by week 4 Patience had us doing": a time said first, then the subject.
    r"|\b(?:by|in|from|after)\s+(?:week|day|session|month)\s+\d{1,2},?\s+)$",
    re.IGNORECASE,
)


def person_at_clause_start(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word-name first in its clause is a person by what follows: where they are
    and what they did there, a deed only a person does, or another name and what both do."""
    if not _CLAUSE_OPEN_RE.search(text[max(0, start - 12) : start]):
        return False
    if _PAST_DEED_RE.match(text, end):
        return True
    pair = _PAIR_DEED_RE.match(text, end)
    if pair is not None and word_info(pair.group("mate")).given:
        return True
    place = _PLACE_PHRASE_RE.match(text, end)
    if place is None:
        return False
    # The place may be one to three words ("on Larch", "in the car park"); the deed follows one of them.
    deed = _PERSON_DEED_RE if place.group("where") == "in" else WHAT_OR_DID_RE
    for word in _WORD_END_RE.finditer(text, place.start("words"), place.end("words")):
        if deed.match(text, word.end()) or _PAST_DEED_RE.match(text, word.end()):
            return True
    return False


def surname_then_verb(name: Token, neighbour: Token, text: str) -> bool:
    """Whether a lower-case listed surname after a cued name, then a verb, goes with it ("my daughter
    aisha begum was discharged")."""
    return (
        not name.capitalised
        and neighbour.listed
        and lower_cued(text, name.start)
        and verb_after(text, neighbour.start, neighbour.end)
    )


# A signature: a post after a comma ("Kath Farrow, Registered Manager"), or nothing after the name once a
# sign-off word stands before it ("Thanks, Kath Farrow").
_POST_IN_SIGNATURE_RE = re.compile(rf"\s*,\s*(?:[A-Z][\w'’-]*\s+){{0,3}}(?i:{ROLES_RE})\b")
_SIGN_OFF_BEFORE_RE = re.compile(
    r"(?:thanks|thank you|regards|cheers|best wishes|best|many thanks|from|love|sincerely)\s*[,.!-]?\s*$",
    re.IGNORECASE,
)


def signed_surname(text: str, name_start: int, end: int) -> bool:
    """Whether a capitalised word after a given name ends a signature, so is its surname whatever else it
    means ("Kath Farrow, Registered Manager")."""
    if _POST_IN_SIGNATURE_RE.match(text, end):
        return True
    return not text[end:].strip(" .!\t") and bool(
        _SIGN_OFF_BEFORE_RE.search(text, max(0, name_start - 25), name_start)
    )
