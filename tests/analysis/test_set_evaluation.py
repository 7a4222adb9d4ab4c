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


# Since the learned reading of themes (analysis/text/learned_themes.py) every file up to the envoi files
# is also its training data, so recall on them is a fit of 1.000 and precision near it; stance accuracy
# among found themes fell a little where it found themes only the whole comment places (no rule span).
# Every labelled file is tuning data for codebooks 1.9: the dev and aside halves, the holdout, blind,
# unseen, fresh, sealed and (since 1.9) hidden files were all read, scored and tuned on
# (analysis/evaluation_sets/README.md), so the floors below are each file's measured figures less a small
# margin. They guard against a change that breaks what was tuned; none of them estimates the engine on
# comments nobody has read. (precision, recall, stance accuracy)

# The aside half: workforce 1.000 / 0.987 / 0.897, stakeholder event 0.993 / 1.000 / 0.849 (1.8).
# With the learned reading of themes, trained on this file too: workforce 0.988 / 1.000 / 0.905,
# stakeholder event 0.986 / 1.000 / 0.856; held at that less about one comment (the event reading keeping
# a rule's theme only at a 35% chance: 0.972 / 1.000 / 0.856; adding one at 60%, the halftitle round:
# 0.959 / 1.000; the workforce reading adding one at 55%, the endpaper round: 0.969 / 1.000 / 0.899).
ASIDE_FLOORS = {"workforce": (0.96, 0.99, 0.89), "stakeholder_event": (0.95, 0.99, 0.84)}


@pytest.mark.parametrize("name", sorted(ASIDE_FLOORS))
def test_the_aside_half_holds_its_measured_figures(name: str) -> None:
    figures = run_set(name, "aside").as_dict()
    precision, recall, stance = ASIDE_FLOORS[name]
    assert figures["micro_precision"] >= precision
    assert figures["micro_recall"] >= recall
    assert figures["stance_accuracy"] >= stance


# The holdout files (*_holdout.csv, 160 comments each): workforce 0.948 / 0.891 / 0.884, stakeholder
# event 0.922 / 0.933 / 0.909 (1.8).
# With the learned reading of themes, trained on this file too: workforce 0.965 / 1.000 / 0.891,
# stakeholder event 0.932 / 1.000 / 0.897; held at that less about one comment.
# With the workforce reading's keep at 30% (the epigraph round), 0.948: two themes more kept from the rules.
HOLDOUT_FLOORS = {"workforce": (0.94, 0.99, 0.88), "stakeholder_event": (0.92, 0.99, 0.88)}


@pytest.mark.parametrize("name", sorted(HOLDOUT_FLOORS))
def test_the_holdout_file_holds_its_measured_figures(name: str) -> None:
    figures = run_set(name, "holdout").as_dict()
    precision, recall, stance = HOLDOUT_FLOORS[name]
    assert figures["comments"] == 160
    assert figures["micro_precision"] >= precision
    assert figures["micro_recall"] >= recall
    assert figures["stance_accuracy"] >= stance


@pytest.mark.parametrize("name", sorted(HOLDOUT_FLOORS))
def test_the_holdout_file_meets_the_target(name: str) -> None:
    # Since the rules were tuned on it, a figure of the tuning data, not of unseen comments.
    figures = run_set(name, "holdout").as_dict()
    assert figures["micro_precision"] >= TARGET and figures["micro_recall"] >= TARGET


# The blind files (*_blind.csv, 120 comments each): workforce 0.967 / 0.944 / 0.932, stakeholder event
# 0.920 / 0.941 / 0.945 (1.8).
# With the learned reading of themes, trained on this file too: workforce 0.976 / 1.000 / 0.911,
# stakeholder event 0.944 / 1.000 / 0.956; held at that less about one comment (the workforce reading
# keeping a rule's theme at a 25% chance and adding one at 60%, the errata round: 0.954 / 1.000 / 0.911).
BLIND_FLOORS = {"workforce": (0.95, 0.99, 0.9), "stakeholder_event": (0.93, 0.99, 0.94)}


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS))
def test_the_blind_files_meet_the_target(name: str) -> None:
    figures = run_set(name, "blind").as_dict()
    precision, recall, stance = BLIND_FLOORS[name]
    assert figures["comments"] == 120
    assert figures["micro_precision"] >= max(precision, TARGET)
    assert figures["micro_recall"] >= max(recall, TARGET)
    assert figures["stance_accuracy"] >= stance


# The unseen files (*_unseen.csv, 120 comments each), scored once with codebooks 1.5 and tuned on for
# 1.6: workforce 0.906 / 0.919 / 0.848, stakeholder event 0.923 / 0.966 / 0.896 (with 1.8).
# With the learned reading of themes, trained on this file too: workforce 0.951 / 1.000 / 0.824,
# stakeholder event 0.955 / 1.000 / 0.886; held at that less about one comment (with the keep at 30% and
# the add at 55%, the imprint round: workforce 0.925 / 1.000 / 0.824).
UNSEEN_FLOORS = {"workforce": (0.92, 0.99, 0.81), "stakeholder_event": (0.94, 0.99, 0.87)}


@pytest.mark.parametrize("name", sorted(UNSEEN_FLOORS))
def test_the_unseen_files_hold_their_measured_figures(name: str) -> None:
    figures = run_set(name, "unseen").as_dict()
    precision, recall, stance = UNSEEN_FLOORS[name]
    assert figures["comments"] == 120
    assert figures["micro_precision"] >= max(precision, TARGET)
    assert figures["micro_recall"] >= max(recall, TARGET)
    assert figures["stance_accuracy"] >= stance


# The fresh files (*_fresh.csv, 120 comments each), scored once with codebooks 1.6 (workforce 0.883 /
# 0.742 / 0.776, stakeholder event 0.904 / 0.885 / 0.902) and tuned on for 1.7: workforce 0.954 / 0.939
# / 0.927 (0.969 / 0.939 / 0.927 with 1.8), stakeholder event 0.951 / 0.971 / 0.963. Those are fits to
# the comments the 1.7 kinds came from, not estimates for new comments.
# With the learned reading of themes, trained on this file too: workforce 0.964 / 1.000 / 0.924,
# stakeholder event 0.959 / 1.000 / 0.964 (trained on the situations files too); held at that less
# about one comment (the event reading with its thresholds of the colophon round: 0.946 / 1.000 /
# 0.964; with its add of 60%, the halftitle round: 0.939).
FRESH_FLOORS = {"workforce": (0.93, 0.99, 0.91), "stakeholder_event": (0.93, 0.99, 0.95)}


@pytest.mark.parametrize("name", sorted(FRESH_FLOORS))
def test_the_fresh_files_hold_their_measured_figures(name: str) -> None:
    figures = run_set(name, "fresh").as_dict()
    precision, recall, stance = FRESH_FLOORS[name]
    assert figures["comments"] == 120
    assert figures["micro_precision"] >= max(precision, TARGET)
    assert figures["micro_recall"] >= max(recall, TARGET)
    assert figures["stance_accuracy"] >= stance


# The files written apart, each scored once before it was tuned or trained on; what each measured then and
# what it holds now (precision, recall, stance accuracy floors by set), in the order they were written.
# A file trained on holds its fit under the thresholds of the latest sweep: where the event codebook's
# keep of 25% (the preface round) kept more of the rules' themes, an older event floor was set a comment
# below what it gave (codicil 0.919, scholium 0.952, postil 0.958, rubric 0.906, proem 0.938, preamble
# 0.945, prologue 0.957); where the workforce add of 60% (the introduction round) added more, the proem
# and codicil workforce floors were set a comment below what they gave (0.957, 0.940); where the
# workforce keep of 20% (the prelude round) keeps more of the rules' themes, the marginalia, postil,
# rubric, foreword and introduction workforce floors are set a comment below what they give now (0.928,
# 0.919, 0.932, 0.944, 0.965), and, with the event keep of 35% and the prelude files trained on (the
# incipit round), the proem and preamble workforce floors (0.938, 0.958); where the event keep of 25%
# (the flyleaf round) keeps more of the rules' themes, the exordium, introduction, overture and prelude
# event floors and the preface workforce floor are set a comment below what they give now (0.938,
# 0.938, 0.882, 0.944; 0.979), and, with the event add of 65% and the flyleaf files trained on (the
# frontispiece round), the proem event and foreword workforce floors (0.925, 0.925); where the workforce
# keep of 35% (the halftitle round) drops more of the rules' themes, the hidden workforce floor (0.951),
# and with the event add of 60%, the gloss, scholium, proem and preface event floors (0.919, 0.939,
# 0.918, 0.906).
FILE_FLOORS: dict[str, dict[str, tuple[float, float, float]]] = {
    # The sealed files (*_sealed.csv, 120 comments each), written blind and scored once with codebooks 1.7:
    # workforce 0.902 / 0.851 / 0.867, stakeholder event 0.859 / 0.891 / 0.934. Tuned on for 1.8 (workforce
    # 0.950 / 0.943 / 0.865, stakeholder event 0.899 / 0.978 / 0.925), so like every other file they now show
    # fit, not how the rules do on new comments; the floors are the 1.8 figures less about one comment.
    # With the learned reading of themes, trained on this file too: workforce 0.979 / 1.000 / 0.844,
    # stakeholder event 0.907 / 1.000 / 0.927 (with the situations files); held at that less about one
    # comment.
    "sealed": {"workforce": (0.96, 0.99, 0.83), "stakeholder_event": (0.90, 0.99, 0.91)},
    # The hidden files, written blind by a new writer while the sealed files were tuned on, scored once with
    # codebooks 1.8: workforce precision 0.884, recall 0.787, stance accuracy 0.850; stakeholder event 0.794 /
    # 0.794 / 0.907. Both below issue 15's 0.85. Tuned on for 1.9 (each error read as a family of wording or a
    # guard): workforce 0.955 / 0.941 / 0.836, stakeholder event 0.857 / 0.971 / 0.871, a fit now, not a
    # measure on new comments. Stance accuracy is a share of the themes found, which grew (107 to 128,
    # 108 to 132); the themes found with the labelled stance rose (91 to 107, 98 to 115). The floors are
    # the 1.9 figures.
    # With the learned reading of themes, trained on this file too: workforce 0.971 / 1.000 / 0.824,
    # stakeholder event 0.889 / 1.000 / 0.875; held at that less about one comment.
    "hidden": {"workforce": (0.94, 0.99, 0.81), "stakeholder_event": (0.88, 0.99, 0.86)},
    # The reserve files, written blind while the hidden files were tuned on and never tuned on themselves,
    # scored once with codebooks 1.9: workforce precision 0.945, recall 0.890, stance accuracy 0.876;
    # stakeholder event 0.891 / 0.891 / 0.943. Held at what they measured, less about one comment.
    # With the learned reading of themes, trained on this file too: workforce 0.971 / 1.000 / 0.882,
    # stakeholder event 0.952 / 1.000 / 0.935; held at that less about one comment.
    "reserve": {"workforce": (0.96, 0.99, 0.87), "stakeholder_event": (0.93, 0.99, 0.92)},
    # The sequel files, written blind while the epilogue risk and redaction files were tuned on, scored once
    # with codebooks 1.9: workforce precision 0.871, recall 0.748, stance accuracy 0.812; stakeholder event
    # 0.845 / 0.790 / 0.917. Held at what they measured, less about one comment.
    # With the learned reading of themes, trained on this file too: workforce 0.931 / 1.000 / 0.807,
    # stakeholder event 0.908 / 1.000 / 0.877; held at that less about one comment.
    "sequel": {"workforce": (0.92, 0.99, 0.79), "stakeholder_event": (0.89, 0.99, 0.86)},
    # The finale files, written blind while the sequel files were tuned on and never tuned on themselves,
    # scored once with codebooks 1.10: workforce precision 0.928, recall 0.829, stance accuracy 0.828;
    # stakeholder event 0.798 / 0.741 / 0.786. Held at what they measured, less about one comment; tuned on
    # since for codebooks 1.11 (0.936 / 0.936 and 0.813 / 0.813).
    # With the learned reading of themes, trained on this file too: workforce 0.946 / 1.000 / 0.857,
    # stakeholder event 0.903 / 1.000 / 0.799; held at that less about one comment.
    "finale": {"workforce": (0.94, 0.99, 0.84), "stakeholder_event": (0.89, 0.99, 0.79)},
    # The envoi files, written blind while the finale files were tuned on and never tuned on themselves,
    # scored once with codebooks 1.11: workforce precision 0.894, recall 0.855, stance accuracy 0.890;
    # stakeholder event 0.823 / 0.734 / 0.873. Held at what they measured, less about one comment.
    # With the learned reading of themes, trained on this file too: workforce 0.945 / 1.000 / 0.884,
    # stakeholder event 0.921 / 1.000 / 0.849; held at that less about one comment.
    "envoi": {"workforce": (0.93, 0.99, 0.87), "stakeholder_event": (0.91, 0.99, 0.84)},
    # The afterword files, written blind while the envoi files were tuned on and the learned reading of
    # themes was built, scored once on the engine as then shipped: workforce precision 0.889, recall 0.876,
    # stance accuracy 0.842; stakeholder event 0.878 / 0.897 / 0.910 (the rules alone 0.840 / 0.766 and
    # 0.824 / 0.824). The learned reading has trained on them since: workforce 0.938 / 1.000 / 0.839, event
    # 0.901 / 1.000 / 0.904, held less about one comment.
    "afterword": {"workforce": (0.93, 0.99, 0.83), "stakeholder_event": (0.89, 0.99, 0.89)},
    # The postscript files, written blind while the afterword files were tuned on and trained on, scored
    # once on the engine as it then shipped: workforce precision 0.891, recall 0.821, stance accuracy 0.835;
    # stakeholder event 0.835 / 0.816 / 0.874 (the rules alone 0.875 / 0.750 and 0.778 / 0.721). The learned
    # reading has trained on them since: workforce 0.966 / 1.000 / 0.836, event 0.895 / 1.000 / 0.868 (with
    # the situations files), held less about one comment.
    "postscript": {"workforce": (0.95, 0.99, 0.82), "stakeholder_event": (0.88, 0.99, 0.86)},
    # The appendix files, written blind while the postscript files were tuned on and trained on, scored once
    # on the engine as it then shipped: workforce precision 0.930, recall 0.844, stance accuracy 0.798;
    # stakeholder event 0.831 / 0.757 / 0.864 (the rules alone 0.881 / 0.738 and 0.798 / 0.640). The learned
    # reading has trained on them since: workforce 0.953 / 1.000 / 0.794, event 0.913 / 1.000 / 0.853,
    # held less about one comment.
    "appendix": {"workforce": (0.94, 0.99, 0.78), "stakeholder_event": (0.90, 0.99, 0.84)},
    # The addendum files, written blind while the appendix files were tuned on and trained on, scored once:
    # workforce precision 0.870, recall 0.809, stance accuracy 0.746; stakeholder event 0.818 / 0.794 /
    # 0.861 (the rules alone 0.843 / 0.723 and 0.726 / 0.662); 0.878 / 0.816 and 0.812 / 0.794 once the
    # probes counted three times in training. The learned reading has trained on them since: workforce
    # 0.922 / 1.000 / 0.752, event 0.883 / 1.000 / 0.868, held less about one comment.
    "addendum": {"workforce": (0.91, 0.99, 0.73), "stakeholder_event": (0.87, 0.99, 0.86)},
    # The supplement files, written blind while the addendum files were tuned on and trained on, scored
    # once: workforce precision 0.892, recall 0.823, stance accuracy 0.784; stakeholder event 0.824 / 0.854 /
    # 0.829 (the rules alone 0.869 / 0.660 and 0.704 / 0.642). The learned reading has trained on them
    # since: workforce 0.946 / 1.000 / 0.787, event 0.907 / 1.000 / 0.825, held less about one comment.
    "supplement": {"workforce": (0.93, 0.99, 0.77), "stakeholder_event": (0.89, 0.99, 0.81)},
    # The annex files, written blind while the supplement files were tuned on and trained on, scored once:
    # workforce precision 0.930, recall 0.851, stance accuracy 0.767; stakeholder event 0.879 / 0.904 /
    # 0.789 (the rules alone 0.858 / 0.730 and 0.781 / 0.735), issue 15's 0.85 met for both codebooks. The
    # learned reading has trained on them since: workforce 0.959 / 1.000 / 0.773, event 0.925 / 1.000 /
    # 0.779, held less about one comment.
    "annex": {"workforce": (0.94, 0.99, 0.76), "stakeholder_event": (0.91, 0.99, 0.77)},
    # The rider files, written blind while the annex files were tuned on and trained on, scored once on
    # the engine as it then shipped: workforce precision 0.920, recall 0.816,
    # stance accuracy 0.800; stakeholder event 0.867 / 0.912 / 0.823 (the rules alone 0.907 / 0.695 and
    # 0.809 / 0.779). Issue 15's 0.85 is met on this writer for the event codebook, not for workforce
    # recall (docs/analysis-quality.md). The learned reading has trained on them since: workforce 0.966 /
    # 1.000 / 0.787, event 0.965 / 1.000 / 0.794, held less about one comment.
    "rider": {"workforce": (0.94, 0.99, 0.77), "stakeholder_event": (0.95, 0.99, 0.77)},
    # The codicil files, written blind while the rider files were tuned on and trained on, scored once on
    # the engine as it then shipped: workforce precision 0.815, recall 0.872,
    # stance accuracy 0.780; stakeholder event 0.871 / 0.890 / 0.868 (the rules alone 0.863 / 0.716 and
    # 0.806 / 0.735). Issue 15's 0.85 is met on this writer for the event codebook, not for workforce
    # precision (docs/analysis-quality.md). The learned reading has trained on them since: workforce 0.979
    # / 1.000 / 0.766, event 0.938 / 1.000 / 0.868 (with the thresholds of the gloss round), held less
    # about one comment.
    # Event precision held 0.89 since the event keep fell to 25% and the add to 65% for the
    # bookplate round (0.907 / 1.000 / 0.868): the reading keeps and adds a few more themes.
    "codicil": {"workforce": (0.93, 0.99, 0.75), "stakeholder_event": (0.89, 0.99, 0.86)},
    # The colophon files, written blind while the codicil files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it then shipped:
    # workforce precision 0.857, recall 0.894, stance accuracy 0.802; stakeholder event 0.853 / 0.853 /
    # 0.802 (the rules alone 0.800 / 0.766 and 0.745 / 0.794). Issue 15's 0.85 is met on this writer for
    # both codebooks (docs/analysis-quality.md). The learned reading has trained on them since: workforce
    # 0.922 / 1.000 / 0.801, event 0.938 / 1.000 / 0.809 (0.940 and 0.919 with the thresholds of the
    # marginalia round), held less about one comment.
    "colophon": {"workforce": (0.91, 0.99, 0.79), "stakeholder_event": (0.90, 0.99, 0.80)},
    # The endnote files, written blind while the colophon files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it then shipped:
    # workforce precision 0.899, recall 0.887, stance accuracy 0.744; stakeholder event 0.855 / 0.824 /
    # 0.866 (the rules alone 0.894 / 0.780 and 0.760 / 0.676). Issue 15's 0.85 is met on this writer for
    # the workforce codebook, not for event recall (docs/analysis-quality.md). The learned reading has
    # trained on them since: workforce 0.959 / 1.000 / 0.731, event 0.925 / 1.000 / 0.853, held less about
    # one comment.
    "endnote": {"workforce": (0.94, 0.99, 0.72), "stakeholder_event": (0.91, 0.99, 0.84)},
    # The marginalia files, written blind while the endnote files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it then shipped: workforce precision 0.864,
    # recall 0.852, stance accuracy 0.777; stakeholder event 0.832 / 0.691 / 0.809 (the rules alone 0.823
    # / 0.718 and 0.740 / 0.544). Issue 15's 0.85 is met on this writer for the workforce codebook, not
    # for the event one (docs/analysis-quality.md). The event codebook was tuned on its misses (1.12) and
    # the learned reading has trained on them since: workforce 0.940 / 1.000 / 0.754, event 0.932 / 1.000
    # / 0.772, held less about one comment (with the keep at 30% and the add at 55%, the imprint round:
    # workforce 0.916 / 1.000 / 0.753).
    "marginalia": {"workforce": (0.91, 0.99, 0.74), "stakeholder_event": (0.92, 0.99, 0.76)},
    # The gloss files, written blind while the marginalia files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.892, recall 0.930, stance accuracy 0.780; stakeholder event 0.791 / 0.854 /
    # 0.863 (the rules alone 0.879 / 0.866 and 0.707 / 0.774). Issue 15's 0.85 is met on this writer for
    # the workforce codebook, not for event precision (docs/analysis-quality.md). The learned reading has
    # trained on them since: workforce 0.960 / 1.000 / 0.782, event 0.932 / 1.000 / 0.854 (workforce
    # 0.947 / 1.000 / 0.789 with the thresholds of the foreword round), held less about one comment.
    "gloss": {"workforce": (0.94, 0.99, 0.77), "stakeholder_event": (0.91, 0.99, 0.84)},
    # The footnote files, written blind while the gloss files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.886, recall 0.936, stance accuracy 0.811; stakeholder event 0.808 / 0.868 /
    # 0.814 (the rules alone 0.848 / 0.830 and 0.699 / 0.735). Issue 15's 0.85 is met on this writer for
    # the workforce codebook, not for event precision (docs/analysis-quality.md). The learned reading has
    # trained on them since: workforce 0.946 / 1.000 / 0.801, event 0.951 / 1.000 / 0.809, held less
    # about one comment.
    "footnote": {"workforce": (0.94, 0.99, 0.79), "stakeholder_event": (0.91, 0.99, 0.80)},
    # The scholium files, written blind while the footnote files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.900, recall 0.900, stance accuracy 0.778; stakeholder event 0.884 / 0.826 /
    # 0.886 (the rules alone 0.853 / 0.829 and 0.786 / 0.717). Issue 15's 0.85 is met on this writer for
    # the workforce codebook, not for event recall (docs/analysis-quality.md). The event codebook was
    # tuned on its misses (1.13) and the learned reading has trained on them since: workforce 0.933 /
    # 1.000 / 0.764, event 0.986 / 1.000 / 0.848, held less about one comment.
    "scholium": {"workforce": (0.92, 0.99, 0.75), "stakeholder_event": (0.93, 0.99, 0.84)},
    # The postil files, written blind while the scholium files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.898, recall 0.898, stance accuracy 0.846; stakeholder event 0.899 / 0.919 /
    # 0.784 (the rules alone 0.877 / 0.832 and 0.766 / 0.816). Issue 15's 0.85 is met on this writer for
    # both codebooks (docs/analysis-quality.md). The workforce codebook was tuned on one false theme of
    # theirs (1.12) and the learned reading has trained on them since: workforce 0.938 / 1.000 / 0.832,
    # event 0.971 / 1.000 / 0.779 (workforce 0.926 / 1.000 / 0.832 with the thresholds of the foreword
    # round), held less about one comment.
    "postil": {"workforce": (0.91, 0.99, 0.82), "stakeholder_event": (0.95, 0.99, 0.77)},
    # The rubric files, written blind while the postil files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.916, recall 0.956, stance accuracy 0.817; stakeholder event 0.871 / 0.896 /
    # 0.851 (the rules alone 0.866 / 0.847 and 0.758 / 0.837). Issue 15's 0.85 is met on this writer for
    # both codebooks (docs/analysis-quality.md). The learned reading has trained on them since: workforce
    # 0.986 / 1.000 / 0.810, event 0.978 / 1.000 / 0.837 (workforce 0.945 / 1.000 / 0.810 with the
    # thresholds of the foreword round), held less about one comment.
    "rubric": {"workforce": (0.92, 0.99, 0.80), "stakeholder_event": (0.90, 0.99, 0.83)},
    # The proem files, written blind while the rubric files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.931, recall 0.896, stance accuracy 0.752; stakeholder event 0.873 / 0.867 /
    # 0.855 (the rules alone 0.864 / 0.844 and 0.769 / 0.815). Issue 15's 0.85 is met on this writer for
    # both codebooks (docs/analysis-quality.md). The learned reading has trained on them since: workforce
    # 0.978 / 1.000 / 0.741, event 0.964 / 1.000 / 0.822, held less about one comment.
    "proem": {"workforce": (0.93, 0.99, 0.73), "stakeholder_event": (0.91, 0.99, 0.81)},
    # The exordium files, written blind while the proem files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.918, recall 0.898, stance accuracy 0.878; stakeholder event 0.928 / 0.934 /
    # 0.914 (the rules alone 0.889 / 0.876 and 0.827 / 0.905). Issue 15's 0.85 is met on this writer for
    # both codebooks (docs/analysis-quality.md). The learned reading has trained on them since: workforce
    # 0.979 / 1.000 / 0.869, event 0.972 / 1.000 / 0.898 (workforce 0.951 / 1.000 / 0.876 and event 0.951
    # / 1.000 / 0.898 with the thresholds of later rounds), held less about one comment.
    "exordium": {"workforce": (0.94, 0.99, 0.86), "stakeholder_event": (0.93, 0.99, 0.89)},
    # The preamble files, written blind while the exordium files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.926, recall 0.926, stance accuracy 0.778; stakeholder event 0.891 / 0.891 /
    # 0.821 (the rules alone 0.863 / 0.831 and 0.793 / 0.804). Issue 15's 0.85 is met on this writer for
    # both codebooks (docs/analysis-quality.md). The learned reading has trained on them since: workforce
    # 0.971 / 1.000 / 0.779, event 0.972 / 1.000 / 0.833, held less about one comment.
    "preamble": {"workforce": (0.95, 0.99, 0.77), "stakeholder_event": (0.94, 0.99, 0.82)},
    # The prologue files, written blind while the preamble files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.939, recall 0.905, stance accuracy 0.839; stakeholder event 0.937 / 0.881 /
    # 0.849 (the rules alone 0.943 / 0.839 and 0.812 / 0.830). Issue 15's 0.85 is met on this writer for
    # both codebooks (docs/analysis-quality.md). The learned reading has trained on them since: workforce
    # 0.979 / 1.000 / 0.847, event 0.978 / 1.000 / 0.859, held less about one comment.
    "prologue": {"workforce": (0.97, 0.99, 0.84), "stakeholder_event": (0.95, 0.99, 0.85)},
    # The foreword files, written blind while the prologue files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.842, recall 0.904, stance accuracy 0.829; stakeholder event 0.850 / 0.794 /
    # 0.852 (the rules alone 0.743 / 0.787 and 0.608 / 0.662). Issue 15's 0.85 is not met on this writer:
    # workforce precision and event recall fall short (docs/analysis-quality.md). The learned reading has
    # trained on them since: workforce 0.986 / 1.000 / 0.831, event 0.901 / 1.000 / 0.816, held less about
    # one comment.
    "foreword": {"workforce": (0.92, 0.99, 0.82), "stakeholder_event": (0.89, 0.99, 0.80)},
    # The preface files, written blind while the foreword files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.962, recall 0.881, stance accuracy 0.929; stakeholder event 0.813 / 0.904 /
    # 0.811 (the rules alone 0.910 / 0.846 and 0.673 / 0.763). Issue 15's 0.85 is met on this writer for
    # the workforce codebook; event precision falls short (docs/analysis-quality.md). The learned reading
    # has trained on them since: workforce 0.993 / 1.000 / 0.916, event 0.925 / 1.000 / 0.807, held less
    # about one comment.
    "preface": {"workforce": (0.97, 0.99, 0.90), "stakeholder_event": (0.90, 0.99, 0.79)},
    # The introduction files, written blind while the preface files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.948, recall 0.941, stance accuracy 0.875; stakeholder event 0.866 / 0.904 /
    # 0.862 (the rules alone 0.873 / 0.809 and 0.713 / 0.838). Issue 15's 0.85 is met on this writer for
    # both codebooks (docs/analysis-quality.md). The learned reading has trained on them since: workforce
    # 0.986 / 1.000 / 0.868, event 0.958 / 1.000 / 0.846, held less about one comment.
    # Event precision held 0.91 since the event keep fell to 25% and the add to 65% for the
    # bookplate round (0.925 / 1.000 / 0.853): the reading keeps and adds a few more themes.
    "introduction": {"workforce": (0.95, 0.99, 0.85), "stakeholder_event": (0.91, 0.99, 0.83)},
    # The overture files, written blind while the introduction files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.896, recall 0.921, stance accuracy 0.860; stakeholder event 0.823 / 0.859 /
    # 0.862 (the rules alone 0.845 / 0.779 and 0.706 / 0.748). Issue 15's 0.85 is met on this writer for
    # the workforce codebook; event precision falls short (docs/analysis-quality.md). The learned reading
    # has trained on them since: workforce 0.927 / 1.000 / 0.850, event 0.938 / 1.000 / 0.859, held less
    # about one comment.
    "overture": {"workforce": (0.91, 0.99, 0.84), "stakeholder_event": (0.87, 0.99, 0.85)},
    # The prelude files, written blind while the overture files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.929, recall 0.909, stance accuracy 0.785; stakeholder event 0.872 / 0.807 /
    # 0.844 (the rules alone 0.882 / 0.839 and 0.803 / 0.785). Issue 15's 0.85 is met on this writer for
    # the workforce codebook; event recall falls short (docs/analysis-quality.md). The learned reading has
    # trained on them since: workforce 0.973 / 1.000 / 0.790, event 0.964 / 1.000 / 0.822, held less
    # about one comment (workforce precision 0.960 since the reading's keep fell to 30% for the epigraph
    # round).
    "prelude": {"workforce": (0.95, 0.99, 0.78), "stakeholder_event": (0.93, 0.99, 0.81)},
    # The incipit files, written blind while the prelude files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.901, recall 0.901, stance accuracy 0.843; stakeholder event 0.921 / 0.867 /
    # 0.829 (the rules alone 0.831 / 0.837 and 0.774 / 0.763). Issue 15's 0.85 is met on this writer for
    # both codebooks (docs/analysis-quality.md). The learned reading has trained on them since: workforce
    # 0.953 / 1.000 / 0.858, event 0.964 / 1.000 / 0.793, held less about one comment.
    "incipit": {"workforce": (0.94, 0.99, 0.85), "stakeholder_event": (0.95, 0.99, 0.78)},
    # The flyleaf files, written blind while the incipit files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.913, recall 0.920, stance accuracy 0.873; stakeholder event 0.921 / 0.867 /
    # 0.846 (the rules alone 0.872 / 0.796 and 0.807 / 0.807). Issue 15's 0.85 is met on this writer for
    # both codebooks (docs/analysis-quality.md). The learned reading has trained on them since: workforce
    # 0.945 / 1.000 / 0.869, event 0.944 / 1.000 / 0.852, held less about one comment.
    "flyleaf": {"workforce": (0.93, 0.99, 0.86), "stakeholder_event": (0.93, 0.99, 0.84)},
    # The frontispiece files, written blind while the flyleaf files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.900, recall 0.926, stance accuracy 0.802; stakeholder event 0.867 / 0.822 /
    # 0.901 (the rules alone 0.828 / 0.779 and 0.748 / 0.681). Issue 15's 0.85 is met on this writer for
    # the workforce codebook; event recall falls short (docs/analysis-quality.md). Held at what they
    # measured, less about one comment. The learned reading has trained on them since: workforce 0.965 /
    # 1.000 / 0.809, event 0.938 / 1.000 / 0.889, held less about one comment (workforce precision 0.944
    # since the reading's keep fell to 30% for the epigraph round).
    # Event precision held 0.91 since the event keep fell to 25% and the add to 65% for the
    # bookmark round (0.925 / 1.000 / 0.889): the reading keeps and adds a few more themes.
    "frontispiece": {"workforce": (0.94, 0.99, 0.80), "stakeholder_event": (0.91, 0.99, 0.88)},
    # The halftitle files, written blind while the frontispiece files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.893, recall 0.912, stance accuracy 0.848; stakeholder event 0.871 / 0.896 /
    # 0.868 (the rules alone 0.874 / 0.810 and 0.867 / 0.867). Issue 15's 0.85 is met on this writer for
    # both codebooks (docs/analysis-quality.md). The learned reading has trained on them since: workforce
    # 0.958 / 1.000 / 0.847, event 0.985 / 1.000 / 0.859, held less about one comment.
    # Event precision held 0.94 since the event keep fell to 25% and the add to 65% for the
    # bookmark round (0.957 / 1.000 / 0.859): the reading keeps and adds a few more themes.
    "halftitle": {"workforce": (0.95, 0.99, 0.84), "stakeholder_event": (0.94, 0.99, 0.85)},
    # The dedication files, written blind while the halftitle files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.948, recall 0.914, stance accuracy 0.875; stakeholder event 0.829 / 0.963 /
    # 0.840 (the rules alone 0.870 / 0.764 and 0.729 / 0.772). Issue 15's 0.85 is met on this writer for
    # the workforce codebook; event precision falls short (docs/analysis-quality.md). The learned reading
    # has trained on them since: workforce 0.986 / 1.000 / 0.864, event 0.919 / 1.000 / 0.853, held less
    # about one comment.
    # Event precision held 0.89 since the event keep fell to 25% and the add to 65% for the
    # bookplate round (0.907 / 1.000 / 0.853): the reading keeps and adds a few more themes.
    "dedication": {"workforce": (0.97, 0.99, 0.85), "stakeholder_event": (0.89, 0.99, 0.84)},
    # The epigraph files, written blind while the dedication files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.918, recall 0.879, stance accuracy 0.821; stakeholder event 0.853 / 0.891 /
    # 0.861 (the rules alone 0.836 / 0.693 and 0.745 / 0.766). Issue 15's 0.85 is met on this writer for
    # both codebooks (docs/analysis-quality.md). The learned reading has trained on them since: workforce
    # 0.972 / 1.000 / 0.843, event 0.926 / 1.000 / 0.854, held less about one comment.
    # Event precision held 0.89 since the event keep fell to 25% and the add to 65% for the
    # bookplate round (0.901 / 1.000 / 0.869): the reading keeps and adds a few more themes.
    "epigraph": {"workforce": (0.96, 0.99, 0.83), "stakeholder_event": (0.89, 0.99, 0.84)},
    # The endpaper files, written blind while the epigraph files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.857, recall 0.870, stance accuracy 0.833; stakeholder event 0.883 / 0.825 /
    # 0.858 (the rules alone 0.866 / 0.746 and 0.775 / 0.679). Issue 15's 0.85 is met on this writer for
    # the workforce codebook; event recall falls short (docs/analysis-quality.md). The learned reading has
    # trained on them since: workforce 0.920 / 1.000 / 0.833, event 0.972 / 1.000 / 0.861, held less
    # about one comment (with the event keep at 30%, the imprint round: 0.945 / 1.000 / 0.861).
    # Event precision held 0.90 since the event keep fell to 25% and the add to 65% for the
    # bookplate round (0.919 / 1.000 / 0.861): the reading keeps and adds a few more themes.
    "endpaper": {"workforce": (0.91, 0.99, 0.82), "stakeholder_event": (0.90, 0.99, 0.85)},
    # The errata files, written blind while the endpaper files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.870, recall 0.845, stance accuracy 0.792; stakeholder event 0.879 / 0.847 /
    # 0.888 (the rules alone 0.803 / 0.718 and 0.748 / 0.715). Issue 15's 0.85 is met on precision for
    # both codebooks; recall falls short on both by less than one comment (docs/analysis-quality.md). The
    # learned reading has trained on them since: workforce 0.966 / 1.000 / 0.796, event 0.965 / 1.000 /
    # 0.890, held less about one comment.
    # Event precision held 0.91 since the event keep fell to 25% and the add to 65% for the
    # bookplate round (0.926 / 1.000 / 0.890): the reading keeps and adds a few more themes.
    "errata": {"workforce": (0.95, 0.99, 0.78), "stakeholder_event": (0.91, 0.99, 0.88)},
    # The imprint files, written blind while the errata files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.893, recall 0.899, stance accuracy 0.856; stakeholder event 0.846 / 0.803 /
    # 0.873 (the rules alone 0.829 / 0.734 and 0.731 / 0.635). Issue 15's 0.85 is met on this writer for
    # the workforce codebook; the event codebook falls short on both (docs/analysis-quality.md). The
    # learned reading has trained on them since: workforce 0.939 / 1.000 / 0.856, event 0.919 / 1.000 /
    # 0.818, held less about one comment.
    "imprint": {"workforce": (0.92, 0.99, 0.84), "stakeholder_event": (0.90, 0.99, 0.80)},
    # The bookplate files, written blind while the imprint files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.866, recall 0.935, stance accuracy 0.891; stakeholder event 0.818 / 0.812 /
    # 0.875 (the rules alone 0.847 / 0.804 and 0.692 / 0.667). Issue 15's 0.85 is met on this writer for
    # the workforce codebook; the event codebook falls short on both (docs/analysis-quality.md). The
    # learned reading has trained on them since: workforce 0.965 / 1.000 / 0.877, event 0.926 / 1.000 /
    # 0.891, held less about one comment.
    "bookplate": {"workforce": (0.95, 0.99, 0.86), "stakeholder_event": (0.91, 0.99, 0.88)},
    # The slipcase files, written blind while the bookplate files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.870, recall 0.944, stance accuracy 0.843; stakeholder event 0.874 / 0.861 /
    # 0.856 (the rules alone 0.830 / 0.894 and 0.741 / 0.796). Issue 15's 0.85 is met on this writer for
    # both codebooks (docs/analysis-quality.md). The learned reading has trained on them since: workforce
    # 0.940 / 1.000 / 0.845, event 0.919 / 1.000 / 0.847, held less about one comment.
    "slipcase": {"workforce": (0.92, 0.99, 0.83), "stakeholder_event": (0.90, 0.99, 0.83)},
    # The bookmark files, written blind while the slipcase files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.890, recall 0.864, stance accuracy 0.901; stakeholder event 0.790 / 0.905 /
    # 0.855 (the rules alone 0.823 / 0.829 and 0.715 / 0.752). Issue 15's 0.85 is met on this writer for
    # the workforce codebook; event precision falls short (docs/analysis-quality.md). The learned reading
    # has trained on them since: workforce 0.940 / 1.000 / 0.900, event 0.945 / 1.000 / 0.861, held less
    # about one comment.
    "bookmark": {"workforce": (0.93, 0.99, 0.89), "stakeholder_event": (0.93, 0.99, 0.85)},
    # The headband files, written blind while the bookmark files were tuned on and trained on and the
    # thresholds chosen afresh, scored once on the engine as it ships and neither tuned nor trained on:
    # workforce precision 0.969, recall 0.891, stance accuracy 0.854; stakeholder event 0.838 / 0.905 /
    # 0.863 (the rules alone 0.922 / 0.775 and 0.739 / 0.766). Issue 15's 0.85 is met on this writer for
    # the workforce codebook; event precision falls short by about one comment (docs/analysis-quality.md).
    # Held at what they measured, less about one comment.
    "headband": {"workforce": (0.95, 0.88, 0.84), "stakeholder_event": (0.82, 0.89, 0.85)},
}


@pytest.mark.parametrize(
    ("half", "name"), [(half, name) for half, floors in FILE_FLOORS.items() for name in sorted(floors)]
)
def test_each_file_written_apart_holds_its_figures(half: str, name: str) -> None:
    figures = run_set(name, half).as_dict()
    precision, recall, stance = FILE_FLOORS[half][name]
    assert figures["comments"] == 120
    assert figures["micro_precision"] >= precision
    assert figures["micro_recall"] >= recall
    assert figures["stance_accuracy"] >= stance
