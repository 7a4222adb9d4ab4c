"""The team's review of coded comments: reviewed codes in place of the engine's, quotes and agreement.

A review is one person's coding of one comment (a response's answer to one question): its themes, each
with a stance, the comment's sentiment and risk flag, and the themes under which its quote may be
published. When several people reviewed a comment, the latest review is the comment's code (the rule
`latest_reviews` applies); their agreement is measured with Cohen's kappa (analysis/agreement.py).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from analysis.agreement import Agreement, cohen_kappa
from analysis.text.codebook import Codebook
from analysis.text.coding import STANCE_COUNTS, select_quotes, theme_tallies
from analysis.text.sentiment import LABELS
from analysis.text.stance import STANCES

__all__ = [
    "ABSENT",
    "REVIEW_COLUMNS",
    "REVIEW_RULE",
    "STANCES",
    "STANCE_LABELS",
    "Disagreement",
    "ItemAgreement",
    "PairAgreement",
    "apply_reviews",
    "approved_first_quotes",
    "format_pairs",
    "latest_reviews",
    "pair_agreements",
    "parse_pairs",
    "retired_label",
    "retired_theme_summary",
]

#: Each stance (analysis/text/stance.py) as a reviewer reads it.
STANCE_LABELS = {
    "barrier": "Barrier",
    "not_a_barrier": "Not a barrier",
    "positive": "Positive",
    "mention": "Mention",
}
#: A theme a reviewer did not code in a comment, as agreement counts it.
ABSENT = "not coded"
#: A review as the functions here read it, one row per (comment, reviewer).
REVIEW_COLUMNS = (
    "reference",
    "question",
    "reviewer",
    "reviewed_at",
    "sequence",
    "theme_stances",
    "quote_approved",
    "sentiment",
    "risk_flag",
)
#: The rule when members disagree, in words for reports, packs and pages.
REVIEW_RULE = (
    "When more than one team member reviewed a comment, the latest review is the comment's code; "
    "where members' latest reviews differ, the analysis page lists the disagreement for them to settle."
)
# What theme_rules records for a theme a reviewer added (no engine rule found it).
REVIEW_RULE_MARK = "added in review"
COMMENT_KEY = ["reference", "question"]


def parse_pairs(value: object) -> dict[str, str]:
    """`key:value;key:value` (as theme_stances and theme_sentiments are written) as a mapping.

    >>> parse_pairs("pay:barrier;mentor:positive")
    {'pay': 'barrier', 'mentor': 'positive'}
    """
    if not isinstance(value, str):
        return {}
    pairs: dict[str, str] = {}
    for item in value.split(";"):
        key, _, code = item.partition(":")
        if key.strip():
            pairs[key.strip()] = code.strip()
    return pairs


def format_pairs(pairs: Mapping[str, str]) -> str:
    """A mapping written as `key:value;key:value`, in its own order.

    >>> format_pairs({"pay": "barrier", "mentor": "positive"})
    'pay:barrier;mentor:positive'
    """
    return ";".join(f"{key}:{code}" for key, code in pairs.items())


def _keys(value: object) -> list[str]:
    """`a;b` as a list of keys, blanks dropped."""
    return [key for key in value.split(";") if key] if isinstance(value, str) else []


def latest_reviews(reviews: pd.DataFrame) -> pd.DataFrame:
    """One review per comment: the latest (by time, then by the order reviews were stored).

    This is the team's rule when members disagree (REVIEW_RULE): the last person to look decided.
    """
    return _in_order(reviews).drop_duplicates(COMMENT_KEY, keep="last").reset_index(drop=True)


def _in_order(reviews: pd.DataFrame) -> pd.DataFrame:
    """Reviews oldest first: by time, then by the order they were stored (`sequence`, when given)."""
    order = ["reviewed_at", "sequence"] if "sequence" in reviews.columns else ["reviewed_at"]
    return reviews.sort_values(order, kind="stable")


def _theme_rules(engine_rules: object, themes: Sequence[str]) -> str:
    """The engine's rules of the themes a reviewer kept, and a mark for each theme they added."""
    found = dict(item.split("=", 1) for item in _keys(engine_rules) if "=" in item)
    return ";".join(f"{key}={found.get(key, REVIEW_RULE_MARK)}" for key in themes)


def _theme_sentiments(engine: Mapping[str, object], stances: Mapping[str, str], sentiment: str) -> str:
    """Per-theme sentiment of a reviewed comment.

    A theme keeps the engine's own sentiment only where the reviewer accepted both its stance and the
    comment's sentiment as coded; otherwise it takes the sentiment the reviewer gave the comment.
    """
    engine_stances = parse_pairs(engine.get("theme_stances"))
    engine_sentiments = parse_pairs(engine.get("theme_sentiments"))
    unchanged = sentiment == engine.get("sentiment")
    return format_pairs(
        {
            key: engine_sentiments[key]
            if unchanged and engine_stances.get(key) == stance and key in engine_sentiments
            else sentiment
            for key, stance in stances.items()
        }
    )


def apply_reviews(coded: pd.DataFrame, reviews: pd.DataFrame) -> pd.DataFrame:
    """Coded comments with each reviewed comment's codes in place of the engine's.

    Comments are matched on `reference` and `question`. A reviewed comment's themes, theme_stances,
    sentiment and risk_flag are the latest review's (`latest_reviews`); its theme_rules keep the
    engine's rule for each theme kept; theme_sentiments, when the engine gives them, follow
    `_theme_sentiments`. Two columns are added: `reviewed` (bool) and `quote_approved` (the theme keys
    under which the quote may be published). Themes no longer in the codebook are kept, not dropped.
    """
    out = coded.copy()
    if "theme_stances" not in out.columns:
        out["theme_stances"] = ""
    reviewed = [False] * len(out)
    approved = [""] * len(out)
    if not reviews.empty and len(out) and set(COMMENT_KEY) <= set(out.columns):
        latest = {
            (str(r["reference"]), str(r["question"])): {str(k): v for k, v in r.items()}
            for r in latest_reviews(reviews).to_dict("records")
        }
        keys = zip(out["reference"].astype(str), out["question"].astype(str), strict=True)
        hits = [(position, latest[key]) for position, key in enumerate(keys) if key in latest]
        columns = [c for c in (*_REVIEWED_COLUMNS, *_DERIVED_COLUMNS) if c in out.columns]
        values = {column: out[column].tolist() for column in columns}
        for position, review in hits:
            engine = {column: values[column][position] for column in columns}
            for column, value in _reviewed_codes(engine, review).items():
                if column in values:
                    values[column][position] = value
            reviewed[position] = True
            approved[position] = str(review["quote_approved"])
        for column in columns:
            out[column] = pd.Series(values[column], index=out.index, dtype=out[column].dtype)
    out["reviewed"] = pd.Series(reviewed, index=out.index, dtype=bool)
    out["quote_approved"] = pd.Series(approved, index=out.index, dtype=object)
    return out


# Columns a review replaces, and those derived from the engine's and the review's codes together.
_REVIEWED_COLUMNS = ("themes", "theme_stances", "sentiment", "risk_flag")
_DERIVED_COLUMNS = ("theme_rules", "theme_sentiments")


def _reviewed_codes(engine: Mapping[str, object], review: Mapping[str, object]) -> dict[str, object]:
    """One comment's coded values once a review replaces the engine's codes."""
    stances = parse_pairs(review["theme_stances"])
    sentiment = str(review["sentiment"])
    return {
        "themes": ";".join(stances),
        "theme_stances": format_pairs(stances),
        "sentiment": sentiment,
        "risk_flag": bool(review["risk_flag"]),
        "theme_rules": _theme_rules(engine.get("theme_rules"), list(stances)),
        "theme_sentiments": _theme_sentiments(engine, stances, sentiment),
    }


# ------------------------------------------------------------------------------------ the report's use


def retired_label(key: str, books: Sequence[Codebook], label: str = "") -> str:
    """How a reviewed theme the codebooks no longer hold is named wherever it is shown.

    >>> retired_label("old_theme", [])
    'Old theme (theme no longer in the codebook)'
    """
    words = label or key.replace("_", " ").capitalize()
    if not books:
        return f"{words} (theme no longer in the codebook)"
    named = " or ".join(f"{book.name} v{book.version}" for book in books)
    return f"{words} (theme no longer in codebook {named})"


def retired_theme_summary(coded: pd.DataFrame, books: Sequence[Codebook]) -> pd.DataFrame:
    """Reviewed themes no codebook holds any more, counted as `theme_summary` counts the others.

    Like `theme_summary`, a theme's sentiment and stance are its own in each comment (`theme_tallies`).
    """
    known = {theme.key for book in books for theme in book.themes}
    sentiments, stances = theme_tallies(coded)
    retired = sorted({key for key, _ in sentiments} - known)
    rows = []
    for key in retired:
        by_label = {label: sentiments[key, label] for label in LABELS}
        total = sum(count for (theme, _), count in sentiments.items() if theme == key)
        net = (by_label["positive"] - by_label["negative"]) / total if total else math.nan
        book = books[0].name if books else ""
        rows.append(
            {"codebook": book, "theme": key, "label": retired_label(key, books), "comments": total}
            | by_label
            | {"net_sentiment": net}
            | {f"stance_{stance}": stances[key, stance] for stance in STANCES}
        )
    columns = ["codebook", "theme", "label", "comments", "positive", "negative", "mixed", "neutral"]
    frame = pd.DataFrame(rows, columns=[*columns, "net_sentiment", *STANCE_COUNTS])
    return frame.astype({c: "int64" for c in [*columns[3:], *STANCE_COUNTS]} | {"net_sentiment": "float64"})


def approved_first_quotes(coded: pd.DataFrame, per_theme: int) -> pd.DataFrame:
    """Quotes per theme (theme, quote, sentiment, approved): approved ones first, then the engine's choice.

    A reviewed comment is quoted only under the themes its reviewer approved it for; a comment nobody
    reviewed may be chosen by the engine (`select_quotes`). Flagged comments are never quoted.
    """
    safe = coded[~coded["risk_flag"].astype(bool)]
    if "reviewed" not in safe.columns:
        return _quotes_of(safe, per_theme).assign(approved=False)
    reviewed = safe["reviewed"].astype(bool)
    approved = safe[reviewed & (safe["quote_approved"].astype(str) != "")].assign(
        themes=lambda frame: frame["quote_approved"]
    )
    first = _quotes_of(approved, per_theme).assign(approved=True)
    rest = _quotes_of(safe[~reviewed], per_theme).assign(approved=False)
    mentions = Counter(
        key for themes in pd.concat([approved["themes"], safe[~reviewed]["themes"]]) for key in _keys(themes)
    )
    rows: list[dict[str, object]] = []
    for key in sorted(set(first["theme"]) | set(rest["theme"]), key=lambda k: (-mentions[k], k)):
        seen: set[str] = set()
        candidates = pd.concat([first[first["theme"] == key], rest[rest["theme"] == key]])
        for row in candidates.itertuples(index=False):
            text = str(row.quote).strip().lower()
            if text not in seen and len(seen) < per_theme:
                seen.add(text)
                rows.append(row._asdict())
    return pd.DataFrame(rows, columns=["theme", "quote", "sentiment", "approved"])


def _quotes_of(frame: pd.DataFrame, per_theme: int) -> pd.DataFrame:
    """The engine's quote choice of a frame, empty for an empty frame."""
    if frame.empty:
        return pd.DataFrame(columns=["theme", "quote", "sentiment"])
    return select_quotes(frame, per_theme=per_theme)


# ------------------------------------------------------------------------------------------- agreement


@dataclass(frozen=True)
class ItemAgreement:
    """Two members' agreement on one item of the coding: a theme (with its stance), sentiment or risk."""

    item: str
    agreement: Agreement


@dataclass(frozen=True)
class Disagreement:
    """One comment two members coded differently on one item, with what each of them gave."""

    reference: str
    question: str
    item: str
    first: str
    second: str


@dataclass(frozen=True)
class PairAgreement:
    """How far two members agree over the comments both reviewed, item by item."""

    first: str
    second: str
    comments: int
    themes: list[ItemAgreement]
    sentiment: Agreement
    risk_flag: Agreement
    disagreements: list[Disagreement]


def _codes(review: pd.Series, themes: Sequence[str]) -> dict[str, str]:
    """One review as codes per item: each theme's stance (or ABSENT), sentiment, risk flag."""
    stances = parse_pairs(review["theme_stances"])
    codes = {key: stances.get(key, ABSENT) for key in themes}
    codes["sentiment"] = str(review["sentiment"])
    codes["risk_flag"] = "flagged" if bool(review["risk_flag"]) else "not flagged"
    return codes


def pair_agreements(reviews: pd.DataFrame, themes: Sequence[str]) -> list[PairAgreement]:
    """Cohen's kappa per theme, for sentiment and for the risk flag, for each pair of reviewers.

    Each reviewer's latest review of a comment counts. A theme's code in a comment is the stance the
    reviewer gave it, or ABSENT; themes outside `themes` that a reviewer used (retired ones) are
    added. Only themes either member of a pair used in a comment both reviewed are reported.
    """
    latest = _in_order(reviews).drop_duplicates([*COMMENT_KEY, "reviewer"], keep="last")
    used = [key for value in latest["theme_stances"] for key in parse_pairs(value)]
    every = list(dict.fromkeys([*themes, *used]))
    coded = {
        (str(r["reviewer"]), str(r["reference"]), str(r["question"])): _codes(r, every)
        for _, r in latest.iterrows()
    }
    by_reviewer: dict[str, set[tuple[str, str]]] = {}
    for reviewer, reference, question in coded:
        by_reviewer.setdefault(reviewer, set()).add((reference, question))
    pairs = []
    for first, second in itertools.combinations(sorted(by_reviewer), 2):
        common = sorted(by_reviewer[first] & by_reviewer[second])
        if common:
            one = [coded[(first, *comment)] for comment in common]
            two = [coded[(second, *comment)] for comment in common]
            pairs.append(_pair(first, second, common, one, two, every))
    return pairs


def _pair(
    first: str,
    second: str,
    common: list[tuple[str, str]],
    one: list[dict[str, str]],
    two: list[dict[str, str]],
    themes: Sequence[str],
) -> PairAgreement:
    """The agreement of one pair over the comments both reviewed."""

    def agreement(item: str) -> Agreement:
        return cohen_kappa([codes[item] for codes in one], [codes[item] for codes in two])

    shown = [key for key in themes if any(codes[key] != ABSENT for codes in [*one, *two])]
    disagreements = [
        Disagreement(reference, question, item, a[item], b[item])
        for (reference, question), a, b in zip(common, one, two, strict=True)
        for item in [*shown, "sentiment", "risk_flag"]
        if a[item] != b[item]
    ]
    return PairAgreement(
        first,
        second,
        len(common),
        [ItemAgreement(key, agreement(key)) for key in shown],
        agreement("sentiment"),
        agreement("risk_flag"),
        disagreements,
    )
