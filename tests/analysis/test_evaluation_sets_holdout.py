"""The shape of the blind held-out theme sets (analysis/evaluation_sets/*_holdout.csv).

They were written from the theme descriptions and labelling rules alone, by a helper who never saw the
coder's rules, and are only ever scored. This checks that every label is one the scorer understands.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
import yaml

from analysis.text.sentiment import LABELS

ROOT = Path(__file__).resolve().parents[2]
SETS = ROOT / "analysis" / "evaluation_sets"
COLUMNS = ["id", "half", "question", "text", "themes", "stances", "sentiment", "note"]
STANCES = {"barrier", "not_a_barrier", "positive", "mention"}
CASES = [("workforce", "wfh-", "apprentice-survey"), ("stakeholder_event", "seh-", "stakeholder-event")]


@pytest.mark.parametrize(("codebook", "prefix", "questionnaire"), CASES)
def test_holdout_labels_are_valid_and_cover_every_theme(
    codebook: str, prefix: str, questionnaire: str
) -> None:
    with (SETS / f"{codebook}_holdout.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == COLUMNS
        rows = list(reader)
    keys = {
        t["key"]
        for t in yaml.safe_load((ROOT / "analysis" / "codebooks" / f"{codebook}.yaml").read_text())["themes"]
    }
    definition = (ROOT / "questionnaires" / f"{questionnaire}.yaml").read_text(encoding="utf-8")
    assert len(rows) >= 150
    ids = [row["id"] for row in rows]
    assert len(set(ids)) == len(ids) and all(i.startswith(prefix) for i in ids)
    assert {row["half"] for row in rows} == {"holdout"}
    assert len({row["text"] for row in rows}) == len(rows)
    per_theme: Counter[str] = Counter()
    for row in rows:
        themes = [k for k in row["themes"].split(";") if k]
        stances = [tuple(p.split(":")) for p in row["stances"].split(";") if p]
        assert set(themes) <= keys, row["id"]
        assert [k for k, _ in stances] == themes, row["id"]
        assert {s for _, s in stances} <= STANCES, row["id"]
        assert row["sentiment"] in LABELS, row["id"]
        assert f"key: {row['question']}" in definition, row["id"]
        per_theme.update(themes)
    assert set(per_theme) == keys and min(per_theme.values()) >= 6, per_theme
