"""Remove identifying details from free text (risk flags are in the risk package, re-exported here).

`redact` is the entry point: identifiers found by their shape (`identifiers.py`) and names found by
lists and context (`names.py`, with the words it looks up in `name_words.py`) become labels.
"""

from __future__ import annotations

import re

from .date_owner import NAMED_START_RE
from .identifiers import LABELS, Identifier, is_valid_nhs_number, pattern_identifiers
from .name_cues import RELATIONS_RE, ROLES_RE
from .name_words import TITLE_ALTERNATION, prepare_lists, word_info
from .names import name_spans

# Risk flags live in the risk package; re-exported so callers of redaction.risk_flag keep working.
from .risk import risk_flag

__all__ = [
    "LABELS",
    "REMOVED",
    "Identifier",
    "find_identifiers",
    "is_valid_nhs_number",
    "prepare_lists",
    "redact",
    "risk_flag",
]

#: What redaction removes, in words: the method sections of the report and the analysis pack quote it.
REMOVED = (
    "names (given names and surnames of any origin, in any case, with or without a title, and any name "
    "written in Chinese characters), dates of "
    "birth and other dates with a day that are tied to a person (the date of a shared event, such as a "
    "workshop, is kept), street addresses (house number and street, numbered flats and units, named "
    "buildings with their street), staff, payroll, ESR, employee and hospital numbers, NHS numbers "
    '(after the words "NHS number" whatever their check digit, elsewhere when the check digit is right), '
    "phone numbers, e-mail addresses and postcodes"
)


# Two to four Chinese characters in a comment written in English are a name ("my grandmother Chen
# (陳美玲)"): a survey in English has no other use for them.
_HAN_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff])")
# So is a word in Greek or Cyrillic letters after a post, a relation or a title ("the receptionist
# Γιάννης was rude"); elsewhere it may be a word of the writer's language ("Дякую").
_GREEK_CYRILLIC_NAME_RE = re.compile(
    rf"\b(?i:{ROLES_RE}|{RELATIONS_RE}"
    rf"|{TITLE_ALTERNATION})\.?\s+(?P<name>[\u0370-\u03ff\u0400-\u04ff]{{2,}})(?![\w])"
)
# A name in brackets after a post or a desk: "reception (Precious) said no such booking".
_BRACKETED_AFTER_POST_RE = re.compile(
    rf"\b(?i:{ROLES_RE}|reception|front desk|the desk)\s*\((?P<name>[A-Z][a-z][\w'’-]*)\)"
)


def _only_spaces(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one or more spaces or tabs."""
    gap = text[start:end]
    return bool(gap) and not gap.strip(" \t")


def _named_start(text: str, ident: Identifier, names: list[tuple[int, int]]) -> Identifier:
    """A date after "X starts" is X's when a name is among the words before "starts" ("Lisa-Marie
    starts on 2 March"); with no name there ("Leadership Module starts on 2 March") it is shared."""
    low = max(0, ident.start - 80)
    match = NAMED_START_RE.search(text, low, ident.start)
    while match is not None and match.end() != ident.start:
        match = NAMED_START_RE.search(text, match.start() + 1, ident.start)
    if match is not None:
        # The subject, or a name set off by commas before "starts" ("BK-30917, Gene Whitworth, starts").
        s, e = match.start("subject"), match.end("aside") if match.group("aside") else match.end("subject")
        if any(start < e and s < end for start, end in names):
            return ident._replace(kind="person_date")
    return ident._replace(kind="shared")


# Initials written before a name belong to it ("Mr W. Thompson", "ask for J Okafor"); a bare "A" or "I"
# is the article or the pronoun unless a full stop makes it an initial.
_INITIALS_BEFORE_RE = re.compile(r"(?:\b(?:[B-HJ-Z]\.?|[AI]\.)[ \t]+){1,2}$")
# After a title, initials in lower case belong to the name too ("mrs e. o'sullivan"); the title stays.
_TITLE_INITIALS_RE = re.compile(
    rf"\b(?i:{TITLE_ALTERNATION})\.?[ \t]+(?P<initials>(?:\b(?:[a-z]\.|[b-hj-z])[ \t]+){{1,2}})$"
)


# A title with one initial is a name however the rest is known ("dr R never answers the bleep", "mrs k on
# reception"); a lower-case "a" or "i" after it is the article or the pronoun ("the dr i saw").
_TITLE_INITIAL_RE = re.compile(
    rf"\b(?i:{TITLE_ALTERNATION})\.?[ \t]+(?P<initial>[A-HJ-Z]|[b-hj-z])(?=['’]s\b|[^\w'’-]|$)"
)


def _with_initials(text: str, start: int) -> int:
    """Where a name found at `start` begins once the initials written before it are counted in."""
    match = _INITIALS_BEFORE_RE.search(text, max(0, start - 8), start)
    if match:
        return match.start()
    titled = _TITLE_INITIALS_RE.search(text, max(0, start - 16), start)
    if titled:
        return titled.start("initials")
    # "Ma. Cristina Reyes": the Filipino short form of Maria, written first.
    return start - 4 if text[max(0, start - 4) : start] == "Ma. " else start


# A given name in brackets between a name and a surname: "Wei (Wendy) Zhang", an English name a
# person also goes by.
_BRACKETED_BETWEEN_RE = re.compile(
    r"\b(?P<given>[A-Z][a-z'’-]+)\s+\((?P<name>[A-Z][a-z'’-]+)\)\s+(?P<surname>[A-Z][a-z'’-]+)\b"
)

# Initials after a post or a relation: "my old mentor J.K. left in Oct".
_INITIALS_GATE_RE = re.compile(r"\b[A-Z]\.\s?[A-Z]\.")
_ROLE_INITIALS_RE = re.compile(
    rf"\b(?i:{ROLES_RE}|{RELATIONS_RE})\s+(?P<initials>[A-Z]\.(?:\s?[A-Z]\.){{1,2}})(?![\w])"
)


def _bracketed_names(text: str) -> list[Identifier]:
    """Names in brackets: after a post or a desk, or an English name between a given name and a surname."""
    return [
        Identifier(m.start("name"), m.end("name"), "name")
        for m in _BRACKETED_AFTER_POST_RE.finditer(text)
        # "reception (Precious)" names her; "the desk (Ground)" and "(Monday)" do not.
        if word_info(m.group("name")).given or not word_info(m.group("name")).english
    ] + [
        Identifier(m.start(), m.end(), "name")
        for m in _BRACKETED_BETWEEN_RE.finditer(text)
        if word_info(m.group("name")).given
        and (word_info(m.group("given")).given or not word_info(m.group("given")).english)
    ]


def find_identifiers(text: str) -> list[Identifier]:
    """Every identifier in the text, in order, none overlapping (the first found wins a clash)."""
    if not isinstance(text, str) or not text:
        return []
    found = list(pattern_identifiers(text))
    taken = [(i.start, i.end) for i in found if i.kind != "named_start"]
    # The words of an e-mail address are read as no words at all, so none of them joins the word before
    # it into a name ("use my email instead kerry.o@...": "instead" is no part of a name).
    read = text
    for ident in found:
        if ident.kind == "email":
            read = read[: ident.start] + " " * (ident.end - ident.start) + read[ident.end :]
    names = [
        (_with_initials(text, start), end)
        for start, end in name_spans(read)
        # A capitalised word inside an address or e-mail is no name of its own.
        if not any(s < end and start < e for s, e in taken)
    ]
    found = [_named_start(text, i, names) if i.kind == "named_start" else i for i in found]
    found = [i for i in found if i.kind in LABELS]
    found += [Identifier(start, end, "name") for start, end in names]
    found += [Identifier(m.start(), m.end(), "name") for m in _HAN_NAME_RE.finditer(text)]
    if not text.isascii():
        found += [
            Identifier(m.start("name"), m.end("name"), "name") for m in _GREEK_CYRILLIC_NAME_RE.finditer(text)
        ]
    if "(" in text:
        found += _bracketed_names(text)
    found += [
        Identifier(m.start("initial"), m.end("initial"), "name") for m in _TITLE_INITIAL_RE.finditer(text)
    ]
    if _INITIALS_GATE_RE.search(text):
        found += [
            Identifier(m.start("initials"), m.end("initials"), "name")
            for m in _ROLE_INITIALS_RE.finditer(text)
        ]
    result: list[Identifier] = []
    for ident in sorted(found, key=lambda i: (i.start, -i.end)):
        if (
            result
            and ident.kind == result[-1].kind == "name"
            and _only_spaces(text, result[-1].end, ident.start)
        ):
            # The words of one name become one label: "Chidinma Okafor" -> "[name]".
            result[-1] = result[-1]._replace(end=ident.end)
            continue
        if result and ident.start < result[-1].end:
            last = result[-1]
            if ident.end > last.end:
                result[-1] = last._replace(end=ident.end)
            continue
        result.append(ident)
    return result


def redact(text: str) -> str:
    """Text with every identifier (see LABELS) replaced by its label: "[name]", "[date of birth]"..."""
    if not isinstance(text, str) or not text:
        return "" if not isinstance(text, str) else text
    pieces: list[str] = []
    done = 0
    for ident in find_identifiers(text):
        pieces += [text[done : ident.start], LABELS[ident.kind]]
        done = ident.end
    return "".join([*pieces, text[done:]]) if pieces else text
