"""Train the learned reading of themes (analysis/text/learned_themes.py) on the team's labelled theme files.

Needs scikit-learn, a development dependency: coding reads the shipped weights without it. Each of the
workforce and stakeholder-event codebooks gets a model trained on every comment of its set that the
rules were tuned on: both halves of the set's own file and each file written apart, except those kept
never tuned on (`THEME_FILES_NEVER_TRAINED_ON`), which stay the estimate for new comments, and the
comments written to teach themes told by a situation (`NAME_situations.csv`) and the probes. All of it
is invented by the team; no real comment is read, so no word of one is in the shipped weights.
`folds` measures the reading on a file it was not trained on: each file written apart is left out in
turn, the model trained on the rest, and the rules alone, the model alone and the two together are
scored on it. The rules were tuned on every file but the last written, so only there is the rules'
own figure an estimate; the gain the model brings is read on all of them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.evaluation_halves import THEME_FILES, THEME_FILES_NEVER_TRAINED_ON
from analysis.set_evaluation import SETS_FOLDER, question_prompts, read_set
from analysis.text.coding import load_shipped, read_with_model
from analysis.text.learned_themes import ThemeModel, document, model_path, read_theme_model

__all__ = [
    "ADD_GRID",
    "KEEP_GRID",
    "PROBES",
    "QUESTIONNAIRES",
    "SITUATIONS",
    "SWEEP_FILES",
    "THRESHOLDS",
    "TRAINING_FILES",
    "WRITTEN_APART",
    "FoldResult",
    "choose_thresholds",
    "fit_model",
    "probe_rows",
    "run_folds",
    "situation_rows",
    "sweep_thresholds",
    "training_digest",
    "training_rows",
    "write_model",
]

#: The questionnaire whose questions each set's comments answer (for the prompt each was given).
QUESTIONNAIRES = {"workforce": "apprentice-survey", "stakeholder_event": "stakeholder-event"}
#: The files written apart that the model learns from: all but those kept as the estimate for new comments.
WRITTEN_APART = tuple(half for half in THEME_FILES if half not in THEME_FILES_NEVER_TRAINED_ON)
#: The set's own file, every file written apart the rules were tuned on, the situations and the probes.
TRAINING_FILES = ("all", *WRITTEN_APART, "situations", "train")
#: The probe comments the rules' tests check (each with the themes it must have and those it must not),
#: written by the team to mark where one theme ends and the next begins; a file for learning, never a measure.
PROBES: Path = SETS_FOLDER / "theme_train.csv"
#: Comments written to teach the model themes told by a situation or a consequence rather than named
#: (`NAME_situations.csv`, analysis/evaluation_sets/README.md): a file for learning, never a measure.
SITUATIONS = "{name}_situations.csv"
#: Per codebook, (keep, add): a rule's theme stays unless the model gives it less than the first chance;
#: a theme no rule found is added at the second or more. Chosen on the sweep (`python -m analysis
#: train-themes --sweep`): the last three files written apart that the model trains on (bookplate,
#: slipcase, bookmark), each left out in turn and the model trained on the rest, and the pair whose
#: lower of pooled precision and recall is highest (issue 15's target is on both), ties going to the
#: better F1 (`choose_thresholds`): workforce 0.900 / 0.905, event 0.846 / 0.852.
THRESHOLDS: dict[str, tuple[float, float]] = {"workforce": (0.3, 0.75), "stakeholder_event": (0.4, 0.65)}
#: The grid the sweep tries.
KEEP_GRID = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
ADD_GRID = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75)
#: The files the sweep leaves out in turn: the last three written.
SWEEP_FILES = ("bookplate", "slipcase", "bookmark")
#: How much more a probe comment counts in training than a labelled comment (see fit_model).
PROBE_WEIGHT = 3.0
# Words and word pairs as the risk reading reads them; letter runs inside words carry the typos and
# text-speak ("spkrs", "mentr"). Terms in one comment only are noise at this size.
_WORDS = {"ngram_range": (1, 2), "sublinear_tf": True, "min_df": 2}
_RUNS = {"analyzer": "char_wb", "ngram_range": (3, 5), "sublinear_tf": True, "min_df": 2}
_MODEL = {"C": 4.0, "class_weight": "balanced", "max_iter": 3000}


@dataclass(frozen=True)
class Labelled:
    """One labelled comment: its id, text, the prompt of its question and its labelled themes."""

    id: str
    text: str
    prompt: str | None
    themes: frozenset[str]
    #: How much the comment counts in training (the probes count PROBE_WEIGHT times).
    weight: float = 1.0


def _rows(name: str, frame: pd.DataFrame) -> list[Labelled]:
    """A set's frame as labelled comments, each with its question's prompt."""
    prompts = question_prompts(QUESTIONNAIRES[name])
    return [
        Labelled(
            row["id"],
            row["text"],
            prompts.get(row["question"]),
            frozenset(k for k in row["themes"].split(";") if k),
        )
        for row in frame.to_dict("records")
    ]


def probe_rows(name: str, path: Path = PROBES) -> list[Labelled]:
    """The set's probe comments: each with the prompt it was written for and the themes it must have."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    return [
        Labelled(
            row["id"],
            row["text"],
            row["prompt"] or None,
            frozenset(k for k in row["themes"].split(";") if k),
            PROBE_WEIGHT,
        )
        for row in frame[frame["set"] == name].to_dict("records")
    ]


def situation_rows(name: str, folder: Path = SETS_FOLDER) -> list[Labelled]:
    """The set's comments written to teach themes told by a situation (`NAME_situations.csv`)."""
    frame = pd.read_csv(folder / SITUATIONS.format(name=name), dtype=str, keep_default_na=False)
    return _rows(name, frame)


def _file_rows(name: str, half: str) -> list[Labelled]:
    """The labelled comments of one training file: a half of the set, the situations or the probes."""
    if half == "train":
        return probe_rows(name)
    if half == "situations":
        return situation_rows(name)
    return _rows(name, read_set(name, half))


def training_rows(name: str, files: Sequence[str] = TRAINING_FILES) -> list[Labelled]:
    """The labelled comments of a set's named files ("train": the probe comments), in file order."""
    return [row for half in files for row in _file_rows(name, half)]


def training_digest(rows: Sequence[Labelled]) -> str:
    """A digest of what a model learns from (id, text, prompt and themes), so a stale model is noticed."""
    digest = hashlib.sha256()
    for row in rows:
        digest.update(
            f"{row.id}\x1f{row.text}\x1f{row.prompt}\x1f{';'.join(sorted(row.themes))}\x1e".encode()
        )
    return digest.hexdigest()


def fit_model(name: str, rows: Sequence[Labelled]) -> dict[str, Any]:
    """Fit both vectorisers and one model per theme of the codebook; the weights as the JSON ships them."""
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    themes = list(load_shipped(name).keys)
    docs = [document(row.text, row.prompt) for row in rows]
    words, runs = TfidfVectorizer(**_WORDS), TfidfVectorizer(**_RUNS)
    matrix = hstack([words.fit_transform(docs), runs.fit_transform(docs)]).tocsr()
    # The probes mark where one theme ends and the next begins, as the rules' tests hold them: where a
    # comment written for learning reads a boundary another way, the probe's reading counts for more.
    weights = np.array([row.weight for row in rows])
    coef, intercept = [], []
    for theme in themes:
        labels = np.array([theme in row.themes for row in rows])
        if labels.all() or not labels.any():
            raise ValueError(f"{name}: theme {theme!r} is labelled in every or no training comment")
        model = LogisticRegression(**_MODEL).fit(matrix, labels, sample_weight=weights)
        coef.append(model.coef_[0])
        intercept.append(float(model.intercept_[0]))
    table = np.round(np.column_stack(coef), 6)
    return {
        "about": "analysis/text/learned_themes.py; written by python -m analysis train-themes",
        "codebook": name,
        "training": {"rows": len(rows), "digest": training_digest(rows)},
        "keep": THRESHOLDS[name][0],
        "add": THRESHOLDS[name][1],
        "themes": themes,
        "words": {
            "terms": [str(t) for t in words.get_feature_names_out()],
            "idf": [float(v) for v in words.idf_],
        },
        "runs": {
            "terms": [str(t) for t in runs.get_feature_names_out()],
            "idf": [float(v) for v in runs.idf_],
        },
        "coef": table.tolist(),
        "intercept": intercept,
    }


def write_model(name: str, path: Path | None = None) -> dict[str, Any]:
    """Train on the set's training files and write the weights where coding reads them."""
    from analysis.text.learned_themes import load_theme_model

    weights = fit_model(name, training_rows(name))
    (path or model_path(name)).write_text(json.dumps(weights, separators=(",", ":")) + "\n", encoding="utf-8")
    load_theme_model.cache_clear()
    return weights


def _as_model(weights: dict[str, Any], path: Path) -> ThemeModel:
    """Weights in memory read back through the same reader coding uses."""
    path.write_text(json.dumps(weights), encoding="utf-8")
    try:
        return read_theme_model(path)
    finally:
        path.unlink()


def _micro(found: Sequence[set[str]], labelled: Sequence[frozenset[str]]) -> tuple[float, float]:
    """Micro precision and recall of found themes against labelled ones."""
    hits = sum(len(f & g) for f, g in zip(found, labelled, strict=True))
    return hits / max(1, sum(map(len, found))), hits / max(1, sum(map(len, labelled)))


@dataclass(frozen=True)
class FoldResult:
    """One left-out file of one set: micro precision and recall of the rules, the model and both."""

    name: str
    left_out: str
    comments: int
    rules: tuple[float, float]
    model: tuple[float, float]
    both: tuple[float, float]

    def format(self) -> str:
        """The fold as one line of text."""
        parts = (
            f"{label} P {p:.3f} R {r:.3f}"
            for label, (p, r) in zip(
                ("rules", "model", "both"), (self.rules, self.model, self.both), strict=True
            )
        )
        return f"{self.name:<18} {self.left_out:<8} ({self.comments}): " + "; ".join(parts)


def _left_out(scratch: Path, name: str, left_out: str) -> tuple[ThemeModel, list[Labelled]]:
    """The model trained on every training file but one, and that file's comments."""
    kept = tuple(half for half in TRAINING_FILES if half != left_out)
    model = _as_model(fit_model(name, training_rows(name, kept)), scratch / f"fold-{name}-{left_out}.json")
    return model, training_rows(name, (left_out,))


def run_folds(scratch: Path, name: str, files: Sequence[str] | None = None) -> list[FoldResult]:
    """Leave each file written apart out in turn, train on the rest, and score the rules, model and both."""
    book = load_shipped(name)
    results = []
    for left_out in files or WRITTEN_APART:
        model, rows = _left_out(scratch, name, left_out)
        rules, alone, both = [], [], []
        for row in rows:
            # The rules on their own: the codebook's matches before any learned reading changes them.
            matches = book.explain(row.text, row.prompt)
            chances = model.probabilities(row.text, row.prompt)
            rules.append({match.theme for match in matches})
            alone.append({theme for theme, p in chances.items() if p >= 0.5})
            # Together as coding joins them, with this fold's model in place of the shipped one.
            both.append({m.theme for m in read_with_model(book, row.text, row.prompt, matches, model)})
        labelled = [row.themes for row in rows]
        results.append(
            FoldResult(
                name,
                left_out,
                len(rows),
                _micro(rules, labelled),
                _micro(alone, labelled),
                _micro(both, labelled),
            )
        )
    return results


def sweep_thresholds(
    scratch: Path, name: str, files: Sequence[str] = SWEEP_FILES
) -> dict[tuple[float, float], tuple[float, float]]:
    """Pooled micro precision and recall of rules and model together, per (keep, add) of the grid, on
    the given files each left out of training in turn."""
    book = load_shipped(name)
    found: dict[tuple[float, float], list[set[str]]] = {}
    labelled: list[frozenset[str]] = []
    for left_out in files:
        model, rows = _left_out(scratch, name, left_out)
        ruled = [(row, book.explain(row.text, row.prompt)) for row in rows]
        labelled += [row.themes for row in rows]
        for keep in KEEP_GRID:
            for add in ADD_GRID:
                trial = replace(model, keep=keep, add=add)
                found.setdefault((keep, add), []).extend(
                    {m.theme for m in read_with_model(book, row.text, row.prompt, matches, trial)}
                    for row, matches in ruled
                )
    return {pair: _micro(sets, labelled) for pair, sets in found.items()}


def choose_thresholds(swept: dict[tuple[float, float], tuple[float, float]]) -> tuple[float, float]:
    """The (keep, add) pair whose lower of precision and recall is highest, ties going to the better F1."""

    def merit(pair: tuple[float, float]) -> tuple[float, float]:
        precision, recall = swept[pair]
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return round(min(precision, recall), 6), round(f1, 6)

    return max(sorted(swept), key=merit)
