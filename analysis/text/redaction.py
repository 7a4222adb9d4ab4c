"""Remove identifying details from free text, and flag comments that disclose risk.

`redact` is the entry point: identifiers found by their shape (`identifiers.py`) and names found by
lists and context (`names.py`, with the words it looks up in `name_words.py`) become labels.
"""

from __future__ import annotations

import re

from .identifiers import LABELS, Identifier, is_valid_nhs_number, pattern_identifiers
from .name_words import prepare_lists
from .names import name_spans

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
    "names (given names and surnames of any origin, in any case, with or without a title), dates of "
    "birth and other dates with a day that are tied to a person (the date of a shared event, such as a "
    "workshop, is kept), street addresses (house number and street, flats and units, named buildings "
    "with their street), staff, payroll, ESR, employee and hospital numbers, NHS numbers (after the "
    'words "NHS number" whatever their check digit, elsewhere when the check digit is right), phone '
    "numbers, e-mail addresses and postcodes"
)


# Disclosures a person must read: self-harm, suicide, abuse, feeling unsafe, harm to others. The risk
# patterns are matched on lower-cased text: a case-blind search of so many alternatives is three
# times slower.
_RISK_RE = re.compile(
    r"\bsuicid\w*|\bkill(?:ing|ed)? (?:my ?self|myself)\b|\bend (?:my life|it all|things)\b"
    r"|\btake my (?:own )?life\b|\b(?:want|wanted|wanting) to die\b|\bbetter off dead\b"
    r"|\b(?:don't|do not|didn't|did not) want to (?:live|be here|be alive|wake up)\b"
    r"|\bself[- ]?harm\w*|\b(?:harm|hurt|cut|cutting|harming|hurting|burn|burning)(?:ing)? my ?self\b"
    r"|\boverdos\w*|\bnot safe\b|\bunsafe\b|\bin danger\b|\bscared for my (?:life|safety)\b"
    r"|\bfear(?:ed|ful)? for my (?:life|safety)\b|\babus(?:e|ed|ive|ing)\b|\bassault\w*|\braped?\b"
    r"|\bsexual(?:ly)? (?:harass|touch|assault)\w*|\bhit me\b|\bbeat(?:s|en)? me\b|\bhurt me\b"
    r"|\bthreaten\w*|\b(?:kill|hurt|harm|attack|stab) (?:someone|somebody|people|others|him|her|them|"
    r"my (?:wife|husband|partner|mum|dad|mother|father|child|children|kids|son|daughter))\b"
    r"|\bharm to (?:others|myself|self)\b",
)
# "I never felt unsafe" reassures rather than discloses; only the feeling-unsafe group is negatable,
# because a negated disclosure of self-harm or abuse still needs a person to read it.
_SAFE_NEGATION_RE = re.compile(
    r"\b(?:never|not once|at no (?:point|time))\b[^.!?]{0,25}\b(?:unsafe|in danger|not safe)\b"
    r"|\b(?:didn't|did not|don't|do not|never) (?:feel|felt) (?:unsafe|in danger)\b",
)
_UNSAFE_ONLY_RE = re.compile(r"\bnot safe\b|\bunsafe\b|\bin danger\b")


def _only_spaces(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one or more spaces or tabs."""
    gap = text[start:end]
    return bool(gap) and not gap.strip(" \t")


def find_identifiers(text: str) -> list[Identifier]:
    """Every identifier in the text, in order, none overlapping (the first found wins a clash)."""
    if not isinstance(text, str) or not text:
        return []
    found = list(pattern_identifiers(text))
    taken = [(i.start, i.end) for i in found]
    for start, end in name_spans(text):
        # A capitalised word inside an address or e-mail is no name of its own.
        if not any(s < end and start < e for s, e in taken):
            found.append(Identifier(start, end, "name"))
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


def risk_flag(text: str) -> bool:
    """Whether a comment may disclose self-harm, suicide, abuse, feeling unsafe or harm to others."""
    if not isinstance(text, str) or not text:
        return False
    lowered = text.lower()
    hits = [m.group(0) for m in _RISK_RE.finditer(lowered)]
    if not hits:
        return False
    only_unsafe = all(_UNSAFE_ONLY_RE.fullmatch(h) for h in hits)
    return not (only_unsafe and _SAFE_NEGATION_RE.search(lowered))
