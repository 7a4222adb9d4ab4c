"""The words around a name that say a person or a place: the cues before it and what follows it."""

from __future__ import annotations

import re

from .name_words import (
    FUNCTION_WORDS,
    NAME_CUES,
    RELATIONS,
    ROLES,
    TALK_CUES,
    TITLES,
    second_syllable,
    split_words,
)

# The words of the naming and talking cues: never a given name of their own ("the nurse called chiamaka").
CUE_WORDS = frozenset(word for cue in NAME_CUES | TALK_CUES for word in cue.split())
# Cues before a capitalised given name that is also a word ("my mentor Drew", "thanks Hope").
CUES = (
    frozenset(ROLES)
    | frozenset(RELATIONS)
    | NAME_CUES
    | TALK_CUES
    | {"i'm", "im", "i am", "it's", "its", "ask", "thanks", "thank you", "thank u", "thankyou", "cheers"}
    # Someone's name said: "he kept calling me by my sisters name Joy".
    | {"name", "names"}
    # A letter's sign-off before the writer's name: "Regards, Pat", "Best wishes, Joy".
    | {"regards", "kind regards", "best regards", "warm regards", "best wishes", "many thanks", "love from"}
    # "Me and Precious did the module together": the one next to the writer is a person.
    | {"me and", "myself and"}
)
ROLE_SET = frozenset(ROLES)
ARTICLES = frozenset({"the", "a", "an", "this", "that", "our", "your", "his", "her", "their", "my"})
STRONG_CUES = frozenset(ROLES) | frozenset(RELATIONS) | NAME_CUES
# The last word of each strong cue: a comment without one needs no look at the words after cues.
STRONG_CUE_ENDS = frozenset(cue.split()[-1] for cue in STRONG_CUES)
ROLES_RE = "|".join(ROLES)
RELATIONS_RE = "|".join(RELATIONS)
# The words of three letters or more of every cue a lower-case name needs (lower_cued): a comment with
# none of them has no lower-case word that only a cue makes a name.
CUE_GATE = frozenset(
    word
    for cue in CUES | TALK_CUES
    for word in cue.replace("-", " ").split()
    if len(word) >= 3 and word not in FUNCTION_WORDS
)
# "St Luke's", "Saint Mary's": a saint names a hospital, a church or a ward.
SAINT_RE = re.compile(r"(?:^|\W)(?:St|ST|Saint)\.?\s+$")
POSSESSIVES = split_words("my our your his her their")
TITLE_ROLES = split_words("nurse sister matron doctor")


_UNSURE_OF_NAME_RE = re.compile(r"\bthink\s+(?:her|his|their)\s+name\s+(?:was|is)\s*,\s*$", re.IGNORECASE)


def words_before(text: str, start: int) -> list[str]:
    """The last three words before a position, lower case, when only a space, ":", "," or "(" follows them."""
    before = text[max(0, start - 40) : start]
    # "everyone calls her 'Sally'": a quote opened after the cue, round a capitalised name ("calls me
    # 'tea girl'" is a word).
    quoted = before[-1:] in ('"', "'", "‘", "“") and text[start : start + 1].isupper()
    if not before or not (before[-1].isspace() or before[-1] in ":,(" or quoted):
        return []
    # "(ask for Bill": a bracket or quote opened before a cue is not part of its word.
    words = [w.lstrip("(\"“‘'") for w in before.rstrip(" \t:,(\"'‘“").lower().split()[-3:]]
    if len(words) > 1 and words[-1] in ("named", "called") and words[-2] in ("a", "an", "the"):
        return []  # "a named link": an adjective, no introduction
    if _UNSURE_OF_NAME_RE.search(before):
        return []  # "tracey i think her name was, made me a brew": the name came before, not after
    return words


def tail_phrases(words: list[str]) -> list[str]:
    """The last word, the last two and the last three, as phrases."""
    return [" ".join(words[-n:]) for n in range(1, len(words) + 1)]


# An initial between a title and a name ("mrs e. o'sullivan", "Dr J Okafor"); a bare "a" or "i" is
# the article or the pronoun.
_INITIAL_RE = re.compile(r"[A-Za-z]\.|[B-HJ-Zb-hj-z]")


def after_title(text: str, start: int) -> bool:
    """Whether a title stands right before the position ("Dr Okafor", "mrs. patel", "mrs e. patel")."""
    words = text[max(0, start - 24) : start].split()
    if len(words) >= 2 and _INITIAL_RE.fullmatch(words[-1]):
        words = words[:-1]  # the title is before the initial
    return bool(words) and text[start - 1 : start].isspace() and words[-1].rstrip(".") in TITLES


# Lower-case words after "dr" that make it the noun, not a title: "what the dr said", "dr will ring".
VERBS_AFTER_TITLE = split_words(
    "said says told tells asked asks gave gives came comes was is has had did does didnt would will could "
    "should can cant never always just then also explained prescribed rang called sent wrote wanted "
    "wants needed needs thought thinks seemed listened examined checked"
)


# "my key worker is jadeyy", "our mentor was Drew": the name a post or relation goes by, after "my".
ROLE_IS_RE = re.compile(
    rf"\b(?:my|our|his|her|their)\s+(?:[\w-]+\s+)?(?:{ROLES_RE}|{RELATIONS_RE})\s+(?:is|was|=|-)\s+$",
    re.IGNORECASE,
)


def role_is(text: str, start: int) -> bool:
    """Whether "my mentor is" or the like stands right before the position."""
    return bool(ROLE_IS_RE.search(text, max(0, start - 60), start))


def cued(text: str, start: int) -> bool:
    """Whether a role, a relation, an introduction or thanks stands right before the position."""
    return any(phrase in CUES for phrase in tail_phrases(words_before(text, start))) or role_is(text, start)


def strongly_cued(text: str, start: int) -> bool:
    """Whether a role, a relation or a naming word ("called") stands right before the position."""
    return any(phrase in STRONG_CUES for phrase in tail_phrases(words_before(text, start)))


_SIGN_OFF_RE = re.compile(r"\b(?:thank you|thank u|thankyou|thanks|cheers)\s+$", re.IGNORECASE)
_LAST_WORD_RE = re.compile(r"[\w'’-]+\s*(?:[.!?]|x+\b|$)")


def lower_cued(text: str, start: int) -> bool:
    """The cues a lower-case word in no list needs: "my daughter", "staff nurse", "ask for".

    Fewer than for a capitalised word, because "I'm knackered" and "help with backfill" are no names.
    """
    words = words_before(text, start)
    phrases = tail_phrases(words)
    if any(p in NAME_CUES for p in phrases) or talk_cued(text, start) or (words and words[-1] in TITLE_ROLES):
        return True
    if _SIGN_OFF_RE.search(text[max(0, start - 16) : start]) and _LAST_WORD_RE.match(text, start):
        return True  # "thank u łucja": thanks, then one word that ends the comment or its sentence
    if words and words[-1] in ("is", "was") and role_is(text, start):
        return True
    for n in (1, 2):
        if len(words) <= n:
            continue
        cue, previous = " ".join(words[-n:]), words[-n - 1]
        if cue in CUES and (previous in POSSESSIVES or previous.endswith(("'s", "’s"))):
            return True
        # "the receptionist rose was rude", "a student nurse called", "our porter jude": a post held
        # by one person, after an article or another post.
        if cue in ROLE_SET and (previous in ARTICLES or previous in ROLE_SET or previous[-1:] in ".!?"):
            return True
    # "hca bola was lovely", "physio sam was great": a post first in the comment.
    return len(words) == 1 and words[0] in ROLE_SET and not text[: max(0, start - 40)].strip()


# A nickname's "big", "lil" or "wee" before a name ("esp big Mo and lil Tash x"), where "a big", "our
# little" and "the wee" describe a thing or a child ("a big Thank You", "our little Angel").
_NICKNAME_BEFORE_RE = re.compile(
    r"(?:^|[^\w'’])(?:(?P<before>[\w'’]+)\s+)?(?:big|lil|little|wee)\s+$", re.IGNORECASE
)
_DESCRIBING_BEFORE = split_words("a an the this that my our your his her their its so too very such some one")


def nickname_before(text: str, start: int) -> bool:
    """Whether "big", "lil", "little" or "wee" stands right before the position as part of a nickname."""
    match = _NICKNAME_BEFORE_RE.search(text, max(0, start - 30), start)
    return match is not None and (match.group("before") or "").lower() not in _DESCRIBING_BEFORE


def short_name_cued(text: str, start: int, end: int) -> bool:
    """Whether a two-letter given name stands where only a person can: "ask for jo", "my mentor mo was"."""
    return (
        nickname_before(text, start)
        or name_cued(text, start)
        or talk_cued(text, start)
        or (lower_cued(text, start) and (verb_after(text, start, end) or second_syllable(text, end)))
    )


# "my apprentice (jade) is flying": a word in brackets right after a post or a relation is its holder.
_BRACKET_AFTER_ROLE_RE = re.compile(rf"\b(?:{ROLES_RE}|{RELATIONS_RE})\s*\(\s*$", re.IGNORECASE)
_CLOSING_BRACKET_RE = re.compile(r"[\w'’-]+\s*\)")


def name_cued(text: str, start: int) -> bool:
    """Whether "called", "ask for", "thanks to" and the like stand right before the position."""
    if _BRACKET_AFTER_ROLE_RE.search(text[max(0, start - 40) : start]) and _CLOSING_BRACKET_RE.match(
        text, start
    ):
        return True
    return any(phrase in NAME_CUES for phrase in tail_phrases(words_before(text, start)))


def talk_cued(text: str, start: int) -> bool:
    """Whether "speak to", "ask", "contact" and the like stand right before the position, as verbs
    ("the email said", "a text came" are nouns)."""
    words = words_before(text, start)
    for n, phrase in enumerate(tail_phrases(words), 1):
        if phrase in TALK_CUES:
            return not (n == 1 and len(words) > 1 and words[-2] in ARTICLES)
    return False


# Words that introduce the writer's or someone's full name: all that follows is the name.
INTRODUCTIONS = frozenset({"called", "named", "name is", "name's", "name was", "names", "i am", "i'm", "im"})


def introduced_by_name(text: str, start: int) -> bool:
    """Whether "my name is", "called" and the like stand right before the position."""
    return any(phrase in INTRODUCTIONS for phrase in tail_phrases(words_before(text, start)))


PERSON_PLACES = (
    r"reception|desk|ward|wards|team|line|phone|phones|switchboard|pharmacy|unit|group|office|clinic|"
    r"course|shift|shifts|nights|days|helpline|front|door|hub|service|cafe|café|canteen|bay|floor|rota|"
    # A centre where someone works ("Winston at the day centre"; "Faith at the centre of care" is none),
    # and the shift someone is on ("Mark and Precious on the early").
    r"(?:day|health|recovery|resource|community|wellbeing|drop[- ]in|walk[- ]in|carers['’]?|training"
    r"|education|medical|learning|skills|family|children['’]?s|women['’]?s|men['’]?s|sports|leisure|job)"
    r"\s+cent(?:re|er)|"
    r"early|earlies|late|lates|"
    # Who keeps a gate or a barrier ("Billy on the gate let me off").
    r"gate|barrier|"
    r"programme|panel|table|stall|cohort|cohorts|class|intake|department|dept|academy|"
    # Departments where someone works ("Penny Lees in payroll", "amber in finance", "Baker in HR").
    r"payroll|hr|finance|estates|radiology|x-ray|xray|imaging|outpatients|maternity|theatres|physio|"
    r"physiotherapy|a&e|safeguarding|triage|security|catering|occupational\s+health|medical\s+records|"
    r"practice\s+ed(?:ucation)?|"
    # Bodies someone comes from ("Frank from the voluntary sector"); not "uni" or "school", where "my
    # gcses from school" names no one.
    r"sector|council|charity|agency|hospice|surgery"
)
# Departments and services thanked beside people ("thanks to Ngozi and Pharmacy"): no names.
SERVICES = split_words(
    PERSON_PLACES.replace("\\s+", " ").replace("|", " ")
    + " pharmacy reception security estates facilities catering portering housekeeping finance payroll"
    " radiology x-ray xray imaging outpatients inpatients physio physiotherapy maternity theatres theatre"
    " recovery transport ambulance triage a&e ed education learning development workforce hr it"
    " occupational health safeguarding management admin administration bank staffing switchboard"
)
# After a word: where a person is ("on reception", "from the hearing voices group").
WHERE_RE = re.compile(
    rf"(?:['’]s)?\s+(?:on|at|from|in|off|behind)\s+(?:the\s+|our\s+|my\s+|your\s+|their\s+|this\s+)?"
    rf"(?:[\w'&/-]+\s+){{0,3}}?(?:{PERSON_PLACES})\b",
    re.IGNORECASE,
)
# "fatima begum and me are the only two APs": a person named beside the writer.
WITH_ME_RE = re.compile(r"\s+(?:and|&|n) (?:me|i|myself)\b", re.IGNORECASE)
# After a word: what a person is ("the HCA", "(my PE)", ", my mentor") or what they did ("said").
WHAT_OR_DID_RE = re.compile(
    # "Precious, the AP from Birch" and "Precious - the AP from Birch" alike.
    rf"(?:['’]s)?\s*(?:,|\s[-–—])?\s*(?:"
    # Someone spoken to: "Bear if you read this thank you", "Dawn I love you but please check".
    r",?\s*if\s+(?:(?:you|u)\s+(?:ever\s+)?(?:read|are\s+reading|see)|you['’]?re\s+reading|ur\s+reading)\s+this\b|"
    r",?\s*(?:i|we)\s+(?:love|miss|owe)\s+(?:you|u|ya)\b|"
    # A nickname before the name it stands for: "'Gogs' aka Gareth".
    r"['’\"]?\s*aka\b|"
    rf"\(\s*(?:my|our|the|a|an)?\s*(?:[\w-]+\s+)?(?:{ROLES_RE})\b"
    rf"|(?:the|my|our|a|an|who\s+is|who's|who\s+was|(?:is|was|['’]s)\s+(?:my|our|his|her|their))\s+"
    rf"(?:[\w-]+\s+)?(?:{ROLES_RE}|{RELATIONS_RE})\b"
    r"(?!\s+(?:post|posts|role|roles|programme|course|job|jobs|training|apprenticeship|level|band)\b)"
    r"|(?:said|says|told|asked|explained|listened|helped|helps|sorted|rang|phoned|visited|spoke|talked|"
    r"answered|remembered|came|took|gave|makes|made sure|went above|always|never|really|has been|"
    # A speaker who talked too long: "but Miles went on for miles", "Grace droned on".
    r"went on (?:and on|for|about)|droned|waffled|rambled|overran|chaired|facilitated|"
    # "the new one, Bill, keeps forgetting our appointments".
    r"keeps|kept|forgot|forgets|"
    # "on behalf of aisha begum, date of birth ...": a person's own details follow their name.
    r"date of birth|d\.o\.b|dob|nhs (?:number|no)|hospital (?:number|no)|"
    # "Summer was the best nurse on Birchwood".
    rf"(?:is|was|['’]s) (?:the|a|an) (?:best|worst|nicest|loveliest|kindest|only|new|most \w+) (?:[\w-]+ )?"
    rf"(?:{ROLES_RE})|"
    r"(?:was|is|were|are) (?:so |really |very |absolutely )?(?:brilliant|lovely|great|amazing|fab|fabulous|"
    r"fantastic|kind|rude|helpful|unhelpful|excellent|wonderful|supportive|caring|patient|dismissive|"
    r"a star|a legend|a gem))\b)",
    re.IGNORECASE,
)
# After a lower-case word that follows "my daughter" and the like: a verb says the word was her name
# ("my daughter grace has asthma"), where "my daughter rose early" has none.
VERB_AFTER_RE = re.compile(
    r"\s*,?\s+(?:was|is|has|had|got|gets|went|goes|came|comes|needed|needs|waited|said|says|told|loved"
    r"|loves|liked|likes|felt|feels|did|does|saw|can|could|would|wanted|wants|and\s+i"
    r"|helped|helps|sorted|explained|listened|rang|phoned|spoke|talked|stayed|sat"
    r"|took|takes|gave|gives|made|makes|ran|runs|showed|shows|taught|teaches|started|starts|joined|joins"
    r"|finished|finishes|passed|failed)\b"
)
# After a word: the body someone is from, named by its initials ("Hunter from HEE", "Baker at HR").
ORGANISATION_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:from|at)\s+(?:the\s+)?[A-Z]{2,6}\b(?!['’]?[a-z])")
# An adverb after the word says the same ("the cleaner dawn always says hello"), unless the word is a
# modal verb that is also a name ("my mentor will always help", "my nurse may never know").
ADVERB_AFTER_RE = re.compile(r"\s*,?\s+(?:always|never|really|also|usually|sometimes)\b")
MODALS = frozenset({"will", "may", "can", "might", "must", "shall", "would", "could", "should"})


# After two people named together: what both are or do ("me n kasia are the only APs", "gaz n dafydd
# both trained me"); the other verbs are VERB_AFTER_RE's.
PAIR_VERB_RE = re.compile(r"\s*,?\s+(?:are|were|have|both|do|work|worked|run|share|shared|trained)\b")
# Before a lower-case word: the writer and someone else ("me and jade started the same week").
WITH_ME_BEFORE_RE = re.compile(r"(?:^|\W)me\s+(?:and|n|&|an)\s+$", re.IGNORECASE)


def verb_after(text: str, start: int, end: int) -> bool:
    """Whether a verb, or an adverb after a word that is no modal verb, follows the word."""
    if VERB_AFTER_RE.match(text, end):
        return True
    return text[start:end].lower() not in MODALS and bool(ADVERB_AFTER_RE.match(text, end))


# "Faith and I did the module": one named with the writer, first in a sentence or after "with"
# ("I have Alzheimer's and I was seen" names nobody).
WITH_WRITER_AFTER_RE = re.compile(r"\s+and\s+(?:I|me|myself)\b(?!['’])", re.IGNORECASE)
CLAUSE_START_RE = re.compile(r"(?:^|[.!?\n(]\s*(?:[-•*]\s+)?|\b(?:with|between|both)\s+)$", re.IGNORECASE)


def where_after(text: str, end: int) -> bool:
    """Whether the words after a capitalised word say where a person is: a desk, a team, a body."""
    return bool(WHERE_RE.match(text, end) or ORGANISATION_AFTER_RE.match(text, end))


# After a word: on a named ward, then a deed ("Pearl and Ted on Lapwing took such good care of me").
ON_NAMED_WARD_RE = re.compile(
    r"\s+on\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z'’-]+(?:\s+[Ww]ard)?,?\s+"
    r"(?:took|takes|was|were|is|are|looked|look|helped|help|made|makes|gave|give|sorted|always|never|really"
    r"|said|told|went|go|got|get|kept|keep|did|do|does|listened|treated|cared|care|went)\b"
)


# After a full name, someone who joins or leaves a team ("Gene Whitworth, starts on the 17th"); not
# after one word, since "Ramadan starts" and "Clearing starts" name no one.
JOINS_RE = re.compile(r"\s*,?\s*(?:starts|started|joins|joined|is starting|is joining|leaves|left)\b")
# After a given name: a capitalised word, as a surname would stand ("Gene Whitworth, starts ...").
SURNAME_SHAPE_RE = re.compile(r"\s[A-Z][a-z'’-]{2,}\b(?!['’-])")


# After a lower-case word no list knows: "the" and a post, so the word names who holds it ("dafydd the
# OT ran the group"), where "hes my brother" and "backpay never came" name no one.
THE_POST_AFTER_RE = re.compile(rf"\s+the\s+(?:[\w-]+\s+)?(?:{ROLES_RE})\b", re.IGNORECASE)


# After a capitalised word: a hedge on the name ("Jack i think", "Dawn, I believe").
HEDGE_AFTER_RE = re.compile(r"\s*,?\s+(?:i think|i believe|i reckon|i am sure|was it|is it)\b", re.IGNORECASE)
# After a capitalised word: a relative clause only a person heads ("Grace who runs it never makes you
# feel daft", "Joy, who was on nights"), where "Hope is what" and "Will who" ask nothing of a person.
WHO_AFTER_RE = re.compile(
    r"\s*,?\s+who(?:['’]s|\s+(?:is|was|runs|ran|leads|led|works|worked|does|did|helped|helps|came|comes"
    r"|sorted|sorts|took|takes|looks|looked|always|never|has|had|teaches|taught|organises|organised|sat"
    r"|stayed|listened|made|makes|answered|rang|phoned))\b",
    re.IGNORECASE,
)
# After a subordinating word, a word-name then what one person does: "When Rose went on day release",
# where "when summer comes" says no one.
SUBORDINATE_BEFORE_RE = re.compile(
    r"(?:^|\W)(?:when|while|since|after|before|until|till|once|if|because|cos)\s+$", re.I
)
PERSON_DEED_AFTER_RE = re.compile(
    r"\s+(?:went\s+on\s+(?:day\s+release|leave|placement|maternity|nights|the\s+course|sick)|started\s+(?:on|her|his"
    r"|the)|qualified|passed\s+(?:her|his|the)|left\s+(?:the|us|her|his)|joined|rang|phoned|said|told|asked)\b"
)
_WHO_DEED_RE = re.compile(
    r"\s*,?\s+who\s+(?:runs|ran|leads|led|works|worked|helped|helps|sorted|teaches|taught)\b"
)
# A name alone in brackets with a question mark: "the lady with purple hair (Amber?)".
_UNSURE_BRACKET_RE = re.compile(r"\s*\?\s*\)")


def hedged_aside(text: str, start: int, end: int) -> bool:
    """Whether a lower-case word stands as an aside after a comma with a hedge on it ("the lass on
    reception, shannon i think, sorted it"); a modal verb there is the verb ("..., will i think")."""
    return (
        text[max(0, start - 3) : start].rstrip().endswith(",")
        and text[start:end].lower() not in MODALS
        and bool(HEDGE_AFTER_RE.match(text, end))
    )


# Right before a word: "our", as a family names its own in the North ("our Jordan", "our Kayleigh").
OUR_BEFORE_RE = re.compile(r"(?:^|\W)our\s+$", re.IGNORECASE)


# After a capitalised word: a modal verb, so the word is who will do it ("Mark will mark the portfolios",
# "Will will be off"), where "Will you" and "May I" ask.
MODAL_AFTER_RE = re.compile(r"\s+(?:will|would|can|could|should|must|might|may|is going to|was going to)\b")


def person_after(text: str, start: int, end: int) -> bool:
    """Whether the words around a capitalised word say it is a person: where, what, what they did."""
    if where_after(text, end) or WHAT_OR_DID_RE.match(text, end) or ON_NAMED_WARD_RE.match(text, end):
        return True
    if text[start : start + 1].isupper() and MODAL_AFTER_RE.match(text, end):
        return True
    if text[start : start + 1].isupper() and HEDGE_AFTER_RE.match(text, end):
        return True  # "the lad on the desk, Jack i think, was sound"
    if text[start : start + 1].isupper() and (
        # A modal verb heads a question ("Will who was it?") unless a person's deed follows "who".
        (
            WHO_AFTER_RE.match(text, end)
            and (text[start:end].lower() not in MODALS or _WHO_DEED_RE.match(text, end))
        )
        or (_UNSURE_BRACKET_RE.match(text, end) and text[max(0, start - 2) : start].rstrip().endswith("("))
    ):
        # "Grace who runs it", "(Amber?)": who a person is, or a name the writer half remembers.
        return True
    if (
        text[start : start + 1].isupper()
        and PERSON_DEED_AFTER_RE.match(text, end)
        and SUBORDINATE_BEFORE_RE.search(text, max(0, start - 10), start)
    ):
        return True  # "When Rose went on day release we had to pull a bank HCA"
    if OUR_BEFORE_RE.search(text, max(0, start - 6), start) and (
        VERB_AFTER_RE.match(text, end) or text[end : end + 2].lstrip().startswith("(")
    ):
        return True  # "our Jordan (DOB ...) has been waiting": "our" before a relative's name, in the North
    surname = SURNAME_SHAPE_RE.match(text, end)
    if surname and (WHAT_OR_DID_RE.match(text, surname.end()) or JOINS_RE.match(text, surname.end())):
        return True
    return bool(
        WITH_WRITER_AFTER_RE.match(text, end) and CLAUSE_START_RE.search(text[max(0, start - 12) : start])
    )


# Before a word in no list, these make it a place: "the bus from Hunslet", "we live in Armley".
PLACE_BEFORE_RE = re.compile(
    r"(?:^|\W)(?:in|near|around|outside|via|towards|across"
    r"|(?:bus|buses|train|trains|tram|drive|drove|driving|journey|travel|travelled|travelling|commute"
    r"|commuting|walk|walked|taxi|lift|miles|mins|minutes|hour|hours|moved|move|moving|live|lives|lived"
    r"|living|based|work|works|worked|working|placement|placements|taken|transferred)"
    r"\s+(?:from|to|in|at|into))\s+$",
    re.IGNORECASE,
)
# "at" before a place ("at Bassetlaw", "at Airedale"), unless a person is what is looked or shouted at.
PLACE_AT_RE = re.compile(r"(?:^|\W)at\s+$", re.IGNORECASE)
PERSON_AT_RE = re.compile(
    r"\b(?:shout\w*|look\w*|laugh\w*|smil\w*|yell\w*|scream\w*|swore|swear\w*|snapp?\w*|wav\w*"
    r"|star(?:e|ed|es|ing)|point\w*|glar\w*|lash\w*\s+out|nodd?\w*|grinn?\w*|angry|annoyed|cross|mad"
    r"|upset|frustrated|aimed|directed|good|great|brilliant|rude)\s+at\s+$",
    re.IGNORECASE,
)


def place_before(before: str) -> bool:
    """Whether the words before a word in no list make it a place ("the bus from Hunslet", "at Bassetlaw")."""
    if PLACE_BEFORE_RE.search(before):
        return True
    return bool(PLACE_AT_RE.search(before)) and not PERSON_AT_RE.search(before)
