"""The words name finding looks up: the shipped name, place and word lists, titles, roles and relations."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from .lexicon import common_words, english_words, given_names, places, surnames
from .pattern_lexicon import textblob_file


def split_words(words: str) -> frozenset[str]:
    """The words of a space-separated list (the word lists below are easier to read that way)."""
    return frozenset(words.split())


LETTERS = r"[^\W\d_]"
TOKEN_RE = re.compile(rf"{LETTERS}+(?:['’-]{LETTERS}+)*")
# Labels already in the text ("[name]", "[Date Redacted]") are left as they are.
LABEL_RE = re.compile(r"\[[^\[\]\n]{1,30}\]")
# Words that are never names, whatever the lists hold (some surname lists hold "The" and "He").
FUNCTION_WORDS = split_words(
    "a an and are as at be but by for from had has have he her him his i if in is it its me my no not of "
    "on or our she so that the their them they this to us was we were who with you your all any each "
    "every very just also then than there here what when where which while why how too else noone "
    # A pronoun with its verb is never a name ("It's Aoife not Eva, I've told them").
    "i've i'm i'd i'll you've you're you'd we've we're we'd they've they're she's he's it's"
)
# Words right before a name that say one follows: thanks, introductions, "ask for", "called".
NAME_CUES = frozenset(
    {
        "called",
        "named",
        "name is",
        "name's",
        "name was",
        "ask for",
        "asked for",
        "thanks to",
        "thank you to",
        "thank u to",
        # A message passed on to someone: "please pass on to Mei Ling and Winston".
        "pass on to",
        "passed on to",
        "shout out to",
        "shoutout to",
        "shout-out to",
        "big up",
        "this is",
        # A writer who gives their own name: "hi its tatenda, i'm the one who asked".
        "hi its",
        "hi it's",
        "hiya its",
        "hello its",
        "hi im",
        "hi i'm",
        "hello im",
        "hello i'm",
        "mentored by",
        "supported by",
        "seen by",
        "marked by",
        "signed off by",
        "assessed by",
        "looked after by",
        "cared for by",
        # How someone says what they are called: "call me Mo", "she goes by Jaz", "known as Bev".
        "call me",
        "calls me",
        "call her",
        "call him",
        # A nickname told as such: "the HCA everyone calls Bear", "aka Gareth", "nicknamed Tiny".
        "calls him",
        "calls her",
        "everyone calls",
        "everybody calls",
        "we all call",
        "aka",
        "nicknamed",
        "known as",
        "goes by",
        "go by",
        # A form's own words: "surname Zhang, first name Wei".
        "first name",
        "forename",
        "surname",
        "last name",
        "family name",
        "middle name",
        "given name",
        "christian name",
    }
)
# Words that say the next word is someone to go to: "speak to gwilym", "talk to sue", "contact ifeoma".
# Not strong cues: "contact Payroll" and "speak to Occupational Health" name departments.
TALK_CUES = frozenset(
    {
        "speak to",
        "spoke to",
        "speaking to",
        "talk to",
        "talked to",
        "talking to",
        "speak with",
        "spoke with",
        "talk with",
        "chat to",
        "chat with",
        "chatted to",
        "chatted with",
        "ask",
        "asked",
        "contact",
        "contacted",
        "ring",
        "rang",
        "phone",
        "phoned",
        "email",
        "emailed",
        "e-mail",
        "message",
        "messaged",
        "text",
        "texted",
    }
)
# Titles people write before a name (after "Miss" a word is a name only by the other rules).
TITLES = frozenset(
    {"Dr", "dr", "DR", "Mr", "mr", "MR", "Mrs", "mrs", "MRS", "Ms", "Mx", "Prof", "prof", "Professor"}
    # A councillor's and a minister's titles: "Cllr Dympna Ó Raghallaigh", "Revd Amos".
    | {"Cllr", "cllr", "CLLR", "Revd", "revd"}
    # Ranks an ex-forces writer puts before a name: "Sgt Miles (my old troop sgt)".
    | {"Sgt", "sgt", "SGT", "Cpl", "cpl", "Capt", "Pte", "Lt"}
)
#: The titles as one regex alternation, in lower case and longest first, for patterns that ignore case.
TITLE_ALTERNATION = "|".join(sorted({title.lower() for title in TITLES}, key=lambda t: (-len(t), t)))
# Longest first, so a regex made of them tries "sister-in-law" before "sister".
RELATIONS = tuple(
    sorted(
        split_words(
            """daughter son mum mam mom mother dad father brother sister husband wife partner boyfriend
    girlfriend fiance fiancé fiancee fiancée nan nana nanna gran granny grandma grandmother
    grandad granddad grandpa grandfather grandson granddaughter grandchild aunt auntie aunty
    uncle niece nephew cousin friend freind mate neighbour neighbor carer child baby kid stepson
    stepdaughter stepmum stepdad brother-in-law sister-in-law mother-in-law father-in-law son-
    in-law daughter-in-law"""
        ),
        key=lambda word: (-len(word), word),
    )
)
ROLES = (
    "nurse",
    "nurses",
    "doctor",
    "sister",
    "matron",
    "mentor",
    "mentors",
    "supervisor",
    "manager",
    "therapist",
    # A psychological wellbeing practitioner in talking therapies: "wei ling (the PWP)".
    "pwp",
    "counsellor",
    "counselor",
    "consultant",
    "paramedic",
    "driver",
    "receptionist",
    "support worker",
    "care coordinator",
    "care co-ordinator",
    "keyworker",
    "key worker",
    "social worker",
    "psychiatrist",
    "psychologist",
    "gp",
    "assessor",
    "tutor",
    "lecturer",
    "teacher",
    "trainer",
    "coach",
    "practitioner",
    "assistant practitioner",
    "midwife",
    "physio",
    "physiotherapist",
    "pharmacist",
    "dietitian",
    "dietician",
    "carer",
    "health care assistant",
    "healthcare assistant",
    "hca",
    "hcsw",
    "ot",
    "occupational therapist",
    "clinician",
    "student",
    "apprentice",
    "trainee",
    "mentee",
    "colleague",
    "worker",
    "staff member",
    "educator",
    "practice educator",
    "practice ed",
    "pe",
    "ps",
    "practice supervisor",
    "rmn",
    "cpn",
    "ap",
    "na",
    "nursing associate",
    "team leader",
    # "the group leader Joy was a joy", "shift leader Faith".
    "leader",
    "ward manager",
    "charge nurse",
    "staff nurse",
    # The nurse in charge of a shift ("the NIC, Becca, uses me to chase DNAs").
    "nic",
    "nurse in charge",
    "deputy",
    "lead",
    "boss",
    "speaker",
    "chair",
    "host",
    "facilitator",
    "presenter",
    "registrar",
    # Someone new in post: "our new starter Babatunde".
    "starter",
    "new starter",
    "admin",
    "secretary",
    "cleaner",
    "porter",
    "housekeeper",
    "volunteer",
    "advocate",
    "chaplain",
    "officer",
    # Posts on a ward or unit that one person holds ("Rich the chef", "our domestic Pat").
    "chef",
    "cook",
    "domestic",
    "caterer",
    "gardener",
    "phlebotomist",
    "befriender",
    "peer support worker",
    "security guard",
    "activities coordinator",
    "activity coordinator",
    "ward clerk",
    "lady",
    "man",
    "gentleman",
    "woman",
    "guy",
    "lad",
    "girl",
    "boy",
    "fella",
    "bloke",
)

# Endings of medicines' generic names: "Sertraline" and "Olanzapine" are no names, listed or not.
MEDICINE_ENDING_RE = re.compile(
    r"(?:pril|olol|statin|sartan|prazole|oxetine|axine|oxamine|ipramine|traline|triptyline|azepam|azolam|apine|idone|mycin"
    r"|cillin|cycline|floxacin|triptan|gliptin|gliflozin|lukast|terol|parin|formin|ciclovir|umab|ximab"
    r"|tinib|tidine|semide|thiazide|codone|dronate|xaban|etamol|profen)$"
)
# Before a word, these make it a thing, not a person ("a saint", "the man", "this rose").
# Given names that are also plants: after a describing word they are the plant ("the purple heather").
PLANT_NAMES = split_words(
    "heather rose rosie ivy holly lily daisy hazel iris poppy violet jasmine willow rowan fern myrtle "
    "primrose bryony erica laurel juniper clover saffron"
)
ARTICLE_BEFORE_RE = re.compile(
    r"(?:^|[^\w'’])(?:a|an|the|this|that|these|those|some|any|every|each|no|another)\s+$", re.IGNORECASE
)
# Sayings whose name-like words are no names.
IDIOM_RE = re.compile(
    r"\bbob['’]s your uncle\b|\bmark my words\b|\bfor the love of god\b|\bblessing in disguise\b",
    re.IGNORECASE,
)
ROLE_WORDS = frozenset(ROLES) | {"miss"}
PLACE_NOUNS = split_words(
    "ward wards unit units house centre center building hospital clinic station street road lane avenue "
    "court suite wing surgery practice college university school hall park library church chapel room "
    "trust hub services service lodge campus site hospice team teams group day"
)
# Place nouns that are never a surname after a given name: "Skye House", "Amina Centre".
BUILDING_NOUNS = split_words(
    "house centre center building hospital clinic station lodge unit units suite wing surgery campus "
    "hospice library"
)
# Plurals of place nouns, after which a list of words names places ("Armley and Hunslet clinics").
PLACE_PLURALS = split_words(
    "clinics hospitals centres centers buildings surgeries practices colleges schools sites lodges stations "
    "halls libraries hubs suites streets roads estates areas branches offices"
)
# Joining words of names: "Máire Ní Bhriain", "Zainab Al-Harbi", "Ó Briain", "van der Berg".
PARTICLES = split_words(
    "ni nic o ua ui mac mc mhic de da di dos das du del della der den van von la le al el bin bint binti ibn "
    "abu ap"
)
# Given names of two letters people type in lower case ("ask for jo", "my mentor mo was great"): a name
# only after a naming cue, or after a post or relation with a verb next (never "al fresco", "em dash").
SHORT_GIVEN = split_words("bo di ed em jo li lu mo ty vi")
# Verbs that open a request before a name ("Ring Efua on ...", "Ask Kemi at the desk"): never its given name.
REQUESTS = split_words("ring call phone email text contact ask tell thank thanks send see meet message")
MONTHS_AND_DAYS = split_words(
    "january february march april may june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday christmas easter"
)
# Months and days as people shorten them: "left in Jan and Oluwaseun took over" lists no two names.
SHORT_MONTHS_AND_DAYS = split_words(
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
)
CONTRACTIONS = frozenset({"t", "m", "re", "ve", "ll", "d", "s"})
VOWELS = frozenset("aeiouy")


def fold(word: str) -> str:
    """The word in lower case without accents ("Siobhán" -> "siobhan")."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


class NameLists(NamedTuple):
    """Folded word sets the name rules look words up in."""

    given: frozenset[str]
    surnames: frozenset[str]
    english: frozenset[str]  # English words, places, months and days: a name among them needs context
    known: frozenset[str]  # every word some list holds; a capitalised word outside them is a name
    places: frozenset[str]
    project_words: frozenset[str]  # common_words.txt: tools, abbreviations, festivals, never names
    words: frozenset[str]  # the dictionary's words and the project's only (no towns, no tagger entries)


@lru_cache(maxsize=1)
def name_lists() -> NameLists:
    """The name, word and place sets, read once per process (about half a second)."""
    lexicon = textblob_file("en-lexicon.txt").read_text(encoding="utf-8").splitlines()
    entries = [line.split(" ", 1)[0] for line in lexicon if line and not line.startswith(";")]
    spelling = textblob_file("en-spelling.txt").read_text(encoding="utf-8").splitlines()
    # Brill's tagger lexicon (shipped with TextBlob) holds English words in lower case and proper
    # nouns capitalised; Norvig's spelling list, lower-cased from books, holds both; SCOWL's British
    # dictionary and our list hold words only.
    english = {fold(w) for w in entries if w.islower()}
    english |= {fold(w) for w in english_words() | common_words()}
    proper = {fold(w) for w in entries if w[:1].isupper()}
    spelled = {fold(line.split(" ", 1)[0]) for line in spelling if line and not line.startswith(";")}
    towns = {fold(w) for w in places()}
    town_words = {part for town in towns for part in town.split()}
    english |= towns | MONTHS_AND_DAYS
    given = frozenset(fold(w) for w in given_names())
    family = frozenset(fold(w) for w in surnames())
    return NameLists(
        given=given,
        surnames=family,
        english=frozenset(english),
        known=frozenset(english | proper | spelled | town_words | given | family | PARTICLES),
        places=frozenset(towns),
        project_words=frozenset(fold(w) for w in common_words()),
        words=frozenset(fold(w) for w in english_words() | common_words()) | MONTHS_AND_DAYS,
    )


def prepare_lists() -> None:
    """Read the name, word and place lists now (a process pool forks after this, sharing them)."""
    name_lists()


# Endings that make a word from a word: "Mentoring" is a word because "mentor" is.
SUFFIXES = ("ing", "ed", "es", "s", "ly", "er", "ers", "ment", "ments", "ness", "ful", "less", "ised", "ise")


def _redone(word: str, english: frozenset[str]) -> bool:
    """Whether a word after "re" is an English word of four letters or more, or one with an ending."""
    return len(word) >= 4 and (word in english or derived(word, english))


def derived(word: str, known: frozenset[str]) -> bool:
    """Whether the word is a known word with an English ending ("dialled", "happily", "mentoring")."""
    for suffix in SUFFIXES:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        doubled = stem[:-1] if stem[-1] == stem[-2] else stem
        # "happily", "carried", "luckely": a y turned to i or e before the ending; "Thornber" is no
        # "thorny" + "er".
        y_stem = stem[-1] in "ie" and stem[:-1] + "y" in known
        if stem in known or stem + "e" in known or doubled in known or y_stem:
            return True
    return False


class WordInfo(NamedTuple):
    """What the lists say of a word as written."""

    folded: str
    capitalised: bool
    listed: bool  # a given name or surname of the lists
    given: bool
    english: bool  # an English word, a place, a month or a day
    known: bool  # in some list: names, words or places
    candidate: bool  # whether the word could be a name in some context (titles aside)
    stray: bool = False  # no English word nor made from one, though some list knows it ("carys")


@lru_cache(maxsize=131072)
def word_info(text: str) -> WordInfo:
    """The look-ups of one word, remembered: a comment's words are mostly the same few thousand."""
    lists = name_lists()
    folded = fold(text)
    capitalised = text[0].isupper() and not (len(text) > 1 and text[1].isupper())
    parts = [p for p in re.split(r"[-']", folded) if p] or [folded]
    if len(parts) > 1 and "'" in folded and parts[-1] in CONTRACTIONS:
        # "don't", "we've", "I'm": contractions are English words.
        return WordInfo(folded, capitalised, False, False, True, True, False)
    names = [p for p in parts if p not in PARTICLES] or parts
    given = any(p in lists.given for p in names)
    listed = given or any(p in lists.surnames for p in names)
    english = all(p in lists.english or p in PARTICLES for p in parts)
    known = all(p in lists.known or derived(p, lists.known) for p in parts)
    if not known and len(folded) >= 7 and MEDICINE_ENDING_RE.search(folded):
        english = known = True
    elif not english and not listed and len(parts) == 1 and derived(folded, lists.english):
        english = True  # "Paramedics", "Nottinghamshire's": an English word with an English ending
    elif not listed and len(parts) == 1 and folded.startswith("re") and _redone(folded[2:], lists.english):
        english = known = True  # "Rebooked", "Reassessed": an English word done again
    if capitalised:
        # A double name ("Mei-Ling") is one in a person's context even when its parts are words.
        double = len(parts) > 1 and all(p[:1].isupper() for p in text.split("-"))
        candidate = given or not english or double
    else:
        candidate = text.islower() and ((len(text) >= 3 and (listed or not known)) or folded in SHORT_GIVEN)
    # Known only as a proper noun of the tagger or the spelling list, or as a name with an ending
    # ("carys" from "cary"): in lower case after a cue it is a name like a word in no list.
    stray = not english and not listed and known and not derived(folded, lists.english)
    if stray and text.islower() and len(text) >= 3:
        candidate = True
    return WordInfo(folded, capitalised, listed, given, english, known, candidate, stray)


@lru_cache(maxsize=1)
def lower_name_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case words that are names wherever they stand, and those that are names only in context."""
    lists = name_lists()
    listed = lists.given | lists.surnames
    always = frozenset(w for w in listed - lists.english if len(w) >= 4 and w.isalpha())
    in_context = frozenset(w for w in (lists.given & lists.english) | (listed - lists.english) if w.isalpha())
    never = PLACE_NOUNS | ROLE_WORDS | FUNCTION_WORDS | MONTHS_AND_DAYS
    return always, in_context - always - never


# A second given name of two to four letters after a two-letter one: "my assessor is li na".
_SECOND_SYLLABLE_RE = re.compile(r"[ \t]+(?P<word>[a-z]{2,4})\b")


def second_syllable(text: str, end: int) -> bool:
    """Whether a listed given name of two to four letters, no function word, follows in lower case."""
    match = _SECOND_SYLLABLE_RE.match(text, end)
    if match is None or match.group("word") in FUNCTION_WORDS:
        return False
    return word_info(match.group("word")).given
