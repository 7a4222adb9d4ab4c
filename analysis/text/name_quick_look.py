"""The quick look that finds no name in most comments before their words are read one by one."""

from __future__ import annotations

import re

from .name_after import (
    AGED_AFTER_RE,
    lower_given_by_verb,
    lower_person_by_grammar,
    person_after_surname,
    person_at_clause_start,
)
from .name_company import lower_person_by_company
from .name_context import picked_out, placed_mid_sentence, role_first, set_apart
from .name_cues import (
    CUE_GATE,
    STRONG_CUE_ENDS,
    THE_POST_AFTER_RE,
    WHERE_RE,
    cued,
    hedged_aside,
    lower_cued,
    name_cued,
    person_after,
    short_name_cued,
    strongly_cued,
    talk_cued,
)
from .name_list_mates import group_after_list
from .name_months import aged, post_after
from .name_tokens import double_given, joined_shape
from .name_usage import initial_sign_off_span, person_by_usage, sign_off_span
from .name_words import (
    MONTHS_AND_DAYS,
    SHORT_GIVEN,
    TITLE_ALTERNATION,
    TITLES,
    derived,
    lower_name_sets,
    name_lists,
    word_info,
)

__all__ = ["TITLE_ANYWHERE_RE", "may_hold_name"]

TITLE_ANYWHERE_RE = re.compile(rf"\b(?:{TITLE_ALTERNATION})\b", re.IGNORECASE)


# The quick look reads ASCII words; a comment with other letters ("Siobhán") is read in full.
_CAPITALISED_RE = re.compile(r"\b[A-Z][A-Za-z]*(?:['’-][A-Z][A-Za-z]+)*")


# Two words in capitals side by side: perhaps a full name typed in capitals ("KELECHI NWOSU").
_CAPITALS_PAIR_RE = re.compile(r"\b[A-Z]{3,} [A-Z]{3,}\b")
_GIVEN_PAIR_RE = re.compile(r"\b[A-Za-z][a-z]+-[a-z]+\b")
# Three capitalised words in a row: "Wei Ling Tan" may be a name though each of its words is also a word.
_CAPITALISED_RUN_RE = re.compile(r"\b[A-Z][a-z'’-]+ [A-Z][a-z'’-]+ [A-Z][a-z'’-]+\b")


# A word cut off by an apostrophe is a contraction ("don't"), save a possessive ("rukhsana's mum").
_LOWER_RE = re.compile(r"\b[a-z]{3,}\b(?!['’](?!s\b))")
# Only the two-letter given names are looked for, so the common two-letter words cost one scan.
_SHORT_GIVEN_RE = re.compile(r"\b(?:" + "|".join(sorted(SHORT_GIVEN)) + r")\b(?!['’])")


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
                if person_after_surname(text, start, end):
                    return True
                if word_info(word).given and person_at_clause_start(text, start, end):
                    return True
                if person_by_usage(text, start, end):
                    return True  # "Summer's portfolio", "Will has come on", "big Mo"
                # The same readings the word-by-word pass makes of a word-name with a post or an age.
                if post_after(text, start, end) or aged(text, start, end) or set_apart(text, start, end):
                    return True
            elif (
                name_cued(text, start)
                or (lower_cued(text, start) and not english)
                or (not english and THE_POST_AFTER_RE.match(text, end) is not None)
                or lower_given_by_verb(text, start, end)
                or role_first(text, start, end)
                or hedged_aside(text, start, end)
                or talk_cued(text, start)
                or lower_person_by_grammar(text, start, end)
                or person_after_surname(text, start, end)
                or lower_person_by_company(text, start, end)
            ):
                return True
        start = text.find(word, end)
    return False


def _maybe_title(text: str) -> bool:
    """Whether a title could be in the text, by plain substring tests that cost next to nothing."""
    return any(part in text for part in ("dr", "mr", "ms", "mx", "prof", "llr", "revd"))


# "o'connor", "d'souza": an Irish or French surname, in any case, is read in full.
_O_APOSTROPHE_RE = re.compile(r"\b[odOD]['’][A-Za-z]{3,}")


def _month_as_person(text: str, word: str) -> bool:
    """Whether a month or day that is also a given name stands as a person: after a relation and before a
    verb ("my sister may is 14") or before an age ("june is 79"). lower_name_sets leaves them out, so they
    are looked at here, as the word-by-word reading does."""
    return any(
        lower_given_by_verb(text, m.start(), m.end())
        or AGED_AFTER_RE.match(text, m.end())
        or post_after(text, m.start(), m.end())
        for m in re.finditer(rf"\b{word}\b", text)
    )


def _named_by_shape_or_place(text: str, plain: list[str]) -> bool:
    """Whether three listed names stand in a row ("Wei Ling Tan", mark_name_runs decides), or a listed
    word no list gives as a first name stands mid-sentence before the team a person comes from ("because
    Sharp from practice ed was off")."""
    for run in _CAPITALISED_RUN_RE.finditer(text):
        infos = [word_info(w) for w in run.group(0).split()]
        if infos[0].given and all(info.listed for info in infos):
            return True
    # Most comments have no " from " at all: only those are searched word by word.
    return " from " in text and any(
        word_info(w).listed and placed_mid_sentence(text, m.start(), m.end())
        for w in plain
        for m in re.finditer(rf"\b{re.escape(w)}\b", text)
    )


def may_hold_name(text: str) -> bool:
    """False when no word of the text can be a name: one scan and set look-ups for most comments."""
    if _OTHER_LETTER_RE.search(text) or _O_APOSTROPHE_RE.search(text):
        return True
    if sign_off_span(text) is not None or initial_sign_off_span(text) is not None:
        return True  # "... know more. li wen (i'm the carer)", "... H. Brierley": a name signed at the end
    if group_after_list(text):
        return True  # "jade, holly and FAITH from my cohort": read in full, the name pass decides
    if _CAPITALS_PAIR_RE.search(text) and not text.isupper():
        return True  # read in full: the name pass decides whether the words are a name
    if "-" in text and any(double_given(w) for w in _GIVEN_PAIR_RE.findall(text)):
        return True  # "Min-jun", "Seo-yeon": a given name, or a word in no list, joined to a syllable
    capitalised = _CAPITALISED_RE.findall(text)
    if not TITLES.isdisjoint(capitalised) or (_maybe_title(text) and TITLE_ANYWHERE_RE.search(text)):
        return True
    in_doubt = []
    plain = []
    for w in capitalised:
        info = word_info(w)
        if ("'" in w or "-" in w) and joined_shape(w):
            return True  # "O'Connor-Boyle", "Lloyd-Bolton"
        if info.candidate:
            if (info.listed and not info.english) or not info.known:
                return True  # a listed name that is no word, or a word in no list
            in_doubt.append(w)  # "Hope", "Will", "Bisi": a name only in context
        else:
            plain.append(w)
    for match in _SHORT_GIVEN_RE.finditer(text):
        if short_name_cued(text, match.start(), match.end()):
            return True  # "ask for jo", "my mentor mo was great"
    if _named_by_shape_or_place(text, plain):
        return True
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
    if any(_month_as_person(text, w) for w in lows & MONTHS_AND_DAYS & name_lists().given):
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
