"""Names listed together: the next member of a list of names, and whether a word beside a name is one.

"thanks to Ama, Bola and Wojciech", "me, Tunde and ola run the group": a word listed next to a name is a
name too when it could be one, where towns, tools, services and cue words in a list stay.
"""

from __future__ import annotations

import re

from .name_cues import CLAUSE_START_RE, CUES, SERVICES, cued, where_after
from .name_tokens import Token, could_be_name, hyphen_name
from .name_words import (
    MONTHS_AND_DAYS,
    PLACE_NOUNS,
    PLACE_PLURALS,
    SHORT_MONTHS_AND_DAYS,
    TITLES,
    name_lists,
    word_info,
)

__all__ = ["group_after_list", "list_mate", "list_step", "mark_listed_before_group"]


def list_step(tokens: list[Token], i: int, text: str, forward: bool) -> int | None:
    """The next member of a list ("Ama, Bola and Wojciech") from word i, or None if no list goes on."""
    step = 1 if forward else -1
    k = i + step
    if not 0 <= k < len(tokens):
        return None
    a, b = (tokens[i], tokens[k]) if forward else (tokens[k], tokens[i])
    gap = text[a.end : b.start]
    # "Ama and Bola", "ask for Bill, not Billy": names side by side, however joined.
    if tokens[k].folded in ("and", "or", "not"):
        j = k + step
        if not 0 <= j < len(tokens) or "\n" in gap or not re.fullmatch(r"\s*,?\s+", gap):
            return None
        a, b = (tokens[k], tokens[j]) if forward else (tokens[j], tokens[k])
        return j if re.fullmatch(r"\s+", text[a.end : b.start]) else None
    return k if re.fullmatch(r"[ \t]*[,&/][ \t]*", gap) else None


def _list_start(tokens: list[Token], names: list[bool], i: int, text: str) -> int:
    """The first word of the list of names that word i is in, with the title of its first name."""
    k = i
    while True:
        while (
            k > 0
            and (names[k - 1] or tokens[k - 1].text.rstrip(".") in TITLES)
            and text[tokens[k - 1].end : tokens[k].start].isspace()
        ):
            k -= 1
        j = list_step(tokens, k, text, forward=False)
        if j is None or not names[j]:
            return k
        k = j


_ME_BEFORE_LIST_RE = re.compile(r"(?:^|\W)me\s*,\s*$", re.IGNORECASE)
# Words after the last name of a list, where the sentence goes on about the people named.
_LIST_ENDS = frozenset({"for", "on", "at", "in", "from", "who", "with", "and", "x", "xx"})


def list_mate(tokens: list[Token], names: list[bool], i: int, j: int, text: str, forward: bool) -> bool:
    """Whether word j, listed next to the name at word i, is one too ("thanks to Ama, Bola and Wojciech")."""
    mate = tokens[j]
    first = tokens[_list_start(tokens, names, i, text)].start if mate.text.islower() else -1
    # "me, Ama, Bola and kasia set up a whatsapp": the writer's companions, listed after "me", in any case.
    with_me = first >= 0 and bool(_ME_BEFORE_LIST_RE.search(text, max(0, first - 8), first))
    lower = mate.text.islower() and (tokens[i].text.islower() or with_me)
    if not (mate.capitalised or lower) or not could_be_name(mate) or mate.folded in SERVICES:
        return False
    if mate.folded in CUES:
        return False  # "Thanks, Precious", "Regards, Pat": the cue before a name is no name of a list
    if mate.folded in MONTHS_AND_DAYS or mate.folded in SHORT_MONTHS_AND_DAYS:
        return False
    lists = name_lists()
    if (mate.folded in lists.places and not mate.given) or mate.folded in lists.project_words:
        return False  # "Leeds, Bradford and Hunslet", "Moodle and Aptem": towns and tools in a list stay
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if following is not None and following.folded in PLACE_NOUNS | PLACE_PLURALS:
        return False  # "Ravi and Rowan ward"
    beyond = list_step(tokens, j, text, forward)
    if beyond is not None and names[beyond]:
        return True  # between two names ("Ama, Bola and Wojciech")
    if lower:
        # "thanks to ngozi and tom for...": a lower-case word ends a list of names when no other
        # word of the sentence follows it ("thanks to priya and will definitely come back").
        ends = following is None or not text[mate.end : following.start].isspace()
        ends = ends or (following is not None and following.folded in _LIST_ENDS)
        shaped = (mate.listed and (not mate.english or ends)) or not mate.known
        # "ffion and rhodri from my cohort", "jade and amber from cohort 3": a given name or a word in no
        # list, first in its sentence, listed with a name.
        opens = (
            (mate.given or not mate.known)
            and not forward
            and CLAUSE_START_RE.search(text[max(0, mate.start - 40) : mate.start])
        )
        return len(mate.text) >= 3 and ((shaped and (cued(text, first) or with_me)) or bool(opens))
    if mate.given or not mate.english or hyphen_name(mate):
        return True
    # "Frost and Young from HR": two people and the team they come from, a word or not, first or not.
    last = tokens[max(i, j)]
    if text.startswith(" from ", last.end) and where_after(text, last.end):
        return True
    # A word that is also an English word ("Bola") is a name in a list of names after thanks or a role.
    return cued(text, tokens[_list_start(tokens, names, i, text)].start)


# After the last of a list: the group the people listed belong to ("from my cohort", "on our ward").
_GROUP_AFTER_RE = re.compile(
    r"\s+(?:from|in|on|off)\s+(?:my|our|the)\s+(?:cohort|course|team|ward|group|class|intake|shift|unit|uni)\b",
    re.IGNORECASE,
)


def group_after_list(text: str) -> bool:
    """Whether two or more words listed together are followed by the group they belong to."""
    return any(
        _LISTED_RE.search(text, max(0, m.start() - 60), m.start() + 1) for m in _GROUP_AFTER_RE.finditer(text)
    )


# The end of a list of two or more words, right before the group.
_LISTED_RE = re.compile(r"[^\W\d_]+(?:\s*,\s*|\s+(?:and|&)\s+)[^\W\d_]+\s$")


def mark_listed_before_group(tokens: list[Token], names: list[bool], text: str) -> None:
    """Mark given names listed together first in their clause and then the group they belong to, in any
    case, though each is also a word ("jade, holly and FAITH from my cohort set up a whatsapp")."""
    for i, token in enumerate(tokens):
        if not _GROUP_AFTER_RE.match(text, token.end):
            continue
        members, k = [i], list_step(tokens, i, text, forward=False)
        while k is not None:
            members.append(k)
            k = list_step(tokens, k, text, forward=False)
        first = tokens[members[-1]]
        if (
            len(members) >= 2
            and all(word_info(tokens[m].text).given for m in members)
            and CLAUSE_START_RE.search(text[max(0, first.start - 40) : first.start])
        ):
            for m in members:
                names[m] = True
