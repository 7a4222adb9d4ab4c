"""Agreement measures used by `python -m analysis evaluate`."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.evaluation import cohen_kappa, split_half, to_three_class


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
