"""Score the risk flags on the labelled set evaluation_sets/risk.csv or risk_blind.csv (issue 15)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.evaluation_halves import RISK_AND_REDACTION_FILES, RISK_FILES_NEVER_TRAINED_ON, RISK_HALVES
from analysis.text.risk import RISK_CATEGORIES, assess_risk

__all__ = [
    "CONTEXT_KINDS",
    "FLAGGED_KINDS",
    "HALVES",
    "NEGATIVE_SAFE_MAX",
    "RECALL_TARGET",
    "RISK_SET",
    "RiskEvaluation",
    "evaluate_risk",
    "format_risk_evaluation",
    "load_risk_set",
]

#: The labelled set, in the package so the command and the tests read the same file.
RISK_SET: Path = Path(__file__).resolve().parent / "evaluation_sets" / "risk.csv"
#: The files written apart from the rules that the learned reading trains on, in the order written: every
#: one scored once and tuned on since.
WRITTEN_APART = tuple(half for half in RISK_AND_REDACTION_FILES if half not in RISK_FILES_NEVER_TRAINED_ON)
#: The halves that can be read: the two of risk.csv, the files written apart and the training file
#: (risk_train.csv: comments written to train the learned reading, never a measure of it).
HALVES = RISK_HALVES
#: The file each half is read from (dev and aside from risk.csv itself).
RISK_FILES: dict[str, Path] = {half: RISK_SET.with_name(f"risk_{half}.csv") for half in HALVES[2:]}
#: How flagged comments are written, and the kinds of comment that must not be flagged.
FLAGGED_KINDS = ("direct", "indirect")
CONTEXT_KINDS = ("training_context", "policy_context")
#: Issue 15's targets: recall of indirect disclosures, negative-but-safe comments flagged, and training
#: or policy context flagged (none).
RECALL_TARGET = 0.95
NEGATIVE_SAFE_MAX = 0.10
CONTEXT_MAX = 0


@dataclass(frozen=True)
class RiskRow:
    """One labelled comment: its id, text, the category a lead must see (or "none") and how it is written."""

    id: str
    text: str
    flag: str
    kind: str


@dataclass(frozen=True)
class RiskEvaluation:
    """The risk flags against the labels of one half (or all) of the set."""

    half: str
    comments: int
    #: kind -> (flagged by the engine, comments of that kind)
    by_kind: dict[str, tuple[int, int]]
    #: category -> (flagged, comments labelled with it)
    by_category: dict[str, tuple[int, int]]
    #: flagged comments raised with the labelled category, of all labelled flags the engine raised
    category_correct: int
    category_raised: int
    #: ids of labelled flags the engine missed, and of comments it flagged that are labelled none
    missed: list[str]
    false_flags: list[str]

    def rate(self, kind: str) -> float:
        """The share of comments of one kind the engine flagged."""
        flagged, total = self.by_kind.get(kind, (0, 0))
        return flagged / total if total else float("nan")

    @property
    def recall(self) -> float:
        """Recall over every labelled flag, direct and indirect."""
        flagged = sum(self.by_kind.get(k, (0, 0))[0] for k in FLAGGED_KINDS)
        total = sum(self.by_kind.get(k, (0, 0))[1] for k in FLAGGED_KINDS)
        return flagged / total if total else float("nan")

    @property
    def context_flagged(self) -> int:
        """Training and policy comments flagged (the target is none)."""
        return sum(self.by_kind.get(k, (0, 0))[0] for k in CONTEXT_KINDS)

    @property
    def category_accuracy(self) -> float:
        """Of the labelled flags the engine raised, the share raised with the labelled category."""
        return self.category_correct / self.category_raised if self.category_raised else float("nan")

    @property
    def meets_targets(self) -> bool:
        """Whether issue 15's three targets hold on these comments."""
        return (
            self.rate("indirect") >= RECALL_TARGET
            and self.rate("negative_safe") <= NEGATIVE_SAFE_MAX
            and self.context_flagged <= CONTEXT_MAX
        )

    def as_dict(self) -> dict[str, Any]:
        """Every figure, for --json."""
        return {
            "half": self.half,
            "comments": self.comments,
            "recall_indirect": self.rate("indirect"),
            "recall_direct": self.rate("direct"),
            "recall": self.recall,
            "negative_safe_flagged_rate": self.rate("negative_safe"),
            "context_flagged": self.context_flagged,
            "neutral_flagged_rate": self.rate("neutral"),
            "category_accuracy": self.category_accuracy,
            "meets_targets": self.meets_targets,
            "by_kind": {k: list(v) for k, v in self.by_kind.items()},
            "by_category": {k: list(v) for k, v in self.by_category.items()},
            "missed": self.missed,
            "false_flags": self.false_flags,
        }


def load_risk_set(half: str | None = None, path: Path | None = None) -> list[RiskRow]:
    """The labelled comments of one half (dev, aside or a file's), or dev and aside when half is None."""
    if half not in (None, *HALVES):
        raise ValueError(f"half must be one of {', '.join(HALVES)}, not {half!r}")
    if path is None:
        path = RISK_FILES.get(half or "", RISK_SET)
    with path.open(encoding="utf-8", newline="") as handle:
        # Rows of the other half are dropped as they are read, so a half can be scored on its own (the
        # risk rules are now tuned on both halves: analysis/evaluation_sets/README.md, "risk").
        return [
            RiskRow(r["id"], r["text"], r["flag"], r["kind"])
            for r in csv.DictReader(handle)
            if half is None or r["half"] == half
        ]


def evaluate_risk(rows: Sequence[RiskRow], half: str = "all") -> RiskEvaluation:
    """Flag every comment and compare with its label."""
    by_kind: dict[str, list[int]] = {}
    by_category: dict[str, list[int]] = {key: [0, 0] for key in RISK_CATEGORIES}
    correct = raised = 0
    missed: list[str] = []
    false_flags: list[str] = []
    for row in rows:
        flag = assess_risk(row.text)
        counts = by_kind.setdefault(row.kind, [0, 0])
        counts[1] += 1
        counts[0] += flag is not None
        if row.flag == "none":
            if flag is not None:
                false_flags.append(row.id)
            continue
        by_category.setdefault(row.flag, [0, 0])[1] += 1
        if flag is None:
            missed.append(row.id)
            continue
        by_category[row.flag][0] += 1
        raised += 1
        correct += flag.category == row.flag
    return RiskEvaluation(
        half=half,
        comments=len(rows),
        by_kind={k: (v[0], v[1]) for k, v in sorted(by_kind.items())},
        by_category={k: (v[0], v[1]) for k, v in by_category.items()},
        category_correct=correct,
        category_raised=raised,
        missed=missed,
        false_flags=false_flags,
    )


def format_risk_evaluation(result: RiskEvaluation) -> str:
    """The figures as readable text (ids only: no comment is printed)."""

    def share(flagged: int, total: int) -> str:
        return f"{flagged}/{total} ({flagged / total:.2f})" if total else "0/0"

    source = RISK_FILES.get(result.half, RISK_SET)
    lines = [
        f"Risk flags on analysis/evaluation_sets/{source.name}, half: {result.half} "
        f"({result.comments} comments)",
        f"  recall, indirect disclosures:      {share(*result.by_kind.get('indirect', (0, 0)))}"
        f"   target >= {RECALL_TARGET:.2f}",
        f"  recall, direct disclosures:        {share(*result.by_kind.get('direct', (0, 0)))}",
        f"  negative but safe comments flagged: {share(*result.by_kind.get('negative_safe', (0, 0)))}"
        f"   target <= {NEGATIVE_SAFE_MAX:.2f}",
        f"  training context flagged:          {share(*result.by_kind.get('training_context', (0, 0)))}",
        f"  policy context flagged:            {share(*result.by_kind.get('policy_context', (0, 0)))}"
        "   target: none (training and policy)",
        f"  neutral comments flagged:          {share(*result.by_kind.get('neutral', (0, 0)))}",
        f"  right category, of flags raised:   {share(result.category_correct, result.category_raised)}",
        f"  targets met: {'yes' if result.meets_targets else 'no'}",
        "  recall by category:",
    ]
    for key, (flagged, total) in result.by_category.items():
        lines.append(f"    {key:<18} {share(flagged, total)}")
    lines.append(f"  missed (ids): {', '.join(result.missed) or 'none'}")
    lines.append(f"  flagged but labelled none (ids): {', '.join(result.false_flags) or 'none'}")
    return "\n".join(lines)
