"""Names in free text, of any origin and in any case, found by the shipped lists and the words around them."""

from __future__ import annotations

import re

from .name_after import (
    lower_given_by_verb,
    lower_person_by_grammar,
    person_after_surname,
    person_at_clause_start,
    signed_surname,
)
from .name_capitals import mark_name_runs, mark_names_in_capitals
from .name_company import after_subject, lower_person_by_company, mark_repeated_names
from .name_context import (
    BODY_RE,
    I_CONTRACTION_RE,
    MODAL_ADVERB_RE,
    PEOPLE_ON_RE,
    described_plant,
    fill_between,
    join_nickname_prefix,
    person_placed,
    picked_out,
    placed_before,
    placed_mid_sentence,
    role_first,
    set_apart,
    word_named,
)
from .name_cues import (
    CLAUSE_START_RE,
    CUE_WORDS,
    MODALS,
    SAINT_RE,
    SERVICES,
    THE_POST_AFTER_RE,
    VERB_AFTER_RE,
    VERBS_AFTER_TITLE,
    WHAT_OR_DID_RE,
    WHERE_RE,
    after_title,
    cued,
    hedged_aside,
    introduced_by_name,
    lower_cued,
    name_cued,
    person_after,
    short_name_cued,
    strongly_cued,
    talk_cued,
)
from .name_list_mates import list_mate, list_step, mark_listed_before_group
from .name_months import aged, month_named_person, post_after
from .name_quick_look import TITLE_ANYWHERE_RE, may_hold_name
from .name_tokens import (
    Token,
    capitals_surname,
    could_be_name,
    double_given,
    hyphen_name,
    joined_name,
    joins_east_asian,
    particle_name,
    read_token,
    strong_name,
)
from .name_usage import (
    lower_surname_after,
    mark_initial_sign_off,
    mark_sign_off,
    measured_thing,
    person_by_usage,
    titled_surname,
)
from .name_words import (
    ARTICLE_BEFORE_RE,
    BUILDING_NOUNS,
    FUNCTION_WORDS,
    IDIOM_RE,
    LABEL_RE,
    MONTHS_AND_DAYS,
    PARTICLES,
    PLACE_NOUNS,
    PLACE_PLURALS,
    PLANT_NAMES,
    RELATIONS,
    REQUESTS,
    SHORT_GIVEN,
    TOKEN_RE,
    VOWELS,
    derived,
    name_lists,
    word_info,
)

__all__ = ["name_spans"]

# A word is a name by what it is and where it stands. Shipped lists (lexicons/README.md) say which
# words are given names or surnames of many origins, which are towns and countries, and which are
# English words. Then:
# - after a title ("Dr", "Mrs"), a word is a name in any case ("dr smith") unless it is an English
#   word and no name ("Dr needs to listen");
# - a capitalised word of the name lists that is not an English word is a name ("Ngozi", "Okafor");
# - a capitalised word in no list at all, neither names nor words nor places, is a name too: that is
#   how names nobody listed are found ("Chidinma", "Bhriain");
# - a given name that is also a word ("Grace", "Will", "Dawn", "Mark") is a name only where the
#   context says a person: after a role or relation ("my mentor Drew"), before one ("Jack the HCA",
#   "Faith (my PE)"), where someone is ("Dawn on the crisis line", "Amber on reception"), next to
#   another name ("Grace Mensah"), or as the one who acts ("Mark said");
# - in lower case, a listed name that is not an English word is a name ("ask for priya", "ewa"), and
#   so is a word in no list after "my daughter", "ask for", "nurse" and the like;
# - a word before "ward", "unit", "house", "station" and the like names a place, and stays; after
#   "a" or "the" a word is a thing ("a saint", "the rose").
# A word next to a name joins it when it can be part of one: a surname, a second given name, a
# particle ("Máire Ní Bhriain", "Zainab Al-Harbi").


def _is_name_word(token: Token, text: str, following: Token | None) -> bool:
    """Whether the word is a name from what it is and the words around it (before joining)."""
    before = text[max(0, token.start - 40) : token.start]
    if after_title(text, token.start):
        if token.text.islower() and token.folded in VERBS_AFTER_TITLE:
            return False  # "what the dr said": a doctor, no title
        # "Mr Haworth": after a title a town's name is a surname.
        placed = token.capitalised and token.folded in name_lists().places
        # "Dr el-Sayed": a surname with its particle, though its part is also a word; "Dr Arbër": a word
        # with a letter no English word has.
        joined = particle_name(token) or not token.text.isascii()
        return token.folded not in FUNCTION_WORDS and (token.listed or not token.english or placed or joined)
    if not could_be_name(token) or SAINT_RE.search(before) or I_CONTRACTION_RE.match(token.text):
        return False
    if (token.capitalised or token.text.islower()) and double_given(token.text):
        return True  # "Min-jun", "seo-yeon": two given names joined, a person even before "Park"
    if (
        following is not None
        and following.folded in PLACE_NOUNS
        and text[token.end : following.start].isspace()
        # "Sarah Ward" is a person, "Rowan Ward" and "Sarah ward" are wards, "Albion Road" a street;
        # before "House" or "Centre" a name names a building ("Skye House"), never a person.
        and not (
            token.listed
            and not token.english
            and following.capitalised
            and following.listed
            and following.folded not in BUILDING_NOUNS
        )
        and not _surname_before_post(token, following, text)
    ):
        return False
    if following is not None and following.capitalised and _NAMED_PLACE_AFTER_RE.match(text, following.end):
        return False  # "the Florence Nightingale suite", "Mary Seacole ward": a place named after someone
    if token.english and not token.given and _NUMBER_AFTER_RE.match(text, token.end):
        return False  # "Band 4 or Bust", "Cohort 7", "Level 3": a word before a number names a thing
    if joined_name(token):
        return True  # "Sister O'Connor-Boyle", "Lloyd-Bolton": a double or Irish surname taken whole
    if "-" in token.text and token.english and not hyphen_name(token):
        return False  # "Ring-fence", "Follow-up": a compound of words
    if token.capitalised:
        return _capitalised_name(token, text, before)
    return _lower_name(token, text, before)


# A post whose first word is also a place noun: "service manager", "team lead", "unit coordinator".
_POST_AFTER_PLACE_NOUN_RE = re.compile(
    r"\s+(?:manager|lead|leader|coordinator|co-ordinator|director|administrator|admin|secretary|clerk)\b",
    re.IGNORECASE,
)
_GIVEN_BEFORE_RE = re.compile(r"(?:^|[\s,])(?P<given>[A-Z][a-z'’-]+)[ \t]+$")


def _surname_before_post(token: Token, following: Token, text: str) -> bool:
    """Whether a word in no list, after a given name, is a surname before a post that starts with a place
    noun ("happy to talk, Rob Kettlewell service manager"), where "the Kettlewell service" names a place."""
    if token.known or not token.capitalised or not _POST_AFTER_PLACE_NOUN_RE.match(text, following.end):
        return False
    given = _GIVEN_BEFORE_RE.search(text, max(0, token.start - 30), token.start)
    return given is not None and word_info(given.group("given")).given


def _capitalised_name(token: Token, text: str, before: str) -> bool:
    """Whether a capitalised word is a name, from the lists and the words around it."""
    if not token.english and token.listed:
        return True
    if not token.known:
        # In no list: a name, unless too short or without a vowel to be one ("Qs", "Wld"), or
        # where a place stands ("the bus from Hunslet"; "in Chidinma's group" is a person).
        if placed_before(before) and text[token.end : token.end + 1] not in ("'", "’"):
            return False
        return len(token.text) > 2 and not VOWELS.isdisjoint(token.folded)
    # A given name that is also a word ("Mercy", "Will"), or a proper noun of the lexicons that
    # no list calls a name or a place ("Bisi"), is a name in a person's context.
    if ARTICLE_BEFORE_RE.search(before) or PEOPLE_ON_RE.search(before):
        return False
    if token.folded in MODALS and MODAL_ADVERB_RE.match(text, token.end) and not cued(text, token.start):
        return False
    if not token.given and token.english and not hyphen_name(token):
        return word_named(token, text)
    if token.folded in MONTHS_AND_DAYS:
        # "May, my mentor" is a month; "my mentor May" and "May on the front desk found it" (first in
        # its sentence, where a person stands) a person.
        cue = cued(text, token.start) and not picked_out(text, token.start)
        return cue or (
            token.given
            and (
                post_after(text, token.start, token.end)
                # "May the CPN said my review would be in May": first in its sentence, a post and a deed.
                or role_first(text, token.start, token.end)
                or month_named_person(text, token.start, token.end)
                or aged(text, token.start, token.end)
            )
        )
    return (
        cued(text, token.start)
        or picked_out(text, token.start)
        or person_after(text, token.start, token.end)
        or post_after(text, token.start, token.end)
        or person_after_surname(text, token.start, token.end)
        or (token.given and person_at_clause_start(text, token.start, token.end))
        or person_by_usage(text, token.start, token.end)
        or set_apart(text, token.start, token.end)
    )


# A place noun after the next word, and no post after it: the two words name a place after a person.
_NAMED_PLACE_AFTER_RE = re.compile(
    r"[ \t]+(?i:ward|suite|wing|building|centre|center|unit|room|lodge|hall|library|hospice|clinic)\b"
    r"(?![ \t]+(?i:manager|lead|leader|coordinator|co-ordinator|director|sister|clerk|administrator)\b)"
)
# A number right after a word: "Band 4", "Cohort 7" are things, not names.
_NUMBER_AFTER_RE = re.compile(r"\s+\d")
# A possessive right before a word: "my mate", "our nan".
_POSSESSIVE_BEFORE_RE = re.compile(r"(?:^|\W)(?:my|our|your|his|her|their)\s+$", re.IGNORECASE)
RELATION_WORDS = frozenset(relation for relation in RELATIONS if " " not in relation)


def _lower_name(token: Token, text: str, before: str) -> bool:
    """Whether a word not capitalised is a name, from the lists and the words around it."""
    if not token.text.islower() or ARTICLE_BEFORE_RE.search(before):
        return False
    if token.folded in RELATION_WORDS and _POSSESSIVE_BEFORE_RE.search(before):
        return False  # "my mate on the course": the relation, not a name
    if token.english and after_subject(before):
        return False  # "we drew in the art group": after "we" a word-name is the verb
    if len(token.text) < 3:
        return token.folded in SHORT_GIVEN and short_name_cued(text, token.start, token.end)
    if token.folded in PLANT_NAMES and described_plant(before) and not cued(text, token.start):
        return False  # "the purple heather", "some wild garlic and ivy": the plant
    if token.english and measured_thing(before) and not name_cued(text, token.start):
        return False  # "a cup of tea in the cafe": the drink
    if token.listed and not token.english and len(token.text) >= 4:
        return True
    if token.stray:
        # Known only as a proper noun ("carys"), or an abbreviation ("obs", "meds"): a name only after
        # "my daughter", "speak to" and the like, never by the place words after it.
        return lower_cued(text, token.start)
    if (token.listed and not token.english) or not token.known:
        return (
            lower_cued(text, token.start)
            or bool(WHERE_RE.match(text, token.end))
            # "dafydd the OT ran the group": a word no list knows, then the post its owner holds.
            or bool(THE_POST_AFTER_RE.match(text, token.end))
            or person_after_surname(text, token.start, token.end)
            or lower_given_by_verb(text, token.start, token.end)  # "me n kasia (...)"
            or lower_person_by_company(text, token.start, token.end)  # "our kev on Larch", "gaz n dafydd"
        )
    if token.given:
        if lower_given_by_verb(text, token.start, token.end):
            # "my daughter grace has asthma", "the receptionist rose was rude", "me n jade started"
            return True
        return (
            name_cued(text, token.start)
            or talk_cued(text, token.start)
            or person_placed(text, token.start, token.end)
            or hedged_aside(text, token.start, token.end)
            or lower_person_by_grammar(text, token.start, token.end)
            or person_after_surname(text, token.start, token.end)
            or aged(text, token.start, token.end)
            # "april on the ward was so kind to me": a month with a post and a kindness after it.
            or (token.folded in MONTHS_AND_DAYS and post_after(text, token.start, token.end))
        )
    return False


def _beside_strong_name(name: Token, neighbour: Token, text: str, forward: bool) -> bool:
    """Whether a word next to a listed name that is no English word joins it ("Zhang Mei")."""
    lists = name_lists()
    if (
        strong_name(name)
        and neighbour.text.replace("-", "").isalpha()  # no "I'm" or "she's"
        and neighbour.folded not in lists.words
        and not derived(neighbour.folded, lists.words)  # "Mentoring Aleksandra"
        and neighbour.folded not in lists.places
        and neighbour.folded not in CUE_WORDS
        and neighbour.folded not in RELATION_WORDS  # "my freind sam": the relation, misspelt
        and (
            neighbour.capitalised
            or (neighbour.text.islower() and name.text.islower() and len(neighbour.text) >= 3)
        )
    ):
        return True  # "Zhang Mei", "Mei Zhang", "zhang mei": a listed surname and a word no dictionary holds
    # "Mei Ling Zhang": a capitalised word right before a listed surname, mid-sentence.
    return bool(
        not forward
        and strong_name(name)
        and neighbour.capitalised
        and neighbour.text.isalpha()
        and neighbour.folded not in lists.places
        and neighbour.folded not in CUE_WORDS
        and not CLAUSE_START_RE.search(text[max(0, neighbour.start - 40) : neighbour.start])
        and not ARTICLE_BEFORE_RE.search(text[max(0, neighbour.start - 40) : neighbour.start])
    )


# Words that take a date after them: a month after them is the month ("in May", "since June").
_DATE_WORD_BEFORE_RE = re.compile(
    r"\b(?:in|on|of|since|until|till|by|from|next|last|this|early|late|mid|before|after|during)\s+$",
    re.IGNORECASE,
)
# A surname written with its particle in lower case and a hyphen: "al-Khatib", "el-Sayed", "bin-Zayed".
_PARTICLE_SURNAME_RE = re.compile(r"(?:al|el|ul|bin|ibn|abu|ben|bint)-[A-Z][\w'’]+")
# An Irish or French surname in lower case ("o'connor", "d'souza"), never "o'clock" or "d'you".
_APOSTROPHE_SURNAME_RE = re.compile(r"[od]['’](?!clock\b|you\b)[a-z]{3,}")


def _month_given_before(name: Token, month: Token, text: str) -> bool:
    """Whether a month that is also a given name goes with the surname after it: "can May Leung's slides
    be shared", where "in May Leung spoke" is the month (a word that takes a date comes before it)."""
    return (
        month.capitalised
        and month.given
        and (strong_name(name) or not name.known)
        and not _DATE_WORD_BEFORE_RE.search(text, max(0, month.start - 12), month.start)
    )


def _joins(name: Token, neighbour: Token, text: str, forward: bool) -> bool:
    """Whether a word next to a name belongs to it: a surname, a second name, a particle."""
    gap = text[name.end : neighbour.start] if forward else text[neighbour.end : name.start]
    if not gap.isspace() or "\n" in gap:
        return False
    if not forward and name.folded in PARTICLES and (neighbour.listed or not neighbour.known):
        return could_be_name(neighbour)  # "dafydd ap rhys": the name before a particle goes with it
    if neighbour.folded in PARTICLES and not (len(neighbour.text) > 1 and neighbour.text.isupper()):
        # "Ní Bhriain", "de Souza": a particle goes with the name beside it; the "o" of "c/o" is none.
        return text[neighbour.start - 1 : neighbour.start] != "/"
    if joins_east_asian(name, neighbour, forward):
        return True
    if forward and _PARTICLE_SURNAME_RE.fullmatch(neighbour.text):
        return True  # "Yusuf al-Khatib": a particle hyphened to a capitalised surname
    if forward and name.given and _APOSTROPHE_SURNAME_RE.fullmatch(neighbour.text):
        return True  # "niamh o'connor", "ryan d'souza": an Irish or French surname in lower case
    if forward and len(neighbour.text) == 1 and neighbour.folded not in "aix" and name.given:
        # "sarah b at the womens group": a surname's initial; "gaz n dafydd": "n" before a word is "and".
        return not (neighbour.text == "n" and _NEXT_WORD_RE.match(text, neighbour.end))
    if forward and neighbour.folded in PLACE_NOUNS and neighbour.capitalised and neighbour.listed:
        # "Sarah Ward was my nurse": a surname that is a place noun, where the words after it say a
        # person ("Sarah Ward staff" and "Byron House, Newark" are places).
        # Two given names joined ("Min-jun Park") say a person whatever follows.
        return double_given(name.text) or (
            name.listed and not name.english and bool(WHAT_OR_DID_RE.match(text, neighbour.end))
        )
    if forward and titled_surname(name, neighbour, text):
        return True  # "mrs Hyun-joo park is my carer": a surname that is also a word ("park")
    if forward and len(name.text) > 2 and name.text.isupper() and neighbour.text.isupper():
        return capitals_surname(neighbour)  # "JUAN QUAYLE": a name in capitals in a comment that is not
    if not could_be_name(neighbour) or (not forward and neighbour.folded in REQUESTS):
        return False  # "Ring Efua on ...": a request before a name, not a given name
    if neighbour.folded in MONTHS_AND_DAYS:
        return not forward and _month_given_before(name, neighbour, text)
    if _beside_strong_name(name, neighbour, text, forward):
        return True
    introduced = forward and introduced_by_name(text, name.start)
    if not neighbour.capitalised:
        # "tendai moyo": a lower-case name goes on with a word that is no English word; after "my
        # name is", with a listed surname too, though it is also a word ("aisha begum", "tom green").
        # Before a lower-case surname, the words back to a cue are given names ("my daughter mei ling
        # zhou"), whatever else they mean.
        if not forward:
            return _given_names_before(name, neighbour, text)
        return neighbour.text.islower() and lower_surname_after(name, neighbour, text, introduced)
    if forward:
        # A capitalised word after a name is its surname unless it is only a word or a place
        # ("Sarah Ward staff" keeps "Ward", a place noun: see could_be_name); after "my name is"
        # it is the surname whatever it is ("my name is Ngozi Bola").
        # A town's name after a given name is a surname ("Amber Hollingworth") unless a place noun or
        # service follows it ("Amber Leeds team").
        town = (
            name.given and neighbour.folded in name_lists().places and not _place_follows(text, neighbour.end)
        )
        # A word after a given name that ends a signature: "Kath Farrow, Registered Manager".
        signed = name.given and signed_surname(text, name.start, neighbour.end)
        return neighbour.listed or not neighbour.english or introduced or town or signed
    # Before a name, a listed name or a word that is no English word joins it ("Patience Boakye",
    # "Mark Ellison", "Thi Hoa Nguyen").
    return neighbour.listed or not (neighbour.english or derived(neighbour.folded, name_lists().english))


_NEXT_WORD_RE = re.compile(r"\s+([\w'’-]+)")
_PREVIOUS_WORD_RE = re.compile(r"([a-z]{2,})\s+$")


def _place_follows(text: str, end: int) -> bool:
    """Whether the word after a position is a place noun or a service ("Leeds team", "Bath ward")."""
    match = _NEXT_WORD_RE.match(text, end)
    return match is not None and match.group(1).lower() in PLACE_NOUNS | PLACE_PLURALS | SERVICES


def _given_names_before(name: Token, neighbour: Token, text: str) -> bool:
    """Whether a lower-case word before a lower-case name is a given name, back to a cue before it."""
    if not (name.text.islower() and neighbour.text.islower()) or not could_be_name(neighbour):
        return False
    if neighbour.folded in CUE_WORDS:
        return False  # "the nurse called chiamaka": the cue is no given name
    if VERB_AFTER_RE.match(" " + neighbour.text + " "):
        return False  # "my daughter loves priya": a verb between the cue and the name
    following = _NEXT_WORD_RE.match(text, name.end)
    tail = word_info(following.group(1)) if following else None
    surname = (name.listed and not name.english) or (tail is not None and tail.listed and not tail.english)
    previous = _PREVIOUS_WORD_RE.search(text, 0, neighbour.start)
    return surname and (
        lower_cued(text, neighbour.start)
        or (
            previous is not None
            and previous.group(1) not in FUNCTION_WORDS
            and lower_cued(text, previous.start())
        )
    )


def _unmark_listed_places(tokens: list[Token], names: list[bool], text: str) -> None:
    """Keep the words of a list of places before a place noun ("Chapel Allerton and Armley clinics")."""
    for i in range(len(tokens) - 1):
        gap = text[tokens[i].end : tokens[i + 1].start]
        if tokens[i + 1].folded not in PLACE_PLURALS or not gap.isspace():
            continue
        k: int | None = i
        while k is not None and tokens[k].capitalised:
            token = tokens[k]
            if names[k] and not (token.listed and not token.english):
                names[k] = False
            space = k > 0 and text[tokens[k - 1].end : token.start].isspace()
            k = k - 1 if space and tokens[k - 1].capitalised else list_step(tokens, k, text, forward=False)


def _place_phrases(tokens: list[Token]) -> list[tuple[int, int]]:
    """Places of two or three capitalised words ("South Africa", "North Shields"): no names in them."""
    places = name_lists().places
    found = []
    for i, token in enumerate(tokens):
        for n in (2, 3):
            words = tokens[i : i + n]
            if (
                len(words) == n
                and all(w.capitalised for w in words)
                and " ".join(w.folded for w in words) in places
            ):
                found.append((token.start, words[-1].end))
    return found


def _spread(tokens: list[Token], names: list[bool], text: str) -> None:
    """Mark the words that join a name (surname, particle) and names listed with one, till none is left."""
    changed = any(names)
    while changed:
        changed = False
        for i, is_name in enumerate(names):
            if not is_name:
                continue
            for j, forward in ((i + 1, True), (i - 1, False)):
                if 0 <= j < len(tokens) and not names[j] and _joins(tokens[i], tokens[j], text, forward):
                    names[j] = changed = True
            for forward in (True, False):
                # Every member of a list the name is in, not only its neighbours ("ngozi, bola and tom").
                mate = list_step(tokens, i, text, forward)
                while mate is not None:
                    if not names[mate] and list_mate(tokens, names, i, mate, text, forward):
                        names[mate] = changed = True
                    mate = list_step(tokens, mate, text, forward)


def name_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of every name in the text."""
    # A comment typed in capitals is read as if in title case, so "KAREN WAS RUDE" is looked up.
    shout = text.isupper() and len(text) >= 8 and len(text.title()) == len(text)
    source = text.title() if shout else text
    if not may_hold_name(source):
        return []
    tokens = [read_token(m) for m in TOKEN_RE.finditer(source)]
    titled = TITLE_ANYWHERE_RE.search(source) is not None
    skip = [(m.start(), m.end()) for m in LABEL_RE.finditer(source)]
    skip += [(m.start(), m.end()) for m in IDIOM_RE.finditer(source)]
    skip += _place_phrases(tokens)
    if "NHS" in source or "Trust" in source:
        skip += [(m.start(), m.end()) for m in BODY_RE.finditer(source)]
    # "delayed because Sharp from practice ed": a listed word where a person works, though no list says name.
    placed = [t.capitalised and t.listed and placed_mid_sentence(source, t.start, t.end) for t in tokens]
    names = [
        (titled or t.info.candidate or (t.capitalised and strongly_cued(source, t.start)) or placed[i])
        and not any(s <= t.start < e for s, e in skip)
        and _is_name_word(t, source, tokens[i + 1] if i + 1 < len(tokens) else None)
        for i, t in enumerate(tokens)
    ]
    _unmark_listed_places(tokens, names, source)
    mark_names_in_capitals(tokens, names, source)
    mark_name_runs(tokens, names, source)
    mark_sign_off(tokens, names, source)
    mark_initial_sign_off(tokens, names, source)
    mark_listed_before_group(tokens, names, source)
    _spread(tokens, names, source)
    mark_repeated_names(tokens, names, source)
    fill_between(tokens, names, source)
    join_nickname_prefix(tokens, names, source)
    # A particle joins a name after it ("Ní Bhriain"), never stands alone.
    for i, t in enumerate(tokens):
        if names[i] and t.folded in PARTICLES and not (i + 1 < len(tokens) and names[i + 1]):
            names[i] = False
    return [(t.start, t.end) for t, is_name in zip(tokens, names, strict=True) if is_name]
