"""The shape of the risk-flag evaluation set (issue 15, groundwork): columns, ids, halves, labels and the
minimum counts the issue asks for. It does not score the engine; that comes once the rules are tuned."""

from __future__ import annotations

import csv
import random
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "analysis" / "evaluation_sets" / "risk.csv"
COLUMNS = ["id", "half", "questionnaire", "text", "flag", "kind", "note"]
CATEGORIES = {
    "suicide_self_harm",
    "abuse_coercion",
    "bullying_staff",
    "unsafe_staffing",
    "medication_error",
    "unsafe_care",
}
FLAGGED_KINDS = {"direct", "indirect"}
SAFE_KINDS = {"negative_safe", "training_context", "policy_context", "neutral"}
SPLIT_SEED = 15


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with SET.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def slugs() -> set[str]:
    found = set()
    for path in (ROOT / "questionnaires").glob("*.yaml"):
        found.add(yaml.safe_load(path.read_text(encoding="utf-8"))["slug"])
    return found


def test_ids_are_unique_and_stable_in_form(rows):
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    assert all(len(i) == 8 and i.startswith("risk-") and i[5:].isdigit() for i in ids)


def test_every_cell_is_filled_and_every_text_is_distinct(rows):
    for row in rows:
        assert all(row[column] is not None for column in COLUMNS), row["id"]
        assert row["text"].strip(), row["id"]
    texts = [" ".join(row["text"].lower().split()) for row in rows]
    assert len(texts) == len(set(texts))


def test_labels_are_from_the_allowed_lists(rows):
    known = slugs()
    for row in rows:
        assert row["questionnaire"] in known, row["id"]
        assert row["half"] in {"dev", "aside"}, row["id"]
        if row["flag"] == "none":
            assert row["kind"] in SAFE_KINDS, row["id"]
        else:
            assert row["flag"] in CATEGORIES, row["id"]
            assert row["kind"] in FLAGGED_KINDS, row["id"]


def test_minimum_counts(rows):
    flags = Counter(row["flag"] for row in rows)
    kinds = Counter(row["kind"] for row in rows)
    assert len(rows) >= 240
    assert sum(n for flag, n in flags.items() if flag != "none") >= 110
    for category in CATEGORIES:
        assert flags[category] >= 15, category
        indirect = sum(1 for row in rows if row["flag"] == category and row["kind"] == "indirect")
        assert indirect > flags[category] / 2, category
    assert kinds["negative_safe"] >= 50
    assert kinds["training_context"] + kinds["policy_context"] >= 40
    assert kinds["neutral"] > 0
    assert {row["questionnaire"] for row in rows} == slugs()


def test_halves_are_equal_and_stratified(rows):
    halves = Counter(row["half"] for row in rows)
    assert halves["dev"] == halves["aside"] >= 120
    strata = Counter((row["flag"], row["kind"], row["half"]) for row in rows)
    for flag, kind, _ in strata:
        assert strata[(flag, kind, "dev")] == strata[(flag, kind, "aside")], (flag, kind)


def test_halves_are_the_seeded_split_the_readme_describes(rows):
    strata = defaultdict(list)
    for row in rows:
        strata[(row["flag"], row["kind"])].append(row)
    rng = random.Random(SPLIT_SEED)
    expected = {}
    for key in sorted(strata):
        group = sorted(strata[key], key=lambda r: r["id"])
        rng.shuffle(group)
        for i, row in enumerate(group):
            expected[row["id"]] = "dev" if i < len(group) // 2 else "aside"
    assert {row["id"]: row["half"] for row in rows} == expected


# --- the training file (risk_train.csv): comments written to train the learned reading -----------------
TRAIN_SET = ROOT / "analysis" / "evaluation_sets" / "risk_train.csv"


def test_the_training_file_has_the_sets_shape_and_its_own_comments():
    with TRAIN_SET.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == COLUMNS
        train = list(reader)
    ids = [row["id"] for row in train]
    assert ids == [f"rkt-{i:03d}" for i in range(1, len(train) + 1)]
    assert len(train) >= 300 and {row["half"] for row in train} == {"train"}
    assert {row["questionnaire"] for row in train} <= slugs()
    for row in train:
        assert row["text"].strip(), row["id"]
        if row["flag"] == "none":
            assert row["kind"] in SAFE_KINDS, row["id"]
        else:
            assert row["flag"] in CATEGORIES and row["kind"] in FLAGGED_KINDS, row["id"]
    flags = Counter(row["flag"] for row in train)
    kinds = Counter(row["kind"] for row in train)
    assert all(flags[category] >= 25 for category in CATEGORIES), flags
    assert kinds["indirect"] > 4 * kinds["direct"] and kinds["negative_safe"] >= 100
    assert kinds["training_context"] + kinds["policy_context"] >= 40
    # No comment repeats one of another risk file: each is written for this file. Stock phrases of a few
    # words ("all good thanks") are what anyone writes, so a later file may hold them too.
    texts = [" ".join(row["text"].lower().split()) for row in train]
    others = {
        " ".join(row["text"].lower().split())
        for path in TRAIN_SET.parent.glob("risk*.csv")
        if path != TRAIN_SET
        for row in csv.DictReader(path.open(encoding="utf-8", newline=""))
    }
    shared = {text for text in set(texts) & others if len(text.split()) >= 5}
    assert len(texts) == len(set(texts)) and not shared, shared
