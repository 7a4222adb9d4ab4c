"""Where a comment's coding time goes: each stage timed alone over the same synthetic comments, on one core.

The comments are the free text of `responses` synthetic responses (bench/synthetic.py), each coded
with its questionnaire's shipped codebook as the report codes it. Each stage of `code_one` runs over
every comment on its own (best of `--repeats`), beside a bare `TextBlob(text).sentiment` pass and the
whole of `code_one`, so the shares and the ratio come from one run on one machine.

Usage: .venv/bin/python bench/coding_stages.py [--responses 3000] [--repeats 3]
The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
# The project first, so `analysis` is the package rather than a script; then bench/ for synthetic.
sys.path[0:1] = [str(ROOT), str(BENCH)]

from synthetic import write_synthetic_exports  # noqa: E402

from analysis.text.codebook import Codebook, prepare  # noqa: E402
from analysis.text.coding import code_one, load_shipped, read_with_model  # noqa: E402
from analysis.text.redaction import redact  # noqa: E402
from analysis.text.risk import assess_risk  # noqa: E402
from analysis.text.sentiment import score_sentiment  # noqa: E402
from analysis.text.stance import theme_stances  # noqa: E402
from feedback_app.demo.content import FREE_TEXT  # noqa: E402

# The codebook each shipped questionnaire names in its definition.
CODEBOOK_OF = {
    "patient-experience": "patient_experience",
    "apprentice-survey": "workforce",
    "stakeholder-event": "stakeholder_event",
}
Comment = tuple[str, Codebook]


def synthetic_comments(responses: int, folder: Path) -> list[Comment]:
    """Every non-empty free-text answer of the synthetic exports, with its questionnaire's codebook."""
    books = {slug: load_shipped(name) for slug, name in CODEBOOK_OF.items()}
    comments: list[Comment] = []
    for slug, path in write_synthetic_exports(responses, folder).items():
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        for column in FREE_TEXT[slug]:  # the questions the demo writes comments for
            comments.extend((text, books[slug]) for text in frame[column].tolist() if text.strip())
    return comments


def best_of(repeats: int, run: Callable[[], object]) -> float:
    """The fastest of `repeats` runs, in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def stage_runs(comments: list[Comment]) -> dict[str, Callable[[], object]]:
    """Each stage of code_one over every comment, as code_one calls it."""
    prepared = [(text, book, prepare(text)) for text, book in comments]
    rules = [list(book.explain(p, None)) for _text, book, p in prepared]
    # The matches as code_one passes them on: the rules' as the codebook's learned reading corrects them.
    matches = [
        read_with_model(book, text, None, m) for (text, book, _p), m in zip(prepared, rules, strict=True)
    ]
    # Each comment's clause scores as its sentiment leaves them: code_one's theme stances reuse them.
    memos: list[dict[str, float]] = [{} for _ in comments]
    labels = [
        score_sentiment(text, None, memo).label for (text, _book), memo in zip(comments, memos, strict=True)
    ]
    return {
        "codebook_rules": lambda: [book.explain(p, None) for _t, book, p in prepared],
        "learned_themes": lambda: [
            read_with_model(book, text, None, m) for (text, book, _p), m in zip(prepared, rules, strict=True)
        ],
        "sentiment": lambda: [score_sentiment(text, None, {}) for text, _book in comments],
        "theme_stances": lambda: [
            theme_stances(p.lowered, m, None, label, dict(memo))
            for (_t, _b, p), m, label, memo in zip(prepared, matches, labels, memos, strict=True)
        ],
        "risk": lambda: [assess_risk(text) for text, _book in comments],
        "redaction": lambda: [redact(text) for text, _book in comments],
        "tokenising": lambda: [prepare(text) for text, _book in comments],
    }


def untimed_share(stages: dict[str, float], whole: float) -> float:
    """The part of code_one no stage accounts for (joining the columns, the calls between)."""
    return 1.0 - sum(stages.values()) / whole


def main() -> None:
    """Time the bare pass, the whole coding and each stage; print the figures, the last line as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=3000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    from textblob import TextBlob

    with tempfile.TemporaryDirectory(prefix="coding-stages-") as tmp:
        comments = synthetic_comments(args.responses, Path(tmp))
    for text, book in comments[:200]:  # warm the per-process caches the report would have warmed
        code_one(text, None, [book])
    bare = best_of(args.repeats, lambda: [TextBlob(text).sentiment.polarity for text, _ in comments])
    whole = best_of(args.repeats, lambda: [code_one(text, None, [book]) for text, book in comments])
    stages = {name: best_of(args.repeats, run) for name, run in stage_runs(comments).items()}
    per = 1e6 / len(comments)
    for name, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"{name:>15}: {seconds * per:7.1f} us a comment, {seconds / whole:5.1%} of code_one")
    print(f"{'the rest':>15}: {untimed_share(stages, whole):.1%} of code_one")
    print(f"code_one {whole * per:.1f} us, bare TextBlob {bare * per:.1f} us: {whole / bare:.2f}x")
    figures = {
        "comments": len(comments),
        "code_one_us": round(whole * per, 1),
        "bare_textblob_us": round(bare * per, 1),
        "ratio_to_bare": round(whole / bare, 2),
        "stage_share": {name: round(seconds / whole, 3) for name, seconds in stages.items()},
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
