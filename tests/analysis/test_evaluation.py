"""Agreement measures used by `python -m analysis evaluate`."""

from __future__ import annotations

import math
import os
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from analysis.evaluation import cohen_kappa, evaluate, rule_statistics, split_half, to_three_class
from analysis.text.codebook import codebook_from_text, load_codebook


def test_kappa_perfect_chance_and_known_value() -> None:
    assert cohen_kappa(["a", "b", "a", "b"], ["a", "b", "a", "b"]) == pytest.approx(1.0)
    # Observed 0.5 and expected 0.5: no agreement beyond chance.
    assert cohen_kappa(["a", "a", "b", "b"], ["a", "b", "a", "b"]) == pytest.approx(0.0)
    # Worked example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no -> po 0.7, pe 0.5, kappa 0.4.
    gold = ["y"] * 25 + ["n"] * 25
    pred = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert cohen_kappa(gold, pred) == pytest.approx(0.4)
    assert math.isnan(cohen_kappa([], []))


@pytest.mark.parametrize(
    ("label", "three"),
    [
        ("positive", "positive"),
        ("mixed", "neutral_mixed"),
        ("neutral", "neutral_mixed"),
        ("neutral_mixed", "neutral_mixed"),
        ("Negative", "negative"),
        ("", None),
        (None, None),
    ],
)
def test_three_class_mapping(label: object, three: str | None) -> None:
    assert to_three_class(label) == three


def test_split_half_is_disjoint_complete_and_seeded() -> None:
    frame = pd.DataFrame({"x": range(101)})
    a, b = split_half(frame, "a"), split_half(frame, "b")
    assert len(a) == 50 and len(b) == 51
    assert set(a["x"]).isdisjoint(b["x"])
    assert set(a["x"]) | set(b["x"]) == set(range(101))
    pd.testing.assert_frame_equal(a, split_half(frame, "a"))
    assert set(split_half(frame, "a", seed=1)["x"]) != set(a["x"])
    with pytest.raises(ValueError, match="half"):
        split_half(frame, "c")


def test_rule_statistics_count_each_rule_and_the_comments_it_decides() -> None:
    book = codebook_from_text(
        textwrap.dedent(
            """
            name: rules_test
            version: "1"
            description: Two themes for counting rules.
            themes:
              - key: waiting
                label: Waiting
                description: Waits.
                phrases: [wait, delay]
              - key: staff
                label: Staff
                description: Staff manner.
                phrases: [rude]
            """
        )
    )
    labelled = pd.DataFrame(
        {
            "comment_text": [
                "a long wait",  # wait alone, labelled waiting
                "a wait and a delay",  # both rules, labelled waiting
                "wait staff were rude",  # wait alone, not labelled waiting; rude, labelled staff
                "no comment",
            ],
            "labels_v7": ["Waiting", "Waiting", "Staff", ""],
        }
    )
    table = rule_statistics(labelled, book, prompt_column=None, fallback_labels_column=None)
    rows = {(r["theme"], r["rule"]): r for r in table.to_dict("records")}
    assert set(rows) == {("waiting", "phrase:wait"), ("waiting", "phrase:delay"), ("staff", "phrase:rude")}
    wait = rows[("waiting", "phrase:wait")]
    assert (wait["fired"], wait["agreed"], wait["deciding"], wait["deciding_agreed"]) == (3, 2, 2, 1)
    assert wait["precision"] == pytest.approx(2 / 3)
    delay = rows[("waiting", "phrase:delay")]
    assert (delay["fired"], delay["agreed"], delay["deciding"]) == (1, 1, 0)
    assert rows[("staff", "phrase:rude")]["precision"] == 1.0
    # Most used first.
    assert table.iloc[0]["rule"] == "phrase:wait"


# The development sample of real, hand-labelled FFT comments lives beside the repository (never in it);
# PX_DEV_CSV names another copy.
PX_DEV = Path(
    os.environ.get("PX_DEV_CSV", Path(__file__).resolve().parents[3] / "shared" / "data" / "px_dev.csv")
)
PATIENT_CODEBOOK = Path(__file__).resolve().parents[2] / "analysis" / "codebooks" / "patient_experience.yaml"


@pytest.mark.skipif(not PX_DEV.is_file(), reason="the development sample is not beside the repository")
@pytest.mark.parametrize("half", [None, "a", "b"])
def test_the_engine_meets_the_targets_on_the_development_sample(half: str | None) -> None:
    """Sentiment >= 0.80, top-10 macro F1 >= 0.60 and precision >= 0.75, on the sample and each half of it."""
    frame = pd.read_csv(PX_DEV, dtype=str, keep_default_na=False)
    if half:
        frame = split_half(frame, half)
    result = evaluate(frame, load_codebook(PATIENT_CODEBOOK))
    assert result.sentiment_accuracy >= 0.80
    assert result.macro_f1_top >= 0.60
    assert result.macro_precision_top >= 0.75
