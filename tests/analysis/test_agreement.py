"""Cohen's kappa (analysis/agreement.py) against examples worked by hand."""

from __future__ import annotations

from fractions import Fraction

import pytest

from analysis.agreement import cohen_kappa


def test_a_hand_worked_example_with_three_codes():
    """Two reviewers code one theme in ten comments as barrier (b), positive (p) or not coded (-).

    comment   1  2  3  4  5  6  7  8  9  10
    first     b  b  p  p  p  -  -  -  -  b
    second    b  p  p  p  -  -  -  -  b  b

    Same code in 7 of 10 (comments 1, 3, 4, 6, 7, 8, 10): p_o = 7/10.
    Marginals: first b 3, p 3, - 4; second b 3, p 3, - 4.
    p_e = (3*3 + 3*3 + 4*4) / 10^2 = 34/100 = 17/50.
    kappa = (7/10 - 17/50) / (1 - 17/50) = (18/50) / (33/50) = 18/33 = 6/11, about 0.545.
    """
    first = ["b", "b", "p", "p", "p", "-", "-", "-", "-", "b"]
    second = ["b", "p", "p", "p", "-", "-", "-", "-", "b", "b"]
    result = cohen_kappa(first, second)
    assert result.items == 10
    assert result.observed == Fraction(7, 10)
    assert result.expected == Fraction(17, 50)
    assert result.kappa == Fraction(6, 11)
    assert result.disagreements == 3


def test_a_hand_worked_two_by_two_table():
    """Fifty comments flagged or not by two reviewers: 20 both flagged, 15 neither, 5 and 10 one only.

    p_o = (20 + 15) / 50 = 0.7. The first flagged 25, the second 30:
    p_e = (25/50)(30/50) + (25/50)(20/50) = 0.3 + 0.2 = 0.5, so kappa = (0.7 - 0.5) / 0.5 = 0.4.
    """
    first = ["yes"] * 20 + ["yes"] * 5 + ["no"] * 10 + ["no"] * 15
    second = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    result = cohen_kappa(first, second)
    assert (result.observed, result.expected, result.kappa) == (
        Fraction(7, 10),
        Fraction(1, 2),
        Fraction(2, 5),
    )


def test_perfect_agreement_is_one_and_opposite_codes_are_minus_one():
    assert cohen_kappa(["a", "b", "a"], ["a", "b", "a"]).kappa == 1
    # p_o = 0, p_e = 1/2 * 1/2 + 1/2 * 1/2 = 1/2: kappa = -1/2 / 1/2 = -1.
    assert cohen_kappa(["a", "b"], ["b", "a"]).kappa == -1


def test_kappa_is_the_same_whichever_coder_comes_first():
    first = ["x", "y", "y", "z", "x", "x"]
    second = ["x", "y", "z", "z", "y", "x"]
    assert cohen_kappa(first, second) == cohen_kappa(second, first)


def test_one_code_for_every_item_by_both_has_no_kappa():
    """p_e = 1 makes the formula divide by zero: agreement beyond chance cannot be read."""
    result = cohen_kappa(["not coded"] * 4, ["not coded"] * 4)
    assert result.observed == 1 and result.expected == 1 and result.kappa is None


@pytest.mark.parametrize(
    ("first", "second", "message"), [([], [], "no items"), (["a"], ["a", "b"], "1 and 2")]
)
def test_unusable_input_is_refused_with_its_reason(first, second, message):
    with pytest.raises(ValueError, match=message):
        cohen_kappa(first, second)
