"""The shape of the stakeholder-event labelled set (issue 15): columns, ids, halves and labels.

It does not score the engine; it only checks that the set is well formed and covers what the issue asks for.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
import yaml

from analysis.text.sentiment import LABELS as SENTIMENT_LABELS

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "analysis" / "evaluation_sets" / "stakeholder_event.csv"
CODEBOOK = ROOT / "analysis" / "codebooks" / "stakeholder_event.yaml"
QUESTIONNAIRE = ROOT / "questionnaires" / "stakeholder-event.yaml"
WORKFORCE = ROOT / "analysis" / "codebooks" / "workforce.yaml"

COLUMNS = ["id", "half", "question", "text", "themes", "stances", "sentiment", "note"]
STANCES = {"barrier", "not_a_barrier", "positive", "mention"}


def _rows() -> list[dict[str, str]]:
    with SET.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def _keys(path: Path) -> set[str]:
    return {theme["key"] for theme in yaml.safe_load(path.read_text(encoding="utf-8"))["themes"]}


def _themes(row: dict[str, str]) -> list[str]:
    return [t for t in row["themes"].split(";") if t]


def _stances(row: dict[str, str]) -> dict[str, str]:
    pairs = [p.split(":") for p in row["stances"].split(";") if p]
    assert all(len(p) == 2 for p in pairs), row["id"]
    return dict(pairs)


ROWS = _rows()
KEYS = _keys(CODEBOOK)


def test_ids_unique_and_size() -> None:
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("se-") for i in ids)
    assert len(ROWS) >= 200
    assert all(r["text"].strip() for r in ROWS)
    assert len({r["text"] for r in ROWS}) == len(ROWS)


def test_halves_equal() -> None:
    halves = Counter(r["half"] for r in ROWS)
    assert set(halves) == {"dev", "aside"}
    assert halves["dev"] == halves["aside"] >= 100


def test_questions_are_the_free_text_keys() -> None:
    pages = yaml.safe_load(QUESTIONNAIRE.read_text(encoding="utf-8"))["pages"]
    free_text = {q["key"] for p in pages for q in p["questions"] if q["type"] == "long_text"}
    assert {r["question"] for r in ROWS} == free_text


def test_labels_valid() -> None:
    for row in ROWS:
        themes = _themes(row)
        stances = _stances(row)
        assert len(themes) == len(set(themes)), row["id"]
        assert set(themes) <= KEYS, row["id"]
        assert list(stances) == themes, row["id"]
        assert set(stances.values()) <= STANCES, row["id"]
        assert row["sentiment"] in SENTIMENT_LABELS, row["id"]


def test_no_workforce_keys() -> None:
    if not WORKFORCE.exists():
        pytest.skip("no workforce codebook")
    only_workforce = _keys(WORKFORCE) - KEYS
    assert not any(set(_themes(r)) & only_workforce for r in ROWS)


@pytest.mark.parametrize("half", ["dev", "aside"])
def test_each_half_covers_every_label_kind(half: str) -> None:
    rows = [r for r in ROWS if r["half"] == half]
    themes = Counter(t for r in rows for t in _themes(r))
    assert set(themes) == KEYS
    assert min(themes.values()) >= 5
    assert {s for r in rows for s in _stances(r).values()} == STANCES
    assert {r["sentiment"] for r in rows} == set(SENTIMENT_LABELS)
    assert sum(1 for r in rows if not _themes(r)) >= 10


def test_minimum_counts() -> None:
    present = Counter(t for r in ROWS for t in _themes(r))
    praised = Counter(t for r in ROWS for t, s in _stances(r).items() if s == "positive")
    assert all(present[k] >= 8 for k in KEYS), present
    assert all(praised[k] >= 8 for k in KEYS), praised
    assert sum(1 for r in ROWS if not _themes(r)) >= 25
    assert present["role_understanding_event"] >= 20
    assert sum(1 for r in ROWS if len(_themes(r)) >= 2) >= 30
    assert sum(1 for r in ROWS if r["sentiment"] == "mixed") >= 15


def _row(text: str) -> dict[str, str]:
    return next(r for r in ROWS if r["text"] == text)


def test_the_issue_error_kinds_are_labelled() -> None:
    # A lunch break is timing, not the venue; not hearing the panel is the sound, not the speakers; a bare
    # "Thank you." is no verdict on usefulness.
    lunch_break = _row("Lunch break was too short to actually talk to anyone")
    assert "organisation_timing" in _themes(lunch_break) and "venue_online" not in _themes(lunch_break)
    hear = _row("Couldn't hear the panel at the back, mic kept cutting out")
    assert _themes(hear) == ["venue_online"]
    assert _themes(_row("Thank you.")) == []
    assert all(r["note"] for r in (lunch_break, hear))
