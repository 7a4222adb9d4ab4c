"""Score the engine on the labelled evaluation sets (analysis/evaluation_sets/): one evaluator per set.

`python -m analysis evaluate --set NAME --half dev|aside|all|holdout|blind` reads the set, keeps only
the asked half before anything else looks at the rows, and prints what the set's evaluator reports. A
set is added by one line in `SET_EVALUATORS` naming its evaluator as "module:function": a function
`evaluator(rows, *, errors=False)` taking the half's rows (a DataFrame of text cells) and returning an
object with `as_dict()` and `as_text()`; with `errors` its text also lists the rows it got wrong.
"""

from __future__ import annotations

import importlib
import math
from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import pandas as pd

from analysis.evaluation_halves import THEME_FILES, THEME_HALVES
from analysis.text.codebook import Codebook
from analysis.text.coding import code_one, load_shipped
from analysis.text.stance import STANCES

__all__ = [
    "HALVES",
    "SETS_FOLDER",
    "SET_EVALUATORS",
    "SetReport",
    "ThemeSetResult",
    "evaluate_stakeholder_event",
    "evaluate_theme_set",
    "evaluate_workforce",
    "question_prompts",
    "read_set",
    "run_set",
]

ROOT = Path(__file__).resolve().parent.parent
#: The folder of labelled sets, one CSV per set named after it.
SETS_FOLDER: Path = Path(__file__).resolve().parent / "evaluation_sets"
#: Halves a set can be scored on; "all" is both together. The files written apart ("holdout", "blind",
#: ..., "afterword") are files of their own (NAME_holdout.csv, ...), each written by a helper who never saw
#: the rules.
HALVES = THEME_HALVES
#: The halves kept in a file of their own, named NAME_HALF.csv.
SEPARATE_FILES = THEME_FILES

#: Each set's evaluator as "module:function" (imported only when that set is asked for).
SET_EVALUATORS: dict[str, str] = {
    "workforce": "analysis.set_evaluation:evaluate_workforce",
    "stakeholder_event": "analysis.set_evaluation:evaluate_stakeholder_event",
}


class SetReport(Protocol):
    """What a set's evaluator returns."""

    def as_dict(self) -> dict[str, Any]:
        """The figures as JSON-ready values."""

    def as_text(self) -> str:
        """The figures as readable text."""


def read_set(name: str, half: str, folder: Path = SETS_FOLDER) -> pd.DataFrame:
    """The rows of one half of a labelled set ("all": both), every cell read as text."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {', '.join(HALVES)}, not {half!r}")
    path = folder / (f"{name}_{half}.csv" if half in SEPARATE_FILES else f"{name}.csv")
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no labelled set {name!r}")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "half" not in frame.columns:
        raise ValueError(f"{path}: no 'half' column")
    # The half is chosen first, so nothing else in the evaluation ever sees the other one.
    if half != "all":
        frame = frame[frame["half"] == half].reset_index(drop=True)
    if frame.empty:
        raise ValueError(f"{path}: no rows in half {half!r}")
    return frame


def run_set(name: str, half: str, *, errors: bool = False, folder: Path = SETS_FOLDER) -> SetReport:
    """Score the engine on one half of a named set with that set's evaluator."""
    target = SET_EVALUATORS.get(name)
    if target is None:
        raise KeyError(f"no evaluator for set {name!r}; sets: {', '.join(sorted(SET_EVALUATORS))}")
    module, _, function = target.partition(":")
    evaluator: Callable[..., SetReport] = getattr(importlib.import_module(module), function)
    return evaluator(read_set(name, half, folder), errors=errors)


@cache
def question_prompts(definition: str) -> dict[str, str]:
    """Each free-text question's key and the prompt its definition declares (questionnaires/NAME.yaml)."""
    from questionnaire_format.files import load_definition_file

    loaded = load_definition_file(ROOT / "questionnaires" / f"{definition}.yaml")
    return {q.key: q.prompt for q in loaded.questions() if q.prompt}


def _ratio(numerator: int, denominator: int) -> float:
    """A ratio, NaN when the denominator is zero (no cases: no score, not zero)."""
    return numerator / denominator if denominator else math.nan


def _f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (NaN when undefined)."""
    if math.isnan(precision) or math.isnan(recall) or precision + recall == 0:
        return math.nan if math.isnan(precision) or math.isnan(recall) else 0.0
    return 2 * precision * recall / (precision + recall)


def _pairs(value: str) -> dict[str, str]:
    """`key:value;key:value` as a mapping."""
    out: dict[str, str] = {}
    for item in value.split(";"):
        key, _, label = item.strip().partition(":")
        if key:
            out[key] = label
    return out


@dataclass
class ThemeSetResult:
    """The engine against a labelled theme set: themes, stance per theme and sentiment."""

    name: str
    comments: int
    true_positives: int
    predicted: int
    labelled: int
    per_theme: list[dict[str, Any]]
    #: Stances agreed on, among labelled themes the engine also found.
    stance_agreed: int
    stance_scored: int
    stance_confusion: dict[str, dict[str, int]]
    sentiment_agreed: int
    #: Comments whose engine themes or stances differ from the labels (for reading dev errors).
    disagreements: list[dict[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Micro precision: found themes that are labelled."""
        return _ratio(self.true_positives, self.predicted)

    @property
    def recall(self) -> float:
        """Micro recall: labelled themes that are found."""
        return _ratio(self.true_positives, self.labelled)

    @property
    def f1(self) -> float:
        """Micro F1."""
        return _f1(self.precision, self.recall)

    @property
    def stance_accuracy(self) -> float:
        """Share of labelled themes the engine found whose stance it gives as labelled."""
        return _ratio(self.stance_agreed, self.stance_scored)

    @property
    def stance_recall(self) -> float:
        """Share of all labelled (theme, stance) pairs found with the labelled stance."""
        return _ratio(self.stance_agreed, self.labelled)

    @property
    def sentiment_accuracy(self) -> float:
        """Share of comments whose sentiment label (4 classes) is the labelled one."""
        return _ratio(self.sentiment_agreed, self.comments)

    def as_dict(self) -> dict[str, Any]:
        """The figures as JSON-ready values (NaN as None)."""

        def num(value: float) -> float | None:
            return None if math.isnan(value) else round(value, 4)

        return {
            "set": self.name,
            "comments": self.comments,
            "micro_precision": num(self.precision),
            "micro_recall": num(self.recall),
            "micro_f1": num(self.f1),
            "labelled": self.labelled,
            "predicted": self.predicted,
            "true_positives": self.true_positives,
            "stance_accuracy": num(self.stance_accuracy),
            "stance_recall": num(self.stance_recall),
            "stance_confusion": self.stance_confusion,
            "sentiment_accuracy": num(self.sentiment_accuracy),
            "per_theme": [
                {k: (num(v) if isinstance(v, float) else v) for k, v in row.items()} for row in self.per_theme
            ],
        }

    def as_text(self) -> str:
        """Readable tables: micro figures, per theme, stance confusion."""

        def f(value: float) -> str:
            return "-" if math.isnan(value) else f"{value:.3f}"

        width = max(len(str(r["theme"])) for r in self.per_theme)
        lines = [
            f"Set {self.name}: {self.comments} comments, {self.labelled} labelled themes, "
            f"{self.predicted} found",
            f"Micro precision {f(self.precision)}   recall {f(self.recall)}   F1 {f(self.f1)}",
            f"Stance accuracy {f(self.stance_accuracy)} (of {self.stance_scored} labelled themes found); "
            f"theme found with its stance {f(self.stance_recall)} (of {self.labelled})",
            f"Sentiment accuracy (4 labels) {f(self.sentiment_accuracy)}",
            "",
            f"  {'theme':<{width}}  precision  recall     f1  labelled  found  stance",
        ]
        for r in self.per_theme:
            lines.append(
                f"  {r['theme']:<{width}}  {f(r['precision']):>9}  {f(r['recall']):>6}  {f(r['f1']):>5}"
                f"  {r['labelled']:>8}  {r['predicted']:>5}  {f(r['stance_accuracy']):>6}"
            )
        lines += ["", "Stance confusion (rows labelled, columns engine; labelled themes found):"]
        lines.append("  " + " " * 14 + "".join(f"{s:>15}" for s in STANCES))
        for gold in STANCES:
            row = self.stance_confusion.get(gold, {})
            lines.append(f"  {gold:<14}" + "".join(f"{row.get(s, 0):>15}" for s in STANCES))
        if self.disagreements:
            lines += ["", "Disagreements (id: labelled | engine):"]
            for d in self.disagreements:
                lines.append(f"  {d['id']} [{d['question']}] {d['text']}")
                lines.append(f"      labelled {d['labelled'] or '-'} | engine {d['engine'] or '-'}")
        return "\n".join(lines)


def evaluate_theme_set(
    frame: pd.DataFrame,
    codebook: Codebook,
    prompts: Mapping[str, str],
    name: str,
    *,
    errors: bool = False,
) -> ThemeSetResult:
    """Code each row (its question's prompt) and compare themes, stances and sentiment with the labels."""
    keys: Sequence[str] = codebook.keys
    tp: Counter[str] = Counter()
    found: Counter[str] = Counter()
    labelled: Counter[str] = Counter()
    stance_ok: Counter[str] = Counter()
    stance_n: Counter[str] = Counter()
    confusion: dict[str, dict[str, int]] = {s: dict.fromkeys(STANCES, 0) for s in STANCES}
    sentiment_agreed = 0
    disagreements: list[dict[str, str]] = []
    for row in frame.to_dict("records"):
        prompt = prompts.get(row["question"])
        _themes, stances, _sentiments, _rules, sentiment, *_ = code_one(row["text"], prompt, [codebook])
        engine = _pairs(stances)
        gold = _pairs(row["stances"]) or dict.fromkeys((k for k in row["themes"].split(";") if k), "")
        sentiment_agreed += sentiment == row["sentiment"]
        for key in engine:
            found[key] += 1
        for key, stance in gold.items():
            labelled[key] += 1
            if key in engine:
                tp[key] += 1
                stance_n[key] += 1
                stance_ok[key] += engine[key] == stance
                if stance in confusion and engine[key] in confusion[stance]:
                    confusion[stance][engine[key]] += 1
        if errors and engine != gold:
            disagreements.append(_disagreement(row, stances))
    return ThemeSetResult(
        name=name,
        comments=len(frame),
        true_positives=sum(tp.values()),
        predicted=sum(found.values()),
        labelled=sum(labelled.values()),
        per_theme=_per_theme(keys, tp, found, labelled, stance_ok, stance_n),
        stance_agreed=sum(stance_ok.values()),
        stance_scored=sum(stance_n.values()),
        stance_confusion=confusion,
        sentiment_agreed=sentiment_agreed,
        disagreements=disagreements,
    )


def _disagreement(row: Mapping[Hashable, Any], stances: str) -> dict[str, str]:
    """One row the engine got wrong: its id, question and text, the labelled and the engine's stances."""
    return {
        "id": row["id"],
        "question": row["question"],
        "text": row["text"],
        "labelled": row["stances"],
        "engine": stances,
    }


def _per_theme(
    keys: Sequence[str],
    tp: Counter[str],
    found: Counter[str],
    labelled: Counter[str],
    stance_ok: Counter[str],
    stance_n: Counter[str],
) -> list[dict[str, Any]]:
    """Each theme's precision, recall, F1, counts and stance accuracy, in codebook order."""
    per_theme = []
    for key in keys:
        precision = _ratio(tp[key], found[key])
        recall = _ratio(tp[key], labelled[key])
        per_theme.append(
            {
                "theme": key,
                "precision": precision,
                "recall": recall,
                "f1": _f1(precision, recall),
                "labelled": labelled[key],
                "predicted": found[key],
                "stance_accuracy": _ratio(stance_ok[key], stance_n[key]),
            }
        )
    return per_theme


def evaluate_workforce(frame: pd.DataFrame, *, errors: bool = False) -> ThemeSetResult:
    """The workforce codebook on the workforce set (apprentice-survey questions)."""
    return evaluate_theme_set(
        frame,
        load_shipped("workforce"),
        question_prompts("apprentice-survey"),
        "workforce",
        errors=errors,
    )


def evaluate_stakeholder_event(frame: pd.DataFrame, *, errors: bool = False) -> ThemeSetResult:
    """The stakeholder-event codebook on the stakeholder_event set (stakeholder-event questions)."""
    return evaluate_theme_set(
        frame,
        load_shipped("stakeholder_event"),
        question_prompts("stakeholder-event"),
        "stakeholder_event",
        errors=errors,
    )
