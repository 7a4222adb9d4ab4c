"""Names in free text, of any origin and in any case, found by the shipped lists and the words around them."""

from __future__ import annotations

import re
from typing import NamedTuple

from .name_context import BODY_RE, fill_between, person_placed, picked_out, placed_before, role_first
from .name_words import (
    ARTICLE_BEFORE_RE,
    CLAUSE_START_RE,
    CUE_GATE,
    CUE_WORDS,
    FUNCTION_WORDS,
    IDIOM_RE,
    LABEL_RE,
    MONTHS_AND_DAYS,
    PARTICLES,
    PLACE_NOUNS,
    PLACE_PLURALS,
    RELATIONS_RE,
    ROLE_WORDS,
    ROLES_RE,
    SAINT_RE,
    SERVICES,
    SHORT_MONTHS_AND_DAYS,
    STRONG_CUE_ENDS,
    TITLES,
    TOKEN_RE,
    VERB_AFTER_RE,
    VERBS_AFTER_TITLE,
    VOWELS,
    WHAT_OR_DID_RE,
    WHERE_RE,
    after_title,
    cued,
    derived,
    introduced_by_name,
    lower_cued,
    lower_name_sets,
    name_cued,
    name_lists,
    person_after,
    strongly_cued,
    talk_cued,
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


class _Token(NamedTuple):
    """A word of the comment and what the lists say of it."""

    start: int
    end: int
    text: str
    folded: str
    capitalised: bool
    listed: bool  # a given name or surname of the lists
    given: bool
    english: bool  # an English word, a place, a month or a day
    known: bool  # in some list: names, words or places
    stray: bool  # no English word nor made from one, though some list knows it (name_words.WordInfo)


def _token(match: re.Match[str]) -> _Token:
    """A word with its look-ups; a possessive "'s" is left outside it."""
    start, end, text = match.start(), match.end(), match.group(0)
    if text[-2:] in ("'s", "’s") and len(text) > 3:
        end -= 2
        text = text[:-2]
    w = word_info(text)
    return _Token(start, end, text, w.folded, w.capitalised, w.listed, w.given, w.english, w.known, w.stray)


def _could_be_name(token: _Token) -> bool:
    """Whether a word is shaped like a name: not a role or place noun, an acronym or a stray letter."""
    folded = token.folded
    return (
        len(token.text) >= 2
        and folded not in FUNCTION_WORDS
        and folded not in PLACE_NOUNS
        and folded not in ROLE_WORDS
        and token.text.rstrip(".") not in TITLES
        and not (len(token.text) > 1 and token.text[:2].isalpha() and token.text[:2].isupper())
    )


def _hyphen_name(token: _Token) -> bool:
    """Whether a word is a double name, each part capitalised ("Mei-Ling", "Jean-Paul")."""
    parts = token.text.split("-")
    return len(parts) > 1 and all(p[:1].isupper() and p[1:2].islower() for p in parts)


def _joined_shape(text: str) -> bool:
    """Whether a capitalised word joined by an apostrophe or hyphen is a surname by its shape
    ("O'Connor-Boyle", "D'Arcy-Hale", "Lloyd-Bolton"): every part capitalised, one part a listed name,
    not all parts dictionary words ("Well-Led") and no town ("Stoke-On-Trent")."""
    parts = [p for p in re.split(r"['’-]", text) if p]
    if len(parts) < 2 or not all(p[:1].isupper() and p[1:2].islower() for p in parts[1:]):
        return False
    if not parts[0][:1].isupper() or (len(parts[0]) > 1 and not parts[0][1:2].islower()):
        return False
    lists = name_lists()
    folded = [word_info(p).folded for p in parts]
    if word_info(text).folded in lists.places or all(p in lists.words or p in PARTICLES for p in folded):
        return False
    return any(p in lists.given or p in lists.surnames for p in folded)


def _joined_name(token: _Token) -> bool:
    """Whether a word is a surname joined by an apostrophe or hyphen (see _joined_shape)."""
    return (
        token.capitalised
        and ("-" in token.text or "'" in token.text or "’" in token.text)
        and (_joined_shape(token.text))
    )


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
    r"\s+(?:(?:was|is)\s+(?:so\s+|really\s+|very\s+|absolutely\s+|always\s+)?(?:lovely|brilliant|great|"
    r"amazing|fab|fabulous|fantastic|kind|rude|helpful|unhelpful|excellent|wonderful|supportive|caring|"
    rf"dismissive|a\s+star|a\s+legend|a\s+gem|(?:my|our|the)\s+(?:[\w-]+\s+)?(?:{ROLES_RE}|{RELATIONS_RE}))"
    r"|said|told|explained|listened|helped|rang|phoned|sorted|spoke|talked|answered|visited)\b"
)
_LOWER_CLAUSE_START_RE = re.compile(r"(?:^|[.!?\n(;,]\s*)$")


def _lower_person_by_grammar(text: str, start: int, end: int) -> bool:
    """Whether a lower-case word-name starts its clause as the one who was or did something."""
    return (
        text[start:end] not in MONTHS_AND_DAYS
        and bool(_LOWER_CLAUSE_START_RE.search(text[max(0, start - 4) : start]))
        and bool(_LOWER_DEED_RE.match(text, end))
    )


def _person_after_surname(text: str, start: int, end: int) -> bool:
    """Whether a listed surname follows the word and the words after both say a person ("Penny Lees in
    payroll", "rukhsana begum in the pharmacy was a star")."""
    capitalised = text[start : start + 1].isupper()
    after = _surname_end(text, end, capitalised)
    if after is None:
        return False
    if capitalised:
        return person_after(text, start, after)
    return bool(WHERE_RE.match(text, after) or WHAT_OR_DID_RE.match(text, after))


def _strong_name(token: _Token) -> bool:
    """A listed name that is no English word ("Zhang", "Okafor"): its neighbour joins it in either order."""
    return token.listed and not token.english


def _is_name_word(token: _Token, text: str, following: _Token | None) -> bool:
    """Whether the word is a name from what it is and the words around it (before joining)."""
    before = text[max(0, token.start - 40) : token.start]
    if after_title(text, token.start):
        if token.text.islower() and token.folded in VERBS_AFTER_TITLE:
            return False  # "what the dr said": a doctor, no title
        return token.folded not in FUNCTION_WORDS and (token.listed or not token.english)
    if not _could_be_name(token) or SAINT_RE.search(before):
        return False
    if (
        following is not None
        and following.folded in PLACE_NOUNS
        and text[token.end : following.start].isspace()
        # "Sarah Ward" is a person, "Rowan Ward" and "Sarah ward" are wards, "Albion Road" a street.
        and not (token.listed and not token.english and following.capitalised and following.listed)
    ):
        return False
    if _joined_name(token):
        return True  # "Sister O'Connor-Boyle", "Lloyd-Bolton": a double or Irish surname taken whole
    if "-" in token.text and token.english and not _hyphen_name(token):
        return False  # "Ring-fence", "Follow-up": a compound of words
    if token.capitalised:
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
        if ARTICLE_BEFORE_RE.search(before):
            return False
        if not token.given and token.english and not _hyphen_name(token):
            # Any capitalised word right after a role or relation is a name ("Auntie Bola"); a town
            # after thanks is thanked as a place ("thanks to Leeds").
            if token.folded in name_lists().places and not token.listed and name_cued(text, token.start):
                return False
            return token.folded not in MONTHS_AND_DAYS and strongly_cued(text, token.start)
        if token.folded in MONTHS_AND_DAYS:
            # "May, my mentor" is a month; "my mentor May" and "May on the front desk found it" (first in
            # its sentence, where a person stands) a person.
            cue = cued(text, token.start) and not picked_out(text, token.start)
            return cue or (token.given and _post_after(text, token))
        return (
            cued(text, token.start)
            or picked_out(text, token.start)
            or person_after(text, token.start, token.end)
            or _post_after(text, token)
            or _person_after_surname(text, token.start, token.end)
        )
    if not token.text.islower() or len(token.text) < 3 or ARTICLE_BEFORE_RE.search(before):
        return False
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
            or _person_after_surname(text, token.start, token.end)
        )
    if token.given:
        if lower_cued(text, token.start) and VERB_AFTER_RE.match(text, token.end):
            return True  # "my daughter grace has asthma", "the receptionist rose was rude"
        return (
            name_cued(text, token.start)
            or talk_cued(text, token.start)
            or person_placed(text, token.start, token.end)
            or _lower_person_by_grammar(text, token.start, token.end)
            or _person_after_surname(text, token.start, token.end)
        )
    return False


def _joins(name: _Token, neighbour: _Token, text: str, forward: bool) -> bool:
    """Whether a word next to a name belongs to it: a surname, a second name, a particle."""
    gap = text[name.end : neighbour.start] if forward else text[neighbour.end : name.start]
    if not gap.isspace() or "\n" in gap:
        return False
    if not forward and name.folded in PARTICLES and (neighbour.listed or not neighbour.known):
        return _could_be_name(neighbour)  # "dafydd ap rhys": the name before a particle goes with it
    if neighbour.folded in PARTICLES and not (len(neighbour.text) > 1 and neighbour.text.isupper()):
        # "Ní Bhriain", "de Souza": a particle goes with the name after it; after a name, with the next.
        return True
    if forward and neighbour.folded in PLACE_NOUNS and neighbour.capitalised and neighbour.listed:
        # "Sarah Ward was my nurse": a surname that is a place noun, where the words after it say a
        # person ("Sarah Ward staff" and "Byron House, Newark" are places).
        return name.listed and not name.english and bool(WHAT_OR_DID_RE.match(text, neighbour.end))
    if not _could_be_name(neighbour):
        return False
    if neighbour.folded in MONTHS_AND_DAYS:
        return False
    lists = name_lists()
    if (
        _strong_name(name)
        and neighbour.text.replace("-", "").isalpha()  # no "I'm" or "she's"
        and neighbour.folded not in lists.words
        and not derived(neighbour.folded, lists.words)  # "Mentoring Aleksandra"
        and neighbour.folded not in lists.places
        and neighbour.folded not in CUE_WORDS
        and (
            neighbour.capitalised
            or (neighbour.text.islower() and name.text.islower() and len(neighbour.text) >= 3)
        )
    ):
        return True  # "Zhang Mei", "Mei Zhang", "zhang mei": a listed surname and a word no dictionary holds
    if (
        not forward
        and _strong_name(name)
        and neighbour.capitalised
        and neighbour.text.isalpha()
        and neighbour.folded not in lists.places
        and neighbour.folded not in CUE_WORDS
        and not CLAUSE_START_RE.search(text[max(0, neighbour.start - 40) : neighbour.start])
        and not ARTICLE_BEFORE_RE.search(text[max(0, neighbour.start - 40) : neighbour.start])
    ):
        return True  # "Mei Ling Zhang": a capitalised word right before a listed surname, mid-sentence
    introduced = forward and introduced_by_name(text, name.start)
    if not neighbour.capitalised:
        # "tendai moyo": a lower-case name goes on with a word that is no English word; after "my
        # name is", with a listed surname too, though it is also a word ("aisha begum", "tom green").
        # Before a lower-case surname, the words back to a cue are given names ("my daughter mei ling
        # zhou"), whatever else they mean.
        if not forward:
            return _given_names_before(name, neighbour, text)
        return neighbour.text.islower() and (
            (not name.capitalised and not neighbour.english)
            or (introduced and neighbour.listed)
            # "rukhsana begum in the pharmacy": a listed surname, then where or what the person is.
            or (
                not name.capitalised
                and neighbour.listed
                and bool(WHERE_RE.match(text, neighbour.end) or WHAT_OR_DID_RE.match(text, neighbour.end))
            )
        )
    if forward:
        # A capitalised word after a name is its surname unless it is only a word or a place
        # ("Sarah Ward staff" keeps "Ward", a place noun: see _could_be_name); after "my name is"
        # it is the surname whatever it is ("my name is Ngozi Bola").
        # A town's name after a given name is a surname ("Amber Hollingworth") unless a place noun or
        # service follows it ("Amber Leeds team").
        town = (
            name.given and neighbour.folded in name_lists().places and not _place_follows(text, neighbour.end)
        )
        return neighbour.listed or not neighbour.english or introduced or town
    # Before a name, a listed name or a word that is no English word joins it ("Patience Boakye",
    # "Mark Ellison", "Thi Hoa Nguyen").
    words = name_lists().english
    return neighbour.listed or not (neighbour.english or derived(neighbour.folded, words))


# A post only a person holds, after a month or day that starts its sentence ("May on the front desk";
# "May on the ward was chaos" is the month).
_POST_AFTER_RE = re.compile(
    r"\s+(?:on|at|from|behind)\s+(?:the\s+)?(?:front\s+)?(?:desk|reception|switchboard|door|phones?|line|"
    r"helpline|stall|uni|university|college)\b",
    re.IGNORECASE,
)


def _post_after(text: str, token: _Token) -> bool:
    """Whether a word first in its sentence has a post only a person holds after it."""
    before = text[max(0, token.start - 40) : token.start]
    return bool(_POST_AFTER_RE.match(text, token.end) and CLAUSE_START_RE.search(before))


_NEXT_WORD_RE = re.compile(r"\s+([\w'’-]+)")
_PREVIOUS_WORD_RE = re.compile(r"([a-z]{2,})\s+$")


def _place_follows(text: str, end: int) -> bool:
    """Whether the word after a position is a place noun or a service ("Leeds team", "Bath ward")."""
    match = _NEXT_WORD_RE.match(text, end)
    return match is not None and match.group(1).lower() in PLACE_NOUNS | PLACE_PLURALS | SERVICES


def _given_names_before(name: _Token, neighbour: _Token, text: str) -> bool:
    """Whether a lower-case word before a lower-case name is a given name, back to a cue before it."""
    if not (name.text.islower() and neighbour.text.islower()) or not _could_be_name(neighbour):
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


_TITLE_ANYWHERE_RE = re.compile(r"\b(?:dr|mrs?|ms|mx|prof|professor)\b", re.IGNORECASE)


# The quick look reads ASCII words; a comment with other letters ("Siobhán") is read in full.
_CAPITALISED_RE = re.compile(r"\b[A-Z][A-Za-z]*(?:['’-][A-Z][A-Za-z]+)*")


_LOWER_RE = re.compile(r"\b[a-z]{3,}\b(?!['’])")


_OTHER_LETTER_RE = re.compile(r"[^\x00-\x7f‘’“”–—£€…•]")


def _in_context(word: str, text: str, english: bool) -> bool:
    """Whether a word stands somewhere in the text where a name could: after a cue, before a role."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if not (text[start - 1 : start].isalpha() or text[end : end + 1].isalpha()):
            if WHERE_RE.match(text, end):
                return True
            if word[0].isupper():
                if cued(text, start) or picked_out(text, start) or person_after(text, start, end):
                    return True
                if _person_after_surname(text, start, end):
                    return True
                if _POST_AFTER_RE.match(text, end) and CLAUSE_START_RE.search(
                    text[max(0, start - 40) : start]
                ):
                    return True
            elif (
                name_cued(text, start)
                or (lower_cued(text, start) and (not english or VERB_AFTER_RE.match(text, end)))
                or role_first(text, start, end)
                or talk_cued(text, start)
                or _lower_person_by_grammar(text, start, end)
                or _person_after_surname(text, start, end)
            ):
                return True
        start = text.find(word, end)
    return False


def _maybe_title(text: str) -> bool:
    """Whether a title could be in the text, by plain substring tests that cost next to nothing."""
    return "dr" in text or "mr" in text or "ms" in text or "mx" in text or "prof" in text


# "o'connor", "d'souza": an Irish or French surname, in any case, is read in full.
_O_APOSTROPHE_RE = re.compile(r"\b[odOD]['’][A-Za-z]{3,}")


def _may_hold_name(text: str) -> bool:
    """False when no word of the text can be a name: one scan and set look-ups for most comments."""
    if _OTHER_LETTER_RE.search(text) or _O_APOSTROPHE_RE.search(text):
        return True
    capitalised = _CAPITALISED_RE.findall(text)
    if not TITLES.isdisjoint(capitalised) or (_maybe_title(text) and _TITLE_ANYWHERE_RE.search(text)):
        return True
    in_doubt = []
    plain = []
    for w in capitalised:
        info = word_info(w)
        if ("'" in w or "-" in w) and _joined_shape(w):
            return True  # "O'Connor-Boyle", "Lloyd-Bolton"
        if info.candidate:
            if (info.listed and not info.english) or not info.known:
                return True  # a listed name that is no word, or a word in no list
            in_doubt.append(w)  # "Hope", "Will", "Bisi": a name only in context
        else:
            plain.append(w)
    lows = set(_LOWER_RE.findall(text))
    if plain and not STRONG_CUE_ENDS.isdisjoint(lows | {w.lower() for w in capitalised}):
        # A capitalised word right after a role or relation ("Auntie Bola") is a name.
        for w in plain:
            start = text.find(w)
            while start >= 0:
                if strongly_cued(text, start):
                    return True
                start = text.find(w, start + len(w))
    always, in_context = lower_name_sets()
    if not lows.isdisjoint(always):
        return True
    known = name_lists().known
    unknown = [w for w in lows - known if not derived(w, known)]
    # Words known only as proper nouns ("carys") count only after a cue, so only with a cue's word.
    cue_word = not CUE_GATE.isdisjoint(lows) or "'s" in text or "’s" in text  # "name's carys"
    stray = [w for w in lows - name_lists().english if word_info(w).stray] if cue_word else []
    return (
        any(_in_context(w, text, english=True) for w in in_doubt)
        or any(_in_context(w, text, english=False) for w in unknown)
        or any(lower_cued(text, m.start()) for w in stray for m in re.finditer(rf"\b{w}\b", text))
        or any(_in_context(w, text, english=w in name_lists().english) for w in lows & in_context)
    )


def _list_step(tokens: list[_Token], i: int, text: str, forward: bool) -> int | None:
    """The next member of a list ("Ama, Bola and Wojciech") from word i, or None if no list goes on."""
    step = 1 if forward else -1
    k = i + step
    if not 0 <= k < len(tokens):
        return None
    a, b = (tokens[i], tokens[k]) if forward else (tokens[k], tokens[i])
    gap = text[a.end : b.start]
    if tokens[k].folded in ("and", "or"):
        j = k + step
        if not 0 <= j < len(tokens) or "\n" in gap or not re.fullmatch(r"\s*,?\s+", gap):
            return None
        a, b = (tokens[k], tokens[j]) if forward else (tokens[j], tokens[k])
        return j if re.fullmatch(r"\s+", text[a.end : b.start]) else None
    return k if re.fullmatch(r"[ \t]*[,&/][ \t]*", gap) else None


def _list_start(tokens: list[_Token], names: list[bool], i: int, text: str) -> int:
    """The first word of the list of names that word i is in, with the title of its first name."""
    k = i
    while True:
        while (
            k > 0
            and (names[k - 1] or tokens[k - 1].text.rstrip(".") in TITLES)
            and text[tokens[k - 1].end : tokens[k].start].isspace()
        ):
            k -= 1
        j = _list_step(tokens, k, text, forward=False)
        if j is None or not names[j]:
            return k
        k = j


# Words after the last name of a list, where the sentence goes on about the people named.
_LIST_ENDS = frozenset({"for", "on", "at", "in", "from", "who", "with", "and", "x", "xx"})


def _list_mate(tokens: list[_Token], names: list[bool], i: int, j: int, text: str, forward: bool) -> bool:
    """Whether word j, listed next to the name at word i, is one too ("thanks to Ama, Bola and Wojciech")."""
    mate = tokens[j]
    lower = mate.text.islower() and tokens[i].text.islower()
    if not (mate.capitalised or lower) or not _could_be_name(mate) or mate.folded in SERVICES:
        return False
    if mate.folded in MONTHS_AND_DAYS or mate.folded in SHORT_MONTHS_AND_DAYS:
        return False
    lists = name_lists()
    if (mate.folded in lists.places and not mate.given) or mate.folded in lists.project_words:
        return False  # "Leeds, Bradford and Hunslet", "Moodle and Aptem": towns and tools in a list stay
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if following is not None and following.folded in PLACE_NOUNS | PLACE_PLURALS:
        return False  # "Ravi and Rowan ward"
    beyond = _list_step(tokens, j, text, forward)
    if beyond is not None and names[beyond]:
        return True  # between two names ("Ama, Bola and Wojciech")
    if lower:
        # "thanks to ngozi and tom for...": a lower-case word ends a list of names when no other
        # word of the sentence follows it ("thanks to priya and will definitely come back").
        ends = following is None or not text[mate.end : following.start].isspace()
        ends = ends or (following is not None and following.folded in _LIST_ENDS)
        shaped = (mate.listed and (not mate.english or ends)) or not mate.known
        first = tokens[_list_start(tokens, names, i, text)].start
        # "ffion and rhodri from my cohort", "jade and amber from cohort 3": a given name or a word in no
        # list, first in its sentence, listed with a name.
        opens = (
            (mate.given or not mate.known)
            and not forward
            and CLAUSE_START_RE.search(text[max(0, mate.start - 40) : mate.start])
        )
        return len(mate.text) >= 3 and ((shaped and cued(text, first)) or bool(opens))
    if mate.given or not mate.english or _hyphen_name(mate):
        return True
    # A word that is also an English word ("Bola") is a name in a list of names after thanks or a role.
    return cued(text, tokens[_list_start(tokens, names, i, text)].start)


def _unmark_listed_places(tokens: list[_Token], names: list[bool], text: str) -> None:
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
            k = k - 1 if space and tokens[k - 1].capitalised else _list_step(tokens, k, text, forward=False)


def _place_phrases(tokens: list[_Token]) -> list[tuple[int, int]]:
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


def _spread(tokens: list[_Token], names: list[bool], text: str) -> None:
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
                mate = _list_step(tokens, i, text, forward)
                while mate is not None:
                    if not names[mate] and _list_mate(tokens, names, i, mate, text, forward):
                        names[mate] = changed = True
                    mate = _list_step(tokens, mate, text, forward)


def name_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of every name in the text."""
    # A comment typed in capitals is read as if in title case, so "KAREN WAS RUDE" is looked up.
    shout = text.isupper() and len(text) >= 8 and len(text.title()) == len(text)
    source = text.title() if shout else text
    if not _may_hold_name(source):
        return []
    tokens = [_token(m) for m in TOKEN_RE.finditer(source)]
    titled = _TITLE_ANYWHERE_RE.search(source) is not None
    skip = [(m.start(), m.end()) for m in LABEL_RE.finditer(source)]
    skip += [(m.start(), m.end()) for m in IDIOM_RE.finditer(source)]
    skip += _place_phrases(tokens)
    if "NHS" in source or "Trust" in source:
        skip += [(m.start(), m.end()) for m in BODY_RE.finditer(source)]
    names = [
        (titled or word_info(t.text).candidate or (t.capitalised and strongly_cued(source, t.start)))
        and not any(s <= t.start < e for s, e in skip)
        and _is_name_word(t, source, tokens[i + 1] if i + 1 < len(tokens) else None)
        for i, t in enumerate(tokens)
    ]
    _unmark_listed_places(tokens, names, source)
    _spread(tokens, names, source)
    fill_between(tokens, names, source)
    # A particle joins a name after it ("Ní Bhriain"), never stands alone.
    for i, t in enumerate(tokens):
        if names[i] and t.folded in PARTICLES and not (i + 1 < len(tokens) and names[i + 1]):
            names[i] = False
    return [(t.start, t.end) for t, is_name in zip(tokens, names, strict=True) if is_name]
