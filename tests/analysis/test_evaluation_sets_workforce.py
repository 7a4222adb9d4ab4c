"""The shape of the workforce labelled evaluation set (analysis/evaluation_sets/workforce.csv).

Checks columns, ids, halves and that every label is valid and every label kind is covered in both
halves. It does not score the engine: that is for the evaluation, once the rules are tuned on `dev`.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
import yaml

from analysis.text.sentiment import LABELS

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "analysis" / "evaluation_sets" / "workforce.csv"
CODEBOOK = ROOT / "analysis" / "codebooks" / "workforce.yaml"
QUESTIONNAIRE = ROOT / "questionnaires" / "apprentice-survey.yaml"

COLUMNS = ["id", "half", "question", "text", "themes", "stances", "sentiment", "note"]
STANCES = {"barrier", "not_a_barrier", "positive", "mention"}
# The error kinds of issue 15 each need enough cases to be measured.
MIN_ROWS = 240
MIN_PER_THEME = 8
MIN_NO_THEME = 30
MIN_MIXED_STANCES = 20


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with SET.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == COLUMNS
        return list(reader)


@pytest.fixture(scope="module")
def theme_keys() -> set[str]:
    codebook = yaml.safe_load(CODEBOOK.read_text(encoding="utf-8"))
    return {theme["key"] for theme in codebook["themes"]}


def _themes(row: dict[str, str]) -> list[str]:
    return [key for key in row["themes"].split(";") if key]


def _stances(row: dict[str, str]) -> list[tuple[str, str]]:
    return [tuple(pair.split(":")) for pair in row["stances"].split(";") if pair]


def test_size_ids_and_halves(rows):
    assert len(rows) >= MIN_ROWS
    ids = [row["id"] for row in rows]
    assert len(set(ids)) == len(ids)
    assert all(i.startswith("wf-") for i in ids)
    halves = Counter(row["half"] for row in rows)
    assert set(halves) == {"dev", "aside"}
    assert halves["dev"] == halves["aside"]


def test_texts_are_unique_and_not_empty(rows):
    texts = [row["text"].strip() for row in rows]
    assert all(texts)
    assert len(set(texts)) == len(texts)


def test_questions_are_the_surveys_free_text_keys(rows):
    questionnaire = yaml.safe_load(QUESTIONNAIRE.read_text(encoding="utf-8"))
    long_text = {
        q["key"] for page in questionnaire["pages"] for q in page["questions"] if q["type"] == "long_text"
    }
    assert {row["question"] for row in rows} <= long_text


def test_every_label_is_valid(rows, theme_keys):
    for row in rows:
        themes = _themes(row)
        assert set(themes) <= theme_keys, row["id"]
        assert len(set(themes)) == len(themes), row["id"]
        stances = _stances(row)
        assert [key for key, _ in stances] == themes, row["id"]
        assert {stance for _, stance in stances} <= STANCES, row["id"]
        assert row["sentiment"] in LABELS, row["id"]


def test_every_theme_has_enough_cases_in_both_halves(rows, theme_keys):
    total = Counter(key for row in rows for key in _themes(row))
    for key in theme_keys:
        assert total[key] >= MIN_PER_THEME, key
        for half in ("dev", "aside"):
            assert any(key in _themes(row) for row in rows if row["half"] == half), (key, half)


def test_label_kinds_are_covered_in_both_halves(rows):
    for half in ("dev", "aside"):
        part = [row for row in rows if row["half"] == half]
        assert {stance for row in part for _, stance in _stances(row)} == STANCES, half
        assert {row["sentiment"] for row in part} == set(LABELS), half
        assert sum(not _themes(row) for row in part) >= MIN_NO_THEME // 2, half


def test_negation_mixed_and_no_theme_cases(rows):
    assert sum(not _themes(row) for row in rows) >= MIN_NO_THEME
    bare = {row["text"].strip().lower() for row in rows if not _themes(row)}
    assert {"thank you", "n/a", "nothing to add"} <= bare
    # Mixed: two or more themes that carry different stances.
    mixed = [row for row in rows if len({stance for _, stance in _stances(row)}) >= 2]
    assert len(mixed) >= MIN_MIXED_STANCES
    # Named as no problem, for the barriers the issue names.
    for key in ("maths_english", "end_point_assessment", "release_backfill", "mentor_capacity"):
        assert any((key, "not_a_barrier") in _stances(row) for row in rows), key
