"""Score redaction on the labelled set: identifiers leaked, by kind, and harmless words removed per 100.

The set (`evaluation_sets/redaction.jsonl`, and the blind `redaction_blind.jsonl` read with half
"blind", both described in that folder's README) labels every personal identifier of each comment
with its kind and place. Only the text `redact` returns is judged: it is aligned word by word with
the comment, so any word of an identifier still in the output is a leak and any other word missing
from it was removed though harmless. Rows of the other half are dropped
as the set is read, before anything looks at them.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.evaluation_halves import REDACTION_HALVES
from analysis.text.redaction import LABELS, redact

__all__ = [
    "HALVES",
    "KINDS",
    "SET_PATH",
    "Leak",
    "RedactionScore",
    "format_score",
    "load_rows",
    "score_redaction",
    "surviving_words",
]

SET_PATH = Path(__file__).resolve().parent / "evaluation_sets" / "redaction.jsonl"
#: The halves that can be read: the two of redaction.jsonl, then the files written apart.
HALVES = REDACTION_HALVES
#: The kinds of identifier the set labels, in the order they are reported.
KINDS = tuple(LABELS)

_WORD_RE = re.compile(r"\w+")
# A word, a label the redactor put in, or any other visible character: the units of the alignment.
_UNIT_RE = re.compile("|".join(re.escape(label) for label in LABELS.values()) + r"|\w+|\S")


@dataclass(frozen=True)
class Leak:
    """An identifier of which some word reached the redacted text."""

    id: str
    kind: str
    text: str
    redacted: str


@dataclass
class RedactionScore:
    """How the redactor did on one half of the set."""

    half: str
    comments: int
    identifiers: Counter[str]
    leaked: Counter[str]
    leaks: list[Leak]
    harmless_words: int
    harmless_removed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def removed_per_100(self) -> float:
        """Harmless words removed per 100 harmless words."""
        return 100 * len(self.harmless_removed) / self.harmless_words if self.harmless_words else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The figures as plain data, for `--json`."""
        return {
            "half": self.half,
            "comments": self.comments,
            "identifiers": {k: self.identifiers[k] for k in KINDS},
            "leaked": {k: self.leaked[k] for k in KINDS},
            "leaked_total": sum(self.leaked.values()),
            "harmless_words": self.harmless_words,
            "harmless_removed": len(self.harmless_removed),
            "removed_per_100": round(self.removed_per_100, 3),
            "leaks": [leak.__dict__ for leak in self.leaks],
            "removed_words": [{"id": i, "word": w} for i, w in self.harmless_removed],
        }


def load_rows(half: str, path: Path | None = None) -> list[dict[str, Any]]:
    """The set's rows of one half, read from its JSON lines; the other half is dropped on reading."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {', '.join(HALVES)}, not {half!r}")
    if path is None:
        path = SET_PATH if half in ("dev", "aside") else SET_PATH.with_name(f"redaction_{half}.jsonl")
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["half"] == half:
                rows.append(row)
    return rows


def surviving_words(text: str, redacted: str) -> list[tuple[int, int, bool]]:
    """Each word of the text (start, end) and whether it is still in the redacted text.

    The two texts are aligned as sequences of words, labels and punctuation, so a word counts as kept
    only where it stands in the same place of the output, not wherever an equal word appears.

    >>> surviving_words("Ask Ngozi on 12 May", "Ask [name] on [date]")
    [(0, 3, True), (4, 9, False), (10, 12, True), (13, 15, False), (16, 19, False)]
    """
    original = list(_UNIT_RE.finditer(text))
    output = [m.group(0) for m in _UNIT_RE.finditer(redacted)]
    matcher = difflib.SequenceMatcher(None, [m.group(0) for m in original], output, autojunk=False)
    kept = [False] * len(original)
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            kept[block.a + offset] = True
    return [(m.start(), m.end(), kept[i]) for i, m in enumerate(original) if _WORD_RE.fullmatch(m.group(0))]


def score_redaction(
    rows: Sequence[dict[str, Any]], half: str, redactor: Callable[[str], str] = redact
) -> RedactionScore:
    """Leaks by kind and harmless words removed, judged on the redactor's output text alone."""
    identifiers: Counter[str] = Counter()
    leaked: Counter[str] = Counter()
    leaks: list[Leak] = []
    harmless = 0
    removed: list[tuple[str, str]] = []
    for row in rows:
        text = row["text"]
        redacted = redactor(text)
        words = surviving_words(text, redacted)
        spans = [(i["start"], i["start"] + len(i["text"]), i) for i in row["identifiers"]]
        for start, end, ident in spans:
            identifiers[ident["kind"]] += 1
            if any(kept and start <= s and e <= end for s, e, kept in words):
                leaked[ident["kind"]] += 1
                leaks.append(Leak(row["id"], ident["kind"], ident["text"], redacted))
        for s, e, kept in words:
            if any(start < e and s < end for start, end, _ in spans):
                continue
            harmless += 1
            if not kept:
                removed.append((row["id"], text[s:e]))
    return RedactionScore(half, len(rows), identifiers, leaked, leaks, harmless, removed)


def format_score(score: RedactionScore) -> str:
    """The score as a readable table, with every leak and every harmless word removed."""
    lines = [
        f"Redaction, half {score.half}: {score.comments} comments",
        "",
        f"  {'kind':<15}{'labelled':>9}{'leaked':>8}",
    ]
    for kind in KINDS:
        lines.append(f"  {kind:<15}{score.identifiers[kind]:>9}{score.leaked[kind]:>8}")
    total, leaked = sum(score.identifiers.values()), sum(score.leaked.values())
    lines += [
        f"  {'all':<15}{total:>9}{leaked:>8}",
        "",
        f"Harmless words removed: {len(score.harmless_removed)} of {score.harmless_words} "
        f"({score.removed_per_100:.2f} per 100; the target is at most 1)",
    ]
    if score.leaks:
        lines += ["", "Leaks:"]
        lines += [f"  {leak.id} {leak.kind}: {leak.text!r} -> {leak.redacted!r}" for leak in score.leaks]
    if score.harmless_removed:
        lines += ["", "Harmless words removed:"]
        lines += [f"  {row_id}: {word!r}" for row_id, word in score.harmless_removed]
    return "\n".join(lines)
