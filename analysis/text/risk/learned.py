"""The learned reading of risk: a linear model over a comment's words, for disclosures no cue names.

The cues catch what they name in almost any phrasing and nothing else; comments written as people
write them keep finding new wording (a third of the indirect disclosures in a file nobody tuning the
cues had seen). A logistic regression over word and word-pair TF-IDF, trained with scikit-learn on
the team's labelled risk files (`python -m analysis train-risk`), reads the comments the cues leave
unflagged. Its weights ship as JSON and are applied here in plain Python, so coding needs no
scikit-learn and costs about twenty microseconds a comment; `tests/analysis/test_risk_learned.py` proves the
probabilities equal scikit-learn's.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from .cue import RISK_CATEGORIES, RiskFlag

__all__ = [
    "MIN_WORDS",
    "MODEL_PATH",
    "LearnedRisk",
    "learned_flag",
    "load_model",
    "long_enough",
    "read_risk",
    "words_and_pairs",
]

#: The trained weights (written by `python -m analysis train-risk`).
MODEL_PATH: Path = Path(__file__).with_name("learned_model.json")

# scikit-learn's default token: two or more word characters, after lower-casing.
_TOKEN_RE = re.compile(r"(?u)\b\w\w+\b")
#: Comments shorter than this are left to the cues: with a word or two ("Just perfect", "Walking
#: group") the model's intercept and one word decide, and it flagged such praise on real comments.
MIN_WORDS = 5


def words_and_pairs(text: str) -> list[str]:
    """A comment's terms as the vectoriser counts them: its words, then each pair of adjacent words."""
    words = _TOKEN_RE.findall(text.lower())
    return words + [f"{a} {b}" for a, b in pairwise(words)]


@dataclass(frozen=True)
class LearnedRisk:
    """The learned reading of one comment: the chance it must be flagged and its likeliest category."""

    probability: float
    category: str


@dataclass(frozen=True)
class _Model:
    """The shipped weights: vocabulary, IDF, the flag model and the category model."""

    terms: tuple[str, ...]
    index: dict[str, int]
    idf: tuple[float, ...]
    flag_coef: tuple[float, ...]
    flag_intercept: float
    categories: tuple[str, ...]
    category_coef: tuple[tuple[float, ...], ...]
    category_intercept: tuple[float, ...]
    threshold: float


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> _Model:
    """The weights in the shipped JSON, read once per process."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return _Model(
        terms=tuple(data["terms"]),
        index={term: i for i, term in enumerate(data["terms"])},
        idf=tuple(data["idf"]),
        flag_coef=tuple(data["flag"]["coef"]),
        flag_intercept=float(data["flag"]["intercept"]),
        categories=tuple(data["category"]["classes"]),
        category_coef=tuple(tuple(row) for row in data["category"]["coef"]),
        category_intercept=tuple(data["category"]["intercept"]),
        threshold=float(data["threshold"]),
    )


def _weights(text: str, model: _Model) -> dict[int, float]:
    """The comment's TF-IDF vector (sublinear counts, L2-normalised), as the vectoriser builds it."""
    counts = Counter(i for i in map(model.index.get, words_and_pairs(text)) if i is not None)
    raw = {i: (1.0 + math.log(n)) * model.idf[i] for i, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in raw.values()))
    return {i: v / norm for i, v in raw.items()} if norm else {}


def _probability(vector: dict[int, float], model: _Model) -> float:
    """The flag model's probability for a TF-IDF vector."""
    score = model.flag_intercept + sum(model.flag_coef[i] * v for i, v in vector.items())
    return 1.0 / (1.0 + math.exp(-score))


def _reading(vector: dict[int, float], probability: float, model: _Model) -> LearnedRisk:
    """The reading with the category model's likeliest category."""
    scores = [
        intercept + sum(coef[i] * v for i, v in vector.items())
        for coef, intercept in zip(model.category_coef, model.category_intercept, strict=True)
    ]
    return LearnedRisk(probability, model.categories[max(range(len(scores)), key=scores.__getitem__)])


def read_risk(text: str, model: _Model | None = None) -> LearnedRisk:
    """The learned reading of a comment: probability of a flag, category and the terms behind it."""
    model = model or load_model()
    vector = _weights(text, model)
    return _reading(vector, _probability(vector, model), model)


def long_enough(text: str) -> bool:
    """Whether a comment has the words the learned reading needs before it may flag (MIN_WORDS)."""
    return len(_TOKEN_RE.findall(text)) >= MIN_WORDS


def learned_flag(text: str) -> RiskFlag | None:
    """A flag from the learned reading when its probability reaches the shipped threshold, else None."""
    if not isinstance(text, str) or not long_enough(text):
        return None
    model = load_model()
    vector = _weights(text, model)
    probability = _probability(vector, model)
    # Most comments end here, before the category model is paid for.
    if probability < model.threshold:
        return None
    reading = _reading(vector, probability, model)
    # A linear model's heaviest words are mostly pronouns and function words, which tell a lead
    # nothing; the reason says what the reading is and how sure it is.
    label = RISK_CATEGORIES[reading.category].lower()
    return RiskFlag(
        reading.category,
        f"reads like the team's labelled comments on {label}, {probability:.0%} sure "
        "(learned reading, indirect)",
    )
