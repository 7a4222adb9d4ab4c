"""Names known by the company they keep, widened from the postscript file's leaks and lost words.

A lower-case given name after "our" with where the person is or what they did ("our kev on Larch is
the best HCA"); two lower-case given names joined by "n" first in their clause, then what they did
("gaz n dafydd did my induction"); a name set off by commas after a staff or NHS number ("Employee no
E-123, Tash, has had"); a word-name praised for how it is with patients ("Precious is a natural with
the patients"); a given name before a town or surname that no dictionary holds, then a verb ("shame
Mark Haworth had to dash"). And a word-name right after "we", "I" or "they", which is the verb ("we
drew in the art group").
"""

from __future__ import annotations

import re

from .name_after import lower_person_by_grammar
from .name_cues import (
    ON_NAMED_WARD_RE,
    OUR_BEFORE_RE,
    PAIR_VERB_RE,
    THE_POST_AFTER_RE,
    VERB_AFTER_RE,
    WHAT_OR_DID_RE,
    WHERE_RE,
)
from .name_tokens import Token
from .name_words import FUNCTION_WORDS, MONTHS_AND_DAYS, PLACE_NOUNS, WordInfo, name_lists, word_info

__all__ = [
    "after_subject",
    "given_before_town_surname",
    "lower_person_by_company",
    "mark_repeated_names",
    "named_after_number",
    "praised_with_people",
]


def _lower_given(info: WordInfo) -> bool:
    """A lower-case given name no dictionary holds ("kev", "gaz"): a name wherever a person stands."""
    return info.given and not info.english and info.folded not in FUNCTION_WORDS


def _unlisted(info: WordInfo) -> bool:
    """A word in no list at all ("dafydd"), which a person's context makes a name."""
    return not info.known and info.folded not in FUNCTION_WORDS


def _our_own(text: str, start: int, end: int, info: WordInfo) -> bool:
    """Whether a lower-case name after "our" is one by where the person is or what they are or did."""
    if not OUR_BEFORE_RE.search(text, max(0, start - 6), start):
        return False
    # "our kev on Larch is the best HCA", "our gaz from estates", "our bev the HCA".
    placed = bool(
        WHERE_RE.match(text, end)
        or ON_NAMED_WARD_RE.match(text, end)
        or WHAT_OR_DID_RE.match(text, end)
        or THE_POST_AFTER_RE.match(text, end)
    )
    # A bare verb says a person only after a listed given name: "our kev was" is a person, where "our
    # icb has" (an abbreviation no list holds) is a body.
    return placed or (_lower_given(info) and bool(VERB_AFTER_RE.match(text, end)))


# Two lower-case words joined by "n", "and" or "&" first in their clause, then what both did ("gaz n
# dafydd did my induction", "bev and ola were on nights").
_PAIR_RE = re.compile(
    r"(?:^|[.!?\n;(]\s*)(?P<first>[a-z][a-z'’-]{2,})\s+(?:n|an|and|&)\s+(?P<second>[a-z][a-z'’-]{2,})"
    r"(?=" + PAIR_VERB_RE.pattern + "|" + VERB_AFTER_RE.pattern + ")"
)


def _paired(text: str, start: int) -> bool:
    """Whether the word at `start` is one of two lower-case names first in their clause before a verb:
    both a given name or a word in no list, one of them a listed given name ("gaz n dafydd did")."""
    for match in _PAIR_RE.finditer(text, max(0, start - 40), start + 80):
        if start not in (match.start("first"), match.start("second")):
            continue
        infos = [word_info(match.group("first")), word_info(match.group("second"))]
        if all(_lower_given(i) or _unlisted(i) for i in infos) and any(_lower_given(i) for i in infos):
            return True
    return False


def lower_person_by_company(text: str, start: int, end: int) -> bool:
    """Whether a lower-case given name or word in no list is a person by the words around it: after
    "our" with where or what the person is ("our kev on Larch"), or paired with another name before
    what both did ("gaz n dafydd did my induction")."""
    info = word_info(text[start:end])
    if not text[start:end].islower() or len(text[start:end]) < 3:
        return False
    if not (_lower_given(info) or _unlisted(info)):
        return False
    if _our_own(text, start, end, info) or _paired(text, start):
        return True
    # "kev was great", "gaz said he'd sign me off": a listed nickname first in its clause, then a deed
    # (a word in no list is as often a typo: "nurs was lovely").
    return _lower_given(info) and lower_person_by_grammar(text, start, end)


def _repeatable(token: Token) -> bool:
    """A word that is a name wherever it stands once it is one somewhere: a listed given name no
    dictionary holds ("gaz"), a word in no list in lower case ("dafydd"), or a capitalised proper noun
    no name list or dictionary holds ("the 3rd one, Nikos, sat with me ... would rate Nikos 10/10")."""
    info = token.info
    lower_unlisted = _unlisted(info) and token.text.islower()
    return _lower_given(info) or lower_unlisted or (info.stray and info.capitalised)


_REFLEXIVES = frozenset({"herself", "himself", "themselves", "themself"})
# First in its sentence, a repeated surname is the person only with a deed after it ("Bell is strict"),
# where "Young people's service" is the word.
_SENTENCE_OPEN_RE = re.compile(r"(?:^|[.!?]\s*)$")
_DEED_AFTER_RE = re.compile(
    r"\s+(?:is|was|has|had|said|says|did|does|will|would|can|could|told|tells|gave|gives|made|makes|took|"
    r"always|never|just|really|came|went|rang|sorted|helped|helps|listened|explained)\b"
)


def mark_repeated_names(tokens: list[Token], names: list[bool], text: str) -> None:
    """Mark every other use of a name the comment has already named ("gaz n dafydd did my induction
    ... gaz said"); a word-name that is also an English word ("Precious little time") is left alone."""
    named = {t.folded for t, is_name in zip(tokens, names, strict=True) if is_name and _repeatable(t)}
    # A surname that is also a word, once the last word of a full name, is the person wherever it is
    # capitalised again ("Hannah Bell rings a bell ... Bell is strict but fair"), unless a place noun
    # follows ("Bell ward").
    surnames = {
        t.folded
        for i, t in enumerate(tokens)
        if i and names[i] and names[i - 1] and t.capitalised and t.listed
    }
    # A given name that is also a place or a word ("Paris"), once a person here, is that person again
    # with "herself" after it ("found out from Paris herself"); "Chelsea lost 3-0" is the club.
    given = {
        t.folded for t, is_name in zip(tokens, names, strict=True) if is_name and t.capitalised and t.given
    }
    for i, token in enumerate(tokens):
        if names[i]:
            continue
        if (token.folded in named and _repeatable(token)) or (
            token.folded in given
            and token.capitalised
            and i + 1 < len(tokens)
            and tokens[i + 1].folded in _REFLEXIVES
        ):
            names[i] = True
        elif token.folded in surnames and token.capitalised:
            after = tokens[i + 1].folded if i + 1 < len(tokens) else ""
            opens = _SENTENCE_OPEN_RE.search(text, max(0, token.start - 3), token.start) is not None
            names[i] = after not in PLACE_NOUNS and (not opens or bool(_DEED_AFTER_RE.match(text, token.end)))


# Right before a word: a staff, payroll or NHS number after its cue word, and a comma ("Employee no
# E-30981, "); the words after, set off by commas, are whose number it is.
_NUMBER_BEFORE_RE = re.compile(
    r"\b(?i:(?:esr|payroll|pay|staff|employee|emp|personnel|badge|hospital|patient|assignment|nhs|learner"
    r"|student|apprentice|trainee)(?:\s+(?:no\b\.?|number\b|num\b|id\b|ref\b))?)"
    r"\s*[:#=-]?\s*(?:[A-Za-z]{1,4}\s?[-/]?\s?)?\d(?:[ -]?\d){2,}[\w/-]*\s*,[ \t]*$"
)
_ASIDE_END_RE = re.compile(r"(?:[ \t]+[A-Z][\w'’-]+)?[ \t]*,")


def named_after_number(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands set off by commas right after a staff or NHS number
    ("Employee no E-30981, Tash, has had three mentors")."""
    return bool(_NUMBER_BEFORE_RE.search(text, max(0, start - 60), start) and _ASIDE_END_RE.match(text, end))


# After a word-name: how the person is with the people they care for, which only a person is ("Precious
# is a natural with the patients", "Joy's brilliant with the residents").
_WITH_PEOPLE_RE = re.compile(
    r"(?:['’]s|\s+is|\s+was)\s+(?:such\s+|so\s+|really\s+|very\s+|absolutely\s+|just\s+)?"
    r"(?:a\s+natural|natural|great|brilliant|amazing|fab|fantastic|lovely|wonderful|good|excellent|gentle"
    r"|patient|kind|a\s+star|a\s+gem)\s+with\s+(?:the\s+|our\s+|her\s+|his\s+|their\s+|all\s+the\s+)?"
    # Not "kids" or "children": "Summer is great with the kids" may be the season.
    r"(?:[\w-]+\s+)?(?:patients|residents|service\s+users|clients|families|relatives|young\s+people"
    r"|learners|students|apprentices|babies|mums|elderly)\b",
    re.IGNORECASE,
)


def praised_with_people(text: str, end: int) -> bool:
    """Whether the words after a word-name praise how a person is with patients or residents."""
    return bool(_WITH_PEOPLE_RE.match(text, end))


_NEXT_CAPITALISED_RE = re.compile(r"[ \t]+([A-Z][a-z'’-]+)")


def given_before_town_surname(text: str, start: int, end: int) -> bool:
    """Whether a capitalised given name has after it a surname or town that no dictionary holds, then a
    verb ("shame Mark Haworth had to dash"; "Rose Hill was" and "Holly Bank has" are places)."""
    if not word_info(text[start:end]).given:
        return False
    match = _NEXT_CAPITALISED_RE.match(text, end)
    if match is None:
        return False
    info = word_info(match.group(1))
    lists = name_lists()
    if not (info.listed or info.folded in lists.places) or info.folded in lists.words:
        return False
    if info.folded in PLACE_NOUNS or info.folded in MONTHS_AND_DAYS or info.folded in FUNCTION_WORDS:
        return False
    return bool(VERB_AFTER_RE.match(text, match.end()) or WHAT_OR_DID_RE.match(text, match.end()))


# Right before a lower-case word: a pronoun that is the subject, so the word is its verb ("we drew in
# the art group", "they rose early"); "you" is left out, since "thank you grace" thanks a person.
_SUBJECT_BEFORE_RE = re.compile(r"(?:^|[^\w'’])(?:i|we|they|he|she)[ \t]+$", re.IGNORECASE)


def after_subject(before: str) -> bool:
    """Whether a subject pronoun stands right before a word ("we ", "she ")."""
    return bool(_SUBJECT_BEFORE_RE.search(before))
