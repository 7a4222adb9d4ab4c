"""The learned reading of themes: a linear model per theme over a comment's words and letter runs.

The workforce and event codebooks' rules find what they name and little else: on files of comments
written apart from them they found about three in four of the labelled themes of an event comment.
A logistic regression per theme, over word, word-pair and in-word character TF-IDF (typos and
text-speak share letter runs with the words they stand for) and the question's prompt, trained with
scikit-learn on the team's labelled theme files (`python -m analysis train-themes`), reads each
comment of a codebook that has one. Where it is near sure of a theme the rules missed, the theme is
added; where it is near sure a rule's theme is absent, that theme is dropped. Its weights ship as JSON
and are applied with numpy, so coding needs no scikit-learn; `tests/analysis/test_learned_themes.py`
proves the probabilities equal scikit-learn's.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from .risk.learned import words_and_pairs

__all__ = [
    "MODELS_FOLDER",
    "ThemeModel",
    "document",
    "letter_runs",
    "load_theme_model",
    "model_path",
    "read_theme_model",
]

#: The trained weights, one file per codebook name (written by `python -m analysis train-themes`).
MODELS_FOLDER: Path = Path(__file__).with_name("learned_themes")
# The character runs the model reads, as scikit-learn's "char_wb" analyser cuts them.
_RUN_SIZES = (3, 4, 5)


def document(text: str, prompt: str | None) -> str:
    """What the model reads: the comment, then a word for the kind of question it answers."""
    # The same words answer "what went well" and "what could be better" with opposite stances and,
    # often, themes ("nothing" under one is usefulness, under the other no theme at all).
    return f"{text} qq{(prompt or 'none').replace('_', '')}"


def _word_runs(word: str) -> list[str]:
    """The runs of 3 to 5 characters inside one space-padded word, as scikit-learn's char_wb cuts them."""
    padded = f" {word} "
    length = len(padded)
    runs: list[str] = []
    for size in _RUN_SIZES:
        if length <= size:
            runs.append(padded)  # a short word counts once, whole
            break
        runs.extend([padded[i : i + size] for i in range(length - size + 1)])
    return runs


def letter_runs(doc: str) -> list[str]:
    """Every word's letter runs (_word_runs), word by word, after lower-casing."""
    return [run for word in doc.lower().split() for run in _word_runs(word)]


def _vector(positions: list[int], idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The positions and weights of a TF-IDF vector (sublinear counts, L2-normalised)."""
    if not positions:
        return np.zeros(0, dtype=np.intp), np.zeros(0)
    found, counts = np.unique(np.array(positions, dtype=np.intp), return_counts=True)
    weights = (1.0 + np.log(counts)) * idf[found]
    return found, weights / math.sqrt(float(weights @ weights))


# Words seen whose letter runs are remembered, per model; cleared when it grows past this (a bound on
# memory, however many distinct words a million comments hold).
_RUNS_REMEMBERED = 200_000


@dataclass(frozen=True)
class ThemeModel:
    """One codebook's shipped weights and the two thresholds that decide what the reading changes."""

    codebook: str
    themes: tuple[str, ...]
    word_index: dict[str, int]
    word_idf: np.ndarray
    run_index: dict[str, int]
    run_idf: np.ndarray
    #: One row per term (words first, then letter runs), one column per theme.
    coef: np.ndarray
    intercept: np.ndarray
    #: A rule's theme is kept when the model gives it at least this chance.
    keep: float
    #: A theme no rule found is added when the model gives it at least this chance.
    add: float

    #: Each word's letter runs as positions in the run vocabulary (feedback repeats its words).
    runs_of_word: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def _run_positions(self, word: str) -> tuple[int, ...]:
        """A word's letter runs that the model knows, as positions (remembered per word)."""
        positions = self.runs_of_word.get(word)
        if positions is None:
            if len(self.runs_of_word) >= _RUNS_REMEMBERED:
                self.runs_of_word.clear()
            index = self.run_index
            positions = tuple(i for i in map(index.get, _word_runs(word)) if i is not None)
            self.runs_of_word[word] = positions
        return positions

    def probabilities(self, text: str, prompt: str | None) -> dict[str, float]:
        """Each theme's chance of being labelled in the comment, as the model reads it."""
        doc = document(text, prompt)
        index = self.word_index
        words, word_weights = _vector(
            [i for i in map(index.get, words_and_pairs(doc)) if i is not None], self.word_idf
        )
        runs, run_weights = _vector(
            [i for word in doc.lower().split() for i in self._run_positions(word)], self.run_idf
        )
        scores = self.intercept + word_weights @ self.coef[words] + run_weights @ self.coef[runs + len(index)]
        chances = 1.0 / (1.0 + np.exp(-scores))
        return dict(zip(self.themes, chances.tolist(), strict=True))


def model_path(codebook: str) -> Path:
    """Where the weights for a codebook of this name are kept."""
    return MODELS_FOLDER / f"{codebook}.json"


def read_theme_model(path: Path) -> ThemeModel:
    """A model from its JSON file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    words, runs = data["words"], data["runs"]
    return ThemeModel(
        codebook=data["codebook"],
        themes=tuple(data["themes"]),
        word_index={term: i for i, term in enumerate(words["terms"])},
        word_idf=np.array(words["idf"], dtype=float),
        run_index={term: i for i, term in enumerate(runs["terms"])},
        run_idf=np.array(runs["idf"], dtype=float),
        coef=np.array(data["coef"], dtype=float),
        intercept=np.array(data["intercept"], dtype=float),
        keep=float(data["keep"]),
        add=float(data["add"]),
    )


@lru_cache(maxsize=8)
def load_theme_model(codebook: str, folder: Path = MODELS_FOLDER) -> ThemeModel | None:
    """The shipped model for a codebook name, read once per process; None when it has none."""
    if "/" in codebook or "\\" in codebook or codebook.startswith("."):
        return None
    path = folder / f"{codebook}.json"
    return read_theme_model(path) if path.is_file() else None
