"""The risk categories, the flag a lead is given, and the cue: one way a disclosure is written."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

#: Category key -> plain label; the keys are those of analysis/evaluation_sets/risk.csv.
RISK_CATEGORIES: dict[str, str] = {
    "suicide_self_harm": "Suicide or self-harm",
    "abuse_coercion": "Abuse or coercive control",
    "bullying_staff": "Bullying, harassment or discrimination of staff",
    "unsafe_staffing": "Unsafe staffing",
    "medication_error": "Medication error",
    "unsafe_care": "Unsafe care or neglect",
}

_S = "suicide_self_harm"
_A = "abuse_coercion"
_B = "bullying_staff"
_ST = "unsafe_staffing"
_M = "medication_error"
_C = "unsafe_care"

# When two categories weigh alike, the one a lead would act on first.
_PRIORITY = (_S, _A, _C, _M, _ST, _B)
# The reason of every cue for too few staff: matching.py blames the harm beside it on the shortage.
_SHORTAGE = "describes a shortage of staff"


@dataclass(frozen=True)
class RiskFlag:
    """A comment a safeguarding lead must read: its category and a short plain reason."""

    category: str
    reason: str


@dataclass(frozen=True)
class _Cue:
    """One way a disclosure is written: its category, pattern and the reason a lead is given."""

    category: str
    pattern: re.Pattern[str]
    reason: str
    # Direct: the comment names the harm ("suicide", "wrong medication"); indirect: it describes it.
    direct: bool
    # A topic word that training or policy words beside it make a subject of study, not a disclosure.
    topic: bool
    # A plain negation just before it cancels it ("never felt bullied").
    negatable: bool
    # 3 decides the category over other cues, 2 flags alone, 1 needs a second sign of the same kind.
    weight: int
    # Distress that a later "but the group has helped" shows to be resolved.
    soft: bool
    # A further test of the match (a ratio of patients to staff).
    check: Callable[[re.Match[str]], bool] | None
    # Words that must also be in the same sentence (a wish beside a word of death), and words that
    # there rule the cue out (a fear of dying of an illness).
    needs: tuple[re.Pattern[str], ...]
    unless: re.Pattern[str] | None
    # Words one of which every match holds at a word start ("suicid" for "suicidal"), or two words in a
    # row ("self harm"): a comment holding none of them is not searched with the cue's pattern at all.
    # tests/analysis/test_risk.py proves from each pattern that its keys are complete.
    keys: frozenset[str]
    # Keys of the first of `needs`, checked the same way.
    also: frozenset[str]


def _cue(
    category: str,
    pattern: str,
    reason: str,
    *,
    direct: bool = False,
    topic: bool = False,
    negatable: bool = False,
    weight: int = 2,
    soft: bool = False,
    check: Callable[[re.Match[str]], bool] | None = None,
    needs: tuple[str, ...] = (),
    unless: str | None = None,
    keys: str,
    also: str = "",
) -> _Cue:
    """A cue with its patterns compiled; keys are space-separated, "+" joining two words in a row."""
    return _Cue(
        category,
        re.compile(pattern),
        reason,
        direct,
        topic,
        negatable,
        weight,
        soft,
        check,
        tuple(re.compile(n) for n in needs),
        re.compile(unless) if unless else None,
        frozenset(key.replace("+", " ") for key in keys.split()),
        frozenset(key.replace("+", " ") for key in also.split()),
    )
