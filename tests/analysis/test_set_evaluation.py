"""Scoring the engine on the labelled sets: `analysis.set_evaluation` and `evaluate --set`."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest

from analysis.__main__ import main
from analysis.set_evaluation import SET_EVALUATORS, evaluate_workforce, read_set, run_set
from tests.analysis.test_text_cli import run

ROOT = Path(__file__).resolve().parents[2]


def test_read_set_keeps_only_the_asked_half() -> None:
    dev = read_set("workforce", "dev")
    assert set(dev["half"]) == {"dev"}
    assert len(dev) == 150
    with pytest.raises(ValueError, match="half must be one of"):
        read_set("workforce", "b")
    with pytest.raises(FileNotFoundError, match="no labelled set"):
        read_set("nonesuch", "dev")


def test_theme_set_figures_count_themes_stances_and_sentiment() -> None:
    # Three invented rows: one found with the wrong stance, one missed, one found where none is labelled.
    rows = pd.DataFrame(
        {
            "id": ["t1", "t2", "t3"],
            "half": ["dev"] * 3,
            "question": ["barriers_detail", "barriers_detail", "training_helped"],
            "text": [
                "Maths and English weren't a problem for me",
                "Nothing to add",
                "The EPA was well organised",
            ],
            "themes": ["maths_english", "mentor_capacity", ""],
            "stances": ["maths_english:not_a_barrier", "mentor_capacity:barrier", ""],
            "sentiment": ["positive", "neutral", "positive"],
            "note": ["", "", ""],
        }
    )
    result = evaluate_workforce(rows, errors=True)
    assert (result.labelled, result.predicted, result.true_positives) == (2, 2, 1)
    assert result.precision == result.recall == 0.5
    assert result.stance_scored == 1 and result.stance_agreed == 1
    figures = result.as_dict()
    assert figures["micro_f1"] == 0.5
    assert [d["id"] for d in result.disagreements] == ["t2", "t3"]
    assert "t2" in result.as_text() and "Stance confusion" in result.as_text()
    by_theme = {r["theme"]: r for r in result.per_theme}
    assert math.isnan(by_theme["funding_levy"]["precision"])


def test_every_registered_set_has_its_file() -> None:
    for name in SET_EVALUATORS:
        assert (ROOT / "analysis" / "evaluation_sets" / f"{name}.csv").is_file()
    with pytest.raises(KeyError, match="no evaluator"):
        run_set("nonesuch", "dev")


def test_cli_prints_a_set_half_as_json(tmp_path: Path) -> None:
    result = run("evaluate", "--set", "stakeholder_event", "--half", "dev", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["half"] == "dev" and figures["comments"] == 129
    assert {"micro_precision", "micro_recall", "stance_accuracy", "per_theme"} <= set(figures)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--set", "nonesuch"], "no labelled set 'nonesuch'"),
        (["--set", "workforce", "--half", "a"], "--half with --set must be one of"),
        (["--half", "dev"], "needs --labelled and --codebook"),
    ],
)
def test_bad_set_arguments_exit_2(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    # In process: the same main() the command line runs.
    assert main(["evaluate", *args]) == 2
    assert message in capsys.readouterr().err


# The issue's target for the programme's codebooks: micro precision and recall of at least 0.85.
TARGET = 0.85


@pytest.mark.parametrize("name", ["workforce", "stakeholder_event"])
def test_the_dev_half_meets_the_targets(name: str) -> None:
    # The half the rules were tuned on (docs/analysis-quality.md, "Workforce and event themes").
    result = run_set(name, "dev")
    assert result.as_dict()["micro_precision"] >= TARGET
    assert result.as_dict()["micro_recall"] >= TARGET
    assert result.as_dict()["stance_accuracy"] >= 0.95


# The aside half. Both codebooks have been tuned on it since version 1.4 (workforce P 0.988, R 1.000,
# stance 0.899; stakeholder event 0.986 / 1.000 / 0.813, its stance scored over 139 themes found against
# 92 before), so these floors, the measured figures less a small margin, only guard against a change
# that breaks what was tuned; the blind files below are the unseen figures. (precision, recall, stance)
ASIDE_FLOORS = {"workforce": (0.96, 0.97, 0.87), "stakeholder_event": (0.97, 0.98, 0.80)}


@pytest.mark.parametrize("name", sorted(ASIDE_FLOORS))
def test_the_aside_half_holds_its_measured_figures(name: str) -> None:
    figures = run_set(name, "aside").as_dict()
    precision, recall, stance = ASIDE_FLOORS[name]
    assert figures["micro_precision"] >= precision
    assert figures["micro_recall"] >= recall
    assert figures["stance_accuracy"] >= stance


# The blind held-out files (analysis/evaluation_sets/*_holdout.csv), written from the theme descriptions
# by a helper who never saw the rules and scored only when the rules were final: with codebooks 1.4
# workforce 0.844 / 0.818 and stakeholder event 0.798 / 0.812, short of the target. These floors are
# the measured figures rounded down. (precision, recall, stance accuracy)
HOLDOUT_FLOORS = {"workforce": (0.84, 0.81, 0.85), "stakeholder_event": (0.79, 0.81, 0.88)}


@pytest.mark.parametrize("name", sorted(HOLDOUT_FLOORS))
def test_the_holdout_file_holds_its_measured_figures(name: str) -> None:
    figures = run_set(name, "holdout").as_dict()
    precision, recall, stance = HOLDOUT_FLOORS[name]
    assert figures["comments"] == 160
    assert figures["micro_precision"] >= precision
    assert figures["micro_recall"] >= recall
    assert figures["stance_accuracy"] >= stance


@pytest.mark.parametrize("name", sorted(HOLDOUT_FLOORS))
@pytest.mark.xfail(strict=True, reason="issue 15's target is not met on text the rules were not tuned on")
def test_the_holdout_file_meets_the_target(name: str) -> None:
    figures = run_set(name, "holdout").as_dict()
    assert figures["micro_precision"] >= TARGET and figures["micro_recall"] >= TARGET


# The second pair of blind files (*_blind.csv, 120 comments each), written by another helper without
# sight of the rules while codebooks 1.4 were written, and scored only when they were final: both meet
# the target (workforce 0.940 / 0.879, stakeholder event 0.853 / 0.904). (precision, recall, stance)
BLIND_FLOORS = {"workforce": (0.93, 0.87, 0.89), "stakeholder_event": (0.85, 0.90, 0.92)}


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS))
def test_the_blind_files_meet_the_target(name: str) -> None:
    figures = run_set(name, "blind").as_dict()
    precision, recall, stance = BLIND_FLOORS[name]
    assert figures["comments"] == 120
    assert figures["micro_precision"] >= max(precision, TARGET)
    assert figures["micro_recall"] >= max(recall, TARGET)
    assert figures["stance_accuracy"] >= stance
