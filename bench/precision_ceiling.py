"""How far can theme precision go on unseen comments? Four measurements on a hand-labelled file.

1. Rule pruning, out of fold: repeated 5-fold splits; each rule's precision is measured on four
   folds, rules below a threshold are dropped, and the fifth fold is coded with what is left.
   Pooled over the folds, this shows what pruning by measured precision would do to comments the
   pruning has not seen (top-10 macro precision, recall and F1).
2. Sampling noise: bootstrap sets of the size of the project's held-out comments (4,333, the 70%
   beside the 30% development sample) drawn from the file, coded as now; the spread of top-10 macro
   precision, and how often each theme is among the ten.
3. With `--learned` (needs scikit-learn, which is not a dependency of the project): a TF-IDF
   logistic regression per theme, trained out of fold, either as a veto on the rules' themes or
   alone. Alone it is the same learner on both halves of the seeded split, so its two half-scores
   say how much harder one half is than the other, apart from any fitting of the rules.
4. Theme yields, out of fold: one theme of a comment gives way to another found with it, where on the
   training folds the first was rarely labelled when the second was found too. Hand labellers mostly
   give a comment one sub-category (precision is 0.89 for comments the engine gives one theme and
   0.72 for two), so this asks whether co-occurrence, rather than the rules, is where precision goes.

Usage: .venv/bin/python bench/precision_ceiling.py [--labelled ../shared/data/px_dev.csv] [--learned]
The comments are read at run time and never printed; the last line is one JSON object of figures.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[0:1] = [str(ROOT)]

import pandas as pd  # noqa: E402

from analysis.evaluation import gold_theme_keys, rule_statistics, split_half, top_theme_keys  # noqa: E402
from analysis.text.codebook import Codebook, Prepared, load_codebook, prepare  # noqa: E402

CODEBOOK = ROOT / "analysis" / "codebooks" / "patient_experience.yaml"
HELD_OUT_SIZE = 4_333


def top_scores(
    gold: Sequence[set[str]], predicted: Sequence[set[str]], rows: Sequence[int]
) -> dict[str, float]:
    """Top-10 macro precision, recall and F1 over the given rows, as `evaluate` computes them."""
    support: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    made: Counter[str] = Counter()
    for i in rows:
        support.update(gold[i])
        made.update(predicted[i])
        hits.update(gold[i] & predicted[i])
    top = top_theme_keys(support)
    precision = [hits[k] / made[k] if made[k] else 0.0 for k in top]
    recall = [hits[k] / support[k] for k in top]
    f1 = [2 * p * r / (p + r) if p + r else 0.0 for p, r in zip(precision, recall, strict=True)]
    n = len(top)
    return {"precision": sum(precision) / n, "recall": sum(recall) / n, "f1": sum(f1) / n}


def pruned(book: Codebook, dropped: set[tuple[str, str]]) -> Codebook:
    """The codebook without the (theme, rule label) pairs given."""
    themes = []
    for theme in book.themes:

        def keep(label: str, key: str = theme.key) -> bool:
            """Whether this rule of the theme stays."""
            return (key, label) not in dropped

        prompt_patterns = {
            prompt: tuple(p for p in patterns if keep(f"prompt:{prompt}:{p}"))
            for prompt, patterns in theme.prompt_patterns.items()
        }
        themes.append(
            dataclasses.replace(
                theme,
                phrases=tuple(p for p in theme.phrases if keep(f"phrase:{p.removeprefix('=')}")),
                patterns=tuple(p for p in theme.patterns if keep(f"pattern:{p}")),
                prompt_patterns=prompt_patterns,
            )
        )
    return Codebook(book.name, book.version, book.description, themes, book.checksum)


def out_of_fold(
    gold: Sequence[set[str]], code_fold: Callable[[list[int], list[int]], dict[int, set[str]]]
) -> dict[str, float]:
    """Top-10 scores pooled over 5 seeds x 5 folds, each fold coded by what ``code_fold`` learnt elsewhere."""
    runs = []
    for seed in range(5):
        order = list(range(len(gold)))
        random.Random(seed).shuffle(order)
        predicted: list[set[str]] = [set() for _ in order]
        for fold in range(5):
            test = order[fold::5]
            held = set(test)
            for i, themes in code_fold([i for i in order if i not in held], test).items():
                predicted[i] = themes
        runs.append(top_scores(gold, predicted, range(len(gold))))
    return {k: round(sum(r[k] for r in runs) / len(runs), 4) for k in runs[0]}


def rule_pruning(
    frame: pd.DataFrame, book: Codebook, gold: list[set[str]], prepared: list[tuple[Prepared, str | None]]
) -> list[dict[str, float]]:
    """Out-of-fold effect of dropping rules whose measured precision is below a threshold."""
    results = []
    for threshold, min_fired in [(0.0, 0), (0.4, 3), (0.5, 3), (0.6, 3), (0.7, 3), (0.75, 5)]:

        def code_fold(
            train: list[int], test: list[int], threshold: float = threshold, min_fired: int = min_fired
        ) -> dict[int, set[str]]:
            """The test fold coded without the rules weak on the training folds."""
            stats = rule_statistics(frame.iloc[train], book)
            weak = stats[(stats["fired"] >= min_fired) & (stats["precision"] < threshold)]
            fold_book = pruned(book, set(zip(weak["theme"], weak["rule"], strict=True)))
            return {i: {m.theme for m in fold_book.match(*prepared[i])} for i in test}

        row = out_of_fold(gold, code_fold)
        results.append({"threshold": threshold, "min_fired": min_fired, **row})
        print(f"prune below {threshold:.2f} (rules fired {min_fired}+ times): {row}", file=sys.stderr)
    return results


def learn_yields(
    gold: Sequence[set[str]], predicted: Sequence[set[str]], rows: Sequence[int], below: float, min_seen: int
) -> dict[tuple[str, str], float]:
    """(theme, other) pairs where the theme, found with the other, was labelled less than ``below``."""
    seen: Counter[tuple[str, str]] = Counter()
    agreed: Counter[tuple[str, str]] = Counter()
    for i in rows:
        for theme in predicted[i]:
            for other in predicted[i] - {theme}:
                seen[theme, other] += 1
                agreed[theme, other] += theme in gold[i]
    return {pair: agreed[pair] / n for pair, n in seen.items() if n >= min_seen and agreed[pair] / n < below}


def apply_yields(found: set[str], yields: dict[tuple[str, str], float]) -> set[str]:
    """The themes left when each gives way as learnt; of two that would give way to each other, the weaker."""
    kept = set(found)
    for theme in found:
        for other in found - {theme}:
            if (theme, other) in yields and yields.get((other, theme), 1.0) >= yields[theme, other]:
                kept.discard(theme)
    return kept


def precision_by_themes_found(gold: list[set[str]], predicted: list[set[str]]) -> dict[str, float]:
    """Share of the engine's themes the hand labels agree with, by how many themes it found in the comment."""
    made: Counter[int] = Counter()
    agreed: Counter[int] = Counter()
    for found, labelled in zip(predicted, gold, strict=True):
        many = min(len(found), 4)
        made[many] += len(found)
        agreed[many] += len(found & labelled)
    return {f"{n}{'+' if n == 4 else ''}": round(agreed[n] / made[n], 3) for n in sorted(made) if made[n]}


def theme_yields(gold: list[set[str]], predicted: list[set[str]]) -> dict[str, object]:
    """Out-of-fold effect of letting a theme give way to another found with it (5 seeds x 5 folds)."""
    by_count = precision_by_themes_found(gold, predicted)
    print(f"precision by themes found in a comment: {by_count}", file=sys.stderr)
    results = []
    for below, min_seen in [(0.3, 5), (0.4, 5), (0.5, 8), (0.6, 8), (0.6, 12)]:

        def code_fold(
            train: list[int], test: list[int], below: float = below, min_seen: int = min_seen
        ) -> dict[int, set[str]]:
            """The test fold's themes after the yields learnt on the training folds."""
            yields = learn_yields(gold, predicted, train, below, min_seen)
            return {i: apply_yields(predicted[i], yields) for i in test}

        row = out_of_fold(gold, code_fold)
        results.append({"below": below, "min_seen": min_seen, **row})
        print(f"yield below {below:.2f} (seen {min_seen}+ times together): {row}", file=sys.stderr)
    return {"precision_by_themes_found": by_count, "out_of_fold": results}


def bootstrap(gold: list[set[str]], predicted: list[set[str]], draws: int = 1000) -> dict[str, object]:
    """Spread of top-10 macro precision over resampled sets the size of the held-out comments."""
    rng = random.Random(1)
    n = len(gold)
    values = []
    in_top: Counter[str] = Counter()
    for _ in range(draws):
        rows = [rng.randrange(n) for _ in range(HELD_OUT_SIZE)]
        values.append(top_scores(gold, predicted, rows)["precision"])
        support = Counter(k for i in rows for k in gold[i])
        in_top.update(top_theme_keys(support))
    values.sort()
    mean = sum(values) / draws
    sd = (sum((v - mean) ** 2 for v in values) / draws) ** 0.5
    share = {k: round(v / draws, 3) for k, v in in_top.most_common() if v < draws}
    figures = {"mean": round(mean, 4), "sd": round(sd, 4), "p05": round(values[draws // 20], 4)}
    print(f"bootstrap of {HELD_OUT_SIZE} comments: {figures}; in the top ten: {share}", file=sys.stderr)
    return {**figures, "share_in_top_ten": share}


def learned(
    frame: pd.DataFrame, gold: list[set[str]], rules: list[set[str]], halves: dict[str, list[int]]
) -> dict[str, object]:
    """A TF-IDF logistic regression per theme, out of fold: alone, and as a veto on the rules."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        sys.exit("--learned needs scikit-learn (pip install scikit-learn into a scratch environment)")
    texts = [f"{p} {t}" for t, p in zip(frame["comment_text"], frame["question_type"], strict=True)]
    themes = sorted({k for g in gold for k in g})
    order = list(range(len(texts)))
    random.Random(0).shuffle(order)
    probability: list[dict[str, float]] = [{} for _ in texts]
    for fold in range(5):
        test = order[fold::5]
        held = set(test)
        train = [i for i in order if i not in held]
        vectoriser = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        x_train = vectoriser.fit_transform([texts[i] for i in train])
        x_test = vectoriser.transform([texts[i] for i in test])
        for theme in themes:
            y = [theme in gold[i] for i in train]
            if sum(y) < 5:
                continue
            model = LogisticRegression(C=4, class_weight="balanced", max_iter=2000).fit(x_train, y)
            for i, p in zip(test, model.predict_proba(x_test)[:, 1], strict=True):
                probability[i][theme] = float(p)
    everything = range(len(texts))
    alone = [{k for k, p in probability[i].items() if p >= 0.5} for i in everything]
    parts = [("whole", everything), *halves.items()]
    out: dict[str, object] = {"alone": {name: top_scores(gold, alone, rows) for name, rows in parts}}
    for tau in (0.1, 0.2, 0.3, 0.4):
        vetoed = [{k for k in rules[i] if probability[i].get(k, 1.0) >= tau} for i in everything]
        out[f"veto_{tau}"] = top_scores(gold, vetoed, everything)
    print(f"learned: {out}", file=sys.stderr)
    return out


def main() -> None:
    """Run the measurements and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", type=Path, default=ROOT.parent / "shared" / "data" / "px_dev.csv")
    parser.add_argument("--codebook", type=Path, default=CODEBOOK)
    parser.add_argument("--learned", action="store_true", help="also the learned veto (needs scikit-learn)")
    args = parser.parse_args()
    frame = pd.read_csv(args.labelled, dtype=str, keep_default_na=False).reset_index(drop=True)
    book = load_codebook(args.codebook)
    gold, _ = gold_theme_keys(frame, book, "labels_v7", "labels")
    pairs = zip(frame["comment_text"], frame["question_type"], strict=True)
    prepared = [(prepare(text), prompt.strip() or None) for text, prompt in pairs]
    now = [{m.theme for m in book.match(*item)} for item in prepared]
    halves = {h: sorted(frame.index.get_indexer(split_half(frame, h).index)) for h in ("a", "b")}
    parts = [("whole", range(len(frame))), *halves.items()]
    figures: dict[str, object] = {
        "now": {name: top_scores(gold, now, rows) for name, rows in parts},
        "rule_pruning": rule_pruning(frame, book, gold, prepared),
        "bootstrap": bootstrap(gold, now),
        "theme_yields": theme_yields(gold, now),
    }
    if args.learned:
        figures["learned"] = learned(frame, gold, now, halves)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
