"""The shape of the blind sets (analysis/evaluation_sets/*_blind.csv) and that the loaders read them.

The blind sets were written without sight of the rules and are only ever scored, by the lead, at the
end. These tests check that every label is one the scorers understand and that `--half blind` reads
the right file; they never run the engine on the rows.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest
import yaml

from analysis.__main__ import build_parser
from analysis.redaction_evaluation import KINDS, load_rows
from analysis.risk_evaluation import load_risk_set
from analysis.set_evaluation import read_set
from analysis.text.risk import RISK_CATEGORIES
from analysis.text.sentiment import LABELS

ROOT = Path(__file__).resolve().parents[2]
SETS = ROOT / "analysis" / "evaluation_sets"
THEME_COLUMNS = ["id", "half", "question", "text", "themes", "stances", "sentiment", "note"]
RISK_COLUMNS = ["id", "half", "questionnaire", "text", "flag", "kind", "note"]
REDACTION_COLUMNS = ["id", "half", "text", "identifiers", "keep", "voice", "note"]
STANCES = {"barrier", "not_a_barrier", "positive", "mention"}
THEME_CASES = [("workforce", "wfb-", "apprentice-survey"), ("stakeholder_event", "seb-", "stakeholder-event")]
CONTEXT_KINDS = {"negative_safe", "training_context", "policy_context", "neutral"}
VOICES = {"patient", "apprentice", "mentor", "educator", "manager", "event"}


def _read(name: str, columns: list[str]) -> list[dict[str, str]]:
    """The rows of one blind CSV, after checking its header."""
    with (SETS / f"{name}_blind.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == columns
        return list(reader)


def _check_ids_and_texts(rows: list[dict[str, str]], prefix: str, count: int) -> None:
    """Ids numbered prefix-001 upwards, every row half blind, no text twice."""
    assert [row["id"] for row in rows] == [f"{prefix}{n:03d}" for n in range(1, count + 1)]
    assert {row["half"] for row in rows} == {"blind"}
    assert len({row["text"] for row in rows}) == count
    assert all(row["text"].strip() for row in rows)


@pytest.mark.parametrize(("codebook", "prefix", "questionnaire"), THEME_CASES)
def test_blind_theme_sets_have_valid_labels_for_every_theme(
    codebook: str, prefix: str, questionnaire: str
) -> None:
    rows = _read(codebook, THEME_COLUMNS)
    _check_ids_and_texts(rows, prefix, 120)
    # Only the theme keys are taken from the codebook.
    codebook_path = ROOT / "analysis" / "codebooks" / f"{codebook}.yaml"
    keys = {theme["key"] for theme in yaml.safe_load(codebook_path.read_text(encoding="utf-8"))["themes"]}
    definition = (ROOT / "questionnaires" / f"{questionnaire}.yaml").read_text(encoding="utf-8")
    per_theme: Counter[str] = Counter()
    per_stance: Counter[str] = Counter()
    for row in rows:
        themes = [k for k in row["themes"].split(";") if k]
        stances = [tuple(p.split(":")) for p in row["stances"].split(";") if p]
        assert set(themes) <= keys, row["id"]
        assert len(set(themes)) == len(themes), row["id"]
        assert [k for k, _ in stances] == themes, row["id"]
        assert {s for _, s in stances} <= STANCES, row["id"]
        assert row["sentiment"] in LABELS, row["id"]
        assert f"key: {row['question']}" in definition, row["id"]
        per_theme.update(themes)
        per_stance.update(s for _, s in stances)
    assert set(per_theme) == keys and min(per_theme.values()) >= 6, per_theme
    assert set(per_stance) == STANCES
    assert 10 <= sum(1 for row in rows if not row["themes"]) <= 20
    assert {row["sentiment"] for row in rows} == set(LABELS)


def test_blind_risk_set_has_the_planned_mix_of_disclosures_and_safe_comments() -> None:
    rows = _read("risk", RISK_COLUMNS)
    _check_ids_and_texts(rows, "rkb-", 120)
    assert {row["questionnaire"] for row in rows} == {"patient-experience", "apprentice-survey"}
    for row in rows:
        assert row["flag"] in {*RISK_CATEGORIES, "none"}, row["id"]
        # A flagged comment is written directly or indirectly; an unflagged one is one of the safe kinds.
        assert row["kind"] in ({"direct", "indirect"} if row["flag"] != "none" else CONTEXT_KINDS), row["id"]
    kinds = Counter(row["kind"] for row in rows)
    assert kinds == {
        "indirect": 45,
        "direct": 15,
        "negative_safe": 35,
        "training_context": 8,
        "policy_context": 7,
        "neutral": 10,
    }
    indirect = Counter(row["flag"] for row in rows if row["kind"] == "indirect")
    assert set(indirect) == set(RISK_CATEGORIES) and min(indirect.values()) >= 7, indirect
    direct = Counter(row["flag"] for row in rows if row["kind"] == "direct")
    assert set(direct) == set(RISK_CATEGORIES), direct


def test_blind_redaction_set_offsets_are_exact_and_keep_words_lie_outside() -> None:
    rows = _read("redaction", REDACTION_COLUMNS)
    _check_ids_and_texts(rows, "rdb-", 80)
    per_kind: Counter[str] = Counter()
    for row in rows:
        text, spans, keep = row["text"], json.loads(row["identifiers"]), json.loads(row["keep"])
        assert row["voice"] in VOICES, row["id"]
        ends = 0
        for span in spans:
            assert set(span) == {"text", "kind", "start"}, row["id"]
            assert span["kind"] in KINDS, row["id"]
            assert text[span["start"] : span["start"] + len(span["text"])] == span["text"], row["id"]
            assert span["start"] >= ends, row["id"]  # in order, none overlapping
            ends = span["start"] + len(span["text"])
            per_kind[span["kind"]] += 1
        taken = {i for span in spans for i in range(span["start"], span["start"] + len(span["text"]))}
        for word in keep:
            places = [i for i in range(len(text)) if text.startswith(word, i)]
            assert any(taken.isdisjoint(range(i, i + len(word))) for i in places), (row["id"], word)
    assert set(per_kind) == set(KINDS) and min(per_kind.values()) >= 5, per_kind
    assert sum(per_kind.values()) >= 70
    assert 20 <= sum(1 for row in rows if row["identifiers"] == "[]") <= 30


def test_blind_redaction_json_lines_hold_the_same_rows_as_the_csv() -> None:
    rows = _read("redaction", REDACTION_COLUMNS)
    text = (SETS / "redaction_blind.jsonl").read_text(encoding="utf-8")
    lines = [json.loads(line) for line in text.splitlines()]
    expected = [
        {**r, "identifiers": json.loads(r["identifiers"]), "keep": json.loads(r["keep"])} for r in rows
    ]
    assert lines == expected


@pytest.mark.parametrize("name", ["workforce", "stakeholder_event"])
def test_read_set_takes_the_blind_half_from_its_own_file(name: str) -> None:
    blind = read_set(name, "blind")
    assert len(blind) == 120 and set(blind["half"]) == {"blind"}
    assert not set(blind["id"]) & set(read_set(name, "all")["id"])


def test_risk_and_redaction_loaders_read_the_blind_files_only_when_asked() -> None:
    blind = load_risk_set("blind")
    assert len(blind) == 120 and all(row.id.startswith("rkb-") for row in blind)
    assert not any(row.id.startswith("rkb-") for row in load_risk_set())
    rows = load_rows("blind")
    assert len(rows) == 80 and {row["half"] for row in rows} == {"blind"}
    assert not any(row["id"].startswith("rdb-") for row in load_rows("dev"))


@pytest.mark.parametrize("name", ["workforce", "stakeholder_event", "risk", "redaction"])
def test_the_command_accepts_half_blind(name: str) -> None:
    args = build_parser().parse_args(["evaluate", "--set", name, "--half", "blind"])
    assert (args.set, args.half) == (name, "blind")
