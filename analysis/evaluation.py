"""Compare the coding engine with hand-labelled comments: theme F1 and 3-class sentiment agreement."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from analysis.text.codebook import Codebook, prepare
from analysis.text.coding import clean_prompt, code_comments

__all__ = [
    "SENTIMENT_CLASSES",
    "Evaluation",
    "cohen_kappa",
    "evaluate",
    "gold_theme_keys",
    "rule_statistics",
    "split_half",
    "to_three_class",
]

#: The labelled data's 3-class sentiment scale; the engine's neutral and mixed both map to the middle.
SENTIMENT_CLASSES = ("positive", "neutral_mixed", "negative")
_ENGINE_TO_THREE = {"positive": "positive", "neutral": "neutral_mixed", "mixed": "neutral_mixed"}
_GOLD_ALIASES = {
    "positive": "positive",
    "negative": "negative",
    "neutral_mixed": "neutral_mixed",
    "neutral": "neutral_mixed",
    "mixed": "neutral_mixed",
    "neutral/mixed": "neutral_mixed",
}
#: How many of the most frequent labelled themes the "top" scores cover.
TOP_N = 10


@dataclass
class Evaluation:
    """Agreement figures between the engine and the hand labels."""

    comments: int
    per_theme: pd.DataFrame
    micro_f1: float
    macro_f1: float
    micro_f1_top: float
    macro_f1_top: float
    macro_precision_top: float
    macro_recall_top: float
    top_themes: list[str]
    sentiment_accuracy: float
    sentiment_kappa: float
    confusion: pd.DataFrame
    unmapped_labels: dict[str, int] = field(default_factory=dict)
    #: Per rule figures (see `rule_statistics`), when asked for.
    rules: pd.DataFrame | None = None

    def as_dict(self) -> dict[str, Any]:
        """The figures as plain JSON-ready values."""

        def num(value: Any) -> float | None:
            """A rounded float, or None for NaN (JSON has no NaN)."""
            number = float(value)
            return None if math.isnan(number) else round(number, 4)

        themes = [
            {
                "theme": str(r["theme"]),
                "label": str(r["label"]),
                "precision": num(r["precision"]),
                "recall": num(r["recall"]),
                "f1": num(r["f1"]),
                "support": int(r["support"]),
                "predicted": int(r["predicted"]),
            }
            for r in self.per_theme.to_dict("records")
        ]
        return {
            "comments": self.comments,
            "themes": themes,
            "micro_f1": num(self.micro_f1),
            "macro_f1": num(self.macro_f1),
            "top_themes": self.top_themes,
            "micro_f1_top": num(self.micro_f1_top),
            "macro_f1_top": num(self.macro_f1_top),
            "macro_precision_top": num(self.macro_precision_top),
            "macro_recall_top": num(self.macro_recall_top),
            "sentiment": {
                "accuracy": num(self.sentiment_accuracy),
                "cohen_kappa": num(self.sentiment_kappa),
                "classes": list(SENTIMENT_CLASSES),
                "confusion": {
                    str(gold): {str(pred): int(v) for pred, v in row.items()}
                    for gold, row in self.confusion.iterrows()
                },
            },
            "unmapped_labels": self.unmapped_labels,
            **({"rules": self._rules_as_records()} if self.rules is not None else {}),
        }

    def _rules_as_records(self) -> list[dict[str, Any]]:
        """The per-rule table as JSON-ready records."""
        assert self.rules is not None
        return [
            {
                "theme": str(r["theme"]),
                "rule": str(r["rule"]),
                "fired": int(r["fired"]),
                "agreed": int(r["agreed"]),
                "precision": round(float(r["precision"]), 4),
                "deciding": int(r["deciding"]),
                "deciding_agreed": int(r["deciding_agreed"]),
            }
            for r in self.rules.to_dict("records")
        ]


def to_three_class(label: object) -> str | None:
    """The 3-class form of an engine or hand sentiment label (None when unknown or missing)."""
    if not isinstance(label, str):
        return None
    text = label.strip().lower()
    if text in _ENGINE_TO_THREE:
        return _ENGINE_TO_THREE[text]
    return _GOLD_ALIASES.get(text)


def cohen_kappa(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Cohen's kappa: agreement beyond what the two label distributions give by chance."""
    n = len(gold)
    if n == 0:
        return math.nan
    observed = sum(g == p for g, p in zip(gold, predicted, strict=True)) / n
    gold_counts, pred_counts = Counter(gold), Counter(predicted)
    expected = sum(gold_counts[c] * pred_counts[c] for c in set(gold_counts) | set(pred_counts)) / (n * n)
    if expected == 1.0:
        return math.nan
    return (observed - expected) / (1.0 - expected)


def split_half(frame: pd.DataFrame, half: str, seed: int = 2026) -> pd.DataFrame:
    """Half "a" or "b" of a seeded random split (for tuning on one half and checking on the other)."""
    if half not in ("a", "b"):
        raise ValueError("half must be 'a' or 'b'")
    order = np.random.default_rng(seed).permutation(len(frame))
    cut = len(frame) // 2
    chosen = np.sort(order[:cut] if half == "a" else order[cut:])
    return frame.iloc[chosen]


def _label_sets(frame: pd.DataFrame, labels_column: str, fallback_column: str | None) -> list[set[str]]:
    """Each row's hand labels as a set of lower-cased names."""
    column = labels_column
    if column not in frame.columns:
        if fallback_column and fallback_column in frame.columns:
            column = fallback_column
        else:
            raise KeyError(f"no labels column {labels_column!r} (nor {fallback_column!r})")
    values = frame[column].tolist()
    if column != fallback_column and fallback_column and fallback_column in frame.columns:
        # Rows with no mapped label fall back to the original labels, row by row.
        backups = frame[fallback_column].tolist()
        values = [v if isinstance(v, str) and v.strip() else b for v, b in zip(values, backups, strict=True)]
    return [
        {part.strip().lower() for part in v.split(";") if part.strip()} if isinstance(v, str) else set()
        for v in values
    ]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (NaN where undefined)."""
    precision = tp / (tp + fp) if tp + fp else math.nan
    recall = tp / (tp + fn) if tp + fn else math.nan
    if tp:
        return precision, recall, 2 * precision * recall / (precision + recall)
    # No true positives: F1 is 0 if the theme was labelled or predicted at all, undefined otherwise.
    return precision, recall, (0.0 if fp + fn else math.nan)


def gold_theme_keys(
    labelled: pd.DataFrame, codebook: Codebook, labels_column: str, fallback_labels_column: str | None
) -> tuple[list[set[str]], Counter[str]]:
    """Each row's hand labels as theme keys, and how often each label with no theme occurred."""
    # Hand labels are framework names; the codebook's theme labels carry the same names.
    by_label = {t.label.strip().lower(): t.key for t in codebook.themes}
    unmapped: Counter[str] = Counter()
    gold_keys: list[set[str]] = []
    for labels in _label_sets(labelled, labels_column, fallback_labels_column):
        keys = set()
        for label in labels:
            if label in by_label:
                keys.add(by_label[label])
            else:
                unmapped[label] += 1
        gold_keys.append(keys)
    return gold_keys, unmapped


def rule_statistics(
    labelled: pd.DataFrame,
    codebook: Codebook,
    *,
    text_column: str = "comment_text",
    prompt_column: str | None = "question_type",
    labels_column: str = "labels_v7",
    fallback_labels_column: str | None = "labels",
) -> pd.DataFrame:
    """Per rule: comments it found its theme in, how many of those carry that hand label, and precision.

    "deciding" counts the comments where it was the theme's only rule, so dropping the rule would
    drop the theme there; "deciding_agreed" how many of those the hand labels agree with.
    """
    gold_keys, _ = gold_theme_keys(labelled, codebook, labels_column, fallback_labels_column)
    return _rule_table(labelled, codebook, gold_keys, text_column, prompt_column)


def _rule_table(
    labelled: pd.DataFrame,
    codebook: Codebook,
    gold_keys: Sequence[set[str]],
    text_column: str,
    prompt_column: str | None,
) -> pd.DataFrame:
    """`rule_statistics` for hand labels already read as theme keys."""
    texts = labelled[text_column].tolist()
    prompts = labelled[prompt_column].tolist() if prompt_column else [None] * len(texts)
    counts: Counter[tuple[str, str, str]] = Counter()
    for text, prompt, gold in zip(texts, prompts, gold_keys, strict=True):
        by_theme: dict[str, list[str]] = {}
        for match in codebook.explain(prepare(text if isinstance(text, str) else ""), clean_prompt(prompt)):
            by_theme.setdefault(match.theme, []).append(match.rule)
        for theme, rules in by_theme.items():
            agreed = theme in gold
            for rule in rules:
                counts[(theme, rule, "fired")] += 1
                counts[(theme, rule, "agreed")] += agreed
                if len(rules) == 1:
                    counts[(theme, rule, "deciding")] += 1
                    counts[(theme, rule, "deciding_agreed")] += agreed
    labels = {t.key: t.label for t in codebook.themes}
    pairs = sorted({(theme, rule) for theme, rule, _ in counts})
    table = pd.DataFrame(
        [
            {
                "theme": theme,
                "label": labels[theme],
                "rule": rule,
                **{
                    name: counts[(theme, rule, name)]
                    for name in ("fired", "agreed", "deciding", "deciding_agreed")
                },
            }
            for theme, rule in pairs
        ],
        columns=["theme", "label", "rule", "fired", "agreed", "deciding", "deciding_agreed"],
    )
    table["precision"] = (table["agreed"] / table["fired"]).astype("float64")
    return table.sort_values(["fired", "theme", "rule"], ascending=[False, True, True]).reset_index(drop=True)


def top_theme_keys(support: Mapping[str, int]) -> list[str]:
    """The themes the "top 10" figures cover: the TOP_N with most hand-labelled comments, ties by key."""
    return sorted((k for k, n in support.items() if n > 0), key=lambda k: (-support[k], k))[:TOP_N]


def _theme_scores(
    codebook: Codebook, gold_keys: Sequence[set[str]], predicted_sets: Sequence[set[str]]
) -> pd.DataFrame:
    """Per-theme precision, recall, F1, support and predictions, with the tp/fp/fn behind them."""
    rows = []
    for theme in codebook.themes:
        pairs = list(zip(gold_keys, predicted_sets, strict=True))
        tp = sum(theme.key in g and theme.key in p for g, p in pairs)
        fp = sum(theme.key not in g and theme.key in p for g, p in pairs)
        fn = sum(theme.key in g and theme.key not in p for g, p in pairs)
        precision, recall, f1 = _prf(tp, fp, fn)
        rows.append(
            {
                "theme": theme.key,
                "label": theme.label,
                "precision": precision,
                "recall": recall,
                "f1": f1,
                "support": tp + fn,
                "predicted": tp + fp,
                "tp": tp,
                "fp": fp,
                "fn": fn,
            }
        )
    return pd.DataFrame(rows).sort_values(["support", "theme"], ascending=[False, True])


def _sentiment_agreement(
    gold: Sequence[object], engine: Sequence[object]
) -> tuple[pd.DataFrame, float, float]:
    """The 3-class confusion matrix of hand labels against the engine, its accuracy and Cohen's kappa."""
    gold_sent = [to_three_class(v) for v in gold]
    pred_sent = [to_three_class(v) for v in engine]
    sent_pairs = [
        (g, p) for g, p in zip(gold_sent, pred_sent, strict=True) if g is not None and p is not None
    ]
    cells = Counter(sent_pairs)
    confusion = pd.DataFrame(
        [[cells[(g, p)] for p in SENTIMENT_CLASSES] for g in SENTIMENT_CLASSES],
        index=list(SENTIMENT_CLASSES),
        columns=list(SENTIMENT_CLASSES),
        dtype="int64",
    )
    confusion.index.name = "labelled"
    confusion.columns.name = "engine"
    accuracy = sum(g == p for g, p in sent_pairs) / len(sent_pairs) if sent_pairs else math.nan
    kappa = cohen_kappa([g for g, _ in sent_pairs], [p for _, p in sent_pairs])
    return confusion, accuracy, kappa


def evaluate(
    labelled: pd.DataFrame,
    codebook: Codebook,
    *,
    text_column: str = "comment_text",
    prompt_column: str | None = "question_type",
    labels_column: str = "labels_v7",
    fallback_labels_column: str | None = "labels",
    sentiment_column: str = "sentiment_3",
    rules: bool = False,
) -> Evaluation:
    """Per-theme precision/recall/F1, micro and macro F1, 3-class sentiment, and per-rule figures if asked."""
    for column in (text_column, sentiment_column):
        if column not in labelled.columns:
            raise KeyError(f"no column {column!r} in the labelled file")
    gold_keys, unmapped = gold_theme_keys(labelled, codebook, labels_column, fallback_labels_column)
    coded = code_comments(labelled, [codebook], text_column=text_column, prompt_column=prompt_column)
    predicted_sets = [set(v.split(";")) - {""} for v in coded["themes"]]

    per_theme = _theme_scores(codebook, gold_keys, predicted_sets)
    support = dict(zip(per_theme["theme"], per_theme["support"].astype(int), strict=True))
    supported = per_theme[per_theme["support"] > 0]
    top = supported[supported["theme"].isin(top_theme_keys(support))]
    micro_f1 = _prf(int(per_theme["tp"].sum()), int(per_theme["fp"].sum()), int(per_theme["fn"].sum()))[2]
    top_micro = _prf(int(top["tp"].sum()), int(top["fp"].sum()), int(top["fn"].sum()))[2]
    confusion, accuracy, kappa = _sentiment_agreement(
        labelled[sentiment_column].tolist(), coded["sentiment"].tolist()
    )
    return Evaluation(
        comments=len(labelled),
        per_theme=per_theme.drop(columns=["tp", "fp", "fn"]).reset_index(drop=True),
        micro_f1=micro_f1,
        macro_f1=float(supported["f1"].mean()) if len(supported) else math.nan,
        micro_f1_top=top_micro,
        macro_f1_top=float(top["f1"].mean()) if len(top) else math.nan,
        # An unpredicted theme has undefined precision; it counts as 0 so silence is not rewarded.
        macro_precision_top=float(top["precision"].fillna(0.0).mean()) if len(top) else math.nan,
        macro_recall_top=float(top["recall"].mean()) if len(top) else math.nan,
        top_themes=top["label"].tolist(),
        sentiment_accuracy=accuracy,
        sentiment_kappa=kappa,
        confusion=confusion,
        unmapped_labels=dict(unmapped.most_common()),
        # The hand labels are already read; the rule table reuses them.
        rules=_rule_table(labelled, codebook, gold_keys, text_column, prompt_column) if rules else None,
    )
