"""Agreement between two coders of the same items: Cohen's kappa for nominal codes.

Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological
Measurement, 20(1), 37-46, equation (1): kappa = (p_o - p_e) / (1 - p_e), where p_o is the proportion
of items on which the two coders gave the same code and p_e the proportion expected by chance, the sum
over codes of the product of the two coders' marginal proportions for that code.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from fractions import Fraction

__all__ = ["Agreement", "cohen_kappa"]


@dataclass(frozen=True)
class Agreement:
    """How far two coders agree on the same items.

    `kappa` is None when chance agreement is already 1 (both coders gave every item one and the same
    code): the formula divides by zero there, and no reading of agreement beyond chance is possible.
    """

    items: int
    observed: Fraction
    expected: Fraction
    kappa: Fraction | None

    @property
    def disagreements(self) -> int:
        """Items the two coders coded differently."""
        return self.items - int(self.observed * self.items)


def cohen_kappa(first: Sequence[Hashable], second: Sequence[Hashable]) -> Agreement:
    """Cohen's kappa of two coders' codes for the same items, item by item, in exact fractions.

    >>> result = cohen_kappa(["yes", "yes", "no", "no"], ["yes", "no", "no", "no"])
    >>> result.observed, result.expected, result.kappa
    (Fraction(3, 4), Fraction(1, 2), Fraction(1, 2))
    """
    if len(first) != len(second):
        raise ValueError(f"the coders coded different numbers of items ({len(first)} and {len(second)})")
    if not first:
        raise ValueError("no items: agreement needs at least one item coded by both coders")
    items = len(first)
    observed = Fraction(sum(a == b for a, b in zip(first, second, strict=True)), items)
    counts_first, counts_second = Counter(first), Counter(second)
    expected = sum(
        (Fraction(counts_first[code] * counts_second[code], items * items) for code in counts_first),
        Fraction(0),
    )
    kappa = None if expected == 1 else (observed - expected) / (1 - expected)
    return Agreement(items, observed, expected, kappa)
