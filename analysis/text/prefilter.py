"""Literal prefilters for regular expressions: skip a search when no literal it requires is there.

Python's ``re`` scans fast only for a pattern that opens with a literal. The stance patterns are long
alternations whose branches open with ``\\b`` or a look-behind, so each search tries every branch at
every position (30 microseconds a clause for the longest). Every match of a pattern contains at least
one of a set of literals read from the pattern's own parse tree (as RE2's prefilters do): a text
holding none of them cannot match, and one Aho-Corasick pass for them costs far less than the search.
The set is derived, never written by hand, so it follows every edit of a pattern. The codebooks gate
their patterns on the same sets.
"""

from __future__ import annotations

import re
import re._constants as sre  # the standard library's own parser and its opcodes (Python 3.11+)
import re._parser as sre_parse
from typing import Any

__all__ = ["Prefiltered", "required_literal_sets", "required_literals"]

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required_literals(source: str, flags: int = 0, min_length: int = 1) -> frozenset[str] | None:
    """Literals (in lower case) one of which every match of the pattern holds; None when none is known.

    For patterns searched in lower-cased text: a capital in a pattern marks a case-blind one, so its
    literals are lowered. Literals shorter than ``min_length`` are not used.
    """
    sets = required_literal_sets(source, flags, min_length)
    return sets[0] if sets else None


def required_literal_sets(source: str, flags: int = 0, min_length: int = 1) -> tuple[frozenset[str], ...]:
    """Every set of literals of which each match holds one (all of them), the most selective first."""
    try:
        parsed = sre_parse.parse(source, flags)
    except re.error:  # a pattern the parser cannot take is simply never prefiltered
        return ()
    sets = _all_required(list(parsed), min_length)
    # The set whose shortest literal is longest rules out most texts; then the smallest.
    return tuple(sorted(set(sets), key=lambda lits: (-min(map(len, lits)), len(lits), sorted(lits))))


def _best(items: list[Any], min_length: int) -> frozenset[str] | None:
    """The most selective required set of a sequence, if it has one."""
    sets = _all_required(items, min_length)
    return max(sets, key=lambda lits: (min(map(len, lits)), -len(lits))) if sets else None


def _all_required(items: list[Any], min_length: int) -> list[frozenset[str]]:
    """The required sets of a sequence: its literal runs and what each of its parts requires."""
    found: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if len(run) >= min_length:
            found.append(frozenset({"".join(run)}))
        run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av).lower())
            continue
        close()
        found.extend(_item_required(op, av, min_length))
    close()
    return [lits for lits in found if min(map(len, lits)) >= min_length]


def _item_required(op: Any, av: Any, min_length: int) -> list[frozenset[str]]:
    """Required sets of one parsed item (a group, an alternation or a repeat of at least one)."""
    if op is sre.SUBPATTERN:
        return _all_required(list(av[-1]), min_length)
    if op is sre.ATOMIC_GROUP:
        return _all_required(list(av), min_length)
    if op in _REPEATS and av[0] >= 1:
        return _all_required(list(av[2]), min_length)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            best = _best(list(branch), min_length)
            if best is None:
                return []  # one branch can match without any literal
            union |= best
        return [frozenset(union)]
    return []  # character sets, anchors, look-arounds and optional parts require nothing


def _automaton(literals: frozenset[str]) -> Any:
    """An Aho-Corasick automaton finding any of ``literals`` in one pass over a text."""
    import ahocorasick

    # A literal holding a shorter one adds nothing: the shorter is found wherever the longer is.
    kept = [lit for lit in literals if not any(other != lit and other in lit for other in literals)]
    automaton = ahocorasick.Automaton()
    for lit in kept:
        automaton.add_word(lit, lit)
    automaton.make_automaton()
    return automaton


class Prefiltered:
    """A compiled pattern searched in lower-cased text only when the text holds a required literal."""

    __slots__ = ("_gate", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        """Wrap ``pattern`` with the prefilter read from it (none when it has no required literal)."""
        self.pattern = pattern
        literals = required_literals(pattern.pattern, pattern.flags)
        self._gate = _automaton(literals) if literals else None

    def search(self, text: str) -> re.Match[str] | None:
        """As ``re.Pattern.search``: None at once when no required literal is in ``text``."""
        if self._gate is not None and next(self._gate.iter(text), None) is None:
            return None
        return self.pattern.search(text)
